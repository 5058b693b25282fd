package fi.asiointipiste.statistics.boundary;

import fi.asiointipiste.platform.i18n.Messages;
import fi.asiointipiste.rules.entity.Pilot;
import fi.asiointipiste.rules.entity.PilotMeasure;

/**
 * The request parameters of the pilot report (its bookmarkable address): the pilot, the profile and agency the
 * figures are narrowed to ("all" or an id) and the measure drawn week by week. Unknown values are dropped with the
 * filter error, as on the statistics pages.
 */
public abstract class PilotReportParameters {

    private Long id;
    private String profile;
    private String errands;
    private String measure;

    void dropUnknownFilters(PilotReports reports) {
        if (reports.isUnknownProfile(profile)) {
            Messages.error("statistics.error.filter");
            profile = null;
        }
        if (reports.isUnknownAgency(errands)) {
            Messages.error("statistics.error.filter");
            errands = null;
        }
    }

    /** The measure asked for; else the pilot's first success measure; else the guided share. */
    PilotMeasure chosenMeasure(Pilot pilot) {
        if (measure != null) {
            try {
                return PilotMeasure.valueOf(measure);
            } catch (IllegalArgumentException e) {
                Messages.error("statistics.error.filter");
            }
        }
        return pilot.getCriteria().isEmpty()
                ? PilotMeasure.GUIDED_SHARE
                : pilot.getCriteria().get(0).getMeasure();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getProfile() {
        return profile;
    }

    public void setProfile(String profile) {
        this.profile = profile;
    }

    public String getErrands() {
        return errands;
    }

    public void setErrands(String errands) {
        this.errands = errands;
    }

    public String getMeasure() {
        return measure;
    }

    public void setMeasure(String measure) {
        this.measure = measure;
    }
}
