package fi.asiointipiste.visits.control;

import fi.asiointipiste.customers.entity.PersonalIdentityCode;

/**
 * The hint under the customer search as the clerk types: once the query looks like a whole personal identity
 * code (11 characters, at least six digits), whether it is a valid one; nothing before that.
 */
public final class IdentityHint {

    private IdentityHint() {
    }

    /** The message key of the hint, or an empty string for no hint. */
    public static String of(String query) {
        String q = query == null ? "" : query.strip();
        if (q.length() < 11 || q.chars().filter(Character::isDigit).count() < 6) {
            return "";
        }
        return PersonalIdentityCode.isValid(q) ? "frontDesk.customer.codeValid" : "frontDesk.customer.codeInvalid";
    }
}
