package fi.asiointipiste.statistics.control;

import java.util.List;

/** What one closed visit adds to one row of an aggregate table. */
public record AggregateCell(AggregateTable table, List<Object> key, double[] values) {}
