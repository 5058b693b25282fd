-- API tokens for other systems (issue 11): a ticket machine, a booking service or an agency's reporting calls the
-- REST API with a token instead of a staff password. A token acts for one staff account, with some of its roles at
-- some of its service points; only the SHA-256 hash of the secret is kept, and an administrator can revoke it.
-- Portable between H2 2.3 and PostgreSQL 15.
CREATE SEQUENCE api_token_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE api_token (
    id             BIGINT       NOT NULL PRIMARY KEY,
    token_hash     VARCHAR(64)  NOT NULL,
    token_prefix   VARCHAR(12)  NOT NULL,
    label          VARCHAR(100) NOT NULL,
    staff_user_id  BIGINT       NOT NULL,
    issued_at      TIMESTAMP    NOT NULL,
    issued_by      VARCHAR(60)  NOT NULL,
    revoked_at     TIMESTAMP,
    revoked_by     VARCHAR(60),
    version        BIGINT       NOT NULL,
    CONSTRAINT api_token_hash_uk UNIQUE (token_hash),
    CONSTRAINT api_token_user_fk FOREIGN KEY (staff_user_id) REFERENCES staff_user (id)
);

CREATE TABLE api_token_role (
    api_token_id  BIGINT      NOT NULL,
    role_name     VARCHAR(20) NOT NULL,
    PRIMARY KEY (api_token_id, role_name),
    CONSTRAINT api_token_role_token_fk FOREIGN KEY (api_token_id) REFERENCES api_token (id),
    CONSTRAINT api_token_role_ck CHECK (role_name IN ('CLERK', 'SUPERVISOR', 'COORDINATOR'))
);

CREATE TABLE api_token_service_point (
    api_token_id      BIGINT NOT NULL,
    service_point_id  BIGINT NOT NULL,
    PRIMARY KEY (api_token_id, service_point_id),
    CONSTRAINT api_token_point_token_fk FOREIGN KEY (api_token_id) REFERENCES api_token (id),
    CONSTRAINT api_token_point_point_fk FOREIGN KEY (service_point_id) REFERENCES service_point (id)
);
