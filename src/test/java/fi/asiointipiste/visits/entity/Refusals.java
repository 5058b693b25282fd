package fi.asiointipiste.visits.entity;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.asiointipiste.platform.i18n.RefusedAction;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Test-only: asserts that an action is refused with the given message key ("" for no refusal at all). */
final class Refusals {

    private Refusals() {}

    static void assertRefused(ThrowingCallable action, String key) {
        if (key == null || key.isEmpty()) {
            try {
                action.call();
            } catch (Throwable unexpected) {
                throw new AssertionError("expected no refusal, got " + unexpected, unexpected);
            }
            return;
        }
        assertThatThrownBy(action)
                .isInstanceOf(RefusedAction.class)
                .extracting(e -> ((RefusedAction) e).key())
                .isEqualTo(key);
    }
}
