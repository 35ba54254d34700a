//! Organiser accounts: an association (or a ministry running an event on this
//! commune's installation) gets an account from the commune's staff, to organise
//! activities for the commune. Like an admin named by an operator, it is made through
//! `welcome::invite` (a password nobody knows, a welcome e-mail with the link to choose
//! one). Closing it erases it as a person erasing their data would; its activities
//! stay, and staff manage them.

use gemeng_core::account::{check_organisation_name, Email, Role};
use gemeng_core::language::Language;
use gemeng_core::validation::FieldErrors;
use gemeng_db::accounts::{self, Account, Organiser};
use gemeng_db::communes::Commune;
use gemeng_db::{audit, personal_data};

use crate::app::{now, App};
use crate::http::auth::rate_limit;
use crate::http::error::{AppError, AppResult};
use crate::membership::welcome::{invite, Invitation};

/// The most organiser accounts a list shows (a commune has a few dozen associations).
pub const LIST_MAX: i64 = 500;
/// Organiser accounts one staff member makes in a day: a commune's associations all
/// at once on its first day, but not an endless stream of accounts and welcome
/// e-mails from a stolen session. Counted per staff member, so nobody's mistake stops
/// a colleague.
pub const CREATIONS_PER_DAY: i64 = 60;

/// The commune's organiser accounts, by name.
pub async fn list(app: &App, commune: &Commune) -> AppResult<Vec<Organiser>> {
    Ok(accounts::organisers(&app.db, commune.id, LIST_MAX).await?)
}

/// Creates an organiser account and e-mails it the link to choose a password, in the
/// `language` staff chose; the new account's id, or which fields are wrong (nothing
/// is stored then).
pub async fn create(
    app: &App,
    commune: &Commune,
    staff: &Account,
    name: &str,
    email: &str,
    language: &str,
) -> AppResult<Result<i64, FieldErrors>> {
    let mut errors = FieldErrors::new();
    let name = errors.check("name", check_organisation_name(name));
    let email = errors.check("email", Email::parse(email));
    let language = Language::from_code(language.trim());
    if language.is_none() {
        errors.add("language", "error-language-unknown");
    }
    let (Some(name), Some(email), Some(language), true) =
        (name, email, language, errors.is_empty())
    else {
        return Ok(Err(errors));
    };
    rate_limit(
        app,
        &format!("organisers:{}", staff.id),
        86_400,
        CREATIONS_PER_DAY,
    )
    .await?;
    invite(
        app,
        &Invitation {
            commune,
            by: staff,
            email: &email,
            name: &name,
            language,
            role: Role::Organiser,
            mail: "mail-organiser-welcome",
            audit_action: "organiser-created",
        },
    )
    .await
}

/// The organiser account `id` of this commune, or "not found" (for any other
/// account, so that an id says nothing of whom it belongs to).
pub async fn get(app: &App, commune: &Commune, id: i64) -> AppResult<Account> {
    accounts::by_id(&app.db, id)
        .await?
        .filter(|a| a.commune_id == Some(commune.id) && a.role() == Role::Organiser)
        .ok_or(AppError::NotFound)
}

/// Closes organiser account `id`: erased as its owner erasing their data would erase
/// it. Its activities stay, naming no organiser; staff manage them. Nobody can make
/// an account an organiser or unmake one (`Action::AssignRole` refuses both), so the
/// role read here is the one the erasure acts on.
pub async fn close(app: &App, commune: &Commune, staff: &Account, id: i64) -> AppResult<()> {
    let organiser = get(app, commune, id).await?;
    let mut tx = app.begin().await?;
    if !personal_data::erase(&mut tx, commune.id, organiser.id).await? {
        return Err(AppError::NotFound);
    }
    // Who closed an account stays in the trail; the account itself is gone.
    audit::record(
        &mut tx,
        Some(commune.id),
        Some(staff.id),
        "organiser-closed",
        None,
        "",
        now(),
    )
    .await?;
    app.commit(tx).await?;
    Ok(())
}
