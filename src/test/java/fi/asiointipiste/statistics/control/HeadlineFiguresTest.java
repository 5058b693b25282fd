package fi.asiointipiste.statistics.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class HeadlineFiguresTest {

    @Test
    void theHeadlineGivesRatesPerErrandAndAnswersPerServedVisit() {
        Dashboard d = new Dashboard();
        // visits, no-shows, errands, overridden, self-done, answers, CES n, CES sum, NPS n, promoters, detractors
        HeadlineFigures.apply(d, new Object[] {new BigDecimal(110), 10L, 200L, 30L, 50L, 40L, 40L, 100L, 20L, 9L, 3L});
        assertThat(d.getVisits()).isEqualTo(110);
        assertThat(d.getOverrideRate()).isEqualTo(0.15);
        assertThat(d.getSelfDoneShare()).isEqualTo(0.25);
        assertThat(d.getResponseRate()).isEqualTo(0.4);
        assertThat(d.getCesAverage()).isEqualTo(2.5);
        assertThat(d.getNps().nps()).isEqualTo(30);
        assertThat(d.getNps().getAnswers()).isEqualTo(40);
    }

    @Test
    void aPeriodWithoutVisitsHasNoRatesAndNoCes() {
        Dashboard d = new Dashboard();
        HeadlineFigures.apply(d, new Object[11]);
        assertThat(d.getOverrideRate()).isNull();
        assertThat(d.getResponseRate()).isNull();
        assertThat(d.getCesAverage()).isNull();
        assertThat(d.getNps().nps()).isNull();
    }
}
