-- Issue 12: the nightly jobs run on one node of a cluster. A job takes its lease row with one atomic UPDATE that
-- succeeds only while the lease has expired; the node whose update changed the row runs the job, the others skip it.
CREATE TABLE job_lease (
    name        VARCHAR(60) PRIMARY KEY,
    holder      VARCHAR(200),
    taken_at    TIMESTAMP,
    lease_until TIMESTAMP NOT NULL
);
INSERT INTO job_lease (name, holder, taken_at, lease_until) VALUES ('retention', NULL, NULL, TIMESTAMP '2000-01-01 00:00:00');
