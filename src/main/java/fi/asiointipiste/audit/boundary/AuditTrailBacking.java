package fi.asiointipiste.audit.boundary;

import fi.asiointipiste.audit.control.AuditQueries;
import fi.asiointipiste.audit.entity.AuditEvent;
import fi.asiointipiste.platform.i18n.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * admin/audit.xhtml: the administrator's search of the audit trail by person (a customer's number), staff user, action
 * and period, and the chain check that names the first broken link. The person can come from the subject-access report
 * as a page parameter (the customer's number, never an identity code).
 */
@Named
@ViewScoped
public class AuditTrailBacking implements Serializable {

    /** The most events one search shows. */
    public static final int MAX_ROWS = 500;

    @Inject
    AuditLog audit;

    private Long person;
    private String actor;
    private String action;
    private LocalDate from;
    private LocalDate until;
    private List<AuditEvent> events;
    private AuditLog.ChainReport chain;

    /** f:viewAction: with a person given in the address, their events at once. */
    public void load() {
        if (person != null) {
            search();
        }
    }

    public void search() {
        if (from != null && until != null && until.isBefore(from)) {
            Messages.error("audit.search.periodInvalid");
            return;
        }
        events = audit.search(
                new AuditQueries.Criteria(
                        person == null ? null : "Customer",
                        person == null ? null : person.toString(),
                        blankToNull(actor),
                        blankToNull(action),
                        from == null ? null : from.atStartOfDay(),
                        until == null ? null : until.plusDays(1).atStartOfDay()),
                MAX_ROWS);
        if (events.size() == MAX_ROWS) {
            Messages.info("audit.search.capped", MAX_ROWS);
        }
    }

    public void check() {
        chain = audit.verifyChain();
        if (chain.intact()) {
            Messages.info("audit.chain.intact", chain.checked(), chain.unchained());
        } else {
            Messages.error(
                    "audit.chain.broken",
                    chain.firstBreak().seq(),
                    chain.firstBreak().eventId() == null
                            ? "–"
                            : chain.firstBreak().eventId(),
                    Messages.KEY_ARGUMENT + "audit.chain.problem."
                            + chain.firstBreak().problem(),
                    chain.checked());
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public List<String> getActions() {
        return audit.actions();
    }

    public List<AuditEvent> getEvents() {
        return events;
    }

    public AuditLog.ChainReport getChain() {
        return chain;
    }

    public Long getPerson() {
        return person;
    }

    public void setPerson(Long person) {
        this.person = person;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getUntil() {
        return until;
    }

    public void setUntil(LocalDate until) {
        this.until = until;
    }
}
