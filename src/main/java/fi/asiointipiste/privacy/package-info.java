/**
 * Privacy: the retention job that anonymises customers whose retention period has passed (statistics unchanged), and
 * the administrators' subject-access report (what is stored about a person and who read it when).
 */
package fi.asiointipiste.privacy;
