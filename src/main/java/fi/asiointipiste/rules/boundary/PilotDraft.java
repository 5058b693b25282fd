package fi.asiointipiste.rules.boundary;

import fi.asiointipiste.rules.entity.PilotMeasure;
import fi.asiointipiste.rules.entity.SuccessCriterion;
import java.time.LocalDate;
import java.util.List;

/**
 * A pilot's definition as a page or a REST call enters it, points, rule set, target profile and agency (null: every customer, every errand) by id; {@link Pilots} resolves the
 * ids and the {@link fi.asiointipiste.rules.entity.Pilot} checks the rules.
 */
public record PilotDraft(
        String name,
        String hypothesis,
        Long ruleSetId,
        Long targetProfileId,
        Long targetAgencyId,
        List<Long> pilotPointIds,
        List<Long> comparisonPointIds,
        LocalDate startsOn,
        LocalDate endsOn,
        List<Measure> measures) {

    /** A measure that decides success: which way it should move and by at least how much (null = any real change). */
    public record Measure(PilotMeasure measure, SuccessCriterion.Direction direction, Double minimumChange) {

        SuccessCriterion criterion() {
            return new SuccessCriterion(measure, direction, minimumChange == null ? 0 : minimumChange);
        }
    }

    public PilotDraft {
        pilotPointIds = pilotPointIds == null ? List.of() : List.copyOf(pilotPointIds);
        comparisonPointIds = comparisonPointIds == null ? List.of() : List.copyOf(comparisonPointIds);
        measures = measures == null ? List.of() : List.copyOf(measures);
    }
}
