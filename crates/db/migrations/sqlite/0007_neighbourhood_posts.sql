-- Neighbourhoods that touch (or nearly: real maps leave slivers between quarters),
-- computed from the polygons when the map is imported. A post for "my neighbourhood
-- and the ones next to it" reaches these. Both directions are stored.
CREATE TABLE neighbourhood_adjacency (
    neighbourhood_id BIGINT NOT NULL REFERENCES neighbourhoods(id) ON DELETE CASCADE,
    adjacent_id BIGINT NOT NULL REFERENCES neighbourhoods(id) ON DELETE CASCADE,
    PRIMARY KEY (neighbourhood_id, adjacent_id)
);
CREATE INDEX neighbourhood_adjacency_adjacent ON neighbourhood_adjacency (adjacent_id);

-- What residents publish: information, offers and requests of services, objects to
-- give or lend, help. Kinds, audiences and states are gemeng_core::posts' keys.
CREATE TABLE posts (
    id INTEGER PRIMARY KEY,
    commune_id BIGINT NOT NULL REFERENCES communes(id) ON DELETE CASCADE,
    neighbourhood_id BIGINT NOT NULL REFERENCES neighbourhoods(id) ON DELETE CASCADE,
    author_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    audience TEXT NOT NULL,
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    -- The body as HTML (escaped, links made safe), made once when it is written.
    body_html TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'open',
    created_at BIGINT NOT NULL,
    edited_at BIGINT,
    deleted_at BIGINT,
    hidden_at BIGINT,
    hidden_by BIGINT REFERENCES users(id) ON DELETE SET NULL,
    hidden_reason TEXT NOT NULL DEFAULT '',
    comment_count BIGINT NOT NULL DEFAULT 0,
    thanks_count BIGINT NOT NULL DEFAULT 0,
    -- The form's one-time key: a double click or a retried request finds the post
    -- made by the first, instead of making a second.
    request_key TEXT NOT NULL,
    UNIQUE (author_id, request_key)
);
CREATE INDEX posts_neighbourhood ON posts (neighbourhood_id, created_at);
CREATE INDEX posts_author ON posts (author_id, created_at);
CREATE INDEX posts_commune ON posts (commune_id, created_at);
-- Few posts and comments are ever hidden: partial indexes, which also keep the
-- planner from reading a column of NULLs as one value shared by every row.
CREATE INDEX posts_hidden_by ON posts (hidden_by) WHERE hidden_by IS NOT NULL;

-- Each neighbourhood's feed, newest first, written when an item is published (to its
-- own neighbourhood, the adjacent ones, or all of the commune's): reading a page is
-- one range of one index, however large the commune. Other capabilities' items
-- (activities, announcements) add rows with their own item_type. A hidden or deleted
-- item's rows are removed; restoring it writes them again.
CREATE TABLE feed_entries (
    id INTEGER PRIMARY KEY,
    neighbourhood_id BIGINT NOT NULL REFERENCES neighbourhoods(id) ON DELETE CASCADE,
    at BIGINT NOT NULL,
    item_type TEXT NOT NULL,
    item_id BIGINT NOT NULL,
    -- The post's kind, so that a feed filtered by kind is one index range too.
    item_kind TEXT NOT NULL,
    UNIQUE (neighbourhood_id, item_type, item_id)
);
CREATE INDEX feed_entries_page ON feed_entries (neighbourhood_id, at, id);
CREATE INDEX feed_entries_kind ON feed_entries (neighbourhood_id, item_kind, at, id);
CREATE INDEX feed_entries_item ON feed_entries (item_type, item_id);

CREATE TABLE comments (
    id INTEGER PRIMARY KEY,
    post_id BIGINT NOT NULL REFERENCES posts(id) ON DELETE CASCADE,
    author_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    body TEXT NOT NULL,
    body_html TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    edited_at BIGINT,
    deleted_at BIGINT,
    hidden_at BIGINT,
    hidden_by BIGINT REFERENCES users(id) ON DELETE SET NULL,
    hidden_reason TEXT NOT NULL DEFAULT '',
    request_key TEXT NOT NULL,
    UNIQUE (author_id, request_key)
);
CREATE INDEX comments_post ON comments (post_id, id);
CREATE INDEX comments_hidden_by ON comments (hidden_by) WHERE hidden_by IS NOT NULL;

-- "Thank you": one per person and post.
CREATE TABLE post_thanks (
    post_id BIGINT NOT NULL REFERENCES posts(id) ON DELETE CASCADE,
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (post_id, user_id)
);
CREATE INDEX post_thanks_user ON post_thanks (user_id);
