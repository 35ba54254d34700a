-- Consultations (PRODUCT.md C3): polls and surveys a commune puts to its residents.
-- A consultation's definition (questions, wording per language) is the JSON of
-- `gemeng_core::consultation::Consultation`, written once `check_consultation`
-- accepted it; what lists and filters read is in columns of its own.
--
-- Anonymous answers are kept so that nobody reading these tables can link one to a
-- resident (see `gemeng_db::consultations` and `gemeng_core::consultation::StoredAnswers`):
-- no resident, no time finer than the day, a random key and no row order that counts
-- up (`WITHOUT ROWID`), and the list of who took part in a table of its own that holds
-- neither a time nor a key of the answers.

CREATE TABLE consultations (
    id INTEGER PRIMARY KEY,
    commune_id BIGINT NOT NULL REFERENCES communes(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('poll', 'survey')),
    -- A draft is seen by staff only; a published one by its audience from opening on.
    status TEXT NOT NULL CHECK (status IN ('draft', 'published')),
    -- 'commune', or 'neighbourhoods' (listed in consultation_neighbourhoods).
    audience TEXT NOT NULL CHECK (audience IN ('commune', 'neighbourhoods')),
    anonymous BIGINT NOT NULL CHECK (anonymous IN (0, 1)),
    results_shown TEXT NOT NULL CHECK (results_shown IN ('while_open', 'after_closing', 'never')),
    opens_at BIGINT NOT NULL,
    closes_at BIGINT NOT NULL CHECK (closes_at > opens_at),
    definition TEXT NOT NULL,
    created_by BIGINT REFERENCES users(id) ON DELETE SET NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    published_at BIGINT,
    -- When the anonymous answers and participations of a closed consultation were
    -- rewritten for good (`gemeng_db::consultations::seal_closed`).
    sealed_at BIGINT,
    request_key TEXT NOT NULL,
    UNIQUE (commune_id, request_key)
);
CREATE INDEX consultations_commune ON consultations (commune_id, closes_at);
-- For "your data" and erasure (`gemeng_db::personal_data`).
CREATE INDEX consultations_created_by ON consultations (created_by);
CREATE INDEX consultations_to_seal ON consultations (closes_at) WHERE sealed_at IS NULL AND anonymous = 1;

-- The neighbourhoods a consultation asks (when not the whole commune).
CREATE TABLE consultation_neighbourhoods (
    consultation_id BIGINT NOT NULL REFERENCES consultations(id) ON DELETE CASCADE,
    neighbourhood_id BIGINT NOT NULL REFERENCES neighbourhoods(id) ON DELETE CASCADE,
    PRIMARY KEY (consultation_id, neighbourhood_id)
) WITHOUT ROWID;
CREATE INDEX consultation_neighbourhoods_neighbourhood ON consultation_neighbourhoods (neighbourhood_id);

-- Named answer sets: one per resident (the unique key), replaced when changed until
-- the consultation closes. Erasing an account detaches its answers (the resident
-- becomes NULL) rather than deleting them: a closed consultation's results never change.
CREATE TABLE consultation_named_answers (
    id INTEGER PRIMARY KEY,
    consultation_id BIGINT NOT NULL REFERENCES consultations(id) ON DELETE CASCADE,
    resident_id BIGINT REFERENCES users(id) ON DELETE SET NULL,
    neighbourhood_id BIGINT,
    day BIGINT NOT NULL,
    answered_at BIGINT NOT NULL,
    answers TEXT NOT NULL,
    request_key TEXT NOT NULL,
    UNIQUE (consultation_id, resident_id)
);

-- Anonymous answer sets: a random key (never a counter), the neighbourhood for the
-- results per neighbourhood, the day, the answers. WITHOUT ROWID: a rowid would count
-- up in the order the answers came, which the list of who took part also has.
CREATE TABLE consultation_anonymous_answers (
    answer_key TEXT NOT NULL,
    consultation_id BIGINT NOT NULL REFERENCES consultations(id) ON DELETE CASCADE,
    neighbourhood_id BIGINT,
    day BIGINT NOT NULL,
    answers TEXT NOT NULL,
    PRIMARY KEY (consultation_id, answer_key)
) WITHOUT ROWID;

-- Who gave an anonymous answer set, so each gives one: no time, no key of the answer,
-- no row order of its own (WITHOUT ROWID, kept in resident order). `request_key` is
-- the key of the form that was sent, so a replayed post is recognised; it is never
-- written to the answers.
CREATE TABLE consultation_participants (
    consultation_id BIGINT NOT NULL REFERENCES consultations(id) ON DELETE CASCADE,
    resident_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    request_key TEXT NOT NULL,
    PRIMARY KEY (consultation_id, resident_id)
) WITHOUT ROWID;
CREATE INDEX consultation_participants_resident ON consultation_participants (resident_id);
CREATE INDEX consultation_named_answers_resident ON consultation_named_answers (resident_id);
