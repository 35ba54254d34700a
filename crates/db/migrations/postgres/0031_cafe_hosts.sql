-- A language café's host named by their account (issue 10): the host then sees the
-- learners seated at their table and gets the day-before reminder. A host named only
-- by name (a volunteer without an account) keeps `host_id` empty. Erasing the account
-- cuts the link; the name the organiser wrote stays on the café's page.
ALTER TABLE activity_tables ADD COLUMN host_id BIGINT REFERENCES users(id) ON DELETE SET NULL;
CREATE INDEX activity_tables_by_host ON activity_tables (host_id);
-- One account hosts one table of a café (`gemeng_core::activities::repeated_hosts`),
-- also when two organisers change hosts at the same moment.
CREATE UNIQUE INDEX activity_tables_one_per_host ON activity_tables (activity_id, host_id)
    WHERE host_id IS NOT NULL;

-- The hosts' reminders written, one per session and table: the marker is inserted in
-- the transaction that writes the e-mail, so several instances send each one once.
CREATE TABLE activity_host_reminders (
    session_id BIGINT NOT NULL REFERENCES activity_sessions(id) ON DELETE CASCADE,
    table_id BIGINT NOT NULL REFERENCES activity_tables(id) ON DELETE CASCADE,
    sent_at BIGINT NOT NULL,
    PRIMARY KEY (session_id, table_id)
);
CREATE INDEX activity_host_reminders_by_table ON activity_host_reminders (table_id);
