package fi.asiointipiste.statistics.control;

/**
 * Feedback figures of a period: CES average (1–5, lower is less effort) and NPS, the share of promoters
 * (9–10) minus the share of detractors (0–6) in whole percentage points, from −100 to 100.
 */
public record FeedbackSummary(long answers, Double cesAverage, long npsAnswers, long promoters, long detractors)
        implements java.io.Serializable {

    /** NPS rounded to whole points, halves away from zero (so +12.5 and −12.5 mirror); null without answers. */
    public Integer nps() {
        if (npsAnswers == 0) {
            return null;
        }
        double exact = 100.0 * (promoters - detractors) / npsAnswers;
        return (int) (Math.signum(exact) * Math.round(Math.abs(exact)));
    }

    public long passives() {
        return npsAnswers - promoters - detractors;
    }

    public Integer getNps() {
        return nps();
    }

    public Double getCesAverage() {
        return cesAverage;
    }

    public long getAnswers() {
        return answers;
    }

    public long getPromoters() {
        return promoters;
    }

    public long getDetractors() {
        return detractors;
    }

    public long getPassives() {
        return passives();
    }
}
