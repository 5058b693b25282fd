package fi.asiointipiste.demo;

import fi.asiointipiste.catalogue.entity.Agency;
import fi.asiointipiste.catalogue.entity.ServiceTask;
import fi.asiointipiste.customers.entity.Customer;
import fi.asiointipiste.organisation.entity.ServicePoint;
import fi.asiointipiste.platform.time.ServiceClock;
import fi.asiointipiste.visits.entity.Appointment;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.logging.Logger;

/**
 * A few appointments for today at the demo points, so the queue shows booked times after the README's run
 * command. Runs at every demo start and books only at a point that has no appointments today, so a kept demo
 * database gets today's times too and what a clerk booked is never touched.
 */
@ApplicationScoped
@Transactional
public class DemoAppointments {

    private static final Logger LOG = Logger.getLogger(DemoAppointments.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    ServiceClock clock;

    public void bookTodayIfNone() {
        LocalDate today = clock.today();
        int booked = 0;
        booked += book(
                "PIELAVESI",
                today,
                List.of(
                        slot(
                                "09:00",
                                30,
                                List.of("TAX_CARD"),
                                "Verokortti, tulee ensimmäistä kertaa",
                                null,
                                false,
                                true),
                        slot(
                                "10:30",
                                45,
                                List.of("KELA_HOUSING_ALLOWANCE", "RENTAL_APARTMENT"),
                                null,
                                "KELA",
                                false,
                                false),
                        slot(
                                "13:00",
                                60,
                                List.of("KELA_UNEMPLOYMENT_BENEFIT", "TE_JOBSEEKER_REGISTRATION"),
                                "Tarvitsee arabian tulkin",
                                "TE_SERVICES",
                                true,
                                false),
                        slot(
                                "15:30",
                                30,
                                List.of("DIGITAL_SUPPORT"),
                                "Pankkitunnusten käyttöönotto",
                                null,
                                false,
                                false)));
        booked += book(
                "KEITELE",
                today,
                List.of(
                        slot("09:30", 30, List.of("POLICE_ID_CARD"), null, null, false, true),
                        slot("14:00", 45, List.of("MUNICIPAL_HOME_CARE"), "Omainen tulee mukaan", null, false, false)));
        booked += book(
                "TERVO",
                today,
                List.of(
                        slot("10:00", 30, List.of("DVV_CHANGE_OF_ADDRESS"), null, null, false, false),
                        slot("12:30", 60, List.of("KELA_SOCIAL_ASSISTANCE"), null, "KELA", false, false)));
        if (booked > 0) {
            int count = booked;
            LOG.info(() -> "Booked " + count + " demo appointments for " + today);
        }
    }

    private int book(String pointCode, LocalDate day, List<Slot> slots) {
        ServicePoint point = em.createNamedQuery("ServicePoint.byCode", ServicePoint.class)
                .setParameter("code", pointCode)
                .getResultStream()
                .findFirst()
                .orElse(null);
        if (point == null
                || !em.createNamedQuery("Appointment.atPointBetween", Appointment.class)
                        .setParameter("point", point)
                        .setParameter("from", day.atStartOfDay())
                        .setParameter("until", day.plusDays(1).atStartOfDay())
                        .setMaxResults(1)
                        .getResultList()
                        .isEmpty()) {
            return 0;
        }
        Customer known = em.createQuery("SELECT c FROM Customer c ORDER BY c.id", Customer.class)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .orElse(null);
        for (Slot s : slots) {
            Appointment a = new Appointment(point, "demo", clock.now());
            a.schedule(day.atTime(s.start), day.atTime(s.start).plusMinutes(s.minutes));
            List<ServiceTask> tasks = s.tasks.stream()
                    .map(code -> em.createQuery("SELECT t FROM ServiceTask t WHERE t.code = :code", ServiceTask.class)
                            .setParameter("code", code)
                            .getSingleResult())
                    .toList();
            Agency agency = s.agency == null
                    ? null
                    : em.createNamedQuery("Agency.byCode", Agency.class)
                            .setParameter("code", s.agency)
                            .getSingleResult();
            a.plan(tasks, s.knownCustomer ? known : null, s.note, agency, s.interpreter);
            em.persist(a);
        }
        return slots.size();
    }

    private static Slot slot(
            String start,
            int minutes,
            List<String> tasks,
            String note,
            String agency,
            boolean interpreter,
            boolean knownCustomer) {
        return new Slot(LocalTime.parse(start), minutes, tasks, note, agency, interpreter, knownCustomer);
    }

    private record Slot(
            LocalTime start,
            int minutes,
            List<String> tasks,
            String note,
            String agency,
            boolean interpreter,
            boolean knownCustomer) {}
}
