package fi.asiointipiste.visits.entity;

import static fi.asiointipiste.visits.entity.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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
        "CANCELLED, ARRIVED,   false"
    })
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

    @ParameterizedTest(name = "{0} {1} for {2} min, now {3}: {4}")
    @CsvSource({
        "2026-11-23, 10:00, 30,  2026-11-23T08:00, ''",
        "2026-11-23, 10:00, 240, 2026-11-23T08:00, ''",
        "2026-11-23, 08:00, 15,  2026-11-23T08:00, ''",
        "2026-11-23, 23:30, 29,  2026-11-23T08:00, ''",
        "2026-11-23, 23:30, 30,  2026-11-23T08:00, appointment.overMidnight",
        "          , 10:00, 30,  2026-11-23T08:00, appointment.timeRequired",
        "2026-11-23,      , 30,  2026-11-23T08:00, appointment.timeRequired",
        "2026-11-23, 10:00,    , 2026-11-23T08:00, appointment.durationInvalid",
        "2026-11-23, 10:00, 0,   2026-11-23T08:00, appointment.durationInvalid",
        "2026-11-23, 10:00, 241, 2026-11-23T08:00, appointment.durationInvalid",
        "2026-11-23, 07:59, 30,  2026-11-23T08:00, appointment.inPast",
        "2026-11-22, 10:00, 30,  2026-11-23T08:00, appointment.inPast",
        "2026-11-23, 23:50, 30,  2026-11-23T08:00, appointment.overMidnight"
    })
    void aBookingHasADayAStartALengthOfAtMostFourHoursInTheFutureAndWithinTheDay(
            LocalDate day, LocalTime start, Integer minutes, LocalDateTime now, String refusal) {
        assertRefused(() -> Appointment.time(day, start, minutes, now), refusal);
        if (refusal.isEmpty()) {
            Appointment.Time time = Appointment.time(day, start, minutes, now);
            assertThat(time.start()).isEqualTo(day.atTime(start));
            assertThat(time.end()).isEqualTo(day.atTime(start).plusMinutes(minutes));
        }
    }

    @ParameterizedTest(name = "note ''{0}'': {1}")
    @CsvSource({
        "Tulee tyttären kanssa klo 10, ''",
        "'  needs a ramp  ',           ''",
        "hetu 010150-123A,             appointment.noteIdentifying",
        "born 131052A308T,             appointment.noteIdentifying"
    })
    void aNoteMustNotIdentifyTheCustomer(String note, String refusal) {
        assertRefused(() -> Appointment.checkedNote(note), refusal);
    }

    @Test
    void aNoteIsStrippedAndHasAtMostItsLength() {
        assertThat(Appointment.checkedNote("  needs a ramp  ")).isEqualTo("needs a ramp");
        assertThat(Appointment.checkedNote(null)).isNull();
        assertThat(Appointment.checkedNote(" " + "x".repeat(Appointment.NOTE_MAX) + " "))
                .hasSize(Appointment.NOTE_MAX);
        assertRefused(() -> Appointment.checkedNote("x".repeat(Appointment.NOTE_MAX + 1)), "appointment.noteTooLong");
    }

    @Test
    void aNoteShapedLikeAnIdentityCodeIsRefused() {
        assertThat(Appointment.looksIdentifying("hetu 010150-123A")).isTrue();
        assertThat(Appointment.looksIdentifying("born 131052A308T")).isTrue();
        assertThat(Appointment.looksIdentifying("Tulee tyttären kanssa klo 10")).isFalse();
    }

    @Test
    void onlyTodaysBookedAppointmentIsCheckedInAndADueOneMissed() {
        Appointment a = new Appointment(null, "clerk", TEN.minusDays(1));
        a.schedule(TEN, TEN.plusMinutes(30));
        assertRefused(a::checkBooked, "");
        assertRefused(() -> a.checkCanCheckIn(TEN.toLocalDate()), "");
        assertRefused(() -> a.checkCanCheckIn(TEN.toLocalDate().minusDays(1)), "appointment.notToday");
        assertRefused(() -> a.checkDue(TEN.minusMinutes(1)), "appointment.notYetDue");
        assertRefused(() -> a.checkDue(TEN), "");
        assertRefused(() -> a.cancel("x".repeat(Appointment.CANCEL_REASON_MAX + 1)), "appointment.reasonTooLong");
        assertThat(a.isBooked()).isTrue();
        a.cancel(null);
        assertRefused(a::checkBooked, "appointment.notBooked");
        assertThat(a.isFor(null)).isFalse();
    }
}
