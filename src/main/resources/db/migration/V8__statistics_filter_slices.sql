-- Supervisor statistics, filters that combine (issue 5): every filter narrows every view where it means
-- something, and each view still reads one small slice of one aggregate table.
--
-- A dimension a table must be filtered by, but is never grouped by, is kept as a "slice": each visit adds its
-- row both under its actual value and under the value meaning "all" (service_task_id 0 = all visits, channel
-- 'ALL', profile_id -1 = all profiles; profile_id 0 stays "no profile chosen"). A query then always asks for
-- exactly one value of each slice dimension. The primary key starts with the slice dimensions and the day,
-- so the rows a view reads are one contiguous index range; the points (an IN list) come after the day,
-- because H2 narrows an index range by an IN list only on the first key column and then ignores the rest
-- (measured at 1,000,000 visits: 7 s with the point first, see docs/statistics.md). An errand slice of a
-- visit table holds the visits that included that errand.
--
-- Monthly rows: the visit, errand, duration and override tables keep each cell twice, under its day (grain
-- 'D') and under the first day of its month (grain 'M'). A period is read as its whole months plus the days
-- at either end, so a year reads about twelve months of rows instead of 365 days of them. The arrival table
-- stays daily (the heat map needs weekdays, the time series days); it is small.
--
-- The tables hold derived counts only; they are re-created empty here and refilled by the statistics
-- start-up check (StatisticsStartup: closed visits but no aggregate rows → AggregateRebuild) on the first start.

DROP TABLE stat_visit_day;
DROP TABLE stat_task_day;
DROP TABLE stat_duration_day;
DROP TABLE stat_arrival_hour;
DROP TABLE stat_override_day;

-- Visit figures; slice: errand. Channel, profile and level stay real dimensions (breakdowns group by them).
CREATE TABLE stat_visit_day (
    service_point_id  BIGINT      NOT NULL,
    service_task_id   BIGINT      NOT NULL, -- 0: all visits; otherwise the visits that included this errand
    grain             VARCHAR(1)  NOT NULL, -- 'D' a day, 'M' a month (stat_day its first day)
    stat_day          DATE        NOT NULL,
    channel           VARCHAR(20) NOT NULL,
    profile_id        BIGINT      NOT NULL, -- 0 when the clerk chose no profile
    level_rank        INTEGER     NOT NULL,
    visits            BIGINT      NOT NULL,
    no_shows          BIGINT      NOT NULL,
    tasks             BIGINT      NOT NULL,
    overridden        BIGINT      NOT NULL,
    self_done         BIGINT      NOT NULL,
    wait_n            BIGINT      NOT NULL,
    wait_sum          BIGINT      NOT NULL,
    handle_n          BIGINT      NOT NULL,
    handle_sum        BIGINT      NOT NULL,
    feedback_n        BIGINT      NOT NULL,
    ces_n             BIGINT      NOT NULL,
    ces_sum           BIGINT      NOT NULL,
    ces_1             BIGINT      NOT NULL,
    ces_2             BIGINT      NOT NULL,
    ces_3             BIGINT      NOT NULL,
    ces_4             BIGINT      NOT NULL,
    ces_5             BIGINT      NOT NULL,
    nps_n             BIGINT      NOT NULL,
    promoters         BIGINT      NOT NULL,
    detractors        BIGINT      NOT NULL,
    CONSTRAINT stat_visit_day_pk PRIMARY KEY (service_task_id, grain, stat_day, service_point_id, channel,
        profile_id, level_rank)
);

-- Errand figures; slices: channel and profile. The errand itself is a real dimension.
CREATE TABLE stat_task_day (
    service_point_id     BIGINT           NOT NULL,
    channel              VARCHAR(20)      NOT NULL, -- 'ALL' or the visit's channel
    profile_id           BIGINT           NOT NULL, -- -1 all profiles, 0 no profile chosen
    grain                VARCHAR(1)       NOT NULL,
    stat_day             DATE             NOT NULL,
    service_task_id      BIGINT           NOT NULL,
    recommended_level    VARCHAR(20)      NOT NULL,
    applied_level        VARCHAR(20)      NOT NULL,
    tasks                BIGINT           NOT NULL,
    self_done            BIGINT           NOT NULL,
    outcome_done         BIGINT           NOT NULL,
    outcome_referred     BIGINT           NOT NULL,
    outcome_continues    BIGINT           NOT NULL,
    outcome_not_possible BIGINT           NOT NULL,
    handle_minutes       DOUBLE PRECISION NOT NULL,
    visit_share          DOUBLE PRECISION NOT NULL,
    ces_n                BIGINT           NOT NULL,
    ces_sum              BIGINT           NOT NULL,
    CONSTRAINT stat_task_day_pk PRIMARY KEY (channel, profile_id, grain, stat_day, service_point_id,
        service_task_id, recommended_level, applied_level)
);

-- Waiting (W) and handling (H) minutes per visit level as a histogram, for exact percentiles;
-- slices: errand, channel and profile.
CREATE TABLE stat_duration_day (
    service_point_id  BIGINT      NOT NULL,
    service_task_id   BIGINT      NOT NULL,
    channel           VARCHAR(20) NOT NULL,
    profile_id        BIGINT      NOT NULL,
    grain             VARCHAR(1)  NOT NULL,
    stat_day          DATE        NOT NULL,
    level_rank        INTEGER     NOT NULL,
    kind              VARCHAR(1)  NOT NULL,
    minutes           INTEGER     NOT NULL,
    visits            BIGINT      NOT NULL,
    CONSTRAINT stat_duration_day_pk PRIMARY KEY (service_task_id, channel, profile_id, grain, stat_day,
        service_point_id, level_rank, kind, minutes)
);

-- Arrivals per hour (the weekday × hour heat map) with their errands and overrides (the time series);
-- slices: errand, channel and profile. In an errand's slice, tasks and overridden count that errand only.
CREATE TABLE stat_arrival_hour (
    service_point_id  BIGINT      NOT NULL,
    service_task_id   BIGINT      NOT NULL,
    channel           VARCHAR(20) NOT NULL,
    profile_id        BIGINT      NOT NULL,
    stat_day          DATE        NOT NULL,
    hour_of_day       INTEGER     NOT NULL,
    visits            BIGINT      NOT NULL,
    tasks             BIGINT      NOT NULL,
    overridden        BIGINT      NOT NULL,
    CONSTRAINT stat_arrival_hour_pk PRIMARY KEY (service_task_id, channel, profile_id, stat_day, service_point_id,
        hour_of_day)
);

-- Overridden errands only (applied level differs from the recommendation), with the rule that recommended.
-- Small (about one errand in eleven): channel and profile are real dimensions.
CREATE TABLE stat_override_day (
    service_point_id   BIGINT       NOT NULL,
    grain              VARCHAR(1)   NOT NULL,
    stat_day           DATE         NOT NULL,
    service_task_id    BIGINT       NOT NULL,
    profile_id         BIGINT       NOT NULL,
    channel            VARCHAR(20)  NOT NULL,
    rule_set_id        BIGINT       NOT NULL, -- 0 and rule_id - when no rule recommended
    rule_id            VARCHAR(100) NOT NULL,
    recommended_level  VARCHAR(20)  NOT NULL,
    applied_level      VARCHAR(20)  NOT NULL,
    override_reason    VARCHAR(30)  NOT NULL,
    tasks              BIGINT       NOT NULL,
    ces_n              BIGINT       NOT NULL,
    ces_sum            BIGINT       NOT NULL,
    CONSTRAINT stat_override_day_pk PRIMARY KEY (grain, stat_day, service_point_id, service_task_id, profile_id, channel,
        rule_set_id, rule_id, recommended_level, applied_level, override_reason)
);

-- The drill-down from a rule to its overridden errands asks on which days at which points the rule was
-- overridden, then reads only those days' visits.
CREATE INDEX stat_override_rule_ix ON stat_override_day (rule_set_id, rule_id, grain, stat_day);
