package fi.asiointipiste.visits.boundary;

import fi.asiointipiste.catalogue.boundary.Catalogue;
import fi.asiointipiste.catalogue.entity.Agency;
import fi.asiointipiste.catalogue.entity.ServiceTask;
import fi.asiointipiste.customers.boundary.Customers;
import fi.asiointipiste.customers.entity.Customer;
import fi.asiointipiste.organisation.entity.ServicePoint;
import fi.asiointipiste.organisation.entity.StaffUser;
import fi.asiointipiste.platform.i18n.Messages;
import fi.asiointipiste.platform.i18n.RefusedAction;
import fi.asiointipiste.organisation.boundary.SignedInStaff;
import fi.asiointipiste.platform.time.ServiceClock;
import fi.asiointipiste.visits.entity.Appointment;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Booking at one service point (front-desk/appointments.xhtml): the coming week's appointments, and one form
 * to book a new time or, after "change", to move or cancel a booked one. A known customer is found like on the
 * visit page (masked codes, audited openings); otherwise a short note without identifying data will do.
 */
@Named
@ViewScoped
public class AppointmentsBacking implements Serializable {

    static final int DAYS_SHOWN = 7;
    private static final List<Integer> LENGTHS = List.of(15, 30, 45, 60, 90, 120);

    @Inject
    Appointments appointments;

    @Inject
    Customers customers;

    @Inject
    Catalogue catalogue;

    @Inject
    SignedInStaff staff;

    @Inject
    ServiceClock clock;

    private Long pointId;
    private LocalDate from;
    private List<Appointment> listed = List.of();
    private Booking booking = new Booking();
    private Long editingId;
    private long editingVersion;
    private String query;
    private List<Customer> hits = List.of();
    private Customer chosen;
    private String cancelReason;

    /** f:viewAction: the user's point (their first one unless asked) and the week from the chosen day. */
    public void load() {
        List<ServicePoint> mine = staff.getServicePoints();
        if (mine.isEmpty()) {
            Messages.error("frontDesk.noPoints");
            return;
        }
        ServicePoint point = mine.stream().filter(p -> p.getId().equals(pointId)).findFirst().orElse(mine.get(0));
        if (pointId != null && !point.getId().equals(pointId)) {
            Messages.error("frontDesk.pointNotYours");
        }
        pointId = point.getId();
        if (from == null) {
            from = clock.today();
        }
        if (booking.getDay() == null) {
            booking.setDay(clock.today());
        }
        reload();
    }

    private void reload() {
        try {
            listed = appointments.between(actor(), pointId, from, from.plusDays(DAYS_SHOWN - 1));
        } catch (RefusedAction refused) {
            listed = List.of();
            Messages.error(refused.key());
        }
    }

    public void save() {
        try {
            booking.setCustomerId(chosen == null ? null : chosen.getId());
            if (editingId == null) {
                appointments.book(actor(), pointId, booking);
                Messages.info("appointment.booked");
            } else {
                appointments.change(actor(), editingId, editingVersion, booking);
                Messages.info("appointment.changed");
            }
            reset();
        } catch (RefusedAction refused) {
            Messages.error(refused.key());
        }
    }

    /** Loads a booked appointment into the form to move, change or cancel it; opens a known customer (audited). */
    public void edit(Appointment listedOne) {
        try {
            Appointment a = appointments.appointment(actor(), listedOne.getId());
            editingId = a.getId();
            editingVersion = a.getVersion();
            booking = new Booking(a.getStartsAt().toLocalDate(), a.getStartsAt().toLocalTime(),
                    (int) a.getDurationMinutes(), a.getTasks().stream().map(ServiceTask::getCode).toList())
                    .withNote(a.getNote()).withSpecialist(a.getSpecialistAgency() == null ? null
                            : a.getSpecialistAgency().getCode(), a.isNeedsInterpreter());
            chosen = a.getCustomer();
            hits = List.of();
        } catch (RefusedAction refused) {
            Messages.error(refused.key());
        }
    }

    public void cancelAppointment() {
        try {
            if (editingId == null) {
                throw new RefusedAction("appointment.notFound");
            }
            appointments.cancel(actor(), editingId, editingVersion, cancelReason);
            Messages.info("appointment.cancelled");
            reset();
        } catch (RefusedAction refused) {
            Messages.error(refused.key());
        }
    }

    public void reset() {
        booking = new Booking();
        booking.setDay(clock.today());
        editingId = null;
        chosen = null;
        hits = List.of();
        query = null;
        cancelReason = null;
        reload();
    }

    public void search() {
        try {
            hits = customers.search(query);
            if (hits.isEmpty()) {
                Messages.info("frontDesk.customer.noHits");
            }
        } catch (RefusedAction refused) {
            hits = List.of();
            Messages.error(refused.key());
        }
    }

    public void choose(Customer customer) {
        try {
            chosen = customers.open(customer.getId());
            hits = List.of();
            query = null;
        } catch (RefusedAction refused) {
            Messages.error(refused.key());
        }
    }

    public void forgetCustomer() {
        chosen = null;
    }

    public String taskNames(Appointment a) {
        return a.getTasks().stream().map(t -> catalogueText(t)).collect(Collectors.joining(", "));
    }

    private String catalogueText(ServiceTask t) {
        return t.getName().in(jakarta.faces.context.FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    public List<ServiceTask> getTasks() {
        return catalogue.tasks().stream().filter(ServiceTask::isActive).toList();
    }

    public List<Agency> getAgencies() {
        return catalogue.agencies();
    }

    public List<Integer> getLengths() {
        return LENGTHS;
    }

    public LocalDate getPreviousWeek() {
        return from.minusDays(DAYS_SHOWN);
    }

    public LocalDate getNextWeek() {
        return from.plusDays(DAYS_SHOWN);
    }

    private StaffUser actor() {
        return staff.user().orElseThrow(() -> new RefusedAction("frontDesk.noPoints"));
    }

    public boolean isEditing() {
        return editingId != null;
    }

    public List<Appointment> getListed() {
        return listed;
    }

    public Booking getBooking() {
        return booking;
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

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public List<Customer> getHits() {
        return hits;
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

    public ServicePoint getPoint() {
        return staff.getServicePoints().stream().filter(p -> p.getId().equals(pointId)).findFirst().orElse(null);
    }
}
