package fi.asiointipiste.feedback.entity;

import fi.asiointipiste.platform.i18n.RefusedAction;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A customer's answer right after a visit: Customer Effort Score (1 = much less effort than expected …
 * 5 = much more), Net Promoter answer 0–10 and an optional comment. Holds no personal data; it refers to
 * the visit by id only so that one visit gets at most one answer.
 */
@Entity
@Table(name = "feedback")
@NamedQuery(name = "Feedback.countOfVisit", query = "SELECT COUNT(f) FROM Feedback f WHERE f.visitId = :visit")
public class Feedback implements Serializable {

    /** The Customer Effort Score's answers, 1 (much less effort than expected) to 5 (much more). */
    public static final List<Integer> CES_SCALE = List.of(1, 2, 3, 4, 5);
    /** The Net Promoter question's answers, 0 (not at all likely) to 10 (extremely likely). */
    public static final List<Integer> NPS_SCALE =
            IntStream.rangeClosed(0, 10).boxed().toList();

    public static final int COMMENT_MAX = 1000;

    @Id
    @SequenceGenerator(name = "feedback_seq", sequenceName = "feedback_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "feedback_seq")
    private Long id;

    @NotNull
    @Column(name = "visit_id")
    private Long visitId;

    @NotNull
    @Column(name = "service_point_id")
    private Long servicePointId;

    @NotNull
    @Column(name = "given_at")
    private LocalDateTime givenAt;

    @Min(1)
    @Max(5)
    private Integer ces;

    @Min(0)
    @Max(10)
    private Integer nps;

    @Size(max = COMMENT_MAX)
    @Column(name = "comment_text")
    private String comment;

    protected Feedback() {}

    public Feedback(
            Long visitId, Long servicePointId, LocalDateTime givenAt, Integer ces, Integer nps, String comment) {
        this.visitId = visitId;
        this.servicePointId = servicePointId;
        this.givenAt = givenAt;
        this.ces = ces;
        this.nps = nps;
        this.comment = comment;
    }

    /**
     * A customer's answer as the kiosk takes it: at least one of the two questions answered, each on its scale, a
     * comment of at most {@value #COMMENT_MAX} characters (trimmed; a blank one is none). Anything else is refused,
     * and nothing is stored.
     */
    public static Feedback answer(
            Long visitId, Long servicePointId, LocalDateTime givenAt, Integer ces, Integer nps, String comment) {
        if (ces == null && nps == null) {
            throw new RefusedAction("kiosk.answerRequired");
        }
        if (ces != null && !CES_SCALE.contains(ces) || nps != null && !NPS_SCALE.contains(nps)) {
            throw new RefusedAction("kiosk.answerInvalid");
        }
        if (comment != null && comment.length() > COMMENT_MAX) {
            throw new RefusedAction("kiosk.commentTooLong");
        }
        return new Feedback(
                visitId,
                servicePointId,
                givenAt,
                ces,
                nps,
                comment == null || comment.isBlank() ? null : comment.strip());
    }

    public Long getId() {
        return id;
    }

    public Long getVisitId() {
        return visitId;
    }

    public Long getServicePointId() {
        return servicePointId;
    }

    public LocalDateTime getGivenAt() {
        return givenAt;
    }

    public Integer getCes() {
        return ces;
    }

    public Integer getNps() {
        return nps;
    }

    public String getComment() {
        return comment;
    }
}
