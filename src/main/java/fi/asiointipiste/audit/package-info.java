/**
 * Audit: an append-only log of who did what and when, with the state before and after, written in the same transaction as the change it records.
 */
package fi.asiointipiste.audit;
