package fi.asiointipiste.rules.boundary;

import fi.asiointipiste.organisation.boundary.ServicePoints;
import fi.asiointipiste.organisation.entity.ServicePoint;
import fi.asiointipiste.platform.i18n.LocaleSelection;
import fi.asiointipiste.platform.i18n.Messages;
import fi.asiointipiste.routing.entity.SupportLevel;
import fi.asiointipiste.rules.control.OverridePatterns;
import fi.asiointipiste.rules.control.OverrideWords;
import fi.asiointipiste.rules.entity.RuleSet;
import fi.asiointipiste.rules.entity.RuleSetStatus;
import fi.asiointipiste.visits.entity.OverrideReason;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Learning from overrides (rules/overrides.xhtml?id=…): which rule set, period, points and threshold
 * ({@link OverrideQuery}); per rule the overrides. Accepting a proposal is {@link OverrideProposalsBacking}'s.
 */
@Named
@ViewScoped
public class OverridesBacking implements Serializable {

    @Inject
    OverrideLearning learning;

    @Inject
    RuleSets ruleSets;

    @Inject
    Simulations simulations;

    @Inject
    ServicePoints servicePoints;

    @Inject
    LocaleSelection locale;

    private Long id;
    private final OverrideQuery query = new OverrideQuery();
    private OverrideLearning.Findings findings;
    private final HashMap<String, HashMap<String, String>> ruleNames = new HashMap<>();
    private boolean loaded;

    /** f:viewAction: the set from ?id= or the newest published one; its points; the configured threshold. */
    public void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        RuleSet set = ruleSets.byId(id).orElse(null);
        if (set == null) {
            if (id != null) {
                Messages.error("rules.notFound");
            }
            set = ruleSets.all().stream()
                    .filter(r -> r.getStatus() != RuleSetStatus.DRAFT)
                    .findFirst()
                    .orElse(null);
        }
        id = set == null ? null : set.getId();
        query.reset(
                learning.defaultFrom(),
                learning.defaultUntil(),
                simulations.defaultPoints(set),
                learning.configuredThreshold());
        if (id != null) {
            search();
        }
    }

    public void search() {
        Optional<OverridePatterns.Threshold> threshold = query.threshold();
        if (threshold.isEmpty()) {
            Messages.error("rules.overrides.badThreshold");
            return;
        }
        findings = learning.findings(id, query.getFrom(), query.getUntil(), query.getPointIds(), threshold.get());
        ruleNames.clear();
    }

    /** The rule's name in the set's own words, in the page's language (the id when the set does not have it). */
    public String ruleName(String ruleId) {
        return ruleNames
                .computeIfAbsent(
                        locale.getLocale().getLanguage(),
                        language -> new HashMap<>(ruleSets.ruleNames(id, locale.getLocale())))
                .getOrDefault(ruleId, ruleId);
    }

    public String levels(Map<SupportLevel, Long> counts) {
        return OverrideWords.levels(counts, locale.getLocale());
    }

    public String reasons(Map<OverrideReason, Long> counts) {
        return OverrideWords.reasons(counts, locale.getLocale());
    }

    public String profiles(List<OverridePatterns.ProfileOverrides> profiles, WorkbenchLabels labels) {
        return OverrideWords.profiles(profiles, code -> labels.profile(code, locale.getLocale()));
    }

    public List<RuleSet> getRuleSets() {
        return ruleSets.all();
    }

    public List<ServicePoint> getAllPoints() {
        return servicePoints.all();
    }

    public OverrideQuery getQuery() {
        return query;
    }

    public OverrideLearning.Findings getFindings() {
        return findings;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
