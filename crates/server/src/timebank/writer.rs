//! The ledger writer: every action that writes to the time bank's ledger goes
//! through one task, which commits whatever is waiting as one durable transaction
//! (group commit) and answers each request only after that commit.
//!
//! Why one writer: a durable commit costs a flush of the disk (SQLite runs with
//! `synchronous = FULL`), so a ledger committing one exchange at a time is capped
//! by the disk's flush rate. Requests arriving while a batch is being committed
//! wait in a bounded queue and go together into the next batch, so the flush is
//! shared and durability costs little. Nothing is acknowledged before it is on disk.
//!
//! Each action reads and locks what it needs inside the batch's transaction (a later
//! action sees an earlier one's writes), and a refused action writes nothing. If the
//! batch fails as a whole (a database error, a deadlock with another instance's
//! writer on PostgreSQL), it is rolled back and every action is run again alone, in
//! its own transaction, so one action's failure never fails its neighbours'. Retries
//! are safe: every action carries an idempotency key, so an action whose commit
//! succeeded unseen is found again instead of being applied twice.

use std::sync::OnceLock;

use gemeng_db::tx::Change;
use gemeng_db::{Db, DbError};
use tokio::sync::{mpsc, oneshot};

use super::ledger::{apply, count_limits, Batch, Outcome, Refused, Request};
use crate::app::now;
use crate::http::error::{AppError, AppResult};

/// Requests waiting for the writer at most; past that the server is saturated and
/// says so at once (503) instead of queueing without bound.
pub const QUEUE_MAX: usize = 2_048;
/// Actions committed together at most: a batch stays short enough that its
/// transaction never holds the locks for long.
pub const BATCH_MAX: usize = 256;
/// Attempts of an action alone after its batch failed (a deadlock between two
/// instances' writers on PostgreSQL resolves on retry).
const ALONE_ATTEMPTS: usize = 3;

type Answer = Result<(Result<Outcome, Refused>, Vec<Change>), String>;

struct Job {
    request: Request,
    reply: oneshot::Sender<Answer>,
}

/// The handle on the writer task, started on first use.
pub struct LedgerWriter {
    db: Db,
    queue: OnceLock<mpsc::Sender<Job>>,
}

impl LedgerWriter {
    pub fn new(db: Db) -> LedgerWriter {
        LedgerWriter {
            db,
            queue: OnceLock::new(),
        }
    }

    /// Applies `request` in the next batch and returns its outcome once the batch is
    /// committed, with what the batch changed (for the read caches).
    pub async fn submit(
        &self,
        request: Request,
    ) -> AppResult<(Result<Outcome, Refused>, Vec<Change>)> {
        let queue = self.queue.get_or_init(|| {
            let (sender, receiver) = mpsc::channel(QUEUE_MAX);
            tokio::spawn(run(self.db.clone(), receiver));
            sender
        });
        let (reply, answer) = oneshot::channel();
        queue
            .try_send(Job { request, reply })
            .map_err(|_| AppError::Busy)?;
        match answer.await {
            Ok(Ok(done)) => Ok(done),
            Ok(Err(error)) => Err(AppError::Internal(anyhow::anyhow!(
                "the ledger writer failed: {error}"
            ))),
            Err(_) => Err(AppError::Internal(anyhow::anyhow!(
                "the ledger writer stopped"
            ))),
        }
    }
}

/// The writer task: takes what is waiting, up to [`BATCH_MAX`], commits it, answers;
/// ends when the server drops its handle.
async fn run(db: Db, mut queue: mpsc::Receiver<Job>) {
    let mut batch = Vec::with_capacity(BATCH_MAX);
    while let Some(job) = queue.recv().await {
        batch.push(job);
        while batch.len() < BATCH_MAX {
            match queue.try_recv() {
                Ok(job) => batch.push(job),
                Err(_) => break,
            }
        }
        commit_batch(&db, &mut batch).await;
    }
}

async fn commit_batch(db: &Db, batch: &mut Vec<Job>) {
    let at = now();
    let requests: Vec<&Request> = batch.iter().map(|j| &j.request).collect();
    match apply_all(db, &requests, at).await {
        Ok((outcomes, changes)) => {
            for (job, outcome) in batch.drain(..).zip(outcomes) {
                // A requester that went away (a closed connection) still had its
                // action applied; its retry will find it by its key.
                let _ = job.reply.send(Ok((outcome, changes.clone())));
            }
        }
        Err(error) => {
            if batch.len() > 1 {
                tracing::warn!(error = %error, size = batch.len(), "a ledger batch failed; applying its actions one by one");
            }
            for job in batch.drain(..) {
                let mut answer = Err(String::new());
                for _ in 0..ALONE_ATTEMPTS {
                    match apply_all(db, &[&job.request], at).await {
                        Ok((mut outcomes, changes)) => {
                            answer = Ok((outcomes.remove(0), changes));
                            break;
                        }
                        Err(error) => answer = Err(error.to_string()),
                    }
                }
                if let Err(error) = &answer {
                    tracing::error!(error = %error, "a ledger action failed");
                }
                let _ = job.reply.send(answer);
            }
        }
    }
}

/// Applies `requests` in order in one transaction and commits it: one batch (public
/// so that tests can form batches of their choosing).
pub async fn apply_all(
    db: &Db,
    requests: &[&Request],
    at: i64,
) -> Result<(Vec<Result<Outcome, Refused>>, Vec<Change>), DbError> {
    let mut tx = db.begin().await?;
    let mut batch = Batch::default();
    let over = count_limits(&mut tx, requests, at).await?;
    batch.prefetch(&mut tx, requests).await?;
    let mut outcomes = Vec::with_capacity(requests.len());
    for (request, over) in requests.iter().zip(over) {
        let outcome = match over {
            Some(refused) => Err(refused),
            None => apply(&mut tx, &mut batch, request, at).await?,
        };
        if let (Some(notice), Some(proposal)) = (
            &request.notice,
            outcome.as_ref().ok().and_then(Outcome::fresh_proposal),
        ) {
            crate::notices::write_prepared(&mut tx, notice, proposal, at).await?;
        }
        outcomes.push(outcome);
    }
    let changes = tx.commit().await?;
    Ok((outcomes, changes))
}
