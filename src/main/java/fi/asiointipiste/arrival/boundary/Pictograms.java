package fi.asiointipiste.arrival.boundary;

import java.util.Map;

/**
 * The pictogram of each errand on the check-in terminal: a symbol of resources/images/pictograms.svg (drawn for this
 * application). Errands without their own pictogram show the one of their kind, and "help me" the question mark.
 */
public final class Pictograms {

    static final String HELP = "help";

    private static final Map<String, String> BY_TASK = Map.ofEntries(
            Map.entry("RENTAL_APARTMENT", "home"),
            Map.entry("KELA_HOUSING_ALLOWANCE", "home-euro"),
            Map.entry("KELA_PENSIONER_HOUSING", "home-euro"),
            Map.entry("KELA_SOCIAL_ASSISTANCE", "euro"),
            Map.entry("KELA_UNEMPLOYMENT_BENEFIT", "euro"),
            Map.entry("KELA_MEDICAL_REIMBURSEMENT", "health"),
            Map.entry("TE_JOBSEEKER_REGISTRATION", "work"),
            Map.entry("TE_EMPLOYMENT_PLAN", "work"),
            Map.entry("MUNICIPAL_HOME_CARE", "care"),
            Map.entry("MUNICIPAL_EARLY_EDUCATION", "child"),
            Map.entry("DIGITAL_SUPPORT", "device"),
            Map.entry("DVV_CHANGE_OF_ADDRESS", "move"),
            Map.entry("DVV_SUOMIFI_AUTHORISATION", "key"),
            Map.entry("TAX_CARD", "tax"),
            Map.entry("TAX_RETURN", "tax"),
            Map.entry("POLICE_PASSPORT", "passport"),
            Map.entry("POLICE_ID_CARD", "idcard"));

    private static final Map<String, String> BY_AGENCY = Map.of(
            "KELA",
            "euro",
            "TE_SERVICES",
            "work",
            "MUNICIPALITY",
            "home",
            "DVV",
            "move",
            "TAX",
            "tax",
            "POLICE",
            "idcard");

    private Pictograms() {}

    public static String of(String taskCode, String agencyCode) {
        return BY_TASK.getOrDefault(taskCode, BY_AGENCY.getOrDefault(agencyCode, HELP));
    }
}
