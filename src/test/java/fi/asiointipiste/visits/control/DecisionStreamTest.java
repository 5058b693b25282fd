package fi.asiointipiste.visits.control;

import static org.assertj.core.api.Assertions.assertThat;

import fi.asiointipiste.visits.entity.PastVisit;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The visits a stream assembles: each with all its errands, whatever order they come in, in bounded memory. */
class DecisionStreamTest {

    @Test
    void handlingTimeIsFromStartToEndOfServedVisits() {
        Timestamp start = Timestamp.valueOf(LocalDateTime.of(2026, 9, 1, 9, 0));
        Timestamp end = Timestamp.valueOf(LocalDateTime.of(2026, 9, 1, 9, 25, 40));
        assertThat(DecisionStream.handlingMinutes(start, end, "DONE")).isEqualTo(25);
        assertThat(DecisionStream.handlingMinutes(start, null, "IN_SERVICE")).isNull();
        assertThat(DecisionStream.handlingMinutes(start, end, "NO_SHOW")).isNull();
        assertThat(DecisionStream.handlingMinutes(end, start, "DONE")).isZero();
    }

    @Test
    void openVisitsHandOnTheOldestBeyondTheLimitAndTheRestAtTheEnd() {
        List<PastVisit> handed = new ArrayList<>();
        DecisionStream.OpenVisits open = new DecisionStream.OpenVisits(v -> handed.add(v));
        for (long id = 1; id <= DecisionStream.OPEN_VISITS + 2; id++) {
            assertThat(open.add(new DecisionStream.Assembly(id, 1L, LocalDateTime.of(2026, 9, 1, 9, 0), 10L,
                    "SELF_DIRECTED"))).isTrue();
        }
        assertThat(handed).extracting(PastVisit::id).containsExactly(1L, 2L);
        assertThat(open.get(1)).as("handed on, no longer open").isNull();
        assertThat(open.get(3)).isNotNull();
        assertThat(open.finish()).isTrue();
        assertThat(handed).hasSize(DecisionStream.OPEN_VISITS + 2);
    }
}
