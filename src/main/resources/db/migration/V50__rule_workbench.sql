-- Rule workbench (issue 10, editor): test cases kept with each rule set, the one-step undo of a draft's last
-- edit, and what publishing and rolling back add to a rule set (the publisher's note, the version it came from).

CREATE SEQUENCE rule_test_case_seq START WITH 50 INCREMENT BY 50;

-- An example errand with the decision the rule set must give for it. A case is copied with its rule set into
-- every new draft, so the cases travel with the rules; a set is not published while one of its cases fails.
CREATE TABLE rule_test_case (
    id               BIGINT        NOT NULL PRIMARY KEY,
    rule_set_id      BIGINT        NOT NULL,
    position         INTEGER       NOT NULL,
    name             VARCHAR(200)  NOT NULL,
    facts            VARCHAR(2000) NOT NULL,
    expected_level   VARCHAR(20)   NOT NULL,
    expected_agency  VARCHAR(30),
    expected_mode    VARCHAR(30),
    version          BIGINT        NOT NULL,
    CONSTRAINT rule_test_case_set_fk FOREIGN KEY (rule_set_id) REFERENCES rule_set (id),
    CONSTRAINT rule_test_case_level_ck CHECK (expected_level IN ('SELF_SERVICE', 'GUIDED', 'FULL_ASSISTANCE'))
);
CREATE INDEX rule_test_case_set_ix ON rule_test_case (rule_set_id, position);

-- The draft's table before its last edit (undo), and what that edit was.
ALTER TABLE rule_set ADD COLUMN previous_dmn_xml VARCHAR(4194304);
ALTER TABLE rule_set ADD COLUMN last_edit VARCHAR(300);
-- Why the coordinator published (or re-published) the set, and the version a draft was copied from.
ALTER TABLE rule_set ADD COLUMN publish_note VARCHAR(2000);
ALTER TABLE rule_set ADD COLUMN based_on INTEGER;
