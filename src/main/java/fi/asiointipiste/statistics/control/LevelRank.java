package fi.asiointipiste.statistics.control;

import fi.asiointipiste.routing.entity.SupportLevel;

/** Support levels as the integers the aggregates store: 0 none, then 1..3 in {@link SupportLevel} order. */
public final class LevelRank {

    private LevelRank() {}

    public static int of(String level) {
        return level == null || level.equals("NONE")
                ? 0
                : SupportLevel.valueOf(level).ordinal() + 1;
    }

    public static SupportLevel level(int rank) {
        return rank == 0 ? null : SupportLevel.values()[rank - 1];
    }
}
