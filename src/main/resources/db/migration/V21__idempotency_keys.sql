-- Idempotency-Key of the REST API's POST requests (issue 11): the first answer to a caller's key is kept with a
-- fingerprint of the request, in the same transaction as what the request changed, so a retry gets that answer again
-- (also after a crash or on another node) and never repeats the change. One row per caller and key.
-- Portable between H2 2.3 and PostgreSQL 15.
CREATE SEQUENCE api_idempotency_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE api_idempotency (
    id            BIGINT         NOT NULL PRIMARY KEY,
    caller        VARCHAR(100)   NOT NULL,
    idem_key      VARCHAR(200)   NOT NULL,
    fingerprint   VARCHAR(64)    NOT NULL,
    status        INTEGER        NOT NULL,
    content_type  VARCHAR(200),
    location      VARCHAR(1000),
    etag          VARCHAR(100),
    body          VARCHAR(1000000),
    created_at    TIMESTAMP      NOT NULL,
    CONSTRAINT api_idempotency_key_uk UNIQUE (caller, idem_key)
);
CREATE INDEX api_idempotency_created_ix ON api_idempotency (created_at);
