package fi.asiointipiste.rules.boundary;

import fi.asiointipiste.platform.i18n.Messages;
import fi.asiointipiste.routing.engine.HitPolicy;
import fi.asiointipiste.rules.entity.TableEdit;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The hit policy of the draft on the editor page: which rule decides when several rules fit. */
@Named
@ViewScoped
public class HitPolicyBacking implements Serializable {

    @Inject
    DraftBacking draft;

    /** The policy chosen in the list, until it is saved. */
    private String chosen;

    public void change() {
        draft.apply(new TableEdit.SetHitPolicy(HitPolicy.valueOf(chosen)));
        chosen = null;
        Messages.info("rules.edit.saved");
    }

    public List<HitPolicy> getHitPolicies() {
        return List.of(HitPolicy.FIRST, HitPolicy.UNIQUE, HitPolicy.PRIORITY, HitPolicy.ANY);
    }

    /** The policy chosen, else the table's. */
    public String getHitPolicy() {
        if (chosen != null) {
            return chosen;
        }
        return draft.getTable() == null ? null : draft.getTable().hitPolicy().name();
    }

    public void setHitPolicy(String hitPolicy) {
        this.chosen = hitPolicy;
    }
}
