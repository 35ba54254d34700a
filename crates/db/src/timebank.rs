//! The time bank's storage: rules, ledger accounts, proposals and the ledger itself
//! (`timebank_transfers`), on both engines. The decisions are `gemeng_core::ledger`'s;
//! the server's ledger writer calls these functions inside one transaction per batch
//! of actions, with the accounts concerned locked first ([`lock_balances`]).
//!
//! A ledger account's `balance` caches the sum of its transfers: [`insert_transfer`]
//! writes the transfer and both balances in the same transaction, and [`audit`]
//! derives every balance again from the transfers to prove the cache right.

use std::collections::BTreeMap;

use gemeng_core::ledger::{Minutes, Rules};
use serde::Serialize;

use crate::posts::Stored;
use crate::tx::{Engine, Tx};
use crate::{with_pool, with_tx, Db, DbResult};

/// A ledger account: the commune's own (`user_id` none, `kind` "commune") or a
/// member's (`user_id` none once the member's personal data was erased).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, sqlx::FromRow)]
pub struct LedgerAccount {
    pub id: i64,
    pub commune_id: i64,
    pub kind: String,
    pub user_id: Option<i64>,
    pub balance: Minutes,
    pub opened_at: i64,
}

impl LedgerAccount {
    pub fn is_commune(&self) -> bool {
        self.kind == "commune"
    }
}

const ACCOUNT_COLUMNS: &str = "id, commune_id, kind, user_id, balance, opened_at";

#[derive(sqlx::FromRow)]
struct RulesRow {
    credit_limit: i64,
    upper_limit: Option<i64>,
    welcome_credit: i64,
    proposal_ttl: i64,
}

impl From<RulesRow> for Rules {
    fn from(r: RulesRow) -> Rules {
        Rules {
            credit_limit: r.credit_limit,
            upper_limit: r.upper_limit,
            welcome_credit: r.welcome_credit,
            proposal_ttl: r.proposal_ttl,
        }
    }
}

const RULES_COLUMNS: &str = "credit_limit, upper_limit, welcome_credit, proposal_ttl";

/// The commune's rules, if its time bank is open (read outside any transaction).
pub async fn rules(db: &Db, commune_id: i64) -> DbResult<Option<Rules>> {
    let sql = format!("SELECT {RULES_COLUMNS} FROM timebanks WHERE commune_id = $1");
    let row: Option<RulesRow> = with_pool!(db.reader(), |pool| sqlx::query_as(&sql)
        .bind(commune_id)
        .fetch_optional(pool)
        .await?);
    Ok(row.map(Rules::from))
}

/// Opens the commune's time bank if it is not open yet (default rules, the
/// commune's own account), and returns its rules as this transaction sees them.
/// On PostgreSQL the rules row stays locked until the transaction ends (`FOR
/// SHARE`), so a coordinator's change waits for transfers checked against the old
/// rules to commit.
pub async fn open(tx: &mut Tx, commune_id: i64, now: i64) -> DbResult<Rules> {
    let defaults = Rules::default();
    let lock = on_postgres(tx, " FOR SHARE");
    let sql = format!("SELECT {RULES_COLUMNS} FROM timebanks WHERE commune_id = $1{lock}");
    with_tx!(tx, |conn| {
        if let Some(row) = sqlx::query_as::<_, RulesRow>(&sql)
            .bind(commune_id)
            .fetch_optional(&mut *conn)
            .await?
        {
            return Ok(row.into());
        }
        sqlx::query(
            "INSERT INTO timebanks (commune_id, credit_limit, upper_limit, welcome_credit, proposal_ttl, updated_at)
             VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (commune_id) DO NOTHING",
        )
        .bind(commune_id)
        .bind(defaults.credit_limit)
        .bind(defaults.upper_limit)
        .bind(defaults.welcome_credit)
        .bind(defaults.proposal_ttl)
        .bind(now)
        .execute(&mut *conn)
        .await?;
        sqlx::query(
            "INSERT INTO timebank_accounts (commune_id, kind, balance, opened_at)
             VALUES ($1, 'commune', 0, $2) ON CONFLICT DO NOTHING",
        )
        .bind(commune_id)
        .bind(now)
        .execute(&mut *conn)
        .await?;
        let row: RulesRow = sqlx::query_as(&sql)
            .bind(commune_id)
            .fetch_one(&mut *conn)
            .await?;
        Ok(row.into())
    })
}

/// Writes the coordinator's rules (already checked by `gemeng_core::ledger::check_rules`).
pub async fn set_rules(tx: &mut Tx, commune_id: i64, rules: &Rules, now: i64) -> DbResult<()> {
    open(tx, commune_id, now).await?;
    with_tx!(tx, |conn| sqlx::query(
        "UPDATE timebanks SET credit_limit = $1, upper_limit = $2, welcome_credit = $3,
             proposal_ttl = $4, updated_at = $5 WHERE commune_id = $6",
    )
    .bind(rules.credit_limit)
    .bind(rules.upper_limit)
    .bind(rules.welcome_credit)
    .bind(rules.proposal_ttl)
    .bind(now)
    .bind(commune_id)
    .execute(&mut *conn)
    .await
    .map(|_| ())?);
    Ok(())
}

/// The commune's own account (its time bank open).
pub async fn commune_account(tx: &mut Tx, commune_id: i64) -> DbResult<i64> {
    Ok(with_tx!(tx, |conn| sqlx::query_scalar(
        "SELECT id FROM timebank_accounts WHERE commune_id = $1 AND kind = 'commune'"
    )
    .bind(commune_id)
    .fetch_one(&mut *conn)
    .await?))
}

/// The ledger account of `user_id`, if they joined (read outside any transaction).
pub async fn account_of(db: &Db, user_id: i64) -> DbResult<Option<LedgerAccount>> {
    let sql = format!("SELECT {ACCOUNT_COLUMNS} FROM timebank_accounts WHERE user_id = $1");
    Ok(with_pool!(db.reader(), |pool| sqlx::query_as(&sql)
        .bind(user_id)
        .fetch_optional(pool)
        .await?))
}

/// `clause` (a row lock) on PostgreSQL; nothing on SQLite, whose `BEGIN IMMEDIATE`
/// already holds the only write lock.
fn on_postgres(tx: &Tx, clause: &'static str) -> &'static str {
    match tx.engine {
        Engine::Postgres(_) => clause,
        Engine::Sqlite(_) => "",
    }
}

/// `$first, $first+1, …`: `n` numbered placeholders for an `IN (…)` list.
fn placeholders(first: usize, n: usize) -> String {
    (first..first + n)
        .map(|i| format!("${i}"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The member accounts of `user_ids` (in any commune), locked for the rest of the
/// transaction on PostgreSQL in id order, as two writers locking the same accounts
/// must: what the ledger writer reads once for a whole batch.
pub async fn lock_accounts_of(tx: &mut Tx, user_ids: &[i64]) -> DbResult<Vec<LedgerAccount>> {
    if user_ids.is_empty() {
        return Ok(Vec::new());
    }
    let lock = on_postgres(tx, " FOR UPDATE");
    let sql = format!(
        "SELECT {ACCOUNT_COLUMNS} FROM timebank_accounts WHERE user_id IN ({}) ORDER BY id{lock}",
        placeholders(1, user_ids.len())
    );
    Ok(with_tx!(tx, |conn| {
        let mut query = sqlx::query_as(&sql);
        for id in user_ids {
            query = query.bind(*id);
        }
        query.fetch_all(&mut *conn).await?
    }))
}

/// The ledger account of `user_id` in commune `commune_id`, as this transaction sees it.
pub async fn account_in(
    tx: &mut Tx,
    commune_id: i64,
    user_id: i64,
) -> DbResult<Option<LedgerAccount>> {
    let sql = format!(
        "SELECT {ACCOUNT_COLUMNS} FROM timebank_accounts WHERE user_id = $1 AND commune_id = $2"
    );
    Ok(with_tx!(tx, |conn| sqlx::query_as(&sql)
        .bind(user_id)
        .bind(commune_id)
        .fetch_optional(&mut *conn)
        .await?))
}

/// Opens the member account of `user_id`; `Again` if they had one.
pub async fn open_member_account(
    tx: &mut Tx,
    commune_id: i64,
    user_id: i64,
    now: i64,
) -> DbResult<Stored> {
    with_tx!(tx, |conn| {
        let inserted: Option<i64> = sqlx::query_scalar(
            "INSERT INTO timebank_accounts (commune_id, kind, user_id, balance, opened_at)
             VALUES ($1, 'member', $2, 0, $3) ON CONFLICT (user_id) DO NOTHING RETURNING id",
        )
        .bind(commune_id)
        .bind(user_id)
        .bind(now)
        .fetch_optional(&mut *conn)
        .await?;
        match inserted {
            Some(id) => Ok(Stored::New(id)),
            None => {
                let id: i64 =
                    sqlx::query_scalar("SELECT id FROM timebank_accounts WHERE user_id = $1")
                        .bind(user_id)
                        .fetch_one(&mut *conn)
                        .await?;
                Ok(Stored::Again(id))
            }
        }
    })
}

/// Locks ledger accounts `ids` for the rest of the transaction and returns their
/// balances. PostgreSQL locks the rows in id order, so two transactions locking the
/// same pair cannot deadlock; SQLite's `BEGIN IMMEDIATE` already holds the only
/// write lock. Accounts of another commune are left out.
pub async fn lock_balances(
    tx: &mut Tx,
    commune_id: i64,
    ids: &[i64],
) -> DbResult<BTreeMap<i64, Minutes>> {
    let mut sorted = ids.to_vec();
    sorted.sort_unstable();
    sorted.dedup();
    let lock = on_postgres(tx, " FOR UPDATE");
    if sorted.is_empty() {
        return Ok(BTreeMap::new());
    }
    // One statement: PostgreSQL locks the rows as the sort returns them, in id order.
    let sql = format!(
        "SELECT id, balance FROM timebank_accounts WHERE commune_id = $1 AND id IN ({}) ORDER BY id{lock}",
        placeholders(2, sorted.len())
    );
    let rows: Vec<(i64, Minutes)> = with_tx!(tx, |conn| {
        let mut query = sqlx::query_as(&sql).bind(commune_id);
        for id in &sorted {
            query = query.bind(*id);
        }
        query.fetch_all(&mut *conn).await?
    });
    Ok(rows.into_iter().collect())
}

/// A transfer to write (its rules checked by the caller, the accounts locked).
#[derive(Debug, Clone)]
pub struct NewTransfer<'a> {
    pub commune_id: i64,
    pub from: i64,
    pub to: i64,
    pub amount: Minutes,
    /// exchange, counter, gift, welcome or reversal.
    pub kind: &'static str,
    pub proposal_id: Option<i64>,
    pub reverses: Option<i64>,
    pub memo: &'a str,
    pub category: &'a str,
    pub requested_by: i64,
    pub recorded_by: Option<i64>,
    pub request_key: &'a str,
    pub at: i64,
}

/// A transfer as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, sqlx::FromRow)]
pub struct Transfer {
    pub id: i64,
    pub commune_id: i64,
    pub from_account: i64,
    pub to_account: i64,
    pub amount: Minutes,
    pub kind: String,
    pub proposal_id: Option<i64>,
    pub reverses: Option<i64>,
    pub memo: String,
    pub category: String,
    pub requested_by: i64,
    pub recorded_by: Option<i64>,
    pub created_at: i64,
}

const TRANSFER_COLUMNS: &str = "id, commune_id, from_account, to_account, amount, kind, \
    proposal_id, reverses, memo, category, requested_by, recorded_by, created_at";

/// Writes a transfer and moves both cached balances by its amount (the two accounts
/// are distinct: a transfer to oneself is refused by the rules). One statement on
/// PostgreSQL, where each is a round trip; two on SQLite.
pub async fn insert_transfer(tx: &mut Tx, t: &NewTransfer<'_>) -> DbResult<i64> {
    const INSERT: &str = "INSERT INTO timebank_transfers (commune_id, from_account, to_account,
             amount, kind, proposal_id, reverses, memo, category, requested_by, recorded_by,
             request_key, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING id";
    const MOVE: &str = "UPDATE timebank_accounts
         SET balance = balance + CASE WHEN id = $2 THEN -$4 ELSE $4 END WHERE id IN ($2, $3)";
    let sql = match tx.engine {
        Engine::Postgres(_) => format!("WITH moved AS ({MOVE}) {INSERT}"),
        Engine::Sqlite(_) => INSERT.to_string(),
    };
    let is_sqlite = matches!(tx.engine, Engine::Sqlite(_));
    with_tx!(tx, |conn| {
        let id: i64 = sqlx::query_scalar(&sql)
            .bind(t.commune_id)
            .bind(t.from)
            .bind(t.to)
            .bind(t.amount)
            .bind(t.kind)
            .bind(t.proposal_id)
            .bind(t.reverses)
            .bind(t.memo)
            .bind(t.category)
            .bind(t.requested_by)
            .bind(t.recorded_by)
            .bind(t.request_key)
            .bind(t.at)
            .fetch_one(&mut *conn)
            .await?;
        if is_sqlite {
            // The same numbered parameters as in the insert ($1 unused).
            sqlx::query(MOVE)
                .bind(t.commune_id)
                .bind(t.from)
                .bind(t.to)
                .bind(t.amount)
                .execute(&mut *conn)
                .await?;
        }
        Ok(id)
    })
}

impl NewTransfer<'_> {
    /// The transfer as [`insert_transfer`] stored it under `id`.
    pub fn stored(&self, id: i64) -> Transfer {
        Transfer {
            id,
            commune_id: self.commune_id,
            from_account: self.from,
            to_account: self.to,
            amount: self.amount,
            kind: self.kind.to_string(),
            proposal_id: self.proposal_id,
            reverses: self.reverses,
            memo: self.memo.to_string(),
            category: self.category.to_string(),
            requested_by: self.requested_by,
            recorded_by: self.recorded_by,
            created_at: self.at,
        }
    }
}

/// A transfer with the key it was requested with.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct KeyedTransfer {
    pub request_key: String,
    #[sqlx(flatten)]
    pub transfer: Transfer,
}

/// The transfers asked for by each `(requested_by, key)` of `pairs`, for the ledger
/// writer to read once per batch. (Both lists go to the index on `(requested_by,
/// request_key)`; the few rows pairing one requester with another's key are left out.)
pub async fn transfers_by_keys(tx: &mut Tx, pairs: &[(i64, &str)]) -> DbResult<Vec<KeyedTransfer>> {
    if pairs.is_empty() {
        return Ok(Vec::new());
    }
    let sql = format!(
        "SELECT request_key, {TRANSFER_COLUMNS} FROM timebank_transfers
         WHERE requested_by IN ({}) AND request_key IN ({})",
        placeholders(1, pairs.len()),
        placeholders(1 + pairs.len(), pairs.len())
    );
    let rows: Vec<KeyedTransfer> = with_tx!(tx, |conn| {
        let mut query = sqlx::query_as(&sql);
        for (requester, _) in pairs {
            query = query.bind(*requester);
        }
        for (_, key) in pairs {
            query = query.bind(*key);
        }
        query.fetch_all(&mut *conn).await?
    });
    Ok(rows
        .into_iter()
        .filter(|row| pairs.contains(&(row.transfer.requested_by, row.request_key.as_str())))
        .collect())
}

/// The transfer `requested_by` asked for with `key`, if any.
pub async fn transfer_by_key(
    tx: &mut Tx,
    requested_by: i64,
    key: &str,
) -> DbResult<Option<Transfer>> {
    let sql = format!(
        "SELECT {TRANSFER_COLUMNS} FROM timebank_transfers WHERE requested_by = $1 AND request_key = $2"
    );
    Ok(with_tx!(tx, |conn| sqlx::query_as(&sql)
        .bind(requested_by)
        .bind(key)
        .fetch_optional(&mut *conn)
        .await?))
}

/// Transfer `id` of commune `commune_id`, with the id of its reversal if it has one.
pub async fn transfer_in(
    tx: &mut Tx,
    commune_id: i64,
    id: i64,
) -> DbResult<Option<(Transfer, Option<i64>)>> {
    let sql = format!(
        "SELECT {TRANSFER_COLUMNS} FROM timebank_transfers WHERE id = $1 AND commune_id = $2"
    );
    with_tx!(tx, |conn| {
        let Some(transfer) = sqlx::query_as::<_, Transfer>(&sql)
            .bind(id)
            .bind(commune_id)
            .fetch_optional(&mut *conn)
            .await?
        else {
            return Ok(None);
        };
        let reversal: Option<i64> =
            sqlx::query_scalar("SELECT id FROM timebank_transfers WHERE reverses = $1")
                .bind(id)
                .fetch_optional(&mut *conn)
                .await?;
        Ok(Some((transfer, reversal)))
    })
}

/// A proposal to store (checked by `gemeng_core::ledger::propose`).
#[derive(Debug, Clone)]
pub struct NewProposal<'a> {
    pub commune_id: i64,
    pub proposer: i64,
    pub counterpart: i64,
    pub payer: i64,
    pub payee: i64,
    pub amount: Minutes,
    pub memo: &'a str,
    pub category: &'a str,
    pub listing_id: Option<i64>,
    pub expires_at: i64,
    pub request_key: &'a str,
    pub at: i64,
}

impl NewProposal<'_> {
    /// The proposal as [`insert_proposal`] stored it under `id`: pending, unanswered.
    pub fn stored(&self, id: i64) -> Proposal {
        Proposal {
            id,
            commune_id: self.commune_id,
            proposer: self.proposer,
            counterpart: self.counterpart,
            payer: self.payer,
            payee: self.payee,
            amount: self.amount,
            memo: self.memo.to_string(),
            category: self.category.to_string(),
            listing_id: self.listing_id,
            state: "pending".to_string(),
            created_at: self.at,
            expires_at: self.expires_at,
            answered_at: None,
            answered_by: None,
            answer_key: None,
        }
    }
}

/// A proposal as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, sqlx::FromRow)]
pub struct Proposal {
    pub id: i64,
    pub commune_id: i64,
    pub proposer: i64,
    pub counterpart: i64,
    pub payer: i64,
    pub payee: i64,
    pub amount: Minutes,
    pub memo: String,
    pub category: String,
    pub listing_id: Option<i64>,
    /// pending, confirmed, declined or cancelled (a pending one past `expires_at`
    /// is expired).
    pub state: String,
    pub created_at: i64,
    pub expires_at: i64,
    pub answered_at: Option<i64>,
    pub answered_by: Option<i64>,
    pub answer_key: Option<String>,
}

const PROPOSAL_COLUMNS: &str = "id, commune_id, proposer, counterpart, payer, payee, amount, \
    memo, category, listing_id, state, created_at, expires_at, answered_at, answered_by, answer_key";

/// Stores a proposal; the same proposer's key again returns the first one.
pub async fn insert_proposal(tx: &mut Tx, p: &NewProposal<'_>) -> DbResult<Stored> {
    with_tx!(tx, |conn| {
        let inserted: Option<i64> = sqlx::query_scalar(
            "INSERT INTO timebank_proposals (commune_id, proposer, counterpart, payer, payee, amount,
                 memo, category, listing_id, state, created_at, expires_at, request_key)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'pending', $10, $11, $12)
             ON CONFLICT (proposer, request_key) DO NOTHING RETURNING id",
        )
        .bind(p.commune_id)
        .bind(p.proposer)
        .bind(p.counterpart)
        .bind(p.payer)
        .bind(p.payee)
        .bind(p.amount)
        .bind(p.memo)
        .bind(p.category)
        .bind(p.listing_id)
        .bind(p.at)
        .bind(p.expires_at)
        .bind(p.request_key)
        .fetch_optional(&mut *conn)
        .await?;
        match inserted {
            Some(id) => Ok(Stored::New(id)),
            None => {
                let id: i64 = sqlx::query_scalar(
                    "SELECT id FROM timebank_proposals WHERE proposer = $1 AND request_key = $2",
                )
                .bind(p.proposer)
                .bind(p.request_key)
                .fetch_one(&mut *conn)
                .await?;
                Ok(Stored::Again(id))
            }
        }
    })
}

/// Proposal `id` of commune `commune_id`, locked for the rest of the transaction on
/// PostgreSQL (SQLite's writer holds the only write lock).
/// Proposals `ids` (of any commune), locked for the rest of the transaction on
/// PostgreSQL, for the ledger writer to read once per batch.
pub async fn proposals_for_update(tx: &mut Tx, ids: &[i64]) -> DbResult<Vec<Proposal>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let lock = on_postgres(tx, " FOR UPDATE");
    let sql = format!(
        "SELECT {PROPOSAL_COLUMNS} FROM timebank_proposals WHERE id IN ({}) ORDER BY id{lock}",
        placeholders(1, ids.len())
    );
    Ok(with_tx!(tx, |conn| {
        let mut query = sqlx::query_as(&sql);
        for id in ids {
            query = query.bind(*id);
        }
        query.fetch_all(&mut *conn).await?
    }))
}

pub async fn proposal_for_update(
    tx: &mut Tx,
    commune_id: i64,
    id: i64,
) -> DbResult<Option<Proposal>> {
    let lock = on_postgres(tx, " FOR UPDATE");
    let sql = format!(
        "SELECT {PROPOSAL_COLUMNS} FROM timebank_proposals WHERE id = $1 AND commune_id = $2{lock}"
    );
    Ok(with_tx!(tx, |conn| sqlx::query_as(&sql)
        .bind(id)
        .bind(commune_id)
        .fetch_optional(&mut *conn)
        .await?))
}

/// Records the answer to a pending proposal.
pub async fn answer_proposal(
    tx: &mut Tx,
    id: i64,
    state: &'static str,
    by: i64,
    key: &str,
    at: i64,
) -> DbResult<()> {
    with_tx!(tx, |conn| {
        sqlx::query(
        "UPDATE timebank_proposals SET state = $1, answered_at = $2, answered_by = $3, answer_key = $4
         WHERE id = $5 AND state = 'pending'",
    )
    .bind(state)
    .bind(at)
    .bind(by)
    .bind(key)
    .bind(id)
    .execute(&mut *conn)
    .await
    .map(|_| ())?
    });
    Ok(())
}

/// Proposal `id` of commune `commune_id` (read outside any transaction).
pub async fn proposal(db: &Db, commune_id: i64, id: i64) -> DbResult<Option<Proposal>> {
    let sql = format!(
        "SELECT {PROPOSAL_COLUMNS} FROM timebank_proposals WHERE id = $1 AND commune_id = $2"
    );
    Ok(with_pool!(db.reader(), |pool| sqlx::query_as(&sql)
        .bind(id)
        .bind(commune_id)
        .fetch_optional(pool)
        .await?))
}

/// The proposals of ledger account `account` (made or received), the latest first.
pub async fn proposals_of(db: &Db, account: i64, limit: i64) -> DbResult<Vec<Proposal>> {
    let sql = format!(
        "SELECT {PROPOSAL_COLUMNS} FROM timebank_proposals WHERE proposer = $1
         UNION ALL
         SELECT {PROPOSAL_COLUMNS} FROM timebank_proposals WHERE counterpart = $1
         ORDER BY id DESC LIMIT $2"
    );
    Ok(with_pool!(db.reader(), |pool| sqlx::query_as(&sql)
        .bind(account)
        .bind(limit)
        .fetch_all(pool)
        .await?))
}

/// The person holding a ledger account.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, sqlx::FromRow)]
pub struct Holder {
    pub user_id: i64,
    pub name: String,
}

/// The holders of ledger accounts `accounts` (erased members and the commune's
/// account have none).
pub async fn holders(db: &Db, accounts: &[i64]) -> DbResult<BTreeMap<i64, Holder>> {
    let mut found = BTreeMap::new();
    for &id in accounts {
        if found.contains_key(&id) {
            continue;
        }
        let holder: Option<Holder> = with_pool!(db.reader(), |pool| sqlx::query_as(
            "SELECT u.id AS user_id, u.display_name AS name
             FROM timebank_accounts a JOIN users u ON u.id = a.user_id WHERE a.id = $1"
        )
        .bind(id)
        .fetch_optional(pool)
        .await?);
        if let Some(holder) = holder {
            found.insert(id, holder);
        }
    }
    Ok(found)
}

/// The transfer that settled proposal `id`, if it was confirmed.
pub async fn transfer_of_proposal(db: &Db, id: i64) -> DbResult<Option<i64>> {
    Ok(with_pool!(db.reader(), |pool| sqlx::query_scalar(
        "SELECT id FROM timebank_transfers WHERE proposal_id = $1"
    )
    .bind(id)
    .fetch_optional(pool)
    .await?))
}

/// One line of an account's statement.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, sqlx::FromRow)]
pub struct StatementLine {
    pub id: i64,
    pub created_at: i64,
    pub kind: String,
    /// Positive when minutes came in, negative when they went out.
    pub amount: Minutes,
    /// The account on the other side.
    pub other_account: i64,
    pub memo: String,
    pub category: String,
    pub reverses: Option<i64>,
    /// The balance after this transfer.
    pub balance: Minutes,
}

/// Account `account`'s statement, the latest first: `limit` lines before transfer
/// `before` (or the latest), each with the running balance after it.
pub async fn statement(
    db: &Db,
    account: i64,
    before: Option<i64>,
    limit: i64,
) -> DbResult<Vec<StatementLine>> {
    // The running balance is a window over the account's whole history, computed
    // by the engine; the page is cut from it afterwards.
    let sql =
        "SELECT id, created_at, kind, amount, other_account, memo, category, reverses, balance
        FROM (SELECT id, created_at, kind, amount, other_account, memo, category, reverses,
                     CAST(SUM(amount) OVER (ORDER BY id) AS BIGINT) AS balance
              FROM (SELECT id, created_at, kind, -amount AS amount, to_account AS other_account,
                           memo, category, reverses
                      FROM timebank_transfers WHERE from_account = $1
                    UNION ALL
                    SELECT id, created_at, kind, amount, from_account AS other_account,
                           memo, category, reverses
                      FROM timebank_transfers WHERE to_account = $1) moves) lines
        WHERE id < $2 ORDER BY id DESC LIMIT $3";
    Ok(with_pool!(db.reader(), |pool| sqlx::query_as(sql)
        .bind(account)
        .bind(before.unwrap_or(i64::MAX))
        .bind(limit)
        .fetch_all(pool)
        .await?))
}

/// Every transfer of commune `commune_id` after transfer `after`, in order: for
/// the coordinator's export and for checking the ledger against its replay.
pub async fn transfers_of(
    db: &Db,
    commune_id: i64,
    after: i64,
    limit: i64,
) -> DbResult<Vec<Transfer>> {
    let sql = format!(
        "SELECT {TRANSFER_COLUMNS} FROM timebank_transfers WHERE commune_id = $1 AND id > $2
         ORDER BY id LIMIT $3"
    );
    Ok(with_pool!(db.reader(), |pool| sqlx::query_as(&sql)
        .bind(commune_id)
        .bind(after)
        .bind(limit)
        .fetch_all(pool)
        .await?))
}

/// What [`audit`] found.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Audit {
    pub accounts: i64,
    /// Accounts whose cached balance differs from the sum of their transfers, as
    /// (account, cached, derived).
    pub mismatches: Vec<(i64, Minutes, Minutes)>,
    /// The sum of all cached balances: zero in a sound ledger.
    pub sum: Minutes,
}

impl Audit {
    pub fn sound(&self) -> bool {
        self.mismatches.is_empty() && self.sum == 0
    }
}

/// Derives every balance of commune `commune_id` from its transfers and compares
/// them with the cached ones, in one read (a snapshot on both engines).
pub async fn audit(db: &Db, commune_id: i64) -> DbResult<Audit> {
    let rows: Vec<(i64, i64, i64)> = with_pool!(db.reader(), |pool| {
        sqlx::query_as(
        "SELECT a.id, a.balance,
                CAST(COALESCE((SELECT SUM(amount) FROM timebank_transfers WHERE to_account = a.id), 0)
                   - COALESCE((SELECT SUM(amount) FROM timebank_transfers WHERE from_account = a.id), 0)
                AS BIGINT)
         FROM timebank_accounts a WHERE a.commune_id = $1 ORDER BY a.id"
    )
    .bind(commune_id)
    .fetch_all(pool)
    .await?
    });
    Ok(Audit {
        accounts: rows.len() as i64,
        sum: rows.iter().map(|r| r.1).sum(),
        mismatches: rows
            .into_iter()
            .filter(|(_, cached, derived)| cached != derived)
            .collect(),
    })
}

/// The members of commune `commune_id`'s time bank who can still exchange (their
/// account not erased), by name: for the forms' list of members. At most `limit`.
pub async fn members(db: &Db, commune_id: i64, limit: i64) -> DbResult<Vec<Holder>> {
    Ok(with_pool!(db.reader(), |pool| sqlx::query_as(
        "SELECT u.id AS user_id, u.display_name AS name
         FROM timebank_accounts a JOIN users u ON u.id = a.user_id
         WHERE a.commune_id = $1 AND a.kind = 'member'
         ORDER BY u.display_name, u.id LIMIT $2"
    )
    .bind(commune_id)
    .bind(limit)
    .fetch_all(pool)
    .await?))
}

/// The exchanges (confirmed or recorded at the counter, not reversed) of commune
/// `commune_id` since `since`, as (at, amount, category, payer account, payee
/// account), for the activity page.
pub async fn exchanges_since(
    db: &Db,
    commune_id: i64,
    since: i64,
) -> DbResult<Vec<(i64, Minutes, String, i64, i64)>> {
    Ok(with_pool!(db.reader(), |pool| sqlx::query_as(
        "SELECT t.created_at, t.amount, t.category, t.from_account, t.to_account
         FROM timebank_transfers t
         WHERE t.commune_id = $1 AND t.created_at >= $2 AND t.kind IN ('exchange', 'counter')
           AND NOT EXISTS (SELECT 1 FROM timebank_transfers r WHERE r.reverses = t.id)
         ORDER BY t.id"
    )
    .bind(commune_id)
    .bind(since)
    .fetch_all(pool)
    .await?))
}

/// Which of commune `commune_id`'s transfers `low..=high` were reversed.
pub async fn reversed_between(db: &Db, commune_id: i64, low: i64, high: i64) -> DbResult<Vec<i64>> {
    Ok(with_pool!(db.reader(), |pool| sqlx::query_scalar(
        "SELECT reverses FROM timebank_transfers
         WHERE commune_id = $1 AND reverses BETWEEN $2 AND $3"
    )
    .bind(commune_id)
    .bind(low)
    .bind(high)
    .fetch_all(pool)
    .await?))
}

/// The commune's own ledger account, if its time bank is open.
pub async fn commune_account_of(db: &Db, commune_id: i64) -> DbResult<Option<i64>> {
    Ok(with_pool!(db.reader(), |pool| sqlx::query_scalar(
        "SELECT id FROM timebank_accounts WHERE commune_id = $1 AND kind = 'commune'"
    )
    .bind(commune_id)
    .fetch_optional(pool)
    .await?))
}

/// An offer or a request to store (checked by `gemeng_core::timebank::check_listing`).
#[derive(Debug, Clone)]
pub struct NewListing<'a> {
    pub commune_id: i64,
    pub author_id: i64,
    pub kind: &'a str,
    pub category: &'a str,
    pub title: &'a str,
    pub body: &'a str,
    pub body_html: &'a str,
    pub minutes: Option<Minutes>,
    /// Title and text folded (`gemeng_core::search::fold`).
    pub search_text: &'a str,
    pub request_key: &'a str,
    pub at: i64,
}

/// An offer or a request as the list shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, sqlx::FromRow)]
pub struct Listing {
    pub id: i64,
    pub commune_id: i64,
    pub author_id: i64,
    pub author_name: String,
    pub kind: String,
    pub category: String,
    pub title: String,
    pub body: String,
    pub body_html: String,
    pub minutes: Option<Minutes>,
    pub created_at: i64,
    pub closed_at: Option<i64>,
}

const LISTING_COLUMNS: &str = "l.id, l.commune_id, l.author_id, u.display_name AS author_name, \
    l.kind, l.category, l.title, l.body, l.body_html, l.minutes, l.created_at, l.closed_at";

/// Stores an offer or a request; the same author's key again returns the first one.
pub async fn insert_listing(tx: &mut Tx, l: &NewListing<'_>) -> DbResult<Stored> {
    with_tx!(tx, |conn| {
        let inserted: Option<i64> = sqlx::query_scalar(
            "INSERT INTO timebank_listings (commune_id, author_id, kind, category, title, body,
                 body_html, minutes, search_text, created_at, request_key)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
             ON CONFLICT (author_id, request_key) DO NOTHING RETURNING id",
        )
        .bind(l.commune_id)
        .bind(l.author_id)
        .bind(l.kind)
        .bind(l.category)
        .bind(l.title)
        .bind(l.body)
        .bind(l.body_html)
        .bind(l.minutes)
        .bind(l.search_text)
        .bind(l.at)
        .bind(l.request_key)
        .fetch_optional(&mut *conn)
        .await?;
        match inserted {
            Some(id) => Ok(Stored::New(id)),
            None => Ok(Stored::Again(
                sqlx::query_scalar(
                    "SELECT id FROM timebank_listings WHERE author_id = $1 AND request_key = $2",
                )
                .bind(l.author_id)
                .bind(l.request_key)
                .fetch_one(&mut *conn)
                .await?,
            )),
        }
    })
}

/// Offer or request `id` of commune `commune_id`.
pub async fn listing(db: &Db, commune_id: i64, id: i64) -> DbResult<Option<Listing>> {
    let sql = format!(
        "SELECT {LISTING_COLUMNS} FROM timebank_listings l JOIN users u ON u.id = l.author_id
         WHERE l.id = $1 AND l.commune_id = $2"
    );
    Ok(with_pool!(db.reader(), |pool| sqlx::query_as(&sql)
        .bind(id)
        .bind(commune_id)
        .fetch_optional(pool)
        .await?))
}

/// The open offers and requests of commune `commune_id`, the newest first: of `kind`
/// if given, holding every one of `words` (folded) if any, before listing `before`.
pub async fn listings(
    db: &Db,
    commune_id: i64,
    kind: Option<&str>,
    words: &[String],
    before: Option<i64>,
    limit: i64,
) -> DbResult<Vec<Listing>> {
    let mut sql = format!(
        "SELECT {LISTING_COLUMNS} FROM timebank_listings l JOIN users u ON u.id = l.author_id
         WHERE l.commune_id = $1 AND l.closed_at IS NULL AND l.id < $2"
    );
    let mut next = 3;
    if kind.is_some() {
        sql.push_str(&format!(" AND l.kind = ${next}"));
        next += 1;
    }
    for _ in words {
        sql.push_str(&format!(" AND l.search_text LIKE ${next} ESCAPE '\\'"));
        next += 1;
    }
    sql.push_str(&format!(" ORDER BY l.id DESC LIMIT ${next}"));
    // A word's own % and _ are letters here, not wildcards.
    let patterns: Vec<String> = words
        .iter()
        .map(|w| {
            let escaped = w
                .replace('\\', "\\\\")
                .replace('%', "\\%")
                .replace('_', "\\_");
            format!("%{escaped}%")
        })
        .collect();
    Ok(with_pool!(db.reader(), |pool| {
        let mut query = sqlx::query_as(&sql)
            .bind(commune_id)
            .bind(before.unwrap_or(i64::MAX));
        if let Some(kind) = kind {
            query = query.bind(kind);
        }
        for pattern in &patterns {
            query = query.bind(pattern);
        }
        query.bind(limit).fetch_all(pool).await?
    }))
}

/// Closes author `author_id`'s offer or request `id` (found, or taken); whether it
/// was open.
pub async fn close_listing(tx: &mut Tx, id: i64, author_id: i64, at: i64) -> DbResult<bool> {
    let closed = with_tx!(tx, |conn| sqlx::query(
        "UPDATE timebank_listings SET closed_at = $1
         WHERE id = $2 AND author_id = $3 AND closed_at IS NULL"
    )
    .bind(at)
    .bind(id)
    .bind(author_id)
    .execute(&mut *conn)
    .await
    .map(|r| r.rows_affected())?);
    Ok(closed == 1)
}
