-- Language cafés and conversation tables (PRODUCT.md C5 in activities, C6): a café's
-- tables, each in one language with a host at C1 or better and 1 to 6 seats; a
-- conversation table's language and level range; and, on each registration, the
-- table it holds (or the language a waiting learner waits for). The rules are
-- `gemeng_core::activities::{check_tables, assign_table, ConversationTable}`; the
-- database refuses, again, what they never allow: a host below C1, a seat count out
-- of range, a range reaching above B2 or upside down, a table's seats overfilled, a
-- seat at another activity's table, a table held while waiting. (SQLite adds no
-- constraint to a table that exists: triggers check what spans columns.)
CREATE TABLE activity_tables (
    id INTEGER PRIMARY KEY,
    activity_id BIGINT NOT NULL REFERENCES activities(id) ON DELETE CASCADE,
    -- The table's place in the café's order, from 0: ties in filling go to the first.
    position BIGINT NOT NULL CHECK (position BETWEEN 0 AND 29),
    language TEXT NOT NULL CHECK (language IN ('lb', 'de', 'fr', 'en', 'pt')),
    -- The host's name as the organiser wrote it (a volunteer may have no account).
    host_name TEXT NOT NULL CHECK (length(host_name) BETWEEN 1 AND 80),
    host_level TEXT NOT NULL CHECK (host_level IN ('c1', 'c2', 'native')),
    seats BIGINT NOT NULL CHECK (seats BETWEEN 1 AND 6),
    UNIQUE (activity_id, position)
);

-- A conversation table's language and the levels it is for (codes order as levels do:
-- 'a1' < 'a2' < 'b1' < 'b2').
ALTER TABLE activities ADD COLUMN conversation_language TEXT
    CHECK (conversation_language IN ('lb', 'de', 'fr', 'en', 'pt'));
ALTER TABLE activities ADD COLUMN lowest_level TEXT CHECK (lowest_level IN ('a1', 'a2', 'b1', 'b2'));
ALTER TABLE activities ADD COLUMN highest_level TEXT CHECK (highest_level IN ('a1', 'a2', 'b1', 'b2'));

CREATE TRIGGER activities_conversation_range BEFORE INSERT ON activities
WHEN NOT ((NEW.conversation_language IS NULL AND NEW.lowest_level IS NULL AND NEW.highest_level IS NULL)
    OR (NEW.conversation_language IS NOT NULL AND NEW.kind = 'conversation_table'
        AND NEW.lowest_level IS NOT NULL AND NEW.highest_level IS NOT NULL
        AND NEW.lowest_level <= NEW.highest_level))
BEGIN
    SELECT RAISE(ABORT, 'a conversation table''s range is incomplete or upside down');
END;

CREATE TRIGGER activities_conversation_range_changed
BEFORE UPDATE OF kind, conversation_language, lowest_level, highest_level ON activities
WHEN NOT ((NEW.conversation_language IS NULL AND NEW.lowest_level IS NULL AND NEW.highest_level IS NULL)
    OR (NEW.conversation_language IS NOT NULL AND NEW.kind = 'conversation_table'
        AND NEW.lowest_level IS NOT NULL AND NEW.highest_level IS NOT NULL
        AND NEW.lowest_level <= NEW.highest_level))
BEGIN
    SELECT RAISE(ABORT, 'a conversation table''s range is incomplete or upside down');
END;

ALTER TABLE activity_registrations ADD COLUMN table_id BIGINT
    REFERENCES activity_tables(id) ON DELETE CASCADE;
ALTER TABLE activity_registrations ADD COLUMN waits_for TEXT
    CHECK (waits_for IN ('lb', 'de', 'fr', 'en', 'pt'));
CREATE INDEX activity_registrations_by_table ON activity_registrations (table_id);
-- A café's waiting list is per language, in the order of `id`.
CREATE INDEX activity_registrations_waiting_for ON activity_registrations (session_id, waits_for, id)
    WHERE status = 'waiting';

-- A table is held only with a place, a language waited for only while waiting; a seat
-- is at a table of the session's own activity, and a table never seats more than its
-- seats (registrations of one session are written one at a time).
CREATE TRIGGER activity_registrations_seat BEFORE INSERT ON activity_registrations
WHEN (NEW.table_id IS NOT NULL AND NEW.status <> 'registered')
    OR (NEW.waits_for IS NOT NULL AND NEW.status <> 'waiting')
    OR (NEW.table_id IS NOT NULL AND (
        NOT EXISTS (SELECT 1 FROM activity_tables t JOIN activity_sessions s ON s.activity_id = t.activity_id
                    WHERE t.id = NEW.table_id AND s.id = NEW.session_id)
        OR (SELECT COUNT(*) FROM activity_registrations r
            WHERE r.session_id = NEW.session_id AND r.table_id = NEW.table_id)
           >= (SELECT seats FROM activity_tables WHERE id = NEW.table_id)))
BEGIN
    SELECT RAISE(ABORT, 'a seat the café''s tables do not have');
END;

CREATE TRIGGER activity_registrations_seat_changed
BEFORE UPDATE OF status, table_id, waits_for, session_id ON activity_registrations
WHEN (NEW.table_id IS NOT NULL AND NEW.status <> 'registered')
    OR (NEW.waits_for IS NOT NULL AND NEW.status <> 'waiting')
    OR (NEW.table_id IS NOT NULL AND (
        NOT EXISTS (SELECT 1 FROM activity_tables t JOIN activity_sessions s ON s.activity_id = t.activity_id
                    WHERE t.id = NEW.table_id AND s.id = NEW.session_id)
        OR (SELECT COUNT(*) FROM activity_registrations r
            WHERE r.session_id = NEW.session_id AND r.table_id = NEW.table_id AND r.id <> NEW.id)
           >= (SELECT seats FROM activity_tables WHERE id = NEW.table_id)))
BEGIN
    SELECT RAISE(ABORT, 'a seat the café''s tables do not have');
END;
