//! Printable residence letters: one per pending resident, in their language, each
//! with a fresh code. Codes exist in clear only in the printed batch.

use gemeng_core::codes::{hash_secret, person_code};
use gemeng_core::language::Language;
use gemeng_db::accounts::Account;
use gemeng_db::communes::Commune;
use gemeng_db::{audit, membership as residence};

use crate::app::{now, App};
use crate::http::error::AppResult;
use crate::http::i18n::format_date;
use crate::http::i18n::Tr;

pub const LETTER_CODE_LIFETIME: i64 = 90 * 24 * 3600;

/// One letter, already translated into its recipient's language.
pub struct Letter {
    pub lang: &'static str,
    pub name: String,
    pub street_line: String,
    pub town_line: String,
    pub heading: String,
    pub greeting: String,
    pub body: String,
    pub code: String,
    pub steps: Vec<String>,
    pub expiry: String,
}

/// Issues codes for every resident waiting for a letter and composes the letters.
pub async fn print_batch(
    app: &App,
    commune: &Commune,
    staff: &Account,
    public_base: &str,
) -> AppResult<Vec<Letter>> {
    let expires = now() + LETTER_CODE_LIFETIME;
    let mut new_code = || {
        let code = person_code();
        let hash = hash_secret(&code);
        (code, hash)
    };
    let mut tx = app.begin().await?;
    let issued = residence::issue_letters(
        &mut tx,
        commune.id,
        staff.id,
        now(),
        LETTER_CODE_LIFETIME,
        &mut new_code,
    )
    .await?;
    if !issued.is_empty() {
        audit::record(
            &mut tx,
            Some(commune.id),
            Some(staff.id),
            "letters-printed",
            None,
            &issued.len().to_string(),
            now(),
        )
        .await?;
    }
    app.commit(tx).await?;
    let verify_url = format!("{public_base}/c/{}/verify", commune.slug);
    Ok(issued
        .into_iter()
        .map(|(r, code)| {
            let language = Language::from_code(&r.language).unwrap_or(Language::En);
            let tr = Tr::new(language);
            Letter {
                lang: language.code(),
                name: r.display_name.clone(),
                street_line: format!("{} {}", r.street, r.number),
                town_line: format!("{} {}", r.postcode, r.locality),
                heading: tr.t1("letter-heading", "commune", &commune.name),
                greeting: tr.t1("letter-greeting", "name", &r.display_name),
                body: tr.t1("letter-body", "commune", &commune.name),
                code,
                steps: vec![
                    tr.t1("letter-step-open", "url", &verify_url),
                    tr.t("letter-step-login"),
                    tr.t("letter-step-enter"),
                ],
                expiry: tr.t1("letter-expiry", "date", &format_date(expires)),
            }
        })
        .collect())
}
