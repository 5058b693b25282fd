package fi.asiointipiste.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.asiointipiste.audit.boundary.AuditLog;
import fi.asiointipiste.catalogue.boundary.Catalogue;
import fi.asiointipiste.catalogue.entity.CustomerProfile;
import fi.asiointipiste.catalogue.entity.EmpathyAspect;
import fi.asiointipiste.catalogue.entity.ServiceTask;
import fi.asiointipiste.customers.entity.Customer;
import fi.asiointipiste.feedback.entity.Feedback;
import fi.asiointipiste.organisation.boundary.ServicePoints;
import fi.asiointipiste.organisation.boundary.StaffIdentityStore;
import fi.asiointipiste.organisation.boundary.StaffUsers;
import fi.asiointipiste.organisation.entity.AccountRefused;
import fi.asiointipiste.organisation.entity.Role;
import fi.asiointipiste.organisation.entity.ServicePoint;
import fi.asiointipiste.organisation.entity.StaffUser;
import fi.asiointipiste.platform.persistence.Databases;
import fi.asiointipiste.routing.entity.SupportLevel;
import fi.asiointipiste.visits.entity.Channel;
import fi.asiointipiste.visits.entity.OverrideReason;
import fi.asiointipiste.visits.entity.TaskOutcome;
import fi.asiointipiste.visits.entity.Visit;
import fi.asiointipiste.visits.entity.VisitStatus;
import fi.asiointipiste.visits.entity.VisitTask;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.validation.ConstraintViolationException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The foundation deployed in Payara Micro in demo mode: migrations, reference and demo data, persistence of
 * the domain model, optimistic locking, sign-in and access by role for pages and REST.
 */
@ExtendWith(ArquillianExtension.class)
class ApplicationIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.application()
                .addClasses(ApplicationIT.class, TestTransactions.class, StaffClient.class, Deployments.class);
    }

    @Inject
    TestTransactions tx;

    @Inject
    Databases databases;

    @Inject
    Catalogue catalogue;

    @Inject
    StaffIdentityStore identityStore;

    @Inject
    AuditLog audit;

    @Inject
    StaffUsers staffUsers;

    @Inject
    ServicePoints servicePoints;

    @ArquillianResource
    URL url;

    // ---- in the container ------------------------------------------------------------------------

    @Test
    void migrationsRanInOrderAndSucceeded() throws Exception {
        List<String> versions = new ArrayList<>();
        // As the owner: Flyway's history is not the application's to read (ApplicationRole).
        try (Connection c = databases.ownerDataSource().getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT \"version\", \"success\" FROM \"flyway_schema_history\""
                        + " WHERE \"version\" IS NOT NULL ORDER BY \"installed_rank\"")) {
            while (rs.next()) {
                assertThat(rs.getBoolean(2)).isTrue();
                versions.add(rs.getString(1));
            }
        }
        assertThat(versions).startsWith("1", "2");
    }

    @Test
    void referenceDataDescribesEveryTaskAtEveryLevel() {
        assertThat(catalogue.agencies())
                .extracting(a -> a.getCode())
                .contains("KELA", "TE_SERVICES", "MUNICIPALITY", "DVV", "TAX", "POLICE");
        List<ServiceTask> tasks = catalogue.tasks();
        assertThat(tasks)
                .hasSizeGreaterThanOrEqualTo(15)
                .extracting(ServiceTask::getCode)
                .contains("RENTAL_APARTMENT");
        assertThat(tasks).allSatisfy(t -> assertThat(t.getDescriptions()).containsOnlyKeys(SupportLevel.values()));
        List<CustomerProfile> profiles = catalogue.profiles();
        assertThat(profiles)
                .extracting(CustomerProfile::getPersonaName)
                .containsExactly("Outi Omatoiminen", "Pera Monitaidoton", "Hilma Kontaktinhakija");
        assertThat(profiles).allSatisfy(p -> assertThat(p.getEmpathyMap()).containsOnlyKeys(EmpathyAspect.values()));
    }

    @Test
    void demoModeLoadedStaffAndAHistoryOfVisits() {
        long visits = tx.inNew(
                em -> em.createQuery("SELECT COUNT(v) FROM Visit v", Long.class).getSingleResult());
        long feedback = tx.inNew(em ->
                em.createQuery("SELECT COUNT(f) FROM Feedback f", Long.class).getSingleResult());
        long profilesUsed = tx.inNew(em -> em.createQuery("SELECT COUNT(DISTINCT v.profile) FROM Visit v", Long.class)
                .getSingleResult());
        long users = tx.inNew(em ->
                em.createQuery("SELECT COUNT(u) FROM StaffUser u", Long.class).getSingleResult());
        assertThat(visits).isGreaterThanOrEqualTo(3000);
        assertThat(feedback).isBetween(visits / 5, visits / 2);
        assertThat(profilesUsed).isEqualTo(3);
        assertThat(users).isGreaterThanOrEqualTo(7);
    }

    @Test
    void persistsAVisitWithItsTasksCustomerAndFeedback() {
        Long visitId = tx.inNew(em -> {
            ServicePoint point = em.createNamedQuery("ServicePoint.byCode", ServicePoint.class)
                    .setParameter("code", "PIELAVESI")
                    .getSingleResult();
            Customer pera = new Customer("Pera Testinen", "131052-308T", "fi", LocalDateTime.now());
            em.persist(pera);
            Visit visit = new Visit(point, Channel.WALK_IN, LocalDateTime.now().minusMinutes(20));
            visit.identify(pera);
            visit.profileAs(catalogue.profile("MULTI_UNSKILLED").orElseThrow());
            VisitTask task = visit.add(catalogue.task("RENTAL_APARTMENT").orElseThrow());
            task.recommend(SupportLevel.FULL_ASSISTANCE, task.getTask().getAgency());
            task.apply(SupportLevel.GUIDED, OverrideReason.CUSTOMER_WISH, "wants to try with guidance");
            visit.startService(null, LocalDateTime.now().minusMinutes(10));
            task.close(TaskOutcome.CONTINUES, LocalDate.now().plusDays(7), false);
            visit.finish(LocalDateTime.now());
            em.persist(visit);
            em.flush();
            em.persist(new Feedback(visit.getId(), point.getId(), LocalDateTime.now(), 2, 9, "Kiitos"));
            return visit.getId();
        });
        Visit stored = tx.inNew(em -> {
            Visit v = em.find(Visit.class, visitId);
            v.getTasks().size();
            v.getCustomer().getFullName();
            return v;
        });
        assertThat(visitId).isPositive();
        assertThat(stored.getStatus()).isEqualTo(VisitStatus.DONE);
        assertThat(stored.getCustomer().getMaskedIdentityCode()).isEqualTo("131052-****");
        assertThat(stored.getTasks()).singleElement().satisfies(t -> {
            assertThat(t.isOverridden()).isTrue();
            assertThat(t.getOverrideReason()).isEqualTo(OverrideReason.CUSTOMER_WISH);
            assertThat(t.getInvolvedAgency().getCode()).isEqualTo("MUNICIPALITY");
            assertThat(t.getFollowUpOn()).isAfter(LocalDate.now());
        });
    }

    @Test
    void anInvalidIdentityCodeIsRejectedAndNothingIsStored() {
        long before = tx.inNew(em ->
                em.createQuery("SELECT COUNT(c) FROM Customer c", Long.class).getSingleResult());
        assertThatThrownBy(() -> tx.inNew(em -> {
                    em.persist(new Customer("Virhe Testinen", "131052-308U", "fi", LocalDateTime.now()));
                    em.flush();
                    return null;
                }))
                .satisfies(e -> assertThat(causes(e)).hasAtLeastOneElementOfType(ConstraintViolationException.class));
        long after = tx.inNew(em ->
                em.createQuery("SELECT COUNT(c) FROM Customer c", Long.class).getSingleResult());
        assertThat(after).isEqualTo(before);
    }

    @Test
    void aStaleEditOfAVisitIsRefused() {
        Visit stale = tx.inNew(em -> em.createQuery("SELECT v FROM Visit v WHERE v.status = :status", Visit.class)
                .setParameter("status", VisitStatus.WAITING)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .orElseGet(() -> {
                    ServicePoint point = em.createNamedQuery("ServicePoint.byCode", ServicePoint.class)
                            .setParameter("code", "TERVO")
                            .getSingleResult();
                    Visit v = new Visit(point, Channel.WALK_IN, LocalDateTime.now());
                    em.persist(v);
                    return v;
                }));
        tx.inNew(em -> {
            em.find(Visit.class, stale.getId()).startService(null, LocalDateTime.now());
            return null;
        });
        stale.startService(null, LocalDateTime.now());
        assertThatThrownBy(() -> tx.inNew(em -> em.merge(stale)))
                .satisfies(e -> assertThat(causes(e)).hasAtLeastOneElementOfType(OptimisticLockException.class));
    }

    @Test
    void aFailedSignInIsAudited() {
        CredentialValidationResult result =
                identityStore.validate(new UsernamePasswordCredential("clerk", "wrong-password"));
        assertThat(result.getStatus()).isEqualTo(CredentialValidationResult.Status.INVALID);
        assertThat(audit.ofAction("SIGN_IN_FAILED", 10))
                .extracting(e -> e.getActor())
                .contains("clerk");
    }

    @Test
    void passwordsAreStoredAsPbkdf2Sha512With210000Iterations() {
        String hash = tx.inNew(em -> em.createNamedQuery("StaffUser.byUsername", StaffUser.class)
                .setParameter("username", "admin")
                .getSingleResult()
                .getPasswordHash());
        assertThat(hash).startsWith("PBKDF2WithHmacSHA512:210000:").doesNotContain("asiointipiste");
    }

    @Test
    void anAdministratorManagesAccountsWithoutLockingEveryoneOut() {
        StaffUser created = staffUsers.create(
                "neuvoja.testi",
                "Testi Neuvoja",
                "pitka-salasana-123",
                EnumSet.of(Role.CLERK),
                null,
                List.of(servicePoints.all().get(0)));
        assertThat(identityStore
                        .validate(new UsernamePasswordCredential("neuvoja.testi", "pitka-salasana-123"))
                        .getCallerGroups())
                .containsExactly("CLERK");
        assertThatThrownBy(() ->
                        staffUsers.create("neuvoja.testi", "Toinen", "pitka-salasana-456", EnumSet.of(Role.CLERK)))
                .satisfies(e -> assertThat(causes(e)).hasAtLeastOneElementOfType(AccountRefused.class));
        assertThatThrownBy(() -> staffUsers.create("lyhyt", "Lyhyt", "short", EnumSet.of(Role.CLERK)))
                .satisfies(e -> assertThat(causes(e)).hasAtLeastOneElementOfType(AccountRefused.class));
        assertThat(staffUsers.byUsername("lyhyt")).isEmpty();

        StaffUser admin = staffUsers.byUsername("admin").orElseThrow();
        assertThatThrownBy(() -> staffUsers.update(
                        admin.getId(),
                        admin.getVersion(),
                        admin.getDisplayName(),
                        EnumSet.of(Role.CLERK),
                        null,
                        List.of(),
                        true))
                .satisfies(e -> assertThat(causes(e))
                        .anySatisfy(t -> assertThat(t)
                                .isInstanceOfSatisfying(
                                        AccountRefused.class,
                                        r -> assertThat(r.messageKey()).isEqualTo("admin.user.lastAdmin"))));
        assertThat(staffUsers.byUsername("admin").orElseThrow().has(Role.ADMIN)).isTrue();

        StaffUser fresh = staffUsers.byId(created.getId()).orElseThrow();
        staffUsers.update(
                fresh.getId(), fresh.getVersion(), "Testi Neuvoja", EnumSet.of(Role.CLERK), null, List.of(), false);
        assertThatThrownBy(() -> staffUsers.update(
                        fresh.getId(),
                        fresh.getVersion(),
                        "Vanha tieto",
                        EnumSet.of(Role.CLERK),
                        null,
                        List.of(),
                        true))
                .satisfies(e -> assertThat(causes(e)).hasAtLeastOneElementOfType(OptimisticLockException.class));
        assertThat(identityStore
                        .validate(new UsernamePasswordCredential("neuvoja.testi", "pitka-salasana-123"))
                        .getStatus())
                .as("a deactivated account cannot sign in")
                .isEqualTo(CredentialValidationResult.Status.INVALID);
    }

    // ---- as a client -------------------------------------------------------------------------------

    @Test
    @RunAsClient
    void anAnonymousPageRequestGoesToSignIn() throws Exception {
        HttpResponse<String> response = new StaffClient(base()).get("front-desk/index.xhtml");
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(
                        location -> assertThat(location).contains("/login.xhtml?next=%2Ffront-desk%2Findex.xhtml"));
    }

    @Test
    @RunAsClient
    void anAnonymousRestRequestGets401() throws Exception {
        HttpResponse<String> response = new StaffClient(base()).get("api/me");
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(h -> assertThat(h).startsWith("Basic"));
    }

    @ParameterizedTest(name = "{0} on {1} → {2}")
    @CsvSource({
        "clerk, api/me, 200",
        "clerk, api/admin/staff-users, 403",
        "supervisor, api/admin/staff-users, 403",
        "coordinator, api/catalogue/tasks, 200",
        "admin, api/admin/staff-users, 200"
    })
    @RunAsClient
    void restAccessFollowsRoles(String user, String path, int status) throws Exception {
        assertThat(new StaffClient(base())
                        .getWithBasic(path, user, "asiointipiste")
                        .statusCode())
                .isEqualTo(status);
    }

    @Test
    @RunAsClient
    void wrongRestCredentialsGet401() throws Exception {
        assertThat(new StaffClient(base())
                        .getWithBasic("api/me", "clerk", "nope")
                        .statusCode())
                .isEqualTo(401);
    }

    @ParameterizedTest(name = "{0} sees {1}")
    @CsvSource({
        "clerk, menuFrontDesk menuAppointments, menuStatistics menuRules menuAdmin",
        "supervisor, menuFrontDesk menuAppointments menuStatistics, menuRules menuAdmin",
        "coordinator, menuRules menuCatalogue, menuFrontDesk menuAppointments menuStatistics menuAdmin",
        "admin, menuAdmin, menuFrontDesk menuStatistics menuRules"
    })
    @RunAsClient
    void eachRoleSeesItsOwnMenu(String user, String visible, String hidden) throws Exception {
        StaffClient client = new StaffClient(base());
        HttpResponse<String> signIn = client.signIn(user, "asiointipiste");
        assertThat(signIn.statusCode()).isEqualTo(302);
        String home = client.open("index.xhtml").body();
        for (String id : visible.split(" ")) {
            assertThat(home).contains("id=\"" + id + "\"");
        }
        for (String id : hidden.split(" ")) {
            assertThat(home).doesNotContain("id=\"" + id + "\"");
        }
    }

    @ParameterizedTest(name = "{0} opens {1} → {2}")
    @CsvSource({
        "clerk, admin/index.xhtml, 403",
        "clerk, statistics/index.xhtml, 403",
        "clerk, rules/index.xhtml, 403",
        "clerk, front-desk/index.xhtml, 200",
        "supervisor, statistics/index.xhtml, 200",
        "coordinator, rules/catalogue.xhtml, 200",
        "admin, admin/index.xhtml, 200"
    })
    @RunAsClient
    void pagesFollowRoles(String user, String page, int status) throws Exception {
        StaffClient client = new StaffClient(base());
        client.signIn(user, "asiointipiste");
        HttpResponse<String> response = client.get(page);
        assertThat(response.statusCode()).isEqualTo(status);
        if (status == 403) {
            assertThat(response.body()).contains("Ei käyttöoikeutta").doesNotContain("Caused by", ".java:");
        }
    }

    @Test
    @RunAsClient
    void aWrongPasswordShowsATranslatedMessageAndNoSession() throws Exception {
        StaffClient client = new StaffClient(base());
        HttpResponse<String> response = client.signIn("clerk", "wrong-password");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("Käyttäjätunnus tai salasana on väärin.");
        assertThat(client.get("index.xhtml").statusCode()).isEqualTo(302);
    }

    @Test
    @RunAsClient
    void signInReturnsToTheRequestedPage() throws Exception {
        StaffClient client = new StaffClient(base());
        client.get("front-desk/index.xhtml");
        String login =
                client.get("login.xhtml?next=%2Ffront-desk%2Findex.xhtml").body();
        assertThat(login).contains("/front-desk/index.xhtml");
    }

    @Test
    @RunAsClient
    void errorsRevealNoStackTraceOrServerVersion() throws Exception {
        StaffClient client = new StaffClient(base());
        client.signIn("clerk", "asiointipiste");
        HttpResponse<String> missing = client.get("no-such-page.xhtml");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("Sivua ei löydy").doesNotContain("Payara", "Caused by", ".java:");
        assertThat(missing.headers().firstValue("Server")).isEmpty();
        assertThat(missing.headers().firstValue("X-Powered-By")).isEmpty();
    }

    @Test
    @RunAsClient
    void aFormPostOfAViewThatNoLongerExistsGetsTheExpiredPageNotTheGeneralError() throws Exception {
        // A sign-in page left open past the session's life: its view state is gone when the form is posted.
        HttpResponse<String> stale = new StaffClient(base())
                .post(
                        "login.xhtml",
                        "application/x-www-form-urlencoded",
                        "loginForm=loginForm&loginForm%3Ausername=clerk&loginForm%3Apassword=x&loginForm%3AsignIn="
                                + "&jakarta.faces.ViewState=-1234567890%3A987654321",
                        Map.of());
        assertThat(stale.body())
                .contains("Istunto vanhentui", "Sivu oli ollut auki liian kauan")
                .doesNotContain("Tapahtui odottamaton virhe", "Caused by", ".java:", "Payara");
    }

    @Test
    @RunAsClient
    void theSignInPageIsInFinnishWithLabelsAndLandmarks() throws Exception {
        String page = new StaffClient(base()).get("login.xhtml").body();
        assertThat(page)
                .contains(
                        "lang=\"fi\"",
                        "<main",
                        "<header",
                        "Kirjaudu sisään",
                        "for=\"loginForm:username\"",
                        "for=\"loginForm:password\"",
                        "autocomplete=\"current-password\"");
    }

    @Test
    @RunAsClient
    void theFaviconIsServedWithoutSignInAndEveryPageLinksIt() throws Exception {
        StaffClient client = new StaffClient(base());
        HttpResponse<String> icon = client.get("favicon.ico");
        assertThat(icon.statusCode()).isEqualTo(200);
        assertThat(icon.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("image/"));
        assertThat(client.get("login.xhtml").body()).contains("rel=\"icon\" href=\"/favicon.ico\"", "favicon.svg");
    }

    private static List<Throwable> causes(Throwable failure) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable t = failure; t != null && !chain.contains(t); t = t.getCause()) {
            chain.add(t);
        }
        return chain;
    }

    private URI base() {
        return Deployments.loopback(url);
    }
}
