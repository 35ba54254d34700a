-- The database checks, again, how many choices an answer ticks: a single-choice
-- question takes exactly one (a ticked choice or a written "other"), a multiple-choice
-- one between its `min` and `max` (`gemeng_core::consultation::check_answers` checks
-- first; this catches a writer that skipped it). An answer set breaking it is refused
-- whole: nothing of it is stored.
CREATE TRIGGER consultation_named_answers_counts BEFORE INSERT ON consultation_named_answers
WHEN EXISTS (
    SELECT 1
    FROM consultations c, json_each(c.definition, '$.sections') s,
         json_each(s.value, '$.questions') q, json_each(NEW.answers, '$.answers') a
    WHERE c.id = NEW.consultation_id
      AND json_extract(q.value, '$.id') = json_extract(a.value, '$.question')
      AND json_extract(q.value, '$.kind.type') IN ('single_choice', 'multiple_choice')
      AND COALESCE(json_array_length(a.value, '$.response.chosen'), 0)
          + CASE WHEN COALESCE(json_extract(a.value, '$.response.other'), '') <> '' THEN 1 ELSE 0 END
          NOT BETWEEN COALESCE(json_extract(q.value, '$.kind.min'), 1)
              AND COALESCE(json_extract(q.value, '$.kind.max'), 1)
)
BEGIN
    SELECT RAISE(ABORT, 'consultation answer outside the question''s minimum and maximum');
END;

CREATE TRIGGER consultation_named_answers_counts_changed BEFORE UPDATE OF answers ON consultation_named_answers
WHEN EXISTS (
    SELECT 1
    FROM consultations c, json_each(c.definition, '$.sections') s,
         json_each(s.value, '$.questions') q, json_each(NEW.answers, '$.answers') a
    WHERE c.id = NEW.consultation_id
      AND json_extract(q.value, '$.id') = json_extract(a.value, '$.question')
      AND json_extract(q.value, '$.kind.type') IN ('single_choice', 'multiple_choice')
      AND COALESCE(json_array_length(a.value, '$.response.chosen'), 0)
          + CASE WHEN COALESCE(json_extract(a.value, '$.response.other'), '') <> '' THEN 1 ELSE 0 END
          NOT BETWEEN COALESCE(json_extract(q.value, '$.kind.min'), 1)
              AND COALESCE(json_extract(q.value, '$.kind.max'), 1)
)
BEGIN
    SELECT RAISE(ABORT, 'consultation answer outside the question''s minimum and maximum');
END;

CREATE TRIGGER consultation_anonymous_answers_counts BEFORE INSERT ON consultation_anonymous_answers
WHEN EXISTS (
    SELECT 1
    FROM consultations c, json_each(c.definition, '$.sections') s,
         json_each(s.value, '$.questions') q, json_each(NEW.answers, '$.answers') a
    WHERE c.id = NEW.consultation_id
      AND json_extract(q.value, '$.id') = json_extract(a.value, '$.question')
      AND json_extract(q.value, '$.kind.type') IN ('single_choice', 'multiple_choice')
      AND COALESCE(json_array_length(a.value, '$.response.chosen'), 0)
          + CASE WHEN COALESCE(json_extract(a.value, '$.response.other'), '') <> '' THEN 1 ELSE 0 END
          NOT BETWEEN COALESCE(json_extract(q.value, '$.kind.min'), 1)
              AND COALESCE(json_extract(q.value, '$.kind.max'), 1)
)
BEGIN
    SELECT RAISE(ABORT, 'consultation answer outside the question''s minimum and maximum');
END;

-- Every key of a form a resident sent to change their named answers: a post sent
-- again, even an older one after a newer change, changes nothing. (Anonymous answers
-- are given once; `consultation_participants` keeps their key.)
CREATE TABLE consultation_answer_keys (
    consultation_id BIGINT NOT NULL REFERENCES consultations(id) ON DELETE CASCADE,
    resident_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    request_key TEXT NOT NULL,
    PRIMARY KEY (consultation_id, resident_id, request_key)
);
CREATE INDEX consultation_answer_keys_resident ON consultation_answer_keys (resident_id);
