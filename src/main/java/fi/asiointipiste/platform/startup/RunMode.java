package fi.asiointipiste.platform.startup;

import java.util.Locale;

/** DEMO has demo users and a generated year of visits; PRODUCTION has neither. */
public enum RunMode {
    DEMO,
    PRODUCTION;

    public static RunMode of(String configured) {
        if (configured == null || configured.isBlank()) {
            return PRODUCTION;
        }
        try {
            return valueOf(configured.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new IllegalStateException(
                    "asiointipiste.mode must be 'demo' or 'production', not '" + configured + "'");
        }
    }
}
