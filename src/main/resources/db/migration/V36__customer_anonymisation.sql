-- Issue 12, privacy by design: a customer whose retention period has passed is anonymised. Name, identity code and
-- consent notes are erased, the row stays (as a pseudonym the statistics' visits still point to) with the time of
-- the anonymisation. A name is therefore required only until then (the entity checks it).
ALTER TABLE customer ADD COLUMN anonymised_at TIMESTAMP;
ALTER TABLE customer ALTER COLUMN full_name DROP NOT NULL;
