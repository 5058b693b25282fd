/**
 * Rules: versioned rule sets (decision tables) that pilot coordinators edit, validate, simulate and publish to service points. Arrives with the support-level engine; the routing feature reads the published set that applies to a point and moment.
 */
package fi.asiointipiste.rules;
