package fi.asiointipiste.routing.engine.dmn;

import java.util.Map;

/** The DMN model namespaces accepted on import, by DMN version. Export always uses DMN 1.3. */
public final class DmnNamespaces {
    public static final String DMN_1_3 = "https://www.omg.org/spec/DMN/20191111/MODEL/";
    public static final Map<String, String> VERSIONS = Map.of(
            "http://www.omg.org/spec/DMN/20151101/dmn.xsd",
            "1.1",
            "http://www.omg.org/spec/DMN/20180521/MODEL/",
            "1.2",
            DMN_1_3,
            "1.3",
            "https://www.omg.org/spec/DMN/20211108/MODEL/",
            "1.4",
            "https://www.omg.org/spec/DMN/20230324/MODEL/",
            "1.5");

    private DmnNamespaces() {}
}
