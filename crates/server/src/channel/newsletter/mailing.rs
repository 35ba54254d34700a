//! The newsletter's e-mails: each public announcement, once out, to every confirmed
//! subscriber of its commune who had subscribed by then, in their language. Like the
//! residents' e-mails (`announcements::mailing`), subscribers are taken in steps by
//! id, each step one transaction that records how far the mailing got: a restart goes
//! on where it stopped and two instances never write the same step twice. A withdrawn
//! or expired announcement is closed unsent.

use gemeng_core::announcements::is_live;
use gemeng_core::language::Language;
use gemeng_core::newsletter::STEP;
use gemeng_db::newsletter as store;
use gemeng_db::outbox;

use super::stop_url;
use crate::app::{now, App};
use crate::channel::announcements::version_in;
use crate::http::i18n::Tr;

/// Announcements looked at per round.
const ROUND: i64 = 20;

/// Writes the newsletter e-mails of every public announcement that is out and not yet
/// sent; how many subscribers were written to. Safe on several instances at once.
pub async fn mail_due(app: &App) -> anyhow::Result<usize> {
    let at = now();
    let mut told = 0;
    for due in store::to_mail(&app.db, at, ROUND).await? {
        let (Some(a), Some(commune)) = (
            gemeng_db::announcements::get(&app.db, due.commune_id, due.id).await?,
            gemeng_db::communes::by_id(&app.db, due.commune_id).await?,
        ) else {
            continue;
        };
        let live = is_live(a.publish_at, a.expires_at, a.withdrawn_at.is_some(), at);
        let mut from = due.newsletter_through;
        loop {
            let step = if live {
                store::subscribers(&app.db, commune.id, a.publish_at, from, STEP).await?
            } else {
                Vec::new()
            };
            let done = (step.len() as i64) < STEP;
            let through = step.last().map_or(from, |s| s.id);
            let mut tx = app.begin().await?;
            if !store::advance(&mut tx, a.id, from, through, done, at).await? {
                // Another instance wrote this step.
                break;
            }
            for subscriber in &step {
                let language = Language::from_code(&subscriber.language).unwrap_or(Language::En);
                let Some(version) = version_in(&a, language, &commune) else {
                    continue;
                };
                let tr = Tr::new(language);
                let stop = stop_url(app, &commune, &subscriber.stop_token);
                let link = format!(
                    "{}/c/{}/announcements/{}?version={}",
                    app.config.public_base(),
                    commune.slug,
                    a.id,
                    version.language
                );
                let name = commune.name_in(language.code());
                let body = format!(
                    "{}\n\n-- \n{}\n{}\n",
                    tr.t_args(
                        "notice-announcement-body",
                        &[
                            ("title", version.title.as_str()),
                            ("text", version.body.as_str()),
                            ("link", link.as_str()),
                        ],
                    ),
                    tr.t_args(
                        "newsletter-footer",
                        &[("commune", name), ("stop", stop.as_str())]
                    ),
                    tr.t("mail-signature"),
                );
                outbox::enqueue_announcement(
                    &mut tx,
                    commune.id,
                    a.id,
                    &subscriber.email,
                    &version.title,
                    &body,
                    &stop,
                    at,
                )
                .await?;
            }
            app.commit(tx).await?;
            told += step.len();
            if done {
                break;
            }
            from = through;
        }
    }
    Ok(told)
}
