//! The e-mails of announcements. Once an announcement is out (at once, or at its
//! scheduled time), every resident it is for hears of it as they chose: at once (an
//! e-mail in their language, or the commune's, with a one-click unsubscribe), in their
//! daily or weekly digest, or never. Residents are taken in steps by id; each step is
//! one transaction that also records how far the mailing got, so a restart goes on
//! where it stopped and two instances never write the same step twice.

use gemeng_core::language::Language;
use gemeng_core::notices::{weekly_slot, Frequency, Topic};
use gemeng_db::announcements::{self as store, Announcement, Recipient};
use gemeng_db::communes::Commune;
use gemeng_db::{notices, outbox, Tx};

use super::version_in;
use crate::app::{now, App};
use crate::http::error::AppResult;

/// Residents written to per transaction: short enough that SQLite's one writer is
/// never held long, long enough that 100,000 residents take a few hundred commits.
pub const STEP: i64 = 500;
/// Announcements looked at per round.
const ROUND: i64 = 20;

/// Writes the e-mails (and digest items) of every announcement that is out and not
/// yet told; how many residents were told. Safe to run on several instances at once.
pub async fn mail_due(app: &App) -> anyhow::Result<usize> {
    let at = now();
    let mut told = 0;
    for due in store::to_mail(&app.db, at, ROUND).await? {
        let (Some(a), Some(commune)) = (
            store::get(&app.db, due.commune_id, due.id).await?,
            gemeng_db::communes::by_id(&app.db, due.commune_id).await?,
        ) else {
            continue;
        };
        let mut from = due.mailed_through;
        loop {
            let step = store::recipients(&app.db, a.id, from, STEP).await?;
            let done = (step.len() as i64) < STEP;
            let through = step.last().map_or(from, |r| r.id);
            let mut tx = app.begin().await?;
            if !store::advance_mailing(&mut tx, a.id, from, through, done, at).await? {
                // Another instance wrote this step (or the announcement was withdrawn).
                break;
            }
            for resident in &step {
                tell(&mut tx, app, &commune, &a, resident, at).await?;
            }
            app.commit(tx).await?;
            told += step.len();
            if done {
                break;
            }
            from = through;
        }
    }
    // Public ones reach the newsletter's subscribers too.
    told += crate::channel::newsletter::mailing::mail_due(app).await?;
    Ok(told)
}

/// Tells one resident of announcement `a`, as they chose.
async fn tell(
    tx: &mut Tx,
    app: &App,
    commune: &Commune,
    a: &Announcement,
    to: &Recipient,
    at: i64,
) -> AppResult<()> {
    let frequency = to
        .frequency
        .as_deref()
        .and_then(Frequency::parse)
        .unwrap_or_default();
    let topic = Topic::Announcements;
    match frequency {
        Frequency::Never => {}
        Frequency::Daily => {
            notices::add_to_digest(tx, to.id, topic, "announcement", a.id, at).await?;
        }
        Frequency::Weekly => {
            notices::add_to_digest_after(
                tx,
                to.id,
                topic,
                "announcement",
                a.id,
                at,
                weekly_slot(at),
            )
            .await?;
        }
        Frequency::Immediately => {
            let language = Language::from_code(&to.language).unwrap_or(Language::En);
            let Some(version) = version_in(a, language, commune) else {
                return Ok(());
            };
            let token = match &to.token {
                Some(token) => token.clone(),
                None => notices::token(tx, to.id, &gemeng_core::codes::random_token()).await?,
            };
            let base = app.config.public_base();
            let stop = format!("{base}/unsubscribe?t={token}&topic={}", topic.as_str());
            let link = format!(
                "{base}/c/{}/announcements/{}?version={}",
                commune.slug, a.id, version.language
            );
            let (subject, body) = crate::notices::compose(
                app,
                commune,
                language,
                &stop,
                "notice-announcement",
                &[
                    ("title", &version.title),
                    ("text", &version.body),
                    ("link", &link),
                ],
            );
            outbox::enqueue_announcement(
                tx, commune.id, a.id, &to.email, &subject, &body, &stop, at,
            )
            .await?;
        }
    }
    Ok(())
}
