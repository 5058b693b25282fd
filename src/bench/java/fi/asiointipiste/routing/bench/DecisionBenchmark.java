package fi.asiointipiste.routing.bench;

import fi.asiointipiste.routing.engine.DecisionTable;
import fi.asiointipiste.routing.engine.GeneratedTables;
import fi.asiointipiste.routing.engine.TestTables;
import fi.asiointipiste.routing.engine.VisitGenerator;
import fi.asiointipiste.routing.engine.compile.CompiledTable;
import fi.asiointipiste.routing.engine.compile.FactRow;
import fi.asiointipiste.routing.engine.compile.TableCompiler;
import fi.asiointipiste.routing.engine.dmn.DmnWriter;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.kie.dmn.api.core.DMNContext;
import org.kie.dmn.api.core.DMNModel;
import org.kie.dmn.api.core.DMNRuntime;
import org.kie.dmn.core.internal.utils.DMNRuntimeBuilder;
import org.kie.internal.io.ResourceFactory;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Decisions per second on one thread, ours and KIE's, for the seed table and a generated 200-rule table. Each
 * invocation sets all nine facts of a pre-generated visit (strings, booleans, numbers) and decides, so the figure
 * includes fact encoding, not just the bitset AND.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class DecisionBenchmark {
    @Param({"seed", "generated200"})
    public String table;

    private CompiledTable compiled;
    private FactRow row;
    private Object[][] visits;
    private List<Map<String, Object>> visitMaps;
    private DMNRuntime kie;
    private DMNModel kieModel;
    private String decisionName;
    private int i;

    @Setup(Level.Trial)
    public void setUp() {
        DecisionTable t = table.equals("seed") ? TestTables.seed() : GeneratedTables.wide(200, 7);
        compiled = TableCompiler.compile(t);
        row = compiled.newRow();
        VisitGenerator gen = new VisitGenerator(1);
        visits = new Object[4096][];
        visitMaps = new java.util.ArrayList<>();
        for (int v = 0; v < visits.length; v++) {
            Map<String, Object> m = gen.next();
            visitMaps.add(m);
            visits[v] = new Object[compiled.inputCount()];
            for (int s = 0; s < compiled.inputCount(); s++) {
                Object x = m.get(t.inputs().get(s).expression());
                visits[v][s] = x instanceof java.math.BigDecimal b ? b.doubleValue() : x;
            }
        }
        var resource = ResourceFactory.newReaderResource(new StringReader(DmnWriter.write(t)), "UTF-8");
        resource.setSourcePath("bench.dmn");
        kie = DMNRuntimeBuilder.fromDefaults()
                .buildConfiguration()
                .fromResources(List.of(resource))
                .getOrElseThrow(IllegalStateException::new);
        kieModel = kie.getModels().get(0);
        decisionName = t.identity().decisionName();
    }

    @Benchmark
    public Object engine() {
        Object[] v = visits[i++ & 4095];
        FactRow r = row;
        for (int s = 0; s < v.length; s++) {
            Object x = v[s];
            if (x == null) {
                r.setNull(s);
            } else if (x instanceof String str) {
                r.setString(s, str);
            } else if (x instanceof Boolean b) {
                r.setBoolean(s, b);
            } else {
                r.setNumber(s, (Double) x);
            }
        }
        return compiled.decide(r);
    }

    @Benchmark
    public Object kie() {
        DMNContext ctx = kie.newContext();
        visitMaps.get(i++ & 4095).forEach(ctx::set);
        return kie.evaluateAll(kieModel, ctx)
                .getDecisionResultByName(decisionName)
                .getResult();
    }
}
