-- The address search's word index. Each distinct word of an address's search key
-- (accent-folded, lower case) is a row that repeats the address's sort key (street,
-- length of the number, number), so one word's addresses are read in the search's
-- result order and a query stops after its first page. The vocabulary counts each
-- word's addresses, so the search starts from the query's rarest word.
-- When even that word is common, the search walks the commune's streets in order:
-- each street lists the words of all its addresses, so a street that cannot match
-- is passed over with one look-up per query word.
-- Both are written by the import (db::addresses::import); registers imported before
-- this migration are indexed here. Words compare byte by byte (COLLATE "C"), as on
-- SQLite, so a prefix is a range of the index.

CREATE TABLE address_words (
    commune_id BIGINT NOT NULL,
    word TEXT COLLATE "C" NOT NULL,
    street TEXT NOT NULL,
    number_length BIGINT NOT NULL,
    number TEXT NOT NULL,
    address_id BIGINT NOT NULL REFERENCES addresses(id) ON DELETE CASCADE,
    PRIMARY KEY (commune_id, word, street, number_length, number, address_id)
);
-- Whether one address has a word (the query's other words), and the cascade.
CREATE INDEX address_words_by_address ON address_words (address_id, word);

CREATE TABLE address_vocabulary (
    commune_id BIGINT NOT NULL REFERENCES communes(id) ON DELETE CASCADE,
    word TEXT COLLATE "C" NOT NULL,
    addresses BIGINT NOT NULL,
    PRIMARY KEY (commune_id, word)
);

CREATE TABLE address_streets (
    commune_id BIGINT NOT NULL REFERENCES communes(id) ON DELETE CASCADE,
    street TEXT NOT NULL,
    PRIMARY KEY (commune_id, street)
);
CREATE TABLE address_street_words (
    commune_id BIGINT NOT NULL REFERENCES communes(id) ON DELETE CASCADE,
    street TEXT NOT NULL,
    word TEXT COLLATE "C" NOT NULL,
    PRIMARY KEY (commune_id, street, word)
);
-- The streets that have a word (the planner may start from the word).
CREATE INDEX address_street_words_by_word ON address_street_words (commune_id, word, street);

-- A street's addresses in result order, for the walk.
CREATE INDEX addresses_in_order ON addresses (commune_id, street, length(number), number, id);
-- The LIKE scan it served is gone.
DROP INDEX addresses_by_search_key;

INSERT INTO address_words (commune_id, word, street, number_length, number, address_id)
SELECT DISTINCT a.commune_id, w.word, a.street, length(a.number), a.number, a.id
FROM addresses a, unnest(string_to_array(a.search_key, ' ')) AS w(word)
WHERE w.word <> ''
ON CONFLICT DO NOTHING;

INSERT INTO address_vocabulary (commune_id, word, addresses)
SELECT commune_id, word, COUNT(*) FROM address_words GROUP BY commune_id, word;

INSERT INTO address_streets (commune_id, street)
SELECT DISTINCT commune_id, street FROM address_words;

INSERT INTO address_street_words (commune_id, street, word)
SELECT DISTINCT commune_id, street, word FROM address_words;
