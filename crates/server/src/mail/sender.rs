//! The background job that empties the outbox through SMTP. Without an SMTP server
//! configured (the demo), messages are written to the log so links can be followed.

use std::sync::Arc;
use std::time::{Duration, Instant};

use gemeng_db::outbox::{self, OutgoingMail};
use lettre::message::header::{ContentType, Header, HeaderName, HeaderValue};
use lettre::message::Mailbox;
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use tokio::sync::Semaphore;
use tokio::task::JoinSet;

use crate::app::{now, App};

pub async fn run(app: App) {
    let transport = match &app.config.smtp_url {
        Some(url) => match transport_for(url) {
            Ok(t) => Some(t),
            Err(e) => {
                tracing::error!(
                    error = e,
                    "GEMENG_SMTP_URL is not a valid smtp:// URL; e-mails will be logged only"
                );
                None
            }
        },
        None => None,
    };
    let from: Mailbox = match app.config.mail_from.parse() {
        Ok(m) => m,
        Err(e) => {
            tracing::error!(error = %e, from = app.config.mail_from, "GEMENG_MAIL_FROM is not an address; e-mail is off");
            return;
        }
    };
    let poll = Duration::from_millis(app.config.mail_poll_milliseconds.max(50));
    let at_once = Arc::new(Semaphore::new(SENT_AT_ONCE));
    let mut counted: Option<Instant> = None;
    loop {
        let mut full = false;
        match outbox::claim_due(&app.db, now(), BATCH as i64).await {
            Ok(batch) => {
                full = batch.len() == BATCH;
                // Sent several at a time: each message waits on the SMTP server's
                // answers (and, with lettre's writes, on TCP's delayed
                // acknowledgements, about 40 ms a message), so one at a time capped the
                // rate at about 18 a second (`bench/mailing`). Deliveries are recorded
                // together once the batch is through: one commit for the batch. A crash
                // before it sends those again (at least once, never lost).
                let mut sending = JoinSet::new();
                for mail in batch {
                    let (app, transport, from) = (app.clone(), transport.clone(), from.clone());
                    let turn = at_once.clone();
                    sending.spawn(async move {
                        let _turn = turn.acquire_owned().await.ok()?;
                        deliver(&app, transport.as_ref(), &from, mail).await
                    });
                }
                let mut sent = Vec::with_capacity(BATCH);
                while let Some(done) = sending.join_next().await {
                    if let Ok(Some(id)) = done {
                        sent.push(id);
                    }
                }
                if let Err(e) = outbox::mark_sent_many(&app.db, &sent, now()).await {
                    tracing::error!(error = %e, "recording e-mails' delivery failed");
                }
            }
            Err(e) => tracing::error!(error = %e, "reading the outbox failed"),
        }
        // The gauge is a count of every waiting message: during a mailing of
        // thousands, counting after each batch of 50 would cost more than the batch.
        if counted.is_none_or(|at| at.elapsed() >= COUNT_EVERY) {
            counted = Some(Instant::now());
            if let Ok(pending) = outbox::pending_count(&app.db).await {
                app.metrics.outbox_pending.set(pending);
            }
        }
        // A full batch means more are waiting: go on at once.
        if full {
            continue;
        }
        tokio::select! {
            _ = app.mail_queued.notified() => {}
            _ = tokio::time::sleep(poll) => {}
        }
    }
}

/// Messages claimed from the outbox at a time.
const BATCH: usize = 50;
/// How often the waiting messages are counted for `/metrics` at most.
const COUNT_EVERY: Duration = Duration::from_secs(5);
/// Messages being sent at once (each on its own SMTP connection): enough to cover the
/// waits of one message, few enough for a small relay.
const SENT_AT_ONCE: usize = 16;

/// Sends `mail`; its id once sent (for the caller to record), `None` if it failed
/// (recorded here, with its next attempt).
async fn deliver(
    app: &App,
    transport: Option<&AsyncSmtpTransport<Tokio1Executor>>,
    from: &Mailbox,
    mail: OutgoingMail,
) -> Option<i64> {
    let result = match transport {
        // Without a mail server only the demo shows bodies (with their links) in the
        // log; elsewhere a log file must not become a store of working links.
        None if app.config.log_mail_bodies => {
            tracing::info!(
                to = mail.recipient,
                subject = mail.subject,
                body = mail.body,
                "e-mail (no SMTP server configured)"
            );
            Ok(())
        }
        None => {
            tracing::warn!(
                to = mail.recipient,
                subject = mail.subject,
                "e-mail not sent: no SMTP server configured (GEMENG_SMTP_URL)"
            );
            Ok(())
        }
        Some(transport) => send(transport, from, &mail).await,
    };
    match result {
        Ok(()) => {
            app.metrics.mail_sent.inc();
            Some(mail.id)
        }
        Err(error) => {
            app.metrics.mail_failed.inc();
            tracing::warn!(id = mail.id, error, "sending an e-mail failed");
            if let Err(e) =
                outbox::mark_failed(&app.db, mail.id, mail.attempts, &error, now()).await
            {
                tracing::error!(error = %e, "recording an e-mail's failure failed");
            }
            None
        }
    }
}

async fn send(
    transport: &AsyncSmtpTransport<Tokio1Executor>,
    from: &Mailbox,
    mail: &OutgoingMail,
) -> Result<(), String> {
    let to: Mailbox = mail
        .recipient
        .parse()
        .map_err(|e| format!("recipient: {e}"))?;
    let mut builder = Message::builder()
        .from(from.clone())
        .to(to)
        .subject(mail.subject.clone())
        .header(ContentType::TEXT_PLAIN);
    if let Some(url) = &mail.unsubscribe_url {
        // RFC 8058: a mail program offers "unsubscribe" and POSTs to the address,
        // without the person logging in.
        builder = builder
            .header(ListUnsubscribe(format!("<{url}>")))
            .header(ListUnsubscribePost);
    }
    let message = builder.body(mail.body.clone()).map_err(|e| e.to_string())?;
    transport
        .send(message)
        .await
        .map(|_| ())
        .map_err(|e| e.to_string())
}

/// `smtp://[user:password@]host[:port]`: a relay on the local network or machine
/// (plain SMTP; TLS to a remote relay is left to a local MTA such as Postfix).
pub fn transport_for(url: &str) -> Result<AsyncSmtpTransport<Tokio1Executor>, String> {
    let rest = url
        .strip_prefix("smtp://")
        .ok_or("the URL must start with smtp://")?;
    let (credentials, host_port) = match rest.rsplit_once('@') {
        Some((c, h)) => (Some(c), h),
        None => (None, rest),
    };
    let host_port = host_port.trim_end_matches('/');
    let (host, port) = match host_port.rsplit_once(':') {
        Some((h, p)) => (h, p.parse::<u16>().map_err(|_| format!("bad port {p:?}"))?),
        None => (host_port, 25),
    };
    if host.is_empty() {
        return Err("the URL names no host".into());
    }
    let mut builder = AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(host)
        .port(port)
        .timeout(Some(Duration::from_secs(20)));
    if let Some(c) = credentials {
        let (user, password) = c.split_once(':').unwrap_or((c, ""));
        builder = builder.credentials(lettre::transport::smtp::authentication::Credentials::new(
            user.into(),
            password.into(),
        ));
    }
    Ok(builder.build())
}

#[cfg(test)]
mod tests {
    #[test]
    fn smtp_urls() {
        assert!(super::transport_for("smtp://127.0.0.1:2525").is_ok());
        assert!(super::transport_for("smtp://user:secret@mail.example.lu").is_ok());
        assert!(super::transport_for("http://127.0.0.1").is_err());
        assert!(super::transport_for("smtp://host:notaport").is_err());
        assert!(super::transport_for("smtp://").is_err());
    }
}

/// `List-Unsubscribe: <https://…>` (RFC 2369).
#[derive(Debug, Clone)]
struct ListUnsubscribe(String);

impl Header for ListUnsubscribe {
    fn name() -> HeaderName {
        HeaderName::new_from_ascii_str("List-Unsubscribe")
    }

    fn parse(s: &str) -> Result<Self, Box<dyn std::error::Error + Send + Sync>> {
        Ok(ListUnsubscribe(s.to_string()))
    }

    fn display(&self) -> HeaderValue {
        HeaderValue::new(Self::name(), self.0.clone())
    }
}

/// `List-Unsubscribe-Post: List-Unsubscribe=One-Click` (RFC 8058).
#[derive(Debug, Clone)]
struct ListUnsubscribePost;

impl Header for ListUnsubscribePost {
    fn name() -> HeaderName {
        HeaderName::new_from_ascii_str("List-Unsubscribe-Post")
    }

    fn parse(_: &str) -> Result<Self, Box<dyn std::error::Error + Send + Sync>> {
        Ok(ListUnsubscribePost)
    }

    fn display(&self) -> HeaderValue {
        HeaderValue::new(Self::name(), "List-Unsubscribe=One-Click".to_string())
    }
}
