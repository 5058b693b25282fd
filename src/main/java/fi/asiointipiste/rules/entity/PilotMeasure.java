package fi.asiointipiste.rules.entity;

/**
 * What a pilot report measures for the pilot points against the comparison points, and in which unit its value and
 * its differences are given. Shares are of errands (support levels, overrides, self-done) or of returning
 * customers' visits (lighter support than their previous visit); times are minutes per visit; CES is the average
 * effort score (1 much less effort than expected … 5 much more); NPS is promoters minus detractors in percent.
 */
public enum PilotMeasure {
    SELF_SERVICE_SHARE(Unit.PERCENT),
    GUIDED_SHARE(Unit.PERCENT),
    FULL_ASSISTANCE_SHARE(Unit.PERCENT),
    WAITING_MINUTES(Unit.MINUTES),
    HANDLING_MINUTES(Unit.MINUTES),
    OVERRIDE_RATE(Unit.PERCENT),
    CES(Unit.SCORE),
    NPS(Unit.NPS),
    SELF_DONE_SHARE(Unit.PERCENT),
    LIGHTER_SUPPORT_SHARE(Unit.PERCENT);

    /** PERCENT: values in percent, differences in percentage points; SCORE: CES 1–5; NPS: −100…100. */
    public enum Unit {
        PERCENT,
        MINUTES,
        SCORE,
        NPS
    }

    private final Unit unit;

    PilotMeasure(Unit unit) {
        this.unit = unit;
    }

    public Unit unit() {
        return unit;
    }

    public Unit getUnit() {
        return unit;
    }
}
