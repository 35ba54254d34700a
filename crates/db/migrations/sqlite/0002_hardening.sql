-- Hardening: browsers trusted to log in (OWASP device cookies), the outbox's commune
-- and final failure, the device of each session, and an index for every foreign key
-- and every column a request filters or joins on.

CREATE TABLE login_devices (
    token_hash TEXT PRIMARY KEY,
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    created_at BIGINT NOT NULL,
    last_used_at BIGINT NOT NULL
);
CREATE INDEX login_devices_by_user ON login_devices (user_id);

ALTER TABLE outbox ADD COLUMN commune_id BIGINT REFERENCES communes(id) ON DELETE CASCADE;
ALTER TABLE outbox ADD COLUMN failed_at BIGINT;
CREATE INDEX outbox_by_commune ON outbox (commune_id, failed_at);
CREATE INDEX outbox_sent ON outbox (sent_at);
CREATE INDEX outbox_by_recipient ON outbox (recipient);

ALTER TABLE sessions ADD COLUMN device TEXT NOT NULL DEFAULT '';

CREATE INDEX users_by_address ON users (address_id);
CREATE INDEX users_by_verifier ON users (verified_by);
CREATE INDEX residence_codes_by_issuer ON residence_codes (issued_by, kind);
CREATE INDEX residence_codes_by_commune ON residence_codes (commune_id);
CREATE INDEX residence_codes_by_neighbourhood ON residence_codes (neighbourhood_id);
CREATE INDEX residence_codes_by_batch ON residence_codes (batch_id);
CREATE INDEX residence_codes_by_redeemer ON residence_codes (used_by);
CREATE INDEX letter_batches_by_commune ON letter_batches (commune_id);
CREATE INDEX letter_batches_by_creator ON letter_batches (created_by);
CREATE INDEX audit_log_by_actor ON audit_log (actor_id);
CREATE INDEX audit_log_by_subject ON audit_log (subject_id);
CREATE INDEX users_by_commune_name ON users (commune_id, display_name);

-- Imports of a commune's map or register, run in the background; their outcome is kept
-- here for the progress page, whichever instance serves it.
CREATE TABLE import_jobs (
    id INTEGER PRIMARY KEY,
    commune_id BIGINT NOT NULL REFERENCES communes(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    requested_by BIGINT REFERENCES users(id) ON DELETE SET NULL,
    created_at BIGINT NOT NULL,
    finished_at BIGINT,
    outcome TEXT NOT NULL,
    report TEXT NOT NULL
);
CREATE INDEX import_jobs_by_commune ON import_jobs (commune_id, outcome);
CREATE INDEX import_jobs_by_requester ON import_jobs (requested_by);
