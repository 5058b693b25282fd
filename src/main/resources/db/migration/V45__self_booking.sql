-- Self-booking (issue 13): the language a customer chose when booking their own time on the public booking page.
-- Appointments a clerk books have none (null); self-booked ones are recognised by booked_by = 'online'.
ALTER TABLE appointment ADD COLUMN language VARCHAR(2);
CREATE INDEX appointment_code_ix ON appointment (code);

-- Remote visits (issue 13): a clerk records a REMOTE-channel visit served by phone or by video, without a ticket.
ALTER TABLE visit ADD COLUMN remote_means VARCHAR(10);
ALTER TABLE visit ADD CONSTRAINT visit_remote_means_ck CHECK (remote_means IS NULL OR remote_means IN ('PHONE', 'VIDEO'));
