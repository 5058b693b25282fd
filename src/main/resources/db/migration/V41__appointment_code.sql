-- Arrival (issue 13): the short code of an appointment, which the customer gives at the check-in terminal.
-- Set for every new booking; appointments booked before this migration have none (they are checked in at the desk).
ALTER TABLE appointment ADD COLUMN code VARCHAR(8);
CREATE INDEX appointment_point_code_ix ON appointment (service_point_id, code);
