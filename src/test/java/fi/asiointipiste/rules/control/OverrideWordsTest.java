package fi.asiointipiste.rules.control;

import static org.assertj.core.api.Assertions.assertThat;

import fi.asiointipiste.routing.entity.SupportLevel;
import fi.asiointipiste.visits.entity.OverrideReason;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OverrideWordsTest {

    @Test
    void levelsAndReasonsAreTranslatedMostFirst() {
        Map<SupportLevel, Long> levels = new EnumMap<>(SupportLevel.class);
        levels.put(SupportLevel.FULL_ASSISTANCE, 3L);
        levels.put(SupportLevel.GUIDED, 12L);
        assertThat(OverrideWords.levels(levels, Locale.ENGLISH)).isEqualTo("Guided 12, Full assistance 3");
        Map<OverrideReason, Long> reasons = new EnumMap<>(OverrideReason.class);
        reasons.put(OverrideReason.CUSTOMER_WISH, 1L);
        reasons.put(OverrideReason.LANGUAGE_NEED, 4L);
        assertThat(OverrideWords.reasons(reasons, Locale.ENGLISH)).isEqualTo("Language need 4, Customer's wish 1");
        assertThat(OverrideWords.levels(Map.of(), Locale.ENGLISH)).isEmpty();
    }

    @Test
    void profilesWithoutOverridesAreLeftOutAndTheMostOverriddenComeFirst() {
        List<OverridePatterns.ProfileOverrides> profiles = List.of(
                new OverridePatterns.ProfileOverrides("PERA", 30, Map.of(SupportLevel.GUIDED, 2L)),
                new OverridePatterns.ProfileOverrides("SANNI", 10, Map.of()),
                new OverridePatterns.ProfileOverrides(
                        "HILMA", 20, Map.of(SupportLevel.GUIDED, 7L, SupportLevel.FULL_ASSISTANCE, 2L)));
        assertThat(OverrideWords.profiles(profiles, code -> "<" + code + ">"))
                .isEqualTo("<HILMA> 9 / 20, <PERA> 2 / 30");
    }
}
