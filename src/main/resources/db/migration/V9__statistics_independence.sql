-- Independence over time (issue 5): for customers who return, how the support level of their visits and the
-- share of errands they did themselves change from visit to visit. Pseudonymous and aggregated: no customer
-- id, name or identity code is stored. When a visit is served (status DONE), it is placed in its customer's
-- chain of served visits, ordered by end time (then visit id); its position gives visit_ordinal (1..4, and 5
-- for the fifth or a later visit), and it is compared with the customer's previous served visit. Anonymous
-- visits and no-shows are not counted. Keyed like the V7 tables by point and local arrival day of the visit.
-- level_rank: the visit's highest applied support level, 0 none, 1 SELF_SERVICE, 2 GUIDED, 3 FULL_ASSISTANCE.
-- level_*: the level against the previous visit (lower = more independent), counted when both have a level;
-- share_*: the self-done share of errands against the previous visit, counted when both have errands.
CREATE TABLE stat_independence_day (
    service_point_id  BIGINT  NOT NULL,
    stat_day          DATE    NOT NULL,
    profile_id        BIGINT  NOT NULL, -- 0 when the clerk chose no profile
    visit_ordinal     INTEGER NOT NULL,
    level_rank        INTEGER NOT NULL,
    visits            BIGINT  NOT NULL,
    tasks             BIGINT  NOT NULL,
    self_done         BIGINT  NOT NULL,
    level_lower       BIGINT  NOT NULL,
    level_same        BIGINT  NOT NULL,
    level_higher      BIGINT  NOT NULL,
    share_up          BIGINT  NOT NULL,
    share_same        BIGINT  NOT NULL,
    share_down        BIGINT  NOT NULL,
    CONSTRAINT stat_independence_day_pk PRIMARY KEY (service_point_id, stat_day, profile_id, visit_ordinal, level_rank)
);
-- A customer's chain is read through the existing index visit_customer_ix (V1).
