//! The time bank's ledger rules (`PRODUCT.md` C4): minutes move between accounts by
//! immutable transfers, and only as these rules allow. Storage applies them inside the
//! transaction that writes a transfer, with the accounts' balances read there; the
//! model at the bottom (`Ledger`) applies them to memory, so that property tests can
//! check, over random sequences of everything people and coordinators do, that the
//! invariants a bank's ledger keeps hold:
//!
//! - every balance is the sum of the transfers in and out of its account;
//! - the sum of all balances is zero (the commune's own account issues welcome credit,
//!   so it may go below zero);
//! - no transfer takes a member below the credit limit or above the upper limit in
//!   force when it is written;
//! - the same idempotency key never moves minutes twice;
//! - a proposal moves its minutes once, only when the other party confirms it in time.

use std::collections::HashMap;

/// One minute of service: the time bank's unit (the seed's "Smiley").
pub type Minutes = i64;

/// The largest amount of one transfer: 100 hours. Larger is a typing mistake.
pub const AMOUNT_MAX: Minutes = 6_000;
/// The lowest credit limit a coordinator may set: 100 hours below zero.
pub const CREDIT_LIMIT_MAX: Minutes = 6_000;
/// A proposal waits at least an hour, and at most 30 days, for the other's answer.
pub const PROPOSAL_TTL_MIN: i64 = 3_600;
pub const PROPOSAL_TTL_MAX: i64 = 30 * 86_400;

/// An account of the ledger: a member's, or the commune's own (which issues welcome
/// credit and may go below zero without limit).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Account {
    Commune,
    Member(i64),
}

/// The time bank's rules, as its coordinator set them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rules {
    /// How far below zero a member may go (600: down to −600 minutes).
    pub credit_limit: Minutes,
    /// How far above zero a member may go, if limited.
    pub upper_limit: Option<Minutes>,
    /// What a new member receives from the commune's account on joining.
    pub welcome_credit: Minutes,
    /// How long a proposal waits for the other party, in seconds.
    pub proposal_ttl: i64,
}

impl Default for Rules {
    fn default() -> Rules {
        Rules {
            credit_limit: 600,
            upper_limit: None,
            welcome_credit: 60,
            proposal_ttl: 7 * 86_400,
        }
    }
}

/// Why the ledger refuses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// Zero or negative.
    AmountNotPositive,
    /// More than [`AMOUNT_MAX`].
    AmountTooLarge,
    /// From an account to itself.
    SameAccount,
    /// The payer would go below the credit limit.
    BelowCreditLimit,
    /// The payee would go above the upper limit.
    AboveUpperLimit,
    /// Rules out of their bounds (a negative limit, an upper limit below zero…).
    RulesOutOfBounds,
    /// Only the other party answers a proposal; only its two parties cancel it.
    NotYours,
    /// Already confirmed, declined or cancelled.
    NotPending,
    /// Its time ran out before the answer.
    Expired,
    /// A reversal of a reversal, or of a transfer reversed already.
    NotReversible,
    /// An idempotency key already used for another transfer.
    KeyReused,
}

/// Checks a coordinator's rules: limits within bounds, a welcome credit a new member
/// could receive, a proposal time between an hour and 30 days.
pub fn check_rules(rules: &Rules) -> Result<(), Refusal> {
    if rules_problems(rules).is_empty() {
        Ok(())
    } else {
        Err(Refusal::RulesOutOfBounds)
    }
}

/// The fields of `rules` out of their bounds, each with the message that says what
/// is allowed (none when the rules are sound).
pub fn rules_problems(rules: &Rules) -> Vec<(&'static str, &'static str)> {
    let mut wrong = Vec::new();
    if !(0..=CREDIT_LIMIT_MAX).contains(&rules.credit_limit) {
        wrong.push(("credit_limit", "timebank-error-rule-credit-limit"));
    }
    let upper_in_bounds = rules
        .upper_limit
        .is_none_or(|u| (0..=10 * AMOUNT_MAX).contains(&u));
    if !upper_in_bounds {
        wrong.push(("upper_limit", "timebank-error-rule-upper-limit"));
    }
    // Above a sound upper limit, the welcome credit could never be received.
    if !(0..=AMOUNT_MAX).contains(&rules.welcome_credit)
        || (upper_in_bounds && rules.upper_limit.is_some_and(|u| rules.welcome_credit > u))
    {
        wrong.push(("welcome_credit", "timebank-error-rule-welcome"));
    }
    if !(PROPOSAL_TTL_MIN..=PROPOSAL_TTL_MAX).contains(&rules.proposal_ttl) {
        wrong.push(("proposal_ttl", "timebank-error-rule-proposals"));
    }
    wrong
}

/// Checks an amount someone typed: a whole number of minutes, 1 to [`AMOUNT_MAX`].
pub fn check_amount(amount: Minutes) -> Result<Minutes, Refusal> {
    if amount <= 0 {
        Err(Refusal::AmountNotPositive)
    } else if amount > AMOUNT_MAX {
        Err(Refusal::AmountTooLarge)
    } else {
        Ok(amount)
    }
}

/// Whether `amount` may move from `from` (whose balance is `from_balance`) to `to`
/// (balance `to_balance`) under `rules`. Storage asks this with both balances read
/// inside the transaction that writes the transfer, the accounts locked.
pub fn may_transfer(
    rules: &Rules,
    from: Account,
    from_balance: Minutes,
    to: Account,
    to_balance: Minutes,
    amount: Minutes,
) -> Result<(), Refusal> {
    check_amount(amount)?;
    if from == to {
        return Err(Refusal::SameAccount);
    }
    if let Account::Member(_) = from {
        if from_balance - amount < -rules.credit_limit {
            return Err(Refusal::BelowCreditLimit);
        }
    }
    if let (Account::Member(_), Some(upper)) = (to, rules.upper_limit) {
        if to_balance + amount > upper {
            return Err(Refusal::AboveUpperLimit);
        }
    }
    Ok(())
}

/// What a transfer is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TransferKind {
    /// A confirmed exchange of a service or a good: the proposal it settles.
    Exchange { proposal: i64 },
    /// An exchange the coordinator recorded at the counter for a member offline.
    Counter,
    /// Minutes given.
    Gift,
    /// The commune's welcome to a new member.
    Welcome,
    /// The correction of a mistake: the transfer `of` undone, with a reason.
    Reversal { of: usize },
}

/// An immutable transfer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Transfer {
    pub key: String,
    pub from: Account,
    pub to: Account,
    pub amount: Minutes,
    pub kind: TransferKind,
    pub at: i64,
}

/// The transfer that undoes `original` (its `index` in the ledger), if it may be
/// undone: not a reversal, and not reversed already (`reversed`).
pub fn reversal_of(
    original: &Transfer,
    index: usize,
    reversed: bool,
    key: String,
    at: i64,
) -> Result<Transfer, Refusal> {
    if reversed || matches!(original.kind, TransferKind::Reversal { .. }) {
        return Err(Refusal::NotReversible);
    }
    Ok(Transfer {
        key,
        from: original.to,
        to: original.from,
        amount: original.amount,
        kind: TransferKind::Reversal { of: index },
        at,
    })
}

/// Where a proposal stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProposalState {
    Pending,
    Confirmed,
    Declined,
    Cancelled,
}

/// An exchange proposed by one party, waiting for the other: the provider asks
/// minutes of the receiver, or the receiver offers to pay them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Proposal {
    pub id: i64,
    pub proposer: i64,
    pub counterpart: i64,
    pub payer: i64,
    pub payee: i64,
    pub amount: Minutes,
    pub expires_at: i64,
    pub state: ProposalState,
}

/// A new proposal of `proposer` to `counterpart`: `pays` says whether the proposer
/// pays (a receiver offering) or is paid (a provider asking).
pub fn propose(
    rules: &Rules,
    id: i64,
    proposer: i64,
    counterpart: i64,
    pays: bool,
    amount: Minutes,
    now: i64,
) -> Result<Proposal, Refusal> {
    check_amount(amount)?;
    if proposer == counterpart {
        return Err(Refusal::SameAccount);
    }
    let (payer, payee) = if pays {
        (proposer, counterpart)
    } else {
        (counterpart, proposer)
    };
    Ok(Proposal {
        id,
        proposer,
        counterpart,
        payer,
        payee,
        amount,
        expires_at: now.saturating_add(rules.proposal_ttl),
        state: ProposalState::Pending,
    })
}

impl Proposal {
    /// Still open for an answer at `now`.
    fn open(&self, now: i64) -> Result<(), Refusal> {
        if self.state != ProposalState::Pending {
            Err(Refusal::NotPending)
        } else if now >= self.expires_at {
            Err(Refusal::Expired)
        } else {
            Ok(())
        }
    }

    /// Whether `who` may confirm it at `now` (the minutes then move, if the limits
    /// allow): the other party only, while it is pending and in time.
    pub fn may_confirm(&self, who: i64, now: i64) -> Result<(), Refusal> {
        if who != self.counterpart {
            return Err(Refusal::NotYours);
        }
        self.open(now)
    }

    /// Whether `who` may decline it: as for confirming.
    pub fn may_decline(&self, who: i64, now: i64) -> Result<(), Refusal> {
        self.may_confirm(who, now)
    }

    /// Whether `who` may cancel it: either party, while it is pending and in time.
    pub fn may_cancel(&self, who: i64, now: i64) -> Result<(), Refusal> {
        if who != self.proposer && who != self.counterpart {
            return Err(Refusal::NotYours);
        }
        self.open(now)
    }
}

/// The ledger in memory: what storage keeps in tables, for the property tests (and
/// for checking a stored ledger against its own replay).
#[derive(Debug, Clone, Default)]
pub struct Ledger {
    pub rules: Rules,
    pub transfers: Vec<Transfer>,
    balances: HashMap<Account, Minutes>,
    keys: HashMap<String, usize>,
    reversed: Vec<usize>,
}

impl Ledger {
    pub fn new(rules: Rules) -> Ledger {
        Ledger {
            rules,
            ..Ledger::default()
        }
    }

    pub fn balance(&self, account: Account) -> Minutes {
        self.balances.get(&account).copied().unwrap_or(0)
    }

    /// Writes a transfer if the rules allow it. The same key again with the same
    /// transfer (a retried request) returns the first one's index and moves nothing;
    /// with another transfer it is refused.
    pub fn transfer(&mut self, transfer: Transfer) -> Result<usize, Refusal> {
        if let Some(&index) = self.keys.get(&transfer.key) {
            let first = &self.transfers[index];
            let same = (first.from, first.to, first.amount, first.kind)
                == (transfer.from, transfer.to, transfer.amount, transfer.kind);
            return if same {
                Ok(index)
            } else {
                Err(Refusal::KeyReused)
            };
        }
        if let TransferKind::Reversal { of } = transfer.kind {
            if self.reversed.contains(&of) {
                return Err(Refusal::NotReversible);
            }
        }
        may_transfer(
            &self.rules,
            transfer.from,
            self.balance(transfer.from),
            transfer.to,
            self.balance(transfer.to),
            transfer.amount,
        )?;
        *self.balances.entry(transfer.from).or_insert(0) -= transfer.amount;
        *self.balances.entry(transfer.to).or_insert(0) += transfer.amount;
        if let TransferKind::Reversal { of } = transfer.kind {
            self.reversed.push(of);
        }
        let index = self.transfers.len();
        self.keys.insert(transfer.key.clone(), index);
        self.transfers.push(transfer);
        Ok(index)
    }

    /// Undoes transfer `index`, if it may be undone and the limits allow.
    pub fn reverse(&mut self, index: usize, key: String, at: i64) -> Result<usize, Refusal> {
        if let Some(&done) = self.keys.get(&key) {
            // A retried reversal of the same transfer; any other use of the key is refused.
            return match self.transfers[done].kind {
                TransferKind::Reversal { of } if of == index => Ok(done),
                _ => Err(Refusal::KeyReused),
            };
        }
        let original = self.transfers.get(index).ok_or(Refusal::NotReversible)?;
        let reversal = reversal_of(original, index, self.reversed.contains(&index), key, at)?;
        self.transfer(reversal)
    }

    /// Confirms `proposal` for `who`: the minutes move, once, if the limits allow;
    /// otherwise the proposal stays pending (the payer may earn minutes first).
    pub fn confirm(
        &mut self,
        proposal: &mut Proposal,
        who: i64,
        key: String,
        now: i64,
    ) -> Result<usize, Refusal> {
        proposal.may_confirm(who, now)?;
        let index = self.transfer(Transfer {
            key,
            from: Account::Member(proposal.payer),
            to: Account::Member(proposal.payee),
            amount: proposal.amount,
            kind: TransferKind::Exchange {
                proposal: proposal.id,
            },
            at: now,
        })?;
        proposal.state = ProposalState::Confirmed;
        Ok(index)
    }

    /// Every balance, derived again from the transfers alone.
    pub fn replayed(&self) -> HashMap<Account, Minutes> {
        let mut balances = HashMap::new();
        for t in &self.transfers {
            *balances.entry(t.from).or_insert(0) -= t.amount;
            *balances.entry(t.to).or_insert(0) += t.amount;
        }
        balances
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn t(key: &str, from: Account, to: Account, amount: Minutes) -> Transfer {
        Transfer {
            key: key.into(),
            from,
            to,
            amount,
            kind: TransferKind::Gift,
            at: 0,
        }
    }

    const ANA: Account = Account::Member(1);
    const BEN: Account = Account::Member(2);

    #[test]
    fn amounts_are_whole_positive_minutes_up_to_a_hundred_hours() {
        assert_eq!(check_amount(0), Err(Refusal::AmountNotPositive));
        assert_eq!(check_amount(-5), Err(Refusal::AmountNotPositive));
        assert_eq!(check_amount(1), Ok(1));
        assert_eq!(check_amount(AMOUNT_MAX), Ok(AMOUNT_MAX));
        assert_eq!(check_amount(AMOUNT_MAX + 1), Err(Refusal::AmountTooLarge));
        assert_eq!(check_amount(i64::MAX), Err(Refusal::AmountTooLarge));
    }

    #[test]
    fn limits_hold_at_their_edges_and_the_commune_has_none() {
        let rules = Rules {
            credit_limit: 600,
            upper_limit: Some(1_000),
            ..Rules::default()
        };
        assert_eq!(may_transfer(&rules, ANA, 0, BEN, 0, 600), Ok(()));
        assert_eq!(
            may_transfer(&rules, ANA, 0, BEN, 0, 601),
            Err(Refusal::BelowCreditLimit)
        );
        assert_eq!(
            may_transfer(&rules, ANA, -600, BEN, 0, 1),
            Err(Refusal::BelowCreditLimit)
        );
        assert_eq!(may_transfer(&rules, ANA, 100, BEN, 900, 100), Ok(()));
        assert_eq!(
            may_transfer(&rules, ANA, 100, BEN, 901, 100),
            Err(Refusal::AboveUpperLimit)
        );
        // The commune's account issues credit without limit, and receives without one.
        assert_eq!(
            may_transfer(&rules, Account::Commune, -50_000, ANA, 0, 60),
            Ok(())
        );
        assert_eq!(
            may_transfer(&rules, ANA, 0, Account::Commune, 5_000, 60),
            Ok(())
        );
        assert_eq!(
            may_transfer(&rules, ANA, 0, ANA, 0, 1),
            Err(Refusal::SameAccount)
        );
        assert_eq!(
            may_transfer(&rules, ANA, 0, BEN, 0, 0),
            Err(Refusal::AmountNotPositive)
        );
    }

    #[test]
    fn rules_stay_within_their_bounds() {
        let good = Rules::default();
        assert_eq!(check_rules(&good), Ok(()));
        let bad = [
            Rules {
                credit_limit: -1,
                ..good
            },
            Rules {
                credit_limit: CREDIT_LIMIT_MAX + 1,
                ..good
            },
            Rules {
                upper_limit: Some(-1),
                ..good
            },
            Rules {
                upper_limit: Some(10 * AMOUNT_MAX + 1),
                ..good
            },
            Rules {
                welcome_credit: -1,
                ..good
            },
            Rules {
                welcome_credit: AMOUNT_MAX + 1,
                ..good
            },
            Rules {
                upper_limit: Some(30),
                welcome_credit: 31,
                ..good
            },
            Rules {
                proposal_ttl: PROPOSAL_TTL_MIN - 1,
                ..good
            },
            Rules {
                proposal_ttl: PROPOSAL_TTL_MAX + 1,
                ..good
            },
        ];
        let fields = [
            "credit_limit",
            "credit_limit",
            "upper_limit",
            "upper_limit",
            "welcome_credit",
            "welcome_credit",
            "welcome_credit",
            "proposal_ttl",
            "proposal_ttl",
        ];
        assert_eq!(bad.len(), fields.len());
        for (rules, field) in bad.iter().zip(fields) {
            assert_eq!(
                check_rules(rules),
                Err(Refusal::RulesOutOfBounds),
                "{rules:?}"
            );
            // Each problem is named on its own field, alone.
            let problems = rules_problems(rules);
            assert_eq!(problems.len(), 1, "{rules:?}");
            assert_eq!(problems[0].0, field, "{rules:?}");
        }
        let all_wrong = Rules {
            credit_limit: -1,
            upper_limit: Some(-1),
            welcome_credit: -1,
            proposal_ttl: 0,
        };
        let messages: Vec<_> = rules_problems(&all_wrong).iter().map(|p| p.1).collect();
        assert_eq!(
            messages,
            [
                "timebank-error-rule-credit-limit",
                "timebank-error-rule-upper-limit",
                "timebank-error-rule-welcome",
                "timebank-error-rule-proposals"
            ]
        );
        let edges = [
            Rules {
                credit_limit: 0,
                upper_limit: Some(0),
                welcome_credit: 0,
                proposal_ttl: PROPOSAL_TTL_MIN,
            },
            Rules {
                credit_limit: CREDIT_LIMIT_MAX,
                upper_limit: Some(10 * AMOUNT_MAX),
                welcome_credit: AMOUNT_MAX,
                proposal_ttl: PROPOSAL_TTL_MAX,
            },
            Rules {
                upper_limit: Some(60),
                welcome_credit: 60,
                ..good
            },
        ];
        for rules in edges {
            assert_eq!(check_rules(&rules), Ok(()), "{rules:?}");
        }
    }

    #[test]
    fn a_proposal_is_answered_by_the_other_party_in_time_and_once() {
        let rules = Rules::default();
        let asked = propose(&rules, 7, 1, 2, false, 90, 1_000).unwrap();
        assert_eq!((asked.payer, asked.payee), (2, 1), "the provider asks");
        assert_eq!(asked.expires_at, 1_000 + rules.proposal_ttl);
        let offered = propose(&rules, 8, 2, 1, true, 90, 1_000).unwrap();
        assert_eq!(
            (offered.payer, offered.payee),
            (2, 1),
            "the receiver offers"
        );
        assert_eq!(
            propose(&rules, 9, 1, 1, true, 90, 0),
            Err(Refusal::SameAccount)
        );
        assert_eq!(
            propose(&rules, 9, 1, 2, true, 0, 0),
            Err(Refusal::AmountNotPositive)
        );

        assert_eq!(asked.may_confirm(1, 1_001), Err(Refusal::NotYours));
        assert_eq!(asked.may_confirm(3, 1_001), Err(Refusal::NotYours));
        assert_eq!(asked.may_confirm(2, 1_001), Ok(()));
        assert_eq!(asked.may_decline(1, 1_001), Err(Refusal::NotYours));
        assert_eq!(asked.may_decline(2, 1_001), Ok(()));
        let last = asked.expires_at - 1;
        assert_eq!(asked.may_confirm(2, last), Ok(()));
        assert_eq!(
            asked.may_confirm(2, asked.expires_at),
            Err(Refusal::Expired)
        );
        assert_eq!(asked.may_cancel(1, last), Ok(()));
        assert_eq!(asked.may_cancel(2, last), Ok(()));
        assert_eq!(asked.may_cancel(3, last), Err(Refusal::NotYours));
        assert_eq!(asked.may_cancel(1, asked.expires_at), Err(Refusal::Expired));
        for state in [
            ProposalState::Confirmed,
            ProposalState::Declined,
            ProposalState::Cancelled,
        ] {
            let answered = Proposal {
                state,
                ..asked.clone()
            };
            assert_eq!(answered.may_confirm(2, 1_001), Err(Refusal::NotPending));
            assert_eq!(answered.may_cancel(1, 1_001), Err(Refusal::NotPending));
        }
    }

    #[test]
    fn confirming_moves_minutes_once_and_a_refused_confirmation_moves_none() {
        let mut ledger = Ledger::new(Rules {
            credit_limit: 100,
            ..Rules::default()
        });
        let mut p = propose(&ledger.rules, 1, 1, 2, false, 80, 0).unwrap();
        assert_eq!(ledger.confirm(&mut p, 2, "confirm1".into(), 10), Ok(0));
        assert_eq!(p.state, ProposalState::Confirmed);
        assert_eq!((ledger.balance(ANA), ledger.balance(BEN)), (80, -80));
        assert_eq!(
            ledger.confirm(&mut p, 2, "confirm2".into(), 11),
            Err(Refusal::NotPending)
        );
        // Ben cannot go 60 more below zero: the proposal waits, nothing moves.
        let mut q = propose(&ledger.rules, 2, 1, 2, false, 60, 20).unwrap();
        assert_eq!(
            ledger.confirm(&mut q, 2, "confirm3".into(), 21),
            Err(Refusal::BelowCreditLimit)
        );
        assert_eq!(q.state, ProposalState::Pending);
        assert_eq!(ledger.transfers.len(), 1);
    }

    #[test]
    fn a_key_moves_minutes_once_and_a_reversal_undoes_once() {
        let mut ledger = Ledger::new(Rules::default());
        assert_eq!(ledger.transfer(t("k1", ANA, BEN, 30)), Ok(0));
        assert_eq!(ledger.transfer(t("k1", ANA, BEN, 30)), Ok(0));
        assert_eq!(
            ledger.transfer(t("k1", BEN, ANA, 99)),
            Err(Refusal::KeyReused),
            "a key names one transfer"
        );
        assert_eq!(ledger.balance(BEN), 30);
        assert_eq!(ledger.reverse(0, "r1".into(), 5), Ok(1));
        assert_eq!(
            ledger.reverse(0, "r1".into(), 5),
            Ok(1),
            "a retried reversal"
        );
        assert_eq!(
            ledger.reverse(0, "k1".into(), 5),
            Err(Refusal::KeyReused),
            "a gift's key"
        );
        assert_eq!(ledger.transfer(t("k2", ANA, BEN, 10)), Ok(2));
        assert_eq!(
            ledger.reverse(2, "r1".into(), 7),
            Err(Refusal::KeyReused),
            "the key of another transfer's reversal"
        );
        assert_eq!(
            ledger.replayed(),
            HashMap::from([(ANA, -10), (BEN, 10)]),
            "a gift, its reversal, another gift"
        );
        assert_eq!(
            ledger.reverse(0, "r2".into(), 6),
            Err(Refusal::NotReversible)
        );
        assert_eq!(
            ledger.reverse(1, "r3".into(), 6),
            Err(Refusal::NotReversible),
            "a reversal is not undone"
        );
        assert_eq!(
            ledger.reverse(9, "r4".into(), 6),
            Err(Refusal::NotReversible)
        );
        assert_eq!((ledger.balance(ANA), ledger.balance(BEN)), (-10, 10));
        assert_eq!(ledger.transfers[1].kind, TransferKind::Reversal { of: 0 });
        assert_eq!(
            (ledger.transfers[1].from, ledger.transfers[1].to),
            (BEN, ANA)
        );
    }

    /// What people and coordinators do, in any order.
    #[derive(Debug, Clone)]
    enum Op {
        Welcome {
            member: i64,
            key: u8,
        },
        Gift {
            from: i64,
            to: i64,
            amount: Minutes,
            key: u8,
        },
        Propose {
            proposer: i64,
            counterpart: i64,
            pays: bool,
            amount: Minutes,
        },
        Confirm {
            proposal: usize,
            who: i64,
            key: u8,
        },
        Decline {
            proposal: usize,
            who: i64,
        },
        Cancel {
            proposal: usize,
            who: i64,
        },
        Reverse {
            transfer: usize,
            key: u8,
        },
        Limits {
            credit: Minutes,
            upper: Option<Minutes>,
        },
        Wait {
            seconds: i64,
        },
    }

    fn op() -> impl Strategy<Value = Op> {
        let member = 1..5i64;
        let amount = prop_oneof![-10..0i64, 1..400i64, Just(AMOUNT_MAX + 1)];
        prop_oneof![
            (member.clone(), any::<u8>()).prop_map(|(member, key)| Op::Welcome { member, key }),
            (member.clone(), member.clone(), amount.clone(), any::<u8>()).prop_map(
                |(from, to, amount, key)| Op::Gift {
                    from,
                    to,
                    amount,
                    key
                }
            ),
            (member.clone(), member.clone(), any::<bool>(), amount).prop_map(
                |(proposer, counterpart, pays, amount)| Op::Propose {
                    proposer,
                    counterpart,
                    pays,
                    amount
                }
            ),
            (0..8usize, member.clone(), any::<u8>()).prop_map(|(proposal, who, key)| Op::Confirm {
                proposal,
                who,
                key
            }),
            (0..8usize, member.clone()).prop_map(|(proposal, who)| Op::Decline { proposal, who }),
            (0..8usize, member).prop_map(|(proposal, who)| Op::Cancel { proposal, who }),
            (0..12usize, any::<u8>()).prop_map(|(transfer, key)| Op::Reverse { transfer, key }),
            (0..700i64, proptest::option::of(0..900i64))
                .prop_map(|(credit, upper)| Op::Limits { credit, upper }),
            (0..200_000i64).prop_map(|seconds| Op::Wait { seconds }),
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(300))]
        #[test]
        fn every_sequence_keeps_the_ledger_sound(ops in proptest::collection::vec(op(), 1..60)) {
            let mut ledger = Ledger::new(Rules { credit_limit: 300, upper_limit: None, welcome_credit: 60, proposal_ttl: 86_400 });
            let mut proposals: Vec<Proposal> = Vec::new();
            let mut now = 1_000i64;
            // The limits in force when each transfer was written, to check it by them.
            let mut limits_at = Vec::new();
            for op in ops {
                let before = ledger.transfers.len();
                let rules = ledger.rules;
                let result = match op {
                    Op::Welcome { member, key } => ledger.transfer(Transfer {
                        key: format!("w{key}"), from: Account::Commune, to: Account::Member(member),
                        amount: ledger.rules.welcome_credit.max(1), kind: TransferKind::Welcome, at: now,
                    }).map(|_| ()),
                    Op::Gift { from, to, amount, key } => ledger.transfer(Transfer {
                        key: format!("g{key}"), from: Account::Member(from), to: Account::Member(to),
                        amount, kind: TransferKind::Gift, at: now,
                    }).map(|_| ()),
                    Op::Propose { proposer, counterpart, pays, amount } => {
                        let id = proposals.len() as i64;
                        propose(&ledger.rules, id, proposer, counterpart, pays, amount, now).map(|p| proposals.push(p))
                    }
                    Op::Confirm { proposal, who, key } => match proposals.get_mut(proposal) {
                        Some(p) => {
                            let was = p.clone();
                            let r = ledger.confirm(p, who, format!("c{key}"), now).map(|_| ());
                            // Confirmed exactly when the minutes moved for it.
                            prop_assert_eq!(p.state == ProposalState::Confirmed, r.is_ok() || was.state == ProposalState::Confirmed);
                            if r.is_ok() {
                                prop_assert_eq!(who, was.counterpart);
                                prop_assert!(now < was.expires_at);
                            }
                            r
                        }
                        None => Ok(()),
                    },
                    Op::Decline { proposal, who } | Op::Cancel { proposal, who } => match proposals.get_mut(proposal) {
                        Some(p) => {
                            let check = if matches!(op, Op::Decline { .. }) { p.may_decline(who, now) } else { p.may_cancel(who, now) };
                            if check.is_ok() {
                                p.state = if matches!(op, Op::Decline { .. }) { ProposalState::Declined } else { ProposalState::Cancelled };
                            }
                            check
                        }
                        None => Ok(()),
                    },
                    Op::Reverse { transfer, key } => ledger.reverse(transfer, format!("r{key}"), now).map(|_| ()),
                    Op::Limits { credit, upper } => {
                        let new = Rules { credit_limit: credit, upper_limit: upper, ..ledger.rules };
                        check_rules(&new).map(|()| ledger.rules = new)
                    }
                    Op::Wait { seconds } => { now += seconds; Ok(()) }
                };
                // A refusal moves nothing.
                if result.is_err() {
                    prop_assert_eq!(ledger.transfers.len(), before);
                }
                for _ in before..ledger.transfers.len() {
                    limits_at.push(rules);
                }
                // Balances equal their derivation from the transfers; they sum to zero.
                let replayed = ledger.replayed();
                let accounts = std::iter::once(Account::Commune).chain((1..5).map(Account::Member));
                let mut sum = 0;
                for account in accounts {
                    let derived = replayed.get(&account).copied().unwrap_or(0);
                    prop_assert_eq!(ledger.balance(account), derived);
                    sum += derived;
                }
                prop_assert_eq!(sum, 0);
            }
            // A confirmed proposal moved its minutes exactly once; any other, never.
            for p in &proposals {
                let settled: Vec<&Transfer> = ledger.transfers.iter()
                    .filter(|t| t.kind == TransferKind::Exchange { proposal: p.id })
                    .collect();
                prop_assert_eq!(settled.len(), usize::from(p.state == ProposalState::Confirmed));
                for t in settled {
                    prop_assert_eq!((t.from, t.to, t.amount), (Account::Member(p.payer), Account::Member(p.payee), p.amount));
                }
            }
            // Replayed in order, no transfer took a member past the limits of its time,
            // no key moved minutes twice, nothing was undone twice.
            let mut balances: HashMap<Account, Minutes> = HashMap::new();
            let mut keys = std::collections::HashSet::new();
            let mut undone = std::collections::HashSet::new();
            for (transfer, rules) in ledger.transfers.iter().zip(&limits_at) {
                prop_assert!(keys.insert(transfer.key.clone()));
                if let TransferKind::Reversal { of } = transfer.kind {
                    prop_assert!(undone.insert(of));
                    let undoes_a_reversal = matches!(ledger.transfers[of].kind, TransferKind::Reversal { .. });
                    prop_assert!(!undoes_a_reversal);
                }
                prop_assert!((1..=AMOUNT_MAX).contains(&transfer.amount));
                prop_assert_ne!(transfer.from, transfer.to);
                let from = balances.entry(transfer.from).or_insert(0);
                *from -= transfer.amount;
                if let Account::Member(_) = transfer.from {
                    prop_assert!(*from >= -rules.credit_limit);
                }
                let to = balances.entry(transfer.to).or_insert(0);
                *to += transfer.amount;
                if let (Account::Member(_), Some(upper)) = (transfer.to, rules.upper_limit) {
                    prop_assert!(*to <= upper);
                }
            }
        }
    }
}
