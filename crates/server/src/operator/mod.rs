//! Running the installation from the web: operators log in at `/operator`, create
//! communes, import their maps and registers (the same imports as the command line and
//! the commune admins' pages), and name each commune's first admin, who receives an
//! e-mail to choose a password. Operators never read a neighbourhood.

pub mod web;

use gemeng_core::account::{check_display_name, Email, Role};
use gemeng_core::language::Language;
use gemeng_core::validation::FieldErrors;
use gemeng_db::accounts::Account;
use gemeng_db::audit;
use gemeng_db::communes::{self, Commune};

use crate::app::{now, App};
use crate::http::error::AppResult;
use crate::membership::welcome::{invite, Invitation};

/// Creates a commune; the inner `Err` says which field is wrong.
pub async fn create_commune(
    app: &App,
    operator: &Account,
    slug: &str,
    name: &str,
    language: &str,
) -> AppResult<Result<Commune, FieldErrors>> {
    let mut errors = FieldErrors::new();
    let slug = slug.trim().to_lowercase();
    if !gemeng_core::slug::is_valid_slug(&slug) {
        errors.add("slug", "operator-error-slug");
    }
    let name = errors.check(
        "name",
        gemeng_core::validation::bounded_text(
            name,
            2,
            80,
            "operator-error-name",
            "operator-error-name",
        ),
    );
    let language = Language::from_code(language);
    if language.is_none() {
        errors.add("language", "error-language-unknown");
    }
    let (Some(name), Some(language), true) = (name, language, errors.is_empty()) else {
        return Ok(Err(errors));
    };
    if communes::by_slug(&app.db, &slug).await?.is_some() {
        return Ok(Err(FieldErrors::single(
            "slug",
            "operator-error-slug-taken",
        )));
    }
    let mut tx = app.begin().await?;
    let commune = match communes::create(&mut tx, &slug, &name, language.code(), now()).await {
        Ok(c) => c,
        // Created meanwhile by someone else.
        Err(gemeng_db::DbError::Invalid(_)) => {
            return Ok(Err(FieldErrors::single(
                "slug",
                "operator-error-slug-taken",
            )))
        }
        Err(e) => return Err(e.into()),
    };
    audit::record(
        &mut tx,
        Some(commune.id),
        Some(operator.id),
        "commune-created",
        None,
        &slug,
        now(),
    )
    .await?;
    app.commit(tx).await?;
    Ok(Ok(commune))
}

/// Names a commune admin: the account is created (its e-mail counts as confirmed,
/// since the link it receives proves it) and e-mailed a link to choose a password.
pub async fn name_admin(
    app: &App,
    operator: &Account,
    commune: &Commune,
    email: &str,
    name: &str,
) -> AppResult<Result<(), FieldErrors>> {
    let mut errors = FieldErrors::new();
    let email = errors.check("email", Email::parse(email));
    let name = errors.check("display_name", check_display_name(name));
    let (Some(email), Some(name)) = (email, name) else {
        return Ok(Err(errors));
    };
    let language = Language::from_code(&commune.default_language).unwrap_or(Language::En);
    let invited = invite(
        app,
        &Invitation {
            commune,
            by: operator,
            email: &email,
            name: &name,
            language,
            role: Role::Admin,
            mail: "mail-admin-welcome",
            audit_action: "admin-named",
        },
    )
    .await?;
    Ok(invited.map(|_| ()))
}
