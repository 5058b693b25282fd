package fi.asiointipiste.visits.boundary;

import fi.asiointipiste.catalogue.entity.ServiceTask;
import fi.asiointipiste.visits.entity.Appointment;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * What a clerk enters to book or move an appointment: day, start, length, planned errands (catalogue codes),
 * optionally a known customer or a short non-identifying note, and whether a specialist or interpreter is
 * needed. A mutable form model; {@link Appointments} validates it.
 */
public class Booking implements Serializable {

    private LocalDate day;
    private LocalTime start;
    private Integer minutes = 30;
    private List<String> taskCodes = new ArrayList<>();
    private Long customerId;
    private String note;
    private String agencyCode;
    private boolean interpreter;

    public Booking() {}

    public Booking(LocalDate day, LocalTime start, Integer minutes, List<String> taskCodes) {
        this.day = day;
        this.start = start;
        this.minutes = minutes;
        this.taskCodes = new ArrayList<>(taskCodes);
    }

    /** The form for changing a booked appointment, filled in as it is booked. */
    public static Booking of(Appointment a) {
        return new Booking(
                        a.getStartsAt().toLocalDate(),
                        a.getStartsAt().toLocalTime(),
                        (int) a.getDurationMinutes(),
                        a.getTasks().stream().map(ServiceTask::getCode).toList())
                .withNote(a.getNote())
                .withSpecialist(
                        a.getSpecialistAgency() == null
                                ? null
                                : a.getSpecialistAgency().getCode(),
                        a.isNeedsInterpreter());
    }

    public Booking withCustomer(Long id) {
        this.customerId = id;
        return this;
    }

    public Booking withNote(String text) {
        this.note = text;
        return this;
    }

    public Booking withSpecialist(String agency, boolean needsInterpreter) {
        this.agencyCode = agency;
        this.interpreter = needsInterpreter;
        return this;
    }

    public LocalDate getDay() {
        return day;
    }

    public void setDay(LocalDate day) {
        this.day = day;
    }

    public LocalTime getStart() {
        return start;
    }

    public void setStart(LocalTime start) {
        this.start = start;
    }

    public Integer getMinutes() {
        return minutes;
    }

    public void setMinutes(Integer minutes) {
        this.minutes = minutes;
    }

    public List<String> getTaskCodes() {
        return taskCodes;
    }

    public void setTaskCodes(List<String> taskCodes) {
        this.taskCodes = taskCodes == null ? new ArrayList<>() : new ArrayList<>(taskCodes);
    }

    public Long getCustomerId() {
        return customerId;
    }

    public void setCustomerId(Long customerId) {
        this.customerId = customerId;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getAgencyCode() {
        return agencyCode;
    }

    public void setAgencyCode(String agencyCode) {
        this.agencyCode = agencyCode;
    }

    public boolean isInterpreter() {
        return interpreter;
    }

    public void setInterpreter(boolean interpreter) {
        this.interpreter = interpreter;
    }
}
