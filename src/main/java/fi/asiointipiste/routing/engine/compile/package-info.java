/**
 * Turns a {@link fi.asiointipiste.routing.engine.DecisionTable} into a {@link
 * fi.asiointipiste.routing.engine.compile.CompiledTable}: every input column's values are partitioned into cells
 * (null, each literal, the open intervals between numeric boundaries) and each cell carries a bitset of the rules it
 * satisfies, so deciding is one array lookup per column plus a few ANDs. The same cells drive static analysis.
 */
package fi.asiointipiste.routing.engine.compile;
