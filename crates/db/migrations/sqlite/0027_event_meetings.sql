-- "Meet someone" in an event's lounge (issue 11): a participant asks, the minute's
-- round pairs those who asked by a language both speak, and each pair gets a private
-- chat of five minutes that only its two people read.
CREATE TABLE event_private_chats (
    id INTEGER PRIMARY KEY,
    event_id BIGINT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    -- The two people (their places at the event); the earlier asker first. Erasing
    -- either place erases the chat: it was theirs alone.
    first_registration_id BIGINT NOT NULL REFERENCES event_registrations(id) ON DELETE CASCADE,
    second_registration_id BIGINT NOT NULL REFERENCES event_registrations(id) ON DELETE CASCADE,
    language TEXT NOT NULL,
    started_at BIGINT NOT NULL,
    CHECK (first_registration_id <> second_registration_id)
);
CREATE INDEX event_private_chats_by_event ON event_private_chats (event_id);
CREATE INDEX event_private_chats_first ON event_private_chats (first_registration_id);
CREATE INDEX event_private_chats_second ON event_private_chats (second_registration_id);

CREATE TABLE event_private_messages (
    id INTEGER PRIMARY KEY,
    chat_id BIGINT NOT NULL REFERENCES event_private_chats(id) ON DELETE CASCADE,
    registration_id BIGINT NOT NULL REFERENCES event_registrations(id) ON DELETE CASCADE,
    -- The author's account: their personal data's export finds it.
    user_id BIGINT REFERENCES users(id) ON DELETE CASCADE,
    body TEXT NOT NULL CHECK (length(body) BETWEEN 1 AND 500),
    sent_at BIGINT NOT NULL,
    request_key TEXT NOT NULL,
    UNIQUE (registration_id, request_key)
);
CREATE INDEX event_private_messages_by_chat ON event_private_messages (chat_id, id);
CREATE INDEX event_private_messages_by_registration ON event_private_messages (registration_id, sent_at);
CREATE INDEX event_private_messages_by_user ON event_private_messages (user_id);

-- A request to meet someone. It waits for the round of `round_minute` (its own
-- minute, then the next while nobody fitted); the round marks it paired (with its
-- chat) or, after a few rounds, unpaired.
CREATE TABLE event_meet_requests (
    id INTEGER PRIMARY KEY,
    event_id BIGINT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    registration_id BIGINT NOT NULL REFERENCES event_registrations(id) ON DELETE CASCADE,
    user_id BIGINT REFERENCES users(id) ON DELETE CASCADE,
    asked_at BIGINT NOT NULL,
    round_minute BIGINT NOT NULL,
    -- Language codes separated by spaces ("fr pt"); the preferred one, if any.
    languages TEXT NOT NULL,
    preferred TEXT,
    state TEXT NOT NULL CHECK (state IN ('waiting', 'paired', 'unpaired', 'withdrawn')),
    chat_id BIGINT REFERENCES event_private_chats(id) ON DELETE SET NULL,
    decided_at BIGINT
);
-- One waiting request per person: asking twice while waiting changes nothing.
CREATE UNIQUE INDEX event_meet_one_waiting ON event_meet_requests (registration_id) WHERE state = 'waiting';
CREATE INDEX event_meet_due ON event_meet_requests (round_minute, event_id) WHERE state = 'waiting';
CREATE INDEX event_meet_by_registration ON event_meet_requests (registration_id, id);
CREATE INDEX event_meet_by_event ON event_meet_requests (event_id, decided_at);
CREATE INDEX event_meet_by_user ON event_meet_requests (user_id);
CREATE INDEX event_meet_by_chat ON event_meet_requests (chat_id);
