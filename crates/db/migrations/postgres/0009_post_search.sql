-- Full-text search of the neighbourhoods' posts and their answers (PostgreSQL).
--
-- Each post and comment carries its text as a tsvector of the `simple` configuration
-- (no stemming, no stop words: one index serves Luxembourgish, German, French and
-- Portuguese alike), over its text folded by gemeng_fold, which is
-- gemeng_core::search::fold in SQL: accents and the like removed, ß, æ, œ, þ, ĳ written
-- out, combining marks dropped, ASCII lowered (to_tsvector lowers the rest). It is
-- plain SQL, immutable and needs no extension, so a generated column may use it; a
-- storage test proves it folds every letter as the core does.
--
-- Generated columns keep the vectors in step with every insert, edit and delete, and
-- adding them computes the vectors of what was written before. Hidden posts and
-- comments stay indexed: the search reads only posts that are in the reader's feed and
-- neither hidden nor deleted, as the feed does.

CREATE FUNCTION gemeng_fold(text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$
SELECT replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(regexp_replace(translate($1,
    'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
    'ªÀÁÂÃÄÅàáâãäåĀāĂăĄąǍǎǞǟǠǡǺǻȀȁȂȃȦȧḀḁẠạẢảẤấẦầẨẩẪẫẬậẮắẰằẲẳẴẵẶặ'
    'ḂḃḄḅḆḇ'
    'ÇçĆćĈĉĊċČčḈḉ'
    'ÐðĎďĐđḊḋḌḍḎḏḐḑḒḓ'
    'ÈÉÊËèéêëĒēĔĕĖėĘęĚěȄȅȆȇȨȩḔḕḖḗḘḙḚḛḜḝẸẹẺẻẼẽẾếỀềỂểỄễỆệ'
    'Ḟḟ'
    'ĜĝĞğĠġĢģǦǧǴǵḠḡ'
    'ĤĥĦħȞȟḢḣḤḥḦḧḨḩḪḫẖ'
    'ÌÍÎÏìíîïĨĩĪīĬĭĮįİıǏǐȈȉȊȋḬḭḮḯỈỉỊị'
    'Ĵĵǰ'
    'ĶķĸǨǩḰḱḲḳḴḵ'
    'ĹĺĻļĽľĿŀŁłḶḷḸḹḺḻḼḽ'
    'ḾḿṀṁṂṃ'
    'ÑñŃńŅņŇňŉŊŋǸǹṄṅṆṇṈṉṊṋ'
    'ºÒÓÔÕÖØòóôõöøŌōŎŏŐőƠơǑǒǪǫǬǭȌȍȎȏȪȫȬȭȮȯȰȱṌṍṎṏṐṑṒṓỌọỎỏỐốỒồỔổỖỗỘộỚớỜờỞởỠỡỢợ'
    'ṔṕṖṗ'
    'ŔŕŖŗŘřȐȑȒȓṘṙṚṛṜṝṞṟ'
    'ŚśŜŝŞşŠšſȘșṠṡṢṣṤṥṦṧṨṩ'
    'ŢţŤťŦŧȚțṪṫṬṭṮṯṰṱẗ'
    'ÙÚÛÜùúûüŨũŪūŬŭŮůŰűŲųƯưǓǔǕǖǗǘǙǚǛǜȔȕȖȗṲṳṴṵṶṷṸṹṺṻỤụỦủỨứỪừỬửỮữỰự'
    'ṼṽṾṿ'
    'ŴŵẀẁẂẃẄẅẆẇẈẉẘ'
    'ẊẋẌẍ'
    'ÝýÿŶŷŸȲȳẎẏẙỲỳỴỵỶỷỸỹ'
    'ŹźŻżŽžẐẑẒẓẔẕ',
    'abcdefghijklmnopqrstuvwxyz'
    'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa'
    'bbbbbb'
    'cccccccccccc'
    'dddddddddddddddd'
    'eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee'
    'ff'
    'gggggggggggggg'
    'hhhhhhhhhhhhhhhhh'
    'iiiiiiiiiiiiiiiiiiiiiiiiiiiiiiii'
    'jjj'
    'kkkkkkkkkkk'
    'llllllllllllllllll'
    'mmmmmm'
    'nnnnnnnnnnnnnnnnnnnnn'
    'ooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooo'
    'pppp'
    'rrrrrrrrrrrrrrrrrr'
    'sssssssssssssssssssss'
    'ttttttttttttttttt'
    'uuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuu'
    'vvvv'
    'wwwwwwwwwwwww'
    'xxxx'
    'yyyyyyyyyyyyyyyyyyy'
    'zzzzzzzzzzzz'),
    E'[\u0300-\u036F]', '', 'g'),
    'ß', 'ss'),
    'ẞ', 'ss'),
    'æ', 'ae'),
    'Æ', 'ae'),
    'œ', 'oe'),
    'Œ', 'oe'),
    'þ', 'th'),
    'Þ', 'th'),
    'ĳ', 'ij'),
    'Ĳ', 'ij')
$$;

-- The title weighs more than the text (A over B in ts_rank).
ALTER TABLE posts ADD COLUMN search tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('simple'::regconfig, gemeng_fold(title)), 'A')
    || setweight(to_tsvector('simple'::regconfig, gemeng_fold(body)), 'B')
) STORED;
CREATE INDEX posts_search ON posts USING gin (search);

ALTER TABLE comments ADD COLUMN search tsvector GENERATED ALWAYS AS (
    to_tsvector('simple'::regconfig, gemeng_fold(body))
) STORED;
CREATE INDEX comments_search ON comments USING gin (search);
