package fi.asiointipiste.feedback.entity;

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

/**
 * A customer's answer right after a visit: Customer Effort Score (1 = much less effort than expected …
 * 5 = much more), Net Promoter answer 0–10 and an optional comment. Holds no personal data; it refers to
 * the visit by id only so that one visit gets at most one answer.
 */
@Entity
@Table(name = "feedback")
@NamedQuery(name = "Feedback.countOfVisit", query = "SELECT COUNT(f) FROM Feedback f WHERE f.visitId = :visit")
public class Feedback implements Serializable {

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

    @Size(max = 1000)
    @Column(name = "comment_text")
    private String comment;

    protected Feedback() {
    }

    public Feedback(Long visitId, Long servicePointId, LocalDateTime givenAt, Integer ces, Integer nps,
                    String comment) {
        this.visitId = visitId;
        this.servicePointId = servicePointId;
        this.givenAt = givenAt;
        this.ces = ces;
        this.nps = nps;
        this.comment = comment;
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
