-- A neighbourhood's activities are in its feed among the posts (and in the feeds next
-- door for an adjacent audience), at the time they were published: new ones are put
-- there when created (gemeng_db::activities::add_to_feeds); these rows are for the
-- activities created before. item_kind 'activity' keeps them out of a feed filtered by
-- a post's kind.
INSERT INTO feed_entries (neighbourhood_id, at, item_type, item_id, item_kind, author_id)
SELECT a.neighbourhood_id, a.created_at, 'activity', a.id, 'activity', COALESCE(a.organiser_id, 0)
FROM activities a
WHERE a.audience IN ('neighbourhood', 'adjacent') AND a.neighbourhood_id IS NOT NULL
UNION ALL
SELECT adj.adjacent_id, a.created_at, 'activity', a.id, 'activity', COALESCE(a.organiser_id, 0)
FROM activities a JOIN neighbourhood_adjacency adj ON adj.neighbourhood_id = a.neighbourhood_id
WHERE a.audience = 'adjacent'
ON CONFLICT (neighbourhood_id, item_type, item_id) DO NOTHING;
