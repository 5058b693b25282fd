-- The desk's "parking lot": improvement ideas and problems noticed during visits, which supervisors and
-- coordinators follow up. No personal data: the text is about the service, and the UI says so.

CREATE SEQUENCE parking_lot_note_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE parking_lot_note (
    id                 BIGINT        NOT NULL PRIMARY KEY,
    service_point_id   BIGINT        NOT NULL,
    visit_id           BIGINT,
    created_at         TIMESTAMP     NOT NULL,
    author             VARCHAR(60)   NOT NULL,
    note_text          VARCHAR(2000) NOT NULL,
    status             VARCHAR(20)   NOT NULL,
    status_changed_by  VARCHAR(60),
    status_changed_at  TIMESTAMP,
    version            BIGINT        NOT NULL,
    CONSTRAINT parking_lot_point_fk FOREIGN KEY (service_point_id) REFERENCES service_point (id),
    CONSTRAINT parking_lot_visit_fk FOREIGN KEY (visit_id) REFERENCES visit (id),
    CONSTRAINT parking_lot_status_ck CHECK (status IN ('OPEN', 'IN_PROGRESS', 'RESOLVED', 'DISMISSED'))
);
CREATE INDEX parking_lot_point_created_ix ON parking_lot_note (service_point_id, created_at);
