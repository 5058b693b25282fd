-- Pilots (issue 10): a coordinator tries a rule set at some service points and compares them with others.
-- A pilot names its hypothesis, the rule set it tries, its pilot and comparison points, its period (whole days,
-- both ends included) and the measures that decide its success. The pilot report (statistics) reads these and
-- the statistics aggregates; nothing here is personal data.
-- Portable between H2 2.3 and PostgreSQL 15.

CREATE SEQUENCE pilot_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE pilot (
    id            BIGINT         NOT NULL PRIMARY KEY,
    name          VARCHAR(200)   NOT NULL,
    hypothesis    VARCHAR(2000)  NOT NULL,
    rule_set_id   BIGINT         NOT NULL,
    target_profile_id BIGINT,    -- the customers the pilot is about (null: all); the report's default narrowing
    target_agency_id  BIGINT,    -- the errands it is about: one agency's (null: all); narrows the errand figures
    starts_on     DATE           NOT NULL,
    ends_on       DATE           NOT NULL,
    created_by    VARCHAR(60)    NOT NULL,
    created_at    TIMESTAMP      NOT NULL,
    version       BIGINT         NOT NULL,
    CONSTRAINT pilot_rule_set_fk FOREIGN KEY (rule_set_id) REFERENCES rule_set (id),
    CONSTRAINT pilot_target_profile_fk FOREIGN KEY (target_profile_id) REFERENCES customer_profile (id),
    CONSTRAINT pilot_target_agency_fk FOREIGN KEY (target_agency_id) REFERENCES agency (id),
    CONSTRAINT pilot_period_ck CHECK (ends_on >= starts_on)
);
CREATE INDEX pilot_rule_set_ix ON pilot (rule_set_id);

-- The points where the pilot's rule set is tried.
CREATE TABLE pilot_point (
    pilot_id          BIGINT NOT NULL,
    service_point_id  BIGINT NOT NULL,
    CONSTRAINT pilot_point_pk PRIMARY KEY (pilot_id, service_point_id),
    CONSTRAINT pilot_point_pilot_fk FOREIGN KEY (pilot_id) REFERENCES pilot (id),
    CONSTRAINT pilot_point_sp_fk FOREIGN KEY (service_point_id) REFERENCES service_point (id)
);

-- The points that keep their rules during the pilot, for comparison.
CREATE TABLE pilot_comparison_point (
    pilot_id          BIGINT NOT NULL,
    service_point_id  BIGINT NOT NULL,
    CONSTRAINT pilot_comparison_point_pk PRIMARY KEY (pilot_id, service_point_id),
    CONSTRAINT pilot_comparison_pilot_fk FOREIGN KEY (pilot_id) REFERENCES pilot (id),
    CONSTRAINT pilot_comparison_sp_fk FOREIGN KEY (service_point_id) REFERENCES service_point (id)
);

-- The measures that decide success: which way the measure should move at the pilot points, compared with the
-- comparison points (difference in differences), and by at least how much (in the measure's unit: percentage
-- points, minutes, CES or NPS points; 0 = any real change).
CREATE TABLE pilot_criterion (
    pilot_id        BIGINT           NOT NULL,
    measure         VARCHAR(40)      NOT NULL,
    direction       VARCHAR(10)      NOT NULL,
    minimum_change  DOUBLE PRECISION NOT NULL,
    CONSTRAINT pilot_criterion_pk PRIMARY KEY (pilot_id, measure),
    CONSTRAINT pilot_criterion_pilot_fk FOREIGN KEY (pilot_id) REFERENCES pilot (id),
    CONSTRAINT pilot_criterion_direction_ck CHECK (direction IN ('INCREASE', 'DECREASE')),
    CONSTRAINT pilot_criterion_minimum_ck CHECK (minimum_change >= 0)
);
