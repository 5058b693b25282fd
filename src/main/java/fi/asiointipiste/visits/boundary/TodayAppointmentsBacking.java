package fi.asiointipiste.visits.boundary;

import fi.asiointipiste.organisation.boundary.SignedInStaff;
import fi.asiointipiste.platform.i18n.Messages;
import fi.asiointipiste.platform.i18n.RefusedAction;
import fi.asiointipiste.platform.time.ServiceClock;
import fi.asiointipiste.visits.entity.Appointment;
import fi.asiointipiste.visits.entity.AppointmentStatus;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** Today's appointments on the queue page: check a customer in (their visit starts) or mark that they did not come. */
@Named
@ViewScoped
public class TodayAppointmentsBacking implements Serializable {

    @Inject
    Appointments appointments;

    @Inject
    QueueBacking queue;

    @Inject
    SignedInStaff staff;

    @Inject
    ServiceClock clock;

    private List<Appointment> bookedToday = List.of();

    /** Reads the point's appointments of today (called by the queue's refresh). */
    void load(long pointId) {
        try {
            bookedToday = appointments.today(staff.actor(), pointId).stream()
                    .filter(a -> a.getStatus() != AppointmentStatus.CANCELLED)
                    .toList();
        } catch (RefusedAction refused) {
            bookedToday = List.of(); // no message, like the queue's
        }
    }

    /** Today's appointments of the point (not cancelled ones), earliest first. */
    public List<Appointment> getAppointments() {
        return bookedToday;
    }

    /** The customer of an appointment arrived: the visit starts with its planned errands (one action). */
    public String checkIn(Appointment appointment) {
        return VisitBacking.page(appointments.checkIn(staff.actor(), appointment.getId(), appointment.getVersion()));
    }

    public void appointmentNoShow(Appointment appointment) {
        try {
            appointments.noShow(staff.actor(), appointment.getId(), appointment.getVersion());
            Messages.info("appointment.noShowDone");
        } finally {
            queue.refresh(); // the queue and appointments as they now are, also after a refusal
        }
    }

    /** Whether the appointment's time has begun, so that "did not come" makes sense. */
    public boolean due(Appointment appointment) {
        return appointment.isDue(clock.now());
    }
}
