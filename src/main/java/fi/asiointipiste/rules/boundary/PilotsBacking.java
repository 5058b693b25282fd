package fi.asiointipiste.rules.boundary;

import fi.asiointipiste.platform.time.ServiceClock;
import fi.asiointipiste.rules.entity.Pilot;
import fi.asiointipiste.rules.entity.PilotStatus;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The coordinator's list of pilots (rules/pilots.xhtml), each with its status today and a link to its report. */
@Named
@RequestScoped
public class PilotsBacking {

    @Inject
    Pilots pilots;

    @Inject
    ServiceClock clock;

    private List<Pilot> all;

    public List<Pilot> getAll() {
        if (all == null) {
            all = pilots.all();
        }
        return all;
    }

    public PilotStatus status(Pilot pilot) {
        return pilot.statusOn(clock.today());
    }
}
