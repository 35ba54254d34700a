-- Gemeng foundation: communes, neighbourhoods, the address register, accounts,
-- sessions, residence verification, rate limits, the e-mail outbox and the audit log.
-- Times are Unix seconds (BIGINT) so both engines store and compare them the same way.

CREATE TABLE communes (
    id INTEGER PRIMARY KEY,
    slug TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    default_language TEXT NOT NULL,
    created_at BIGINT NOT NULL
);

CREATE TABLE neighbourhoods (
    id INTEGER PRIMARY KEY,
    commune_id BIGINT NOT NULL REFERENCES communes(id) ON DELETE CASCADE,
    slug TEXT NOT NULL,
    name TEXT NOT NULL,
    shape TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    UNIQUE (commune_id, slug)
);

CREATE TABLE addresses (
    id INTEGER PRIMARY KEY,
    commune_id BIGINT NOT NULL REFERENCES communes(id) ON DELETE CASCADE,
    neighbourhood_id BIGINT REFERENCES neighbourhoods(id) ON DELETE SET NULL,
    street TEXT NOT NULL,
    number TEXT NOT NULL,
    postcode TEXT NOT NULL,
    locality TEXT NOT NULL,
    lat REAL NOT NULL,
    lon REAL NOT NULL,
    natural_key TEXT NOT NULL,
    search_key TEXT NOT NULL,
    UNIQUE (commune_id, natural_key)
);
CREATE INDEX addresses_by_search_key ON addresses (commune_id, search_key);
CREATE INDEX addresses_by_neighbourhood ON addresses (neighbourhood_id);

CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    commune_id BIGINT REFERENCES communes(id) ON DELETE CASCADE,
    email TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    display_name TEXT NOT NULL,
    language TEXT NOT NULL,
    role TEXT NOT NULL,
    address_id BIGINT REFERENCES addresses(id) ON DELETE RESTRICT,
    residence TEXT NOT NULL,
    verification_method TEXT,
    verified_by BIGINT REFERENCES users(id) ON DELETE SET NULL,
    verified_at BIGINT,
    email_confirmed_at BIGINT,
    created_at BIGINT NOT NULL,
    UNIQUE (commune_id, email)
);
CREATE UNIQUE INDEX users_operator_email ON users (email) WHERE commune_id IS NULL;
CREATE INDEX users_by_residence ON users (commune_id, residence);

CREATE TABLE sessions (
    token_hash TEXT PRIMARY KEY,
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    last_seen_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL
);
CREATE INDEX sessions_by_user ON sessions (user_id);

CREATE TABLE account_tokens (
    token_hash TEXT PRIMARY KEY,
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    purpose TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    used_at BIGINT
);
CREATE INDEX account_tokens_by_user ON account_tokens (user_id, purpose);

CREATE TABLE letter_batches (
    id INTEGER PRIMARY KEY,
    commune_id BIGINT NOT NULL REFERENCES communes(id) ON DELETE CASCADE,
    created_by BIGINT REFERENCES users(id) ON DELETE SET NULL,
    created_at BIGINT NOT NULL,
    letters BIGINT NOT NULL
);

CREATE TABLE residence_codes (
    id INTEGER PRIMARY KEY,
    code_hash TEXT NOT NULL UNIQUE,
    commune_id BIGINT NOT NULL REFERENCES communes(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    user_id BIGINT REFERENCES users(id) ON DELETE CASCADE,
    neighbourhood_id BIGINT REFERENCES neighbourhoods(id) ON DELETE CASCADE,
    issued_by BIGINT REFERENCES users(id) ON DELETE SET NULL,
    batch_id BIGINT REFERENCES letter_batches(id) ON DELETE SET NULL,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    used_at BIGINT,
    used_by BIGINT REFERENCES users(id) ON DELETE SET NULL
);
CREATE INDEX residence_codes_by_user ON residence_codes (user_id);

CREATE TABLE rate_limits (
    bucket TEXT NOT NULL,
    window_start BIGINT NOT NULL,
    hits BIGINT NOT NULL,
    PRIMARY KEY (bucket, window_start)
);

CREATE TABLE outbox (
    id INTEGER PRIMARY KEY,
    recipient TEXT NOT NULL,
    subject TEXT NOT NULL,
    body TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    attempts BIGINT NOT NULL DEFAULT 0,
    next_attempt_at BIGINT NOT NULL,
    sent_at BIGINT,
    last_error TEXT
);
CREATE INDEX outbox_due ON outbox (sent_at, next_attempt_at);

CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    commune_id BIGINT REFERENCES communes(id) ON DELETE CASCADE,
    actor_id BIGINT REFERENCES users(id) ON DELETE SET NULL,
    action TEXT NOT NULL,
    subject_id BIGINT,
    detail TEXT NOT NULL,
    at BIGINT NOT NULL
);
CREATE INDEX audit_log_by_commune ON audit_log (commune_id, at);
