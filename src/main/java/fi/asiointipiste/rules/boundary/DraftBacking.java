package fi.asiointipiste.rules.boundary;

import fi.asiointipiste.platform.errors.Causes;
import fi.asiointipiste.platform.i18n.Messages;
import fi.asiointipiste.routing.engine.DecisionTable;
import fi.asiointipiste.routing.engine.HitPolicy;
import fi.asiointipiste.rules.control.DraftAnalysis;
import fi.asiointipiste.rules.control.ReadableTable;
import fi.asiointipiste.rules.entity.RuleSet;
import fi.asiointipiste.rules.entity.RuleSetStatus;
import fi.asiointipiste.rules.entity.TableEdit;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import java.io.Serializable;
import java.util.List;
import java.util.function.Supplier;

/**
 * The draft on the editor page (rules/editor.xhtml): the table as last saved and its analysis, the draft's version
 * for the next edit, undo, the hit policy and reloading. The page's sections (check, cells, rules, columns) read
 * and edit through this bean, every edit through {@link #apply(TableEdit)}.
 */
@Named
@ViewScoped
public class DraftBacking implements Serializable {

    @Inject
    RuleDrafts drafts;

    @Inject
    RuleSets ruleSets;

    @Inject
    RuleWords words;

    private Long id;
    private String hitPolicy;
    private transient Workbench workbench;
    private transient ReadableTable readable;

    /** f:viewAction: the draft, or back to the version's own page when it is not (or no longer) a draft. */
    public String load() {
        if (id == null || ruleSets.byId(id).isEmpty()) {
            Messages.error("rules.notFound");
            Messages.keepForRedirect();
            return "/rules/index?faces-redirect=true";
        }
        refresh(drafts.view(id));
        if (workbench.set().getStatus() != RuleSetStatus.DRAFT) {
            Messages.error("rules.notDraft");
            Messages.keepForRedirect();
            return "/rules/rule-set?faces-redirect=true&id=" + id;
        }
        return null;
    }

    /**
     * Saves one edit made on the table as shown. When a colleague saved the draft meanwhile the edit is refused as
     * a conflict; the page then shows their version (caught to reload, and passed on for the message).
     */
    public void apply(TableEdit edit) {
        save(() -> drafts.edit(id, workbench().set().getVersion(), edit));
    }

    public void undo() {
        save(() -> drafts.undo(id, workbench().set().getVersion()));
        Messages.info("rules.undo.done");
    }

    private void save(Supplier<Workbench> change) {
        try {
            refresh(change.get());
        } catch (RuntimeException e) {
            if (Causes.firstOf(e, OptimisticLockException.class).isPresent()) {
                reload();
            }
            throw e;
        }
    }

    public void changeHitPolicy() {
        apply(new TableEdit.SetHitPolicy(HitPolicy.valueOf(hitPolicy)));
        Messages.info("rules.edit.saved");
    }

    /** Shows the draft as saved now (e.g. after a colleague's change). */
    public void reload() {
        refresh(drafts.view(id));
    }

    void refresh(Workbench w) {
        workbench = w;
        readable = null;
        hitPolicy = w.table() == null ? null : w.table().hitPolicy().name();
    }

    Workbench workbench() {
        if (workbench == null) {
            reload();
        }
        return workbench;
    }

    public RuleSet getSet() {
        return workbench().set();
    }

    public DecisionTable getTable() {
        return workbench().table();
    }

    public DraftAnalysis getAnalysis() {
        return workbench().analysis();
    }

    public ReadableTable getReadable() {
        if (readable == null && getTable() != null) {
            readable = words.readable(getTable(), getAnalysis());
        }
        return readable;
    }

    public List<HitPolicy> getHitPolicies() {
        return List.of(HitPolicy.FIRST, HitPolicy.UNIQUE, HitPolicy.PRIORITY, HitPolicy.ANY);
    }

    public String getHitPolicy() {
        return hitPolicy;
    }

    public void setHitPolicy(String hitPolicy) {
        this.hitPolicy = hitPolicy;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
