package fi.asiointipiste.rules.boundary;

import fi.asiointipiste.platform.i18n.Messages;
import fi.asiointipiste.routing.engine.DecisionTable;
import fi.asiointipiste.rules.control.RuleSetCheck;
import fi.asiointipiste.rules.control.WordedDiff;
import fi.asiointipiste.rules.entity.RuleSet;
import fi.asiointipiste.rules.entity.TableDiff;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;

/**
 * Two versions compared (rules/diff.xhtml?fromId=…&amp;toId=…, or fromVersion=… by version number): which versions,
 * and their diff ({@link WordedDiff}). The table of changed rules in the reader's words is {@link DiffTableBacking}'s.
 */
@Named
@RequestScoped
public class RuleDiffBacking {

    @Inject
    RuleSets ruleSets;

    private Long fromId;
    private Long toId;
    private Integer fromVersion;
    private boolean all;
    private RuleSet from;
    private RuleSet to;
    private TableDiff diff;
    private DecisionTable newer;
    private DecisionTable older;

    /** f:viewAction. */
    public void load() {
        if (fromId == null && fromVersion != null) {
            fromId = ruleSets.all().stream()
                    .filter(r -> r.getVersionNo() == fromVersion)
                    .map(RuleSet::getId)
                    .findFirst()
                    .orElse(null);
        }
        from = Optional.ofNullable(fromId).flatMap(ruleSets::byId).orElse(null);
        to = Optional.ofNullable(toId).flatMap(ruleSets::byId).orElse(null);
        if (from == null || to == null) {
            if (fromId != null || toId != null) {
                Messages.error("rules.notFound");
            }
            return;
        }
        older = RuleSetCheck.read(from.getDmnXml());
        newer = RuleSetCheck.read(to.getDmnXml());
        diff = WordedDiff.between(older, newer);
    }

    public List<RuleSet> getVersions() {
        return ruleSets.all();
    }

    public DecisionTable getOlder() {
        return older;
    }

    public DecisionTable getNewer() {
        return newer;
    }

    public boolean isAll() {
        return all;
    }

    public void setAll(boolean all) {
        this.all = all;
    }

    public TableDiff getDiff() {
        return diff;
    }

    public RuleSet getFrom() {
        return from;
    }

    public RuleSet getTo() {
        return to;
    }

    public Long getFromId() {
        return fromId;
    }

    public void setFromId(Long fromId) {
        this.fromId = fromId;
    }

    public Long getToId() {
        return toId;
    }

    public void setToId(Long toId) {
        this.toId = toId;
    }

    public Integer getFromVersion() {
        return fromVersion;
    }

    public void setFromVersion(Integer fromVersion) {
        this.fromVersion = fromVersion;
    }
}
