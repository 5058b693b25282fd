package fi.asiointipiste.rules.bench;

import fi.asiointipiste.routing.engine.DecisionTable;
import fi.asiointipiste.routing.engine.GeneratedTables;
import fi.asiointipiste.routing.engine.VisitGenerator;
import fi.asiointipiste.routing.engine.compile.CompiledTable;
import fi.asiointipiste.routing.engine.compile.Decision;
import fi.asiointipiste.routing.engine.compile.TableCompiler;
import fi.asiointipiste.routing.engine.dmn.DmnReader;
import fi.asiointipiste.routing.engine.dmn.DmnWriter;
import fi.asiointipiste.routing.entity.RoutingFacts;
import fi.asiointipiste.routing.entity.SupportLevel;
import fi.asiointipiste.rules.control.DraftAnalysis;
import fi.asiointipiste.rules.entity.TableEdit;
import fi.asiointipiste.rules.entity.TestCase;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One cell edit on a 200-rule table as the workbench's facade does it (RuleDrafts.edit without the database): read
 * the stored DMN, apply the edit, write the DMN, analyse the new table (syntax, types, shadowed rules, gaps, what
 * routing needs, unused values) and run all 200 test cases on it. Target: under 300 ms. Sample time, so the report
 * has the median and the tail; after each iteration the thread's CPU time per edit is printed too ("cpu ms/op"),
 * which on a busy shared machine tells the work apart from the waiting for a core.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class RuleEditBenchmark {

    private String xml;
    private List<TestCase> cases;
    private int age;
    private int rule;
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private long cpuNanos;
    private long edits;

    @Setup(Level.Trial)
    public void setUp() {
        DecisionTable table = GeneratedTables.wide(200, 7);
        xml = DmnWriter.write(table);
        CompiledTable compiled = TableCompiler.compile(table);
        VisitGenerator visits = new VisitGenerator(11);
        cases = new ArrayList<>();
        while (cases.size() < 200) {
            Map<String, Object> facts = visits.next();
            Decision d = compiled.decide(facts);
            if (!d.isError() && d.matchCount() > 0) {
                cases.add(new TestCase(
                        null,
                        cases.size() + 1,
                        "case " + cases.size(),
                        RoutingFacts.of(facts),
                        SupportLevel.valueOf(d.outputText(0)),
                        d.outputText(1),
                        d.outputText(2)));
            }
        }
    }

    @Setup(Level.Iteration)
    public void startCounting() {
        cpuNanos = 0;
        edits = 0;
    }

    @TearDown(Level.Iteration)
    public void printCpuTime() {
        System.out.printf("%n  cpu ms/op: %.1f (%d edits)%n", cpuNanos / 1e6 / Math.max(1, edits), edits);
    }

    @Benchmark
    public DraftAnalysis oneCellEditAnalysedAndTested() {
        long start = threads.getCurrentThreadCpuTime();
        DecisionTable table = DmnReader.readString(xml);
        rule = (rule + 1) % 190;
        age = age == 30 ? 31 : 30;
        DecisionTable edited = new TableEdit.SetCondition(rule, table.inputIndex("age"), ">= " + age).apply(table);
        String written = DmnWriter.write(edited);
        DraftAnalysis analysis = DraftAnalysis.of(edited, cases);
        if (written.isEmpty() || analysis.outcomes().size() != 200) {
            throw new IllegalStateException("the edit was not analysed and tested");
        }
        cpuNanos += threads.getCurrentThreadCpuTime() - start;
        edits++;
        return analysis;
    }
}
