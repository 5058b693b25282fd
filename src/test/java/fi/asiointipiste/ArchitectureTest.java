package fi.asiointipiste;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The architecture of docs/architecture.md as executable rules. Each feature is a top-level package under
 * {@code fi.asiointipiste}; {@link #ALLOWED} is the one dependency graph between them, drawn in the document's
 * diagram (a test below compares the two), and every other rule here is named in the document too.
 */
@AnalyzeClasses(packages = "fi.asiointipiste", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String BASE = "fi.asiointipiste.";

    /**
     * Which features each feature may use (its boundary or entities). Read from bottom to top: platform knows no
     * feature; routing decides and knows no other feature (only platform, for its REST resource); rules stores the
     * tables routing uses (through routing's DecisionTables port) and replays the decisions visits keeps; statistics
     * and demo sit on top, and nothing depends on them.
     */
    static final Map<String, Set<String>> ALLOWED = new TreeMap<>(Map.ofEntries(
            Map.entry("platform", Set.of()),
            Map.entry("audit", Set.of("platform")),
            Map.entry("routing", Set.of("platform")),
            Map.entry("catalogue", Set.of("platform", "audit", "routing")),
            Map.entry("organisation", Set.of("platform", "audit", "catalogue")),
            Map.entry("customers", Set.of("platform", "audit")),
            Map.entry("visits", Set.of("platform", "audit", "routing", "catalogue", "organisation", "customers")),
            Map.entry("feedback", Set.of("platform", "audit", "organisation", "visits")),
            Map.entry("arrival", Set.of("platform", "audit", "routing", "catalogue", "organisation", "visits")),
            Map.entry("rules", Set.of("platform", "audit", "routing", "catalogue", "organisation", "visits")),
            Map.entry("statistics", Set.of("platform", "routing", "organisation", "visits", "feedback", "rules")),
            Map.entry("privacy", Set.of("platform", "audit", "catalogue", "organisation", "customers", "visits")),
            Map.entry(
                    "demo",
                    Set.of(
                            "platform",
                            "routing",
                            "catalogue",
                            "organisation",
                            "customers",
                            "visits",
                            "rules",
                            "arrival"))));

    @ArchTest
    static final ArchRule featuresFormNoCycle =
            slices().matching("fi.asiointipiste.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule featuresUseOnlyTheFeaturesBelowThem = classes().should(useOnlyAllowedFeatures());

    @ArchTest
    static final ArchRule platformKnowsNoFeature = noClasses()
            .that()
            .resideInAPackage("fi.asiointipiste.platform..")
            .should()
            .dependOnClassesThat(feature("any feature", f -> !f.equals("platform")));

    @ArchTest
    static final ArchRule theEngineIsPlainJava = classes()
            .that()
            .resideInAPackage("fi.asiointipiste.routing.engine..")
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage(
                    "fi.asiointipiste.routing.engine..", "java..", "javax.xml..", "org.w3c.dom..", "org.xml.sax..");

    @ArchTest
    static final ArchRule noFeatureReachesIntoAnothersControl = classes().should(useNoOtherFeaturesControl());

    @ArchTest
    static final ArchRule entitiesKnowNoBoundary = noClasses()
            .that()
            .resideInAPackage("fi.asiointipiste.*.entity..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("fi.asiointipiste.*.boundary..");

    @ArchTest
    static final ArchRule onlyStartUpCodeUsesDemo = noClasses()
            .that()
            .resideOutsideOfPackage("fi.asiointipiste.demo..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("fi.asiointipiste.demo..");

    @ArchTest
    static final ArchRule nothingDependsOnStatistics = noClasses()
            .that()
            .resideOutsideOfPackage("fi.asiointipiste.statistics..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("fi.asiointipiste.statistics..");

    @ArchTest
    static final ArchRule boundariesDoNotQueryWithJpql = noClasses()
            .that()
            .resideInAPackage("fi.asiointipiste.*.boundary..")
            .should()
            .callMethod(jakarta.persistence.EntityManager.class, "createQuery", String.class)
            .orShould()
            .callMethod(jakarta.persistence.EntityManager.class, "createQuery", String.class, Class.class)
            .because("JPQL lives in named queries on the entities or in a feature's control query class");

    /** Every allowed edge is used by the code: the documented graph is the code's, not a wish list. */
    @Test
    void everyAllowedDependencyIsUsed() {
        JavaClasses main = new ClassFileImporter()
                .withImportOption(new ImportOption.DoNotIncludeTests())
                .importPackages("fi.asiointipiste");
        Map<String, Set<String>> actual = new TreeMap<>();
        ALLOWED.keySet().forEach(f -> actual.put(f, new TreeSet<>()));
        for (JavaClass type : main) {
            featureOf(type.getPackageName())
                    .ifPresent(from -> type.getDirectDependenciesFromSelf()
                            .forEach(d -> featureOf(d.getTargetClass().getPackageName())
                                    .filter(to -> !to.equals(from))
                                    .ifPresent(to -> actual.computeIfAbsent(from, k -> new TreeSet<>())
                                            .add(to))));
        }
        assertThat(actual).isEqualTo(sorted(ALLOWED));
    }

    /** The diagram in docs/architecture.md shows exactly {@link #ALLOWED}. */
    @Test
    void theArchitectureDocumentDrawsTheSameGraph() throws IOException {
        String doc = Files.readString(Path.of("docs/architecture.md"), StandardCharsets.UTF_8);
        Matcher block = Pattern.compile("```mermaid\\s+graph [A-Z]{2}\\n(.*?)```", Pattern.DOTALL)
                .matcher(doc);
        assertThat(block.find()).as("a mermaid graph in docs/architecture.md").isTrue();
        Map<String, Set<String>> drawn = new TreeMap<>();
        ALLOWED.keySet().forEach(f -> drawn.put(f, new TreeSet<>()));
        Matcher edge = Pattern.compile("^\\s*(\\w+)\\s*-->\\s*(\\w+)\\s*$", Pattern.MULTILINE)
                .matcher(block.group(1));
        while (edge.find()) {
            drawn.computeIfAbsent(edge.group(1), k -> new TreeSet<>()).add(edge.group(2));
        }
        assertThat(drawn).isEqualTo(sorted(ALLOWED));
    }

    private static Map<String, Set<String>> sorted(Map<String, Set<String>> graph) {
        Map<String, Set<String>> copy = new TreeMap<>();
        graph.forEach((k, v) -> copy.put(k, new TreeSet<>(v)));
        return copy;
    }

    static Optional<String> featureOf(String packageName) {
        if (!packageName.startsWith(BASE)) {
            return Optional.empty();
        }
        String rest = packageName.substring(BASE.length());
        int dot = rest.indexOf('.');
        return Optional.of(dot < 0 ? rest : rest.substring(0, dot));
    }

    private static com.tngtech.archunit.base.DescribedPredicate<JavaClass> feature(
            String description, java.util.function.Predicate<String> test) {
        return com.tngtech.archunit.base.DescribedPredicate.describe(
                description, c -> featureOf(c.getPackageName()).filter(test).isPresent());
    }

    private static ArchCondition<JavaClass> useOnlyAllowedFeatures() {
        return new ArchCondition<>("use only the features docs/architecture.md allows them") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                Optional<String> from = featureOf(type.getPackageName());
                if (from.isEmpty()) {
                    return;
                }
                Set<String> allowed = ALLOWED.get(from.get());
                if (allowed == null) {
                    events.add(SimpleConditionEvent.violated(
                            type,
                            "feature '" + from.get()
                                    + "' is not in ArchitectureTest.ALLOWED nor in docs/architecture.md"));
                    return;
                }
                for (Dependency d : type.getDirectDependenciesFromSelf()) {
                    featureOf(d.getTargetClass().getPackageName())
                            .filter(to -> !to.equals(from.get()) && !allowed.contains(to))
                            .ifPresent(to -> events.add(SimpleConditionEvent.violated(
                                    d, from.get() + " may not use " + to + ": " + d.getDescription())));
                }
            }
        };
    }

    private static ArchCondition<JavaClass> useNoOtherFeaturesControl() {
        return new ArchCondition<>("use no other feature's control package") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                Optional<String> from = featureOf(type.getPackageName());
                for (Dependency d : type.getDirectDependenciesFromSelf()) {
                    String target = d.getTargetClass().getPackageName();
                    Optional<String> to = featureOf(target);
                    if (to.isPresent() && !to.equals(from) && target.startsWith(BASE + to.get() + ".control")) {
                        events.add(SimpleConditionEvent.violated(
                                d, d.getDescription() + " reaches into another feature's control"));
                    }
                }
            }
        };
    }
}
