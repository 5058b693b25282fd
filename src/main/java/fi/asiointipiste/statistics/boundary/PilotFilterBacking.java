package fi.asiointipiste.statistics.boundary;

import fi.asiointipiste.platform.i18n.LocaleSelection;
import fi.asiointipiste.rules.entity.PilotMeasure;
import fi.asiointipiste.statistics.control.FilterOptions;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;

/** The pilot report's filter menus (customers, errands, charted measure) and the values in force. */
@Named
@RequestScoped
public class PilotFilterBacking {

    @Inject
    PilotReportBacking page;

    @Inject
    FilterOptions options;

    @Inject
    LocaleSelection localeSelection;

    public Map<Long, String> getProfileOptions() {
        return options.profiles(localeSelection.getLocale());
    }

    public Map<Long, String> getAgencyOptions() {
        return options.agencies(localeSelection.getLocale());
    }

    public List<PilotMeasure> getMeasureOptions() {
        return List.of(PilotMeasure.values());
    }

    /** The value of the "customers" menu that is in force: "all" or the profile's id. */
    public String getCustomersChoice() {
        PilotReport report = page.getReport();
        return report == null || report.profileId() == null ? PilotReports.ALL : String.valueOf(report.profileId());
    }

    /** The value of the "errands" menu that is in force: "all" or the agency's id. */
    public String getErrandsChoice() {
        PilotReport report = page.getReport();
        return report == null || report.agencyId() == null ? PilotReports.ALL : String.valueOf(report.agencyId());
    }
}
