-- The commune's own video room (a Jitsi or BigBlueButton room's https:// address, set
-- by its admins on the commune's page): an activity online may be held there with one
-- tick instead of a link typed each time. Empty: the commune has none.
ALTER TABLE communes ADD COLUMN video_room TEXT NOT NULL DEFAULT '';
