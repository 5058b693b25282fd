package fi.asiointipiste.rules.boundary;

import fi.asiointipiste.organisation.boundary.ServicePoints;
import fi.asiointipiste.organisation.entity.ServicePoint;
import fi.asiointipiste.platform.i18n.LocaleSelection;
import fi.asiointipiste.platform.i18n.Messages;
import fi.asiointipiste.routing.entity.SupportLevel;
import fi.asiointipiste.rules.control.OverridePatterns;
import fi.asiointipiste.rules.entity.RuleSet;
import fi.asiointipiste.rules.entity.RuleSetStatus;
import fi.asiointipiste.visits.entity.OverrideReason;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Learning from overrides (rules/overrides.xhtml?id=…): which rule set, period, points and threshold; per rule the
 * overrides; the proposals, each accepted into a new draft or into a chosen draft.
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
    private LocalDate from;
    private LocalDate until;
    private List<Long> pointIds = new ArrayList<>();
    private int minSharePercent;
    private long minDecisions;
    private Long intoDraftId;
    private OverrideLearning.Findings findings;
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
        pointIds = new ArrayList<>(simulations.defaultPoints(set));
        from = learning.defaultFrom();
        until = learning.defaultUntil();
        OverridePatterns.Threshold t = learning.configuredThreshold();
        minSharePercent = (int) Math.round(t.minShare() * 100);
        minDecisions = t.minDecisions();
        if (id != null) {
            search();
        }
    }

    public void search() {
        if (minSharePercent < 1 || minSharePercent > 100 || minDecisions < 1) {
            Messages.error("rules.overrides.badThreshold");
            return;
        }
        findings = learning.findings(
                id, from, until, pointIds, new OverridePatterns.Threshold(minSharePercent / 100.0, minDecisions));
    }

    public String accept(OverridePatterns.Proposal proposal) {
        Long version = intoDraftId == null
                ? null
                : ruleSets.byId(intoDraftId).map(RuleSet::getVersion).orElse(null);
        RuleSet draft = learning.accept(
                findings,
                proposal.ruleId(),
                proposal.kind(),
                proposal.profile(),
                intoDraftId,
                version,
                locale.getLocale());
        Messages.info("rules.proposal.accepted", draft.getVersionNo());
        Messages.keepForRedirect();
        return "/rules/rule-set?faces-redirect=true&id=" + draft.getId();
    }

    /** "Ohjattu 12, Täysi tuki 3" – overrides by level, most first. */
    public String levels(Map<SupportLevel, Long> counts) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<SupportLevel, Long>comparingByValue().reversed())
                .map(e -> Messages.text(locale.getLocale(), "SupportLevel." + e.getKey()) + " " + e.getValue())
                .collect(Collectors.joining(", "));
    }

    public String reasons(Map<OverrideReason, Long> counts) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<OverrideReason, Long>comparingByValue().reversed())
                .map(e -> Messages.text(locale.getLocale(), "OverrideReason." + e.getKey()) + " " + e.getValue())
                .collect(Collectors.joining(", "));
    }

    /** Profiles whose decisions the rule made, most overridden first: "Hilma Kontaktinhakija 9 / 20". */
    public String profiles(List<OverridePatterns.ProfileOverrides> profiles, WorkbenchLabels labels) {
        return profiles.stream()
                .filter(p -> p.overridden() > 0)
                .sorted(Comparator.comparingLong(OverridePatterns.ProfileOverrides::overridden)
                        .reversed())
                .map(p ->
                        labels.profile(p.profile(), locale.getLocale()) + " " + p.overridden() + " / " + p.decisions())
                .collect(Collectors.joining(", "));
    }

    public List<RuleSet> getRuleSets() {
        return ruleSets.all();
    }

    public List<RuleSet> getDrafts() {
        return ruleSets.all().stream()
                .filter(r -> r.getStatus() == RuleSetStatus.DRAFT)
                .toList();
    }

    public List<ServicePoint> getAllPoints() {
        return servicePoints.all();
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

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getUntil() {
        return until;
    }

    public void setUntil(LocalDate until) {
        this.until = until;
    }

    public List<Long> getPointIds() {
        return pointIds;
    }

    public void setPointIds(List<Long> pointIds) {
        this.pointIds = pointIds;
    }

    public int getMinSharePercent() {
        return minSharePercent;
    }

    public void setMinSharePercent(int minSharePercent) {
        this.minSharePercent = minSharePercent;
    }

    public long getMinDecisions() {
        return minDecisions;
    }

    public void setMinDecisions(long minDecisions) {
        this.minDecisions = minDecisions;
    }

    public Long getIntoDraftId() {
        return intoDraftId;
    }

    public void setIntoDraftId(Long intoDraftId) {
        this.intoDraftId = intoDraftId;
    }
}
