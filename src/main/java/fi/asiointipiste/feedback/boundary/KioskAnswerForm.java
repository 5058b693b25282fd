package fi.asiointipiste.feedback.boundary;

import fi.asiointipiste.feedback.entity.Feedback;
import java.io.Serializable;
import java.util.List;

/**
 * What a customer enters at the kiosk (kiosk/index.xhtml): a Customer Effort Score and a 0–10 answer, each chosen
 * with one touch from its scale, and an optional comment. {@link Feedback#answer} says which answers are taken.
 */
public abstract class KioskAnswerForm implements Serializable {

    private Integer ces;
    private Integer nps;
    private String comment;

    /** Empties the form for the next customer. */
    void clear() {
        ces = null;
        nps = null;
        comment = null;
    }

    /** ui:repeat iterates lists, not primitive arrays. */
    public List<Integer> getCesSteps() {
        return Feedback.CES_SCALE;
    }

    public List<Integer> getNpsSteps() {
        return Feedback.NPS_SCALE;
    }

    public Integer getCes() {
        return ces;
    }

    public void chooseCes(Integer value) {
        ces = value;
    }

    public Integer getNps() {
        return nps;
    }

    public void chooseNps(Integer value) {
        nps = value;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
