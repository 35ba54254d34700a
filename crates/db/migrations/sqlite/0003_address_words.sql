-- The address search's word index. Each distinct word of an address's search key
-- (accent-folded, lower case) is a row that repeats the address's sort key (street,
-- length of the number, number), so one word's addresses are read in the search's
-- result order and a query stops after its first page. The vocabulary counts each
-- word's addresses, so the search starts from the query's rarest word.
-- When even that word is common, the search walks the commune's streets in order:
-- each street lists the words of all its addresses, so a street that cannot match
-- is passed over with one look-up per query word.
-- Both are written by the import (db::addresses::import); registers imported before
-- this migration are indexed here.

CREATE TABLE address_words (
    commune_id BIGINT NOT NULL,
    word TEXT NOT NULL,
    street TEXT NOT NULL,
    number_length BIGINT NOT NULL,
    number TEXT NOT NULL,
    address_id BIGINT NOT NULL REFERENCES addresses(id) ON DELETE CASCADE,
    PRIMARY KEY (commune_id, word, street, number_length, number, address_id)
) WITHOUT ROWID;
-- Whether one address has a word (the query's other words), and the cascade.
CREATE INDEX address_words_by_address ON address_words (address_id, word);

CREATE TABLE address_vocabulary (
    commune_id BIGINT NOT NULL REFERENCES communes(id) ON DELETE CASCADE,
    word TEXT NOT NULL,
    addresses BIGINT NOT NULL,
    PRIMARY KEY (commune_id, word)
) WITHOUT ROWID;

CREATE TABLE address_streets (
    commune_id BIGINT NOT NULL REFERENCES communes(id) ON DELETE CASCADE,
    street TEXT NOT NULL,
    PRIMARY KEY (commune_id, street)
) WITHOUT ROWID;
CREATE TABLE address_street_words (
    commune_id BIGINT NOT NULL REFERENCES communes(id) ON DELETE CASCADE,
    street TEXT NOT NULL,
    word TEXT NOT NULL,
    PRIMARY KEY (commune_id, street, word)
) WITHOUT ROWID;
-- The streets that have a word (the planner may start from the word).
CREATE INDEX address_street_words_by_word ON address_street_words (commune_id, word, street);

-- A street's addresses in result order, for the walk.
CREATE INDEX addresses_in_order ON addresses (commune_id, street, LENGTH(number), number, id);
-- The LIKE scan it served is gone.
DROP INDEX addresses_by_search_key;

INSERT OR IGNORE INTO address_words (commune_id, word, street, number_length, number, address_id)
WITH RECURSIVE split(address_id, word, rest) AS (
    SELECT id, '', search_key || ' ' FROM addresses
    UNION ALL
    SELECT address_id, substr(rest, 1, instr(rest, ' ') - 1), substr(rest, instr(rest, ' ') + 1)
    FROM split WHERE rest <> ''
)
SELECT a.commune_id, s.word, a.street, LENGTH(a.number), a.number, a.id
FROM split s JOIN addresses a ON a.id = s.address_id
WHERE s.word <> '';

INSERT INTO address_vocabulary (commune_id, word, addresses)
SELECT commune_id, word, COUNT(*) FROM address_words GROUP BY commune_id, word;

INSERT INTO address_streets (commune_id, street)
SELECT DISTINCT commune_id, street FROM address_words;

INSERT INTO address_street_words (commune_id, street, word)
SELECT DISTINCT commune_id, street, word FROM address_words;
