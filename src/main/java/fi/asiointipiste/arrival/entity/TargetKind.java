package fi.asiointipiste.arrival.entity;

/** Who may call a waiting ticket: any desk, one desk, the desk of one clerk, or the desks of one agency's specialist. */
public enum TargetKind {
    ANY,
    DESK,
    CLERK,
    AGENCY
}
