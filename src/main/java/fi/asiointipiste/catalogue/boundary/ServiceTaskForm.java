package fi.asiointipiste.catalogue.boundary;

import fi.asiointipiste.catalogue.entity.ServiceDescription;
import fi.asiointipiste.catalogue.entity.ServiceTask;
import fi.asiointipiste.platform.i18n.LocaleSelection;
import fi.asiointipiste.platform.i18n.LocalizedText;
import fi.asiointipiste.platform.web.EditForm;
import fi.asiointipiste.routing.entity.SupportLevel;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a coordinator enters for an errand (rules/catalogue-task.xhtml): code, agency, online service, whether the
 * front desk offers it, and every text in Finnish, Swedish and English, keyed {@code "name.fi"} and
 * {@code "<part>.<level>.<language>"} (for example {@code "OUTCOME.GUIDED.sv"}), so one map serves every text field
 * of the page. {@link #draft()} hands them to {@link ServiceTasks}, which checks them whole.
 */
public abstract class ServiceTaskForm extends EditForm<ServiceTask> {

    /** The four parts of a service description, in the workshop's order. */
    public static final List<String> PARTS = List.of("OUTCOME", "TOOLS", "PEOPLE", "SUPPORT_NOTES");

    private String code;
    private String agencyCode;
    private String onlineServiceUrl;
    private boolean active = true;
    private final Map<String, String> texts = new HashMap<>();

    protected ServiceTaskForm() {
        super("catalogue.error.notFound");
    }

    @Override
    protected long fill(ServiceTask task) {
        code = task.getCode();
        agencyCode = task.getAgency().getCode();
        onlineServiceUrl = task.getOnlineServiceUrl();
        active = task.isActive();
        put("name", task.getName());
        for (SupportLevel level : SupportLevel.values()) {
            ServiceDescription d = task.descriptionFor(level);
            if (d != null) {
                put("OUTCOME." + level, d.getOutcome());
                put("TOOLS." + level, d.getTools());
                put("PEOPLE." + level, d.getPeople());
                put("SUPPORT_NOTES." + level, d.getSupportNotes());
            }
        }
        return task.getVersion();
    }

    /** The entered values with every text trimmed; a text left empty is an empty string. */
    public ServiceTaskDraft draft() {
        Map<SupportLevel, ServiceTaskDraft.Description> descriptions = new EnumMap<>(SupportLevel.class);
        for (SupportLevel level : SupportLevel.values()) {
            descriptions.put(
                    level,
                    new ServiceTaskDraft.Description(
                            text("OUTCOME." + level),
                            text("TOOLS." + level),
                            text("PEOPLE." + level),
                            text("SUPPORT_NOTES." + level)));
        }
        return new ServiceTaskDraft(code, agencyCode, text("name"), onlineServiceUrl, active, descriptions);
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

    public List<String> getParts() {
        return PARTS;
    }

    public SupportLevel[] getLevels() {
        return SupportLevel.values();
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

    public String getAgencyCode() {
        return agencyCode;
    }

    public void setAgencyCode(String agencyCode) {
        this.agencyCode = agencyCode;
    }

    public String getOnlineServiceUrl() {
        return onlineServiceUrl;
    }

    public void setOnlineServiceUrl(String onlineServiceUrl) {
        this.onlineServiceUrl = onlineServiceUrl;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
