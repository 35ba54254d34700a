-- Full-text search of the neighbourhoods' posts and their answers (SQLite FTS5).
--
-- Each index is an FTS5 table whose content is a view of the posts' (or comments')
-- text, folded as gemeng_core::search::fold folds what people type: the tokenizer
-- (unicode61 remove_diacritics 2) lowers every letter and drops accents, and the view
-- writes out the letters the tokenizer keeps as they are (ß, æ, œ, ø, ł, đ, þ, …), so
-- that "strasse" finds "Straße" and "cafe" finds "Café".
--
-- Triggers keep the indexes in step with every insert, edit and delete, whoever makes
-- them (an author's edit, a deletion that blanks the text, an erased account's
-- cascade). Hidden posts and comments stay indexed: the search reads only posts that
-- are in the reader's feed and neither hidden nor deleted, as the feed does.
-- An edit or a deletion first takes the row's old entry out, read from the view before
-- the row changes, so that exactly what was indexed is taken out.

-- The folded text, in three steps (one nesting of calls as deep as all of them
-- overflows SQLite's parser): letters written as two, letters with a stroke, then
-- other letters the tokenizer keeps.
CREATE VIEW post_search_text (id, title, body) AS
SELECT id,
    replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(title,
        'ª', 'a'), 'º', 'o'), 'Ǡ', 'a'), 'ǡ', 'a'), 'ı', 'i'), 'ĸ', 'k'),
        'ŉ', 'n'), 'Ŋ', 'n'), 'ŋ', 'n'), 'Ŀ', 'l'), 'ŀ', 'l'),
    replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(body,
        'ª', 'a'), 'º', 'o'), 'Ǡ', 'a'), 'ǡ', 'a'), 'ı', 'i'), 'ĸ', 'k'),
        'ŉ', 'n'), 'Ŋ', 'n'), 'ŋ', 'n'), 'Ŀ', 'l'), 'ŀ', 'l')
FROM (
    -- letters with a stroke
    SELECT id,
        replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(title,
            'Ø', 'o'), 'ø', 'o'), 'Ł', 'l'), 'ł', 'l'), 'Đ', 'd'), 'đ', 'd'),
            'Ð', 'd'), 'ð', 'd'), 'Ħ', 'h'), 'ħ', 'h'), 'Ŧ', 't'), 'ŧ', 't') AS title,
        replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(body,
            'Ø', 'o'), 'ø', 'o'), 'Ł', 'l'), 'ł', 'l'), 'Đ', 'd'), 'đ', 'd'),
            'Ð', 'd'), 'ð', 'd'), 'Ħ', 'h'), 'ħ', 'h'), 'Ŧ', 't'), 'ŧ', 't') AS body
    FROM (
        -- letters written as two
        SELECT id,
            replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(title,
                'ß', 'ss'), 'ẞ', 'ss'), 'æ', 'ae'), 'Æ', 'ae'), 'œ', 'oe'), 'Œ', 'oe'),
                'þ', 'th'), 'Þ', 'th'), 'ĳ', 'ij'), 'Ĳ', 'ij') AS title,
            replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(body,
                'ß', 'ss'), 'ẞ', 'ss'), 'æ', 'ae'), 'Æ', 'ae'), 'œ', 'oe'), 'Œ', 'oe'),
                'þ', 'th'), 'Þ', 'th'), 'ĳ', 'ij'), 'Ĳ', 'ij') AS body
        FROM posts
    )
);

CREATE VIRTUAL TABLE post_search USING fts5 (
    title, body,
    content = 'post_search_text', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER post_search_insert AFTER INSERT ON posts BEGIN
    INSERT INTO post_search (rowid, title, body)
    SELECT id, title, body FROM post_search_text WHERE id = new.id;
END;
CREATE TRIGGER post_search_before_update BEFORE UPDATE OF title, body ON posts BEGIN
    INSERT INTO post_search (post_search, rowid, title, body)
    SELECT 'delete', id, title, body FROM post_search_text WHERE id = old.id;
END;
CREATE TRIGGER post_search_after_update AFTER UPDATE OF title, body ON posts BEGIN
    INSERT INTO post_search (rowid, title, body)
    SELECT id, title, body FROM post_search_text WHERE id = new.id;
END;
CREATE TRIGGER post_search_delete BEFORE DELETE ON posts BEGIN
    INSERT INTO post_search (post_search, rowid, title, body)
    SELECT 'delete', id, title, body FROM post_search_text WHERE id = old.id;
END;

-- The folded text, in three steps (one nesting of calls as deep as all of them
-- overflows SQLite's parser): letters written as two, letters with a stroke, then
-- other letters the tokenizer keeps.
CREATE VIEW comment_search_text (id, body) AS
SELECT id,
    replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(body,
        'ª', 'a'), 'º', 'o'), 'Ǡ', 'a'), 'ǡ', 'a'), 'ı', 'i'), 'ĸ', 'k'),
        'ŉ', 'n'), 'Ŋ', 'n'), 'ŋ', 'n'), 'Ŀ', 'l'), 'ŀ', 'l')
FROM (
    -- letters with a stroke
    SELECT id,
        replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(body,
            'Ø', 'o'), 'ø', 'o'), 'Ł', 'l'), 'ł', 'l'), 'Đ', 'd'), 'đ', 'd'),
            'Ð', 'd'), 'ð', 'd'), 'Ħ', 'h'), 'ħ', 'h'), 'Ŧ', 't'), 'ŧ', 't') AS body
    FROM (
        -- letters written as two
        SELECT id,
            replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(body,
                'ß', 'ss'), 'ẞ', 'ss'), 'æ', 'ae'), 'Æ', 'ae'), 'œ', 'oe'), 'Œ', 'oe'),
                'þ', 'th'), 'Þ', 'th'), 'ĳ', 'ij'), 'Ĳ', 'ij') AS body
        FROM comments
    )
);

CREATE VIRTUAL TABLE comment_search USING fts5 (
    body,
    content = 'comment_search_text', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER comment_search_insert AFTER INSERT ON comments BEGIN
    INSERT INTO comment_search (rowid, body)
    SELECT id, body FROM comment_search_text WHERE id = new.id;
END;
CREATE TRIGGER comment_search_before_update BEFORE UPDATE OF body ON comments BEGIN
    INSERT INTO comment_search (comment_search, rowid, body)
    SELECT 'delete', id, body FROM comment_search_text WHERE id = old.id;
END;
CREATE TRIGGER comment_search_after_update AFTER UPDATE OF body ON comments BEGIN
    INSERT INTO comment_search (rowid, body)
    SELECT id, body FROM comment_search_text WHERE id = new.id;
END;
CREATE TRIGGER comment_search_delete BEFORE DELETE ON comments BEGIN
    INSERT INTO comment_search (comment_search, rowid, body)
    SELECT 'delete', id, body FROM comment_search_text WHERE id = old.id;
END;

-- What was written before this migration.
INSERT INTO post_search (post_search) VALUES ('rebuild');
INSERT INTO comment_search (comment_search) VALUES ('rebuild');
