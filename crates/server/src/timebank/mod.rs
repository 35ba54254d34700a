//! The time bank (`PRODUCT.md` C4): members exchange services and goods for minutes,
//! recorded in a double-entry ledger. One party proposes an exchange, the other
//! confirms it, and only then do the minutes move; members give minutes; the
//! commune's coordinator sets the rules, records exchanges at the counter and
//! corrects mistakes with reversing entries.
//!
//! The rules are `gemeng_core::ledger`'s; every write to the ledger goes through the
//! ledger writer ([`writer`]), which commits concurrent actions together and answers
//! each only once it is on disk. The time bank is commune-wide: a proposal, a
//! transfer or a member of another commune is "not found".

pub mod api;
pub mod coordinator;
pub mod coordinator_api;
pub mod coordinator_web;
pub mod ledger;
pub mod listings;
pub mod listings_web;
pub mod member_field;
pub mod web;
pub mod writer;

use gemeng_core::ledger::{check_amount, Minutes};
use gemeng_core::timebank::{self as words, refusal_message};
use gemeng_core::validation::FieldErrors;
use gemeng_db::accounts::Account;
use gemeng_db::communes::Commune;
use gemeng_db::timebank::{self as store, LedgerAccount, Proposal};
use serde::Deserialize;
use utoipa::ToSchema;

use self::ledger::{Answer, Command, Limit, Outcome, Refused, Request};
use crate::app::App;
use crate::http::api::WholeNumber;
use crate::http::error::{AppError, AppResult};
use crate::neighbourhood::posts::request_key;
use crate::notices::{self, Exchange, Prepared};

/// Sends an action to the ledger writer and waits for its commit.
pub async fn submit(
    app: &App,
    commune_id: i64,
    command: Command,
) -> AppResult<Result<Outcome, Refused>> {
    send(
        app,
        Request {
            commune_id,
            command,
            limit: None,
            notice: None,
        },
    )
    .await
}

/// Sends `request` to the ledger writer and waits for its commit. Its rate limit and
/// its notice are written in the batch's transaction: separate writes would cost the
/// writer's connection more than the action.
pub async fn send(app: &App, request: Request) -> AppResult<Result<Outcome, Refused>> {
    let (outcome, changes) = app.ledger.submit(request).await?;
    app.cache.forget(&changes);
    Ok(outcome)
}

/// What a refusal answers: "not found" for what the caller may not see, a conflict
/// for someone who has not joined, and a field's message for the rest.
pub fn refusal_error(refused: Refused) -> AppError {
    match refused {
        Refused::NoSuchProposal | Refused::NoSuchTransfer => AppError::NotFound,
        Refused::NotJoined => AppError::Conflict("timebank-error-not-joined"),
        Refused::TooMany { retry_after } => AppError::TooManyRequests { retry_after },
        Refused::NoSuchMember => {
            AppError::Invalid(FieldErrors::single("with", "timebank-error-no-member"))
        }
        Refused::Ledger(refusal) => {
            let (field, message) = refusal_message(refusal);
            AppError::Invalid(FieldErrors::single(field, message))
        }
    }
}

fn settled(outcome: AppResult<Result<Outcome, Refused>>) -> AppResult<Outcome> {
    outcome?.map_err(refusal_error)
}

/// Which side of an exchange the proposer was on.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, serde::Serialize, ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    /// "I provided the service: I ask to be paid."
    #[default]
    Ask,
    /// "I received the service: I offer to pay."
    Pay,
}

/// An exchange as proposed in the form or the API.
#[derive(Debug, Clone, Default, Deserialize, ToSchema)]
#[serde(default)]
#[schema(example = json!({"with": 5, "direction": "ask", "amount": 45,
    "memo": "Shopping at the market", "category": "shopping", "request_key": "a1b2c3d4e5f6"}))]
pub struct ProposalInput {
    /// The other member (their user id).
    #[schema(value_type = i64)]
    pub with: WholeNumber,
    pub direction: Direction,
    /// Whole minutes, 1 to 6,000.
    #[schema(value_type = i64)]
    pub amount: WholeNumber,
    /// What was exchanged.
    pub memo: String,
    /// One of the categories (`company`, `shopping`, `garden`…).
    pub category: String,
    /// The same key twice records one proposal.
    pub request_key: String,
}

/// Minutes given as a gift.
#[derive(Debug, Clone, Default, Deserialize, ToSchema)]
#[serde(default)]
#[schema(example = json!({"to": 5, "amount": 15, "memo": "Thank you for the jam",
    "request_key": "f6e5d4c3b2a1"}))]
pub struct GiftInput {
    /// The member receiving (their user id).
    #[schema(value_type = i64)]
    pub to: WholeNumber,
    /// Whole minutes, 1 to 6,000.
    #[schema(value_type = i64)]
    pub amount: WholeNumber,
    pub memo: String,
    pub request_key: String,
}

/// An answer to a proposal: only its one-time key.
#[derive(Debug, Clone, Default, Deserialize, ToSchema)]
#[serde(default)]
pub struct AnswerInput {
    pub request_key: String,
}

/// A member of the time bank acting for themselves.
pub struct Member<'a> {
    pub app: &'a App,
    pub commune: &'a Commune,
    pub account: &'a Account,
}

impl Member<'_> {
    /// Their ledger account, if they joined.
    pub async fn ledger_account(&self) -> AppResult<Option<LedgerAccount>> {
        Ok(store::account_of(&self.app.db, self.account.id)
            .await?
            .filter(|a| a.commune_id == self.commune.id))
    }

    /// The notice member `to` should get of this member's exchange, as they chose.
    /// The exchange goes ahead whatever happens to its notice: a failure to make it
    /// ready is logged, not answered.
    async fn notice(&self, about: Exchange, to: i64, amount: i64, memo: &str) -> Option<Prepared> {
        let prepared = notices::prepare_exchange(
            self.app,
            self.commune,
            about,
            self.account,
            to,
            amount,
            memo,
        )
        .await;
        prepared.unwrap_or_else(|error| {
            tracing::warn!(%error, "a time bank notice could not be made ready");
            None
        })
    }

    /// The notice to the proposer of proposal `id` if this member's `answer` to it
    /// goes through (the writer decides; a proposal not theirs to answer gets none).
    async fn answer_notice(&self, id: i64, answer: Answer) -> AppResult<Option<Prepared>> {
        let Some(proposal) = store::proposal(&self.app.db, self.commune.id, id).await? else {
            return Ok(None);
        };
        let holders = store::holders(&self.app.db, &[proposal.proposer]).await?;
        let Some(proposer) = holders.get(&proposal.proposer) else {
            return Ok(None);
        };
        if proposer.user_id == self.account.id {
            return Ok(None);
        }
        let about = Exchange::Answered {
            confirmed: answer == Answer::Confirm,
        };
        Ok(self
            .notice(about, proposer.user_id, proposal.amount, &proposal.memo)
            .await)
    }

    /// The member's own rate limit `name`: `max` actions per `window_seconds`.
    fn limit(&self, name: &str, window_seconds: i64, max: i64) -> Option<Limit> {
        Some(Limit {
            bucket: format!("{name}:{}", self.account.id),
            window_seconds,
            max,
        })
    }

    /// Their ledger account; "not joined" otherwise.
    pub async fn joined(&self) -> AppResult<LedgerAccount> {
        self.ledger_account()
            .await?
            .ok_or(AppError::Conflict("timebank-error-not-joined"))
    }

    /// Joins the time bank; whether they were new.
    pub async fn join(&self) -> AppResult<bool> {
        let outcome = settled(
            submit(
                self.app,
                self.commune.id,
                Command::Join {
                    user_id: self.account.id,
                },
            )
            .await,
        )?;
        Ok(matches!(
            outcome,
            Outcome::Joined(gemeng_db::posts::Stored::New(_))
        ))
    }

    /// Proposes an exchange; the proposal (the first one, for a key sent before),
    /// or the form's problems.
    pub async fn propose(&self, input: &ProposalInput) -> AppResult<Result<Proposal, FieldErrors>> {
        let mut errors = FieldErrors::new();
        let amount = errors.check("amount", amount_of(input.amount));
        let memo = errors.check("memo", words::check_memo(&input.memo));
        let category = errors.check("category", words::check_category(&input.category));
        let with = person(input.with);
        if with == self.account.id {
            errors.add("with", "timebank-error-yourself");
        }
        let (Some(amount), Some(memo), Some(category), true) =
            (amount, memo, category, errors.is_empty())
        else {
            return Ok(Err(errors));
        };
        // The other member answers: they pay when the proposer asks to be paid.
        let about = Exchange::ToAnswer {
            recipient_pays: input.direction == Direction::Ask,
        };
        let notice = self.notice(about, with, amount, &memo).await;
        let outcome = send(
            self.app,
            Request {
                commune_id: self.commune.id,
                command: Command::Propose {
                    proposer: self.account.id,
                    counterpart: with,
                    pays: input.direction == Direction::Pay,
                    amount,
                    memo,
                    category,
                    key: request_key(&input.request_key),
                },
                limit: self.limit("timebank-proposals", 3600, words::PROPOSALS_PER_HOUR),
                notice,
            },
        )
        .await?;
        match outcome {
            Ok(Outcome::Proposed { proposal, .. }) => Ok(Ok(*proposal)),
            Ok(other) => Err(unexpected(other)),
            Err(refused) => form_refusal(refused),
        }
    }

    /// Answers proposal `id`: the proposal after the answer, and the transfer a
    /// confirmation wrote.
    pub async fn answer(
        &self,
        id: i64,
        answer: Answer,
        input: &AnswerInput,
    ) -> AppResult<(Proposal, Option<i64>)> {
        // The proposer hears of a confirmation or a refusal (not of a cancellation,
        // which is theirs or comes before anything moved).
        let notice = match answer {
            Answer::Confirm | Answer::Decline => self.answer_notice(id, answer).await?,
            Answer::Cancel => None,
        };
        let outcome = settled(
            send(
                self.app,
                Request {
                    commune_id: self.commune.id,
                    command: Command::Answer {
                        user_id: self.account.id,
                        proposal: id,
                        answer,
                        key: request_key(&input.request_key),
                    },
                    limit: self.limit("timebank-answers", 3600, words::ANSWERS_PER_HOUR),
                    notice,
                },
            )
            .await,
        )?;
        match outcome {
            Outcome::Answered {
                proposal, transfer, ..
            } => Ok((*proposal, transfer)),
            other => Err(unexpected(other)),
        }
    }

    /// Gives minutes to another member; the transfer's id, or the form's problems.
    pub async fn give(&self, input: &GiftInput) -> AppResult<Result<i64, FieldErrors>> {
        let mut errors = FieldErrors::new();
        let amount = errors.check("amount", amount_of(input.amount));
        let memo = errors.check("memo", words::check_memo(&input.memo));
        let to = person(input.to);
        if to == self.account.id {
            errors.add("to", "timebank-error-yourself");
        }
        let (Some(amount), Some(memo), true) = (amount, memo, errors.is_empty()) else {
            return Ok(Err(errors));
        };
        let outcome = send(
            self.app,
            Request {
                commune_id: self.commune.id,
                command: Command::Gift {
                    from: self.account.id,
                    to,
                    amount,
                    memo,
                    key: request_key(&input.request_key),
                },
                limit: self.limit("timebank-gifts", 86_400, words::GIFTS_PER_DAY),
                notice: None,
            },
        )
        .await?;
        match outcome {
            Ok(Outcome::Transferred(stored)) => Ok(Ok(stored.id())),
            Ok(other) => Err(unexpected(other)),
            Err(Refused::NoSuchMember) => {
                Ok(Err(FieldErrors::single("to", "timebank-error-no-member")))
            }
            Err(refused) => form_refusal(refused),
        }
    }
}

/// An amount typed in a form or sent to the API: whole minutes within the bounds.
pub(crate) fn amount_of(amount: WholeNumber) -> Result<Minutes, &'static str> {
    match amount {
        WholeNumber::Whole(n) => check_amount(n).map_err(|r| refusal_message(r).1),
        WholeNumber::Fraction => Err("timebank-error-amount-whole"),
        WholeNumber::OutOfRange(true) => Err("timebank-error-amount-positive"),
        WholeNumber::OutOfRange(false) => Err("timebank-error-amount-large"),
    }
}

/// A person named by their user id; anything else names nobody (id 0).
pub(crate) fn person(id: WholeNumber) -> i64 {
    id.whole().unwrap_or(0)
}

/// A refusal that belongs to the form (its fields), or an error that does not.
pub(crate) fn form_refusal<T>(refused: Refused) -> AppResult<Result<T, FieldErrors>> {
    match refusal_error(refused) {
        AppError::Invalid(errors) => Ok(Err(errors)),
        other => Err(other),
    }
}

pub(crate) fn unexpected(outcome: Outcome) -> AppError {
    AppError::Internal(anyhow::anyhow!(
        "the ledger answered an unexpected {outcome:?}"
    ))
}
