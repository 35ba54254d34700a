-- Photos of posts, private messages, blocks, reports and their moderation, and the
-- e-mail notices residents choose.

-- A post's photos as the server re-encoded them (never the uploaded bytes). The files
-- live in the file store under their key; a file without a row is swept away.
CREATE TABLE post_photos (
    id INTEGER PRIMARY KEY,
    post_id BIGINT NOT NULL REFERENCES posts(id) ON DELETE CASCADE,
    position BIGINT NOT NULL,
    file_key TEXT NOT NULL UNIQUE,
    width BIGINT NOT NULL,
    height BIGINT NOT NULL,
    created_at BIGINT NOT NULL,
    UNIQUE (post_id, position)
);
-- The first photo's key, so a feed card shows its thumbnail without another query.
ALTER TABLE posts ADD COLUMN cover_photo TEXT;
ALTER TABLE posts ADD COLUMN photo_count BIGINT NOT NULL DEFAULT 0;

-- Who wrote each feed item, so that a page leaves out the people its reader blocked
-- while staying one index range.
ALTER TABLE feed_entries ADD COLUMN author_id BIGINT NOT NULL DEFAULT 0;
UPDATE feed_entries SET author_id = (SELECT p.author_id FROM posts p WHERE p.id = feed_entries.item_id)
    WHERE item_type = 'post';

-- "I do not want to hear from this person": no messages either way, and their posts
-- and comments are not shown to the one who blocked.
CREATE TABLE blocks (
    blocker_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    blocked_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (blocker_id, blocked_id)
);
CREATE INDEX blocks_blocked ON blocks (blocked_id);

-- Private conversations: one per pair of residents of a commune, the lower user id
-- first, with each side's count of messages not yet read (the menu's number).
CREATE TABLE message_threads (
    id INTEGER PRIMARY KEY,
    commune_id BIGINT NOT NULL REFERENCES communes(id) ON DELETE CASCADE,
    low_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    high_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    created_at BIGINT NOT NULL,
    last_at BIGINT NOT NULL,
    low_unread BIGINT NOT NULL DEFAULT 0,
    high_unread BIGINT NOT NULL DEFAULT 0,
    UNIQUE (low_id, high_id),
    CHECK (low_id < high_id)
);
CREATE INDEX message_threads_low ON message_threads (low_id, last_at);
CREATE INDEX message_threads_high ON message_threads (high_id, last_at);

CREATE TABLE messages (
    id INTEGER PRIMARY KEY,
    thread_id BIGINT NOT NULL REFERENCES message_threads(id) ON DELETE CASCADE,
    sender_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    -- The post the message was written from, shown beside it.
    post_id BIGINT REFERENCES posts(id) ON DELETE SET NULL,
    body TEXT NOT NULL,
    body_html TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    hidden_at BIGINT,
    hidden_by BIGINT REFERENCES users(id) ON DELETE SET NULL,
    hidden_reason TEXT NOT NULL DEFAULT '',
    request_key TEXT NOT NULL,
    UNIQUE (sender_id, request_key)
);
CREATE INDEX messages_thread ON messages (thread_id, id);
CREATE INDEX messages_post ON messages (post_id) WHERE post_id IS NOT NULL;
CREATE INDEX messages_hidden_by ON messages (hidden_by) WHERE hidden_by IS NOT NULL;

-- Reports of posts, comments and messages, and what moderators decided. The
-- neighbourhood is whose moderators judge it: where the post was written (a comment's
-- post's), the sender's for a message.
CREATE TABLE reports (
    id INTEGER PRIMARY KEY,
    commune_id BIGINT NOT NULL REFERENCES communes(id) ON DELETE CASCADE,
    neighbourhood_id BIGINT REFERENCES neighbourhoods(id) ON DELETE SET NULL,
    reporter_id BIGINT REFERENCES users(id) ON DELETE SET NULL,
    item_type TEXT NOT NULL,
    item_id BIGINT NOT NULL,
    reason TEXT NOT NULL,
    details TEXT NOT NULL DEFAULT '',
    created_at BIGINT NOT NULL,
    closed_at BIGINT,
    closed_by BIGINT REFERENCES users(id) ON DELETE SET NULL,
    outcome TEXT NOT NULL DEFAULT ''
);
-- One open report per person and item: reporting twice changes nothing.
CREATE UNIQUE INDEX reports_once ON reports (reporter_id, item_type, item_id) WHERE closed_at IS NULL;
CREATE INDEX reports_open ON reports (commune_id, created_at) WHERE closed_at IS NULL;
CREATE INDEX reports_item ON reports (item_type, item_id);
CREATE INDEX reports_reporter ON reports (reporter_id) WHERE reporter_id IS NOT NULL;

-- How each person wants to hear of replies to their posts and of messages: at once,
-- in a daily digest, or not at all (no row: at once).
CREATE TABLE notice_settings (
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    topic TEXT NOT NULL,
    frequency TEXT NOT NULL,
    PRIMARY KEY (user_id, topic)
);
-- The secret in a person's one-click unsubscribe links (it can do nothing else).
CREATE TABLE notice_tokens (
    user_id BIGINT PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
    token TEXT NOT NULL UNIQUE
);
-- What waits for someone's daily digest, and when their last digest left.
CREATE TABLE notice_digest_items (
    id INTEGER PRIMARY KEY,
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    topic TEXT NOT NULL,
    item_type TEXT NOT NULL,
    item_id BIGINT NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX notice_digest_items_user ON notice_digest_items (user_id, id);
CREATE TABLE notice_digests_sent (
    user_id BIGINT PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
    at BIGINT NOT NULL
);

-- The one-click unsubscribe address of a notice (List-Unsubscribe), if it has one.
ALTER TABLE outbox ADD COLUMN unsubscribe_url TEXT;
