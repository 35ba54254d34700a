//! `gemeng create-commune` and `gemeng create-admin`.

use std::io::BufRead;

use anyhow::{bail, Context};
use gemeng_core::account::{check_display_name, check_new_password, Email, Residence, Role};
use gemeng_core::language::Language;
use gemeng_db::accounts::{self, CreateError, NewAccount};

use crate::app::{now, App};
use crate::http::auth::hash_password;

pub async fn create_commune(
    app: &App,
    slug: &str,
    name: &str,
    language: &str,
) -> anyhow::Result<()> {
    let language =
        Language::from_code(language).context("the language must be lb, de, fr, en or pt")?;
    let name = name.trim();
    if name.is_empty() {
        bail!("the commune needs a name");
    }
    let mut tx = app.db.begin().await?;
    let commune = gemeng_db::communes::create(&mut tx, slug, name, language.code(), now()).await?;
    tx.commit().await?;
    println!("Created commune {} at /c/{}", commune.name, commune.slug);
    Ok(())
}

fn read_password() -> anyhow::Result<String> {
    if let Ok(p) = std::env::var("GEMENG_ADMIN_PASSWORD") {
        return Ok(p);
    }
    eprintln!("Password (at least 8 characters), then Enter:");
    let mut line = String::new();
    std::io::stdin().lock().read_line(&mut line)?;
    Ok(line.trim_end_matches(['\r', '\n']).to_string())
}

pub async fn create_admin(
    app: &App,
    commune: Option<&str>,
    email: &str,
    name: &str,
    operator: bool,
) -> anyhow::Result<()> {
    let email =
        Email::parse(email).map_err(|_| anyhow::anyhow!("{email:?} is not an e-mail address"))?;
    let name = check_display_name(name)
        .map_err(|_| anyhow::anyhow!("the name must have 2 to 60 characters"))?;
    let commune = match (operator, commune) {
        (true, _) => None,
        (false, Some(slug)) => Some(
            gemeng_db::communes::by_slug(&app.db, slug)
                .await?
                .with_context(|| format!("there is no commune {slug:?}"))?,
        ),
        (false, None) => bail!("name the commune with --commune"),
    };
    let password = read_password()?;
    if let Err(key) = check_new_password(&password, &[email.as_str(), &name]) {
        bail!(
            "password refused: {}",
            crate::http::i18n::Tr::new(Language::En).t(key)
        );
    }
    let hash = hash_password(password).await?;
    let role = if operator {
        Role::Operator
    } else {
        Role::Admin
    };
    let mut tx = app.db.begin().await?;
    let created = accounts::create(
        &mut tx,
        &NewAccount {
            commune_id: commune.as_ref().map(|c| c.id),
            email: email.as_str(),
            password_hash: &hash,
            display_name: &name,
            language: commune
                .as_ref()
                .map(|c| c.default_language.as_str())
                .unwrap_or("en"),
            role,
            address_id: None,
            residence: Residence::Verified,
            email_confirmed: true,
        },
        now(),
    )
    .await;
    match created {
        Ok(_) => {
            tx.commit().await?;
            println!("Created {} {}", role.as_str(), email.as_str());
            Ok(())
        }
        Err(CreateError::EmailTaken) => bail!("an account with this e-mail exists already"),
        Err(CreateError::Db(e)) => Err(e.into()),
    }
}
