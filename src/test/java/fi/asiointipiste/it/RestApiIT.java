package fi.asiointipiste.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The REST API as another system uses it (issue 11): API tokens and their scopes, the front desk's work end to end
 * (walk-in, profile, errand, override, closing, kiosk feedback, hand-off, appointment), Idempotency-Key (a retry gives
 * the first answer; the key is kept in the database, so it outlives the node's memory), ETag and If-Match (428, 412,
 * no lost update between concurrent edits), the refusals (400 for unknown, server-owned, mistyped, malformed or deeply
 * nested JSON, 413, 415, problem documents in the caller's language), the same-origin check for browser sessions,
 * routing decisions, statistics and the OpenAPI document.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RestApiIT {

    private static final String RESTART_KEY = "rest-api-it-kept-across-memory";
    private static final ZoneId FINLAND = ZoneId.of("Europe/Helsinki");

    @Deployment
    static WebArchive deployment() {
        return Deployments.application()
                .addClasses(RestApiIT.class, TestTransactions.class, Deployments.class, StaffClient.class);
    }

    @ArquillianResource
    URL url;

    @Inject
    TestTransactions tx;

    private static final HttpClient HTTP =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final Map<String, String> TOKENS = new HashMap<>();
    private static final Map<String, Long> POINTS = new HashMap<>();
    private static long keptVisitId;

    // ---- the answer is kept with its key: first the call, then the database and memory, then the retry ---------

    @Test
    @Order(1)
    @RunAsClient
    void aWalkInWithAnIdempotencyKeyIsCreatedOnce() throws Exception {
        String body = "{\"servicePointId\": " + point("PIELAVESI") + "}";
        Answer first = call("POST", "visits", token("clerk"), body, Map.of("Idempotency-Key", RESTART_KEY));
        assertThat(first.status()).isEqualTo(201);
        assertThat(first.header("Location"))
                .endsWith("/api/visits/" + first.json().getJsonNumber("id").longValue());
        assertThat(first.header("ETag"))
                .isEqualTo("\"" + first.json().getJsonNumber("version").longValue() + "\"");
        assertThat(first.json().getString("status")).isEqualTo("WAITING");
        assertThat(first.header("Idempotent-Replayed")).isNull();
        keptVisitId = first.json().getJsonNumber("id").longValue();

        Answer again = call("POST", "visits", token("clerk"), body, Map.of("Idempotency-Key", RESTART_KEY));
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(again.header("Location")).isEqualTo(first.header("Location"));

        Answer other = call(
                "POST",
                "visits",
                token("clerk"),
                "{\"servicePointId\": " + point("KEITELE") + "}",
                Map.of("Idempotency-Key", RESTART_KEY));
        assertThat(other.status()).isEqualTo(422);
        assertThat(other.problem()).isEqualTo("api.idempotency.reused");

        long copies = visitsToday("PIELAVESI").stream()
                .filter(v -> v.getJsonNumber("id").longValue() == keptVisitId)
                .count();
        assertThat(copies).isEqualTo(1);
        assertThat(call("POST", "visits", token("clerk"), body, Map.of("Idempotency-Key", "bad key"))
                        .problem())
                .isEqualTo("api.idempotency.badKey");
    }

    @Test
    @Order(2)
    void theKeptAnswerIsInTheDatabaseNotInMemory() {
        tx.inNew(em -> {
            em.getEntityManagerFactory().getCache().evictAll();
            return null;
        });
        List<?> rows =
                tx.inNew(em -> em.createNativeQuery("SELECT status, location FROM api_idempotency WHERE idem_key = ?1")
                        .setParameter(1, RESTART_KEY)
                        .getResultList());
        assertThat(rows).hasSize(1);
        Object[] row = (Object[]) rows.get(0);
        assertThat(((Number) row[0]).intValue()).isEqualTo(201);
        assertThat(String.valueOf(row[1])).matches(".*/api/visits/\\d+");
    }

    @Test
    @Order(3)
    @RunAsClient
    void afterTheCacheIsClearedTheRetryStillGetsTheFirstAnswer() throws Exception {
        String body = "{\"servicePointId\": " + point("PIELAVESI") + "}";
        Answer retry = call("POST", "visits", token("clerk"), body, Map.of("Idempotency-Key", RESTART_KEY));
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.json().getJsonNumber("id").longValue()).isEqualTo(keptVisitId);
    }

    @Test
    @Order(4)
    void tokensAreKeptOnlyAsHashes() {
        List<?> hashes = tx.inNew(
                em -> em.createNativeQuery("SELECT token_hash FROM api_token").getResultList());
        assertThat(hashes)
                .isNotEmpty()
                .allSatisfy(h -> assertThat(String.valueOf(h)).matches("[0-9a-f]{64}"));
    }

    // ---- the front desk through the API ------------------------------------------------------------------------

    @Test
    @Order(10)
    @RunAsClient
    void aVisitGoesThroughTheDeskAndTheKiosk() throws Exception {
        String clerk = token("clerk");
        JsonObject visit = walkIn(clerk, "KEITELE", true);
        long id = visit.getJsonNumber("id").longValue();
        assertThat(visit.getString("status")).isEqualTo("IN_SERVICE");
        assertThat(visit.getString("clerk")).isEqualTo("clerk");

        Answer profiled = call(
                "PATCH",
                "visits/" + id,
                clerk,
                "{\"profile\": \"MULTI_UNSKILLED\", \"language\": \"fi\", "
                        + "\"strongEid\": false, \"firstVisit\": true}",
                Map.of("If-Match", etag(visit), "Content-Type", "application/merge-patch+json"));
        assertThat(profiled.status()).isEqualTo(200);
        assertThat(profiled.json().getString("profile")).isEqualTo("MULTI_UNSKILLED");
        assertThat(profiled.json().getJsonObject("intake").getString("language"))
                .isEqualTo("fi");
        assertThat(profiled.json().getJsonObject("intake").getBoolean("strongEid"))
                .isFalse();

        Answer added = call("POST", "visits/" + id + "/tasks", clerk, "{\"taskCode\": \"RENTAL_APARTMENT\"}", Map.of());
        assertThat(added.status()).isEqualTo(201);
        JsonObject task = added.json();
        long taskId = task.getJsonNumber("id").longValue();
        assertThat(added.header("Location")).endsWith("/api/visits/" + id + "/tasks/" + taskId);
        assertThat(task.getString("recommendedLevel")).isNotBlank();
        assertThat(task.getString("ruleId")).isNotBlank();
        String other = task.getString("recommendedLevel").equals("GUIDED") ? "FULL_ASSISTANCE" : "GUIDED";

        Answer noReason = call(
                "PATCH",
                "visits/" + id + "/tasks/" + taskId,
                clerk,
                "{\"appliedLevel\": \"" + other + "\"}",
                Map.of("If-Match", added.header("ETag")));
        assertThat(noReason.status()).isEqualTo(409);
        assertThat(noReason.problem()).isEqualTo("frontDesk.apply.reasonRequired");
        Answer overridden = call(
                "PATCH",
                "visits/" + id + "/tasks/" + taskId,
                clerk,
                "{\"appliedLevel\": \"" + other
                        + "\", \"overrideReason\": \"LANGUAGE_NEED\", \"ticked\": [\"outcome\"]}",
                Map.of("If-Match", added.header("ETag")));
        assertThat(overridden.status()).isEqualTo(200);
        assertThat(overridden.json().getBoolean("overridden")).isTrue();
        assertThat(overridden.json().getString("overrideReason")).isEqualTo("LANGUAGE_NEED");
        assertThat(overridden.header("ETag")).isNotEqualTo(added.header("ETag"));

        Answer unclosed = call("POST", "visits/" + id + "/close", clerk, "{\"outcomes\": []}", Map.of());
        assertThat(unclosed.problem()).isEqualTo("frontDesk.close.outcomeRequired");
        Answer closed = call(
                "POST",
                "visits/" + id + "/close",
                clerk,
                "{\"outcomes\": [{\"taskId\": " + taskId
                        + ", \"outcome\": \"DONE\", \"didItThemselves\": true}], \"notes\": \"ok\"}",
                Map.of("If-Match", overridden.header("ETag")));
        assertThat(closed.status()).isEqualTo(200);
        assertThat(closed.json().getString("status")).isEqualTo("DONE");
        assertThat(closed.json().getJsonArray("tasks").getJsonObject(0).getString("outcome"))
                .isEqualTo("DONE");
        Answer read = call("GET", "visits/" + id, clerk, null, Map.of());
        assertThat(read.header("ETag")).isEqualTo(closed.header("ETag"));

        String kiosk = "Kiosk "
                + created(call(
                                "POST",
                                "admin/kiosk-tokens",
                                basic("admin"),
                                "{\"servicePointId\": " + point("KEITELE") + ", \"label\": \"API test tablet\"}",
                                Map.of()))
                        .getString("token");
        assertThat(call("GET", "feedback/visit", kiosk, null, Map.of())
                        .json()
                        .getJsonNumber("visitId")
                        .longValue())
                .isEqualTo(id);
        Answer given = call(
                "POST",
                "feedback",
                kiosk,
                "{\"visitId\": " + id + ", \"ces\": 2, \"nps\": 9}",
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertThat(given.status()).isEqualTo(201);
        assertThat(call("POST", "feedback", kiosk, "{\"visitId\": " + id + ", \"ces\": 1}", Map.of())
                        .problem())
                .isEqualTo("kiosk.alreadyAnswered");
        assertThat(call("POST", "feedback", "Kiosk nope", "{\"visitId\": " + id + ", \"ces\": 1}", Map.of())
                        .problem())
                .isEqualTo("api.unauthorized");
        assertThat(call("POST", "feedback", null, "{\"visitId\": " + id + ", \"ces\": 1}", Map.of())
                        .status())
                .isEqualTo(401);
        assertThat(call("GET", "me", kiosk, null, Map.of()).status())
                .as("a kiosk reaches only feedback")
                .isEqualTo(403);
    }

    @Test
    @Order(11)
    @RunAsClient
    void theQueueIsListedAndCalled() throws Exception {
        String clerk = token("clerk");
        JsonObject waiting = walkIn(clerk, "PIELAVESI", false);
        long id = waiting.getJsonNumber("id").longValue();
        Answer queue = call("GET", "visits?point=" + point("PIELAVESI") + "&status=WAITING", clerk, null, Map.of());
        assertThat(queue.status()).isEqualTo(200);
        assertThat(queue.array())
                .extracting(v -> v.asJsonObject().getString("status"))
                .containsOnly("WAITING");
        assertThat(queue.array())
                .extracting(v -> v.asJsonObject().getJsonNumber("id").longValue())
                .contains(id);
        assertThat(call("GET", "visits?point=x", clerk, null, Map.of()).problem())
                .isEqualTo("api.param.invalid");
        assertThat(call("GET", "visits", clerk, null, Map.of()).problem()).isEqualTo("api.param.required");
        assertThat(call("GET", "visits?point=" + point("PIELAVESI") + "&status=GONE", clerk, null, Map.of())
                        .problem())
                .isEqualTo("api.param.invalid");

        Answer called =
                call("PATCH", "visits/" + id, clerk, "{\"status\": \"IN_SERVICE\"}", Map.of("If-Match", etag(waiting)));
        assertThat(called.json().getString("status")).isEqualTo("IN_SERVICE");
        assertThat(call(
                                "PATCH",
                                "visits/" + id,
                                clerk,
                                "{\"status\": \"DONE\"}",
                                Map.of("If-Match", called.header("ETag")))
                        .problem())
                .isEqualTo("api.visits.status");
        assertThat(call("PATCH", "visits/" + id, clerk, "{}", Map.of("If-Match", called.header("ETag")))
                        .problem())
                .isEqualTo("api.body.empty");
    }

    @Test
    @Order(12)
    @RunAsClient
    void aSpecialistTakesAHandOffThroughTheApi() throws Exception {
        String clerk = token("clerk");
        JsonObject visit = walkIn(clerk, "PIELAVESI", true);
        long id = visit.getJsonNumber("id").longValue();
        Answer profiled = call(
                "PATCH", "visits/" + id, clerk, "{\"profile\": \"SELF_DIRECTED\"}", Map.of("If-Match", etag(visit)));
        long taskId = created(call(
                        "POST",
                        "visits/" + id + "/tasks",
                        clerk,
                        "{\"taskCode\": \"KELA_HOUSING_ALLOWANCE\"}",
                        Map.of("If-Match", profiled.header("ETag"))))
                .getJsonNumber("id")
                .longValue();
        Answer requested = call(
                "POST",
                "handoffs",
                clerk,
                "{\"visitId\": " + id + ", \"taskId\": " + taskId
                        + ", \"agency\": \"KELA\", \"mode\": \"REMOTE_VIDEO\"}",
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertThat(requested.status()).isEqualTo(201);
        long handoff = requested.json().getJsonNumber("id").longValue();
        String kela = token("kela");
        assertThat(call("GET", "handoffs", kela, null, Map.of()).array())
                .extracting(h -> h.asJsonObject().getJsonNumber("id").longValue())
                .contains(handoff);
        Answer accepted = call(
                "POST", "handoffs/" + handoff + "/accept", kela, null, Map.of("If-Match", requested.header("ETag")));
        assertThat(accepted.status()).isEqualTo(200);
        assertThat(accepted.json().getString("status")).isEqualTo("ACCEPTED");
        assertThat(call("POST", "handoffs/" + handoff + "/accept", token("te.palvelut"), null, Map.of())
                        .status())
                .as("another agency's request does not exist for them")
                .isEqualTo(404);
        Answer joined = call("POST", "handoffs/" + handoff + "/join", kela, "{}", Map.of());
        assertThat(joined.json().getString("status")).isEqualTo("JOINED");
        assertThat(call("POST", "handoffs/" + handoff + "/complete", kela, "{}", Map.of())
                        .problem())
                .isEqualTo("handoff.outcomeRequired");
        Answer completed = call(
                "POST",
                "handoffs/" + handoff + "/complete",
                kela,
                "{\"outcome\": \"Hakemus tehty\"}",
                Map.of("If-Match", joined.header("ETag")));
        assertThat(completed.json().getString("status")).isEqualTo("COMPLETED");
        assertThat(call("POST", "handoffs/" + handoff + "/cancel", clerk, "{\"reason\": \"x\"}", Map.of())
                        .problem())
                .isEqualTo("handoff.notCancellable");
    }

    @Test
    @Order(13)
    @RunAsClient
    void aBookingServiceBooksAndTheCustomerIsCheckedIn() throws Exception {
        String clerk = token("clerk");
        LocalDate tomorrow = LocalDate.now(FINLAND).plusDays(1);
        Answer booked = call(
                "POST",
                "appointments",
                clerk,
                "{\"servicePointId\": " + point("KEITELE") + ", \"day\": \"" + tomorrow
                        + "\", \"start\": \"10:00\", \"minutes\": 30, \"taskCodes\": [\"TAX_CARD\"]}",
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertThat(booked.status()).isEqualTo(201);
        assertThat(booked.json().getString("status")).isEqualTo("BOOKED");
        Answer listed =
                call("GET", "appointments?point=" + point("KEITELE") + "&from=" + tomorrow, clerk, null, Map.of());
        assertThat(listed.array())
                .extracting(a -> a.asJsonObject().getJsonNumber("id").longValue())
                .contains(booked.json().getJsonNumber("id").longValue());
        assertThat(call(
                                "POST",
                                "appointments",
                                clerk,
                                "{\"servicePointId\": " + point("KEITELE") + ", \"day\": \""
                                        + LocalDate.now(FINLAND).minusDays(1)
                                        + "\", \"start\": \"10:00\", \"minutes\": 30, \"taskCodes\": "
                                        + "[\"TAX_CARD\"]}",
                                Map.of())
                        .problem())
                .isEqualTo("appointment.inPast");

        LocalTime now = LocalTime.now(FINLAND);
        if (now.isBefore(LocalTime.of(23, 0))) {
            LocalTime start = now.plusMinutes(5).withSecond(0).withNano(0);
            JsonObject today = created(call(
                    "POST",
                    "appointments",
                    clerk,
                    "{\"servicePointId\": " + point("KEITELE")
                            + ", \"day\": \"" + LocalDate.now(FINLAND) + "\", \"start\": \"" + start
                            + "\", \"minutes\": 15, "
                            + "\"taskCodes\": [\"TAX_CARD\"]}",
                    Map.of()));
            Answer checkedIn =
                    call("POST", "visits", clerk, "{\"appointmentId\": " + today.getJsonNumber("id") + "}", Map.of());
            assertThat(checkedIn.status()).isEqualTo(201);
            assertThat(checkedIn.json().getString("channel")).isEqualTo("APPOINTMENT");
            assertThat(checkedIn.json().getString("status")).isEqualTo("IN_SERVICE");
        }
        assertThat(call("POST", "visits", clerk, "{\"servicePointId\": 1, \"appointmentId\": 2}", Map.of())
                        .problem())
                .isEqualTo("api.visits.pointOrAppointment");
    }

    @Test
    @Order(14)
    @RunAsClient
    void routingDecidesFromFactsAlone() throws Exception {
        Answer decided = call(
                "POST",
                "routing/decisions",
                token("clerk"),
                "{\"servicePointId\": " + point("PIELAVESI")
                        + ", \"facts\": {\"profile\": \"MULTI_UNSKILLED\", \"task\": \"RENTAL_APARTMENT\", \"taskAgency\": "
                        + "\"MUNICIPALITY\", \"strongEid\": false, \"language\": \"fi\", \"age\": 58, \"firstVisit\": true, "
                        + "\"needsInterpreter\": false, \"visitsLast90Days\": 0}}",
                Map.of());
        assertThat(decided.status()).isEqualTo(200);
        assertThat(decided.json().getString("level")).isIn("SELF_SERVICE", "GUIDED", "FULL_ASSISTANCE");
        assertThat(decided.json().getString("ruleId")).isNotBlank();
        assertThat(decided.json().getJsonObject("explanation").getString("report"))
                .contains("Decision:");
        Answer refused = call(
                "POST",
                "routing/decisions",
                token("clerk"),
                "{\"servicePointId\": " + point("PIELAVESI")
                        + ", \"facts\": {\"profile\": \"NOBODY\", \"task\": \"RENTAL_APARTMENT\"}}",
                Map.of());
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.problem()).isEqualTo("routing.api.noDecision");
    }

    @Test
    @Order(15)
    @RunAsClient
    void aSupervisorReadsStatisticsWithTheFilterOfThePages() throws Exception {
        String supervisor = token("supervisor");
        Answer overview = call("GET", "statistics/overview", supervisor, null, Map.of("Accept-Language", "en"));
        assertThat(overview.status()).isEqualTo(200);
        assertThat(overview.json()
                        .getJsonObject("headline")
                        .getJsonNumber("visits")
                        .longValue())
                .isPositive();
        Answer levels = call(
                "GET",
                "statistics/levels?grain=MONTH&points=" + point("TERVO"),
                supervisor,
                null,
                Map.of("Accept-Language", "en"));
        assertThat(levels.json()
                        .getJsonObject("filter")
                        .getJsonArray("points")
                        .getJsonNumber(0)
                        .longValue())
                .isEqualTo(point("TERVO"));
        assertThat(levels.json().getJsonArray("tables")).isNotEmpty();
        JsonObject column = levels.json()
                .getJsonArray("tables")
                .getJsonObject(0)
                .getJsonArray("columns")
                .getJsonObject(0);
        assertThat(column.getString("label")).doesNotStartWith("???");
        assertThat(call("GET", "statistics/nonsense", supervisor, null, Map.of())
                        .problem())
                .isEqualTo("api.statistics.view");
        assertThat(call("GET", "statistics/overview?from=2026-05-01&until=2026-04-01", supervisor, null, Map.of())
                        .problem())
                .isEqualTo("statistics.error.period");
        String tervoOnly = token("supervisor.tervo");
        assertThat(call("GET", "statistics/overview?points=" + point("PIELAVESI"), tervoOnly, null, Map.of())
                        .problem())
                .isEqualTo("statistics.error.points");
        assertThat(call("GET", "statistics/overview", token("clerk"), null, Map.of())
                        .status())
                .isEqualTo(403);
    }

    // ---- ETag and If-Match ---------------------------------------------------------------------------------

    @Test
    @Order(20)
    @RunAsClient
    void aChangeNamesTheVersionItSaw() throws Exception {
        String clerk = token("clerk");
        JsonObject visit = walkIn(clerk, "PIELAVESI", true);
        long id = visit.getJsonNumber("id").longValue();
        Answer without = call("PATCH", "visits/" + id, clerk, "{\"language\": \"sv\"}", Map.of());
        assertThat(without.status()).isEqualTo(428);
        assertThat(without.problem()).isEqualTo("api.precondition.required");
        Answer changed =
                call("PATCH", "visits/" + id, clerk, "{\"language\": \"sv\"}", Map.of("If-Match", etag(visit)));
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.header("ETag")).isNotEqualTo(etag(visit));
        Answer stale = call("PATCH", "visits/" + id, clerk, "{\"language\": \"en\"}", Map.of("If-Match", etag(visit)));
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.problem()).isEqualTo("api.precondition.stale");
        assertThat(call("PATCH", "visits/" + id, clerk, "{\"language\": \"en\"}", Map.of("If-Match", "W/\"1\""))
                        .status())
                .isEqualTo(412);
        Answer read = call("GET", "visits/" + id, clerk, null, Map.of());
        assertThat(read.json().getJsonObject("intake").getString("language"))
                .as("the stale edit changed nothing")
                .isEqualTo("sv");
        assertThat(read.header("ETag")).isEqualTo(changed.header("ETag"));
    }

    @Test
    @Order(21)
    @RunAsClient
    void ofTwoConcurrentEditsOfOneVersionExactlyOneWins() throws Exception {
        String clerk = token("clerk");
        JsonObject visit = walkIn(clerk, "KEITELE", true);
        long id = visit.getJsonNumber("id").longValue();
        String tag = etag(visit);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int pair = 0; pair < 20; pair++) {
                CyclicBarrier together = new CyclicBarrier(2);
                String ifMatch = tag;
                List<Future<Answer>> both = new ArrayList<>();
                for (String language : List.of("fi", "sv")) {
                    Callable<Answer> edit = () -> {
                        together.await();
                        return call(
                                "PATCH",
                                "visits/" + id,
                                clerk,
                                "{\"language\": \"" + language + "\"}",
                                Map.of("If-Match", ifMatch));
                    };
                    both.add(pool.submit(edit));
                }
                List<Answer> answers = List.of(both.get(0).get(), both.get(1).get());
                assertThat(answers)
                        .extracting(Answer::status)
                        .as("pair " + pair)
                        .containsExactlyInAnyOrder(200, 412);
                Answer winner = answers.stream()
                        .filter(a -> a.status() == 200)
                        .findFirst()
                        .orElseThrow();
                Answer now = call("GET", "visits/" + id, clerk, null, Map.of());
                assertThat(now.json().getJsonObject("intake").getString("language"))
                        .isEqualTo(winner.json().getJsonObject("intake").getString("language"));
                tag = now.header("ETag");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    // ---- refusals ---------------------------------------------------------------------------------------

    @Test
    @Order(30)
    @RunAsClient
    void badBodiesAreRefusedWithAProblemNamingTheMember() throws Exception {
        String clerk = token("clerk");
        long point = point("PIELAVESI");
        assertRefused(
                call("POST", "visits", clerk, "{\"servicePointId\": " + point + ", \"colour\": 1}", Map.of()),
                400,
                "api.json.unknownField",
                "colour");
        assertRefused(
                call("POST", "visits", clerk, "{\"servicePointId\": " + point + ", \"id\": 5}", Map.of()),
                400,
                "api.json.serverOwned",
                "id");
        assertRefused(
                call("POST", "visits", clerk, "{\"servicePointId\": " + point + ", \"status\": \"DONE\"}", Map.of()),
                400,
                "api.json.serverOwned",
                "status");
        assertRefused(
                call("POST", "visits", clerk, "{\"servicePointId\": \"" + point + "\"}", Map.of()),
                400,
                "api.json.wrongType",
                "servicePointId");
        assertRefused(
                call("POST", "visits", clerk, "{\"servicePointId\": " + point + ", \"serveNow\": \"yes\"}", Map.of()),
                400,
                "api.json.wrongType",
                "serveNow");
        assertRefused(call("POST", "visits", clerk, "null", Map.of()), 400, "api.body.required", null);
        assertRefused(call("POST", "visits", clerk, "", Map.of()), 400, "api.body.required", null);
        assertRefused(
                call("POST", "visits", clerk, "{\"servicePointId\": ", Map.of()), 400, "api.json.malformed", null);
        assertRefused(
                call(
                        "POST",
                        "routing/decisions",
                        clerk,
                        "{\"servicePointId\": " + point + ", \"facts\": " + "[".repeat(40) + "]".repeat(40) + "}",
                        Map.of()),
                400,
                "api.json.tooDeep",
                null);
        assertRefused(
                call(
                        "POST",
                        "visits/1/close",
                        clerk,
                        "{\"outcomes\": [{\"taskId\": 1, \"outcome\": \"MAYBE\"}]}",
                        Map.of()),
                400,
                "api.json.badValue",
                "outcomes[0].outcome");
        assertRefused(call("POST", "visits/1/tasks", clerk, "{}", Map.of()), 400, "api.invalid", "taskCode");

        Answer plain = call("POST", "visits", clerk, "servicePointId=1", Map.of("Content-Type", "text/plain"));
        assertThat(plain.status()).isEqualTo(415);
        assertThat(plain.problem()).isEqualTo("api.unsupportedMediaType");
        Answer form = call(
                "POST",
                "visits",
                clerk,
                "servicePointId=1",
                Map.of("Content-Type", "application/x-www-form-urlencoded"));
        assertThat(form.status()).isEqualTo(415);

        String big = "{\"servicePointId\": " + point + ", \"pad\": \"" + "x".repeat(70_000) + "\"}";
        Answer tooLarge = call("POST", "visits", clerk, big, Map.of());
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.problem()).isEqualTo("api.tooLarge");
        HttpResponse<String> chunked = HTTP.send(
                request("POST", "visits", clerk, Map.of())
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofInputStream(
                                () -> new ByteArrayInputStream(big.getBytes(StandardCharsets.UTF_8))))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(chunked.statusCode())
                .as("a body without Content-Length is cut at the limit")
                .isEqualTo(413);
    }

    @Test
    @Order(31)
    @RunAsClient
    void problemsAreTranslatedAndCarryTheirType() throws Exception {
        String clerk = token("clerk");
        Map<String, String> details = new HashMap<>();
        for (String language : List.of("fi", "sv", "en")) {
            Answer a = call("POST", "visits", clerk, "{\"colour\": 1}", Map.of("Accept-Language", language));
            assertThat(a.header("Content-Type")).startsWith("application/problem+json");
            assertThat(a.json().getString("type")).isEqualTo("urn:asiointipiste:problem:api.json.unknownField");
            assertThat(a.json().getString("title")).isEqualTo("Bad Request");
            assertThat(a.json().getInt("status")).isEqualTo(400);
            assertThat(a.json().getString("instance")).isEqualTo("/api/visits");
            details.put(language, a.json().getString("detail"));
        }
        assertThat(details.get("fi")).isEqualTo("Rajapinta ei tunne jäsentä colour.");
        assertThat(details.get("sv")).isEqualTo("Gränssnittet känner inte till medlemmen colour.");
        assertThat(details.get("en")).isEqualTo("The API does not know the member colour.");

        Answer missing = call("GET", "visits/999999999", clerk, null, Map.of("Accept-Language", "en"));
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.problem()).isEqualTo("frontDesk.visit.notFound");
        assertThat(call("GET", "no-such-thing", clerk, null, Map.of()).problem())
                .isEqualTo("api.notFound");
        Answer method = call("DELETE", "visits/1", clerk, null, Map.of());
        assertThat(method.status()).isEqualTo(405);
        assertThat(method.problem()).isEqualTo("api.methodNotAllowed");
        Answer anonymous = call("GET", "visits?point=1", null, null, Map.of());
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.problem()).isEqualTo("api.unauthorized");
        assertThat(anonymous.header("WWW-Authenticate")).isNotNull();
    }

    // ---- tokens and the same-origin rule -------------------------------------------------------------------

    @Test
    @Order(40)
    @RunAsClient
    void aTokenActsOnlyWithinItsRolesAndPointsUntilRevoked() throws Exception {
        long pielavesi = point("PIELAVESI");
        long keitele = point("KEITELE");
        JsonObject issued = created(call(
                "POST",
                "admin/api-tokens",
                basic("admin"),
                "{\"username\": \"clerk\", "
                        + "\"label\": \"Ticket machine Pielavesi\", \"roles\": [\"CLERK\"], \"servicePointIds\": ["
                        + pielavesi + "]}",
                Map.of()));
        String machine = "Bearer " + issued.getString("token");
        assertThat(issued.getString("token")).startsWith("ap_");
        assertThat(call("POST", "visits", machine, "{\"servicePointId\": " + pielavesi + "}", Map.of())
                        .status())
                .isEqualTo(201);
        Answer elsewhere = call("POST", "visits", machine, "{\"servicePointId\": " + keitele + "}", Map.of());
        assertThat(elsewhere.status())
                .as("clerk works at Keitele, the token does not")
                .isEqualTo(403);
        assertThat(elsewhere.problem()).isEqualTo("frontDesk.pointNotYours");
        assertThat(call("GET", "admin/api-tokens", machine, null, Map.of()).status())
                .isEqualTo(403);

        assertThat(call(
                                "POST",
                                "admin/api-tokens",
                                basic("admin"),
                                "{\"username\": \"clerk\", \"label\": \"x\", "
                                        + "\"roles\": [\"SUPERVISOR\"], \"servicePointIds\": [" + pielavesi + "]}",
                                Map.of())
                        .problem())
                .isEqualTo("admin.apiToken.notTheUsersRole");
        assertThat(call(
                                "POST",
                                "admin/api-tokens",
                                basic("admin"),
                                "{\"username\": \"clerk2\", \"label\": \"x\", "
                                        + "\"roles\": [\"CLERK\"], \"servicePointIds\": [" + pielavesi + "]}",
                                Map.of())
                        .problem())
                .isEqualTo("admin.apiToken.notTheUsersPoint");
        Answer admin = call(
                "POST",
                "admin/api-tokens",
                basic("admin"),
                "{\"username\": \"admin\", \"label\": \"x\", " + "\"roles\": [\"ADMIN\"], \"servicePointIds\": ["
                        + pielavesi + "]}",
                Map.of());
        assertThat(admin.status())
                .as("ADMIN is no role of a token (a refusal of the domain)")
                .isEqualTo(409);
        assertThat(admin.problem()).isEqualTo("admin.apiToken.rolesRequired");

        long id = issued.getJsonNumber("id").longValue();
        assertThat(call("POST", "admin/api-tokens/" + id + "/revoke", basic("admin"), null, Map.of())
                        .status())
                .isEqualTo(200);
        Answer revoked = call("POST", "visits", machine, "{\"servicePointId\": " + pielavesi + "}", Map.of());
        assertThat(revoked.status()).isEqualTo(401);
        assertThat(revoked.problem()).isEqualTo("api.unauthorized");
        assertThat(call("GET", "me", "Bearer ap_guessed", null, Map.of()).status())
                .isEqualTo(401);
    }

    @Test
    @Order(41)
    @RunAsClient
    void aBrowserSessionChangesNothingFromAnotherSite() throws Exception {
        StaffClient browser = new StaffClient(base());
        assertThat(browser.signIn("coordinator", "asiointipiste").statusCode()).isEqualTo(302);
        JsonArray sets = Json.createReader(
                        new StringReader(browser.get("api/rule-sets").body()))
                .readArray();
        JsonObject published = sets.stream()
                .map(JsonValue::asJsonObject)
                .filter(s -> s.getString("status").equals("PUBLISHED"))
                .findFirst()
                .orElseThrow();
        String retire = "api/rule-sets/" + published.getJsonNumber("id") + "/retire?version="
                + published.getJsonNumber("version");
        String host = base().getHost() + ":" + base().getPort();

        HttpResponse<String> crossSite = browser.post(
                retire,
                "application/x-www-form-urlencoded",
                "",
                Map.of("Origin", "https://evil.example", "Sec-Fetch-Site", "cross-site"));
        assertThat(crossSite.statusCode()).isEqualTo(403);
        assertThat(crossSite.body()).contains("api.crossSite");
        assertThat(browser.post(retire, "text/plain", "", Map.of("Origin", "https://evil.example"))
                        .statusCode())
                .isEqualTo(403);
        assertThat(browser.post(retire, "application/json", "{}", Map.of()).statusCode())
                .as("a session call without Origin or Fetch Metadata")
                .isEqualTo(403);
        HttpResponse<String> stillPublished = browser.get("api/rule-sets/" + published.getJsonNumber("id"));
        assertThat(stillPublished.body()).contains("\"status\":\"PUBLISHED\"");

        HttpResponse<String> sameOrigin = browser.post(
                "api/routing/decisions",
                "application/json",
                "{\"servicePointId\": " + point("PIELAVESI") + ", \"facts\": {\"profile\": \"SELF_DIRECTED\"}}",
                Map.of("Origin", "http://" + host, "Sec-Fetch-Site", "same-origin"));
        assertThat(sameOrigin.statusCode())
                .as("the page's own call passes the check")
                .isIn(200, 422);
    }

    @Test
    @Order(50)
    @RunAsClient
    void theOpenApiDocumentDescribesEveryResource() throws Exception {
        HttpResponse<String> doc = HTTP.send(
                HttpRequest.newBuilder(base().resolve("openapi"))
                        .header("Accept", "application/json")
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(doc.statusCode()).isEqualTo(200);
        JsonObject api = Json.createReader(new StringReader(doc.body())).readObject();
        JsonObject paths = api.getJsonObject("paths");
        assertThat(paths.keySet())
                .contains(
                        "/api/visits",
                        "/api/visits/{id}",
                        "/api/visits/{id}/tasks",
                        "/api/visits/{id}/tasks/{taskId}",
                        "/api/visits/{id}/close",
                        "/api/routing/decisions",
                        "/api/handoffs",
                        "/api/handoffs/{id}/accept",
                        "/api/handoffs/{id}/complete",
                        "/api/handoffs/{id}/cancel",
                        "/api/appointments",
                        "/api/feedback",
                        "/api/statistics/{view}");
        JsonObject schemas = api.getJsonObject("components").getJsonObject("schemas");
        assertThat(schemas.keySet()).contains("Visit", "NewVisit", "VisitChanges", "Problem", "DecisionRequest");
        assertThat(schemas.getJsonObject("NewVisit")
                        .getJsonObject("properties")
                        .getJsonObject("servicePointId")
                        .getString("description"))
                .isNotBlank();
        assertThat(api.getJsonObject("components")
                        .getJsonObject("securitySchemes")
                        .keySet())
                .contains("token", "basic", "kiosk");
    }

    // ---- helpers -------------------------------------------------------------------------------------------

    record Answer(int status, Map<String, List<String>> headers, String body) {
        String header(String name) {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0))
                    .findFirst()
                    .orElse(null);
        }

        JsonObject json() {
            return (JsonObject) parse();
        }

        JsonArray array() {
            return (JsonArray) parse();
        }

        private JsonStructure parse() {
            return Json.createReader(new StringReader(body)).read();
        }

        /** The problem's code, or the status and body when this is not a problem document. */
        String problem() {
            String type = header("Content-Type");
            return type != null && type.startsWith("application/problem+json")
                    ? json().getString("code")
                    : status + " " + body;
        }
    }

    private static void assertRefused(Answer a, int status, String code, String field) {
        assertThat(a.status()).as(a.body()).isEqualTo(status);
        assertThat(a.problem()).isEqualTo(code);
        if (field != null) {
            assertThat(a.json().getJsonArray("problems").getJsonObject(0).getString("field"))
                    .isEqualTo(field);
        }
    }

    private Answer call(String method, String path, String authorization, String body, Map<String, String> headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder r = request(method, path, authorization, headers);
        if (!headers.containsKey("Content-Type") && body != null) {
            r.header("Content-Type", "application/json");
        }
        r.method(
                method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> response = HTTP.send(r.build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.headers().map(), response.body());
    }

    private HttpRequest.Builder request(String method, String path, String authorization, Map<String, String> headers) {
        HttpRequest.Builder r = HttpRequest.newBuilder(base().resolve("api/" + path));
        if (authorization != null) {
            r.header("Authorization", authorization);
        }
        r.header("Accept", "application/json");
        headers.forEach(r::header);
        return r;
    }

    /** A walk-in through the API at the point with that code, served at once or left waiting; its JSON. */
    private JsonObject walkIn(String authorization, String pointCode, boolean serveNow) throws Exception {
        return created(call(
                "POST",
                "visits",
                authorization,
                "{\"servicePointId\": " + point(pointCode) + (serveNow ? ", \"serveNow\": true}" : "}"),
                Map.of()));
    }

    private static JsonObject created(Answer a) {
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        return a.json();
    }

    private static String etag(JsonObject resource) {
        return "\"" + resource.getJsonNumber("version").longValue() + "\"";
    }

    private List<JsonObject> visitsToday(String point) throws IOException, InterruptedException {
        return call("GET", "visits?point=" + point(point), token("clerk"), null, Map.of()).array().stream()
                .map(JsonValue::asJsonObject)
                .toList();
    }

    /** An API token of the demo user with all their roles (that a token may have) at all their points. */
    private String token(String user) throws IOException, InterruptedException {
        if (!TOKENS.containsKey(user)) {
            JsonObject me = call("GET", "me", basic(user), null, Map.of()).json();
            List<String> roles = me.getJsonArray("roles").getValuesAs(JsonValue::toString);
            StringBuilder points = new StringBuilder();
            for (JsonValue code : me.getJsonArray("servicePoints")) {
                points.append(points.isEmpty() ? "" : ",").append(point(((jakarta.json.JsonString) code).getString()));
            }
            JsonObject issued = created(call(
                    "POST",
                    "admin/api-tokens",
                    basic("admin"),
                    "{\"username\": \"" + user
                            + "\", \"label\": \"RestApiIT " + user + "\", \"roles\": " + roles
                            + ", \"servicePointIds\": ["
                            + points + "]}",
                    Map.of()));
            TOKENS.put(user, "Bearer " + issued.getString("token"));
        }
        return TOKENS.get(user);
    }

    private long point(String code) throws IOException, InterruptedException {
        if (POINTS.isEmpty()) {
            for (JsonValue p : call("GET", "service-points", basic("admin"), null, Map.of())
                    .array()) {
                POINTS.put(
                        p.asJsonObject().getString("code"),
                        p.asJsonObject().getJsonNumber("id").longValue());
            }
        }
        return POINTS.get(code);
    }

    private static String basic(String user) {
        return "Basic "
                + Base64.getEncoder().encodeToString((user + ":asiointipiste").getBytes(StandardCharsets.UTF_8));
    }

    private URI base() {
        return Deployments.loopback(url);
    }
}
