package fi.asiointipiste.routing.engine.cli;

import fi.asiointipiste.routing.engine.DecisionTable;
import fi.asiointipiste.routing.engine.EngineError;
import fi.asiointipiste.routing.engine.compile.CompiledTable;
import fi.asiointipiste.routing.engine.compile.Decision;
import fi.asiointipiste.routing.engine.compile.FactRow;
import fi.asiointipiste.routing.engine.compile.TableCompiler;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code simulate}: replays visits from CSV. Single-threaded on purpose: reading, deciding and writing a row take
 * a few hundred nanoseconds, so on two cores handing rows between threads would cost about as much as it saves.
 * The CSV tail of a precomputed single-hit decision is cached by identity, so most rows only copy strings.
 */
final class SimulateCommand {
    private final Path visits;
    private final Path out;

    SimulateCommand(String visits, String out) {
        this.visits = Path.of(visits);
        this.out = Path.of(out);
        if (!Files.isRegularFile(this.visits)) {
            throw new IllegalArgumentException("visits file not found: " + visits);
        }
    }

    int run(DecisionTable table, PrintStream err) throws IOException {
        long start = System.nanoTime();
        CompiledTable compiled = TableCompiler.compile(table);
        FactRow row = compiled.newRow();
        Stats stats = new Stats(compiled);
        Map<Decision, String> tails = new IdentityHashMap<>();
        try (Reader r = new InputStreamReader(
                        new BufferedInputStream(Files.newInputStream(visits), 1 << 16), StandardCharsets.UTF_8);
                Writer w = new OutputStreamWriter(
                        new BufferedOutputStream(Files.newOutputStream(out), 1 << 16), StandardCharsets.UTF_8)) {
            CsvReader csv = new CsvReader(r);
            if (!csv.next()) {
                throw new IllegalArgumentException("visits file is empty: " + visits);
            }
            Header header = Header.read(csv, compiled, err);
            CsvWriter cw = new CsvWriter(w);
            header.write(cw, compiled);
            while (csv.next()) {
                stats.rows++;
                Decision d = decide(csv, header, row, compiled);
                if (header.idColumn >= 0 && header.idColumn < csv.fieldCount()) {
                    cw.raw(csv.chars(), csv.start(header.idColumn), csv.length(header.idColumn));
                }
                String tail = d.isError() || d.matchCount() > 1 ? null : tails.get(d);
                if (tail == null) {
                    tail = tail(d, compiled);
                    if (!d.isError()
                            && d.matchCount() <= 1
                            && compiled.table().hitPolicy().isSingleHit()) {
                        tails.put(d, tail);
                    }
                }
                cw.raw(tail);
                stats.count(d);
            }
        }
        stats.print(err, System.nanoTime() - start);
        return 0;
    }

    private static Decision decide(CsvReader csv, Header header, FactRow row, CompiledTable table) {
        if (csv.fieldCount() != header.slots.length) {
            return new BadRow(
                    table,
                    "CSV_FIELDS",
                    "line " + csv.line() + " has " + csv.fieldCount() + " fields, the header has "
                            + header.slots.length);
        }
        row.clear();
        for (int f = 0; f < header.slots.length; f++) {
            int slot = header.slots[f];
            if (slot >= 0) {
                row.setChars(slot, csv.chars(), csv.start(f), csv.length(f));
            }
        }
        return table.decide(row);
    }

    /** ",out1,...,outN,matchedRules,error\n" for one decision. */
    private static String tail(Decision d, CompiledTable table) {
        StringBuilder sb = new StringBuilder();
        for (int o = 0; o < table.outputNames().size(); o++) {
            sb.append(',').append(CsvWriter.quote(d.isError() ? "" : d.outputText(o)));
        }
        sb.append(',').append(CsvWriter.quote(String.join("|", d.matchedRuleIds())));
        EngineError e = d.error();
        sb.append(',')
                .append(e == null ? "" : CsvWriter.quote(e.code() + ": " + e.message()))
                .append('\n');
        return sb.toString();
    }

    /** Where each CSV column goes: an input slot, the id, or nowhere. */
    private record Header(int[] slots, int idColumn) {
        static Header read(CsvReader csv, CompiledTable table, PrintStream err) {
            int[] slots = new int[csv.fieldCount()];
            int id = -1;
            boolean[] seen = new boolean[table.inputCount()];
            for (int f = 0; f < slots.length; f++) {
                String name = csv.field(f).trim();
                slots[f] = table.slotOf(name);
                if (name.equals("id")) {
                    id = f;
                } else if (slots[f] < 0) {
                    err.println("warning: column '" + name + "' is not an input of the table; ignored");
                } else {
                    seen[slots[f]] = true;
                }
            }
            if (id < 0) {
                throw new IllegalArgumentException("visits file has no 'id' column");
            }
            for (int s = 0; s < seen.length; s++) {
                if (!seen[s]) {
                    err.println(
                            "warning: input '" + table.table().inputs().get(s).expression()
                                    + "' has no column; it is null for every visit");
                }
            }
            return new Header(slots, id);
        }

        void write(CsvWriter w, CompiledTable table) throws IOException {
            w.field("id");
            for (String o : table.outputNames()) {
                w.comma();
                w.field(o);
            }
            w.raw(",matchedRules,error\n");
        }
    }

    /** Counts rows, decisions by output value and errors by code; single-hit decisions are counted by identity. */
    private static final class Stats {
        private final CompiledTable table;
        private final Map<Decision, long[]> byDecision = new IdentityHashMap<>();
        private final Map<String, Long> errors = new TreeMap<>();
        private final Map<String, Map<String, Long>> multi = new TreeMap<>();
        long rows;

        Stats(CompiledTable table) {
            this.table = table;
        }

        void count(Decision d) {
            if (d.isError()) {
                errors.merge(d.error().code(), 1L, Long::sum);
            } else if (table.table().hitPolicy().isSingleHit()) {
                byDecision.computeIfAbsent(d, k -> new long[1])[0]++;
            } else {
                for (int o = 0; o < table.outputNames().size(); o++) {
                    multi.computeIfAbsent(table.outputNames().get(o), k -> new TreeMap<>())
                            .merge(d.outputText(o), 1L, Long::sum);
                }
            }
        }

        void print(PrintStream err, long nanos) {
            Map<String, Map<String, Long>> byOutput = new TreeMap<>(multi);
            byDecision.forEach((d, n) -> {
                for (int o = 0; o < table.outputNames().size(); o++) {
                    String v = d.matchCount() == 0 ? "(no match)" : d.outputText(o);
                    byOutput.computeIfAbsent(table.outputNames().get(o), k -> new TreeMap<>())
                            .merge(v, n[0], Long::sum);
                }
            });
            err.println("rows read: " + rows);
            for (String name : table.outputNames()) {
                Map<String, Long> counts = byOutput.getOrDefault(name, Map.of());
                if (counts.size() <= 25) {
                    err.println("decisions by " + name + ": " + counts);
                } else {
                    err.println("decisions by " + name + ": " + counts.size() + " distinct values");
                }
            }
            err.println("errors: " + (errors.isEmpty() ? "0" : errors.toString()));
            double ms = nanos / 1e6;
            err.printf(
                    "evaluation time: %.0f ms (%.0f rows/s, read + decide + write)%n",
                    ms, rows / Math.max(ms / 1000, 1e-9));
        }
    }
}
