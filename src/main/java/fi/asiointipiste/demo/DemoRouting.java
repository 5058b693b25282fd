package fi.asiointipiste.demo;

/**
 * The demo's stand-in for the routing engine when generating past visits: the workshop's intent in a few
 * lines, and how popular each errand is per profile and month.
 */
class DemoRouting {

    private static final String[] LEVELS = {"SELF_SERVICE", "GUIDED", "FULL_ASSISTANCE"};

    record Facts(String profile, boolean strongEid, boolean needsInterpreter, int age, int earlierVisits) {
    }

    record Decision(String level, String agency) {
    }

    Decision decide(Facts facts, ReferenceData.Task task) {
        String level;
        if (facts.profile().equals("MULTI_UNSKILLED") || (facts.age() >= 75 && !facts.strongEid())) {
            level = "FULL_ASSISTANCE";
        } else if (facts.profile().equals("SELF_DIRECTED") && facts.strongEid()) {
            level = "SELF_SERVICE";
        } else {
            level = "GUIDED";
        }
        if (facts.needsInterpreter()) {
            level = shift(level, 1);
        }
        String agency = switch (level) {
            case "SELF_SERVICE" -> "NONE";
            case "GUIDED" -> task.agencyCode().equals("TE_SERVICES") ? "TE_SERVICES" : "NONE";
            default -> task.agencyCode();
        };
        return new Decision(level, agency);
    }

    static String shift(String level, int steps) {
        for (int i = 0; i < LEVELS.length; i++) {
            if (LEVELS[i].equals(level)) {
                return LEVELS[Math.max(0, Math.min(LEVELS.length - 1, i + steps))];
            }
        }
        throw new IllegalArgumentException(level);
    }

    static double popularity(String task, String profile, int month) {
        double base = switch (task) {
            case "KELA_HOUSING_ALLOWANCE", "TE_JOBSEEKER_REGISTRATION", "DIGITAL_SUPPORT" -> 10;
            case "KELA_SOCIAL_ASSISTANCE", "KELA_UNEMPLOYMENT_BENEFIT", "TE_EMPLOYMENT_PLAN" -> 7;
            case "RENTAL_APARTMENT", "KELA_MEDICAL_REIMBURSEMENT", "DVV_CHANGE_OF_ADDRESS" -> 5;
            case "TAX_CARD" -> month <= 2 ? 14 : 3;
            case "TAX_RETURN" -> month == 4 || month == 5 ? 16 : 1;
            case "MUNICIPAL_EARLY_EDUCATION" -> month >= 2 && month <= 4 ? 6 : 2;
            default -> 3;
        };
        boolean heavy = task.equals("RENTAL_APARTMENT") || task.equals("KELA_SOCIAL_ASSISTANCE")
                || task.equals("DIGITAL_SUPPORT") || task.equals("MUNICIPAL_HOME_CARE")
                || task.equals("KELA_PENSIONER_HOUSING");
        return profile.equals("MULTI_UNSKILLED") && heavy ? base * 2 : base;
    }
}
