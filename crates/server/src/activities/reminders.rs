//! The reminders of activities: the day before a session, everyone holding a place
//! gets an e-mail in their language. The job may run on every instance, as often as
//! it likes, and after any restart: a reminder is claimed by marking its registration
//! (`reminded_at`) in the transaction that writes the e-mail to the outbox, so it is
//! written once or not at all. Hosts of café tables with an account get theirs too
//! (`hosts::send_due`), marked per session and table.

use std::collections::BTreeMap;

use gemeng_core::activities::{reminder_due, REMINDER_LEAD};
use gemeng_db::activities::{self as store, Activity, Recipient};
use gemeng_db::communes::Commune;

use crate::app::{now, App};

/// Registrations looked at per round.
const ROUND: i64 = 200;

/// Activities (with their commune) a run of reminders has read, by id; `None` for
/// one gone meanwhile.
pub(super) type Read = BTreeMap<i64, Option<(Activity, Commune)>>;

/// Activity `activity_id` of commune `commune_id` and the commune, read once per run.
pub(super) async fn read_once<'a>(
    app: &App,
    read: &'a mut Read,
    commune_id: i64,
    activity_id: i64,
) -> anyhow::Result<Option<&'a (Activity, Commune)>> {
    if let std::collections::btree_map::Entry::Vacant(slot) = read.entry(activity_id) {
        let found = match (
            store::get(&app.db, commune_id, activity_id).await?,
            gemeng_db::communes::by_id(&app.db, commune_id).await?,
        ) {
            (Some(a), Some(c)) => Some((a, c)),
            _ => None,
        };
        slot.insert(found);
    }
    Ok(read.get(&activity_id).and_then(Option::as_ref))
}

/// Writes every reminder due now; how many were written.
pub async fn send_due(app: &App) -> anyhow::Result<usize> {
    let at = now();
    let mut sent = 0;
    let mut activities = Read::new();
    loop {
        let due = store::reminders_to_send(&app.db, at, REMINDER_LEAD, ROUND).await?;
        for r in &due {
            let Some((a, commune)) =
                read_once(app, &mut activities, r.commune_id, r.activity_id).await?
            else {
                continue;
            };
            let mut tx = app.begin().await?;
            if !store::claim_reminder(&mut tx, r.registration_id, at).await? {
                // Another instance (or run) wrote it.
                continue;
            }
            // Someone who registered inside the last day had their confirmation
            // moments ago: the claim alone marks them done.
            if reminder_due(r.starts_at, r.registered_at, at, false) {
                let to = Recipient {
                    user_id: 0,
                    email: r.email.clone(),
                    language: r.language.clone(),
                };
                super::tell(
                    &mut tx,
                    app,
                    commune,
                    a,
                    r.starts_at,
                    &to,
                    "mail-activity-reminder",
                )
                .await?;
                sent += 1;
            }
            app.commit(tx).await?;
        }
        if (due.len() as i64) < ROUND {
            return Ok(sent + super::hosts::send_due(app, at).await?);
        }
    }
}
