-- An event's places are counted on every request for one (under the event's lock)
-- and on its page: by event, whoever holds the place. The unique indexes of 0021 are
-- partial (accounts, guests) and serve neither count.
CREATE INDEX event_registrations_places ON event_registrations (event_id, confirmed_at);

-- A guest's places are found by address (personal data, erasure) among rows that are
-- mostly accounts': indexed over the guests' rows alone, so the planner does not take
-- the many rows without an address for one value and prefer a scan.
DROP INDEX event_registrations_by_guest;
CREATE INDEX event_registrations_by_guest ON event_registrations (guest_email, commune_id)
    WHERE guest_email IS NOT NULL;
