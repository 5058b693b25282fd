package fi.asiointipiste.catalogue.boundary;

import fi.asiointipiste.catalogue.entity.CustomerProfile;
import fi.asiointipiste.catalogue.entity.EmpathyAspect;
import fi.asiointipiste.platform.i18n.LocaleSelection;
import fi.asiointipiste.platform.i18n.LocalizedText;
import fi.asiointipiste.platform.web.EditForm;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a coordinator enters for a customer profile (rules/profile.xhtml): code, persona, whether the front desk
 * offers it, and every text in Finnish, Swedish and English, keyed {@code "name.fi"}, {@code "summary.sv"},
 * {@code "PAINS.en"} and so on, so one map serves all the text fields of the page. {@link #draft()} hands them to
 * {@link Profiles}, which checks them whole.
 */
public abstract class ProfileForm extends EditForm<CustomerProfile> {

    private String code;
    private String personaName;
    private boolean active = true;
    private final Map<String, String> texts = new HashMap<>();

    protected ProfileForm() {
        super("profiles.error.notFound");
    }

    @Override
    protected long fill(CustomerProfile profile) {
        code = profile.getCode();
        personaName = profile.getPersonaName();
        active = profile.isActive();
        put("name", profile.getName());
        put("summary", profile.getSummary());
        for (EmpathyAspect aspect : EmpathyAspect.values()) {
            put(aspect.name(), profile.empathy(aspect));
        }
        return profile.getVersion();
    }

    /** The entered values with every text trimmed; a text left empty is an empty string. */
    public ProfileDraft draft() {
        Map<EmpathyAspect, LocalizedText> empathy = new EnumMap<>(EmpathyAspect.class);
        for (EmpathyAspect aspect : EmpathyAspect.values()) {
            empathy.put(aspect, text(aspect.name()));
        }
        return new ProfileDraft(code, personaName, text("name"), text("summary"), empathy, active);
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

    public List<String> getLanguages() {
        return LocaleSelection.LANGUAGES;
    }

    public EmpathyAspect[] getAspects() {
        return EmpathyAspect.values();
    }

    public Map<String, String> getTexts() {
        return texts;
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
