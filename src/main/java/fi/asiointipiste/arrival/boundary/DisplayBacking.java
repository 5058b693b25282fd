package fi.asiointipiste.arrival.boundary;

import fi.asiointipiste.arrival.control.Json;
import fi.asiointipiste.arrival.entity.Device;
import fi.asiointipiste.arrival.entity.DeviceKind;
import fi.asiointipiste.catalogue.boundary.Catalogue;
import fi.asiointipiste.platform.i18n.LocaleSelection;
import fi.asiointipiste.platform.i18n.RefusedAction;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The waiting-room display (arrival/display.xhtml?token=…): public, bound to a point by its device token. The page
 * is drawn once from the board below and then by push only (the script in resources/js/arrival.js): calls with
 * their desks, the number waiting and the estimated wait per errand group as a range, its texts in Finnish, Swedish
 * and English in turn. It never posts back, so it needs no session after it is drawn.
 */
@Named
@RequestScoped
public class DisplayBacking {

    @Inject
    Devices devices;

    @Inject
    Boards boards;

    @Inject
    Catalogue catalogue;

    private String token;
    private Device device;
    private boolean refused;

    /** f:viewAction: an unknown or revoked token shows the refusal. */
    public void open() {
        try {
            device = devices.valid(token == null ? "" : token, DeviceKind.DISPLAY);
        } catch (RefusedAction r) { // shows the refusal panel instead of the board
            refused = true;
        }
    }

    public String getBoardJson() {
        return refused ? "{}" : boards.publicBoard(token, DeviceKind.DISPLAY);
    }

    /** The board's texts in all three languages, for the display's rotation. */
    public String getLabelsJson() {
        Map<String, Object> all = new LinkedHashMap<>();
        var agencies = catalogue.agencies();
        for (String language : LocaleSelection.LANGUAGES) {
            all.put(language, BoardLabels.of(Locale.forLanguageTag(language), agencies, java.util.List.of()));
        }
        return Json.of(all);
    }

    public String getPointName() {
        return device == null ? "" : device.getServicePoint().getName();
    }

    public Long getPointId() {
        return device == null ? null : device.getServicePoint().getId();
    }

    public boolean isRefused() {
        return refused;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }
}
