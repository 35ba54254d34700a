-- Announcements of the commune's channel (PRODUCT.md C3): versions in any of the five
-- languages, for the whole commune or chosen neighbourhoods, public or for residents
-- only, pinned or not, published at `publish_at` and shown until `expires_at`.
-- Flags are 0 or 1 (the same type on both engines). An announcement is withdrawn, not
-- deleted: its reach stays countable and the audit log keeps pointing at it.
CREATE TABLE announcements (
    id INTEGER PRIMARY KEY,
    commune_id BIGINT NOT NULL REFERENCES communes(id) ON DELETE CASCADE,
    author_id BIGINT REFERENCES users(id) ON DELETE SET NULL,
    whole_commune BIGINT NOT NULL CHECK (whole_commune IN (0, 1)),
    is_public BIGINT NOT NULL CHECK (is_public IN (0, 1)),
    pinned BIGINT NOT NULL CHECK (pinned IN (0, 1)),
    publish_at BIGINT NOT NULL,
    expires_at BIGINT,
    withdrawn_at BIGINT,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    -- The form's or the API call's key: a double click or a retried request publishes once.
    request_key TEXT NOT NULL,
    -- Its e-mails: written to the outbox in steps of residents by id, `mailed_through`
    -- the last resident written (so a restart goes on where it stopped), `mailed_at`
    -- once every resident is done; `delivered` counts those the SMTP server took.
    mailed_through BIGINT NOT NULL DEFAULT 0,
    mailed_at BIGINT,
    delivered BIGINT NOT NULL DEFAULT 0,
    CHECK (expires_at IS NULL OR expires_at > publish_at)
);
CREATE UNIQUE INDEX announcements_request ON announcements (author_id, request_key);
-- Lists read a commune's announcements pinned first, then the newest.
CREATE INDEX announcements_by_commune ON announcements (commune_id, pinned, publish_at, id);
CREATE INDEX announcements_to_mail ON announcements (publish_at) WHERE mailed_at IS NULL;

CREATE TABLE announcement_versions (
    announcement_id BIGINT NOT NULL REFERENCES announcements(id) ON DELETE CASCADE,
    language TEXT NOT NULL CHECK (language IN ('lb', 'de', 'fr', 'en', 'pt')),
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    PRIMARY KEY (announcement_id, language)
);

-- The neighbourhoods an announcement is for (none when it is for the whole commune).
CREATE TABLE announcement_neighbourhoods (
    announcement_id BIGINT NOT NULL REFERENCES announcements(id) ON DELETE CASCADE,
    neighbourhood_id BIGINT NOT NULL REFERENCES neighbourhoods(id) ON DELETE CASCADE,
    PRIMARY KEY (announcement_id, neighbourhood_id)
);
CREATE INDEX announcement_neighbourhoods_by_neighbourhood ON announcement_neighbourhoods (neighbourhood_id);

-- Who opened an announcement, once each: its reach in pages read.
CREATE TABLE announcement_reads (
    announcement_id BIGINT NOT NULL REFERENCES announcements(id) ON DELETE CASCADE,
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    read_at BIGINT NOT NULL,
    PRIMARY KEY (announcement_id, user_id)
);
CREATE INDEX announcement_reads_by_user ON announcement_reads (user_id);

-- The announcement an e-mail tells of, to count its deliveries.
ALTER TABLE outbox ADD COLUMN announcement_id BIGINT REFERENCES announcements(id) ON DELETE SET NULL;
CREATE INDEX outbox_by_announcement ON outbox (announcement_id) WHERE announcement_id IS NOT NULL;

-- An item of a weekly digest waits until `not_before` (the next Monday morning);
-- daily items leave with the next digest (0).
ALTER TABLE notice_digest_items ADD COLUMN not_before BIGINT NOT NULL DEFAULT 0;
