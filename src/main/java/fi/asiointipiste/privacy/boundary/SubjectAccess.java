package fi.asiointipiste.privacy.boundary;

import fi.asiointipiste.audit.boundary.AuditLog;
import fi.asiointipiste.audit.entity.AuditEvent;
import fi.asiointipiste.catalogue.entity.ServiceTask;
import fi.asiointipiste.customers.boundary.Customers;
import fi.asiointipiste.customers.entity.Customer;
import fi.asiointipiste.customers.entity.PersonalIdentityCode;
import fi.asiointipiste.platform.i18n.RefusedAction;
import fi.asiointipiste.platform.text.SpreadsheetCells;
import fi.asiointipiste.visits.boundary.Visits;
import fi.asiointipiste.visits.entity.Appointment;
import fi.asiointipiste.visits.entity.Visit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The subject-access report (GDPR art. 15) for the administrators: what is stored about a person — the customer
 * record, every visit at every service point with its errands and notes, every appointment (time, point, errands,
 * status, note and cancel reason) — and who read their data when (the audit
 * trail's events about them). Producing the report is itself a read of the person's data and is audited
 * ({@value #REPORTED}). The export carries the identity code masked (birth date only), like every export.
 */
@ApplicationScoped
@Transactional
public class SubjectAccess {

    public static final String REPORTED = "SUBJECT_ACCESS_REPORT";
    private static final int MAX_EVENTS = 10_000;

    @Inject
    Customers customers;

    @Inject
    Visits visits;

    @Inject
    AuditLog audit;

    /** What is held about one person and who read it. */
    public record Report(
            Customer customer,
            LocalDate birthDate,
            List<Visit> visits,
            List<Appointment> appointments,
            List<AuditEvent> reads) {}

    /** By identity code (validated) or by the customer's number; a person not found is refused. */
    public Report report(String codeOrNumber) {
        String q = codeOrNumber == null ? "" : codeOrNumber.strip();
        Customer customer;
        if (q.matches("\\d{1,18}")) {
            customer =
                    customers.find(Long.parseLong(q)).orElseThrow(() -> new RefusedAction("privacy.subject.notFound"));
        } else if (Customers.looksLikeCode(q)) {
            customer = customers.withCode(q).orElseThrow(() -> new RefusedAction("privacy.subject.notFound"));
        } else {
            throw new RefusedAction("privacy.subject.queryInvalid");
        }
        long id = customer.getId();
        // The report's own read comes first in the trail, so the report lists every read before it.
        List<AuditEvent> reads = audit.about(Customers.ENTITY, id, MAX_EVENTS);
        customers.shown(id, REPORTED, "subject-access report");
        LocalDate birth =
                customer.identityCode().map(PersonalIdentityCode::birthDate).orElse(null);
        return new Report(customer, birth, visits.allVisitsOf(id), visits.allAppointmentsOf(id), reads);
    }

    /** The report as CSV (UTF-8 with BOM, semicolons, every cell quoted and neutralised against formulas). */
    public static byte[] csv(Report r, Function<String, String> t) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(t.apply("privacy.subject.title")));
        rows.add(List.of());
        rows.add(List.of(t.apply("privacy.subject.customer")));
        Customer c = r.customer();
        rows.add(List.of(t.apply("privacy.subject.number"), String.valueOf(c.getId())));
        rows.add(List.of(t.apply("frontDesk.customer.name"), nullToEmpty(c.getFullName())));
        rows.add(List.of(t.apply("frontDesk.customer.code"), c.getMaskedIdentityCode()));
        rows.add(List.of(
                t.apply("privacy.subject.birthDate"),
                r.birthDate() == null ? "" : r.birthDate().toString()));
        rows.add(List.of(t.apply("privacy.subject.language"), nullToEmpty(c.getPreferredLanguage())));
        rows.add(List.of(t.apply("privacy.subject.consent"), nullToEmpty(c.getConsentNotes())));
        rows.add(List.of(t.apply("privacy.subject.created"), String.valueOf(c.getCreatedAt())));
        rows.add(List.of(
                t.apply("privacy.subject.anonymised"),
                c.getAnonymisedAt() == null ? "" : c.getAnonymisedAt().toString()));
        rows.add(List.of());
        rows.add(List.of(t.apply("privacy.subject.visits")));
        rows.add(List.of(
                t.apply("privacy.subject.arrived"),
                t.apply("privacy.subject.point"),
                t.apply("privacy.subject.channel"),
                t.apply("privacy.subject.status"),
                t.apply("privacy.subject.errands"),
                t.apply("frontDesk.close.notes")));
        for (Visit v : r.visits()) {
            rows.add(List.of(
                    String.valueOf(v.getArrivedAt()),
                    v.getServicePoint().getName(),
                    v.getChannel().name(),
                    v.getStatus().name(),
                    v.getTasks().stream().map(task -> task.getTask().getCode()).collect(Collectors.joining(", ")),
                    nullToEmpty(v.getNotes())));
        }
        rows.add(List.of());
        rows.add(List.of(t.apply("privacy.subject.appointments")));
        rows.add(List.of(
                t.apply("privacy.subject.appointmentTime"),
                t.apply("privacy.subject.point"),
                t.apply("privacy.subject.errands"),
                t.apply("privacy.subject.status"),
                t.apply("privacy.subject.appointmentNote"),
                t.apply("privacy.subject.cancelReason")));
        for (Appointment a : r.appointments()) {
            rows.add(List.of(
                    a.getStartsAt() + "–" + a.getEndsAt().toLocalTime(),
                    a.getServicePoint().getName(),
                    a.getTasks().stream().map(ServiceTask::getCode).collect(Collectors.joining(", ")),
                    a.getStatus().name(),
                    nullToEmpty(a.getNote()),
                    nullToEmpty(a.getCancelReason())));
        }
        rows.add(List.of());
        rows.add(List.of(t.apply("privacy.subject.reads")));
        rows.add(List.of(
                t.apply("admin.audit.when"),
                t.apply("admin.audit.who"),
                t.apply("admin.audit.what"),
                t.apply("audit.search.where")));
        for (AuditEvent e : r.reads()) {
            rows.add(List.of(
                    String.valueOf(e.getOccurredAt()), e.getActor(), e.getAction(), nullToEmpty(e.getAfterState())));
        }
        String text = rows.stream()
                .map(row -> row.stream().map(SpreadsheetCells::csvField).collect(Collectors.joining(";")))
                .collect(Collectors.joining("\r\n", "\uFEFF", "\r\n"));
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
