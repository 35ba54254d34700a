-- A commune's identity on pages and letters: its name in each language (empty: the
-- official name), its postal address, contact and opening hours, and who signs its
-- letters. And the resident's name as on the letterbox, with the flat or floor, so
-- that a residence letter reaches them (the display name neighbours see may be a
-- first name only).
ALTER TABLE communes ADD COLUMN name_lb TEXT NOT NULL DEFAULT '';
ALTER TABLE communes ADD COLUMN name_de TEXT NOT NULL DEFAULT '';
ALTER TABLE communes ADD COLUMN name_fr TEXT NOT NULL DEFAULT '';
ALTER TABLE communes ADD COLUMN name_en TEXT NOT NULL DEFAULT '';
ALTER TABLE communes ADD COLUMN name_pt TEXT NOT NULL DEFAULT '';
ALTER TABLE communes ADD COLUMN postal_address TEXT NOT NULL DEFAULT '';
ALTER TABLE communes ADD COLUMN phone TEXT NOT NULL DEFAULT '';
ALTER TABLE communes ADD COLUMN contact_email TEXT NOT NULL DEFAULT '';
ALTER TABLE communes ADD COLUMN opening_hours TEXT NOT NULL DEFAULT '';
ALTER TABLE communes ADD COLUMN signatory TEXT NOT NULL DEFAULT '';
-- The header's colour, with white text on it (checked for contrast when set).
ALTER TABLE communes ADD COLUMN colour TEXT NOT NULL DEFAULT '#0b5394';
ALTER TABLE users ADD COLUMN full_name TEXT NOT NULL DEFAULT '';
ALTER TABLE users ADD COLUMN address_extra TEXT NOT NULL DEFAULT '';
