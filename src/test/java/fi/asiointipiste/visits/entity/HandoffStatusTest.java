package fi.asiointipiste.visits.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HandoffStatusTest {

    @ParameterizedTest(name = "{0} → {1}: {2}")
    @CsvSource({
        "REQUESTED, ACCEPTED,  true",
        "REQUESTED, JOINED,    false",
        "REQUESTED, CANCELLED, true",
        "ACCEPTED,  JOINED,    true",
        "ACCEPTED,  COMPLETED, false",
        "JOINED,    COMPLETED, true",
        "JOINED,    CANCELLED, true",
        "COMPLETED, CANCELLED, false",
        "COMPLETED, REQUESTED, false",
        "CANCELLED, ACCEPTED,  false"
    })
    void aHandOffMovesOnlyForward(HandoffStatus from, HandoffStatus to, boolean allowed) {
        assertThat(from.canMoveTo(to)).isEqualTo(allowed);
    }
}
