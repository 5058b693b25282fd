package fi.asiointipiste.catalogue.boundary;

import fi.asiointipiste.audit.boundary.AuditLog;
import fi.asiointipiste.catalogue.entity.CustomerProfile;
import fi.asiointipiste.catalogue.entity.EmpathyAspect;
import fi.asiointipiste.platform.i18n.LocalizedText;
import fi.asiointipiste.platform.i18n.RefusedAction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Pilot coordinators keep the workshop's customer profiles: revise their texts in three languages, add a profile
 * or take one out of the front desk's choices. Every change is audited and checked whole before anything is
 * stored, so a refused save changes nothing.
 */
@ApplicationScoped
@Transactional
public class Profiles {

    private static final Pattern CODE = Pattern.compile("[A-Z0-9_]{1,40}");
    private static final int NAME_MAX = 200;
    private static final int TEXT_MAX = 2000;

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    public List<CustomerProfile> all() {
        return em.createNamedQuery("CustomerProfile.all", CustomerProfile.class).getResultList();
    }

    public Optional<CustomerProfile> byId(Long id) {
        return Optional.ofNullable(id == null ? null : em.find(CustomerProfile.class, id));
    }

    public CustomerProfile create(ProfileDraft draft) {
        String code = draft.code() == null ? "" : draft.code().strip();
        if (!CODE.matcher(code).matches()) {
            throw new RefusedAction("profiles.error.code");
        }
        check(draft);
        if (!em.createNamedQuery("CustomerProfile.byCode", CustomerProfile.class)
                .setParameter("code", code)
                .getResultList()
                .isEmpty()) {
            throw new RefusedAction("profiles.error.codeTaken");
        }
        CustomerProfile profile = new CustomerProfile(code, draft.personaName().strip(), draft.name(), draft.summary());
        profile.revise(draft.personaName().strip(), draft.name(), draft.summary(), draft.active());
        draft.empathy().forEach(profile::describe);
        em.persist(profile);
        em.flush();
        audit.record("PROFILE_CREATED", "CustomerProfile", code, null, describe(profile));
        return profile;
    }

    public CustomerProfile update(long id, long expectedVersion, ProfileDraft draft) {
        CustomerProfile profile = byId(id).orElseThrow(() -> new RefusedAction("profiles.error.notFound"));
        if (profile.getVersion() != expectedVersion) {
            throw new OptimisticLockException("profile " + profile.getCode() + " was changed by someone else");
        }
        check(draft);
        if (profile.isActive() && !draft.active() && activeCount() == 1) {
            throw new RefusedAction("profiles.error.lastActive");
        }
        String before = describe(profile);
        profile.revise(draft.personaName().strip(), draft.name(), draft.summary(), draft.active());
        draft.empathy().forEach(profile::describe);
        // The empathy map is a collection of its own: the version goes up even when only it changed.
        em.lock(profile, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        audit.record("PROFILE_CHANGED", "CustomerProfile", profile.getCode(), before, describe(profile));
        return profile;
    }

    private long activeCount() {
        return em.createNamedQuery("CustomerProfile.active", CustomerProfile.class)
                .getResultList()
                .size();
    }

    /** Every text in all three languages, within the columns' lengths; the whole empathy map. */
    private static void check(ProfileDraft draft) {
        if (blank(draft.personaName()) || draft.personaName().strip().length() > 100) {
            throw new RefusedAction("profiles.error.persona");
        }
        if (!complete(draft.name(), NAME_MAX) || !complete(draft.summary(), TEXT_MAX)) {
            throw new RefusedAction("profiles.error.texts");
        }
        for (EmpathyAspect aspect : EmpathyAspect.values()) {
            if (!complete(draft.empathy().get(aspect), TEXT_MAX)) {
                throw new RefusedAction("profiles.error.texts");
            }
        }
    }

    private static boolean complete(LocalizedText text, int max) {
        return text != null
                && List.of(nz(text.getFi()), nz(text.getSv()), nz(text.getEn())).stream()
                        .allMatch(t -> !t.isBlank() && t.length() <= max);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String describe(CustomerProfile p) {
        return p.getPersonaName() + " / " + p.getName().getFi() + " / active=" + p.isActive();
    }
}
