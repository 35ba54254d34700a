-- The time bank (PRODUCT.md C4): a double-entry ledger of minutes. Every transfer is
-- immutable and moves an amount from one ledger account to another; corrections are
-- reversing transfers. Each account's `balance` is a cache of the sum of its
-- transfers, written in the same transaction as each transfer (the accounts locked),
-- and `gemeng_db::timebank::audit` proves it equal to the derivation.

-- A commune's time bank and its coordinator's rules (see `gemeng_core::ledger::Rules`).
CREATE TABLE timebanks (
    commune_id BIGINT PRIMARY KEY REFERENCES communes(id) ON DELETE CASCADE,
    credit_limit BIGINT NOT NULL,
    upper_limit BIGINT,
    welcome_credit BIGINT NOT NULL,
    proposal_ttl BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);

-- Ledger accounts: one the commune's own (it issues welcome credit), one per member.
-- An erased member's account stays, detached from the person, so that the ledger
-- still balances for everyone they exchanged with.
CREATE TABLE timebank_accounts (
    id INTEGER PRIMARY KEY,
    commune_id BIGINT NOT NULL REFERENCES communes(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('commune', 'member')),
    user_id BIGINT UNIQUE REFERENCES users(id) ON DELETE SET NULL,
    balance BIGINT NOT NULL DEFAULT 0,
    opened_at BIGINT NOT NULL
);
CREATE UNIQUE INDEX timebank_accounts_commune ON timebank_accounts (commune_id) WHERE kind = 'commune';

-- Offers and requests of services or goods, commune-wide, with an indicative value.
CREATE TABLE timebank_listings (
    id INTEGER PRIMARY KEY,
    commune_id BIGINT NOT NULL REFERENCES communes(id) ON DELETE CASCADE,
    author_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('offer', 'request')),
    category TEXT NOT NULL,
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    body_html TEXT NOT NULL,
    minutes BIGINT CHECK (minutes IS NULL OR (minutes > 0 AND minutes <= 6000)),
    -- Title and text folded as searches are (`gemeng_core::search::fold`): a commune's
    -- few thousand offers are searched by their words without an index of their own.
    search_text TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT,
    closed_at BIGINT,
    request_key TEXT NOT NULL,
    UNIQUE (author_id, request_key)
);
CREATE INDEX timebank_listings_open ON timebank_listings (commune_id, id) WHERE closed_at IS NULL;

-- An exchange one party proposed, waiting for the other's confirmation. Expiry is
-- read from `expires_at`: a pending proposal past it is expired.
CREATE TABLE timebank_proposals (
    id INTEGER PRIMARY KEY,
    commune_id BIGINT NOT NULL REFERENCES communes(id) ON DELETE CASCADE,
    proposer BIGINT NOT NULL REFERENCES timebank_accounts(id),
    counterpart BIGINT NOT NULL REFERENCES timebank_accounts(id),
    payer BIGINT NOT NULL REFERENCES timebank_accounts(id),
    payee BIGINT NOT NULL REFERENCES timebank_accounts(id),
    amount BIGINT NOT NULL CHECK (amount > 0 AND amount <= 6000),
    memo TEXT NOT NULL,
    category TEXT NOT NULL,
    listing_id BIGINT REFERENCES timebank_listings(id) ON DELETE SET NULL,
    state TEXT NOT NULL CHECK (state IN ('pending', 'confirmed', 'declined', 'cancelled')),
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    -- Who answered (confirmed, declined or cancelled) and the key they sent, so a
    -- retried answer returns the first result.
    answered_at BIGINT,
    answered_by BIGINT REFERENCES timebank_accounts(id),
    answer_key TEXT,
    request_key TEXT NOT NULL,
    UNIQUE (proposer, request_key),
    CHECK (proposer <> counterpart),
    CHECK ((payer = proposer AND payee = counterpart) OR (payer = counterpart AND payee = proposer))
);
CREATE INDEX timebank_proposals_proposer ON timebank_proposals (proposer, id);
CREATE INDEX timebank_proposals_counterpart ON timebank_proposals (counterpart, id);

-- The ledger. `request_key` is the idempotency key of whoever asked for the transfer
-- (`requested_by`, a ledger account): the same key again returns the first transfer.
-- A proposal settles at most once, a transfer is reversed at most once.
CREATE TABLE timebank_transfers (
    id INTEGER PRIMARY KEY,
    commune_id BIGINT NOT NULL REFERENCES communes(id) ON DELETE CASCADE,
    from_account BIGINT NOT NULL REFERENCES timebank_accounts(id),
    to_account BIGINT NOT NULL REFERENCES timebank_accounts(id),
    amount BIGINT NOT NULL CHECK (amount > 0 AND amount <= 6000),
    kind TEXT NOT NULL CHECK (kind IN ('exchange', 'counter', 'gift', 'welcome', 'reversal')),
    proposal_id BIGINT UNIQUE REFERENCES timebank_proposals(id),
    reverses BIGINT UNIQUE REFERENCES timebank_transfers(id),
    memo TEXT NOT NULL,
    category TEXT NOT NULL,
    requested_by BIGINT NOT NULL REFERENCES timebank_accounts(id),
    -- Staff who recorded it at the counter or reversed it (detached when erased).
    recorded_by BIGINT REFERENCES users(id) ON DELETE SET NULL,
    request_key TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    UNIQUE (requested_by, request_key),
    CHECK (from_account <> to_account),
    CHECK ((kind = 'exchange') = (proposal_id IS NOT NULL)),
    CHECK ((kind = 'reversal') = (reverses IS NOT NULL))
);
CREATE INDEX timebank_transfers_from ON timebank_transfers (from_account, id);
CREATE INDEX timebank_transfers_to ON timebank_transfers (to_account, id);
CREATE INDEX timebank_transfers_commune ON timebank_transfers (commune_id, id);
