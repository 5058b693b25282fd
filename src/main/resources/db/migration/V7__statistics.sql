-- Supervisor statistics: aggregates kept up to date in the same transaction that closes a visit or stores
-- its feedback (observers of VisitClosed / FeedbackGiven), rebuilt in one pass after a bulk demo load.
-- Counts only: no customer id, name or identity code is ever copied here. Keys are the visit's local
-- arrival day and point, so every view filters by (service_point_id, stat_day) ranges.
-- level_rank: the visit's highest applied support level, 0 none, 1 SELF_SERVICE, 2 GUIDED, 3 FULL_ASSISTANCE.

CREATE TABLE stat_visit_day (
    service_point_id  BIGINT      NOT NULL,
    stat_day            DATE        NOT NULL,
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
    CONSTRAINT stat_visit_day_pk PRIMARY KEY (service_point_id, stat_day, channel, profile_id, level_rank)
);

-- One row per point, day, errand and (recommended, applied) pair; handle_minutes is the visit's handling
-- time and visit_share the visit itself divided evenly over its errands (the desk records no time per
-- errand): the cost-sharing keys. ces_* is the effort score of the visits the errands belong to.
CREATE TABLE stat_task_day (
    service_point_id   BIGINT           NOT NULL,
    stat_day             DATE             NOT NULL,
    service_task_id    BIGINT           NOT NULL,
    recommended_level  VARCHAR(20)      NOT NULL,
    applied_level      VARCHAR(20)      NOT NULL,
    tasks              BIGINT           NOT NULL,
    self_done          BIGINT           NOT NULL,
    outcome_done       BIGINT           NOT NULL,
    outcome_referred   BIGINT           NOT NULL,
    outcome_continues  BIGINT           NOT NULL,
    outcome_not_possible BIGINT         NOT NULL,
    handle_minutes     DOUBLE PRECISION NOT NULL,
    visit_share        DOUBLE PRECISION NOT NULL,
    ces_n              BIGINT           NOT NULL,
    ces_sum            BIGINT           NOT NULL,
    CONSTRAINT stat_task_day_pk PRIMARY KEY (service_point_id, stat_day, service_task_id, recommended_level, applied_level)
);

-- Waiting (W) and handling (H) minutes per visit level as a histogram, for exact percentiles.
CREATE TABLE stat_duration_day (
    service_point_id  BIGINT     NOT NULL,
    stat_day            DATE       NOT NULL,
    level_rank        INTEGER    NOT NULL,
    kind              VARCHAR(1) NOT NULL,
    minutes           INTEGER    NOT NULL,
    visits            BIGINT     NOT NULL,
    CONSTRAINT stat_duration_day_pk PRIMARY KEY (service_point_id, stat_day, level_rank, kind, minutes)
);

CREATE TABLE stat_arrival_hour (
    service_point_id  BIGINT  NOT NULL,
    stat_day            DATE    NOT NULL,
    hour_of_day       INTEGER NOT NULL,
    visits            BIGINT  NOT NULL,
    CONSTRAINT stat_arrival_hour_pk PRIMARY KEY (service_point_id, stat_day, hour_of_day)
);

-- Overridden errands only (applied level differs from the recommendation), with the rule that recommended.
CREATE TABLE stat_override_day (
    service_point_id   BIGINT       NOT NULL,
    stat_day             DATE         NOT NULL,
    service_task_id    BIGINT       NOT NULL,
    profile_id         BIGINT       NOT NULL,
    rule_set_id        BIGINT       NOT NULL, -- 0 and rule_id - when no rule recommended
    rule_id            VARCHAR(100) NOT NULL,
    recommended_level  VARCHAR(20)  NOT NULL,
    applied_level      VARCHAR(20)  NOT NULL,
    override_reason    VARCHAR(30)  NOT NULL,
    tasks              BIGINT       NOT NULL,
    ces_n              BIGINT       NOT NULL,
    ces_sum            BIGINT       NOT NULL,
    CONSTRAINT stat_override_day_pk PRIMARY KEY (service_point_id, stat_day, service_task_id, profile_id, rule_set_id,
        rule_id, recommended_level, applied_level, override_reason)
);



