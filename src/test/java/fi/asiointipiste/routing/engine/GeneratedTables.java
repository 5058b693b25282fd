package fi.asiointipiste.routing.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A seed-shaped table with many rules (the seed's inputs and outputs, random but realistic conditions, FIRST,
 * ending with per-profile catch-alls), for analysis and benchmark tests.
 */
public final class GeneratedTables {
    private GeneratedTables() {}

    public static DecisionTable wide(int rules, long seed) {
        DecisionTable base = TestTables.seed();
        Random rnd = new Random(seed);
        String[] profiles = {"\"SELF_DIRECTED\"", "\"MULTI_UNSKILLED\"", "\"CONTACT_SEEKING\""};
        String[] agencies = {"\"KELA\"", "\"TE_SERVICES\"", "\"MUNICIPALITY\"", "\"DVV\"", "\"TAX\"", "\"POLICE\""};
        String[] langs = {"\"fi\"", "\"sv\"", "\"en\"", "\"other\""};
        String[] levels = {"\"SELF_SERVICE\"", "\"GUIDED\"", "\"FULL_ASSISTANCE\""};
        List<Rule> list = new ArrayList<>();
        for (int r = 0; r < rules - 3; r++) {
            List<String> in = List.of(
                    rnd.nextInt(3) == 0 ? "-" : profiles[rnd.nextInt(3)],
                    rnd.nextInt(2) == 0 ? "-" : "\"" + VisitGenerator.TASKS[rnd.nextInt(17)][0] + "\"",
                    rnd.nextInt(2) == 0 ? "-" : agencies[rnd.nextInt(6)] + "," + agencies[rnd.nextInt(6)],
                    rnd.nextInt(2) == 0 ? "-" : rnd.nextBoolean() ? "true" : "false",
                    rnd.nextInt(3) > 0 ? "-" : "not(" + langs[rnd.nextInt(4)] + ")",
                    rnd.nextInt(2) == 0
                            ? "-"
                            : rnd.nextBoolean()
                                    ? ">= " + (20 + rnd.nextInt(60))
                                    : "[" + (15 + rnd.nextInt(30)) + ".." + (50 + rnd.nextInt(40)) + ")",
                    rnd.nextInt(3) > 0 ? "-" : "true",
                    rnd.nextInt(3) > 0 ? "-" : rnd.nextBoolean() ? "true" : "false",
                    rnd.nextInt(3) > 0 ? "-" : ">= " + rnd.nextInt(6));
            list.add(Rule.of(
                    "g" + (r + 1),
                    in,
                    List.of(
                            levels[rnd.nextInt(3)],
                            "\"NONE\"",
                            "\"AT_DESK\"",
                            "\"generated\"",
                            "\"Generated rule " + (r + 1) + "\"")));
        }
        for (String p : profiles) {
            List<String> in = new ArrayList<>(List.of(p, "-", "-", "-", "-", "-", "-", "-", "-"));
            list.add(Rule.of(
                    "catch-all-" + p.replace("\"", "").toLowerCase(),
                    in,
                    List.of("\"GUIDED\"", "\"NONE\"", "\"AT_DESK\"", "\"guided-at-desk\"", "\"Catch-all\"")));
        }
        return new DecisionTable(
                DecisionTable.TableIdentity.named("wide" + rules),
                HitPolicy.FIRST,
                Aggregation.NONE,
                base.inputs(),
                base.outputs(),
                List.of(),
                list);
    }
}
