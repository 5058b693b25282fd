/**
 * Explanations of single decisions for clerks and rule authors: every rule's per-condition results, the selected
 * rules and the "near misses" that failed on exactly one condition. Computed on request by re-evaluating the parsed
 * tests, never on the decision hot path.
 */
package fi.asiointipiste.routing.engine.explain;
