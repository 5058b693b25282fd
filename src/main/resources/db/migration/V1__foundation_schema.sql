-- Asiointipiste foundation schema. Portable SQL: runs unchanged on H2 2.x and PostgreSQL 13+.
-- Sequences start at 50 and step by 50: EclipseLink preallocates allocationSize (50) ids per fetch.
-- Times are local Finnish time (Europe/Helsinki) without zone: every service point is in Finland and
-- the statistics group by local hour and weekday (see docs/decisions/0003-local-time.md).

CREATE SEQUENCE agency_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE service_point_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE staff_user_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE customer_profile_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE service_task_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE service_description_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE customer_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE visit_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE visit_task_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE feedback_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE audit_event_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE agency (
    id                  BIGINT       NOT NULL PRIMARY KEY,
    code                VARCHAR(40)  NOT NULL,
    name_fi             VARCHAR(200) NOT NULL,
    name_sv             VARCHAR(200) NOT NULL,
    name_en             VARCHAR(200) NOT NULL,
    online_service_url  VARCHAR(500),
    version             BIGINT       NOT NULL,
    CONSTRAINT agency_code_uk UNIQUE (code)
);

CREATE TABLE service_point (
    id            BIGINT       NOT NULL PRIMARY KEY,
    code          VARCHAR(40)  NOT NULL,
    name          VARCHAR(200) NOT NULL,
    municipality  VARCHAR(100) NOT NULL,
    active        BOOLEAN      NOT NULL,
    version       BIGINT       NOT NULL,
    CONSTRAINT service_point_code_uk UNIQUE (code)
);

CREATE TABLE staff_user (
    id             BIGINT       NOT NULL PRIMARY KEY,
    username       VARCHAR(60)  NOT NULL,
    display_name   VARCHAR(200) NOT NULL,
    password_hash  VARCHAR(400) NOT NULL,
    agency_id      BIGINT,
    active         BOOLEAN      NOT NULL,
    last_login_at  TIMESTAMP,
    version        BIGINT       NOT NULL,
    CONSTRAINT staff_user_username_uk UNIQUE (username),
    CONSTRAINT staff_user_agency_fk FOREIGN KEY (agency_id) REFERENCES agency (id)
);

CREATE TABLE staff_user_role (
    staff_user_id  BIGINT      NOT NULL,
    role_name      VARCHAR(20) NOT NULL,
    CONSTRAINT staff_user_role_pk PRIMARY KEY (staff_user_id, role_name),
    CONSTRAINT staff_user_role_user_fk FOREIGN KEY (staff_user_id) REFERENCES staff_user (id)
);

CREATE TABLE staff_user_service_point (
    staff_user_id     BIGINT NOT NULL,
    service_point_id  BIGINT NOT NULL,
    CONSTRAINT staff_user_service_point_pk PRIMARY KEY (staff_user_id, service_point_id),
    CONSTRAINT staff_user_sp_user_fk FOREIGN KEY (staff_user_id) REFERENCES staff_user (id),
    CONSTRAINT staff_user_sp_point_fk FOREIGN KEY (service_point_id) REFERENCES service_point (id)
);

CREATE TABLE customer_profile (
    id            BIGINT        NOT NULL PRIMARY KEY,
    code          VARCHAR(40)   NOT NULL,
    persona_name  VARCHAR(100)  NOT NULL,
    name_fi       VARCHAR(200)  NOT NULL,
    name_sv       VARCHAR(200)  NOT NULL,
    name_en       VARCHAR(200)  NOT NULL,
    summary_fi    VARCHAR(2000) NOT NULL,
    summary_sv    VARCHAR(2000) NOT NULL,
    summary_en    VARCHAR(2000) NOT NULL,
    active        BOOLEAN       NOT NULL,
    version       BIGINT        NOT NULL,
    CONSTRAINT customer_profile_code_uk UNIQUE (code)
);

-- One row per empathy-map quadrant: THINKS_FEELS, SEES, HEARS, SAYS_DOES, PAINS, GAINS.
CREATE TABLE customer_profile_empathy (
    profile_id  BIGINT        NOT NULL,
    aspect      VARCHAR(20)   NOT NULL,
    text_fi     VARCHAR(2000) NOT NULL,
    text_sv     VARCHAR(2000) NOT NULL,
    text_en     VARCHAR(2000) NOT NULL,
    CONSTRAINT customer_profile_empathy_pk PRIMARY KEY (profile_id, aspect),
    CONSTRAINT customer_profile_empathy_fk FOREIGN KEY (profile_id) REFERENCES customer_profile (id)
);

CREATE TABLE service_task (
    id                  BIGINT       NOT NULL PRIMARY KEY,
    code                VARCHAR(60)  NOT NULL,
    agency_id           BIGINT       NOT NULL,
    name_fi             VARCHAR(200) NOT NULL,
    name_sv             VARCHAR(200) NOT NULL,
    name_en             VARCHAR(200) NOT NULL,
    online_service_url  VARCHAR(500),
    active              BOOLEAN      NOT NULL,
    version             BIGINT       NOT NULL,
    CONSTRAINT service_task_code_uk UNIQUE (code),
    CONSTRAINT service_task_agency_fk FOREIGN KEY (agency_id) REFERENCES agency (id)
);

-- The workshop's service description (outcome, tools, people, support & notes), one per support level.
CREATE TABLE service_description (
    id                BIGINT        NOT NULL PRIMARY KEY,
    service_task_id   BIGINT        NOT NULL,
    support_level     VARCHAR(20)   NOT NULL,
    outcome_fi        VARCHAR(2000) NOT NULL,
    outcome_sv        VARCHAR(2000) NOT NULL,
    outcome_en        VARCHAR(2000) NOT NULL,
    tools_fi          VARCHAR(2000) NOT NULL,
    tools_sv          VARCHAR(2000) NOT NULL,
    tools_en          VARCHAR(2000) NOT NULL,
    people_fi         VARCHAR(2000) NOT NULL,
    people_sv         VARCHAR(2000) NOT NULL,
    people_en         VARCHAR(2000) NOT NULL,
    support_notes_fi  VARCHAR(2000) NOT NULL,
    support_notes_sv  VARCHAR(2000) NOT NULL,
    support_notes_en  VARCHAR(2000) NOT NULL,
    version           BIGINT        NOT NULL,
    CONSTRAINT service_description_uk UNIQUE (service_task_id, support_level),
    CONSTRAINT service_description_task_fk FOREIGN KEY (service_task_id) REFERENCES service_task (id)
);

CREATE TABLE customer (
    id                      BIGINT        NOT NULL PRIMARY KEY,
    full_name               VARCHAR(200)  NOT NULL,
    personal_identity_code  VARCHAR(11),
    preferred_language      VARCHAR(5)    NOT NULL,
    consent_notes           VARCHAR(2000),
    created_at              TIMESTAMP     NOT NULL,
    version                 BIGINT        NOT NULL,
    CONSTRAINT customer_pic_uk UNIQUE (personal_identity_code)
);

CREATE TABLE visit (
    id                BIGINT      NOT NULL PRIMARY KEY,
    service_point_id  BIGINT      NOT NULL,
    channel           VARCHAR(20) NOT NULL,
    status            VARCHAR(20) NOT NULL,
    arrived_at        TIMESTAMP   NOT NULL,
    started_at        TIMESTAMP,
    ended_at          TIMESTAMP,
    clerk_id          BIGINT,
    customer_id       BIGINT,
    profile_id        BIGINT,
    version           BIGINT      NOT NULL,
    CONSTRAINT visit_point_fk FOREIGN KEY (service_point_id) REFERENCES service_point (id),
    CONSTRAINT visit_clerk_fk FOREIGN KEY (clerk_id) REFERENCES staff_user (id),
    CONSTRAINT visit_customer_fk FOREIGN KEY (customer_id) REFERENCES customer (id),
    CONSTRAINT visit_profile_fk FOREIGN KEY (profile_id) REFERENCES customer_profile (id)
);
CREATE INDEX visit_point_arrived_ix ON visit (service_point_id, arrived_at);
CREATE INDEX visit_point_status_ix ON visit (service_point_id, status);
CREATE INDEX visit_customer_ix ON visit (customer_id);

CREATE TABLE visit_task (
    id                        BIGINT       NOT NULL PRIMARY KEY,
    visit_id                  BIGINT       NOT NULL,
    service_task_id           BIGINT       NOT NULL,
    seq_no                    INTEGER      NOT NULL,
    recommended_level         VARCHAR(20),
    applied_level             VARCHAR(20),
    override_reason           VARCHAR(30),
    override_note             VARCHAR(1000),
    involved_agency_id        BIGINT,
    outcome                   VARCHAR(20),
    follow_up_on              DATE,
    customer_did_it_themselves BOOLEAN,
    version                   BIGINT       NOT NULL,
    CONSTRAINT visit_task_visit_fk FOREIGN KEY (visit_id) REFERENCES visit (id),
    CONSTRAINT visit_task_task_fk FOREIGN KEY (service_task_id) REFERENCES service_task (id),
    CONSTRAINT visit_task_agency_fk FOREIGN KEY (involved_agency_id) REFERENCES agency (id)
);
CREATE INDEX visit_task_visit_ix ON visit_task (visit_id);
CREATE INDEX visit_task_task_ix ON visit_task (service_task_id);

-- Feedback carries no personal data: only the visit it answers and the point that collected it.
CREATE TABLE feedback (
    id                BIGINT        NOT NULL PRIMARY KEY,
    visit_id          BIGINT        NOT NULL,
    service_point_id  BIGINT        NOT NULL,
    given_at          TIMESTAMP     NOT NULL,
    ces               INTEGER,
    nps               INTEGER,
    comment_text      VARCHAR(1000),
    CONSTRAINT feedback_visit_uk UNIQUE (visit_id),
    CONSTRAINT feedback_visit_fk FOREIGN KEY (visit_id) REFERENCES visit (id),
    CONSTRAINT feedback_point_fk FOREIGN KEY (service_point_id) REFERENCES service_point (id),
    CONSTRAINT feedback_ces_ck CHECK (ces BETWEEN 1 AND 5),
    CONSTRAINT feedback_nps_ck CHECK (nps BETWEEN 0 AND 10)
);
CREATE INDEX feedback_point_given_ix ON feedback (service_point_id, given_at);

CREATE TABLE audit_event (
    id            BIGINT        NOT NULL PRIMARY KEY,
    occurred_at   TIMESTAMP     NOT NULL,
    actor         VARCHAR(60)   NOT NULL,
    action        VARCHAR(60)   NOT NULL,
    entity_type   VARCHAR(60),
    entity_id     VARCHAR(60),
    before_state  VARCHAR(4000),
    after_state   VARCHAR(4000)
);
CREATE INDEX audit_event_occurred_ix ON audit_event (occurred_at);
CREATE INDEX audit_event_entity_ix ON audit_event (entity_type, entity_id);
