package fi.asiointipiste.routing.engine;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Random but plausible visits for the seed table: the task's agency is usually the owning agency, ages and e-ID
 * are sometimes unknown (null). Deterministic for a given seed. Used by tests, the differential test and the bench.
 */
public final class VisitGenerator {
    public static final List<String> INPUTS = List.of(
            "profile",
            "task",
            "taskAgency",
            "strongEid",
            "language",
            "age",
            "firstVisit",
            "needsInterpreter",
            "visitsLast90Days");
    static final String[] PROFILES = {"SELF_DIRECTED", "MULTI_UNSKILLED", "CONTACT_SEEKING"};
    /** The demo catalogue's errands and their agencies, in catalogue order (also the wait-estimate backtest's). */
    public static final String[][] TASKS = {
        {"RENTAL_APARTMENT", "MUNICIPALITY"},
        {"KELA_HOUSING_ALLOWANCE", "KELA"},
        {"KELA_SOCIAL_ASSISTANCE", "KELA"},
        {"KELA_UNEMPLOYMENT_BENEFIT", "KELA"},
        {"KELA_PENSIONER_HOUSING", "KELA"},
        {"KELA_MEDICAL_REIMBURSEMENT", "KELA"},
        {"TE_JOBSEEKER_REGISTRATION", "TE_SERVICES"},
        {"TE_EMPLOYMENT_PLAN", "TE_SERVICES"},
        {"MUNICIPAL_HOME_CARE", "MUNICIPALITY"},
        {"MUNICIPAL_EARLY_EDUCATION", "MUNICIPALITY"},
        {"DIGITAL_SUPPORT", "MUNICIPALITY"},
        {"DVV_CHANGE_OF_ADDRESS", "DVV"},
        {"DVV_SUOMIFI_AUTHORISATION", "DVV"},
        {"TAX_CARD", "TAX"},
        {"TAX_RETURN", "TAX"},
        {"POLICE_PASSPORT", "POLICE"},
        {"POLICE_ID_CARD", "POLICE"}
    };

    static final String[] AGENCIES = {"KELA", "TE_SERVICES", "MUNICIPALITY", "DVV", "TAX", "POLICE"};
    static final String[] LANGUAGES = {"fi", "fi", "fi", "sv", "en", "other"};
    private final Random rnd;

    public VisitGenerator(long seed) {
        this.rnd = new Random(seed);
    }

    /** One visit as fact name to Java value (String, Boolean, BigDecimal or null). */
    public Map<String, Object> next() {
        String[] task = TASKS[rnd.nextInt(TASKS.length)];
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("profile", PROFILES[rnd.nextInt(3)]);
        m.put("task", task[0]);
        m.put("taskAgency", rnd.nextInt(20) == 0 ? AGENCIES[rnd.nextInt(AGENCIES.length)] : task[1]);
        m.put("strongEid", rnd.nextInt(12) == 0 ? null : rnd.nextInt(3) > 0);
        m.put("language", LANGUAGES[rnd.nextInt(LANGUAGES.length)]);
        m.put("age", rnd.nextInt(15) == 0 ? null : BigDecimal.valueOf(15 + rnd.nextInt(80)));
        m.put("firstVisit", rnd.nextInt(4) == 0);
        m.put("needsInterpreter", rnd.nextInt(8) == 0);
        m.put(
                "visitsLast90Days",
                rnd.nextInt(20) == 0
                        ? null
                        : BigDecimal.valueOf(rnd.nextInt(5) == 0 ? rnd.nextInt(10) : rnd.nextInt(2)));
        return m;
    }

    /** The visit as a CSV line: id, then the inputs in {@link #INPUTS} order, empty for null. */
    public static String csvLine(long id, Map<String, Object> v) {
        StringBuilder sb = new StringBuilder(96).append(id);
        for (String name : INPUTS) {
            Object x = v.get(name);
            sb.append(',');
            if (x != null) {
                sb.append(x);
            }
        }
        return sb.toString();
    }
}
