-- Coaching (PRODUCT.md C5, issue 10): a learner asks for a coach in a language they
-- learn; staff propose one (gemeng_core::coaching::rank_coaches ranks them); both
-- accept before either sees the other's contact; either may decline (the request is
-- open again and that coach is not proposed again for it) or end it later; the learner
-- may withdraw it while nobody has agreed.
CREATE TABLE coaching_requests (
    id INTEGER PRIMARY KEY,
    commune_id BIGINT NOT NULL REFERENCES communes(id) ON DELETE CASCADE,
    learner_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    language TEXT NOT NULL CHECK (language IN ('lb', 'de', 'fr', 'en', 'pt')),
    -- The learner's level when they asked (a coach is there for A1 to B2).
    level TEXT NOT NULL CHECK (level IN ('a1', 'a2', 'b1', 'b2')),
    note TEXT NOT NULL CHECK (length(note) <= 500),
    created_at BIGINT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('open', 'proposed', 'matched', 'withdrawn', 'ended')),
    -- The coach proposed (status proposed) or agreed (matched). An erased coach's id
    -- is cut; the learner may then withdraw or end the request.
    coach_id BIGINT REFERENCES users(id) ON DELETE SET NULL,
    proposed_at BIGINT,
    coach_accepted_at BIGINT,
    learner_accepted_at BIGINT,
    closed_at BIGINT,
    closed_by BIGINT REFERENCES users(id) ON DELETE SET NULL,
    CHECK (status <> 'open' OR (coach_id IS NULL AND coach_accepted_at IS NULL AND learner_accepted_at IS NULL)),
    CHECK ((closed_at IS NULL) = (status IN ('open', 'proposed', 'matched')))
);
-- One request per learner and language that is not over yet: the statement refuses
-- the second even when two arrive at once.
CREATE UNIQUE INDEX coaching_requests_one_open ON coaching_requests (learner_id, language)
    WHERE status IN ('open', 'proposed', 'matched');
CREATE INDEX coaching_requests_by_learner ON coaching_requests (learner_id, created_at);
-- A coach's proposals and coachings, and their load when ranking.
CREATE INDEX coaching_requests_by_coach ON coaching_requests (coach_id, status);
-- Staff's list of open requests and the counts.
CREATE INDEX coaching_requests_by_commune ON coaching_requests (commune_id, status, created_at);
CREATE INDEX coaching_requests_by_closer ON coaching_requests (closed_by);

-- The coaches declined for a request (by them or by the learner): never proposed
-- again for it.
CREATE TABLE coaching_declines (
    request_id BIGINT NOT NULL REFERENCES coaching_requests(id) ON DELETE CASCADE,
    coach_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    declined_at BIGINT NOT NULL,
    PRIMARY KEY (request_id, coach_id)
);
CREATE INDEX coaching_declines_by_coach ON coaching_declines (coach_id);
