package fi.asiointipiste.arrival.boundary;

import java.io.Serializable;
import java.util.List;

/**
 * What a customer told the check-in terminal.
 *
 * @param language        fi, sv or en: the terminal's language, also the visit's service language
 * @param taskCodes       the errands chosen, in the order chosen; empty with {@code helpMe}
 * @param helpMe          "I don't know — help me": no errand chosen, a clerk finds out
 * @param interpreter     the customer asked for an interpreter
 * @param strongEid       the answer to "can you sign in with online banking codes or a mobile certificate?"; null
 *                        when not answered
 * @param appointmentCode the short code of today's appointment, or null
 */
public record CheckInRequest(
        String language,
        List<String> taskCodes,
        boolean helpMe,
        boolean interpreter,
        Boolean strongEid,
        String appointmentCode)
        implements Serializable {

    public CheckInRequest {
        taskCodes = taskCodes == null ? List.of() : List.copyOf(taskCodes);
    }
}
