package fi.asiointipiste.feedback.entity;

/** Fired synchronously, inside the saving transaction, when a customer's feedback on a visit is stored. */
public record FeedbackGiven(long feedbackId, long visitId, long servicePointId) {}
