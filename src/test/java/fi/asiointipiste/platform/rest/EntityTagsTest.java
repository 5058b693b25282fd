package fi.asiointipiste.platform.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.asiointipiste.platform.i18n.RefusedAction;
import org.junit.jupiter.api.Test;

/** If-Match names the version a change is based on. */
class EntityTagsTest {

    @Test
    void readsTheVersionOfIfMatch() {
        assertThat(EntityTags.ifMatch("\"7\"", () -> 9)).hasValue(7);
        assertThat(EntityTags.ifMatch("*", () -> 9))
                .as("any version: the current one")
                .hasValue(9);
        assertThat(EntityTags.ifMatch("W/\"7\"", () -> 9))
                .as("a weak tag never matches")
                .hasValue(-1);
        assertThat(EntityTags.ifMatch("\"abc\"", () -> 9)).as("not ours").hasValue(-1);
        assertThat(EntityTags.ifMatch("\"abc\", \"4\"", () -> 9)).hasValue(4);
        assertThat(EntityTags.ifMatch(null, () -> 9)).isEmpty();
    }

    @Test
    void aRequiredIfMatchIsPreconditionRequiredWhenMissing() {
        assertThatThrownBy(() -> EntityTags.required(" ", () -> 1))
                .isInstanceOf(RefusedAction.class)
                .extracting(e -> ((RefusedAction) e).status())
                .isEqualTo(428);
        assertThat(EntityTags.optional(null, () -> 5)).isEqualTo(5);
        assertThat(EntityTags.optional("\"3\"", () -> 5)).isEqualTo(3);
    }
}
