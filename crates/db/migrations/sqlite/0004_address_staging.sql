-- An address import in steps (db::addresses::import), so that no import holds SQLite's
-- only writer for long: the register's rows are first staged here, a few thousand per
-- transaction, each with its placement and its words; once all are staged, the job's
-- `staged_rows` is set (the import is decided), then the rows are switched into the
-- register a few thousand per transaction, each step deleting the rows it switched.
-- An import that stops before `staged_rows` is set leaves the register as it was and
-- its rows are deleted (at once, or by the commune's next import); one that stops
-- after it is finished by the commune's next import.

-- The number of rows staged, set once all are: from then on the import is decided.
ALTER TABLE import_jobs ADD COLUMN staged_rows BIGINT;

CREATE TABLE address_staging (
    job_id BIGINT NOT NULL REFERENCES import_jobs(id) ON DELETE CASCADE,
    -- The row's place in the register's natural-key order: steps switch ranges of it.
    seq BIGINT NOT NULL,
    natural_key TEXT NOT NULL,
    neighbourhood_id BIGINT,
    street TEXT NOT NULL,
    number TEXT NOT NULL,
    postcode TEXT NOT NULL,
    locality TEXT NOT NULL,
    lat REAL NOT NULL,
    lon REAL NOT NULL,
    search_key TEXT NOT NULL,
    -- The distinct words of search_key, as a JSON array of strings.
    words TEXT NOT NULL,
    PRIMARY KEY (job_id, seq)
) WITHOUT ROWID;
