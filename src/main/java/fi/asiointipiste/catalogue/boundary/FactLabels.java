package fi.asiointipiste.catalogue.boundary;

import fi.asiointipiste.catalogue.entity.Agency;
import fi.asiointipiste.catalogue.entity.CustomerProfile;
import fi.asiointipiste.catalogue.entity.ServiceTask;
import fi.asiointipiste.platform.i18n.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The routing facts and rule conditions as people read them: a fact's name from the bundle ({@code fact.<name>}),
 * and its value with the catalogue's translated names — a profile's persona and name, an errand's or agency's name, a
 * language's name, yes or no — instead of the engine's codes ({@code profile "MULTI_UNSKILLED"} becomes
 * "Profiili: Pera – …"). Used by the clerk's "why?" view; coordinators' views can use the same labels.
 */
@ApplicationScoped
public class FactLabels {

    private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"");

    @Inject
    Catalogue catalogue;

    /** The fact's name, e.g. "Asiointikieli" for {@code language}; the code itself for a fact without a text. */
    public String name(String fact, Locale locale) {
        String text = Messages.text(locale, "fact." + fact);
        return text.startsWith("???") ? fact : text;
    }

    /** "Name: value" of a known fact. */
    public String fact(String fact, Object value, Locale locale) {
        return name(fact, locale) + ": " + value(fact, value, locale);
    }

    /** A fact's value with its translated label (the code itself when the catalogue does not know it). */
    public String value(String fact, Object value, Locale locale) {
        if (value == null) {
            return Messages.text(locale, "fact.unknown");
        }
        if (value instanceof Boolean b) {
            return Messages.text(locale, b ? "general.yes" : "general.no");
        }
        String code = value.toString();
        return switch (fact) {
            case "profile" ->
                catalogue.profile(code).map(p -> profileLabel(p, locale)).orElse(code);
            case "task" ->
                catalogue
                        .task(code)
                        .map(ServiceTask::getName)
                        .map(n -> n.in(locale))
                        .orElse(code);
            case "taskAgency", "agency" ->
                catalogue.agencies().stream()
                        .filter(a -> a.getCode().equals(code))
                        .findFirst()
                        .map(Agency::getName)
                        .map(n -> n.in(locale))
                        .orElse(code);
            case "language" -> languageLabel(code, locale);
            default -> code;
        };
    }

    /**
     * A rule's condition on one column, e.g. {@code profile} with the test {@code "MULTI_UNSKILLED"} or
     * {@code not("fi","sv")}: the column's name and the test with every quoted code and true/false translated.
     */
    public String condition(String column, String test, Locale locale) {
        String t = test.trim();
        String prefix = "";
        if (t.startsWith("not(") && t.endsWith(")")) {
            prefix = Messages.text(locale, "fact.not") + " ";
            t = t.substring(4, t.length() - 1).trim();
        }
        Matcher m = QUOTED.matcher(t);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(value(column, m.group(1), locale)));
        }
        m.appendTail(sb);
        String translated = sb.toString()
                .replaceAll("\\btrue\\b", Messages.text(locale, "general.yes"))
                .replaceAll("\\bfalse\\b", Messages.text(locale, "general.no"))
                .replaceAll("\\bnull\\b", Messages.text(locale, "fact.unknown"));
        return name(column, locale) + ": " + prefix + translated;
    }

    private static String profileLabel(CustomerProfile p, Locale locale) {
        return p.getPersonaName() + " – " + p.getName().in(locale);
    }

    private static String languageLabel(String code, Locale locale) {
        String text =
                Messages.text(locale, "other".equals(code) ? "frontDesk.intake.languageOther" : "language." + code);
        return text.startsWith("???") ? code : text;
    }
}
