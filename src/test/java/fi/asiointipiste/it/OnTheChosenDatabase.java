package fi.asiointipiste.it;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs before any test class of the PostgreSQL failsafe execution (registered for every test through JUnit's
 * extension auto-detection, which only that execution turns on): without a reachable PostgreSQL the whole run is
 * skipped with one clear message, as the browser tests are without Chromium; when PostgreSQL is required (CI=true or
 * {@code -Ddb=postgresql}) it fails instead. The check runs once per test JVM. The browser tests ({@code *BrowserIT})
 * are disabled in the PostgreSQL run (docs/operations.md, "Tests on H2 and PostgreSQL").
 */
public class OnTheChosenDatabase implements ExecutionCondition {

    private static volatile String unreachable;
    private static volatile boolean checked;

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (!TestDatabase.isPostgresql()) {
            return ConditionEvaluationResult.enabled("not the PostgreSQL run");
        }
        if (context.getTestClass()
                .map(c -> c.getSimpleName().endsWith("BrowserIT"))
                .orElse(false)) {
            // pom.xml excludes them from the PostgreSQL execution; this also covers a class named with -Dit.test,
            // which overrides the excludes
            return ConditionEvaluationResult.disabled(
                    "browser tests run on H2 only: what users click does not depend on the database");
        }
        String reason = reason();
        if (reason == null) {
            return ConditionEvaluationResult.enabled("PostgreSQL at " + TestDatabase.url());
        }
        if (TestDatabase.postgresqlRequired()) {
            throw new IllegalStateException("The PostgreSQL test run cannot run: " + reason
                    + " (CI provides one, see .ci/run; -Ddb=h2 runs the tests on H2 only)");
        }
        return ConditionEvaluationResult.disabled("PostgreSQL run skipped: " + reason);
    }

    private static synchronized String reason() {
        if (!checked) {
            unreachable = TestDatabase.unreachableReason();
            checked = true;
            if (unreachable != null && !TestDatabase.postgresqlRequired()) {
                System.out.println("[WARNING] Integration tests on PostgreSQL skipped: " + unreachable
                        + ". Start one (see README) or run -Ddb=h2 to run on H2 only.");
            }
        }
        return unreachable;
    }
}
