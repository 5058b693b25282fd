package fi.asiointipiste.rules.boundary;

import fi.asiointipiste.platform.i18n.Messages;
import fi.asiointipiste.routing.engine.TypeRef;
import fi.asiointipiste.rules.control.ColumnRef;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** Adding a column to the draft on the editor page: a condition (a fact the rules read) or a decision column. */
@Named
@ViewScoped
public class NewColumnBacking implements Serializable {

    @Inject
    DraftBacking draft;

    private boolean input = true;
    private String name;
    private String type = TypeRef.STRING.name();
    private String values;

    public void add() {
        draft.apply(ColumnRef.add(draft.getTable(), input, name, TypeRef.valueOf(type), values));
        Messages.info("rules.edit.saved");
        name = null;
        values = null;
    }

    public List<TypeRef> getTypes() {
        return List.of(TypeRef.values());
    }

    public boolean isInput() {
        return input;
    }

    public void setInput(boolean input) {
        this.input = input;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getValues() {
        return values;
    }

    public void setValues(String values) {
        this.values = values;
    }
}
