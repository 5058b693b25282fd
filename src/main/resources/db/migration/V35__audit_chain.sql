-- Issue 12: the audit trail becomes a hash chain. Each event stores its place in the chain, its predecessor's hash
-- and its own hash (SHA-256 over its fields and the predecessor's hash, see audit.control.AuditChain); the head row
-- is what serialises writers (it is locked for the rest of the writing transaction) and remembers the last link.
-- Events written before this release stay outside the chain (chain_seq NULL); the check reports how many there are.
-- The grants that make audit_event append-only for the application's role are applied after every migration by
-- platform.persistence.ApplicationRole (they depend on the configured user names, see docs/security.md).
ALTER TABLE audit_event ADD COLUMN chain_seq BIGINT;
ALTER TABLE audit_event ADD COLUMN previous_hash VARCHAR(64);
ALTER TABLE audit_event ADD COLUMN event_hash VARCHAR(64);
CREATE UNIQUE INDEX audit_event_chain_uk ON audit_event (chain_seq);
CREATE INDEX audit_event_actor_ix ON audit_event (actor, occurred_at);
CREATE INDEX audit_event_action_ix ON audit_event (action, occurred_at);

CREATE TABLE audit_chain_head (
    id             INTEGER     NOT NULL PRIMARY KEY,
    last_seq       BIGINT      NOT NULL,
    last_hash      VARCHAR(64) NOT NULL
);
INSERT INTO audit_chain_head (id, last_seq, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
