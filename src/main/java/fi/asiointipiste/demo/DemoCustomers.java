package fi.asiointipiste.demo;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Fictional returning customers. Their identity codes use the temporary individual numbers 900–999, so
 * they cannot belong to a real person; names are combinations of common Finnish names.
 */
class DemoCustomers {

    static final List<String> COMMENTS = List.of(
            "Sain apua nopeasti, kiitos!",
            "Jonottaminen kesti liian kauan.",
            "Etäyhteys Kelaan toimi hyvin.",
            "Ystävällinen palvelu.",
            "Lomake oli vaikea, onneksi sain apua.",
            "Kiitos kärsivällisyydestä.",
            "Toivoisin, että palvelu olisi auki myös iltaisin.",
            "Tack för hjälpen!",
            "Very helpful staff.");
    private static final String[] FIRST = {
        "Aino", "Eino", "Helmi", "Väinö", "Aili", "Toivo", "Liisa", "Matti", "Sirkka", "Pentti", "Tuula", "Jari",
        "Sanna", "Mikko", "Jenni", "Juha", "Elina", "Ville", "Oona", "Leo"
    };
    private static final String[] LAST = {
        "Korhonen",
        "Virtanen",
        "Mäkinen",
        "Nieminen",
        "Hyvönen",
        "Heikkinen",
        "Kinnunen",
        "Räsänen",
        "Turunen",
        "Savolainen",
        "Lappalainen",
        "Miettinen",
        "Rytkönen",
        "Huttunen"
    };
    private static final String CHECK = "0123456789ABCDEFHJKLMNPRSTUVWXY";

    private final Random random;
    private final LocalDate today;
    private final List<DemoCustomer> all = new ArrayList<>();
    private final Map<String, List<DemoCustomer>> byProfile = new HashMap<>();
    private final Set<String> codes = new HashSet<>();

    DemoCustomers(Random random, LocalDate today) {
        this.random = random;
        this.today = today;
    }

    /** A returning customer of this profile three times in four; otherwise a new one. */
    DemoCustomer next(String profile) {
        List<DemoCustomer> pool = byProfile.computeIfAbsent(profile, p -> new ArrayList<>());
        if (pool.size() > 20 && random.nextInt(4) > 0) {
            return pool.get(random.nextInt(pool.size()));
        }
        LocalDate born = today.minusYears(likelyAge(profile)).minusDays(random.nextInt(365));
        int individual = 900 + random.nextInt(100);
        String date = String.format("%02d%02d%02d", born.getDayOfMonth(), born.getMonthValue(), born.getYear() % 100);
        char sign = born.getYear() >= 2000 ? 'A' : '-';
        String number = String.format("%03d", individual);
        String code = date + sign + number + CHECK.charAt((int) (Long.parseLong(date + number) % 31));
        if (!codes.add(code)) {
            return next(profile);
        }
        String language = random.nextInt(100) < 6 ? "sv" : random.nextInt(100) < 4 ? "other" : "fi";
        DemoCustomer customer = new DemoCustomer(
                FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)], code, born, language);
        all.add(customer);
        pool.add(customer);
        return customer;
    }

    int likelyAge(String profile) {
        return switch (profile) {
            case "MULTI_UNSKILLED" -> 30 + random.nextInt(60);
            case "CONTACT_SEEKING" -> 40 + random.nextInt(50);
            default -> 18 + random.nextInt(50);
        };
    }

    List<DemoCustomer> all() {
        return all;
    }

    static final class DemoCustomer {
        private final String fullName;
        private final String identityCode;
        private final LocalDate born;
        private final String language;
        private long id;
        private int visits;
        private final List<LocalDate> days = new ArrayList<>();

        DemoCustomer(String fullName, String identityCode, LocalDate born, String language) {
            this.fullName = fullName;
            this.identityCode = identityCode;
            this.born = born;
            this.language = language;
        }

        int ageOn(LocalDate day) {
            return java.time.Period.between(born, day).getYears();
        }

        /** Counts a served visit; visits are generated in time order, so the days come sorted. */
        void visited(LocalDate day) {
            visits++;
            days.add(day);
        }

        /** Served visits on or after this day (the routing fact visitsLast90Days). */
        int visitsSince(LocalDate first) {
            int count = 0;
            for (int i = days.size() - 1; i >= 0 && !days.get(i).isBefore(first); i--) {
                count++;
            }
            return count;
        }

        int visits() {
            return visits;
        }

        String fullName() {
            return fullName;
        }

        String identityCode() {
            return identityCode;
        }

        String language() {
            return language;
        }

        LocalDateTime createdAt(LocalDateTime firstVisit) {
            return firstVisit;
        }

        long id() {
            return id;
        }

        void assign(long newId) {
            this.id = newId;
        }
    }
}
