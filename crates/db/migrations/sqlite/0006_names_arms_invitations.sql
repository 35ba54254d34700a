-- The article each language's name of the commune takes ("la Ville de Luxembourg",
-- "a Cidade do Luxemburgo"): messages contract a preposition with it ("à la Ville",
-- "à Cidade"). Keys are listed by gemeng_core::commune_name::articles.
ALTER TABLE communes ADD COLUMN article_lb TEXT NOT NULL DEFAULT 'none';
ALTER TABLE communes ADD COLUMN article_de TEXT NOT NULL DEFAULT 'none';
ALTER TABLE communes ADD COLUMN article_fr TEXT NOT NULL DEFAULT 'none';
ALTER TABLE communes ADD COLUMN article_en TEXT NOT NULL DEFAULT 'none';
ALTER TABLE communes ADD COLUMN article_pt TEXT NOT NULL DEFAULT 'none';
-- The coat of arms an admin uploaded, re-encoded as a small PNG (at most 192 px a
-- side, a few kilobytes): kept with the commune so every instance serves the same one
-- and a backup holds it. arms_version names the image in its URL, so browsers keep it
-- until it changes; empty when there is none.
ALTER TABLE communes ADD COLUMN arms BLOB;
ALTER TABLE communes ADD COLUMN arms_version TEXT NOT NULL DEFAULT '';
-- An open invitation's code, so that its inviter can read it again until a neighbour
-- uses it (then it is cleared). Letters' codes stay only hashed: they are printed once.
ALTER TABLE residence_codes ADD COLUMN invitation_code TEXT;
-- The latest letters of a commune, to tell a new resident how long theirs usually takes.
CREATE INDEX residence_codes_by_commune_kind ON residence_codes (commune_id, kind, created_at);
