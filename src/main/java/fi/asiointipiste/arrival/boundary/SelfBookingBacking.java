package fi.asiointipiste.arrival.boundary;

import fi.asiointipiste.arrival.boundary.SelfBooking.Plan;
import fi.asiointipiste.catalogue.entity.ServiceTask;
import fi.asiointipiste.organisation.entity.ServicePoint;
import fi.asiointipiste.platform.i18n.LocaleSelection;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The public booking page (booking/index.xhtml, no sign-in), step 1: choose a point, errands and language, and see how
 * long the time will be. The free times and the booking are {@link BookingTimesBacking}'s; finding a time again by
 * its code is {@link BookingCodeBacking}'s. Every action goes through {@link SelfBooking}, which rate-limits by the
 * client's address.
 */
@Named
@ViewScoped
public class SelfBookingBacking implements Serializable {

    @Inject
    SelfBooking selfBooking;

    @Inject
    LocaleSelection localeSelection;

    @Inject
    BookingTimesBacking times;

    private Long pointId;
    private List<String> taskCodes = new ArrayList<>();
    private String language;
    private boolean interpreter;
    private String note;
    private Plan plan;

    @PostConstruct
    void init() {
        language = localeSelection.getLanguage();
    }

    /** Step 1 done: the errands are routed at the door and the length of the time is known; the first day opens. */
    public void showTimes() {
        plan = selfBooking.plan(pointId == null ? -1 : pointId, taskCodes, language, interpreter);
        times.opened();
    }

    /** Changing the errands or point means the length may change: back to step 1. */
    public void change() {
        plan = null;
        times.opened();
    }

    /** Another booking from the start. */
    public void again() {
        change();
        times.forgetBooked();
        taskCodes = new ArrayList<>();
        note = null;
    }

    public List<ServicePoint> getPoints() {
        return selfBooking.points();
    }

    public List<ServiceTask> getErrands() {
        return selfBooking.errands();
    }

    public String name(ServiceTask task) {
        return task.getName().in(localeSelection.getLocale());
    }

    SelfBooking.Request request(LocalDateTime start) {
        return new SelfBooking.Request(pointId, taskCodes, language, interpreter, start, note);
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
}
