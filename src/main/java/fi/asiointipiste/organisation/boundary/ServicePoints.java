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

    public Optional<ServicePoint> byId(Long id) {
        return Optional.ofNullable(id == null ? null : em.find(ServicePoint.class, id));
    }

    public ServicePoint create(String code, String name, String municipality) {
        if (!em.createNamedQuery("ServicePoint.byCode", ServicePoint.class).setParameter("code", code)
                .getResultList().isEmpty()) {
            throw new AccountRefused("admin.point.codeTaken", "service point code " + code + " is taken");
        }
        ServicePoint point = new ServicePoint(code, name, municipality);
        em.persist(point);
        audit.record("SERVICE_POINT_CREATED", "ServicePoint", code, null, name);
        return point;
    }

    public ServicePoint update(Long id, long expectedVersion, String name, String municipality, boolean active) {
        ServicePoint point = byId(id).orElseThrow(() -> new AccountRefused("admin.point.notFound", "no point " + id));
        if (point.getVersion() != expectedVersion) {
            throw new OptimisticLockException("service point " + point.getCode() + " was changed by someone else");
        }
        String before = point.getName() + " / " + point.getMunicipality() + " / active=" + point.isActive();
        point.update(name, municipality, active);
        audit.record("SERVICE_POINT_CHANGED", "ServicePoint", point.getCode(), before,
                name + " / " + municipality + " / active=" + active);
        return point;
    }
}
