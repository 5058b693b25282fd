/**
 * Feedback: customers' answers right after a visit (CES 1-5, NPS 0-10, an optional comment). Holds no personal data.
 */
package fi.asiointipiste.feedback;
