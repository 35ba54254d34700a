//! `gemeng demo`: the City of Luxembourg's 24 real quartiers (ODbL, see
//! `demo/README.md`), an invented address register inside them, and one account per
//! role. Loading is idempotent: an existing demo commune is left as it is.

use anyhow::Context;
use gemeng_core::account::{Residence, Role};
use gemeng_db::accounts::{self, NewAccount};
use gemeng_db::communes::Commune;
use gemeng_db::{addresses, communes, neighbourhoods};

use crate::app::{now, App};
use crate::http::auth::hash_password;
use crate::membership::imports;

pub const SLUG: &str = "luxembourg";
pub const PASSWORD: &str = "gemeng-demo";
const QUARTIERS: &str = include_str!("../../demo/luxembourg-city-quartiers.geojson");
const ADDRESSES: &[u8] = include_bytes!("../../demo/luxembourg-city-addresses.csv");

/// (e-mail, display name, role, quartier slug, language)
const ACCOUNTS: [(&str, &str, Role, Option<&str>, &str); 5] = [
    (
        "admin@demo.gemeng.lu",
        "Anne Admin",
        Role::Admin,
        None,
        "lb",
    ),
    (
        "staff@demo.gemeng.lu",
        "Serge Service",
        Role::Staff,
        None,
        "fr",
    ),
    (
        "moderator@demo.gemeng.lu",
        "Maria Moderatorin",
        Role::Moderator,
        Some("gare"),
        "de",
    ),
    (
        "ana@demo.gemeng.lu",
        "Ana",
        Role::Resident,
        Some("gare"),
        "pt",
    ),
    (
        "ben@demo.gemeng.lu",
        "Ben",
        Role::Resident,
        Some("kirchberg"),
        "en",
    ),
];

pub async fn load(app: &App) -> anyhow::Result<Commune> {
    if let Some(existing) = communes::by_slug(&app.db, SLUG).await? {
        return Ok(existing);
    }
    let mut tx = app.db.begin().await?;
    let commune = communes::create(&mut tx, SLUG, "Ville de Luxembourg", "lb", now()).await?;
    // Its name in each language, and a town hall for the letters' letterhead (the
    // phone number is marked as a demo's, so nobody calls the real town hall).
    communes::update_profile(
        &mut tx,
        commune.id,
        &communes::Profile {
            names: [
                "Stad Lëtzebuerg".into(),
                "Stadt Luxemburg".into(),
                "Ville de Luxembourg".into(),
                "City of Luxembourg".into(),
                "Cidade do Luxemburgo".into(),
            ],
            postal_address: "Hôtel de Ville\nPlace Guillaume II\nL-1648 Luxembourg".into(),
            phone: "+352 0000 0000 (demo)".into(),
            contact_email: "contact@demo.gemeng.lu".into(),
            opening_hours: "Monday to Friday: 8:00–17:00".into(),
            signatory: "Anne Demo\nAlderwoman for citizens' services".into(),
            // The city's red, as on its coat of arms, dark enough for white text.
            colour: "#a4162b".into(),
            // "d’Stad", "die Stadt", "la Ville", "the City", "a Cidade": messages
            // then say "an der Stad", "in der Stadt", "à la Ville", "to the City", "à Cidade".
            articles: [
                "d-feminine".into(),
                "die".into(),
                "la".into(),
                "the".into(),
                "a".into(),
            ],
        },
    )
    .await?;
    tx.commit().await?;
    let commune = communes::by_id(&app.db, commune.id)
        .await?
        .context("the demo commune")?;
    let quartiers = imports::Kind::Neighbourhoods;
    imports::import_now(
        app,
        &commune,
        None,
        quartiers,
        QUARTIERS.as_bytes(),
        &mut |_, _| {},
    )
    .await
    .map_err(|p| anyhow::anyhow!("demo quartiers refused: {p:?}"))?;
    let register = imports::Kind::Addresses;
    imports::import_now(app, &commune, None, register, ADDRESSES, &mut |_, _| {})
        .await
        .map_err(|p| anyhow::anyhow!("demo addresses refused: {p:?}"))?;
    let hash = hash_password(PASSWORD.to_string()).await?;
    let mut tx = app.db.begin().await?;
    for (index, (email, name, role, quartier, language)) in ACCOUNTS.iter().enumerate() {
        let address_id = match quartier {
            Some(slug) => {
                let n = neighbourhoods::by_slug(&app.db, commune.id, slug)
                    .await?
                    .context("demo quartier")?;
                let choices = addresses::in_neighbourhood(&app.db, n.id, 10).await?;
                Some(
                    choices
                        .get(index)
                        .or(choices.first())
                        .context("demo address")?
                        .id,
                )
            }
            None => None,
        };
        accounts::create(
            &mut tx,
            &NewAccount {
                commune_id: Some(commune.id),
                email,
                password_hash: &hash,
                display_name: name,
                language,
                role: *role,
                address_id,
                residence: Residence::Verified,
                email_confirmed: true,
            },
            now(),
        )
        .await
        .map_err(|e| anyhow::anyhow!("demo account {email}: {e}"))?;
    }
    tx.commit().await?;
    Ok(commune)
}

pub fn announce(app: &App) {
    let base = app.config.public_base();
    println!();
    println!("Gemeng demo: {base}/c/{SLUG}");
    println!("All demo accounts use the password {PASSWORD}:");
    for (email, name, role, quartier, _) in ACCOUNTS {
        let place = quartier
            .map(|q| format!(", lives in {q}"))
            .unwrap_or_default();
        println!("  {email:<28} {name} ({}{place})", role.as_str());
    }
    println!();
}
