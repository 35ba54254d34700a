-- A participant muted for the rest of an event day (issue 11): everywhere in it
-- (stand_id NULL, an organiser's mute) or at one stand's Q&A (its staff's). A mute
-- silences, it does not blind: the participant still reads.
CREATE TABLE event_mutes (
    id INTEGER PRIMARY KEY,
    event_id BIGINT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    registration_id BIGINT NOT NULL REFERENCES event_registrations(id) ON DELETE CASCADE,
    stand_id BIGINT REFERENCES event_stands(id) ON DELETE CASCADE,
    muted_by BIGINT REFERENCES users(id) ON DELETE SET NULL,
    muted_at BIGINT NOT NULL
);
CREATE INDEX event_mutes_by_registration ON event_mutes (registration_id);
CREATE INDEX event_mutes_by_event ON event_mutes (event_id);
CREATE INDEX event_mutes_by_stand ON event_mutes (stand_id);
CREATE INDEX event_mutes_muted_by ON event_mutes (muted_by);
