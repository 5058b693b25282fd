package fi.asiointipiste.statistics.control;

import static org.assertj.core.api.Assertions.assertThat;

import fi.asiointipiste.routing.entity.SupportLevel;
import fi.asiointipiste.visits.entity.Channel;
import fi.asiointipiste.visits.entity.VisitStatus;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClosingFiguresTest {

    private static final LocalDateTime NINE = LocalDateTime.of(2026, 12, 4, 9, 0);

    private static ClosingFigures.Day visit(
            Channel c, VisitStatus s, int waited, Integer handled, SupportLevel... levels) {
        LocalDateTime started = s == VisitStatus.NO_SHOW || s == VisitStatus.WAITING ? null : NINE.plusMinutes(waited);
        LocalDateTime ended = handled == null ? null : started.plusMinutes(handled);
        return new ClosingFigures.Day(c, s, NINE, started, ended, List.of(levels));
    }

    @Test
    void countsPerChannelAndLevelAndTheTimesOfServedAndDoneVisits() {
        ClosingFigures f = new ClosingFigures(
                List.of(
                        visit(
                                Channel.WALK_IN,
                                VisitStatus.DONE,
                                10,
                                20,
                                SupportLevel.GUIDED,
                                SupportLevel.SELF_SERVICE),
                        visit(Channel.WALK_IN, VisitStatus.DONE, 30, 40, SupportLevel.FULL_ASSISTANCE),
                        visit(Channel.WALK_IN, VisitStatus.NO_SHOW, 0, null),
                        visit(Channel.APPOINTMENT, VisitStatus.IN_SERVICE, 2, null, SupportLevel.GUIDED),
                        visit(Channel.REMOTE, VisitStatus.DONE, 0, 15, SupportLevel.GUIDED)),
                3);
        assertThat(f.visits()).isEqualTo(5);
        assertThat(f.channel(Channel.WALK_IN).visits()).isEqualTo(3);
        assertThat(f.channel(Channel.WALK_IN).done()).isEqualTo(2);
        assertThat(f.channel(Channel.WALK_IN).noShows()).isEqualTo(1);
        assertThat(f.channel(Channel.REMOTE).errands().get(SupportLevel.GUIDED)).isEqualTo(1);
        assertThat(f.errands(SupportLevel.GUIDED)).isEqualTo(3);
        assertThat(f.errands(SupportLevel.SELF_SERVICE)).isEqualTo(1);
        assertThat(f.errands(SupportLevel.FULL_ASSISTANCE)).isEqualTo(1);
        assertThat(f.noShows()).isEqualTo(1);
        // waits of the four served: 10, 30, 2, 0; handling of the three done: 20, 40, 15
        assertThat(f.meanWait()).isEqualTo(10.5);
        assertThat(f.medianWait()).isEqualTo(6.0);
        assertThat(f.meanHandling()).isEqualTo(25.0);
        assertThat(f.medianHandling()).isEqualTo(20.0);
        assertThat(f.openHandoffs()).isEqualTo(3);
    }

    @Test
    void aDayWithoutServedVisitsHasNoTimes() {
        ClosingFigures f = new ClosingFigures(List.of(visit(Channel.WALK_IN, VisitStatus.NO_SHOW, 0, null)), 0);
        assertThat(f.meanWait()).isNull();
        assertThat(f.medianHandling()).isNull();
        assertThat(f.channel(Channel.APPOINTMENT).visits()).isZero();
    }
}
