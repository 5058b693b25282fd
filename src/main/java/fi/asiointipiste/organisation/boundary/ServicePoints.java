package fi.asiointipiste.organisation.boundary;

import fi.asiointipiste.audit.boundary.AuditLog;
import fi.asiointipiste.organisation.entity.AccountRefused;
import fi.asiointipiste.organisation.entity.ServicePoint;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The service points of the region. */
@ApplicationScoped
@Transactional
public class ServicePoints {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    public List<ServicePoint> all() {
        return em.createNamedQuery("ServicePoint.all", ServicePoint.class).getResultList();
    }

    /** The points with these ids, by name; an unknown id is left out. */
    public List<ServicePoint> byIds(Collection<Long> ids) {
        if (ids == null || ids.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery("ServicePoint.byIds", ServicePoint.class)
                .setParameter("ids", ids)
                .getResultList();
    }

    public Optional<ServicePoint> byId(Long id) {
        return Optional.ofNullable(id == null ? null : em.find(ServicePoint.class, id));
    }

    public ServicePoint create(String code, String name, String municipality) {
        return create(code, name, municipality, 1);
    }

    public ServicePoint create(String code, String name, String municipality, int desks) {
        checkDesks(desks);
        if (!em.createNamedQuery("ServicePoint.byCode", ServicePoint.class)
                .setParameter("code", code)
                .getResultList()
                .isEmpty()) {
            throw new AccountRefused("admin.point.codeTaken", "service point code " + code + " is taken");
        }
        ServicePoint point = new ServicePoint(code, name, municipality);
        point.setDesks(desks);
        em.persist(point);
        audit.record("SERVICE_POINT_CREATED", "ServicePoint", code, null, name + " / desks=" + desks);
        return point;
    }

    public ServicePoint update(
            Long id, long expectedVersion, String name, String municipality, boolean active, int desks) {
        checkDesks(desks);
        ServicePoint point = byId(id).orElseThrow(() -> new AccountRefused("admin.point.notFound", "no point " + id));
        if (point.getVersion() != expectedVersion) {
            throw new OptimisticLockException("service point " + point.getCode() + " was changed by someone else");
        }
        String before = point.getName() + " / " + point.getMunicipality() + " / active=" + point.isActive()
                + " / desks=" + point.getDesks();
        point.update(name, municipality, active, desks);
        audit.record(
                "SERVICE_POINT_CHANGED",
                "ServicePoint",
                point.getCode(),
                before,
                name + " / " + municipality + " / active=" + active + " / desks=" + desks);
        return point;
    }

    private static void checkDesks(int desks) {
        if (desks < 1 || desks > ServicePoint.MAX_DESKS) {
            throw new AccountRefused("admin.point.desksInvalid", "desks must be 1-" + ServicePoint.MAX_DESKS);
        }
    }
}
