package fi.asiointipiste.statistics.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Map;

/** The choices of the filter menus in the user's language (id → name); also the names the tables show. */
@ApplicationScoped
public class FilterOptions {

    @Inject
    StatisticsRows rows;

    /** Customer profiles in the order they were created. */
    public Map<Long, String> profiles(Locale locale) {
        return rows.names("SELECT id, name_" + Sql.language(locale) + " FROM customer_profile ORDER BY id");
    }

    /** Agencies by name. */
    public Map<Long, String> agencies(Locale locale) {
        String lang = Sql.language(locale);
        return rows.names("SELECT id, name_" + lang + " FROM agency ORDER BY name_" + lang);
    }

    /** Errands by name. */
    public Map<Long, String> tasks(Locale locale) {
        String lang = Sql.language(locale);
        return rows.names("SELECT id, name_" + lang + " FROM service_task ORDER BY name_" + lang);
    }
}
