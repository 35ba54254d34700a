-- The commune's newsletter (PRODUCT.md C3): anyone, without an account, subscribes
-- with an e-mail address and a language, confirms by the link mailed to them (double
-- opt-in), and leaves in one click. Public announcements reach confirmed subscribers.
-- A subscription is deleted when its subscriber leaves: nothing of them is kept.
CREATE TABLE newsletter_subscriptions (
    id INTEGER PRIMARY KEY,
    commune_id BIGINT NOT NULL REFERENCES communes(id) ON DELETE CASCADE,
    -- Lower-case, as `gemeng_core::account::Email` writes it.
    email TEXT NOT NULL,
    language TEXT NOT NULL CHECK (language IN ('lb', 'de', 'fr', 'en', 'pt')),
    -- SHA-256 of the secret in the latest confirmation link (the secret itself is
    -- only in the e-mail), and until when that link works.
    confirm_hash TEXT NOT NULL,
    confirm_expires_at BIGINT NOT NULL,
    confirmed_at BIGINT,
    -- The secret of the unsubscribe link every newsletter e-mail carries.
    stop_token TEXT NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE UNIQUE INDEX newsletter_by_address ON newsletter_subscriptions (commune_id, email);
CREATE UNIQUE INDEX newsletter_by_confirmation ON newsletter_subscriptions (confirm_hash);
CREATE UNIQUE INDEX newsletter_by_stop ON newsletter_subscriptions (stop_token);
-- Subscribers are mailed in steps by id; unconfirmed ones are removed once expired.
CREATE INDEX newsletter_confirmed ON newsletter_subscriptions (commune_id, id) WHERE confirmed_at IS NOT NULL;
CREATE INDEX newsletter_pending ON newsletter_subscriptions (confirm_expires_at) WHERE confirmed_at IS NULL;

-- How far the newsletter's mailing of a public announcement got, as `mailed_through`
-- and `mailed_at` do for residents.
ALTER TABLE announcements ADD COLUMN newsletter_through BIGINT NOT NULL DEFAULT 0;
ALTER TABLE announcements ADD COLUMN newsletter_at BIGINT;
CREATE INDEX announcements_to_newsletter ON announcements (publish_at) WHERE newsletter_at IS NULL AND is_public = 1;
