-- Sign-in security (issue 12): a security stamp per account that every signed-in request compares with the one its
-- session keeps (a deactivation, role change, new password or second-factor change ends the account's sessions at
-- once), and the second factor: an RFC 6238 TOTP secret stored encrypted (AES-GCM with the operator's key, never
-- shown again), the last time step used (a code works once) and one-time recovery codes stored as hashes.

-- Existing accounts get a stamp derived from their id; every change writes a random one.
ALTER TABLE staff_user ADD COLUMN security_stamp VARCHAR(64);
UPDATE staff_user SET security_stamp = 'initial-' || CAST(id AS VARCHAR(20));
ALTER TABLE staff_user ALTER COLUMN security_stamp SET NOT NULL;

ALTER TABLE staff_user ADD COLUMN totp_secret VARCHAR(200);
ALTER TABLE staff_user ADD COLUMN totp_enrolled_at TIMESTAMP;
ALTER TABLE staff_user ADD COLUMN totp_last_step BIGINT;

CREATE TABLE staff_recovery_code (
    staff_user_id  BIGINT       NOT NULL,
    code_hash      VARCHAR(100) NOT NULL,
    CONSTRAINT staff_recovery_code_pk PRIMARY KEY (staff_user_id, code_hash),
    CONSTRAINT staff_recovery_code_user_fk FOREIGN KEY (staff_user_id) REFERENCES staff_user (id)
);
