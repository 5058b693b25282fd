package fi.asiointipiste.rules.boundary;

import fi.asiointipiste.audit.boundary.AuditLog;
import fi.asiointipiste.organisation.boundary.ServicePoints;
import fi.asiointipiste.platform.i18n.Messages;
import fi.asiointipiste.platform.i18n.RefusedAction;
import fi.asiointipiste.platform.time.ServiceClock;
import fi.asiointipiste.routing.engine.DecisionTable;
import fi.asiointipiste.routing.engine.EngineException;
import fi.asiointipiste.routing.engine.dmn.DmnWriter;
import fi.asiointipiste.routing.entity.SupportLevel;
import fi.asiointipiste.rules.control.OverridePatterns;
import fi.asiointipiste.rules.control.ProposalEdit;
import fi.asiointipiste.rules.control.RuleSetCheck;
import fi.asiointipiste.rules.entity.RuleSet;
import fi.asiointipiste.visits.boundary.DecisionHistory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;

/**
 * Learning from the clerks' overrides: per rule of a rule set, how often clerks applied another level than the
 * rule recommended, to which level, for which reasons and profiles; and where a rule is overridden in one
 * direction often enough (the threshold comes from MicroProfile Config, {@value #MIN_SHARE} and
 * {@value #MIN_DECISIONS}), a proposal the coordinator accepts into a draft: a new draft copied from the set, or
 * an existing draft, with the rule's level changed or a new rule above it narrowed to the overriding profile.
 */
@ApplicationScoped
public class OverrideLearning {

    public static final String MIN_SHARE = "asiointipiste.rules.proposals.min-share";
    public static final String MIN_DECISIONS = "asiointipiste.rules.proposals.min-decisions";
    /** The default period: this many days up to today. */
    static final int DEFAULT_DAYS = 180;

    @Inject
    DecisionHistory history;

    @Inject
    RuleSets ruleSets;

    @Inject
    ServicePoints servicePoints;

    @Inject
    ServiceClock clock;

    @Inject
    AuditLog audit;

    @Inject
    @ConfigProperty(name = MIN_SHARE, defaultValue = "0.30")
    double minShare;

    @Inject
    @ConfigProperty(name = MIN_DECISIONS, defaultValue = "20")
    long minDecisions;

    /** What was looked at and what was found. */
    @Schema(
            name = "OverrideFindings",
            description =
                    "The overrides of a rule set's decisions in a period at some service points, and the proposals they support",
            properties = {
                @SchemaProperty(name = "ruleSetVersion", description = "Its version number"),
                @SchemaProperty(name = "ruleSetId", description = "Id of the rule set")
            })
    public record Findings(
            long ruleSetId,
            int ruleSetVersion,

            @Schema(description = "First day of the period (inclusive)")
            LocalDate from,

            @Schema(description = "Last day of the period (inclusive)")
            LocalDate until,

            @Schema(description = "Ids of the service points looked at")
            List<Long> pointIds,

            @Schema(description = "The threshold a proposal must meet")
            OverridePatterns.Threshold threshold,

            @Schema(description = "Per rule, its decisions and overrides; most overridden share first")
            List<OverridePatterns.RuleOverrides> rules,

            @Schema(description = "The changes the overrides support, in the order of the rules")
            List<OverridePatterns.Proposal> proposals)
            implements Serializable {}

    public OverridePatterns.Threshold configuredThreshold() {
        return new OverridePatterns.Threshold(minShare, minDecisions);
    }

    public LocalDate defaultFrom() {
        return clock.today().minusDays(DEFAULT_DAYS - 1L);
    }

    public LocalDate defaultUntil() {
        return clock.today();
    }

    /** The overrides of the set's decisions in the period at the points, and the proposals they support. */
    public Findings findings(
            Long ruleSetId,
            LocalDate from,
            LocalDate until,
            List<Long> pointIds,
            OverridePatterns.Threshold threshold) {
        RuleSet set = ruleSets.byId(ruleSetId)
                .orElseThrow(() -> new WorkbenchRefused("rules.notFound", "no rule set " + ruleSetId));
        if (from == null || until == null || from.isAfter(until)) {
            throw new WorkbenchRefused("rules.simulation.badPeriod", "the period must start before it ends");
        }
        if (ChronoUnit.DAYS.between(from, until) + 1 > Simulations.MAX_DAYS) {
            throw new WorkbenchRefused("rules.simulation.longPeriod", "at most " + Simulations.MAX_DAYS + " days");
        }
        List<Long> points = List.copyOf(new LinkedHashSet<>(pointIds == null ? List.of() : pointIds));
        if (points.isEmpty()) {
            throw new WorkbenchRefused("rules.simulation.noPoints", "choose at least one service point");
        }
        if (servicePoints.byIds(points).size() != points.size()) {
            throw new WorkbenchRefused("rules.simulation.unknownPoint", "unknown service point in " + points);
        }
        OverridePatterns.Threshold t = threshold == null ? configuredThreshold() : threshold;
        List<OverridePatterns.RuleOverrides> rules = OverridePatterns.summarize(history.overrideCounts(
                set.getId(), from.atStartOfDay(), until.plusDays(1).atStartOfDay(), points));
        return new Findings(
                set.getId(), set.getVersionNo(), from, until, points, t, rules, OverridePatterns.propose(rules, t));
    }

    /**
     * Accepts a proposal that the findings (computed again now, so only a proposal the data supports is accepted)
     * make for {@code ruleId}: into a new draft copied from the set when {@code draftId} is null, else into that
     * draft (its version as read, for the conflict check). Answers the draft.
     */
    @jakarta.transaction.Transactional
    public RuleSet accept(
            Findings asked,
            String ruleId,
            OverridePatterns.Kind kind,
            String profile,
            Long draftId,
            Long draftVersion,
            Locale locale) {
        Findings now = findings(asked.ruleSetId(), asked.from(), asked.until(), asked.pointIds(), asked.threshold());
        OverridePatterns.Proposal proposal = now.proposals().stream()
                .filter(p -> p.ruleId().equals(ruleId)
                        && p.kind() == kind
                        && (kind == OverridePatterns.Kind.CHANGE_LEVEL
                                || p.profile().equals(profile)))
                .findFirst()
                .orElseThrow(() -> new RefusedAction("rules.proposal.gone"));
        RuleSet basis = draftId == null
                ? ruleSets.byId(asked.ruleSetId()).orElseThrow()
                : ruleSets.byId(draftId)
                        .orElseThrow(() -> new WorkbenchRefused("rules.notFound", "no draft " + draftId));
        DecisionTable edited;
        try {
            edited = ProposalEdit.apply(
                    RuleSetCheck.read(basis.getDmnXml()), proposal, rationales(proposal, now, basis));
        } catch (ProposalEdit.NotApplicable | EngineException e) {
            throw new WorkbenchRefused("rules.proposal.notApplicable", e.getMessage());
        }
        String xml = DmnWriter.write(edited);
        String note = Messages.text(
                locale,
                "rules.proposal.note." + proposal.kind(),
                proposal.ruleId(),
                level(locale, proposal.to()),
                profileText(proposal),
                proposal.overrides(),
                proposal.decisions());
        RuleSet draft;
        if (draftId == null) {
            String name = Messages.text(locale, "rules.proposal.draftName", basis.getName(), proposal.ruleId());
            draft = ruleSets.draft(name.length() > 200 ? name.substring(0, 200) : name, xml, note);
        } else {
            if (draftVersion == null) {
                throw new WorkbenchRefused("rules.proposal.noVersion", "give the version of the draft as read");
            }
            draft = ruleSets.revise(draftId, draftVersion, xml, note);
        }
        audit.record(
                "RULE_PROPOSAL_ACCEPTED",
                "RuleSet",
                draft.getVersionNo(),
                "version " + now.ruleSetVersion(),
                proposal.kind() + " " + proposal.ruleId() + " → " + proposal.to()
                        + (proposal.profile() == null ? "" : " for " + proposal.profile())
                        + " (" + proposal.overrides() + " of " + proposal.decisions() + " decisions overridden)");
        return draft;
    }

    /** The changed or new rule's rationale in each language the table has a column for, English as the default. */
    private static Map<String, String> rationales(OverridePatterns.Proposal p, Findings f, RuleSet basis) {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("rationale", rationale(Locale.ENGLISH, p, f));
        for (String language : List.of("fi", "sv", "en")) {
            texts.put("rationale_" + language, rationale(Locale.forLanguageTag(language), p, f));
        }
        return texts;
    }

    private static String rationale(Locale locale, OverridePatterns.Proposal p, Findings f) {
        return Messages.text(
                locale,
                "rules.proposal.rationale." + p.kind(),
                level(locale, p.to()),
                profileText(p),
                Math.round(p.share() * 100),
                p.decisions(),
                f.from().toString(),
                f.until().toString());
    }

    private static String level(Locale locale, SupportLevel level) {
        return Messages.text(locale, "SupportLevel." + level.name());
    }

    private static String profileText(OverridePatterns.Proposal p) {
        return p.profile() == null ? "" : p.profile();
    }
}
