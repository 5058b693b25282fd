package fi.asiointipiste.catalogue.boundary;

import fi.asiointipiste.catalogue.entity.CustomerProfile;
import fi.asiointipiste.catalogue.entity.EmpathyAspect;
import fi.asiointipiste.platform.errors.Causes;
import fi.asiointipiste.platform.i18n.LocalizedText;
import fi.asiointipiste.platform.i18n.Messages;
import fi.asiointipiste.platform.i18n.RefusedAction;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import java.io.Serializable;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The coordinator's form for one customer profile ({@code /rules/profile.xhtml?id=…}, or without an id for a new
 * one). The texts are keyed {@code "name.fi"}, {@code "summary.sv"}, {@code "PAINS.en"} and so on.
 */
@Named
@ViewScoped
public class ProfileBacking implements Serializable {

    static final List<String> LANGUAGES = List.of("fi", "sv", "en");

    @Inject
    Profiles profiles;

    private Long id;
    private boolean existing;
    private long version;
    private String code;
    private String personaName;
    private boolean active = true;
    private final Map<String, String> texts = new HashMap<>();

    public void load() {
        if (id == null || existing) {
            return;
        }
        CustomerProfile profile = profiles.byId(id).orElse(null);
        if (profile == null) {
            Messages.error("profiles.error.notFound");
            id = null;
            return;
        }
        existing = true;
        version = profile.getVersion();
        code = profile.getCode();
        personaName = profile.getPersonaName();
        active = profile.isActive();
        put("name", profile.getName());
        put("summary", profile.getSummary());
        for (EmpathyAspect aspect : EmpathyAspect.values()) {
            put(aspect.name(), profile.empathy(aspect));
        }
    }

    public String save() {
        Map<EmpathyAspect, LocalizedText> empathy = new EnumMap<>(EmpathyAspect.class);
        for (EmpathyAspect aspect : EmpathyAspect.values()) {
            empathy.put(aspect, text(aspect.name()));
        }
        ProfileDraft draft = new ProfileDraft(code, personaName, text("name"), text("summary"), empathy, active);
        try {
            if (existing) {
                profiles.update(id, version, draft);
            } else {
                profiles.create(draft);
            }
        } catch (RuntimeException e) {
            Throwable refusal = Causes.firstOf(e, RefusedAction.class, OptimisticLockException.class).orElseThrow(() -> e);
            Messages.error(refusal instanceof RefusedAction refused ? refused.key() : "general.conflict");
            return null;
        }
        Messages.info("profiles.saved", personaName.strip());
        Messages.keepForRedirect();
        return "/rules/profiles?faces-redirect=true";
    }

    private void put(String field, LocalizedText text) {
        if (text != null) {
            texts.put(field + ".fi", text.getFi());
            texts.put(field + ".sv", text.getSv());
            texts.put(field + ".en", text.getEn());
        }
    }

    private LocalizedText text(String field) {
        return new LocalizedText(stripped(field + ".fi"), stripped(field + ".sv"), stripped(field + ".en"));
    }

    private String stripped(String key) {
        String value = texts.get(key);
        return value == null ? "" : value.strip();
    }

    public EmpathyAspect[] getAspects() {
        return EmpathyAspect.values();
    }

    public List<String> getLanguages() {
        return LANGUAGES;
    }

    public Map<String, String> getTexts() {
        return texts;
    }

    public boolean isExisting() {
        return existing;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getPersonaName() {
        return personaName;
    }

    public void setPersonaName(String personaName) {
        this.personaName = personaName;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
