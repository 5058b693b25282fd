package fi.asiointipiste.it;

import static org.assertj.core.api.Assertions.assertThat;

import fi.asiointipiste.audit.boundary.AuditLog;
import fi.asiointipiste.audit.entity.AuditEvent;
import fi.asiointipiste.catalogue.boundary.Catalogue;
import fi.asiointipiste.catalogue.entity.Agency;
import fi.asiointipiste.organisation.boundary.ServicePoints;
import fi.asiointipiste.organisation.boundary.StaffUsers;
import fi.asiointipiste.organisation.entity.Role;
import fi.asiointipiste.organisation.entity.ServicePoint;
import fi.asiointipiste.organisation.entity.StaffUser;
import fi.asiointipiste.platform.security.Base32;
import fi.asiointipiste.platform.security.PasswordHashing;
import fi.asiointipiste.platform.security.StaffAccounts;
import fi.asiointipiste.platform.security.Totp;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.container.test.api.TargetsContainer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Sessions, sign-in and headers (issue 12), on a server of its own (arquillian.xml "security"): demo data, but the
 * second factor required for administrators and coordinators, a 75-second idle timeout with the warning 60 s before
 * the end, /metrics closed and an HTTPS port. Each finding of the issue has a test here that failed before its fix.
 */
@ExtendWith(ArquillianExtension.class)
class SecurityIT {

    private static final String PASSWORD = "asiointipiste";
    private static final int TIMEOUT_SECONDS = 75;
    private static final int SSL_PORT = Integer.getInteger("asiointipiste.it.sslport", 28824);
    private static final Pattern POLL = Pattern.compile("PrimeFaces\\.cw\\(\"Poll\",\"[^\"]+\",\\{id:\"([^\"]+)\"");

    @Deployment
    @TargetsContainer("security")
    static WebArchive deployment() {
        return Deployments.application()
                .addClasses(
                        SecurityIT.class,
                        TestTransactions.class,
                        Deployments.class,
                        StaffClient.class,
                        AccountFixture.class);
    }

    @Inject
    TestTransactions tx;

    @Inject
    StaffUsers staffUsers;

    @Inject
    ServicePoints servicePoints;

    @Inject
    Catalogue catalogue;

    @Inject
    StaffAccounts accounts;

    @Inject
    AuditLog audit;

    @Inject
    PasswordHashing passwords;

    @Inject
    fi.asiointipiste.organisation.boundary.ApiTokens apiTokens;

    @Inject
    fi.asiointipiste.feedback.boundary.Kiosks kiosks;

    @ArquillianResource
    URL url;

    private StaffClient client() {
        return new StaffClient(Deployments.loopback(url));
    }

    /** A new account at Pielavesi with the demo password (in-container tests). */
    private StaffUser account(String username, Role... roles) {
        ServicePoint pielavesi = servicePoints.all().stream()
                .filter(p -> p.getCode().equals("PIELAVESI"))
                .findFirst()
                .orElseThrow();
        return staffUsers.create(
                username, "Test " + username, PASSWORD, EnumSet.of(roles[0], roles), null, List.of(pielavesi));
    }

    /**
     * A Kela specialist at Pielavesi: their inbox is the page that still polls (the queue is updated by push since
     * the arrival work), so the polling tests use it.
     */
    private StaffUser specialist(String username) {
        ServicePoint pielavesi = servicePoints.all().stream()
                .filter(p -> p.getCode().equals("PIELAVESI"))
                .findFirst()
                .orElseThrow();
        Agency kela = catalogue.agencies().stream()
                .filter(a -> a.getCode().equals("KELA"))
                .findFirst()
                .orElseThrow();
        return staffUsers.create(
                username, "Test " + username, PASSWORD, EnumSet.of(Role.CLERK), kela, List.of(pielavesi));
    }

    private StaffUser reload(String username) {
        return tx.inNew(em -> staffUsers.byUsername(username).orElseThrow());
    }

    private void change(String username, EnumSet<Role> roles, boolean active) {
        StaffUser user = reload(username);
        staffUsers.update(
                user.getId(),
                user.getVersion(),
                user.getDisplayName(),
                roles,
                user.getAgency(),
                user.getServicePoints(),
                active);
    }

    private static String location(HttpResponse<?> response) {
        return response.headers().firstValue("Location").orElse("");
    }

    // ----- Sessions -----

    @Test
    void aDeactivatedUsersOpenSessionEndsAtItsNextRequestAndAPollIsSentToTheSignInPage() throws Exception {
        specialist("sec.deactivated");
        StaffClient clerk = client();
        assertThat(clerk.signIn("sec.deactivated", PASSWORD).statusCode()).isEqualTo(302);
        HttpResponse<String> frontDesk = clerk.get("front-desk/inbox.xhtml");
        assertThat(frontDesk.statusCode()).isEqualTo(200);
        String pollId = pollIdOf(frontDesk.body());

        change("sec.deactivated", EnumSet.of(Role.CLERK), false);

        HttpResponse<String> poll = clerk.postPartial("front-desk/inbox.xhtml", frontDesk.body(), pollFields(pollId));
        assertThat(poll.statusCode()).isEqualTo(200);
        assertThat(poll.body()).contains("<partial-response><redirect url=\"/login.xhtml?ended=true&amp;next=");
        // The page's other requests of its own that were already on their way (the idle warning's check, the next
        // poll) tell the same reason, whichever answer the page follows (once, a plain "signed out" won the race).
        HttpResponse<String> idle = clerk.get("session/idle");
        assertThat(idle.statusCode()).isEqualTo(401);
        assertThat(idle.body()).contains("\"reason\":\"ended\"");
        HttpResponse<String> secondPoll =
                clerk.postPartial("front-desk/inbox.xhtml", frontDesk.body(), pollFields(pollId));
        assertThat(secondPoll.body()).contains("<partial-response><redirect url=\"/login.xhtml?ended=true&amp;next=");
        HttpResponse<String> next = clerk.get("index.xhtml");
        assertThat(next.statusCode()).isEqualTo(302);
        assertThat(location(next)).contains("/login.xhtml?next=");
        assertThat(clerk.signIn("sec.deactivated", PASSWORD).statusCode())
                .as("no new sign-in")
                .isEqualTo(200);
    }

    @Test
    void aRoleChangeEndsTheSessionAndTheNextSignInHasTheNewRoles() throws Exception {
        account("sec.role", Role.SUPERVISOR);
        StaffClient user = client();
        user.signIn("sec.role", PASSWORD);
        assertThat(user.get("statistics/index.xhtml").statusCode()).isEqualTo(200);

        change("sec.role", EnumSet.of(Role.CLERK), true);

        HttpResponse<String> afterChange = user.get("statistics/index.xhtml");
        assertThat(afterChange.statusCode()).isEqualTo(302);
        assertThat(location(afterChange)).contains("/login.xhtml?ended=true&next=");
        assertThat(user.signIn("sec.role", PASSWORD).statusCode()).isEqualTo(302);
        assertThat(user.get("statistics/index.xhtml").statusCode()).isEqualTo(403);
        assertThat(user.get("front-desk/index.xhtml").statusCode()).isEqualTo(200);
    }

    @Test
    void signingInGivesANewSessionIdAndTheOldOneStaysSignedOut() throws Exception {
        StaffClient browser = client();
        browser.get("login.xhtml");
        String before = browser.sessionId();
        assertThat(before).isNotNull();
        browser.signIn("clerk", PASSWORD);
        assertThat(browser.sessionId()).isNotNull().isNotEqualTo(before);
        HttpResponse<String> withOldId = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(Deployments.loopback(url).resolve("index.xhtml"))
                                .header("Cookie", "JSESSIONID=" + before)
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(withOldId.statusCode()).isEqualTo(302);
        assertThat(location(withOldId)).contains("/login.xhtml");
    }

    @Test
    @RunAsClient
    void theSessionCookieIsHttpOnlyAndSameSiteLaxAndSecureOverTls() throws Exception {
        HttpResponse<String> plain = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(Deployments.loopback(url).resolve("login.xhtml"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        String cookie = plain.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie)
                .startsWith("JSESSIONID=")
                .contains("HttpOnly")
                .containsIgnoringCase("SameSite=Lax")
                .doesNotContain("Secure");
        assertThat(plain.headers().firstValue("Strict-Transport-Security"))
                .as("no HSTS over plain HTTP")
                .isEmpty();

        HttpsURLConnection tls = (HttpsURLConnection) URI.create("https://127.0.0.1:" + SSL_PORT + "/login.xhtml")
                .toURL()
                .openConnection();
        tls.setSSLSocketFactory(trustingAnyCertificate().getSocketFactory());
        tls.setHostnameVerifier((host, session) -> true);
        assertThat(tls.getResponseCode()).isEqualTo(200);
        assertThat(tls.getHeaderField("Strict-Transport-Security")).isEqualTo("max-age=31536000; includeSubDomains");
        assertThat(tls.getHeaderField("Set-Cookie"))
                .contains("Secure")
                .contains("HttpOnly")
                .containsIgnoringCase("SameSite=Lax");
        tls.disconnect();
    }

    /**
     * An unattended desk: the queue page polls every 20 s, which must not count as use. A poll answers how much time
     * is left without adding any, a request of the user's own starts the clock again, and after the idle timeout the
     * next poll sends the page to the sign-in page.
     */
    @Test
    void pollingDoesNotExtendTheIdleTimeoutSoAnUnattendedDeskIsSignedOut() throws Exception {
        specialist("sec.idle.poll");
        StaffClient desk = client();
        desk.signIn("sec.idle.poll", PASSWORD);
        HttpResponse<String> page = desk.get("front-desk/inbox.xhtml");
        assertThat(remaining(page)).isEqualTo(TIMEOUT_SECONDS);
        String pollId = pollIdOf(page.body());
        long lastActivity = System.nanoTime();

        Thread.sleep(4_000);
        HttpResponse<String> poll = desk.postPartial("front-desk/inbox.xhtml", page.body(), pollFields(pollId));
        assertThat(poll.statusCode()).isEqualTo(200);
        assertThat(poll.body()).contains("<partial-response").doesNotContain("<redirect");
        assertThat(remaining(poll)).as("a poll adds no time").isBetween(1, TIMEOUT_SECONDS - 3);
        HttpResponse<String> status = desk.get("session/idle");
        assertThat(status.body()).matches("\\{\"remaining\":\\d+,\"warning\":60}");
        assertThat(Integer.parseInt(status.body().replaceAll("\\D*(\\d+).*", "$1")))
                .isLessThanOrEqualTo(TIMEOUT_SECONDS - 3);

        page = desk.get("front-desk/inbox.xhtml");
        assertThat(remaining(page))
                .as("the user's own request starts the clock again")
                .isEqualTo(TIMEOUT_SECONDS);
        lastActivity = System.nanoTime();
        pollId = pollIdOf(page.body());

        HttpResponse<String> last = null;
        while (Duration.ofNanos(System.nanoTime() - lastActivity).toSeconds() <= TIMEOUT_SECONDS + 1) {
            Thread.sleep(10_000);
            last = desk.postPartial("front-desk/inbox.xhtml", page.body(), pollFields(pollId));
            if (last.body().contains("<redirect")) {
                break;
            }
        }
        assertThat(Duration.ofNanos(System.nanoTime() - lastActivity).toSeconds())
                .isGreaterThanOrEqualTo(TIMEOUT_SECONDS);
        assertThat(last.body()).contains("<redirect url=\"/login.xhtml?timedOut=true&amp;next=");
        HttpResponse<String> after = desk.get("front-desk/inbox.xhtml");
        assertThat(after.statusCode()).isEqualTo(302);
        assertThat(location(after)).contains("/login.xhtml?next=");
    }

    @Test
    @RunAsClient
    void theContinueButtonOfTheIdleWarningAcceptsOnlySameOriginScripts() throws Exception {
        StaffClient clerk = client();
        clerk.signIn("clerk2", PASSWORD);
        URI status = Deployments.loopback(url).resolve("session/idle");
        HttpResponse<String> plainPost =
                clerk.send(HttpRequest.newBuilder(status).POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(plainPost.statusCode())
                .as("a cross-site form cannot add X-Requested-With")
                .isEqualTo(403);
        HttpResponse<String> scripted = clerk.send(HttpRequest.newBuilder(status)
                .header("X-Requested-With", "XMLHttpRequest")
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(scripted.statusCode()).isEqualTo(200);
        assertThat(scripted.body()).matches("\\{\"remaining\":7[45],\"warning\":60}");
        HttpResponse<String> noSession = client().get("session/idle");
        assertThat(noSession.statusCode()).isEqualTo(401);
        assertThat(noSession.body()).isEqualTo("{\"remaining\":0,\"reason\":\"signedOut\"}");
    }

    // ----- Sign-in -----

    @Test
    void httpBasicWritesNothingPerCallAndFollowsAccountChanges() throws Exception {
        account("sec.api", Role.CLERK);
        StaffUser before = reload("sec.api");
        long signInsBefore = auditOf("sec.api").stream()
                .filter(e -> e.getAction().equals("SIGN_IN"))
                .count();
        StaffClient api = client();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            calls.add(pool.submit(
                    () -> api.getWithBasic("api/me", "sec.api", PASSWORD).statusCode()));
        }
        for (Future<Integer> call : calls) {
            assertThat(call.get()).isEqualTo(200);
        }
        pool.shutdown();
        StaffUser after = reload("sec.api");
        assertThat(after.getVersion()).as("the account row is not written").isEqualTo(before.getVersion());
        assertThat(after.getLastLoginAt()).isEqualTo(before.getLastLoginAt());
        assertThat(auditOf("sec.api").stream()
                        .filter(e -> e.getAction().equals("SIGN_IN"))
                        .count())
                .as("no sign-in row per call")
                .isEqualTo(signInsBefore);

        staffUsers.changePassword(after.getId(), "a-new-password-for-the-api");
        assertThat(api.getWithBasic("api/me", "sec.api", PASSWORD).statusCode())
                .as("the old password, remembered a moment ago")
                .isEqualTo(401);
        assertThat(api.getWithBasic("api/me", "sec.api", "a-new-password-for-the-api")
                        .statusCode())
                .isEqualTo(200);
        change("sec.api", EnumSet.of(Role.CLERK), false);
        assertThat(api.getWithBasic("api/me", "sec.api", "a-new-password-for-the-api")
                        .statusCode())
                .isEqualTo(401);
    }

    @Test
    void lockOutAfterFiveFailuresLooksTheSameForANameThatIsNoAccount() throws Exception {
        account("sec.lock", Role.CLERK);
        List<Long> knownMillis = new ArrayList<>();
        List<Long> unknownMillis = new ArrayList<>();
        List<String> knownAnswers = new ArrayList<>();
        List<String> unknownAnswers = new ArrayList<>();
        StaffClient known = client();
        StaffClient unknown = client();
        for (int i = 0; i < 5; i++) {
            long start = System.nanoTime();
            knownAnswers.add(messagesOf(known.signIn("sec.lock", "wrong-password-" + i)));
            knownMillis.add((System.nanoTime() - start) / 1_000_000);
            start = System.nanoTime();
            unknownAnswers.add(messagesOf(unknown.signIn("sec.nobody", "wrong-password-" + i)));
            unknownMillis.add((System.nanoTime() - start) / 1_000_000);
        }
        assertThat(unknownAnswers).isEqualTo(knownAnswers);
        assertThat(knownAnswers.subList(0, 4)).allMatch(m -> m.contains("Käyttäjätunnus tai salasana on väärin"));
        assertThat(knownAnswers.get(4)).contains("Liian monta epäonnistunutta kirjautumisyritystä");
        // The right password does not help during the lock-out, and the answer is the same for both names.
        HttpResponse<String> knownLocked = known.signIn("sec.lock", PASSWORD);
        HttpResponse<String> unknownLocked = unknown.signIn("sec.nobody", PASSWORD);
        assertThat(knownLocked.statusCode()).isEqualTo(200).isEqualTo(unknownLocked.statusCode());
        assertThat(messagesOf(knownLocked)).contains("Liian monta").isEqualTo(messagesOf(unknownLocked));
        HttpResponse<String> basicKnown = known.getWithBasic("api/me", "sec.lock", PASSWORD);
        HttpResponse<String> basicUnknown = unknown.getWithBasic("api/me", "sec.nobody", PASSWORD);
        assertThat(basicKnown.statusCode()).isEqualTo(429).isEqualTo(basicUnknown.statusCode());
        assertThat(basicKnown.body()).isEqualTo(basicUnknown.body()).doesNotContainIgnoringCase("payara");
        assertThat(basicKnown.headers().firstValue("Retry-After")).isPresent();
        List<AuditEvent> lockOuts = tx.inNew(em -> audit.ofAction("SIGN_IN_LOCKED_OUT", 10));
        assertThat(lockOuts)
                .extracting(AuditEvent::getActor)
                .contains("sec.lock", StaffUsers.UNKNOWN_ACCOUNT)
                .doesNotContain("sec.nobody");
        assertThat(lockOuts).extracting(AuditEvent::getAfterState).contains("address=127.0.0.1");
        // An unknown name costs the same password hash as a wrong password (not a quick "no such user").
        assertThat(median(unknownMillis))
                .as("unknown %s ms vs known %s ms", unknownMillis, knownMillis)
                .isGreaterThan(median(knownMillis) / 2);
    }

    @Test
    void aFailedSignInRecordsTheTypedNameOnlyWhenItIsAnAccount() throws Exception {
        account("sec.audit", Role.CLERK);
        String passwordTypedAsName = "Kesä2026!SalainenSana";
        client().signIn(passwordTypedAsName, "whatever-was-typed");
        client().signIn("sec.audit", "a-wrong-password");
        List<AuditEvent> failures = tx.inNew(em -> audit.ofAction("SIGN_IN_FAILED", 50));
        assertThat(failures)
                .noneMatch(e -> String.valueOf(e.getActor()).contains(passwordTypedAsName)
                        || String.valueOf(e.getEntityId()).contains(passwordTypedAsName)
                        || String.valueOf(e.getAfterState()).contains(passwordTypedAsName));
        assertThat(failures.get(0).getActor()).isEqualTo("sec.audit");
        assertThat(failures.get(1).getActor()).isEqualTo(StaffUsers.UNKNOWN_ACCOUNT);
        assertThat(failures.get(1).getAfterState()).isEqualTo("reason=password");
    }

    @Test
    void aWeakerPasswordHashIsReplacedAtTheNextSignInWithoutEndingSessions() throws Exception {
        account("sec.rehash", Role.CLERK);
        String weak = passwords.hash(PASSWORD, 1_000);
        tx.inNew(em -> {
            staffUsers
                    .byUsername("sec.rehash")
                    .map(u -> em.find(StaffUser.class, u.getId()))
                    .orElseThrow()
                    .upgradePasswordHash(weak);
            return null;
        });
        String stamp = reload("sec.rehash").getSecurityStamp();
        assertThat(client().signIn("sec.rehash", PASSWORD).statusCode()).isEqualTo(302);
        StaffUser after = reload("sec.rehash");
        assertThat(after.getPasswordHash()).startsWith("PBKDF2WithHmacSHA512:210000:");
        assertThat(passwords.matches(PASSWORD, after.getPasswordHash())).isTrue();
        assertThat(after.getSecurityStamp()).isEqualTo(stamp);
        assertThat(auditOf("sec.rehash")).anyMatch(e -> e.getAction().equals("PASSWORD_HASH_UPGRADED"));
    }

    @Test
    void coordinatorsMustEnrolASecondFactorAndCannotUseBasicWithoutIt() throws Exception {
        StaffClient coordinator = client();
        HttpResponse<String> signIn = coordinator.signIn("coordinator", PASSWORD, "/rules/index.xhtml");
        assertThat(signIn.statusCode()).isEqualTo(302);
        assertThat(location(signIn)).endsWith("/second-factor.xhtml?next=%2Frules%2Findex.xhtml");
        HttpResponse<String> rules = coordinator.get("rules/index.xhtml");
        assertThat(rules.statusCode())
                .as("not signed in before the second factor")
                .isEqualTo(302);
        assertThat(location(rules)).contains("/login.xhtml");
        HttpResponse<String> enrol = coordinator.get("second-factor.xhtml");
        assertThat(enrol.statusCode()).isEqualTo(200);
        assertThat(enrol.body()).contains("id=\"qrCode\"").contains("data:image/svg+xml;base64,");
        HttpResponse<String> basic = coordinator.getWithBasic("api/me", "coordinator", PASSWORD);
        assertThat(basic.statusCode()).isEqualTo(401);
        assertThat(basic.body()).contains("secondFactorRequired");
        assertThat(client().get("second-factor.xhtml").statusCode())
                .as("without a sign-in")
                .isEqualTo(302);
    }

    @Test
    void anEnrolledClerkSignsInWithACodeOrARecoveryCodeEachOnce() throws Exception {
        account("sec.totp", Role.CLERK);
        byte[] secret = Totp.newSecret();
        long enrolStep = Totp.stepAt(Instant.now());
        List<String> recovery = accounts.enrolSecondFactor("sec.totp", secret, Totp.code(secret, enrolStep))
                .orElseThrow();
        assertThat(recovery).hasSize(10).allMatch(c -> c.matches("[A-Z2-7]{4}-[A-Z2-7]{4}-[A-Z2-7]{4}"));
        assertThat(reload("sec.totp").getTotpSecret()).startsWith("v1:").doesNotContain(Base32.encode(secret));

        StaffClient clerk = client();
        HttpResponse<String> password = clerk.signIn("sec.totp", PASSWORD);
        assertThat(location(password)).endsWith("/login.xhtml");
        assertThat(clerk.get("front-desk/index.xhtml").statusCode()).isEqualTo(302);
        HttpResponse<byte[]> wrong =
                submitCode(clerk, "000000".equals(Totp.code(secret, enrolStep + 1)) ? "111111" : "000000");
        assertThat(new String(wrong.body(), StandardCharsets.UTF_8)).contains("Koodi ei kelpaa");
        HttpResponse<byte[]> right = submitCode(clerk, Totp.code(secret, enrolStep + 1));
        assertThat(right.statusCode()).isEqualTo(302);
        assertThat(clerk.get("front-desk/index.xhtml").statusCode()).isEqualTo(200);

        StaffClient again = client();
        again.signIn("sec.totp", PASSWORD);
        assertThat(new String(
                        submitCode(again, Totp.code(secret, enrolStep + 1)).body(), StandardCharsets.UTF_8))
                .as("a code works once")
                .contains("Koodi ei kelpaa");
        assertThat(submitCode(again, recovery.get(3).toLowerCase()).statusCode())
                .isEqualTo(302);
        StaffClient third = client();
        third.signIn("sec.totp", PASSWORD);
        assertThat(new String(submitCode(third, recovery.get(3)).body(), StandardCharsets.UTF_8))
                .as("a recovery code works once")
                .contains("Koodi ei kelpaa");
        assertThat(reload("sec.totp").getUnusedRecoveryCodes()).isEqualTo(9);
    }

    @Test
    void returnsOnlyToLocalPagesAfterSignIn() throws Exception {
        for (String next : List.of(
                "/\t/evil.example/",
                "//evil.example/",
                "https://evil.example/",
                "/\\evil.example",
                "/\r\nLocation: https://evil.example/")) {
            HttpResponse<String> signIn = client().signIn("clerk", PASSWORD, next);
            assertThat(signIn.statusCode()).isEqualTo(302);
            assertThat(location(signIn))
                    .as("next=%s", next)
                    .doesNotContain("evil")
                    .doesNotContain("\t");
            assertThat(URI.create(location(signIn)).getRawPath())
                    .as("next=%s", next)
                    .isEqualTo("/index.xhtml");
        }
        HttpResponse<String> local = client().signIn("clerk", PASSWORD, "/front-desk/appointments.xhtml");
        assertThat(URI.create(location(local)).getRawPath()).isEqualTo("/front-desk/appointments.xhtml");
    }

    // ----- Headers, methods, monitoring -----

    @Test
    @RunAsClient
    void everyResponseCarriesTheSecurityHeadersAndPagesANoncedPolicy() throws Exception {
        StaffClient anonymous = client();
        HttpResponse<String> page = anonymous.get("login.xhtml");
        String policy =
                page.headers().allValues("Content-Security-Policy").stream().reduce("", String::concat);
        assertThat(page.headers().allValues("Content-Security-Policy")).hasSize(1);
        assertThat(policy)
                .contains("object-src 'none'", "base-uri 'self'", "frame-ancestors 'none'")
                .containsPattern("script-src 'self' 'nonce-[A-Za-z0-9+/=]+'")
                .doesNotContain("unsafe-inline' 'nonce")
                .doesNotContainPattern("script-src[^;]*unsafe-inline");
        String nonce = policy.replaceAll(".*'nonce-([^']+)'.*", "$1");
        assertThat(page.body())
                .contains("nonce=\"" + nonce + "\"")
                .doesNotContainPattern("<script>")
                .doesNotContainPattern("\\son(click|change|load)=");
        HttpResponse<String> api = anonymous.getWithBasic("api/me", "clerk", PASSWORD);
        for (HttpResponse<String> response : List.of(page, api, anonymous.get("resources/css/app.css"))) {
            assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
            assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
            assertThat(response.headers().allValues("Content-Security-Policy")).hasSize(1);
            assertThat(response.headers().firstValue("Content-Security-Policy").orElseThrow())
                    .contains("frame-ancestors 'none'");
        }
        assertThat(api.headers().firstValue("Content-Security-Policy").orElseThrow())
                .doesNotContain("nonce");
    }

    @Test
    @RunAsClient
    void traceAndUnknownMethodsAreRefusedWithoutTheServersOwnPage() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        URI base = Deployments.loopback(url);
        for (String path : List.of("login.xhtml", "index.xhtml", "api/me", "front-desk/index.xhtml")) {
            for (String method : List.of("TRACE", "FOO", "PROPFIND")) {
                HttpResponse<String> response = http.send(
                        HttpRequest.newBuilder(base.resolve(path))
                                .method(method, HttpRequest.BodyPublishers.noBody())
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(response.statusCode()).as("%s %s", method, path).isEqualTo(405);
                assertThat(response.body())
                        .as("%s %s", method, path)
                        .doesNotContainIgnoringCase("payara")
                        .doesNotContainIgnoringCase("glassfish")
                        .doesNotContain("Error report");
                assertThat(response.headers().firstValue("Server")).isEmpty();
                assertThat(response.headers().firstValue("X-Powered-By")).isEmpty();
            }
        }
    }

    @Test
    void metricsAndOpenApiNeedARoleWhenNotOpen() throws Exception {
        StaffUser monitor = staffUsers.create(
                "sec.monitor", "Metrics scraper", "a-long-monitoring-password", EnumSet.of(Role.MONITOR));
        assertThat(monitor.getRoles()).containsExactly(Role.MONITOR);
        StaffClient anyone = client();
        for (String path : List.of("metrics", "openapi")) {
            HttpResponse<String> anonymous = anyone.get(path);
            assertThat(anonymous.statusCode()).as(path).isEqualTo(401);
            assertThat(anonymous.body()).doesNotContainIgnoringCase("payara");
            assertThat(anyone.getWithBasic(path, "clerk", PASSWORD).statusCode())
                    .as(path + " as a clerk")
                    .isEqualTo(403);
        }
        HttpResponse<String> scraper =
                anyone.send(HttpRequest.newBuilder(Deployments.loopback(url).resolve("metrics"))
                        .header(
                                "Authorization",
                                "Basic "
                                        + java.util.Base64.getEncoder()
                                                .encodeToString("sec.monitor:a-long-monitoring-password"
                                                        .getBytes(StandardCharsets.UTF_8))));
        assertThat(scraper.statusCode()).isEqualTo(200);
        assertThat(scraper.body()).contains("# TYPE");
        assertThat(anyone.get("health").statusCode())
                .as("health stays open for load balancers")
                .isEqualTo(200);
    }

    // ----- Hostile requests beyond the sign-in -----

    /**
     * Path traversal through the Faces resource handler and the servlet container: whatever the encoding (plain,
     * percent-encoded, double-encoded, backslash, overlong UTF-8) and whichever part carries it (the resource name,
     * {@code ln=}, {@code v=}), nothing under WEB-INF or META-INF or from the class path is served, and no answer is a
     * server error or the server's own page. A real resource is served (the requests do reach the handler).
     */
    @Test
    @RunAsClient
    void pathTraversalThroughFacesResourcesServesNothingFromWebInfMetaInfOrTheClassPath() throws Exception {
        StaffClient anyone = client();
        HttpResponse<String> real = anyone.get("jakarta.faces.resource/app.css.xhtml?ln=css");
        assertThat(real.statusCode()).as("a real resource").isEqualTo(200);
        assertThat(real.body()).isNotBlank();
        List<String> hostile = List.of(
                "jakarta.faces.resource/..%2fWEB-INF%2fweb.xml.xhtml",
                "jakarta.faces.resource/..%2f..%2fWEB-INF%2fweb.xml.xhtml",
                "jakarta.faces.resource/%2e%2e%2fWEB-INF%2fweb.xml.xhtml",
                "jakarta.faces.resource/..%252fWEB-INF%252fweb.xml.xhtml",
                "jakarta.faces.resource/..%5cWEB-INF%5cweb.xml.xhtml",
                "jakarta.faces.resource/%c0%ae%c0%ae%2fWEB-INF%2fweb.xml.xhtml",
                "jakarta.faces.resource/WEB-INF/web.xml.xhtml",
                "jakarta.faces.resource/web.xml.xhtml?ln=../WEB-INF",
                "jakarta.faces.resource/web.xml.xhtml?ln=..%2fWEB-INF",
                "jakarta.faces.resource/web.xml.xhtml?ln=..%5cWEB-INF",
                "jakarta.faces.resource/web.xml.xhtml?ln=%2e%2e%2fWEB-INF",
                "jakarta.faces.resource/web.xml.xhtml?ln=WEB-INF",
                "jakarta.faces.resource/faces-config.xml.xhtml?ln=../../WEB-INF",
                "jakarta.faces.resource/layout.xhtml.xhtml?ln=../WEB-INF/templates",
                "jakarta.faces.resource/persistence.xml.xhtml?ln=../META-INF",
                "jakarta.faces.resource/persistence.xml.xhtml?ln=../WEB-INF/classes/META-INF",
                "jakarta.faces.resource/MANIFEST.MF.xhtml?ln=../META-INF",
                "jakarta.faces.resource/messages.properties.xhtml?ln=../WEB-INF/classes/fi/asiointipiste/i18n",
                "jakarta.faces.resource/META-INF/persistence.xml.xhtml",
                "jakarta.faces.resource/fi/asiointipiste/i18n/messages.properties.xhtml",
                "jakarta.faces.resource/..%2f..%2fMETA-INF%2fMANIFEST.MF.xhtml?ln=primefaces",
                "jakarta.faces.resource/core.js.xhtml?ln=primefaces&v=..%2f..%2fWEB-INF",
                "jakarta.faces.resource/app.css.xhtml?ln=css/../../WEB-INF",
                "WEB-INF/web.xml",
                "WEB-INF/web.xml.xhtml",
                "WEB-INF/templates/layout.xhtml",
                "WEB-INF/classes/META-INF/persistence.xml",
                "META-INF/MANIFEST.MF",
                "resources/../WEB-INF/web.xml",
                "resources/%2e%2e/WEB-INF/web.xml",
                "resources/..%2fWEB-INF%2fweb.xml",
                "%2e%2e/WEB-INF/web.xml",
                "resources/css/..%2f..%2fWEB-INF%2fweb.xml",
                "fi/asiointipiste/i18n/messages.properties");
        for (String path : hostile) {
            HttpResponse<String> r = anyone.get(path);
            assertThat(r.statusCode()).as(path).isLessThan(500);
            if (!path.contains("&v=")) { // v= is only a cache key: core.js itself is served, checked below
                assertThat(r.statusCode()).as(path).isNotEqualTo(200);
            }
            assertThat(r.body())
                    .as(path)
                    .doesNotContain("<web-app")
                    .doesNotContain("<faces-config")
                    .doesNotContain("persistence-unit")
                    .doesNotContain("Manifest-Version")
                    .doesNotContain("xmlns:ui=")
                    .doesNotContain("frontDesk.")
                    .doesNotContainIgnoringCase("payara")
                    .doesNotContainIgnoringCase("glassfish");
        }
    }

    /**
     * A clerk forges the coordinator's, the supervisor's and the administrator's actions: the REST calls (publish and
     * retire a rule set, revoke API and kiosk tokens, the staff list, statistics) and the Faces actions posted with a
     * valid view state of their own page (deactivate a user, audit chain check, publish/retire, revoke, statistics).
     * Every one is 403, and nothing changed.
     */
    @Test
    void aClerkForgingOtherRolesActionsIsRefusedAndNothingChanges() throws Exception {
        StaffUser victim = account("sec.forge.victim", Role.CLERK);
        fi.asiointipiste.rules.entity.RuleSet published = tx.inNew(em -> em.createQuery(
                        "SELECT r FROM RuleSet r WHERE r.status = :s ORDER BY r.id DESC",
                        fi.asiointipiste.rules.entity.RuleSet.class)
                .setParameter("s", fi.asiointipiste.rules.entity.RuleSetStatus.PUBLISHED)
                .setMaxResults(1)
                .getSingleResult());
        fi.asiointipiste.organisation.entity.ApiToken token = apiTokens
                .issue(
                        victim.getId(),
                        "forge test",
                        java.util.Set.of(Role.CLERK),
                        java.util.Set.of(
                                victim.getServicePoints().iterator().next().getId()))
                .token();
        fi.asiointipiste.feedback.entity.KioskToken kiosk =
                kiosks.issue(victim.getServicePoints().iterator().next().getId(), "forge tablet");
        long lastAuditBefore = tx.inNew(em ->
                em.createQuery("SELECT MAX(e.id) FROM AuditEvent e", Long.class).getSingleResult());

        StaffClient clerk = client();
        assertThat(clerk.signIn("clerk", PASSWORD).statusCode()).isEqualTo(302);
        String basic = "Basic "
                + java.util.Base64.getEncoder().encodeToString(("clerk:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpClient http = HttpClient.newHttpClient();
        Map<String, String> calls = new LinkedHashMap<>();
        calls.put("POST rule-sets/" + published.getId() + "/retire?version=" + published.getVersion(), "{}");
        calls.put("POST rule-sets/" + published.getId() + "/publish", "{\"now\":true,\"allPoints\":true}");
        calls.put("POST rule-sets/" + published.getId() + "/rollback", "{}");
        calls.put("POST admin/api-tokens/" + token.getId() + "/revoke", "{}");
        calls.put("POST admin/kiosk-tokens/" + kiosk.getId() + "/revoke", "{}");
        calls.put("GET admin/staff-users", null);
        calls.put("GET admin/api-tokens", null);
        calls.put("GET statistics/overview", null);
        calls.put("GET statistics/errands", null);
        for (Map.Entry<String, String> call : calls.entrySet()) {
            String method = call.getKey().substring(0, call.getKey().indexOf(' '));
            String path = call.getKey().substring(method.length() + 1);
            HttpRequest.Builder request = HttpRequest.newBuilder(
                            Deployments.loopback(url).resolve("api/" + path))
                    .header("Authorization", basic)
                    .header("Accept", "application/json")
                    .method(
                            method,
                            call.getValue() == null
                                    ? HttpRequest.BodyPublishers.noBody()
                                    : HttpRequest.BodyPublishers.ofString(call.getValue()));
            if (call.getValue() != null) {
                request.header("Content-Type", "application/json");
            }
            HttpResponse<String> r = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as(call.getKey() + ": " + r.body()).isEqualTo(403);
            assertThat(r.body()).as(call.getKey()).doesNotContainIgnoringCase("payara");
        }

        String own = clerk.get("front-desk/index.xhtml").body();
        Map<String, Map<String, String>> forms = new LinkedHashMap<>();
        forms.put(
                "admin/user.xhtml?id=" + victim.getId(),
                Map.of("accountForm", "accountForm", "accountForm:active", "false", "accountForm:save", "x"));
        forms.put("admin/audit.xhtml", Map.of("auditForm", "auditForm", "auditForm:check", "x"));
        forms.put("rules/rule-set.xhtml?id=" + published.getId(), Map.of("actions", "actions", "actions:retire", "x"));
        forms.put(
                "rules/rule-set.xhtml?id=" + published.getId(),
                Map.of("actions", "actions", "actions:publish", "x", "actions:now", "true"));
        forms.put("admin/api-tokens.xhtml", Map.of("tokensForm", "tokensForm", "tokensForm:tokens:0:revoke", "x"));
        forms.put("admin/kiosks.xhtml", Map.of("tokensForm", "tokensForm", "tokensForm:tokens:0:revoke", "x"));
        forms.put("statistics/index.xhtml", Map.of("exportForm", "exportForm", "exportForm:csv", "x"));
        forms.put("statistics/pilot-report.xhtml", Map.of("exportForm", "exportForm", "exportForm:csv", "x"));
        for (Map.Entry<String, Map<String, String>> form : forms.entrySet()) {
            HttpResponse<byte[]> r = clerk.postForm(form.getKey(), own, form.getValue());
            assertThat(r.statusCode()).as("POST " + form.getKey()).isEqualTo(403);
            assertThat(new String(r.body(), StandardCharsets.UTF_8))
                    .as(form.getKey())
                    .doesNotContainIgnoringCase("payara");
        }

        assertThat(reload("sec.forge.victim").isActive())
                .as("the user stays active")
                .isTrue();
        assertThat(tx.inNew(em -> em.find(fi.asiointipiste.rules.entity.RuleSet.class, published.getId()))
                        .getStatus())
                .isEqualTo(fi.asiointipiste.rules.entity.RuleSetStatus.PUBLISHED);
        assertThat(apiTokens.byId(token.getId()).orElseThrow().isRevoked()).isFalse();
        assertThat(tx.inNew(em -> em.find(fi.asiointipiste.feedback.entity.KioskToken.class, kiosk.getId()))
                        .getSecret()
                        .getRevokedAt())
                .isNull();
        assertThat(auditOf("clerk"))
                .as("no audited change by the clerk")
                .filteredOn(e -> e.getId() > lastAuditBefore)
                .extracting(AuditEvent::getAction)
                .noneMatch(action -> action.matches(".*(RULE|TOKEN|STAFF|USER|CHAIN|EXPORT|PUBLISH|RETIRE).*"));
    }

    // ----- In the browser (the scenarios are in SecurityBrowser: this class also runs in the server, without Selenium)
    // -----

    @Test
    @RunAsClient
    void anAdministratorEnrolsAnAuthenticatorAppAndSignsInWithIt() throws Exception {
        SecurityBrowser.anAdministratorEnrolsAnAuthenticatorAppAndSignsInWithIt(Deployments.loopback(url), PASSWORD);
    }

    @Test
    @RunAsClient
    void aClerkSeesTheIdleWarningBeforeTheEndAndContinuesFromTheKeyboard() throws Exception {
        fixture("create", "sec.browser.idle");
        SecurityBrowser.aClerkSeesTheIdleWarningAndContinues(
                Deployments.loopback(url), "sec.browser.idle", PASSWORD, TIMEOUT_SECONDS);
    }

    @Test
    @RunAsClient
    void aDeactivatedClerksOpenPageIsSignedOutOnItsNextRequest() throws Exception {
        fixture("create", "sec.browser.gone");
        SecurityBrowser.aDeactivatedClerksOpenPageIsSignedOut(
                Deployments.loopback(url),
                "sec.browser.gone",
                PASSWORD,
                () -> fixture("deactivate", "sec.browser.gone"));
    }

    // ----- helpers -----

    private List<AuditEvent> auditOf(String username) {
        return tx.inNew(em -> em.createQuery(
                        "SELECT e FROM AuditEvent e WHERE e.actor = :actor ORDER BY e.id", AuditEvent.class)
                .setParameter("actor", username)
                .getResultList());
    }

    private static String pollIdOf(String page) {
        Matcher poll = POLL.matcher(page);
        assertThat(poll.find()).as("a poll on the page").isTrue();
        return poll.group(1);
    }

    /** What PrimeFaces sends for the queue's p:poll, with its f:param. */
    private static Map<String, String> pollFields(String pollId) {
        String form = pollId.substring(0, pollId.indexOf(':'));
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("jakarta.faces.source", pollId);
        fields.put("jakarta.faces.partial.execute", pollId);
        fields.put("jakarta.faces.partial.render", "@none");
        fields.put(pollId, pollId);
        fields.put(form, form);
        fields.put("asiointipiste.background", "true");
        return fields;
    }

    private static int remaining(HttpResponse<?> response) {
        return Integer.parseInt(
                response.headers().firstValue("Asiointipiste-Session-Remaining").orElse("-1"));
    }

    /** The page's messages (what a person reads after a refused sign-in), without the per-request view state. */
    private static String messagesOf(HttpResponse<String> response) {
        Matcher messages = Pattern.compile("<div id=\"messages\"[^>]*>(.*?)</div>", Pattern.DOTALL)
                .matcher(response.body());
        assertThat(messages.find()).as("the messages on the page").isTrue();
        return messages.group(1)
                .replaceAll("<[^>]+>", " ")
                .replaceAll("\\s+", " ")
                .strip();
    }

    private HttpResponse<byte[]> submitCode(StaffClient clerk, String code) throws IOException, InterruptedException {
        String page = clerk.get("login.xhtml").body();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("codeForm", "codeForm");
        Matcher next = Pattern.compile("<input type=\"hidden\" name=\"(codeForm:[^\"]+)\"")
                .matcher(page);
        if (next.find()) {
            fields.put(next.group(1), "");
        }
        fields.put("codeForm:code", code);
        fields.put("codeForm:verify", "");
        return clerk.postForm("login.xhtml", page, fields);
    }

    private void fixture(String action, String user) {
        try {
            HttpResponse<String> done = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(Deployments.loopback(url).resolve("it-fixtures/account"))
                                    .header("Content-Type", "application/x-www-form-urlencoded")
                                    .POST(HttpRequest.BodyPublishers.ofString("action=" + action + "&user="
                                            + URLEncoder.encode(user, StandardCharsets.UTF_8)))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(done.statusCode()).as("fixture %s %s", action, user).isEqualTo(204);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static SSLContext trustingAnyCertificate() throws Exception {
        TrustManager[] any = {
            new X509TrustManager() {
                @Override
                public void checkClientTrusted(X509Certificate[] chain, String authType) {}

                @Override
                public void checkServerTrusted(X509Certificate[] chain, String authType) {}

                @Override
                public X509Certificate[] getAcceptedIssuers() {
                    return new X509Certificate[0];
                }
            }
        };
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, any, null);
        return context;
    }
}
