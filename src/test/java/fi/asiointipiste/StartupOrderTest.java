package fi.asiointipiste;

import static org.assertj.core.api.Assertions.assertThat;

import fi.asiointipiste.demo.DemoData;
import fi.asiointipiste.organisation.boundary.AdministratorAccount;
import fi.asiointipiste.platform.startup.BackgroundStartup;
import fi.asiointipiste.platform.startup.Startup;
import fi.asiointipiste.rules.boundary.SeedRules;
import fi.asiointipiste.statistics.control.StatisticsStartup;
import fi.asiointipiste.visits.entity.VisitsImported;
import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The features' start-up work runs in the order the platform's two events document: seed rules before accounts
 * (demo users), and in the background the demo's bulk data before the statistics' check. The platform itself knows
 * none of these classes; this test (outside every feature package) reads their observer methods.
 */
class StartupOrderTest {

    private static final List<Class<?>> FEATURE_STARTUPS =
            List.of(StatisticsStartup.class, DemoData.class, AdministratorAccount.class, SeedRules.class);

    @Test
    void beforeTheFirstRequestRulesAreSeededBeforeAnyAccountIsMade() {
        assertThat(observersOf(Startup.class))
                .containsExactly(
                        "SeedRules " + Startup.REFERENCE_DATA,
                        "AdministratorAccount " + Startup.ACCOUNTS,
                        "DemoData " + Startup.ACCOUNTS);
        assertThat(Startup.REFERENCE_DATA).isLessThan(Startup.ACCOUNTS);
    }

    @Test
    void inTheBackgroundTheDemoVisitsComeBeforeTheStatisticsCheck() {
        assertThat(observersOf(BackgroundStartup.class))
                .containsExactly(
                        "DemoData " + BackgroundStartup.BULK_DATA,
                        "StatisticsStartup " + BackgroundStartup.DERIVED_DATA);
        assertThat(BackgroundStartup.BULK_DATA).isLessThan(BackgroundStartup.DERIVED_DATA);
    }

    @Test
    void statisticsRecountsAfterABulkImportOfVisits() {
        assertThat(observersOf(VisitsImported.class)).containsExactly("StatisticsStartup " + DEFAULT_PRIORITY);
    }

    private static final int DEFAULT_PRIORITY = jakarta.interceptor.Interceptor.Priority.APPLICATION + 500;

    /** "Class priority" of every observer of the event among the features' start-up classes, in running order. */
    private static List<String> observersOf(Class<?> event) {
        record Observer(String name, int priority) {}
        List<Observer> found = new ArrayList<>();
        for (Class<?> type : FEATURE_STARTUPS) {
            for (Method method : type.getDeclaredMethods()) {
                for (Parameter parameter : method.getParameters()) {
                    if (parameter.getType() == event && parameter.isAnnotationPresent(Observes.class)) {
                        Priority priority = parameter.getAnnotation(Priority.class);
                        found.add(new Observer(
                                type.getSimpleName(), priority == null ? DEFAULT_PRIORITY : priority.value()));
                    }
                }
            }
        }
        return found.stream()
                .sorted(Comparator.comparingInt(Observer::priority).thenComparing(Observer::name))
                .map(o -> o.name() + " " + o.priority())
                .toList();
    }
}
