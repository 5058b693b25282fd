package fi.asiointipiste.visits.control;

import fi.asiointipiste.visits.entity.Visit;
import java.io.Serializable;

/**
 * The short intake questionnaire as the clerk fills it in on the visit page: starts from the answers saved with
 * the visit; null where the customer was not asked. The answers suggest a profile ({@link ProfileSuggestion}).
 */
public class IntakeAnswers implements Serializable {

    private Boolean strongEid;
    private Boolean usesOnline;
    private String language;
    private Boolean needsInterpreter;
    private Boolean firstVisit;

    public IntakeAnswers() {}

    public IntakeAnswers(Visit saved) {
        this.strongEid = saved.getStrongEid();
        this.usesOnline = saved.getUsesOnlineServices();
        this.language = saved.getLanguage();
        this.needsInterpreter = saved.getNeedsInterpreter();
        this.firstVisit = saved.getFirstVisit();
    }

    /** The profile code these answers suggest, or null when nothing was answered. */
    public String suggestedProfile() {
        return ProfileSuggestion.suggest(strongEid, usesOnline, needsInterpreter);
    }

    public Boolean getStrongEid() {
        return strongEid;
    }

    public void setStrongEid(Boolean strongEid) {
        this.strongEid = strongEid;
    }

    public Boolean getUsesOnline() {
        return usesOnline;
    }

    public void setUsesOnline(Boolean usesOnline) {
        this.usesOnline = usesOnline;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public Boolean getNeedsInterpreter() {
        return needsInterpreter;
    }

    public void setNeedsInterpreter(Boolean needsInterpreter) {
        this.needsInterpreter = needsInterpreter;
    }

    public Boolean getFirstVisit() {
        return firstVisit;
    }

    public void setFirstVisit(Boolean firstVisit) {
        this.firstVisit = firstVisit;
    }
}
