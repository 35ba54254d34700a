-- The live Q&A of a stand (issue 11): a registered participant asks (their place at
-- the event is who they are there), others upvote once each, the stand's staff or the
-- event's organisers answer, and they may hide a question. Every question is stored
-- before anyone is shown it.
CREATE TABLE event_questions (
    id INTEGER PRIMARY KEY,
    stand_id BIGINT NOT NULL REFERENCES event_stands(id) ON DELETE CASCADE,
    -- The asker's place at the event (their registration): erased with it.
    registration_id BIGINT NOT NULL REFERENCES event_registrations(id) ON DELETE CASCADE,
    -- The asker's account, if they have one: their personal data's export finds it.
    user_id BIGINT REFERENCES users(id) ON DELETE CASCADE,
    body TEXT NOT NULL CHECK (length(body) BETWEEN 1 AND 280),
    asked_at BIGINT NOT NULL,
    upvotes BIGINT NOT NULL DEFAULT 0 CHECK (upvotes >= 0),
    answer TEXT CHECK (length(answer) BETWEEN 1 AND 2000),
    answered_by BIGINT REFERENCES users(id) ON DELETE SET NULL,
    answered_at BIGINT,
    hidden_by BIGINT REFERENCES users(id) ON DELETE SET NULL,
    hidden_at BIGINT,
    -- The form's or the API call's key: a double click asks once.
    request_key TEXT NOT NULL,
    UNIQUE (registration_id, request_key),
    CHECK ((answer IS NULL) = (answered_at IS NULL))
);
-- A stand's questions in the order they are shown (unanswered first, most upvoted,
-- oldest), and a participant's recent questions (the flood limit).
CREATE INDEX event_questions_by_stand ON event_questions (stand_id, hidden_at, answered_at, upvotes, asked_at, id);
CREATE INDEX event_questions_by_registration ON event_questions (registration_id, asked_at);
CREATE INDEX event_questions_by_user ON event_questions (user_id);
CREATE INDEX event_questions_answered_by ON event_questions (answered_by);
CREATE INDEX event_questions_hidden_by ON event_questions (hidden_by);

-- One upvote per participant per question (the key closes the race of two clicks).
CREATE TABLE event_question_votes (
    question_id BIGINT NOT NULL REFERENCES event_questions(id) ON DELETE CASCADE,
    registration_id BIGINT NOT NULL REFERENCES event_registrations(id) ON DELETE CASCADE,
    PRIMARY KEY (question_id, registration_id)
);
CREATE INDEX event_question_votes_by_registration ON event_question_votes (registration_id);
