package fi.asiointipiste.rules.control;

import fi.asiointipiste.routing.entity.SupportLevel;
import fi.asiointipiste.visits.entity.OverrideCount;
import fi.asiointipiste.visits.entity.OverrideReason;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;

/**
 * What the clerks' overrides say about each rule: how often it was overridden, to which level, for which reasons
 * and profiles; and where a rule is overridden in one direction often enough, a proposal to change it.
 *
 * <p>A rule is judged on its decisions in the period. The direction is the level clerks chose most often instead
 * of the rule's. When at least {@link Threshold#minShare()} of at least {@link Threshold#minDecisions()} decisions
 * went that way, and no profile with enough decisions of its own goes against it, the proposal is to change the
 * rule's level. Otherwise, each profile that on its own meets the threshold gets a proposal of a new rule above the
 * rule, narrowed to that profile.
 */
public final class OverridePatterns {

    private OverridePatterns() {}

    /** "At least {@code minShare} of at least {@code minDecisions} decisions." */
    @Schema(
            name = "OverrideThreshold",
            description = "When overrides support a proposal: at least minShare of at least minDecisions decisions")
    public record Threshold(
            @Schema(description = "Share of the decisions, in (0, 1], that must be overridden the same way")
            double minShare,

            @Schema(description = "The least number of decisions, at least 1")
            long minDecisions)
            implements Serializable {
        public Threshold {
            if (minShare <= 0 || minShare > 1 || minDecisions < 1) {
                throw new IllegalArgumentException("share in (0, 1], at least one decision");
            }
        }

        boolean met(long overrides, long decisions) {
            return decisions >= minDecisions && overrides >= minShare * decisions;
        }
    }

    /** Overrides of one profile under one rule. */
    @Schema(
            name = "OverrideProfile",
            description = "The decisions of one customer profile under one rule and how they were overridden")
    public record ProfileOverrides(
            @Schema(description = "The profile code; empty when the decisions had none")
            String profile,

            @Schema(description = "Decisions of the rule for this profile")
            long decisions,

            @Schema(description = "Overridden decisions by the level the clerk applied instead")
            Map<SupportLevel, Long> toLevel)
            implements Serializable {
        public long overridden() {
            return toLevel.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /** One rule of one rule set: its level, decisions, overrides by level, reason and profile. */
    @Schema(
            name = "OverrideRule",
            description = "One rule of a rule set: its decisions and how clerks overrode them",
            properties = {@SchemaProperty(name = "ruleSetId", description = "Id of the rule set")})
    public record RuleOverrides(
            Long ruleSetId,
            @Schema(description = "Id of the rule") String ruleId,

            @Schema(description = "The support level the rule recommended (the most frequent one)")
            SupportLevel recommended,

            @Schema(description = "Decisions made by the rule in the period")
            long decisions,

            @Schema(description = "Overridden decisions by the level the clerk applied instead")
            Map<SupportLevel, Long> toLevel,

            @Schema(
                    description =
                            "Overridden decisions by the reason the clerk gave (those without a reason are left out)")
            Map<OverrideReason, Long> reasons,

            @Schema(description = "The decisions and overrides per customer profile")
            List<ProfileOverrides> profiles)
            implements Serializable {

        public long overridden() {
            return toLevel.values().stream().mapToLong(Long::longValue).sum();
        }

        public double overriddenShare() {
            return decisions == 0 ? 0 : (double) overridden() / decisions;
        }

        /** The level chosen most often instead of the rule's, or null when never overridden. */
        public SupportLevel direction() {
            return mostOften(toLevel);
        }
    }

    public enum Kind {
        CHANGE_LEVEL,
        NARROWED_RULE
    }

    /**
     * A change the overrides suggest: the rule's level to {@code to} (CHANGE_LEVEL), or a new rule above it for
     * {@code profile} only (NARROWED_RULE); with the evidence, {@code overrides} of {@code decisions} decisions.
     */
    @Schema(
            name = "OverrideProposal",
            description = "A change of a rule that the overrides support",
            properties = {@SchemaProperty(name = "ruleSetId", description = "Id of the rule set")})
    public record Proposal(
            @Schema(
                    description =
                            "CHANGE_LEVEL: change the rule's level; NARROWED_RULE: add a rule above it for one profile")
            Kind kind,

            Long ruleSetId,
            @Schema(description = "Id of the rule") String ruleId,

            @Schema(description = "The level the rule recommends now")
            SupportLevel from,

            @Schema(description = "The level the clerks chose instead, which the proposal gives")
            SupportLevel to,

            @Schema(description = "The profile code of a NARROWED_RULE proposal; null for CHANGE_LEVEL")
            String profile,

            @Schema(description = "The decisions it rests on (the rule's, or the profile's under it)")
            long decisions,

            @Schema(description = "How many of those were overridden to the proposed level")
            long overrides)
            implements Serializable {
        public double share() {
            return decisions == 0 ? 0 : (double) overrides / decisions;
        }
    }

    /** Sums the counts per rule set and rule; most overridden first. */
    public static List<RuleOverrides> summarize(List<OverrideCount> counts) {
        Map<String, List<OverrideCount>> byRule = new LinkedHashMap<>();
        for (OverrideCount c : counts) {
            byRule.computeIfAbsent(c.ruleSetId() + "\u0000" + c.ruleId(), k -> new ArrayList<>())
                    .add(c);
        }
        List<RuleOverrides> rules = new ArrayList<>();
        for (List<OverrideCount> rows : byRule.values()) {
            Map<SupportLevel, Long> recommended = new EnumMap<>(SupportLevel.class);
            Map<SupportLevel, Long> toLevel = new EnumMap<>(SupportLevel.class);
            Map<OverrideReason, Long> reasons = new EnumMap<>(OverrideReason.class);
            Map<String, Long> profileDecisions = new TreeMap<>();
            Map<String, Map<SupportLevel, Long>> profileLevels = new TreeMap<>();
            long decisions = 0;
            for (OverrideCount c : rows) {
                decisions += c.count();
                recommended.merge(c.recommended(), c.count(), Long::sum);
                String profile = c.profile() == null ? "" : c.profile();
                profileDecisions.merge(profile, c.count(), Long::sum);
                Map<SupportLevel, Long> levels =
                        profileLevels.computeIfAbsent(profile, p -> new EnumMap<>(SupportLevel.class));
                if (c.applied() != c.recommended()) {
                    toLevel.merge(c.applied(), c.count(), Long::sum);
                    levels.merge(c.applied(), c.count(), Long::sum);
                    if (c.reason() != null) {
                        reasons.merge(c.reason(), c.count(), Long::sum);
                    }
                }
            }
            List<ProfileOverrides> profiles = profileDecisions.entrySet().stream()
                    .map(e -> new ProfileOverrides(e.getKey(), e.getValue(), profileLevels.get(e.getKey())))
                    .toList();
            rules.add(new RuleOverrides(
                    rows.get(0).ruleSetId(),
                    rows.get(0).ruleId(),
                    mostOften(recommended),
                    decisions,
                    toLevel,
                    reasons,
                    profiles));
        }
        rules.sort(Comparator.comparingDouble(RuleOverrides::overriddenShare)
                .reversed()
                .thenComparing(
                        Comparator.comparingLong(RuleOverrides::decisions).reversed())
                .thenComparing(RuleOverrides::ruleId));
        return rules;
    }

    /** The proposals the overrides support, in the order of the rules given. */
    public static List<Proposal> propose(List<RuleOverrides> rules, Threshold threshold) {
        List<Proposal> proposals = new ArrayList<>();
        for (RuleOverrides rule : rules) {
            SupportLevel to = rule.direction();
            if (to == null || rule.recommended() == null) {
                continue;
            }
            long towards = rule.toLevel().getOrDefault(to, 0L);
            boolean against = rule.profiles().stream()
                    .anyMatch(p -> p.decisions() >= threshold.minDecisions()
                            && !threshold.met(p.toLevel().getOrDefault(to, 0L), p.decisions()));
            if (threshold.met(towards, rule.decisions()) && !against) {
                proposals.add(new Proposal(
                        Kind.CHANGE_LEVEL,
                        rule.ruleSetId(),
                        rule.ruleId(),
                        rule.recommended(),
                        to,
                        null,
                        rule.decisions(),
                        towards));
                continue;
            }
            for (ProfileOverrides p : rule.profiles()) {
                SupportLevel own = mostOften(p.toLevel());
                if (own == null || p.profile().isEmpty()) {
                    continue;
                }
                long n = p.toLevel().get(own);
                if (threshold.met(n, p.decisions())) {
                    proposals.add(new Proposal(
                            Kind.NARROWED_RULE,
                            rule.ruleSetId(),
                            rule.ruleId(),
                            rule.recommended(),
                            own,
                            p.profile(),
                            p.decisions(),
                            n));
                }
            }
        }
        return proposals;
    }

    private static SupportLevel mostOften(Map<SupportLevel, Long> counts) {
        SupportLevel best = null;
        long most = 0;
        for (Map.Entry<SupportLevel, Long> e : counts.entrySet()) {
            if (e.getKey() != null && e.getValue() > most) {
                best = e.getKey();
                most = e.getValue();
            }
        }
        return best;
    }
}
