-- The networking lounge of an event day (issue 11): its public chat. A message is
-- stored before anyone is shown it; its id orders the room and is where a reader
-- resumes ("everything after 1234").
CREATE TABLE event_lounge_messages (
    id INTEGER PRIMARY KEY,
    event_id BIGINT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    -- The author's place at the event: erased with it.
    registration_id BIGINT NOT NULL REFERENCES event_registrations(id) ON DELETE CASCADE,
    -- The author's account, if any: their personal data's export finds it.
    user_id BIGINT REFERENCES users(id) ON DELETE CASCADE,
    body TEXT NOT NULL CHECK (length(body) BETWEEN 1 AND 500),
    sent_at BIGINT NOT NULL,
    hidden_by BIGINT REFERENCES users(id) ON DELETE SET NULL,
    hidden_at BIGINT,
    request_key TEXT NOT NULL,
    UNIQUE (registration_id, request_key)
);
CREATE INDEX event_lounge_by_event ON event_lounge_messages (event_id, id);
CREATE INDEX event_lounge_by_registration ON event_lounge_messages (registration_id, sent_at);
CREATE INDEX event_lounge_by_user ON event_lounge_messages (user_id);
CREATE INDEX event_lounge_hidden_by ON event_lounge_messages (hidden_by);
