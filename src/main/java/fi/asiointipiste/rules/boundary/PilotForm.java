package fi.asiointipiste.rules.boundary;

import fi.asiointipiste.organisation.entity.ServicePoint;
import fi.asiointipiste.platform.web.EditForm;
import fi.asiointipiste.rules.entity.Pilot;
import fi.asiointipiste.rules.entity.PilotMeasure;
import fi.asiointipiste.rules.entity.SuccessCriterion;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * What a coordinator enters to define a pilot (rules/pilot.xhtml): name, hypothesis, the rule set it tries, the
 * customers it is about, pilot
 * and comparison points, the period, and for every measure whether it decides success, which way and by how much.
 * {@link Pilots} resolves the ids and the entity checks the rules.
 */
public abstract class PilotForm extends EditForm<Pilot> {

    /** A new pilot is proposed to run for this many weeks from the next Monday. */
    static final int PROPOSED_WEEKS = 12;

    private String name;
    private String hypothesis;
    private Long ruleSetId;
    private Long targetProfileId;
    private Long targetAgencyId;
    private List<Long> pilotPointIds = new ArrayList<>();
    private List<Long> comparisonPointIds = new ArrayList<>();
    private LocalDate startsOn;
    private LocalDate endsOn;
    private final List<MeasureChoice> measures = new ArrayList<>();

    /** One measure's line of the form: no direction means the measure does not decide success. */
    public static class MeasureChoice implements Serializable {

        private final PilotMeasure measure;
        private SuccessCriterion.Direction direction;
        /** Number: the page's locale-aware number converter gives a Long or a Double. */
        private Number minimumChange;

        MeasureChoice(PilotMeasure measure) {
            this.measure = measure;
        }

        public PilotMeasure getMeasure() {
            return measure;
        }

        public SuccessCriterion.Direction getDirection() {
            return direction;
        }

        public void setDirection(SuccessCriterion.Direction direction) {
            this.direction = direction;
        }

        public Number getMinimumChange() {
            return minimumChange;
        }

        public void setMinimumChange(Number minimumChange) {
            this.minimumChange = minimumChange;
        }
    }

    protected PilotForm() {
        super("pilots.error.notFound");
        for (PilotMeasure m : PilotMeasure.values()) {
            measures.add(new MeasureChoice(m));
        }
    }

    @Override
    protected long fill(Pilot pilot) {
        name = pilot.getName();
        hypothesis = pilot.getHypothesis();
        ruleSetId = pilot.getRuleSet().getId();
        targetProfileId = pilot.getTargetProfile() == null
                ? null
                : pilot.getTargetProfile().getId();
        targetAgencyId =
                pilot.getTargetAgency() == null ? null : pilot.getTargetAgency().getId();
        pilotPointIds = new ArrayList<>(
                pilot.getPilotPoints().stream().map(ServicePoint::getId).toList());
        comparisonPointIds = new ArrayList<>(
                pilot.getComparisonPoints().stream().map(ServicePoint::getId).toList());
        startsOn = pilot.getStartsOn();
        endsOn = pilot.getEndsOn();
        for (SuccessCriterion c : pilot.getCriteria()) {
            MeasureChoice choice = choice(c.getMeasure());
            choice.setDirection(c.getDirection());
            choice.setMinimumChange(c.getMinimumChange() == 0 ? null : c.getMinimumChange());
        }
        return pilot.getVersion();
    }

    /** A new pilot: the given rule set, from the next Monday for {@value #PROPOSED_WEEKS} weeks, unless chosen. */
    void propose(Long ruleSet, LocalDate today) {
        if (ruleSetId == null) {
            ruleSetId = ruleSet;
        }
        if (startsOn == null) {
            startsOn = today.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        }
        if (endsOn == null) {
            endsOn = startsOn.plusWeeks(PROPOSED_WEEKS).minusDays(1);
        }
    }

    /** The definition as the facade takes it: only the measures given a direction decide success. */
    PilotDraft draft() {
        return new PilotDraft(
                name,
                hypothesis,
                ruleSetId,
                targetProfileId,
                targetAgencyId,
                pilotPointIds,
                comparisonPointIds,
                startsOn,
                endsOn,
                measures.stream()
                        .filter(m -> m.getDirection() != null)
                        .map(m -> new PilotDraft.Measure(
                                m.getMeasure(),
                                m.getDirection(),
                                m.getMinimumChange() == null
                                        ? null
                                        : m.getMinimumChange().doubleValue()))
                        .toList());
    }

    MeasureChoice choice(PilotMeasure measure) {
        return measures.get(measure.ordinal());
    }

    public List<MeasureChoice> getMeasures() {
        return measures;
    }

    public List<SuccessCriterion.Direction> getDirections() {
        return List.of(SuccessCriterion.Direction.values());
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getHypothesis() {
        return hypothesis;
    }

    public void setHypothesis(String hypothesis) {
        this.hypothesis = hypothesis;
    }

    public Long getRuleSetId() {
        return ruleSetId;
    }

    public void setRuleSetId(Long ruleSetId) {
        this.ruleSetId = ruleSetId;
    }

    public Long getTargetProfileId() {
        return targetProfileId;
    }

    public void setTargetProfileId(Long targetProfileId) {
        this.targetProfileId = targetProfileId;
    }

    public Long getTargetAgencyId() {
        return targetAgencyId;
    }

    public void setTargetAgencyId(Long targetAgencyId) {
        this.targetAgencyId = targetAgencyId;
    }

    public List<Long> getPilotPointIds() {
        return pilotPointIds;
    }

    public void setPilotPointIds(List<Long> pilotPointIds) {
        this.pilotPointIds = pilotPointIds;
    }

    public List<Long> getComparisonPointIds() {
        return comparisonPointIds;
    }

    public void setComparisonPointIds(List<Long> comparisonPointIds) {
        this.comparisonPointIds = comparisonPointIds;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(LocalDate startsOn) {
        this.startsOn = startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(LocalDate endsOn) {
        this.endsOn = endsOn;
    }
}
