/**
 * Statistics: read-only figures for supervisors (support-level mix, overrides, times, CES and NPS). Counts only: no query here selects a name or an identity code, and nothing depends on this feature.
 */
package fi.asiointipiste.statistics;
