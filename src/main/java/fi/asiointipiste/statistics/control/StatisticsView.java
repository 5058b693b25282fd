package fi.asiointipiste.statistics.control;

import java.util.Arrays;
import java.util.Optional;

/**
 * The statistics views a supervisor moves between. Each computes only its own tables, so a view stays fast on
 * a million visits; all share one filter in the query string. {@link #page()} is the Faces view under
 * /statistics/.
 */
public enum StatisticsView {
    OVERVIEW("index"),
    ERRANDS("errands"),
    LEVELS("levels"),
    FEEDBACK("feedback"),
    TIME("time"),
    BREAKDOWNS("breakdowns"),
    COSTS("costs");

    private final String page;

    StatisticsView(String page) {
        this.page = page;
    }

    public String page() {
        return page;
    }

    public String getPage() {
        return page;
    }

    public String getName() {
        return name();
    }

    public static Optional<StatisticsView> ofPage(String page) {
        return Arrays.stream(values()).filter(v -> v.page.equals(page)).findFirst();
    }
}
