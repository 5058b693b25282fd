package fi.asiointipiste.routing.engine.compile;

import fi.asiointipiste.routing.engine.TypeRef;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Which Java literal classes belong to which FEEL type. */
final class LiteralTypes {
    private LiteralTypes() {}

    static boolean fits(Object literal, TypeRef type) {
        return switch (type) {
            case STRING -> literal instanceof String;
            case NUMBER -> literal instanceof BigDecimal;
            case BOOLEAN -> literal instanceof Boolean;
            case DATE -> literal instanceof LocalDate;
        };
    }
}
