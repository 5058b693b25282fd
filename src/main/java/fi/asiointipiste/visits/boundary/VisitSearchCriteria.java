package fi.asiointipiste.visits.boundary;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * What a clerk or supervisor searches visits by (every part optional): one of their points (else all of theirs), a
 * day (else today, or every day when a customer is named), a ticket number of that day, an errand (catalogue code),
 * and a customer by identity code or name (audited). A mutable form model; {@link VisitSearch} validates it.
 */
public class VisitSearchCriteria implements Serializable {

    private Long pointId;
    private LocalDate day;
    private String ticket;
    private String taskCode;
    private String customer;

    public Long getPointId() {
        return pointId;
    }

    public void setPointId(Long pointId) {
        this.pointId = pointId;
    }

    public LocalDate getDay() {
        return day;
    }

    public void setDay(LocalDate day) {
        this.day = day;
    }

    public String getTicket() {
        return ticket;
    }

    public void setTicket(String ticket) {
        this.ticket = ticket;
    }

    public String getTaskCode() {
        return taskCode;
    }

    public void setTaskCode(String taskCode) {
        this.taskCode = taskCode;
    }

    public String getCustomer() {
        return customer;
    }

    public void setCustomer(String customer) {
        this.customer = customer;
    }

    public VisitSearchCriteria at(Long point, LocalDate onDay) {
        this.pointId = point;
        this.day = onDay;
        return this;
    }

    public VisitSearchCriteria withTicket(String number) {
        this.ticket = number;
        return this;
    }

    public VisitSearchCriteria withTask(String code) {
        this.taskCode = code;
        return this;
    }

    public VisitSearchCriteria withCustomer(String query) {
        this.customer = query;
        return this;
    }
}
