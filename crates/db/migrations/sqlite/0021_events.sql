-- The virtual event day (PRODUCT.md C6, issue 11): an organiser's event of one day
-- with stands (an exhibitor, the staff who answer at it, documents to download, its
-- hours), workshops (activities whose sessions fall within the day) and registrations
-- (account holders, or guests with a name and an e-mail address confirmed by e-mail).
-- The rules are gemeng_core::events'; the database refuses again what they never
-- allow. The live rooms (lounge, questions, meetings) come with their own migration.
CREATE TABLE events (
    id INTEGER PRIMARY KEY,
    commune_id BIGINT NOT NULL REFERENCES communes(id) ON DELETE CASCADE,
    -- The organiser's account (staff or an organiser account); gone (NULL) once
    -- erased, the event stays and staff manage it.
    organiser_id BIGINT REFERENCES users(id) ON DELETE SET NULL,
    -- The day in the commune's zone (YYYY-MM-DD) and its hours as instants.
    day TEXT NOT NULL CHECK (length(day) = 10),
    starts_at BIGINT NOT NULL,
    ends_at BIGINT NOT NULL,
    registration TEXT NOT NULL CHECK (registration IN ('public', 'residents_only')),
    capacity BIGINT NOT NULL CHECK (capacity BETWEEN 1 AND 10000),
    -- The day's own video room (a plenary, a help desk).
    link TEXT,
    -- Until published, only its organiser and staff see it and nobody registers.
    published_at BIGINT,
    created_at BIGINT NOT NULL,
    -- The form's or the API call's key: a double click or a retried request creates once.
    request_key TEXT NOT NULL,
    CHECK (ends_at > starts_at)
);
CREATE UNIQUE INDEX events_request ON events (organiser_id, request_key);
-- Lists read a commune's events that are not over, the soonest first.
CREATE INDEX events_by_commune ON events (commune_id, ends_at, starts_at, id);
CREATE INDEX events_by_organiser ON events (organiser_id);

CREATE TABLE event_versions (
    event_id BIGINT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    language TEXT NOT NULL CHECK (language IN ('lb', 'de', 'fr', 'en', 'pt')),
    title TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 120),
    description TEXT NOT NULL CHECK (length(description) <= 8000),
    PRIMARY KEY (event_id, language)
);

CREATE TABLE event_stands (
    id INTEGER PRIMARY KEY,
    event_id BIGINT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    -- The hall's order.
    position BIGINT NOT NULL CHECK (position BETWEEN 0 AND 99),
    organisation TEXT NOT NULL CHECK (length(organisation) BETWEEN 2 AND 60),
    video_link TEXT,
    opens_at BIGINT NOT NULL,
    closes_at BIGINT NOT NULL,
    CHECK (closes_at > opens_at),
    UNIQUE (event_id, position)
);

CREATE TABLE event_stand_versions (
    stand_id BIGINT NOT NULL REFERENCES event_stands(id) ON DELETE CASCADE,
    language TEXT NOT NULL CHECK (language IN ('lb', 'de', 'fr', 'en', 'pt')),
    description TEXT NOT NULL CHECK (length(description) BETWEEN 1 AND 4000),
    PRIMARY KEY (stand_id, language)
);

-- The accounts that answer questions at a stand and moderate it (its own only).
CREATE TABLE event_stand_staff (
    stand_id BIGINT NOT NULL REFERENCES event_stands(id) ON DELETE CASCADE,
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    PRIMARY KEY (stand_id, user_id)
);
CREATE INDEX event_stand_staff_by_user ON event_stand_staff (user_id);

-- A stand's documents: their names, kinds and sizes here, their bytes behind the
-- storage interface under `storage_key` (a random name, as photos have).
CREATE TABLE event_documents (
    id INTEGER PRIMARY KEY,
    stand_id BIGINT NOT NULL REFERENCES event_stands(id) ON DELETE CASCADE,
    position BIGINT NOT NULL CHECK (position BETWEEN 0 AND 19),
    file_name TEXT NOT NULL CHECK (length(file_name) BETWEEN 1 AND 120),
    -- As gemeng_core::events::stands::DocumentKind names it.
    kind TEXT NOT NULL CHECK (kind IN ('pdf', 'jpeg', 'png', 'webp', 'odf_text', 'odf_spreadsheet',
        'odf_presentation', 'docx', 'xlsx', 'pptx')),
    size_bytes BIGINT NOT NULL CHECK (size_bytes BETWEEN 1 AND 10485760),
    storage_key TEXT NOT NULL UNIQUE,
    UNIQUE (stand_id, position)
);

-- A workshop is an activity of the commune whose sessions lie within the day; an
-- activity belongs to one event at most.
CREATE TABLE event_workshops (
    event_id BIGINT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    activity_id BIGINT NOT NULL UNIQUE REFERENCES activities(id) ON DELETE CASCADE,
    PRIMARY KEY (event_id, activity_id)
);

-- A place at the event: an account holder's (registered at once), or a guest's (a
-- name and an address; the place is held until `confirm_expires_at`, and kept once
-- the e-mail's link is followed). Places are decided with the event's row locked.
CREATE TABLE event_registrations (
    id INTEGER PRIMARY KEY,
    event_id BIGINT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    -- The event's commune: a guest's data is found and erased by address within one
    -- commune (the same address may have an account in another).
    commune_id BIGINT NOT NULL REFERENCES communes(id) ON DELETE CASCADE,
    user_id BIGINT REFERENCES users(id) ON DELETE CASCADE,
    guest_name TEXT CHECK (length(guest_name) BETWEEN 2 AND 60),
    -- Lower-case, as gemeng_core::account::Email writes it.
    guest_email TEXT CHECK (length(guest_email) BETWEEN 3 AND 254),
    -- The language of the guest's e-mails (an account holder's is their account's).
    language TEXT NOT NULL CHECK (language IN ('lb', 'de', 'fr', 'en', 'pt')),
    -- SHA-256 of the secret in the guest's latest confirmation link.
    confirm_hash TEXT,
    confirm_expires_at BIGINT,
    confirmed_at BIGINT,
    created_at BIGINT NOT NULL,
    CHECK ((user_id IS NULL) = (guest_email IS NOT NULL)),
    CHECK ((guest_email IS NULL) = (guest_name IS NULL)),
    CHECK (user_id IS NULL OR confirmed_at IS NOT NULL),
    CHECK (confirmed_at IS NOT NULL OR (confirm_hash IS NOT NULL AND confirm_expires_at IS NOT NULL))
);
CREATE UNIQUE INDEX event_registrations_account ON event_registrations (event_id, user_id)
    WHERE user_id IS NOT NULL;
CREATE UNIQUE INDEX event_registrations_guest ON event_registrations (event_id, guest_email)
    WHERE guest_email IS NOT NULL;
CREATE UNIQUE INDEX event_registrations_confirmation ON event_registrations (confirm_hash)
    WHERE confirm_hash IS NOT NULL;
CREATE INDEX event_registrations_by_user ON event_registrations (user_id);
CREATE INDEX event_registrations_by_guest ON event_registrations (guest_email, commune_id);
