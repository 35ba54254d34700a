-- A guest's pass to an event day (issue 11): confirming a place by the mailed link
-- gives the browser a secret, kept in a cookie for the event's pages only; it lets
-- the guest into the lounge, the stands' questions and private chats without an
-- account. SHA-256 of the secret; it lapses with the place.
ALTER TABLE event_registrations ADD COLUMN pass_hash TEXT;
CREATE UNIQUE INDEX event_registrations_pass ON event_registrations (pass_hash)
    WHERE pass_hash IS NOT NULL;
