//! Membership flows shared by the web pages and the JSON API: signing up,
//! confirming an e-mail, passwords, proving residence, staff decisions and roles.
//! Rules come from `gemeng_core`; this module sequences them with storage and mail.
//! Each action runs in one transaction: the change, its audit entry and the e-mail
//! it queues commit together (`App::begin`, `App::commit`) or not at all.

pub mod api;
pub mod imports;
pub mod letters;
pub mod login;
pub mod organisers;
pub mod web;
pub mod welcome;
pub mod your_data;

use gemeng_core::account::{check_display_name, check_new_password, Email, Residence, Role};
use gemeng_core::codes::{hash_secret, normalise_code, person_code, random_token};
use gemeng_core::language::Language;
use gemeng_core::validation::FieldErrors;
use gemeng_db::account_tokens::{self, Purpose};
use gemeng_db::accounts::{self, Account, CreateError, NewAccount};
use gemeng_db::communes::Commune;
use gemeng_db::neighbourhoods::Neighbourhood;
use gemeng_db::{addresses, audit, membership as residence, Tx};

use crate::app::{now, App};
use crate::http::auth::hash_password;
use crate::http::error::{AppError, AppResult};
use crate::http::i18n::Tr;
use crate::mail;

pub const CONFIRM_EMAIL_LIFETIME: i64 = 3 * 24 * 3600;
pub const RESET_PASSWORD_LIFETIME: i64 = 3600;
pub const INVITATION_LIFETIME: i64 = 14 * 24 * 3600;

/// Address searches one client may make per minute: plenty for a person looking for
/// their address, too few to scrape the register or slow the server.
pub const ADDRESS_SEARCHES_PER_MINUTE: i64 = 60;
/// The longest address query looked up.
pub const ADDRESS_QUERY_MAX_CHARS: usize = 120;

/// Searches the commune's register for sign-up, rate limited per client address.
pub async fn search_addresses(
    app: &App,
    commune: &Commune,
    query: &str,
    client_ip: &str,
    limit: i64,
) -> AppResult<Vec<addresses::Address>> {
    crate::http::auth::rate_limit(
        app,
        &format!("address-search:ip:{client_ip}"),
        60,
        ADDRESS_SEARCHES_PER_MINUTE,
    )
    .await?;
    let query: String = query.chars().take(ADDRESS_QUERY_MAX_CHARS).collect();
    Ok(addresses::search(&app.db, commune.id, &query, limit).await?)
}

/// What a person types to sign up.
#[derive(Debug, Default, Clone)]
pub struct SignUp {
    pub email: String,
    pub password: String,
    pub display_name: String,
    /// As on the letterbox, for the residence letter.
    pub full_name: String,
    /// Flat, floor or c/o (optional).
    pub address_extra: String,
    pub address_id: Option<i64>,
    pub language: String,
    pub accepted_guidelines: bool,
}

/// Creates a pending resident and e-mails the confirmation link. Nothing is stored
/// unless every field is valid: invalid input is the inner `Err`, a failure of ours
/// the outer one (a 500, never a message blaming the person's input).
pub async fn sign_up(
    app: &App,
    commune: &Commune,
    input: &SignUp,
) -> AppResult<Result<Account, FieldErrors>> {
    let mut errors = FieldErrors::new();
    let email = errors.check("email", Email::parse(&input.email));
    let name = errors.check("display_name", check_display_name(&input.display_name));
    let full_name = errors.check(
        "full_name",
        gemeng_core::account::check_full_name(&input.full_name),
    );
    let address_extra = errors.check(
        "address_extra",
        gemeng_core::account::check_address_extra(&input.address_extra),
    );
    let context = [
        input.email.as_str(),
        input.display_name.as_str(),
        input.full_name.as_str(),
        commune.name.as_str(),
    ];
    errors.check("password", check_new_password(&input.password, &context));
    let language = Language::from_code(&input.language).unwrap_or(Language::En);
    if !input.accepted_guidelines {
        errors.add("guidelines", "error-guidelines-required");
    }
    let address = match input.address_id {
        None => {
            errors.add("address_id", "error-address-required");
            None
        }
        Some(id) => match addresses::by_id(&app.db, id).await? {
            Some(a) if a.commune_id == commune.id => {
                if a.neighbourhood_id.is_none() {
                    errors.add("address_id", "error-address-outside");
                }
                Some(a)
            }
            _ => {
                errors.add("address_id", "error-address-unknown");
                None
            }
        },
    };
    let (Some(email), Some(name), Some(full_name), Some(address_extra), Some(address), true) = (
        email,
        name,
        full_name,
        address_extra,
        address,
        errors.is_empty(),
    ) else {
        return Ok(Err(errors));
    };
    let hash = hash_password(input.password.clone()).await?;
    let mut tx = app.begin().await?;
    // Someone whose residence was refused may sign up again, with the right address.
    accounts::delete_refused(&mut tx, commune.id, email.as_str()).await?;
    let created = accounts::create(
        &mut tx,
        &NewAccount {
            commune_id: Some(commune.id),
            email: email.as_str(),
            password_hash: &hash,
            display_name: &name,
            language: language.code(),
            role: Role::Resident,
            address_id: Some(address.id),
            residence: Residence::Pending,
            email_confirmed: false,
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
    accounts::set_postal_name(&mut tx, id, &full_name, &address_extra).await?;
    let account = accounts::by_id_in(&mut tx, id).await?.ok_or_else(|| {
        AppError::Internal(anyhow::anyhow!("account {id} vanished after sign-up"))
    })?;
    // The account and its confirmation e-mail stand or fall together.
    send_confirmation(app, &mut tx, commune, &account).await?;
    app.commit(tx).await?;
    Ok(Ok(account))
}

fn language_of(account: &Account) -> Language {
    Language::from_code(&account.language).unwrap_or(Language::En)
}

/// E-mails a fresh confirmation link, in the caller's transaction; older links stop working.
pub async fn send_confirmation(
    app: &App,
    tx: &mut Tx,
    commune: &Commune,
    account: &Account,
) -> AppResult<()> {
    let token = random_token();
    account_tokens::issue(
        tx,
        &hash_secret(&token),
        account.id,
        Purpose::ConfirmEmail,
        now(),
        CONFIRM_EMAIL_LIFETIME,
    )
    .await?;
    let link = format!(
        "{}/c/{}/confirm?token={token}",
        app.config.public_base(),
        commune.slug
    );
    mail::queue(
        tx,
        Some(commune.id),
        &account.email,
        language_of(account),
        "mail-confirm",
        &[
            ("name", &account.display_name),
            ("commune", commune.name_in(&account.language)),
            ("article", commune.article_in(&account.language)),
            ("link", &link),
        ],
    )
    .await
}

/// Sends the confirmation link again, as its own action.
pub async fn resend_confirmation(app: &App, commune: &Commune, account: &Account) -> AppResult<()> {
    let mut tx = app.begin().await?;
    send_confirmation(app, &mut tx, commune, account).await?;
    app.commit(tx).await
}

/// Uses a confirmation token of this commune; the confirmed account, if it was valid.
/// A token of another commune is refused without being spent.
pub async fn confirm_email(
    app: &App,
    commune: &Commune,
    token: &str,
) -> AppResult<Option<Account>> {
    let mut tx = app.begin().await?;
    let Some(user_id) =
        account_tokens::consume(&mut tx, &hash_secret(token), Purpose::ConfirmEmail, now()).await?
    else {
        return Ok(None);
    };
    let Some(account) = accounts::by_id_in(&mut tx, user_id)
        .await?
        .filter(|a| a.commune_id == Some(commune.id))
    else {
        // Dropping the transaction rolls the spent token back.
        return Ok(None);
    };
    accounts::confirm_email(&mut tx, account.id, now()).await?;
    let confirmed = accounts::by_id_in(&mut tx, account.id).await?;
    app.commit(tx).await?;
    Ok(confirmed)
}

/// E-mails a reset link if the address belongs to an account; says nothing either way.
pub async fn request_password_reset(app: &App, commune: &Commune, email: &Email) -> AppResult<()> {
    let Some(account) = accounts::by_email(&app.db, commune.id, email.as_str()).await? else {
        return Ok(());
    };
    let token = random_token();
    let mut tx = app.begin().await?;
    account_tokens::issue(
        &mut tx,
        &hash_secret(&token),
        account.id,
        Purpose::ResetPassword,
        now(),
        RESET_PASSWORD_LIFETIME,
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
        &account.email,
        language_of(&account),
        "mail-reset",
        &[
            ("name", &account.display_name),
            ("commune", commune.name_in(&account.language)),
            ("article", commune.article_in(&account.language)),
            ("link", &link),
        ],
    )
    .await?;
    app.commit(tx).await
}

/// The same, rate limited per client address (refused with 429) and per e-mail address
/// (silently: past three requests an hour nothing more is sent, and nothing tells).
///
/// The answer comes before the account is even looked up: whether the address has an
/// account must not show in how long the request takes. The lookup, the link and the
/// e-mail follow in the background (a failure there is logged; the person can ask again).
pub async fn request_password_reset_limited(
    app: &App,
    commune: &Commune,
    email: &Email,
    client_ip: &str,
) -> AppResult<()> {
    crate::http::auth::rate_limit(app, &format!("forgot:ip:{client_ip}"), 3600, 20).await?;
    let bucket = format!("forgot:{}:{}", commune.id, email.as_str());
    if gemeng_db::rate_limits::hit(&app.db, &bucket, 3600, now())
        .await?
        .total
        <= 3
    {
        let (app, commune, email) = (app.clone(), commune.clone(), email.clone());
        tokio::spawn(async move {
            if let Err(e) = request_password_reset(&app, &commune, &email).await {
                tracing::error!(error = %e, "sending a password-reset link failed");
            }
        });
    }
    Ok(())
}

pub enum ResetOutcome {
    /// The password is set; the account's id.
    Done(i64),
    InvalidToken,
    Rejected(FieldErrors),
}

/// Sets a new password with a reset token; every session of the account ends.
pub async fn reset_password(
    app: &App,
    commune: &Commune,
    token: &str,
    password: &str,
) -> AppResult<ResetOutcome> {
    let hash = hash_secret(token);
    // Every check runs before the token is spent, so a refused password can be
    // corrected with the same link.
    let Some(user_id) =
        account_tokens::user_of(&app.db, &hash, Purpose::ResetPassword, now()).await?
    else {
        return Ok(ResetOutcome::InvalidToken);
    };
    let Some(account) = accounts::by_id(&app.db, user_id)
        .await?
        .filter(|a| a.commune_id == Some(commune.id))
    else {
        return Ok(ResetOutcome::InvalidToken);
    };
    let context = [
        account.email.as_str(),
        account.display_name.as_str(),
        commune.name.as_str(),
    ];
    if let Err(message) = check_new_password(password, &context) {
        return Ok(ResetOutcome::Rejected(FieldErrors::single(
            "password", message,
        )));
    }
    let new_hash = hash_password(password.to_string()).await?;
    let mut tx = app.begin().await?;
    if account_tokens::consume(&mut tx, &hash, Purpose::ResetPassword, now()).await?
        != Some(account.id)
    {
        return Ok(ResetOutcome::InvalidToken);
    }
    accounts::set_password(&mut tx, account.id, &new_hash).await?;
    audit::record(
        &mut tx,
        Some(commune.id),
        Some(account.id),
        "password-reset",
        Some(account.id),
        "",
        now(),
    )
    .await?;
    app.commit(tx).await?;
    Ok(ResetOutcome::Done(account.id))
}

/// Proves residence with a letter or invitation code; the neighbourhood joined.
pub async fn redeem_code(
    app: &App,
    commune: &Commune,
    account: &Account,
    typed: &str,
) -> AppResult<Result<Neighbourhood, &'static str>> {
    let Some(neighbourhood_id) = account.neighbourhood_id else {
        return Ok(Err("error-address-outside"));
    };
    let Some(code) = normalise_code(typed) else {
        return Ok(Err("verify-error-format"));
    };
    let mut tx = app.begin().await?;
    let redeemed = residence::redeem(
        &mut tx,
        commune.id,
        account.id,
        neighbourhood_id,
        &hash_secret(&code),
        now(),
    )
    .await?;
    let method = match redeemed {
        Ok(method) => method,
        // Dropping the transaction undoes whatever the refused attempt touched.
        Err(refusal) => return Ok(Err(refusal.message())),
    };
    audit::record(
        &mut tx,
        Some(commune.id),
        Some(account.id),
        "residence-verified",
        Some(account.id),
        method.as_str(),
        now(),
    )
    .await?;
    // The neighbour who invited them hears that their invitation was used.
    if method == gemeng_core::account::VerificationMethod::Invitation {
        if let Some(inviter) = residence::verified_by(&mut tx, account.id).await? {
            if let Some(inviter) = accounts::by_id_in(&mut tx, inviter).await? {
                mail::queue(
                    &mut tx,
                    Some(commune.id),
                    &inviter.email,
                    language_of(&inviter),
                    "mail-invitation-used",
                    &[
                        ("name", &inviter.display_name),
                        ("commune", commune.name_in(&inviter.language)),
                        ("article", commune.article_in(&inviter.language)),
                        ("newcomer", &account.display_name),
                    ],
                )
                .await?;
            }
        }
    }
    app.commit(tx).await?;
    let neighbourhood = app
        .cache
        .neighbourhood(&app.db, neighbourhood_id)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(Ok(neighbourhood))
}

/// How many days the commune's letters of the last 90 days took from sign-up to
/// print (the median, at least one), to tell a new resident when theirs will come.
pub async fn letter_wait_days(app: &App, commune: &Commune) -> AppResult<Option<i64>> {
    const DAY: i64 = 86_400;
    let wait = residence::typical_letter_wait(&app.db, commune.id, now() - 90 * DAY).await?;
    Ok(wait.map(|seconds| ((seconds + DAY - 1) / DAY).max(1)))
}

/// A new invitation code for a verified resident to hand to a neighbour.
pub async fn create_invitation(
    app: &App,
    commune: &Commune,
    account: &Account,
) -> AppResult<Result<String, &'static str>> {
    let Some(neighbourhood_id) = account.neighbourhood_id else {
        return Err(AppError::Forbidden);
    };
    let code = person_code();
    let mut tx = app.begin().await?;
    let issued = residence::issue_invitation(
        &mut tx,
        commune.id,
        account.id,
        neighbourhood_id,
        &code,
        &hash_secret(&code),
        now(),
        INVITATION_LIFETIME,
    )
    .await?;
    if issued.is_none() {
        return Ok(Err("invite-error-too-many"));
    }
    app.commit(tx).await?;
    Ok(Ok(code))
}

/// Staff approve or refuse a pending resident of their commune.
pub async fn decide_resident(
    app: &App,
    commune: &Commune,
    staff: &Account,
    user_id: i64,
    approve: bool,
    reason: &str,
) -> AppResult<()> {
    let residence = if approve {
        Residence::Verified
    } else {
        Residence::Refused
    };
    let mut tx = app.begin().await?;
    if !residence::decide_residence(&mut tx, commune.id, user_id, residence, staff.id, now())
        .await?
    {
        return Err(AppError::NotFound);
    }
    let action = if approve {
        "residence-approved"
    } else {
        "residence-refused"
    };
    audit::record(
        &mut tx,
        Some(commune.id),
        Some(staff.id),
        action,
        Some(user_id),
        "",
        now(),
    )
    .await?;
    // The resident hears of it once the decision can no longer be undone.
    let resident = accounts::by_id_in(&mut tx, user_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let send_at = now() + gemeng_core::membership::UNDO_SECONDS;
    let (key, link) = if approve {
        (
            "mail-approved",
            format!("{}/c/{}", app.config.public_base(), commune.slug),
        )
    } else {
        ("mail-refused", String::new())
    };
    let reason = if reason.trim().is_empty() {
        Tr::new(language_of(&resident)).t("mail-refused-no-reason")
    } else {
        reason.trim().to_string()
    };
    let contact = contact_line(commune, language_of(&resident));
    mail::queue_at(
        &mut tx,
        Some(commune.id),
        &resident.email,
        language_of(&resident),
        key,
        &[
            ("name", &resident.display_name),
            ("commune", commune.name_in(&resident.language)),
            ("article", commune.article_in(&resident.language)),
            ("link", &link),
            ("reason", &reason),
            ("contact", &contact),
        ],
        send_at,
    )
    .await?;
    app.commit(tx).await
}

/// How to reach the town hall, for e-mails: phone, e-mail and hours, as set.
fn contact_line(commune: &Commune, language: Language) -> String {
    let tr = Tr::new(language);
    let mut parts = Vec::new();
    if !commune.phone.trim().is_empty() {
        parts.push(tr.t1("mail-contact-phone", "phone", commune.phone.trim()));
    }
    if !commune.contact_email.trim().is_empty() {
        parts.push(tr.t1("mail-contact-email", "email", commune.contact_email.trim()));
    }
    if !commune.opening_hours.trim().is_empty() {
        let hours = commune.opening_hours.lines().collect::<Vec<_>>().join(", ");
        parts.push(tr.t1("mail-contact-hours", "hours", &hours));
    }
    parts.join("\n")
}

/// Takes back the staff member's own decision on a resident, within
/// `core::membership::UNDO_SECONDS`. Too late (or not theirs): a conflict.
pub async fn undo_decision(
    app: &App,
    commune: &Commune,
    staff: &Account,
    user_id: i64,
) -> AppResult<()> {
    let since = now() - gemeng_core::membership::UNDO_SECONDS + 1;
    let mut tx = app.begin().await?;
    if !residence::undo_decision(&mut tx, commune.id, user_id, staff.id, since).await? {
        return Err(AppError::Conflict("pending-undo-too-late"));
    }
    // The decision's e-mail has not gone yet (it waits out the same minutes): take it back.
    if let Some(resident) = accounts::by_id_in(&mut tx, user_id).await? {
        let language = language_of(&resident);
        let args = commune.name_args(&resident.language);
        let subjects =
            ["mail-approved", "mail-refused"].map(|key| mail::subject(language, key, &args));
        gemeng_db::outbox::withdraw(&mut tx, &resident.email, &subjects).await?;
    }
    audit::record(
        &mut tx,
        Some(commune.id),
        Some(staff.id),
        "residence-decision-undone",
        Some(user_id),
        "",
        now(),
    )
    .await?;
    app.commit(tx).await
}

/// Voids a letter that was lost or never arrived; the next batch prints a new one.
pub async fn void_letter(
    app: &App,
    commune: &Commune,
    staff: &Account,
    user_id: i64,
) -> AppResult<()> {
    let mut tx = app.begin().await?;
    if !residence::void_letter(&mut tx, commune.id, user_id, now()).await? {
        return Err(AppError::NotFound);
    }
    audit::record(
        &mut tx,
        Some(commune.id),
        Some(staff.id),
        "letter-voided",
        Some(user_id),
        "",
        now(),
    )
    .await?;
    app.commit(tx).await
}

/// Changes someone's role. Who may grant which role is the core's rule; here we add
/// what needs the database: the person must belong to this commune, and a moderator
/// must be a verified resident of a neighbourhood.
pub async fn assign_role(
    app: &App,
    commune: &Commune,
    actor: &Account,
    user_id: i64,
    role: Role,
) -> AppResult<()> {
    let target = accounts::by_id(&app.db, user_id)
        .await?
        .filter(|a| a.commune_id == Some(commune.id))
        .ok_or(AppError::NotFound)?;
    // Lowering someone needs the same right as raising them to their current role.
    for needed in [role, target.role()] {
        crate::http::auth::authorize(
            Some(actor),
            commune,
            gemeng_core::permissions::Action::AssignRole { to: needed },
            "/",
        )?;
    }
    if target.id == actor.id {
        return Err(AppError::Conflict("roles-error-self"));
    }
    if role == Role::Moderator
        && !target
            .neighbourhood_id
            .is_some_and(|n| target.actor().is_member_of(n))
    {
        return Err(AppError::Conflict("roles-error-moderator-needs-member"));
    }
    if role == Role::Resident && target.address_id.is_none() {
        return Err(AppError::Conflict("roles-error-resident-needs-address"));
    }
    let mut tx = app.begin().await?;
    if !accounts::set_role(&mut tx, target.id, target.role(), role).await? {
        return Err(AppError::Conflict("roles-error-changed"));
    }
    audit::record(
        &mut tx,
        Some(commune.id),
        Some(actor.id),
        "role-changed",
        Some(target.id),
        role.as_str(),
        now(),
    )
    .await?;
    app.commit(tx).await
}

/// Sets the language of one's pages and e-mails.
pub async fn set_language(app: &App, account: &Account, language: Language) -> AppResult<()> {
    let mut tx = app.begin().await?;
    accounts::set_language(&mut tx, account.id, language.code()).await?;
    app.commit(tx).await
}
