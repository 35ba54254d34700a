-- Reports from an event day's rooms (issue 11): a lounge message, a stand's question
-- or a private chat's message, reported by a participant who reads it. The reported
-- words are kept as they were: organisers do not read private chats, the report is
-- how such a message reaches them. Organisers judge every report of their event, a
-- stand's staff those of their stand's questions.
CREATE TABLE event_reports (
    id INTEGER PRIMARY KEY,
    event_id BIGINT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    -- Never shown to anyone: the author cannot learn who reported them.
    reporter_id BIGINT REFERENCES users(id) ON DELETE SET NULL,
    item_type TEXT NOT NULL CHECK (item_type IN ('lounge', 'question', 'private')),
    item_id BIGINT NOT NULL,
    -- A question's stand (its staff judge it).
    stand_id BIGINT REFERENCES event_stands(id) ON DELETE CASCADE,
    -- The author's place: the report goes with it when erased.
    author_registration_id BIGINT NOT NULL REFERENCES event_registrations(id) ON DELETE CASCADE,
    excerpt TEXT NOT NULL,
    reason TEXT NOT NULL,
    details TEXT NOT NULL DEFAULT '',
    created_at BIGINT NOT NULL,
    closed_at BIGINT,
    closed_by BIGINT REFERENCES users(id) ON DELETE SET NULL,
    outcome TEXT NOT NULL DEFAULT ''
);
-- One open report per person and item: reporting twice changes nothing.
CREATE UNIQUE INDEX event_reports_once ON event_reports (reporter_id, item_type, item_id) WHERE closed_at IS NULL;
CREATE INDEX event_reports_open ON event_reports (event_id, created_at) WHERE closed_at IS NULL;
CREATE INDEX event_reports_by_item ON event_reports (item_type, item_id);
CREATE INDEX event_reports_by_stand ON event_reports (stand_id);
CREATE INDEX event_reports_by_author ON event_reports (author_registration_id);
CREATE INDEX event_reports_by_reporter ON event_reports (reporter_id);
CREATE INDEX event_reports_closed_by ON event_reports (closed_by);
