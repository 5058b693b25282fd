package fi.asiointipiste.visits.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class AppointmentTest {

    private static final LocalDateTime TEN = LocalDateTime.of(2026, 11, 23, 10, 0);

    @ParameterizedTest(name = "{0} → {1}: {2}")
    @CsvSource({
            "BOOKED,    ARRIVED,   true",
            "BOOKED,    NO_SHOW,   true",
            "BOOKED,    CANCELLED, true",
            "ARRIVED,   NO_SHOW,   false",
            "NO_SHOW,   ARRIVED,   false",
            "CANCELLED, BOOKED,    false",
            "CANCELLED, ARRIVED,   false"})
    void anAppointmentLeavesBookedOnceAndForAll(AppointmentStatus from, AppointmentStatus to, boolean allowed) {
        assertThat(from.canMoveTo(to)).isEqualTo(allowed);
    }

    @Test
    void anAppointmentEndsAfterItStarts() {
        Appointment a = new Appointment(null, "clerk", TEN.minusDays(1));
        assertThatThrownBy(() -> a.schedule(TEN, TEN)).isInstanceOf(IllegalArgumentException.class);
        a.schedule(TEN, TEN.plusMinutes(45));
        assertThat(a.getDurationMinutes()).isEqualTo(45);
    }

    @Test
    void aBlankNoteIsNoNoteAndACancelledAppointmentCannotBeCheckedIn() {
        Appointment a = new Appointment(null, "clerk", TEN.minusDays(1));
        a.schedule(TEN, TEN.plusMinutes(30));
        a.plan(List.of(), null, "   ", null, false);
        assertThat(a.getNote()).isNull();
        a.cancel(" phoned ");
        assertThat(a.getCancelReason()).isEqualTo("phoned");
        assertThatThrownBy(() -> a.checkIn(null)).isInstanceOf(IllegalStateException.class);
        assertThat(a.isBooked()).isFalse();
    }
}
