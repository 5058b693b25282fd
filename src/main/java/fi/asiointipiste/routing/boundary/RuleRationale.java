package fi.asiointipiste.routing.boundary;

import fi.asiointipiste.platform.i18n.Messages;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * A rule's rationale in the reader's language. Rule sets are written in English (the DMN's {@code rationale}
 * output), so the text is looked up in this order:
 * <ol>
 * <li>an output {@code rationale_fi}, {@code rationale_sv} or {@code rationale_en} of the rule itself: a
 *     coordinator who imports a rule set adds these columns to give every rule its own translations;</li>
 * <li>the bundle key {@code routing.rationale.<rule id>}, the translations of the seed rule set, used only while
 *     the rule's English text still equals the bundle's English text (an edited rule keeps its id, and a stale
 *     translation would be worse than English);</li>
 * <li>the rule's {@code rationale} output as written.</li>
 * </ol>
 */
public final class RuleRationale {

    private RuleRationale() {}

    public static String in(Locale locale, String ruleId, Map<String, Object> outputs) {
        String language = locale.getLanguage();
        String own = text(outputs.get("rationale_" + language));
        if (own != null) {
            return own;
        }
        String written = text(outputs.get("rationale"));
        if (ruleId != null && !ruleId.isBlank() && written != null) {
            String key = "routing.rationale." + ruleId;
            String seedEnglish = bundleText(Locale.ENGLISH, key);
            if (written.equals(seedEnglish)) {
                return bundleText(locale, key);
            }
        }
        return written == null ? "" : written;
    }

    private static String bundleText(Locale locale, String key) {
        try {
            return ResourceBundle.getBundle(Messages.BUNDLE, locale).getString(key);
        } catch (MissingResourceException e) {
            return null;
        }
    }

    private static String text(Object value) {
        return value == null || value.toString().isBlank() ? null : value.toString();
    }
}
