package fi.asiointipiste.visits.control;

import static org.assertj.core.api.Assertions.assertThat;

import fi.asiointipiste.organisation.entity.ServicePoint;
import java.lang.reflect.Field;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PointChoiceTest {

    private static final List<ServicePoint> MINE = List.of(point(1, "KEITELE"), point(2, "PIELAVESI"));

    @ParameterizedTest(name = "asked {0}: shows {1}, says {2}")
    @CsvSource({",  KEITELE,   ", "1, KEITELE,   ", "2, PIELAVESI, ", "3, KEITELE,   frontDesk.pointNotYours"})
    void showsTheAskedPointWhenTheUserWorksThereOtherwiseTheirFirstAndSaysWhy(
            Long asked, String shown, String problem) {
        PointChoice choice = PointChoice.of(MINE, asked);
        assertThat(choice.point().getCode()).isEqualTo(shown);
        assertThat(choice.problem()).isEqualTo(problem);
    }

    @ParameterizedTest(name = "asked {0}")
    @CsvSource({"''", "1"})
    void aUserWhoWorksNowhereSeesNoPoint(String asked) {
        PointChoice choice = PointChoice.of(List.of(), asked.isEmpty() ? null : Long.valueOf(asked));
        assertThat(choice.point()).isNull();
        assertThat(choice.problem()).isEqualTo("frontDesk.noPoints");
    }

    @org.junit.jupiter.api.Test
    void withoutAnAskedPointTheQueueOpensWhereTheUserLastWorkedIfStillTheirs() {
        assertThat(PointChoice.of(MINE, null, 2L).point().getCode()).isEqualTo("PIELAVESI");
        assertThat(PointChoice.of(MINE, null, 2L).problem()).isNull();
        assertThat(PointChoice.of(MINE, 1L, 2L).point().getCode())
                .as("an asked point wins")
                .isEqualTo("KEITELE");
        assertThat(PointChoice.of(MINE, null, 99L).point().getCode())
                .as("no longer theirs")
                .isEqualTo("KEITELE");
        assertThat(PointChoice.of(MINE, null, 99L).problem()).isNull();
        assertThat(PointChoice.of(MINE, null, null).point().getCode()).isEqualTo("KEITELE");
    }

    private static ServicePoint point(long id, String code) {
        ServicePoint point = new ServicePoint(code, code, code);
        try {
            Field field = ServicePoint.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(point, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return point;
    }
}
