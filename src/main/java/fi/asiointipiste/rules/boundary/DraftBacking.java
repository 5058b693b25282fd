package fi.asiointipiste.rules.boundary;

import fi.asiointipiste.platform.errors.Causes;
import fi.asiointipiste.platform.i18n.Messages;
import fi.asiointipiste.routing.engine.DecisionTable;
import fi.asiointipiste.rules.control.DraftAnalysis;
import fi.asiointipiste.rules.control.DraftHistory;
import fi.asiointipiste.rules.control.ReadableTable;
import fi.asiointipiste.rules.entity.RuleSet;
import fi.asiointipiste.rules.entity.RuleSetStatus;
import fi.asiointipiste.rules.entity.TableEdit;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import java.io.Serializable;
import java.util.function.Supplier;

/**
 * The draft on the editor page (rules/editor.xhtml): the table as last saved and its analysis, the draft's version
 * for the next change, and the view's undo history. The page's sections (check, undo, hit policy, cells, rules,
 * columns, import) read through this bean and save through {@link #apply(TableEdit)} or {@link #change}.
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
    private final DraftHistory history = new DraftHistory();
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

    /** Saves one edit made on the table as shown; it can be undone. */
    public void apply(TableEdit edit) {
        change(() -> drafts.edit(id, version(), edit), edit.describe());
    }

    /** Saves a change of the table (an edit, an import); the table before it goes into the undo history. */
    void change(Supplier<Workbench> change, String description) {
        String before = workbench().set().getDmnXml();
        save(change);
        history.edited(before, description);
    }

    /**
     * Saves a change. When a colleague saved the draft meanwhile it is refused as a conflict: the page then shows
     * their version, and the history is forgotten so no undo overwrites their change (caught to reload, and passed
     * on for the message).
     */
    void save(Supplier<Workbench> change) {
        try {
            refresh(change.get());
        } catch (RuntimeException e) {
            if (Causes.firstOf(e, OptimisticLockException.class).isPresent()) {
                history.forget();
                reload();
            }
            throw e;
        }
    }

    /** Shows the draft as saved now (e.g. after a colleague's change, which ends the undo history). */
    public void reload() {
        long shown = workbench == null ? -1 : workbench.set().getVersion();
        refresh(drafts.view(id));
        if (shown >= 0 && shown != workbench.set().getVersion()) {
            history.forget();
        }
    }

    void refresh(Workbench w) {
        workbench = w;
        readable = null;
    }

    Workbench workbench() {
        if (workbench == null) {
            reload();
        }
        return workbench;
    }

    long version() {
        return workbench().set().getVersion();
    }

    DraftHistory history() {
        return history;
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

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
