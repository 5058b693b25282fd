package fi.asiointipiste.visits.boundary;

import fi.asiointipiste.organisation.boundary.SignedInStaff;
import fi.asiointipiste.organisation.entity.ServicePoint;
import fi.asiointipiste.platform.i18n.LocaleSelection;
import fi.asiointipiste.platform.i18n.Messages;
import fi.asiointipiste.platform.time.ServiceClock;
import fi.asiointipiste.visits.control.PointChoice;
import fi.asiointipiste.visits.entity.Appointment;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The week of appointments at one service point (front-desk/appointments.xhtml): the user's point (their first
 * one unless asked) and the seven days from the chosen one. The form to book, move or cancel is
 * {@link BookingBacking}.
 */
@Named
@ViewScoped
public class AppointmentsBacking implements Serializable {

    static final int DAYS_SHOWN = 7;

    @Inject
    Appointments appointments;

    @Inject
    SignedInStaff staff;

    @Inject
    ServiceClock clock;

    @Inject
    LocaleSelection locale;

    private Long pointId;
    private LocalDate from;
    private List<Appointment> listed = List.of();

    /** f:viewAction: the user's point (their first one unless asked) and the week from the chosen day. */
    public void load() {
        PointChoice choice = PointChoice.of(staff.getServicePoints(), pointId);
        if (choice.problem() != null) {
            Messages.error(choice.problem());
        }
        if (choice.point() == null) {
            return;
        }
        pointId = choice.point().getId();
        if (from == null) {
            from = clock.today();
        }
        reload();
    }

    /** Reads the week again (after a booking was saved or cancelled). */
    public void reload() {
        listed = List.of(); // stays empty when the facade refuses
        listed = appointments.between(staff.actor(), pointId, from, from.plusDays(DAYS_SHOWN - 1));
    }

    /** The appointment's errands in the user's language, for the label of its "change" button. */
    public String taskNames(Appointment a) {
        return a.getTasks().stream()
                .map(t -> t.getName().in(locale.getLocale()))
                .collect(Collectors.joining(", "));
    }

    public LocalDate getPreviousWeek() {
        return from.minusDays(DAYS_SHOWN);
    }

    public LocalDate getNextWeek() {
        return from.plusDays(DAYS_SHOWN);
    }

    public List<Appointment> getListed() {
        return listed;
    }

    public Long getPointId() {
        return pointId;
    }

    public void setPointId(Long pointId) {
        this.pointId = pointId;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public ServicePoint getPoint() {
        return staff.getServicePoints().stream()
                .filter(p -> p.getId().equals(pointId))
                .findFirst()
                .orElse(null);
    }
}
