package fi.asiointipiste.routing.entity;

/**
 * A decision table as routing sees it: which rule set it is (id and the version number people know it by) and its
 * DMN document. A {@code fixed} table is published and never changes again, so its compiled form can be kept;
 * a draft's table is compiled each time it is used.
 */
public record RuleTable(long id, int versionNo, String dmnXml, boolean fixed) {}
