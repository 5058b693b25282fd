/**
 * The S-FEEL subset of DMN 1.3 used in decision table cells: unary tests for input entries and literals for
 * output entries and allowed values. Parsing is hand-written and reports what was expected at which position;
 * evaluation follows FEEL's three-valued logic (null compared with anything is null, which does not match).
 */
package fi.asiointipiste.routing.engine.feel;
