package fi.asiointipiste.rules.control;

import fi.asiointipiste.platform.i18n.Messages;
import fi.asiointipiste.routing.entity.SupportLevel;
import fi.asiointipiste.visits.entity.OverrideReason;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A rule's overrides in words for the learning page: counts by level, by reason and by profile, most first. */
public final class OverrideWords {

    private OverrideWords() {}

    /** "Ohjattu 12, Täysi tuki 3" – overrides by level, most first. */
    public static String levels(Map<SupportLevel, Long> counts, Locale locale) {
        return counted(counts, "SupportLevel.", locale);
    }

    /** Overrides by the reason the clerk gave, most first. */
    public static String reasons(Map<OverrideReason, Long> counts, Locale locale) {
        return counted(counts, "OverrideReason.", locale);
    }

    /** Profiles whose decisions the rule made, most overridden first: "Hilma Kontaktinhakija 9 / 20". */
    public static String profiles(List<OverridePatterns.ProfileOverrides> profiles, Function<String, String> label) {
        return profiles.stream()
                .filter(p -> p.overridden() > 0)
                .sorted(Comparator.comparingLong(OverridePatterns.ProfileOverrides::overridden)
                        .reversed())
                .map(p -> label.apply(p.profile()) + " " + p.overridden() + " / " + p.decisions())
                .collect(Collectors.joining(", "));
    }

    private static <E extends Enum<E>> String counted(Map<E, Long> counts, String keyPrefix, Locale locale) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<E, Long>comparingByValue().reversed())
                .map(e -> Messages.text(locale, keyPrefix + e.getKey()) + " " + e.getValue())
                .collect(Collectors.joining(", "));
    }
}
