//! Accounts made for someone else: a commune's first admin (named by an operator) and
//! an association's organiser account (made by the commune's staff). Both start with a
//! password nobody knows, a confirmed e-mail address and nothing to prove; a welcome
//! e-mail carries the link to choose a password, which proves the address.

use gemeng_core::account::{Email, Residence, Role};
use gemeng_core::codes::{hash_secret, random_token};
use gemeng_core::language::Language;
use gemeng_core::validation::FieldErrors;
use gemeng_db::account_tokens::{self, Purpose};
use gemeng_db::accounts::{self, Account, CreateError, NewAccount};
use gemeng_db::audit;
use gemeng_db::communes::Commune;

use crate::app::{now, App};
use crate::http::auth::hash_password;
use crate::http::error::AppResult;
use crate::mail;

/// How long the welcome e-mail's "choose your password" link works.
pub const WELCOME_LINK_LIFETIME: i64 = 7 * 24 * 3600;

/// Who is invited, by whom, and with which e-mail and audit entry.
pub struct Invitation<'a> {
    pub commune: &'a Commune,
    /// The operator or staff member making the account.
    pub by: &'a Account,
    pub email: &'a Email,
    /// The account's display name, already checked.
    pub name: &'a str,
    /// The account's language, and the welcome e-mail's.
    pub language: Language,
    pub role: Role,
    /// The welcome e-mail's message id; it may use `name`, `commune`, `article` and
    /// `link`.
    pub mail: &'static str,
    /// The audit log's action.
    pub audit_action: &'static str,
}

/// Creates the account, its welcome link and e-mail, and the audit entry, in one
/// transaction: the new account's id, or the e-mail field's error when the address
/// has an account already (nothing is stored then).
pub async fn invite(app: &App, invitation: &Invitation<'_>) -> AppResult<Result<i64, FieldErrors>> {
    let Invitation {
        commune,
        by,
        email,
        name,
        language,
        role,
        mail: message,
        audit_action,
    } = *invitation;
    // Nobody knows this password; the welcome link sets the real one.
    let unusable = hash_password(random_token()).await?;
    let token = random_token();
    let mut tx = app.begin().await?;
    let created = accounts::create(
        &mut tx,
        &NewAccount {
            commune_id: Some(commune.id),
            email: email.as_str(),
            password_hash: &unusable,
            display_name: name,
            language: language.code(),
            role,
            address_id: None,
            // Nothing to prove: the commune's operator or staff made the account.
            residence: Residence::Verified,
            // The welcome link proves the address.
            email_confirmed: true,
        },
        now(),
    )
    .await;
    let id = match created {
        Ok(id) => id,
        Err(CreateError::EmailTaken) => {
            return Ok(Err(FieldErrors::single("email", "error-email-taken")))
        }
        Err(CreateError::Db(e)) => return Err(e.into()),
    };
    account_tokens::issue(
        &mut tx,
        &hash_secret(&token),
        id,
        Purpose::ResetPassword,
        now(),
        WELCOME_LINK_LIFETIME,
    )
    .await?;
    let link = format!(
        "{}/c/{}/password/reset?token={token}",
        app.config.public_base(),
        commune.slug
    );
    mail::queue(
        &mut tx,
        Some(commune.id),
        email.as_str(),
        language,
        message,
        &[
            ("name", name),
            ("commune", commune.name_in(language.code())),
            ("article", commune.article_in(language.code())),
            ("link", &link),
        ],
    )
    .await?;
    audit::record(
        &mut tx,
        Some(commune.id),
        Some(by.id),
        audit_action,
        Some(id),
        "",
        now(),
    )
    .await?;
    app.commit(tx).await?;
    Ok(Ok(id))
}
