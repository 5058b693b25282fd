package fi.asiointipiste.demo;

import fi.asiointipiste.catalogue.entity.Agency;
import fi.asiointipiste.organisation.boundary.StaffUsers;
import fi.asiointipiste.organisation.entity.Role;
import fi.asiointipiste.organisation.entity.ServicePoint;
import fi.asiointipiste.organisation.entity.StaffUser;
import fi.asiointipiste.platform.security.PasswordHashing;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.EnumSet;
import java.util.List;
import java.util.logging.Logger;

/** The demo's service points in the Nilakka region and its staff: one user per role plus two specialists. */
@ApplicationScoped
@Transactional
public class DemoOrganisation {

    /** The demo users' shared password (demo mode only; README lists the users). */
    public static final String PASSWORD = "asiointipiste";

    private static final Logger LOG = Logger.getLogger(DemoOrganisation.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    StaffUsers staffUsers;

    @Inject
    PasswordHashing passwords;

    public void createOnFirstStart() {
        if (!staffUsers.all().isEmpty()) {
            return;
        }
        ServicePoint pielavesi = point("PIELAVESI", "Pielaveden yhteinen asiointipiste", "Pielavesi", 2);
        ServicePoint keitele = point("KEITELE", "Keiteleen yhteinen asiointipiste", "Keitele", 2);
        ServicePoint tervo = point("TERVO", "Tervon yhteinen asiointipiste", "Tervo", 1);
        ServicePoint vesanto = point("VESANTO", "Vesannon yhteinen asiointipiste", "Vesanto", 1);
        List<ServicePoint> all = List.of(pielavesi, keitele, tervo, vesanto);
        // One hash for all demo users: they share a published password, and each PBKDF2 hash costs a fifth
        // of a CPU second on the way to the sign-in page.
        String hash = passwords.hash(PASSWORD);
        user(hash, "clerk", "Anna Neuvoja", EnumSet.of(Role.CLERK), null, List.of(pielavesi, keitele));
        user(hash, "clerk2", "Mikko Palvelija", EnumSet.of(Role.CLERK), null, List.of(tervo, vesanto));
        user(hash, "kela", "Kaisa Kela-asiantuntija", EnumSet.of(Role.CLERK), agency("KELA"), all);
        user(hash, "te.palvelut", "Teemu TE-asiantuntija", EnumSet.of(Role.CLERK), agency("TE_SERVICES"), all);
        user(hash, "supervisor", "Sari Esihenkilö", EnumSet.of(Role.SUPERVISOR), null, all);
        user(hash, "supervisor.tervo", "Tuomas Tervolainen", EnumSet.of(Role.SUPERVISOR), null, List.of(tervo));
        user(hash, "coordinator", "Pekka Pilottikoordinaattori", EnumSet.of(Role.COORDINATOR), null, all);
        user(hash, "admin", "Aino Pääkäyttäjä", EnumSet.of(Role.ADMIN), null, all);
        LOG.info("Created the demo service points and one demo user per role");
    }

    private ServicePoint point(String code, String name, String municipality, int desks) {
        ServicePoint point = new ServicePoint(code, name, municipality);
        point.setDesks(desks);
        em.persist(point);
        return point;
    }

    private Agency agency(String code) {
        return em.createNamedQuery("Agency.byCode", Agency.class)
                .setParameter("code", code)
                .getSingleResult();
    }

    private void user(
            String hash, String username, String name, EnumSet<Role> roles, Agency agency, List<ServicePoint> points) {
        StaffUser user = new StaffUser(username, name, hash, roles);
        points.forEach(user::worksAt);
        if (agency != null) {
            user.representAgency(agency);
        }
        staffUsers.persistPrepared(user);
    }
}
