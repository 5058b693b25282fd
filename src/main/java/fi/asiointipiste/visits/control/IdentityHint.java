package fi.asiointipiste.visits.control;

import fi.asiointipiste.customers.entity.PersonalIdentityCode;

/**
 * The hint under the customer search as the clerk types: once the query looks like a whole personal identity
 * code (11 characters, at least six digits), whether it is a valid one (and a temporary one), or what is wrong with
 * it; nothing before that.
 */
public final class IdentityHint {

    private IdentityHint() {}

    /** The message key of the hint, or an empty string for no hint. */
    public static String of(String query) {
        String q = query == null ? "" : query.strip();
        if (q.length() < 11 || q.chars().filter(Character::isDigit).count() < 6) {
            return "";
        }
        PersonalIdentityCode.Problem problem =
                PersonalIdentityCode.problemOf(q, java.time.LocalDate.now(java.time.ZoneId.of("Europe/Helsinki")));
        if (problem != null) {
            return problem.messageKey();
        }
        return PersonalIdentityCode.parse(q)
                        .map(PersonalIdentityCode::isTemporary)
                        .orElse(false)
                ? "frontDesk.customer.codeValidTemporary"
                : "frontDesk.customer.codeValid";
    }
}
