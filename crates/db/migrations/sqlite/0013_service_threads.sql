-- Threads between residents and the commune's services (PRODUCT.md C3). A commune
-- keeps a list of services (social office, seniors, integration…), each named in one
-- or more of the five languages; a service is archived, not deleted, so its threads
-- keep their service.
CREATE TABLE commune_services (
    id INTEGER PRIMARY KEY,
    commune_id BIGINT NOT NULL REFERENCES communes(id) ON DELETE CASCADE,
    position BIGINT NOT NULL,
    archived_at BIGINT,
    created_at BIGINT NOT NULL
);
CREATE INDEX commune_services_by_commune ON commune_services (commune_id, position, id);

CREATE TABLE commune_service_names (
    service_id BIGINT NOT NULL REFERENCES commune_services(id) ON DELETE CASCADE,
    language TEXT NOT NULL CHECK (language IN ('lb', 'de', 'fr', 'en', 'pt')),
    name TEXT NOT NULL,
    description TEXT NOT NULL,
    PRIMARY KEY (service_id, language)
);

-- One resident's thread with one service. `state` and `waiting_since` follow
-- `gemeng_core::service_threads::Standing`: waiting (with the time of the first word
-- not yet answered), answered, or closed. `resident_unread` counts the service's
-- messages the resident has not opened yet.
CREATE TABLE service_threads (
    id INTEGER PRIMARY KEY,
    commune_id BIGINT NOT NULL REFERENCES communes(id) ON DELETE CASCADE,
    service_id BIGINT NOT NULL REFERENCES commune_services(id) ON DELETE CASCADE,
    resident_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    subject TEXT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('waiting', 'answered', 'closed')),
    waiting_since BIGINT,
    assigned_to BIGINT REFERENCES users(id) ON DELETE SET NULL,
    resident_unread BIGINT NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL,
    last_at BIGINT NOT NULL,
    closed_at BIGINT,
    request_key TEXT NOT NULL,
    CHECK ((state = 'waiting') = (waiting_since IS NOT NULL))
);
CREATE UNIQUE INDEX service_threads_request ON service_threads (resident_id, request_key);
-- Staff's queue: a commune's threads by state, the longest waiting first.
CREATE INDEX service_threads_queue ON service_threads (commune_id, state, waiting_since, id);
CREATE INDEX service_threads_by_resident ON service_threads (resident_id, last_at, id);
CREATE INDEX service_threads_assigned ON service_threads (assigned_to) WHERE assigned_to IS NOT NULL;

-- The messages of a thread. `from_staff` says whether it is the service's answer;
-- the author may be gone (a colleague who left), the answer stays.
CREATE TABLE service_messages (
    id INTEGER PRIMARY KEY,
    thread_id BIGINT NOT NULL REFERENCES service_threads(id) ON DELETE CASCADE,
    author_id BIGINT REFERENCES users(id) ON DELETE SET NULL,
    from_staff BIGINT NOT NULL CHECK (from_staff IN (0, 1)),
    body TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    request_key TEXT NOT NULL
);
CREATE UNIQUE INDEX service_messages_request ON service_messages (author_id, request_key);
CREATE INDEX service_messages_by_thread ON service_messages (thread_id, id);
