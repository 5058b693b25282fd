package fi.asiointipiste.visits.control;

import static org.assertj.core.api.Assertions.assertThat;

import fi.asiointipiste.visits.control.DeskCapacity.Booked;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeskCapacityTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 23);

    private static LocalDateTime at(String time) {
        return DAY.atTime(java.time.LocalTime.parse(time));
    }

    private static Booked booked(String from, String until) {
        return new Booked(at(from), at(until));
    }

    @Test
    void anEmptyDeskTakesAnyTime() {
        assertThat(DeskCapacity.fits(1, List.of(), at("09:00"), at("10:00"))).isTrue();
    }

    @Test
    void oneDeskRefusesAnOverlapButTakesBackToBackTimes() {
        List<Booked> day = List.of(booked("09:00", "09:30"));
        assertThat(DeskCapacity.fits(1, day, at("09:15"), at("09:45"))).isFalse();
        assertThat(DeskCapacity.fits(1, day, at("08:45"), at("09:01"))).isFalse();
        assertThat(DeskCapacity.fits(1, day, at("09:30"), at("10:00"))).isTrue();
        assertThat(DeskCapacity.fits(1, day, at("08:30"), at("09:00"))).isTrue();
    }

    @Test
    void twoDesksCountTheMostAtOnceNotEveryOverlap() {
        // Two appointments one after the other overlap the new hour, but never both at once.
        List<Booked> day = List.of(booked("09:00", "09:30"), booked("09:30", "10:00"));
        assertThat(DeskCapacity.mostAtOnce(day, at("09:00"), at("10:00"))).isEqualTo(1);
        assertThat(DeskCapacity.fits(2, day, at("09:00"), at("10:00"))).isTrue();
        assertThat(DeskCapacity.fits(1, day, at("09:00"), at("10:00"))).isFalse();

        List<Booked> busy = List.of(booked("09:00", "10:00"), booked("09:45", "10:30"), booked("11:00", "12:00"));
        assertThat(DeskCapacity.mostAtOnce(busy, at("09:00"), at("12:00"))).isEqualTo(2);
        assertThat(DeskCapacity.fits(2, busy, at("09:50"), at("10:10"))).isFalse();
        assertThat(DeskCapacity.fits(2, busy, at("10:00"), at("11:30"))).isTrue();
    }

    @Test
    void onlyThePartInsideTheNewTimeCounts() {
        List<Booked> day = List.of(booked("08:00", "09:10"), booked("09:05", "12:00"));
        assertThat(DeskCapacity.mostAtOnce(day, at("09:10"), at("09:30"))).isEqualTo(1);
        assertThat(DeskCapacity.mostAtOnce(day, at("09:00"), at("09:30"))).isEqualTo(2);
    }
}
