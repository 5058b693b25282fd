package fi.asiointipiste.arrival.boundary;

import fi.asiointipiste.arrival.control.Json;
import fi.asiointipiste.catalogue.boundary.Catalogue;
import fi.asiointipiste.organisation.boundary.SignedInStaff;
import fi.asiointipiste.platform.i18n.LocaleSelection;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The live queue under the desk (queue page): the desks' board and its labels as the page first draws them; after
 * that, every change arrives by push from {@link Boards} and the page redraws without a request.
 */
@Named
@RequestScoped
public class LiveQueueBacking {

    @Inject
    DeskBacking desk;

    @Inject
    Boards boards;

    @Inject
    Catalogue catalogue;

    @Inject
    SignedInStaff staff;

    @Inject
    LocaleSelection locale;

    /** The desks' board for the live list before the first push. */
    public String getBoardJson() {
        return desk.getPointId() == null || !desk.isLive() ? "{}" : boards.desksBoard(staff.actor(), desk.getPointId());
    }

    public String getLabelsJson() {
        return Json.of(BoardLabels.of(locale.getLocale(), catalogue.agencies(), catalogue.tasks()));
    }
}
