-- Arrival (issue 13): named desks at a service point, the devices of the check-in terminal and the waiting-room
-- display, and the tickets customers take at the terminal with the errands routed at the door.
-- Portable between H2 2.3 and PostgreSQL 15: one column per ALTER, no dialect functions.

-- A named desk of a service point. A clerk signs in to it and sets its status; a desk with an agency is that
-- agency's specialist desk (it calls that agency's errands first). A clerk is signed in to one desk at most.
CREATE SEQUENCE desk_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE desk (
    id                BIGINT       NOT NULL PRIMARY KEY,
    service_point_id  BIGINT       NOT NULL,
    desk_no           INTEGER      NOT NULL,
    name              VARCHAR(60),
    agency_id         BIGINT,
    active            BOOLEAN      NOT NULL,
    clerk_id          BIGINT,
    status            VARCHAR(20)  NOT NULL,
    status_since      TIMESTAMP,
    version           BIGINT       NOT NULL,
    CONSTRAINT desk_point_fk FOREIGN KEY (service_point_id) REFERENCES service_point (id),
    CONSTRAINT desk_agency_fk FOREIGN KEY (agency_id) REFERENCES agency (id),
    CONSTRAINT desk_clerk_fk FOREIGN KEY (clerk_id) REFERENCES staff_user (id),
    CONSTRAINT desk_no_uq UNIQUE (service_point_id, desk_no),
    CONSTRAINT desk_no_ck CHECK (desk_no BETWEEN 1 AND 99),
    CONSTRAINT desk_status_ck CHECK (status IN ('CLOSED', 'SERVING', 'PAUSE', 'AWAY'))
);
CREATE UNIQUE INDEX desk_clerk_ux ON desk (clerk_id);

-- A check-in terminal or a waiting-room display, bound to one service point by a random token in its address
-- (like the feedback kiosk); once revoked the token is refused for good.
CREATE SEQUENCE arrival_device_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE arrival_device (
    id                BIGINT        NOT NULL PRIMARY KEY,
    token             VARCHAR(64)   NOT NULL,
    kind              VARCHAR(20)   NOT NULL,
    service_point_id  BIGINT        NOT NULL,
    label             VARCHAR(100)  NOT NULL,
    issued_at         TIMESTAMP     NOT NULL,
    issued_by         VARCHAR(60)   NOT NULL,
    revoked_at        TIMESTAMP,
    version           BIGINT        NOT NULL,
    CONSTRAINT arrival_device_point_fk FOREIGN KEY (service_point_id) REFERENCES service_point (id),
    CONSTRAINT arrival_device_token_uq UNIQUE (token),
    CONSTRAINT arrival_device_kind_ck CHECK (kind IN ('TERMINAL', 'DISPLAY'))
);

-- A ticket: the number a customer got at the terminal (or a clerk gave a walk-in), its place in the queue
-- (queued_at, kept when it is transferred back), where it was called to and how often, and where a transfer sent
-- it. No personal data: the language, the interpreter need and the e-identification answer are routing facts.
CREATE SEQUENCE ticket_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE ticket (
    id                 BIGINT       NOT NULL PRIMARY KEY,
    service_point_id   BIGINT       NOT NULL,
    issued_on          DATE         NOT NULL,
    ticket_no          INTEGER      NOT NULL,
    issued_at          TIMESTAMP    NOT NULL,
    queued_at          TIMESTAMP    NOT NULL,
    language           VARCHAR(5)   NOT NULL,
    needs_interpreter  BOOLEAN      NOT NULL,
    strong_eid         BOOLEAN,
    appointment_id     BIGINT,
    due_at             TIMESTAMP,
    visit_id           BIGINT,
    status             VARCHAR(20)  NOT NULL,
    desk_id            BIGINT,
    calls              INTEGER      NOT NULL,
    called_at          TIMESTAMP,
    served_at          TIMESTAMP,
    ended_at           TIMESTAMP,
    transfers          INTEGER      NOT NULL,
    target_kind        VARCHAR(10)  NOT NULL,
    target_desk_id     BIGINT,
    target_clerk_id    BIGINT,
    target_agency_id   BIGINT,
    version            BIGINT       NOT NULL,
    CONSTRAINT ticket_point_fk FOREIGN KEY (service_point_id) REFERENCES service_point (id),
    CONSTRAINT ticket_appointment_fk FOREIGN KEY (appointment_id) REFERENCES appointment (id),
    CONSTRAINT ticket_visit_fk FOREIGN KEY (visit_id) REFERENCES visit (id),
    CONSTRAINT ticket_desk_fk FOREIGN KEY (desk_id) REFERENCES desk (id),
    CONSTRAINT ticket_target_desk_fk FOREIGN KEY (target_desk_id) REFERENCES desk (id),
    CONSTRAINT ticket_target_clerk_fk FOREIGN KEY (target_clerk_id) REFERENCES staff_user (id),
    CONSTRAINT ticket_target_agency_fk FOREIGN KEY (target_agency_id) REFERENCES agency (id),
    CONSTRAINT ticket_no_uq UNIQUE (service_point_id, issued_on, ticket_no),
    CONSTRAINT ticket_status_ck CHECK (status IN ('SELF_SERVICE', 'WAITING', 'CALLED', 'SERVING', 'DONE', 'NO_SHOW')),
    CONSTRAINT ticket_target_ck CHECK (target_kind IN ('ANY', 'DESK', 'CLERK', 'AGENCY'))
);
CREATE INDEX ticket_point_day_ix ON ticket (service_point_id, issued_on);
CREATE INDEX ticket_visit_ix ON ticket (visit_id);

-- One errand of a ticket with the engine's decision at the door: the predicted level, the agency and mode, the
-- rule set, rule and facts (reproducible like a visit task's), and the door profile the facts assumed (null when
-- the rule set decided without a profile). state: OFFERED (self-service offered), SELF_SERVICE (the customer does
-- it at the customer terminal), OPEN (in the queue), HANDLED (served at a desk before the ticket moved on).
CREATE SEQUENCE ticket_errand_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE ticket_errand (
    id                BIGINT         NOT NULL PRIMARY KEY,
    ticket_id         BIGINT         NOT NULL,
    service_task_id   BIGINT         NOT NULL,
    seq_no            INTEGER        NOT NULL,
    predicted_level   VARCHAR(20),
    agency_id         BIGINT,
    assistance_mode   VARCHAR(30),
    rule_set_id       BIGINT,
    rule_id           VARCHAR(100),
    decision_facts    VARCHAR(2000),
    door_profile      VARCHAR(40),
    state             VARCHAR(20)    NOT NULL,
    version           BIGINT         NOT NULL,
    CONSTRAINT ticket_errand_ticket_fk FOREIGN KEY (ticket_id) REFERENCES ticket (id),
    CONSTRAINT ticket_errand_task_fk FOREIGN KEY (service_task_id) REFERENCES service_task (id),
    CONSTRAINT ticket_errand_agency_fk FOREIGN KEY (agency_id) REFERENCES agency (id),
    CONSTRAINT ticket_errand_state_ck CHECK (state IN ('OFFERED', 'SELF_SERVICE', 'OPEN', 'HANDLED'))
);
CREATE INDEX ticket_errand_ticket_ix ON ticket_errand (ticket_id);
