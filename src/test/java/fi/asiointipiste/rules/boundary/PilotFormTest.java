package fi.asiointipiste.rules.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import fi.asiointipiste.rules.entity.Pilot;
import fi.asiointipiste.rules.entity.PilotMeasure;
import fi.asiointipiste.rules.entity.SuccessCriterion.Direction;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What the pilot page's form hands to the facade. */
class PilotFormTest {

    private static class Form extends PilotForm {
        @Override
        protected Optional<Pilot> find(Long id) {
            return Optional.empty();
        }
    }

    @Test
    void onlyTheMeasuresGivenADirectionDecideAndTheirMinimumBecomesADouble() {
        Form form = new Form();
        form.setName("Kela ohjattuna");
        form.setHypothesis("Täyden tuen osuus laskee");
        form.setRuleSetId(7L);
        form.setTargetProfileId(3L);
        form.setPilotPointIds(List.of(2L, 3L));
        form.setComparisonPointIds(List.of(1L, 4L));
        form.setStartsOn(LocalDate.of(2026, 8, 3));
        form.setEndsOn(LocalDate.of(2027, 1, 31));
        form.choice(PilotMeasure.FULL_ASSISTANCE_SHARE).setDirection(Direction.DECREASE);
        form.choice(PilotMeasure.FULL_ASSISTANCE_SHARE).setMinimumChange(3L);
        form.choice(PilotMeasure.CES).setDirection(Direction.DECREASE);
        form.choice(PilotMeasure.NPS).setMinimumChange(5.5); // no direction: decides nothing
        PilotDraft draft = form.draft();
        assertThat(draft.measures())
                .containsExactly(
                        new PilotDraft.Measure(PilotMeasure.FULL_ASSISTANCE_SHARE, Direction.DECREASE, 3.0),
                        new PilotDraft.Measure(PilotMeasure.CES, Direction.DECREASE, null));
        assertThat(draft.targetProfileId()).isEqualTo(3L);
        assertThat(draft.pilotPointIds()).containsExactly(2L, 3L);
        assertThat(draft.comparisonPointIds()).containsExactly(1L, 4L);
        assertThat(form.getMeasures()).hasSize(PilotMeasure.values().length);
    }

    @Test
    void aNewPilotIsProposedFromTheNextMondayForTwelveWeeksUnlessChosen() {
        Form form = new Form();
        form.propose(5L, LocalDate.of(2026, 12, 3)); // a Thursday
        assertThat(form.getRuleSetId()).isEqualTo(5L);
        assertThat(form.getStartsOn()).isEqualTo(LocalDate.of(2026, 12, 7));
        assertThat(form.getEndsOn()).isEqualTo(LocalDate.of(2027, 2, 28));
        form.setStartsOn(LocalDate.of(2027, 1, 1));
        form.setRuleSetId(9L);
        form.propose(5L, LocalDate.of(2026, 12, 3));
        assertThat(form.getStartsOn()).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(form.getRuleSetId()).isEqualTo(9L);
    }
}
