package fi.asiointipiste.rules.boundary;

import fi.asiointipiste.catalogue.boundary.Catalogue;
import fi.asiointipiste.catalogue.boundary.Profiles;
import fi.asiointipiste.catalogue.boundary.ServiceTasks;
import fi.asiointipiste.catalogue.entity.Agency;
import fi.asiointipiste.catalogue.entity.CustomerProfile;
import fi.asiointipiste.catalogue.entity.ServiceTask;
import fi.asiointipiste.platform.i18n.LocalizedText;
import fi.asiointipiste.platform.i18n.Messages;
import fi.asiointipiste.routing.entity.SupportLevel;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The coordinator's words for the codes the rules and the stored decisions use: an errand's name, a profile's
 * persona, an agency's name and a support level, in the given language; a code the catalogue does not know is
 * shown as it is. Read once per request.
 */
@Named("workbenchLabels")
@RequestScoped
public class WorkbenchLabels {

    @Inject
    ServiceTasks tasks;

    @Inject
    Catalogue catalogue;

    @Inject
    Profiles profiles;

    private Map<String, LocalizedText> taskNames;
    private Map<String, LocalizedText> agencyNames;
    private Map<String, String> personas;

    /**
     * Reads every name now (else each kind is read at its first use): for callers that then stream rows from the
     * database, so that no transaction begins while the stream's connection is open.
     */
    public void readAll() {
        taskNames();
        agencyNames();
        personas();
    }

    public String task(String code, Locale locale) {
        return text(taskNames().get(code), code, locale);
    }

    public String agency(String code, Locale locale) {
        if ("NONE".equals(code)) {
            return Messages.text(locale, "rules.simulation.noAgency");
        }
        return text(agencyNames().get(code), code, locale);
    }

    public String profile(String code, Locale locale) {
        if (code == null || code.isEmpty()) {
            return Messages.text(locale, "rules.simulation.noProfile");
        }
        return personas().getOrDefault(code, code);
    }

    public String level(Object level, Locale locale) {
        return level == null || level.toString().isEmpty()
                ? "–"
                : Messages.text(locale, "SupportLevel." + (level instanceof SupportLevel l ? l.name() : level));
    }

    private Map<String, LocalizedText> taskNames() {
        if (taskNames == null) {
            taskNames = new HashMap<>();
            for (ServiceTask t : tasks.all()) {
                taskNames.put(t.getCode(), t.getName());
            }
        }
        return taskNames;
    }

    private Map<String, LocalizedText> agencyNames() {
        if (agencyNames == null) {
            agencyNames = new HashMap<>();
            for (Agency a : catalogue.agencies()) {
                agencyNames.put(a.getCode(), a.getName());
            }
        }
        return agencyNames;
    }

    private Map<String, String> personas() {
        if (personas == null) {
            personas = new HashMap<>();
            for (CustomerProfile p : profiles.all()) {
                personas.put(p.getCode(), p.getPersonaName());
            }
        }
        return personas;
    }

    private static String text(LocalizedText text, String code, Locale locale) {
        return text == null ? (code == null ? "–" : code) : text.in(locale);
    }
}
