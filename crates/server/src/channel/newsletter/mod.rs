//! The commune's newsletter, for anyone, with or without an account: subscribe with
//! an e-mail address and a language, confirm by the link mailed (double opt-in), and
//! leave in one click (`List-Unsubscribe` with `List-Unsubscribe-Post`, RFC 8058).
//! Each public announcement reaches confirmed subscribers in their language (or the
//! commune's, or the first written) once it is out.
//!
//! Whatever the address (new, waiting, subscribed, limited), the page answers the
//! same "look in your inbox": it never tells whether someone is subscribed. The rules
//! and their limits are `gemeng_core::newsletter`'s.

pub mod mailing;
pub mod web;

use gemeng_core::account::Email;
use gemeng_core::codes::{hash_secret, random_token};
use gemeng_core::language::Language;
use gemeng_core::newsletter::{
    ADDRESS_WINDOW, CONFIRM_SECONDS, MAILS_PER_ADDRESS, REQUESTS_PER_CLIENT,
};
use gemeng_core::validation::FieldErrors;
use gemeng_db::communes::Commune;
use gemeng_db::newsletter::{self as store, Requested};

use crate::app::{now, App};
use crate::http::auth::rate_limit;
use crate::http::error::AppResult;

/// The address that stops a subscription (and changes its language).
pub fn stop_url(app: &App, commune: &Commune, token: &str) -> String {
    format!(
        "{}/c/{}/newsletter/stop?t={token}",
        app.config.public_base(),
        commune.slug
    )
}

/// A request to subscribe `email` in `language`, from `client` (its address). The
/// form's problems, or done (which says nothing about what was done).
pub async fn request(
    app: &App,
    commune: &Commune,
    email: &str,
    language: &str,
    client: &str,
) -> AppResult<Result<(), FieldErrors>> {
    let mut errors = FieldErrors::new();
    let email = errors.check("email", Email::parse(email));
    let language = Language::from_code(language);
    if language.is_none() {
        errors.add("language", "newsletter-error-language");
    }
    let (Some(email), Some(language)) = (email, language) else {
        return Ok(Err(errors));
    };
    rate_limit(
        app,
        &format!("newsletter:client:{client}"),
        3_600,
        REQUESTS_PER_CLIENT,
    )
    .await?;
    // Past the address's bound nothing is sent and nothing changes: the last link its
    // owner received still works (see `gemeng_core::newsletter`). The bucket names the
    // address by a hash: the table of limits keeps no e-mail address.
    let at = now();
    let bucket = format!(
        "newsletter:address:{}",
        hash_secret(&format!("{}:{}", commune.id, email.as_str()))
    );
    let hits = gemeng_db::rate_limits::hit(&app.db, &bucket, ADDRESS_WINDOW, at).await?;
    if hits.total > MAILS_PER_ADDRESS {
        return Ok(Ok(()));
    }
    let secret = random_token();
    let mut tx = app.begin().await?;
    let requested = store::request(
        &mut tx,
        commune.id,
        email.as_str(),
        language.code(),
        &hash_secret(&secret),
        at + CONFIRM_SECONDS,
        &random_token(),
        at,
    )
    .await?;
    let name = commune.name_in(language.code()).to_string();
    match requested {
        Requested::New | Requested::Renewed => {
            let link = format!(
                "{}/c/{}/newsletter/confirm?t={secret}",
                app.config.public_base(),
                commune.slug
            );
            crate::mail::queue(
                &mut tx,
                Some(commune.id),
                email.as_str(),
                language,
                "newsletter-confirm",
                &[("commune", name.as_str()), ("link", link.as_str())],
            )
            .await?;
        }
        // Subscribed already: they hear so, with the link to leave or change the
        // language (asked for by someone else, it is one harmless e-mail).
        Requested::AlreadyConfirmed(s) => {
            let stop = stop_url(app, commune, &s.stop_token);
            crate::mail::queue(
                &mut tx,
                Some(commune.id),
                email.as_str(),
                language,
                "newsletter-already",
                &[("commune", name.as_str()), ("link", stop.as_str())],
            )
            .await?;
        }
    }
    app.commit(tx).await?;
    Ok(Ok(()))
}
