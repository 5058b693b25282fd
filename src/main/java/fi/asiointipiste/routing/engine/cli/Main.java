package fi.asiointipiste.routing.engine.cli;

import fi.asiointipiste.routing.engine.DecisionTable;
import fi.asiointipiste.routing.engine.EngineException;
import fi.asiointipiste.routing.engine.dmn.DmnReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Entry point of {@code asiointipiste-routing.jar}. Exit codes: 0 success, 1 the table has errors (validate,
 * or any command whose table does not compile), 2 bad arguments or unreadable files.
 */
public final class Main {
    static final String USAGE = """
            Usage: java -jar asiointipiste-routing.jar <command> [options]

            Commands:
              simulate --rules TABLE.dmn --visits VISITS.csv --out DECISIONS.csv
                  Decide every visit of VISITS.csv (header: id plus one column per input; empty = null)
                  and write id, one column per output, matchedRules and error to DECISIONS.csv.
                  Statistics go to stderr.
              validate --rules TABLE.dmn
                  Print the static analysis (syntax, types, overlaps, shadowed rules, gaps);
                  exit status 1 if it found errors.
              explain --rules TABLE.dmn --facts "profile=MULTI_UNSKILLED,task=RENTAL_APARTMENT,..."
                  Decide one visit and explain which rules matched, and which nearly did.

            Common option: --decision ID_OR_NAME   choose the decision when the DMN file has several.
            """;

    private Main() {}

    public static void main(String[] args) {
        int code = run(args, System.out, System.err);
        System.out.flush();
        if (code != 0) {
            System.exit(code);
        }
    }

    /** Runs a command; never calls System.exit, so tests can call it in-process. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h") || args[0].equals("help")) {
            (args.length == 0 ? err : out).print(USAGE);
            return args.length == 0 ? 2 : 0;
        }
        Map<String, String> opts;
        try {
            opts = options(args);
        } catch (IllegalArgumentException e) {
            return usageError(err, e.getMessage());
        }
        try {
            return switch (args[0]) {
                case "simulate" ->
                    new SimulateCommand(require(opts, "--visits"), require(opts, "--out")).run(table(opts), err);
                case "validate" -> ValidateCommand.run(table(opts), out);
                case "explain" -> ExplainCommand.run(table(opts), require(opts, "--facts"), out, err);
                default -> usageError(err, "unknown command '" + args[0] + "'");
            };
        } catch (IllegalArgumentException e) {
            return usageError(err, e.getMessage());
        } catch (EngineException e) {
            e.errors().forEach(x -> err.println("error: " + x));
            return e.error().code().startsWith("DMN_") ? 2 : 1;
        } catch (IOException e) {
            err.println("error: " + e);
            return 2;
        }
    }

    private static DecisionTable table(Map<String, String> opts) throws IOException {
        Path rules = Path.of(require(opts, "--rules"));
        if (!Files.isRegularFile(rules)) {
            throw new IllegalArgumentException("rules file not found: " + rules);
        }
        try (InputStream in = Files.newInputStream(rules)) {
            return DmnReader.read(in, opts.get("--decision"));
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> opts = new HashMap<>();
        for (int i = 1; i < args.length; i++) {
            String a = args[i];
            if (!a.startsWith("--")
                    || !java.util.Set.of("--rules", "--visits", "--out", "--facts", "--decision")
                            .contains(a)) {
                throw new IllegalArgumentException("unknown option '" + a + "'");
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("option " + a + " needs a value");
            }
            opts.put(a, args[++i]);
        }
        return opts;
    }

    private static String require(Map<String, String> opts, String name) {
        String v = opts.get(name);
        if (v == null) {
            throw new IllegalArgumentException("missing option " + name);
        }
        return v;
    }

    private static int usageError(PrintStream err, String message) {
        err.println("error: " + message);
        err.print(USAGE);
        return 2;
    }
}
