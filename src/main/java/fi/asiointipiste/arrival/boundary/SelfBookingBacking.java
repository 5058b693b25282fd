package fi.asiointipiste.arrival.boundary;

import fi.asiointipiste.arrival.boundary.SelfBooking.Plan;
import fi.asiointipiste.catalogue.entity.ServiceTask;
import fi.asiointipiste.organisation.entity.ServicePoint;
import fi.asiointipiste.platform.i18n.LocaleSelection;
import fi.asiointipiste.platform.i18n.Messages;
import fi.asiointipiste.visits.entity.Appointment;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The public booking page (booking/index.xhtml, no sign-in): choose a point, errands and language, see how long the
 * time will be and the free times of a day, book one and get the short code; with the code, find the time again to
 * cancel or move it. Every action goes through {@link SelfBooking}, which rate-limits by the client's address.
 */
@Named
@ViewScoped
public class SelfBookingBacking implements Serializable {

    @Inject
    SelfBooking selfBooking;

    @Inject
    LocaleSelection localeSelection;

    private Long pointId;
    private List<String> taskCodes = new ArrayList<>();
    private String language;
    private boolean interpreter;
    private String note;
    private Plan plan;
    private LocalDate day;
    private String start;
    private Long bookedId;
    private String bookedCode;
    private LocalDateTime bookedStart;
    private String bookedPoint;

    private String code;
    private String foundCode;
    private LocalDateTime foundStart;
    private long foundMinutes;
    private String foundPoint;
    private long foundPointId;
    private List<String> foundTasks = List.of();
    private LocalDate moveDay;
    private String moveStart;

    @PostConstruct
    void init() {
        language = localeSelection.getLanguage();
    }

    /** Step 1 done: the errands are routed at the door and the length of the time is known; the first day opens. */
    public void showTimes() {
        plan = selfBooking.plan(pointId == null ? -1 : pointId, taskCodes, language, interpreter);
        if (day == null) {
            day = selfBooking.days().get(0);
        }
        start = null;
    }

    /** Changing the errands or point means the length may change: back to step 1. */
    public void change() {
        plan = null;
        start = null;
    }

    public void book() {
        if (start == null || start.isBlank()) {
            Messages.error("selfBooking.timeRequired");
            return;
        }
        Appointment a = selfBooking.book(
                address(),
                new SelfBooking.Request(pointId, taskCodes, language, interpreter, LocalDateTime.parse(start), note));
        bookedId = a.getId();
        bookedCode = a.getCode();
        bookedStart = a.getStartsAt();
        bookedPoint = a.getServicePoint().getName();
        Messages.info("selfBooking.booked");
    }

    /** Another booking from the start. */
    public void again() {
        plan = null;
        start = null;
        bookedId = null;
        bookedCode = null;
        taskCodes = new ArrayList<>();
        note = null;
    }

    public void find() {
        Appointment a = selfBooking.find(address(), code);
        show(a);
        moveDay = a.getStartsAt().toLocalDate();
        moveStart = null;
    }

    public void cancelFound() {
        selfBooking.cancel(address(), foundCode);
        forgetFound();
        Messages.info("selfBooking.cancelled");
    }

    public void moveFound() {
        if (moveStart == null || moveStart.isBlank()) {
            Messages.error("selfBooking.timeRequired");
            return;
        }
        show(selfBooking.move(address(), foundCode, LocalDateTime.parse(moveStart)));
        moveStart = null;
        Messages.info("selfBooking.moved");
    }

    private void show(Appointment a) {
        foundCode = a.getCode();
        foundStart = a.getStartsAt();
        foundMinutes = a.getDurationMinutes();
        foundPoint = a.getServicePoint().getName();
        foundPointId = a.getServicePoint().getId();
        Locale locale = getLocale();
        foundTasks = a.getTasks().stream().map(t -> t.getName().in(locale)).toList();
    }

    private void forgetFound() {
        foundCode = null;
        foundStart = null;
        foundTasks = List.of();
        code = null;
    }

    private static String address() {
        Object request = FacesContext.getCurrentInstance().getExternalContext().getRequest();
        return ((HttpServletRequest) request).getRemoteAddr();
    }

    private Locale getLocale() {
        return localeSelection.getLocale();
    }

    public List<ServicePoint> getPoints() {
        return selfBooking.points();
    }

    public List<ServiceTask> getErrands() {
        return selfBooking.errands();
    }

    public String name(ServiceTask task) {
        return task.getName().in(getLocale());
    }

    public List<LocalDate> getDays() {
        return selfBooking.days();
    }

    /** A day as the day list shows it, e.g. "maanantai 7.12.2026". */
    public String dayLabel(LocalDate d) {
        return DateTimeFormatter.ofPattern(Messages.text(getLocale(), "selfBooking.dayFormat"), getLocale())
                .format(d);
    }

    /** The free starts of the chosen day for the planned time (ISO values, shown by the page as times). */
    public List<LocalDateTime> getFreeTimes() {
        return plan == null || day == null || pointId == null
                ? List.of()
                : selfBooking.freeTimes(pointId, day, plan.minutes());
    }

    public List<LocalDateTime> getMoveTimes() {
        return foundCode == null || moveDay == null
                ? List.of()
                : selfBooking.freeTimes(foundPointId, moveDay, (int) foundMinutes);
    }

    public String iso(Object t) {
        return t.toString();
    }

    public Long getPointId() {
        return pointId;
    }

    public void setPointId(Long pointId) {
        this.pointId = pointId;
    }

    public List<String> getTaskCodes() {
        return taskCodes;
    }

    public void setTaskCodes(List<String> taskCodes) {
        this.taskCodes = taskCodes == null ? new ArrayList<>() : new ArrayList<>(taskCodes);
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public boolean isInterpreter() {
        return interpreter;
    }

    public void setInterpreter(boolean interpreter) {
        this.interpreter = interpreter;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public Plan getPlan() {
        return plan;
    }

    /** The chosen day as an ISO date (the day list's values). */
    public String getDay() {
        return day == null ? null : day.toString();
    }

    public void setDay(String iso) {
        this.day = iso == null || iso.isBlank() ? null : LocalDate.parse(iso);
    }

    public String getStart() {
        return start;
    }

    public void setStart(String start) {
        this.start = start;
    }

    public boolean isBooked() {
        return bookedId != null;
    }

    public String getBookedCode() {
        return bookedCode;
    }

    public LocalDateTime getBookedStart() {
        return bookedStart;
    }

    public String getBookedPoint() {
        return bookedPoint;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public boolean isFound() {
        return foundCode != null;
    }

    public String getFoundCode() {
        return foundCode;
    }

    public LocalDateTime getFoundStart() {
        return foundStart;
    }

    public long getFoundMinutes() {
        return foundMinutes;
    }

    public String getFoundPoint() {
        return foundPoint;
    }

    public List<String> getFoundTasks() {
        return foundTasks;
    }

    public String getMoveDay() {
        return moveDay == null ? null : moveDay.toString();
    }

    public void setMoveDay(String iso) {
        this.moveDay = iso == null || iso.isBlank() ? null : LocalDate.parse(iso);
    }

    public String getMoveStart() {
        return moveStart;
    }

    public void setMoveStart(String moveStart) {
        this.moveStart = moveStart;
    }
}
