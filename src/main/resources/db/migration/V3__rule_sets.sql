-- Versioned routing rule sets (decision tables as DMN 1.3 XML) and the decision stored on every visit task.
-- A published set is never changed; visit tasks keep the set and rule that decided them, and the facts,
-- so any past recommendation can be explained and reproduced.

CREATE SEQUENCE rule_set_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE rule_set (
    id              BIGINT         NOT NULL PRIMARY KEY,
    name            VARCHAR(200)   NOT NULL,
    version_no      INTEGER        NOT NULL,
    status          VARCHAR(20)    NOT NULL,
    dmn_xml         VARCHAR(4194304) NOT NULL,
    author          VARCHAR(60)    NOT NULL,
    change_note     VARCHAR(2000)  NOT NULL,
    created_at      TIMESTAMP      NOT NULL,
    published_by    VARCHAR(60),
    published_at    TIMESTAMP,
    effective_from  TIMESTAMP,
    retired_at      TIMESTAMP,
    all_points      BOOLEAN        NOT NULL,
    version         BIGINT         NOT NULL,
    CONSTRAINT rule_set_version_uk UNIQUE (version_no),
    CONSTRAINT rule_set_status_ck CHECK (status IN ('DRAFT', 'PUBLISHED', 'RETIRED'))
);
CREATE INDEX rule_set_status_effective_ix ON rule_set (status, effective_from);

-- The pilot points of a set that does not apply to all points.
CREATE TABLE rule_set_service_point (
    rule_set_id       BIGINT NOT NULL,
    service_point_id  BIGINT NOT NULL,
    CONSTRAINT rule_set_service_point_pk PRIMARY KEY (rule_set_id, service_point_id),
    CONSTRAINT rule_set_sp_set_fk FOREIGN KEY (rule_set_id) REFERENCES rule_set (id),
    CONSTRAINT rule_set_sp_point_fk FOREIGN KEY (service_point_id) REFERENCES service_point (id)
);

ALTER TABLE visit_task ADD COLUMN rule_set_id BIGINT;
ALTER TABLE visit_task ADD COLUMN rule_id VARCHAR(100);
ALTER TABLE visit_task ADD COLUMN assistance_mode VARCHAR(30);
ALTER TABLE visit_task ADD COLUMN flow VARCHAR(100);
ALTER TABLE visit_task ADD COLUMN decision_facts VARCHAR(2000);
ALTER TABLE visit_task ADD CONSTRAINT visit_task_rule_set_fk FOREIGN KEY (rule_set_id) REFERENCES rule_set (id);
CREATE INDEX visit_task_rule_ix ON visit_task (rule_set_id, rule_id);
