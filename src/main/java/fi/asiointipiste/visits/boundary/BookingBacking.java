package fi.asiointipiste.visits.boundary;

import fi.asiointipiste.customers.boundary.Customers;
import fi.asiointipiste.customers.entity.Customer;
import fi.asiointipiste.organisation.boundary.SignedInStaff;
import fi.asiointipiste.platform.i18n.Messages;
import fi.asiointipiste.platform.i18n.RefusedAction;
import fi.asiointipiste.platform.time.ServiceClock;
import fi.asiointipiste.visits.entity.Appointment;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The booking form of front-desk/appointments.xhtml: book a new time or, after "change", move or cancel a booked
 * one. A known customer is found like on the visit page ({@link CustomerSearchBacking}); otherwise a short note
 * without identifying data will do. The form's choice lists are {@link BookingChoicesBacking}'s.
 */
@Named
@ViewScoped
public class BookingBacking implements Serializable {

    @Inject
    AppointmentsBacking week;

    @Inject
    Appointments appointments;

    @Inject
    CustomerSearchBacking search;

    @Inject
    Customers customers;

    @Inject
    SignedInStaff staff;

    @Inject
    ServiceClock clock;

    private Booking booking;
    private Long editingId;
    private long editingVersion;
    private Customer chosen;
    private String cancelReason;

    @PostConstruct
    void init() {
        booking = new Booking();
        booking.setDay(clock.today());
    }

    public void save() {
        booking.setCustomerId(chosen == null ? null : chosen.getId());
        if (editingId == null) {
            appointments.book(staff.actor(), week.getPointId(), booking);
            Messages.info("appointment.booked");
        } else {
            appointments.change(staff.actor(), editingId, editingVersion, booking);
            Messages.info("appointment.changed");
        }
        reset();
    }

    /** Loads a booked appointment into the form to move, change or cancel it; opens a known customer (audited). */
    public void edit(Appointment listedOne) {
        Appointment a = appointments.appointment(staff.actor(), listedOne.getId());
        editingId = a.getId();
        editingVersion = a.getVersion();
        booking = Booking.of(a);
        chosen = a.getCustomer();
        search.clear();
    }

    public void cancelAppointment() {
        if (editingId == null) {
            throw new RefusedAction("appointment.notFound");
        }
        appointments.cancel(staff.actor(), editingId, editingVersion, cancelReason);
        Messages.info("appointment.cancelled");
        reset();
    }

    /** An empty form for a new booking today, and the week as it now is. */
    public void reset() {
        init();
        editingId = null;
        chosen = null;
        search.clear();
        cancelReason = null;
        week.reload();
    }

    /** A customer found by {@link CustomerSearchBacking} is the appointment's (their identity opened, audited). */
    public void choose(Customer customer) {
        chosen = customers.open(customer.getId());
        search.clear();
    }

    public void forgetCustomer() {
        chosen = null;
    }

    /** The search's hits, each offered with this bean's {@code choose} (the page's customer-hits list). */
    public List<Customer> getHits() {
        return search.getHits();
    }

    public boolean isEditing() {
        return editingId != null;
    }

    public Booking getBooking() {
        return booking;
    }

    public Customer getChosen() {
        return chosen;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public void setCancelReason(String cancelReason) {
        this.cancelReason = cancelReason;
    }
}
