/**
 * Static analysis of a decision table before publishing: syntax and type errors, overlapping rules under UNIQUE and
 * ANY, rules that can never fire under FIRST, and gaps (inputs no rule covers), each with an example input. It
 * reasons over the cells of {@link fi.asiointipiste.routing.engine.compile.ColumnDomain}, never over raw numbers.
 */
package fi.asiointipiste.routing.engine.analysis;
