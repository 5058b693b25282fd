-- Self-booking (issue 13): the language a customer chose when booking their own time on the public booking page.
-- Appointments a clerk books have none (null); self-booked ones are recognised by booked_by = 'online'.
ALTER TABLE appointment ADD COLUMN language VARCHAR(2);
CREATE INDEX appointment_code_ix ON appointment (code);
