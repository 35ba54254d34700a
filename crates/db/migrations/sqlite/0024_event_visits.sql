-- Who was present when, during an event day (issue 11): a participant's stay in the
-- hall (no stand) or at a stand, from its first to its last sign of life (a page
-- loaded, a heartbeat). The organisers' statistics count participants over time and
-- visitors per stand from it; nothing else reads it.
CREATE TABLE event_visits (
    id INTEGER PRIMARY KEY,
    event_id BIGINT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    registration_id BIGINT NOT NULL REFERENCES event_registrations(id) ON DELETE CASCADE,
    -- NULL: the hall (the programme page, the lounge).
    stand_id BIGINT REFERENCES event_stands(id) ON DELETE CASCADE,
    from_at BIGINT NOT NULL,
    until_at BIGINT NOT NULL,
    CHECK (until_at >= from_at)
);
CREATE INDEX event_visits_by_event ON event_visits (event_id, from_at);
CREATE INDEX event_visits_by_registration ON event_visits (registration_id, stand_id, until_at);
CREATE INDEX event_visits_by_stand ON event_visits (stand_id);
