package fi.asiointipiste.statistics.boundary;

import fi.asiointipiste.organisation.entity.ServicePoint;
import fi.asiointipiste.platform.security.SignedInStaff;
import fi.asiointipiste.platform.time.ServiceClock;
import fi.asiointipiste.routing.entity.SupportLevel;
import fi.asiointipiste.statistics.control.FeedbackSummary;
import fi.asiointipiste.statistics.control.SupportLevelFigures;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The supervisor's overview of the last twelve months at the points they supervise. */
@Named
@RequestScoped
public class StatisticsBacking {

    @Inject
    SupportLevelFigures figures;

    @Inject
    SignedInStaff staff;

    @Inject
    ServiceClock clock;

    private Map<SupportLevel, Long> mix;
    private Map<String, Map<SupportLevel, Long>> byProfile;
    private FeedbackSummary feedback;
    private long visits;
    private long overrides;
    private LocalDate from;
    private LocalDate until;

    public void load() {
        List<ServicePoint> points = staff.getServicePoints();
        until = clock.today().plusDays(1);
        from = until.minusYears(1);
        LocalDateTime start = from.atStartOfDay();
        LocalDateTime end = until.atStartOfDay();
        if (points.isEmpty()) {
            mix = Map.of();
            byProfile = Map.of();
            feedback = new FeedbackSummary(0, null, 0, 0, 0);
            return;
        }
        mix = figures.mix(points, start, end);
        byProfile = figures.mixByProfile(points, start, end);
        feedback = figures.feedback(points.stream().map(ServicePoint::getId).toList(), start, end);
        visits = figures.visits(points, start, end);
        overrides = figures.overrides(points, start, end);
    }

    public long getTasks() {
        return mix.values().stream().mapToLong(Long::longValue).sum();
    }

    public List<SupportLevel> getLevels() {
        return List.of(SupportLevel.values());
    }

    public long count(SupportLevel level) {
        return mix.getOrDefault(level, 0L);
    }

    public double share(SupportLevel level) {
        long tasks = getTasks();
        return tasks == 0 ? 0 : (double) count(level) / tasks;
    }

    public List<String> getProfiles() {
        return new ArrayList<>(byProfile.keySet());
    }

    public long countFor(String profile, SupportLevel level) {
        return byProfile.getOrDefault(profile, Map.of()).getOrDefault(level, 0L);
    }

    public double overrideShare() {
        long tasks = getTasks();
        return tasks == 0 ? 0 : (double) overrides / tasks;
    }

    public FeedbackSummary getFeedback() {
        return feedback;
    }

    public long getVisits() {
        return visits;
    }

    public long getOverrides() {
        return overrides;
    }

    public LocalDate getFrom() {
        return from;
    }

    public LocalDate getUntil() {
        return until.minusDays(1);
    }

    public List<ServicePoint> getPoints() {
        return staff.getServicePoints();
    }
}
