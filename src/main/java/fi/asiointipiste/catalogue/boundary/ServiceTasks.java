package fi.asiointipiste.catalogue.boundary;

import fi.asiointipiste.audit.boundary.AuditLog;
import fi.asiointipiste.catalogue.entity.Agency;
import fi.asiointipiste.catalogue.entity.ServiceDescription;
import fi.asiointipiste.catalogue.entity.ServiceTask;
import fi.asiointipiste.platform.i18n.LocalizedText;
import fi.asiointipiste.platform.i18n.RefusedAction;
import fi.asiointipiste.routing.entity.SupportLevel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Pilot coordinators keep the service catalogue: revise an errand's name, agency, online service and its service
 * description per support level (outcome, tools, people, support and notes) in Finnish, Swedish and English, add
 * errands, and take errands out of the front desk's use. Everything entered is checked whole before anything is
 * stored, a save from a stale page is refused as a conflict, and every change is audited.
 */
@ApplicationScoped
@Transactional
public class ServiceTasks {

    private static final Pattern CODE = Pattern.compile("[A-Z0-9_]{1,60}");
    private static final int NAME_MAX = 200;
    private static final int TEXT_MAX = 2000;
    private static final int URL_MAX = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    /** Every errand, also those out of use. */
    public List<ServiceTask> all() {
        return em.createNamedQuery("ServiceTask.all", ServiceTask.class).getResultList();
    }

    public Optional<ServiceTask> byId(Long id) {
        return Optional.ofNullable(id == null ? null : em.find(ServiceTask.class, id));
    }

    public Optional<ServiceTask> byCode(String code) {
        return em.createNamedQuery("ServiceTask.byCode", ServiceTask.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst();
    }

    public ServiceTask create(ServiceTaskDraft draft) {
        String code = draft.code() == null ? "" : draft.code().strip();
        if (!CODE.matcher(code).matches()) {
            throw new ServiceTaskRejected("catalogue.error.code");
        }
        Agency agency = check(draft);
        if (byCode(code).isPresent()) {
            throw new RefusedAction("catalogue.error.codeTaken");
        }
        ServiceTask task = new ServiceTask(code, agency, draft.name(), url(draft.onlineServiceUrl()));
        task.revise(agency, draft.name(), url(draft.onlineServiceUrl()), draft.active());
        em.persist(task);
        describe(task, draft);
        em.flush();
        audit.record("SERVICE_TASK_CREATED", "ServiceTask", code, null, summary(task));
        return task;
    }

    public ServiceTask update(long id, long expectedVersion, ServiceTaskDraft draft) {
        ServiceTask task = byId(id).orElseThrow(() -> new RefusedAction("catalogue.error.notFound"));
        if (task.getVersion() != expectedVersion) {
            throw new OptimisticLockException("errand " + task.getCode() + " was changed by someone else");
        }
        Agency agency = check(draft);
        String before = summary(task);
        task.revise(agency, draft.name(), url(draft.onlineServiceUrl()), draft.active());
        describe(task, draft);
        // The descriptions are rows of their own: the errand's version goes up even when only they changed.
        em.lock(task, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        audit.record("SERVICE_TASK_CHANGED", "ServiceTask", task.getCode(), before, summary(task));
        return task;
    }

    private void describe(ServiceTask task, ServiceTaskDraft draft) {
        for (SupportLevel level : SupportLevel.values()) {
            ServiceTaskDraft.Description d = draft.descriptions().get(level);
            ServiceDescription created = task.describe(level, d.outcome(), d.tools(), d.people(), d.supportNotes());
            if (created != null) {
                em.persist(created);
            }
        }
    }

    /** Every text in all three languages within the columns' lengths, a known agency and a web address. */
    private Agency check(ServiceTaskDraft draft) {
        if (!complete(draft.name(), NAME_MAX)) {
            throw new ServiceTaskRejected("catalogue.error.name");
        }
        for (SupportLevel level : SupportLevel.values()) {
            ServiceTaskDraft.Description d =
                    draft.descriptions() == null ? null : draft.descriptions().get(level);
            if (d == null
                    || !complete(d.outcome(), TEXT_MAX)
                    || !complete(d.tools(), TEXT_MAX)
                    || !complete(d.people(), TEXT_MAX)
                    || !complete(d.supportNotes(), TEXT_MAX)) {
                throw new ServiceTaskRejected("catalogue.error.description");
            }
        }
        String url = url(draft.onlineServiceUrl());
        if (url != null && !webAddress(url)) {
            throw new ServiceTaskRejected("catalogue.error.url");
        }
        return em.createNamedQuery("Agency.byCode", Agency.class)
                .setParameter("code", draft.agencyCode())
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new ServiceTaskRejected("catalogue.error.agency"));
    }

    static boolean webAddress(String url) {
        if (url.length() > URL_MAX) {
            return false;
        }
        try {
            URI uri = new URI(url);
            return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    private static String url(String url) {
        return url == null || url.isBlank() ? null : url.strip();
    }

    static boolean complete(LocalizedText text, int max) {
        return text != null
                && List.of(nz(text.getFi()), nz(text.getSv()), nz(text.getEn())).stream()
                        .allMatch(t -> !t.isBlank() && t.length() <= max);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String summary(ServiceTask t) {
        StringBuilder s = new StringBuilder(t.getName().getFi())
                .append(" / ")
                .append(t.getAgency().getCode())
                .append(" / active=")
                .append(t.isActive());
        for (SupportLevel level : SupportLevel.values()) {
            ServiceDescription d = t.descriptionFor(level);
            if (d != null) {
                s.append(" / ").append(level).append(": ").append(d.getOutcome().getFi());
            }
        }
        String text = s.toString();
        return text.length() > 3900 ? text.substring(0, 3900) : text;
    }
}
