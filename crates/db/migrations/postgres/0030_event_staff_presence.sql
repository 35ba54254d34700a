-- Who of a stand's staff is at it now (issue 11): the hall shows visitors which stands
-- have someone to answer them. One row per stand and staff member, its last sign of
-- life (the stand's page loaded, a live connection listening to it).
CREATE TABLE event_staff_presence (
    stand_id BIGINT NOT NULL REFERENCES event_stands(id) ON DELETE CASCADE,
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    until_at BIGINT NOT NULL,
    PRIMARY KEY (stand_id, user_id)
);
CREATE INDEX event_staff_presence_by_user ON event_staff_presence (user_id);
-- Who is at the event and its stands now (the lounge's count, the hall's): the stays
-- still running, without reading the day's earlier ones.
CREATE INDEX event_visits_running ON event_visits (event_id, until_at);
