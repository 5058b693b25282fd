-- How many customers a service point can serve at the same time (desks, or clerk and specialist pairs).
-- Appointments never overlap more than this at any moment.
ALTER TABLE service_point ADD COLUMN desks INTEGER DEFAULT 1 NOT NULL;
ALTER TABLE service_point ADD CONSTRAINT service_point_desks_ck CHECK (desks BETWEEN 1 AND 20);
