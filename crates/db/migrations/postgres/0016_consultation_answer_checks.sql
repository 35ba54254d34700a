-- The database checks, again, how many choices an answer ticks: a single-choice
-- question takes exactly one (a ticked choice or a written "other"), a multiple-choice
-- one between its `min` and `max` (`gemeng_core::consultation::check_answers` checks
-- first; this catches a writer that skipped it). An answer set breaking it is refused
-- whole: nothing of it is stored.
--
-- `gemeng_db::consultations::blur` moves a consultation's anonymous answers, already
-- checked, to new rows (so no row's place tells the order they came in); it says so
-- with the transaction-local setting `gemeng.moving_answers`, and they are not
-- checked a second time.
CREATE FUNCTION consultation_answer_counts() RETURNS trigger AS $$
BEGIN
    IF current_setting('gemeng.moving_answers', true) = 'on' THEN
        RETURN NEW;
    END IF;
    IF EXISTS (
        SELECT 1
        FROM consultations c,
             jsonb_array_elements(c.definition::jsonb -> 'sections') s,
             jsonb_array_elements(s -> 'questions') q,
             jsonb_array_elements(NEW.answers::jsonb -> 'answers') a
        WHERE c.id = NEW.consultation_id
          AND (q ->> 'id') = (a ->> 'question')
          AND q -> 'kind' ->> 'type' IN ('single_choice', 'multiple_choice')
          AND COALESCE(jsonb_array_length(a -> 'response' -> 'chosen'), 0)
              + CASE WHEN COALESCE(a -> 'response' ->> 'other', '') <> '' THEN 1 ELSE 0 END
              NOT BETWEEN COALESCE((q -> 'kind' ->> 'min')::BIGINT, 1)
                  AND COALESCE((q -> 'kind' ->> 'max')::BIGINT, 1)
    ) THEN
        RAISE EXCEPTION 'consultation answer outside the question''s minimum and maximum'
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER consultation_named_answers_counts BEFORE INSERT OR UPDATE OF answers
    ON consultation_named_answers FOR EACH ROW EXECUTE FUNCTION consultation_answer_counts();
CREATE TRIGGER consultation_anonymous_answers_counts BEFORE INSERT
    ON consultation_anonymous_answers FOR EACH ROW EXECUTE FUNCTION consultation_answer_counts();

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
