-- Front desk (issue 4): what the desk records beyond the foundation's visit log.
-- Portable between H2 2.3 and PostgreSQL 15: one column per ALTER, no dialect functions.

-- The intake answers the routing facts come from, and the clerk's closing notes.
ALTER TABLE visit ADD COLUMN strong_eid BOOLEAN;
ALTER TABLE visit ADD COLUMN uses_online_services BOOLEAN;
ALTER TABLE visit ADD COLUMN service_language VARCHAR(5);
ALTER TABLE visit ADD COLUMN needs_interpreter BOOLEAN;
ALTER TABLE visit ADD COLUMN first_visit BOOLEAN;
ALTER TABLE visit ADD COLUMN notes VARCHAR(2000);

-- The flow checklist items the clerk ticked, as a comma-separated list of aspects (OUTCOME,TOOLS,...).
ALTER TABLE visit_task ADD COLUMN checklist VARCHAR(200);

-- A request for an agency specialist to take over or join one visit task.
CREATE SEQUENCE handoff_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE handoff (
    id                  BIGINT        NOT NULL PRIMARY KEY,
    visit_task_id       BIGINT        NOT NULL,
    service_point_id    BIGINT        NOT NULL,
    agency_id           BIGINT        NOT NULL,
    mode                VARCHAR(20)   NOT NULL,
    status              VARCHAR(20)   NOT NULL,
    requested_at        TIMESTAMP     NOT NULL,
    requested_by        VARCHAR(60)   NOT NULL,
    slot_at             TIMESTAMP,
    room_or_device      VARCHAR(200),
    interpreter_booked  BOOLEAN       NOT NULL,
    clerk_stayed        BOOLEAN       NOT NULL,
    specialist_id       BIGINT,
    accepted_at         TIMESTAMP,
    joined_at           TIMESTAMP,
    completed_at        TIMESTAMP,
    outcome_text        VARCHAR(1000),
    version             BIGINT        NOT NULL,
    CONSTRAINT handoff_task_fk FOREIGN KEY (visit_task_id) REFERENCES visit_task (id),
    CONSTRAINT handoff_point_fk FOREIGN KEY (service_point_id) REFERENCES service_point (id),
    CONSTRAINT handoff_agency_fk FOREIGN KEY (agency_id) REFERENCES agency (id),
    CONSTRAINT handoff_specialist_fk FOREIGN KEY (specialist_id) REFERENCES staff_user (id),
    CONSTRAINT handoff_mode_ck CHECK (mode IN ('ON_SITE', 'REMOTE_VIDEO')),
    CONSTRAINT handoff_status_ck CHECK (status IN ('REQUESTED', 'ACCEPTED', 'JOINED', 'COMPLETED', 'CANCELLED'))
);
CREATE INDEX handoff_agency_status_ix ON handoff (agency_id, status);
CREATE INDEX handoff_task_ix ON handoff (visit_task_id);

-- A feedback kiosk (tablet at the desk) is bound to one service point by a token an administrator issues.
CREATE SEQUENCE kiosk_token_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE kiosk_token (
    id                BIGINT       NOT NULL PRIMARY KEY,
    token             VARCHAR(64)  NOT NULL,
    service_point_id  BIGINT       NOT NULL,
    label             VARCHAR(100) NOT NULL,
    issued_at         TIMESTAMP    NOT NULL,
    issued_by         VARCHAR(60)  NOT NULL,
    revoked_at        TIMESTAMP,
    version           BIGINT       NOT NULL,
    CONSTRAINT kiosk_token_uk UNIQUE (token),
    CONSTRAINT kiosk_token_point_fk FOREIGN KEY (service_point_id) REFERENCES service_point (id)
);
