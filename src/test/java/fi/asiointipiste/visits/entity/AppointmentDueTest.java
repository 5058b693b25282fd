package fi.asiointipiste.visits.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class AppointmentDueTest {

    private static final LocalDateTime TEN = LocalDateTime.of(2026, 12, 7, 10, 0);

    @Test
    void anAppointmentIsDueFromItsStartOn() {
        Appointment a = new Appointment(null, "clerk", TEN.minusDays(1));
        a.schedule(TEN, TEN.plusMinutes(30));
        assertThat(a.isDue(TEN.minusMinutes(1))).isFalse();
        assertThat(a.isDue(TEN)).isTrue();
        assertThat(a.isDue(TEN.plusHours(2))).isTrue();
    }

    @Test
    void theBookableLengthsRunFromAQuarterToTwoHours() {
        assertThat(Appointment.LENGTHS).containsExactly(15, 30, 45, 60, 90, 120);
    }
}
