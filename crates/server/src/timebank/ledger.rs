//! The actions that write to the ledger, applied inside the writer's transaction:
//! each reads what it decides on (rules, accounts, the proposal) in that
//! transaction, asks `gemeng_core::ledger`, and writes only if allowed — a refused
//! action writes nothing. People are named by their user id; ledger accounts are
//! the storage's own.

use std::collections::{BTreeMap, HashMap};

use gemeng_core::ledger::{self as rules, Account, Minutes, ProposalState, Refusal, Rules};
use gemeng_db::posts::Stored;
use gemeng_db::timebank::{
    self as store, LedgerAccount, NewProposal, NewTransfer, Proposal, Transfer,
};
use gemeng_db::{DbResult, Tx};

/// An action on commune `commune_id`'s time bank.
#[derive(Debug, Clone)]
pub struct Request {
    pub commune_id: i64,
    pub command: Command,
    /// The rate limit the action counts against, counted in the batch's transaction.
    pub limit: Option<Limit>,
    /// The notice to write in the batch's transaction if the action is done (not
    /// refused, not a retry).
    pub notice: Option<crate::notices::Prepared>,
}

/// A rate limit: at most `max` actions per `window_seconds` in `bucket`.
#[derive(Debug, Clone)]
pub struct Limit {
    pub bucket: String,
    pub window_seconds: i64,
    pub max: i64,
}

#[derive(Debug, Clone)]
pub enum Command {
    /// A verified resident joins (accepting the rules): their account opens and the
    /// commune's welcome credit arrives. Joining again changes nothing.
    Join { user_id: i64 },
    /// `proposer` proposes an exchange to `counterpart`: `pays` when the proposer
    /// received the service, otherwise they provided it and ask to be paid.
    Propose {
        proposer: i64,
        counterpart: i64,
        pays: bool,
        amount: Minutes,
        memo: String,
        category: &'static str,
        key: String,
    },
    /// `user_id` answers proposal `proposal`.
    Answer {
        user_id: i64,
        proposal: i64,
        answer: Answer,
        key: String,
    },
    /// `from` gives minutes to `to`.
    Gift {
        from: i64,
        to: i64,
        amount: Minutes,
        memo: String,
        key: String,
    },
    /// Staff `staff` records an exchange at the counter for members who are offline.
    Counter {
        staff: i64,
        payer: i64,
        payee: i64,
        amount: Minutes,
        memo: String,
        category: &'static str,
        key: String,
    },
    /// Staff `staff` undoes transfer `transfer`, saying why.
    Reverse {
        staff: i64,
        transfer: i64,
        reason: String,
        key: String,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Answer {
    Confirm,
    Decline,
    Cancel,
}

impl Answer {
    fn state(self) -> &'static str {
        match self {
            Answer::Confirm => "confirmed",
            Answer::Decline => "declined",
            Answer::Cancel => "cancelled",
        }
    }
}

/// What an action did. `again` (or `Stored::Again`) when its key had been used
/// for the same action before: the first result, nothing moved again. A proposal
/// comes back as it stands after the action, so the answer to the request needs no
/// second read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    Joined(Stored),
    Proposed {
        stored: Stored,
        proposal: Box<Proposal>,
    },
    Answered {
        proposal: Box<Proposal>,
        transfer: Option<i64>,
        again: bool,
    },
    Transferred(Stored),
}

/// Why an action was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refused {
    Ledger(Refusal),
    /// The person acting has not joined the time bank.
    NotJoined,
    /// The person named is not a member of this commune's time bank.
    NoSuchMember,
    /// No such proposal between the person acting and someone else.
    NoSuchProposal,
    /// No such transfer in this commune's ledger.
    NoSuchTransfer,
    /// Over the action's rate limit: try again in `retry_after` seconds.
    TooMany {
        retry_after: i64,
    },
}

impl Outcome {
    /// The proposal this outcome made or answered for the first time (not a retry).
    pub fn fresh_proposal(&self) -> Option<i64> {
        match self {
            Outcome::Proposed {
                stored: Stored::New(id),
                ..
            } => Some(*id),
            Outcome::Answered {
                proposal,
                again: false,
                ..
            } => Some(proposal.id),
            _ => None,
        }
    }
}

impl From<Refusal> for Refused {
    fn from(r: Refusal) -> Refused {
        Refused::Ledger(r)
    }
}

type Applied = DbResult<Result<Outcome, Refused>>;

/// What a batch of actions reads once instead of once per action: each commune's
/// rules and own account, and (read together before the first action) the member
/// accounts, proposals and keyed transfers the actions name. Each action still
/// decides in order on what the actions before it wrote: the batch's own writes
/// update what it holds, and whatever it does not hold is read from the transaction.
///
/// Why it holds: the rules change only outside the ledger writer (on SQLite between
/// batches, the writer connection being single; on PostgreSQL the first read holds the
/// rules row `FOR SHARE` until the batch commits); accounts and proposals are read
/// `FOR UPDATE` on PostgreSQL (accounts in id order, as every writer locks them), and
/// on SQLite the batch holds the only write lock.
#[derive(Default)]
pub struct Batch {
    banks: HashMap<i64, (Rules, i64)>,
    /// Ledger account ids of members, by user id.
    members: HashMap<i64, i64>,
    /// Member accounts by id, balances kept current with the batch's transfers.
    accounts: HashMap<i64, LedgerAccount>,
    proposals: HashMap<i64, Proposal>,
    /// Transfers by requester and key; `None` for a pair known to name none.
    keyed: HashMap<(i64, String), Option<Transfer>>,
}

impl Batch {
    /// Reads at once what `requests` will need: a handful of statements for the
    /// whole batch instead of several per action.
    pub async fn prefetch(&mut self, tx: &mut Tx, requests: &[&Request]) -> DbResult<()> {
        let mut users = Vec::new();
        let mut proposals = Vec::new();
        let mut keys = Vec::new();
        for request in requests {
            match &request.command {
                Command::Propose {
                    proposer,
                    counterpart,
                    ..
                } => users.extend([*proposer, *counterpart]),
                Command::Answer {
                    user_id,
                    proposal,
                    key,
                    ..
                } => {
                    users.push(*user_id);
                    proposals.push(*proposal);
                    keys.push((*user_id, key.as_str()));
                }
                Command::Gift { from, to, key, .. } => {
                    users.extend([*from, *to]);
                    keys.push((*from, key.as_str()));
                }
                Command::Counter { payer, payee, .. } => users.extend([*payer, *payee]),
                Command::Join { .. } | Command::Reverse { .. } => {}
            }
        }
        users.sort_unstable();
        users.dedup();
        for account in store::lock_accounts_of(tx, &users).await? {
            if let Some(user) = account.user_id {
                self.members.insert(user, account.id);
                self.accounts.insert(account.id, account);
            }
        }
        proposals.sort_unstable();
        proposals.dedup();
        for proposal in store::proposals_for_update(tx, &proposals).await? {
            self.proposals.insert(proposal.id, proposal);
        }
        // Keys are the requester's ledger account's; a member without one has none.
        let pairs: Vec<(i64, &str)> = keys
            .into_iter()
            .filter_map(|(user, key)| Some((*self.members.get(&user)?, key)))
            .collect();
        let mut found: HashMap<(i64, String), Transfer> = store::transfers_by_keys(tx, &pairs)
            .await?
            .into_iter()
            .map(|k| ((k.transfer.requested_by, k.request_key), k.transfer))
            .collect();
        for (requester, key) in pairs {
            let pair = (requester, key.to_string());
            let transfer = found.remove(&pair);
            self.keyed.insert(pair, transfer);
        }
        Ok(())
    }

    /// Commune `commune`'s rules and own account, its time bank opened if need be.
    async fn bank(&mut self, tx: &mut Tx, commune: i64, at: i64) -> DbResult<(Rules, i64)> {
        if let Some(&bank) = self.banks.get(&commune) {
            return Ok(bank);
        }
        let rules = store::open(tx, commune, at).await?;
        let desk = store::commune_account(tx, commune).await?;
        self.banks.insert(commune, (rules, desk));
        Ok((rules, desk))
    }

    /// The ledger account of `user` in commune `commune`, if they joined.
    async fn account(
        &self,
        tx: &mut Tx,
        commune: i64,
        user: i64,
    ) -> DbResult<Option<LedgerAccount>> {
        match self.members.get(&user).and_then(|id| self.accounts.get(id)) {
            Some(account) => Ok(Some(account).filter(|a| a.commune_id == commune).cloned()),
            None => store::account_in(tx, commune, user).await,
        }
    }

    /// Proposal `id` of commune `commune`.
    async fn proposal(&self, tx: &mut Tx, commune: i64, id: i64) -> DbResult<Option<Proposal>> {
        match self.proposals.get(&id) {
            Some(p) => Ok(Some(p).filter(|p| p.commune_id == commune).cloned()),
            None => store::proposal_for_update(tx, commune, id).await,
        }
    }

    /// The transfer `requester` asked for with `key`, if any.
    async fn keyed(&self, tx: &mut Tx, requester: i64, key: &str) -> DbResult<Option<Transfer>> {
        match self.keyed.get(&(requester, key.to_string())) {
            Some(known) => Ok(known.clone()),
            None => store::transfer_by_key(tx, requester, key).await,
        }
    }

    /// The balances of ledger accounts `ids` of commune `commune`, locked.
    async fn balances(
        &self,
        tx: &mut Tx,
        commune: i64,
        ids: &[i64],
    ) -> DbResult<BTreeMap<i64, Minutes>> {
        let held: Option<BTreeMap<i64, Minutes>> = ids
            .iter()
            .map(|id| {
                let account = self.accounts.get(id)?;
                (account.commune_id == commune).then_some((*id, account.balance))
            })
            .collect();
        match held {
            Some(balances) => Ok(balances),
            None => store::lock_balances(tx, commune, ids).await,
        }
    }

    /// Notes transfer `t`, written as `id`: the balances and the key it moved.
    fn transferred(&mut self, t: &NewTransfer<'_>, id: i64) {
        for (account, delta) in [(t.from, -t.amount), (t.to, t.amount)] {
            if let Some(held) = self.accounts.get_mut(&account) {
                held.balance += delta;
            }
        }
        self.keyed.insert(
            (t.requested_by, t.request_key.to_string()),
            Some(t.stored(id)),
        );
    }
}

/// Counts `requests` against their rate limits in `tx`, one statement per length of
/// window: for each request, the refusal if it goes over its limit. The counts stay
/// even for actions then refused.
pub async fn count_limits(
    tx: &mut Tx,
    requests: &[&Request],
    at: i64,
) -> DbResult<Vec<Option<Refused>>> {
    let mut over = vec![None; requests.len()];
    let mut windows: BTreeMap<i64, Vec<(usize, &Limit)>> = BTreeMap::new();
    for (i, request) in requests.iter().enumerate() {
        if let Some(limit) = &request.limit {
            windows
                .entry(limit.window_seconds)
                .or_default()
                .push((i, limit));
        }
    }
    for (window, limited) in windows {
        let buckets: Vec<&str> = limited.iter().map(|(_, l)| l.bucket.as_str()).collect();
        let hits = gemeng_db::rate_limits::hit_each_in(tx, &buckets, window, at).await?;
        for ((i, limit), hits) in limited.into_iter().zip(hits) {
            if hits.total > limit.max {
                over[i] = Some(Refused::TooMany {
                    retry_after: hits.retry_after(limit.max, at),
                });
            }
        }
    }
    Ok(over)
}

/// Applies one action of `batch` in `tx` at time `at` (its rate limit counted
/// already by [`count_limits`]).
pub async fn apply(tx: &mut Tx, batch: &mut Batch, request: &Request, at: i64) -> Applied {
    let commune = request.commune_id;
    match &request.command {
        Command::Join { user_id } => join(tx, batch, commune, *user_id, at).await,
        Command::Propose {
            proposer,
            counterpart,
            pays,
            amount,
            memo,
            category,
            key,
        } => {
            let (rules, _) = batch.bank(tx, commune, at).await?;
            let Some(me) = batch.account(tx, commune, *proposer).await? else {
                return Ok(Err(Refused::NotJoined));
            };
            let Some(other) = batch.account(tx, commune, *counterpart).await? else {
                return Ok(Err(Refused::NoSuchMember));
            };
            let proposal = match rules::propose(&rules, 0, me.id, other.id, *pays, *amount, at) {
                Ok(p) => p,
                Err(refusal) => return Ok(Err(refusal.into())),
            };
            let new = NewProposal {
                commune_id: commune,
                proposer: me.id,
                counterpart: other.id,
                payer: proposal.payer,
                payee: proposal.payee,
                amount: proposal.amount,
                memo,
                category,
                listing_id: None,
                expires_at: proposal.expires_at,
                request_key: key,
                at,
            };
            let stored = store::insert_proposal(tx, &new).await?;
            let proposal = match stored {
                Stored::New(id) => new.stored(id),
                Stored::Again(id) => {
                    // The same key for another proposal is refused, not silently merged.
                    match batch.proposal(tx, commune, id).await? {
                        Some(first)
                            if (first.counterpart, first.payer, first.amount)
                                == (other.id, proposal.payer, *amount) =>
                        {
                            first
                        }
                        _ => return Ok(Err(Refusal::KeyReused.into())),
                    }
                }
            };
            Ok(Ok(Outcome::Proposed {
                stored,
                proposal: Box::new(proposal),
            }))
        }
        Command::Answer {
            user_id,
            proposal,
            answer,
            key,
        } => answer_proposal(tx, batch, commune, *user_id, *proposal, *answer, key, at).await,
        Command::Gift {
            from,
            to,
            amount,
            memo,
            key,
        } => {
            let Some(me) = batch.account(tx, commune, *from).await? else {
                return Ok(Err(Refused::NotJoined));
            };
            let Some(other) = batch.account(tx, commune, *to).await? else {
                return Ok(Err(Refused::NoSuchMember));
            };
            let transfer = NewTransfer {
                commune_id: commune,
                from: me.id,
                to: other.id,
                amount: *amount,
                kind: "gift",
                proposal_id: None,
                reverses: None,
                memo,
                category: "other",
                requested_by: me.id,
                recorded_by: None,
                request_key: key,
                at,
            };
            write_transfer(tx, batch, &transfer).await
        }
        Command::Counter {
            staff,
            payer,
            payee,
            amount,
            memo,
            category,
            key,
        } => {
            let Some(payer) = batch.account(tx, commune, *payer).await? else {
                return Ok(Err(Refused::NoSuchMember));
            };
            let Some(payee) = batch.account(tx, commune, *payee).await? else {
                return Ok(Err(Refused::NoSuchMember));
            };
            let (_, desk) = batch.bank(tx, commune, at).await?;
            let key = staff_key(*staff, key);
            let transfer = NewTransfer {
                commune_id: commune,
                from: payer.id,
                to: payee.id,
                amount: *amount,
                kind: "counter",
                proposal_id: None,
                reverses: None,
                memo,
                category,
                requested_by: desk,
                recorded_by: Some(*staff),
                request_key: &key,
                at,
            };
            write_transfer(tx, batch, &transfer).await
        }
        Command::Reverse {
            staff,
            transfer,
            reason,
            key,
        } => {
            let (_, desk) = batch.bank(tx, commune, at).await?;
            let key = staff_key(*staff, key);
            // A retried reversal finds its first result before anything else.
            if let Some(done) = batch.keyed(tx, desk, &key).await? {
                return Ok(if done.reverses == Some(*transfer) {
                    Ok(Outcome::Transferred(Stored::Again(done.id)))
                } else {
                    Err(Refusal::KeyReused.into())
                });
            }
            let Some((original, reversal)) = store::transfer_in(tx, commune, *transfer).await?
            else {
                return Ok(Err(Refused::NoSuchTransfer));
            };
            let is_reversal = original.kind == "reversal";
            if reversal.is_some() || is_reversal {
                return Ok(Err(Refusal::NotReversible.into()));
            }
            let undo = NewTransfer {
                commune_id: commune,
                from: original.to_account,
                to: original.from_account,
                amount: original.amount,
                kind: "reversal",
                proposal_id: None,
                reverses: Some(original.id),
                memo: reason,
                category: &original.category,
                requested_by: desk,
                recorded_by: Some(*staff),
                request_key: &key,
                at,
            };
            write_transfer(tx, batch, &undo).await
        }
    }
}

/// Keys staff send are theirs: two coordinators' keys never meet.
fn staff_key(staff: i64, key: &str) -> String {
    format!("staff {staff} {key}")
}

async fn join(tx: &mut Tx, batch: &mut Batch, commune: i64, user_id: i64, at: i64) -> Applied {
    let (rules, desk) = batch.bank(tx, commune, at).await?;
    let stored = store::open_member_account(tx, commune, user_id, at).await?;
    if let Stored::New(account) = stored {
        // The secret of their unsubscribe links, made now rather than with their first
        // notice, which comes ready-made to the writer (see `notices::Prepared`).
        gemeng_db::notices::token(tx, user_id, &gemeng_core::codes::random_token()).await?;
        if rules.welcome_credit > 0 {
            let key = format!("welcome {account}");
            let welcome = NewTransfer {
                commune_id: commune,
                from: desk,
                to: account,
                amount: rules.welcome_credit,
                kind: "welcome",
                proposal_id: None,
                reverses: None,
                memo: "",
                category: "other",
                requested_by: desk,
                recorded_by: None,
                request_key: &key,
                at,
            };
            // The rules keep the welcome credit under the upper limit, so a new
            // account always takes it; were it refused, the member joins without it.
            if let Err(refused) = write_transfer(tx, batch, &welcome).await? {
                tracing::warn!(?refused, "a welcome credit was refused");
            }
        }
    }
    Ok(Ok(Outcome::Joined(stored)))
}

/// The ledger's view of a stored account.
fn ledger_account(desk: i64, id: i64) -> Account {
    if id == desk {
        Account::Commune
    } else {
        Account::Member(id)
    }
}

/// Writes `t` if its key is new and the rules allow it, the two accounts locked
/// and their balances read in this transaction. A key used before for the same
/// transfer returns that one; for another, it is refused.
async fn write_transfer(tx: &mut Tx, batch: &mut Batch, t: &NewTransfer<'_>) -> Applied {
    if let Some(first) = batch.keyed(tx, t.requested_by, t.request_key).await? {
        let same = (
            first.from_account,
            first.to_account,
            first.amount,
            first.kind.as_str(),
        ) == (t.from, t.to, t.amount, t.kind)
            && first.proposal_id == t.proposal_id
            && first.reverses == t.reverses;
        return Ok(if same {
            Ok(Outcome::Transferred(Stored::Again(first.id)))
        } else {
            Err(Refusal::KeyReused.into())
        });
    }
    let (rules, desk) = batch.bank(tx, t.commune_id, t.at).await?;
    let balances = batch.balances(tx, t.commune_id, &[t.from, t.to]).await?;
    let (Some(&from_balance), Some(&to_balance)) = (balances.get(&t.from), balances.get(&t.to))
    else {
        return Ok(Err(Refused::NoSuchMember));
    };
    if let Err(refusal) = rules::may_transfer(
        &rules,
        ledger_account(desk, t.from),
        from_balance,
        ledger_account(desk, t.to),
        to_balance,
        t.amount,
    ) {
        return Ok(Err(refusal.into()));
    }
    let id = store::insert_transfer(tx, t).await?;
    batch.transferred(t, id);
    Ok(Ok(Outcome::Transferred(Stored::New(id))))
}

fn state_of(p: &Proposal) -> ProposalState {
    match p.state.as_str() {
        "confirmed" => ProposalState::Confirmed,
        "declined" => ProposalState::Declined,
        "cancelled" => ProposalState::Cancelled,
        _ => ProposalState::Pending,
    }
}

#[allow(clippy::too_many_arguments)]
async fn answer_proposal(
    tx: &mut Tx,
    batch: &mut Batch,
    commune: i64,
    user_id: i64,
    id: i64,
    answer: Answer,
    key: &str,
    at: i64,
) -> Applied {
    let Some(me) = batch.account(tx, commune, user_id).await? else {
        return Ok(Err(Refused::NotJoined));
    };
    // Someone else's proposal is not found: it says nothing about who exchanges.
    let Some(stored) = batch
        .proposal(tx, commune, id)
        .await?
        .filter(|p| p.proposer == me.id || p.counterpart == me.id)
    else {
        return Ok(Err(Refused::NoSuchProposal));
    };
    if stored.answered_by == Some(me.id) && stored.answer_key.as_deref() == Some(key) {
        // The same answer again (a retried request): its first result.
        let transfer = batch.keyed(tx, me.id, key).await?.map(|t| t.id);
        return Ok(if stored.state == answer.state() {
            Ok(Outcome::Answered {
                proposal: Box::new(stored),
                transfer,
                again: true,
            })
        } else {
            Err(Refusal::KeyReused.into())
        });
    }
    let proposal = rules::Proposal {
        id,
        proposer: stored.proposer,
        counterpart: stored.counterpart,
        payer: stored.payer,
        payee: stored.payee,
        amount: stored.amount,
        expires_at: stored.expires_at,
        state: state_of(&stored),
    };
    let allowed = match answer {
        Answer::Confirm => proposal.may_confirm(me.id, at),
        Answer::Decline => proposal.may_decline(me.id, at),
        Answer::Cancel => proposal.may_cancel(me.id, at),
    };
    if let Err(refusal) = allowed {
        return Ok(Err(refusal.into()));
    }
    let mut transfer = None;
    if answer == Answer::Confirm {
        let exchange = NewTransfer {
            commune_id: commune,
            from: stored.payer,
            to: stored.payee,
            amount: stored.amount,
            kind: "exchange",
            proposal_id: Some(id),
            reverses: None,
            memo: &stored.memo,
            category: &stored.category,
            requested_by: me.id,
            recorded_by: None,
            request_key: key,
            at,
        };
        match write_transfer(tx, batch, &exchange).await? {
            Ok(Outcome::Transferred(Stored::New(t))) => transfer = Some(t),
            // The key already named another transfer of this member's.
            Ok(_) => return Ok(Err(Refusal::KeyReused.into())),
            // Over a limit: the proposal stays pending (the payer may earn minutes).
            Err(refused) => return Ok(Err(refused)),
        }
    }
    store::answer_proposal(tx, id, answer.state(), me.id, key, at).await?;
    let answered = Proposal {
        state: answer.state().to_string(),
        answered_at: Some(at),
        answered_by: Some(me.id),
        answer_key: Some(key.to_string()),
        ..stored
    };
    batch.proposals.insert(id, answered.clone());
    Ok(Ok(Outcome::Answered {
        proposal: Box::new(answered),
        transfer,
        again: false,
    }))
}
