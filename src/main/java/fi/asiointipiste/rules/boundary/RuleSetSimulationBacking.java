package fi.asiointipiste.rules.boundary;

import fi.asiointipiste.routing.boundary.Simulation;
import fi.asiointipiste.routing.entity.SupportLevel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The quick simulation on a rule set's page: the version decides the last 90 days' errands again at all points, and
 * the page shows how many would change and the matrix of level now → level with this version.
 */
@Named
@ViewScoped
public class RuleSetSimulationBacking implements Serializable {

    @Inject
    RuleSetBacking page;

    @Inject
    RuleSets ruleSets;

    private Simulation simulation;

    public void simulate() {
        simulation = ruleSets.simulate(page.getId());
    }

    public List<SupportLevel> getLevels() {
        return List.of(SupportLevel.values());
    }

    public Simulation getSimulation() {
        return simulation;
    }
}
