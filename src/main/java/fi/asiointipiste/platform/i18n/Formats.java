package fi.asiointipiste.platform.i18n;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The one place of the pages' date and time formats: the patterns and input placeholders are bundle keys
 * ({@code format.*}, so each language writes dates its own way), read in the page's language. Pages print with
 * {@code #{formats.dateTime(visit.arrivedAt)}}, convert input with
 * {@code <f:convertDateTime pattern="#{formats.inputDate}"/>} and hint with
 * {@code placeholder="#{formats.placeholderDate}"}. Only dates in addresses ({@code ?day=2026-03-05}) keep one
 * pattern in every language, {@link #ISO_DATE}. PageLiteralsTest keeps literal patterns out of the pages.
 */
@Named
@ApplicationScoped
public class Formats {

    /** Dates in query strings: the same in every language, so a bookmark works whatever the language. */
    public static final String ISO_DATE = "yyyy-MM-dd";

    private static final Locale FINNISH = Locale.forLanguageTag("fi");

    public String date(TemporalAccessor value) {
        return format(value, "format.date", locale());
    }

    public String time(TemporalAccessor value) {
        return format(value, "format.time", locale());
    }

    public String dateTime(TemporalAccessor value) {
        return format(value, "format.dateTime", locale());
    }

    public String dateTimeSeconds(TemporalAccessor value) {
        return format(value, "format.dateTimeSeconds", locale());
    }

    /** A day of the coming week with its time, e.g. "to 5.3. 10:00". */
    public String weekdayDateTime(TemporalAccessor value) {
        return format(value, "format.weekdayDateTime", locale());
    }

    public String getInputDate() {
        return pattern("format.input.date", locale());
    }

    public String getInputTime() {
        return pattern("format.input.time", locale());
    }

    public String getInputDateTime() {
        return pattern("format.input.dateTime", locale());
    }

    public String getPlaceholderDate() {
        return pattern("format.placeholder.date", locale());
    }

    public String getPlaceholderTime() {
        return pattern("format.placeholder.time", locale());
    }

    public String getPlaceholderDateTime() {
        return pattern("format.placeholder.dateTime", locale());
    }

    public String getIsoDate() {
        return ISO_DATE;
    }

    static String format(TemporalAccessor value, String key, Locale locale) {
        return value == null
                ? ""
                : DateTimeFormatter.ofPattern(pattern(key, locale), locale).format(value);
    }

    static String pattern(String key, Locale locale) {
        return ResourceBundle.getBundle(Messages.BUNDLE, locale).getString(key);
    }

    /** The page's language: the customer's on their printout, otherwise the user's. */
    private static Locale locale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        UIViewRoot root = faces == null ? null : faces.getViewRoot();
        return root == null || root.getLocale() == null ? FINNISH : root.getLocale();
    }
}
