package fi.asiointipiste.arrival.control;

import java.util.ArrayList;
import java.util.List;

/** How the check-in terminal's form answers are read: the chosen errands' field and the e-identification question. */
public final class TerminalAnswers {

    private TerminalAnswers() {}

    /** The errand codes of the hidden field ("A,B,C"), stripped, without blanks and repeats, in the order chosen. */
    public static List<String> codes(String field) {
        List<String> chosen = new ArrayList<>();
        if (field != null) {
            for (String code : field.split(",")) {
                if (!code.isBlank() && !chosen.contains(code.strip())) {
                    chosen.add(code.strip());
                }
            }
        }
        return chosen;
    }

    /** "yes" and "no" answer whether the customer has strong e-identification; anything else is not known. */
    public static Boolean strongEid(String answer) {
        return "yes".equals(answer) ? Boolean.TRUE : "no".equals(answer) ? Boolean.FALSE : null;
    }
}
