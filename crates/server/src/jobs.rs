//! Housekeeping that runs in the background of every instance: dropping expired
//! sessions and old rate-limit windows, sweeping photo and document files nothing names. Each step
//! is idempotent, so several instances running it at once do no harm.

use std::time::Duration;

use crate::app::{now, App};

/// How long a delivered or given-up e-mail's record (never its body) is kept.
pub const OUTBOX_RETENTION_SECONDS: i64 = 30 * 86_400;

pub async fn housekeeping(app: App) {
    let mut tick = tokio::time::interval(Duration::from_secs(600));
    loop {
        tick.tick().await;
        let at = now();
        if let Err(e) =
            gemeng_db::sessions::delete_expired(&app.db, at, app.config.session_idle_seconds).await
        {
            tracing::warn!(error = %e, "removing expired sessions failed");
        }
        if let Err(e) = gemeng_db::rate_limits::delete_before(&app.db, at - 2 * 86_400).await {
            tracing::warn!(error = %e, "removing old rate-limit windows failed");
        }
        if let Err(e) = gemeng_db::outbox::purge(&app.db, at - OUTBOX_RETENTION_SECONDS).await {
            tracing::warn!(error = %e, "purging old e-mails failed");
        }
        if let Err(e) = gemeng_db::login_devices::delete_stale(&app.db, at).await {
            tracing::warn!(error = %e, "removing lapsed trusted devices failed");
        }
        if let Err(e) = gemeng_db::newsletter::forget_unconfirmed(&app.db, at).await {
            tracing::warn!(error = %e, "removing unconfirmed newsletter subscriptions failed");
        }
        match crate::notices::send_digests(&app).await {
            Ok(0) => {}
            Ok(sent) => tracing::info!(sent, "daily digests queued"),
            Err(e) => tracing::warn!(error = %e, "sending daily digests failed"),
        }
        match gemeng_db::consultations::seal_closed(&app.db, at).await {
            Ok(0) => {}
            Ok(sealed) => tracing::info!(
                sealed,
                "sealed the anonymous answers of closed consultations"
            ),
            Err(e) => tracing::warn!(error = %e, "sealing closed consultations failed"),
        }
        match crate::neighbourhood::photos::sweep(&app).await {
            Ok(0) => {}
            Ok(removed) => tracing::info!(removed, "removed photo files no post names"),
            Err(e) => tracing::warn!(error = %e, "sweeping photo files failed"),
        }
        match crate::events::stands::sweep(&app).await {
            Ok(0) => {}
            Ok(removed) => tracing::info!(removed, "removed document files no stand names"),
            Err(e) => tracing::warn!(error = %e, "sweeping documents' files failed"),
        }
    }
}

/// Writes the sessions' last uses the read cache noted (see `Cache::touch`), all
/// together every few seconds.
pub async fn session_touches(app: App) {
    let mut tick = tokio::time::interval(crate::http::cache::TOUCHES_WRITTEN_EVERY);
    tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        tick.tick().await;
        if let Err(e) = app.cache.write_touches(&app.db).await {
            tracing::warn!(error = %e, "writing sessions' last uses failed");
        }
    }
}

/// How often the announcements' mailer looks for announcements that came out.
const MAILER_ROUND: Duration = Duration::from_secs(60);

/// Writes the e-mails of announcements once they are out (see
/// `channel::announcements::mailing`); every instance runs it, each step once.
pub async fn announcements_mailer(app: App) {
    let mut tick = tokio::time::interval(MAILER_ROUND);
    loop {
        tick.tick().await;
        match crate::channel::announcements::mailing::mail_due(&app).await {
            Ok(0) => {}
            Ok(told) => tracing::info!(told, "residents told of announcements"),
            Err(e) => tracing::warn!(error = %e, "writing announcements' e-mails failed"),
        }
    }
}

/// How often the activities' reminders are looked for.
const REMINDER_ROUND: Duration = Duration::from_secs(60);

/// E-mails the day-before reminders of activities (see `activities::reminders`);
/// every instance runs it, each reminder is written once.
pub async fn activity_reminders(app: App) {
    let mut tick = tokio::time::interval(REMINDER_ROUND);
    loop {
        tick.tick().await;
        match crate::activities::reminders::send_due(&app).await {
            Ok(0) => {}
            Ok(sent) => tracing::info!(sent, "activity reminders written"),
            Err(e) => tracing::warn!(error = %e, "writing activity reminders failed"),
        }
    }
}

/// Pairs the "meet someone" requests of each round as it ends (see
/// `events::meetings`); every instance runs it, each round is paired once. Looked
/// for four times a round (at most every five seconds), so a pair is told within
/// seconds of the minute's end.
pub async fn meeting_rounds(app: App) {
    let round = Duration::from_secs(app.config.meeting_round_seconds.max(1) as u64);
    let every = (round / 4).clamp(Duration::from_millis(250), Duration::from_secs(5));
    let mut tick = tokio::time::interval(every);
    tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        tick.tick().await;
        match crate::events::meetings::run_due(&app, crate::app::now()).await {
            Ok(0) => {}
            Ok(opened) => tracing::info!(opened, "private chats opened by meet-someone rounds"),
            Err(e) => tracing::warn!(error = %e, "a meet-someone round failed"),
        }
    }
}
