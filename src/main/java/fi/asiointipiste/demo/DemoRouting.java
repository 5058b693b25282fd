package fi.asiointipiste.demo;

/** How popular each errand is per profile and month, and how a clerk's override moves a level. */
class DemoRouting {

    private static final String[] LEVELS = {"SELF_SERVICE", "GUIDED", "FULL_ASSISTANCE"};

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
        boolean heavy = task.equals("RENTAL_APARTMENT")
                || task.equals("KELA_SOCIAL_ASSISTANCE")
                || task.equals("DIGITAL_SUPPORT")
                || task.equals("MUNICIPAL_HOME_CARE")
                || task.equals("KELA_PENSIONER_HOUSING");
        return profile.equals("MULTI_UNSKILLED") && heavy ? base * 2 : base;
    }
}
