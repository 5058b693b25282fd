package fi.asiointipiste.arrival.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.asiointipiste.arrival.entity.TargetKind;
import fi.asiointipiste.platform.i18n.RefusedAction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class TransferToTest {

    @Test
    void eachKindOfChoiceNamesItsTarget() {
        assertThat(TransferTo.parse("ANY")).isEqualTo(new TransferTo(TargetKind.ANY, null, null, null));
        assertThat(TransferTo.parse("DESK:12")).isEqualTo(new TransferTo(TargetKind.DESK, 12L, null, null));
        assertThat(TransferTo.parse("CLERK:7")).isEqualTo(new TransferTo(TargetKind.CLERK, null, 7L, null));
        assertThat(TransferTo.parse("AGENCY:KELA")).isEqualTo(new TransferTo(TargetKind.AGENCY, null, null, "KELA"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "DESK", "DESK:", "DESK:x", "CLERK:1.5", "AGENCY", "SOMEWHERE:1", "any"})
    void anythingElseIsRefusedWithTheTargetMessage(String choice) {
        assertThatThrownBy(() -> TransferTo.parse(choice))
                .isInstanceOf(RefusedAction.class)
                .hasMessageContaining("arrival.transfer.targetRequired");
    }
}
