-- Activities (PRODUCT.md C6, with the language cafés of C5 and the courses of C7): an
-- organiser's activity in one or more of the five languages, its sessions (a weekly
-- series is stored expanded), and who holds a place or waits for one. Flags are 0 or
-- 1 (the same type on both engines).
CREATE TABLE activities (
    id INTEGER PRIMARY KEY,
    commune_id BIGINT NOT NULL REFERENCES communes(id) ON DELETE CASCADE,
    -- The organiser's account; gone (NULL) once they erased it, the activity stays.
    organiser_id BIGINT REFERENCES users(id) ON DELETE SET NULL,
    organiser_kind TEXT NOT NULL CHECK (organiser_kind IN ('commune_staff', 'resident', 'association')),
    kind TEXT NOT NULL CHECK (kind IN ('neighbourhood_activity', 'language_cafe', 'conversation_table',
        'coaching', 'course', 'smartphone_cafe', 'information_session')),
    audience TEXT NOT NULL CHECK (audience IN ('neighbourhood', 'adjacent', 'commune', 'public')),
    -- The neighbourhood a neighbourhood's (or adjacent) activity belongs to.
    neighbourhood_id BIGINT REFERENCES neighbourhoods(id) ON DELETE CASCADE,
    place TEXT,
    link TEXT,
    -- Places per session.
    capacity BIGINT NOT NULL CHECK (capacity BETWEEN 1 AND 10000),
    -- The languages spoken, as codes separated by spaces ("lb fr").
    languages TEXT NOT NULL,
    -- The first session's start and the last session's end: what lists sort and
    -- filter by.
    first_starts_at BIGINT NOT NULL,
    last_ends_at BIGINT NOT NULL,
    created_at BIGINT NOT NULL,
    -- The form's or the API call's key: a double click or a retried request creates once.
    request_key TEXT NOT NULL,
    CHECK (audience IN ('commune', 'public') OR neighbourhood_id IS NOT NULL),
    CHECK (place IS NOT NULL OR link IS NOT NULL)
);
CREATE UNIQUE INDEX activities_request ON activities (organiser_id, request_key);
-- Lists read a commune's activities that are not over, the soonest first.
CREATE INDEX activities_by_commune ON activities (commune_id, first_starts_at, id);
CREATE INDEX activities_by_end ON activities (commune_id, last_ends_at);
CREATE INDEX activities_by_organiser ON activities (organiser_id);

CREATE TABLE activity_versions (
    activity_id BIGINT NOT NULL REFERENCES activities(id) ON DELETE CASCADE,
    language TEXT NOT NULL CHECK (language IN ('lb', 'de', 'fr', 'en', 'pt')),
    title TEXT NOT NULL,
    description TEXT NOT NULL,
    PRIMARY KEY (activity_id, language)
);

CREATE TABLE activity_sessions (
    id INTEGER PRIMARY KEY,
    activity_id BIGINT NOT NULL REFERENCES activities(id) ON DELETE CASCADE,
    starts_at BIGINT NOT NULL,
    ends_at BIGINT NOT NULL,
    -- A cancelled session stays listed (its people were told) and takes nobody.
    cancelled_at BIGINT,
    CHECK (ends_at > starts_at)
);
CREATE INDEX activity_sessions_by_activity ON activity_sessions (activity_id, starts_at);
-- The reminders' job reads the sessions starting within a day.
CREATE INDEX activity_sessions_by_start ON activity_sessions (starts_at);

-- A place held ('registered') or asked for ('waiting'). The waiting list is in the
-- order of `id`: rows of one session are written one at a time (the session's row is
-- locked first), so `id` is the order of arrival. Withdrawing deletes the row.
CREATE TABLE activity_registrations (
    id INTEGER PRIMARY KEY,
    session_id BIGINT NOT NULL REFERENCES activity_sessions(id) ON DELETE CASCADE,
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    status TEXT NOT NULL CHECK (status IN ('registered', 'waiting')),
    -- When the place was given (on moving up from the waiting list: then).
    registered_at BIGINT NOT NULL,
    -- What the organiser marked after the session: 1 came, 0 did not, NULL not marked.
    attended BIGINT CHECK (attended IN (0, 1)),
    -- When the reminder was written to the outbox (in the same transaction).
    reminded_at BIGINT,
    UNIQUE (session_id, user_id)
);
CREATE INDEX activity_registrations_by_session ON activity_registrations (session_id, status, id);
CREATE INDEX activity_registrations_by_user ON activity_registrations (user_id, session_id);

-- A person's secret calendar address: their registrations as an iCalendar feed.
-- Revoking deletes the row; a new one replaces it.
CREATE TABLE activity_calendar_tokens (
    user_id BIGINT PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
    token TEXT NOT NULL UNIQUE,
    created_at BIGINT NOT NULL
);

-- Language practice (PRODUCT.md C5): a member's language profile (what they speak and
-- at which level, what they learn and can help with, when they can meet), and the
-- tandems proposed to pairs of members. The profile is checked by
-- core::language_practice::check_profile before it is written.
CREATE TABLE language_profiles (
    user_id BIGINT PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
    commune_id BIGINT NOT NULL REFERENCES communes(id) ON DELETE CASCADE,
    -- 21 bits: weekday (Monday first) × part of day (morning, afternoon, evening).
    availability BIGINT NOT NULL CHECK (availability BETWEEN 1 AND 2097151),
    welcomes_intergenerational BIGINT NOT NULL CHECK (welcomes_intergenerational IN (0, 1)),
    birth_year BIGINT,
    updated_at BIGINT NOT NULL
);
CREATE INDEX language_profiles_by_commune ON language_profiles (commune_id, user_id);

CREATE TABLE language_profile_languages (
    user_id BIGINT NOT NULL REFERENCES language_profiles(user_id) ON DELETE CASCADE,
    language TEXT NOT NULL CHECK (language IN ('lb', 'de', 'fr', 'en', 'pt')),
    level TEXT NOT NULL CHECK (level IN ('a1', 'a2', 'b1', 'b2', 'c1', 'c2', 'native')),
    learns BIGINT NOT NULL CHECK (learns IN (0, 1)),
    offers BIGINT NOT NULL CHECK (offers IN (0, 1)),
    PRIMARY KEY (user_id, language)
);

-- A tandem proposed to two members (the smaller id first). Contact details are shown
-- only once both accepted; either may decline it before, or end it after.
CREATE TABLE tandems (
    id INTEGER PRIMARY KEY,
    commune_id BIGINT NOT NULL REFERENCES communes(id) ON DELETE CASCADE,
    first_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    second_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    -- The language the first helps the second with, and the other way round.
    first_teaches TEXT NOT NULL,
    second_teaches TEXT NOT NULL,
    proposed_at BIGINT NOT NULL,
    first_accepted_at BIGINT,
    second_accepted_at BIGINT,
    -- Declined (before both accepted) or ended (after): closed either way.
    closed_at BIGINT,
    closed_by BIGINT REFERENCES users(id) ON DELETE SET NULL,
    CHECK (first_id < second_id)
);
CREATE INDEX tandems_by_first ON tandems (first_id, closed_at);
CREATE INDEX tandems_by_second ON tandems (second_id, closed_at);
-- Staff's counts read the open tandems only.
CREATE INDEX tandems_open ON tandems (commune_id, first_accepted_at, second_accepted_at)
    WHERE closed_at IS NULL;
CREATE INDEX tandems_by_closer ON tandems (closed_by);
