//! The coordinator's work (commune staff): the rules, exchanges recorded at the
//! counter for members who are offline, corrections by reversing entries (never by
//! editing), and the proof that the ledger balances. Each is written to the audit log.

use gemeng_core::ledger::{check_rules, rules_problems, Rules};
use gemeng_core::timebank as words;
use gemeng_core::validation::FieldErrors;
use gemeng_db::accounts::Account;
use gemeng_db::communes::Commune;
use gemeng_db::timebank as store;
use serde::Deserialize;
use utoipa::ToSchema;

use super::ledger::{Command, Outcome, Refused};
use super::{amount_of, form_refusal, person, submit, unexpected};
use crate::app::{now, App};
use crate::http::api::WholeNumber;
use crate::http::error::AppResult;
use crate::neighbourhood::posts::request_key;

/// The rules as the coordinator sets them.
#[derive(Debug, Clone, Default, Deserialize, ToSchema)]
#[serde(default)]
pub struct RulesInput {
    /// How far below zero a member may go, in minutes (0 to 6,000).
    #[schema(value_type = i64)]
    pub credit_limit: WholeNumber,
    /// How far above zero a member may go; none for no limit.
    #[schema(value_type = Option<i64>)]
    pub upper_limit: Option<WholeNumber>,
    /// What a new member receives from the commune's account (0 to 6,000, not above
    /// the upper limit).
    #[schema(value_type = i64)]
    pub welcome_credit: WholeNumber,
    /// How long a proposal waits for an answer, in hours (1 to 720).
    #[schema(value_type = i64)]
    pub proposal_hours: WholeNumber,
}

/// An exchange recorded at the counter.
#[derive(Debug, Clone, Default, Deserialize, ToSchema)]
#[serde(default)]
pub struct CounterInput {
    /// The member who received the service and pays (their user id).
    #[schema(value_type = i64)]
    pub payer: WholeNumber,
    /// The member who provided it and is paid (their user id).
    #[schema(value_type = i64)]
    pub payee: WholeNumber,
    /// Whole minutes, 1 to 6,000.
    #[schema(value_type = i64)]
    pub amount: WholeNumber,
    pub memo: String,
    pub category: String,
    pub request_key: String,
}

/// A correction: the transfer is undone by a reversing entry, with the reason.
#[derive(Debug, Clone, Default, Deserialize, ToSchema)]
#[serde(default)]
pub struct ReversalInput {
    pub reason: String,
    pub request_key: String,
}

/// Commune staff coordinating the time bank.
pub struct Coordinator<'a> {
    pub app: &'a App,
    pub commune: &'a Commune,
    pub staff: &'a Account,
}

impl Coordinator<'_> {
    /// The rules in force (the defaults until the time bank opens).
    pub async fn rules(&self) -> AppResult<Rules> {
        Ok(store::rules(&self.app.db, self.commune.id)
            .await?
            .unwrap_or_default())
    }

    /// Sets the rules; the new rules, or the form's problems.
    pub async fn set_rules(&self, input: &RulesInput) -> AppResult<Result<Rules, FieldErrors>> {
        // A fraction or a number out of range is out of bounds (-1 for the rules).
        let value = |n: WholeNumber| n.whole().unwrap_or(-1);
        let hours = value(input.proposal_hours);
        let rules = Rules {
            credit_limit: value(input.credit_limit),
            upper_limit: input.upper_limit.map(value),
            welcome_credit: value(input.welcome_credit),
            proposal_ttl: hours.saturating_mul(3600),
        };
        if check_rules(&rules).is_err() {
            return Ok(Err(rules_errors(&rules)));
        }
        let at = now();
        let mut tx = self.app.begin().await?;
        store::set_rules(&mut tx, self.commune.id, &rules, at).await?;
        gemeng_db::audit::record(
            &mut tx,
            Some(self.commune.id),
            Some(self.staff.id),
            "timebank-rules-changed",
            None,
            &format!(
                "credit limit {}, upper limit {:?}, welcome {}, proposals {} h",
                rules.credit_limit, rules.upper_limit, rules.welcome_credit, hours
            ),
            at,
        )
        .await?;
        self.app.commit(tx).await?;
        Ok(Ok(rules))
    }

    /// Records an exchange at the counter; the transfer's id, or the form's problems.
    pub async fn counter(&self, input: &CounterInput) -> AppResult<Result<i64, FieldErrors>> {
        let mut errors = FieldErrors::new();
        let amount = errors.check("amount", amount_of(input.amount));
        let memo = errors.check("memo", words::check_memo(&input.memo));
        let category = errors.check("category", words::check_category(&input.category));
        let (payer, payee) = (person(input.payer), person(input.payee));
        if payer == payee {
            errors.add("payee", "timebank-error-yourself");
        }
        let (Some(amount), Some(memo), Some(category), true) =
            (amount, memo, category, errors.is_empty())
        else {
            return Ok(Err(errors));
        };
        let outcome = submit(
            self.app,
            self.commune.id,
            Command::Counter {
                staff: self.staff.id,
                payer,
                payee,
                amount,
                memo: memo.clone(),
                category,
                key: request_key(&input.request_key),
            },
        )
        .await?;
        match outcome {
            Ok(Outcome::Transferred(stored)) => {
                if let gemeng_db::posts::Stored::New(id) = stored {
                    self.log("timebank-counter-entry", id, &memo).await?;
                }
                Ok(Ok(stored.id()))
            }
            Ok(other) => Err(unexpected(other)),
            Err(Refused::NoSuchMember) => Ok(Err(FieldErrors::single(
                "payer",
                "timebank-error-no-member",
            ))),
            Err(refused) => form_refusal(refused),
        }
    }

    /// Reverses transfer `id`; the reversing transfer's id, or the form's problems.
    pub async fn reverse(
        &self,
        id: i64,
        input: &ReversalInput,
    ) -> AppResult<Result<i64, FieldErrors>> {
        let reason = match words::check_memo(&input.reason) {
            Ok(reason) => reason,
            Err(message) => return Ok(Err(FieldErrors::single("reason", message))),
        };
        let outcome = submit(
            self.app,
            self.commune.id,
            Command::Reverse {
                staff: self.staff.id,
                transfer: id,
                reason: reason.clone(),
                key: request_key(&input.request_key),
            },
        )
        .await?;
        match outcome {
            Ok(Outcome::Transferred(stored)) => {
                if let gemeng_db::posts::Stored::New(reversal) = stored {
                    self.log("timebank-reversal", reversal, &format!("{id}: {reason}"))
                        .await?;
                }
                Ok(Ok(stored.id()))
            }
            Ok(other) => Err(unexpected(other)),
            Err(refused) => form_refusal(refused),
        }
    }

    /// The audit log's entry for a transfer the coordinator wrote (after the ledger's
    /// commit: the log records what is already durable).
    async fn log(&self, action: &str, transfer: i64, detail: &str) -> AppResult<()> {
        let mut tx = self.app.begin().await?;
        gemeng_db::audit::record(
            &mut tx,
            Some(self.commune.id),
            Some(self.staff.id),
            action,
            None,
            &format!("transfer {transfer}: {detail}"),
            now(),
        )
        .await?;
        self.app.commit(tx).await
    }
}

/// What is wrong with rules `check_rules` refused, field by field (the form asks
/// for the proposals' time in hours).
fn rules_errors(rules: &Rules) -> FieldErrors {
    let mut errors = FieldErrors::new();
    for (field, message) in rules_problems(rules) {
        let field = if field == "proposal_ttl" {
            "proposal_hours"
        } else {
            field
        };
        errors.add(field, message);
    }
    errors
}
