-- Front desk gaps (issue 4): booked appointments at a service point, and cancelling a specialist hand-off.
-- Portable between H2 2.3 and PostgreSQL 15: one column per ALTER, no dialect functions.

-- An appointment a clerk booked at their point. The customer is either identified (customer_id; shown masked,
-- every opening audited) or described by a short non-identifying note, or neither. A checked-in appointment
-- points to the visit it started; a no-show points to the NO_SHOW visit that keeps the queue's counts whole.
CREATE SEQUENCE appointment_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE appointment (
    id                    BIGINT        NOT NULL PRIMARY KEY,
    service_point_id      BIGINT        NOT NULL,
    starts_at             TIMESTAMP     NOT NULL,
    ends_at               TIMESTAMP     NOT NULL,
    customer_id           BIGINT,
    note                  VARCHAR(200),
    specialist_agency_id  BIGINT,
    needs_interpreter     BOOLEAN       NOT NULL,
    status                VARCHAR(20)   NOT NULL,
    visit_id              BIGINT,
    booked_by             VARCHAR(60)   NOT NULL,
    booked_at             TIMESTAMP     NOT NULL,
    cancel_reason         VARCHAR(500),
    version               BIGINT        NOT NULL,
    CONSTRAINT appointment_point_fk FOREIGN KEY (service_point_id) REFERENCES service_point (id),
    CONSTRAINT appointment_customer_fk FOREIGN KEY (customer_id) REFERENCES customer (id),
    CONSTRAINT appointment_agency_fk FOREIGN KEY (specialist_agency_id) REFERENCES agency (id),
    CONSTRAINT appointment_visit_fk FOREIGN KEY (visit_id) REFERENCES visit (id),
    CONSTRAINT appointment_time_ck CHECK (ends_at > starts_at),
    CONSTRAINT appointment_status_ck CHECK (status IN ('BOOKED', 'ARRIVED', 'NO_SHOW', 'CANCELLED'))
);
CREATE INDEX appointment_point_start_ix ON appointment (service_point_id, starts_at);
CREATE INDEX appointment_visit_ix ON appointment (visit_id);

-- The errands planned for the appointment; they are added to the visit when it starts.
CREATE TABLE appointment_task (
    appointment_id   BIGINT NOT NULL,
    service_task_id  BIGINT NOT NULL,
    PRIMARY KEY (appointment_id, service_task_id),
    CONSTRAINT appointment_task_appointment_fk FOREIGN KEY (appointment_id) REFERENCES appointment (id),
    CONSTRAINT appointment_task_task_fk FOREIGN KEY (service_task_id) REFERENCES service_task (id)
);

-- A clerk may cancel a hand-off the specialist has not completed: who, when and why.
ALTER TABLE handoff ADD COLUMN cancelled_at TIMESTAMP;
ALTER TABLE handoff ADD COLUMN cancelled_by VARCHAR(60);
ALTER TABLE handoff ADD COLUMN cancel_reason VARCHAR(500);
