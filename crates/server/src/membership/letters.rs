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
use crate::mail;

pub const LETTER_CODE_LIFETIME: i64 = 90 * 24 * 3600;

/// One letter, already translated into its recipient's language, laid out as an
/// official letter (DIN 5008 form B on paper: letterhead, the recipient in the window
/// of a C5/DL envelope, date and reference beside it, then the text and a signature).
pub struct Letter {
    pub lang: &'static str,
    /// The commune's name in the letter's language.
    pub commune_name: String,
    /// The coat of arms' address, when the commune has one.
    pub arms_url: Option<String>,
    /// The town hall's postal address, phone, e-mail and opening hours.
    pub postal_address: Vec<String>,
    pub phone: String,
    pub contact_email: String,
    pub opening_hours: Vec<String>,
    /// The one small line above the recipient, read through the window.
    pub return_line: String,
    /// Name as on the letterbox, then flat or floor, street, town.
    pub recipient: Vec<String>,
    pub date: String,
    pub reference: String,
    pub heading: String,
    pub greeting: String,
    /// Why the commune writes, in plain words.
    pub body: String,
    pub code: String,
    pub steps: Vec<String>,
    pub expiry: String,
    /// Who to ask.
    pub contact: String,
    /// The signatory's name and title, one per line.
    pub signature: Vec<String>,
    /// The steps again in a second language, for a household that reads another.
    pub second: Option<SecondLanguage>,
    /// Labels of the letter's parts in its language.
    pub labels: LetterLabels,
}

pub struct SecondLanguage {
    pub lang: &'static str,
    pub heading: String,
    pub steps: Vec<String>,
}

pub struct LetterLabels {
    pub date: String,
    pub reference: String,
    pub phone: String,
    pub email: String,
    pub hours: String,
    pub code: String,
}

/// The second language of a letter: the commune's own if the resident reads another,
/// else English, else French.
fn second_language(resident: Language, commune: Language) -> Language {
    if resident != commune {
        commune
    } else if resident != Language::En {
        Language::En
    } else {
        Language::Fr
    }
}

fn lines(text: &str) -> Vec<String> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(String::from)
        .collect()
}

/// Issues codes for every resident waiting for a letter and composes the letters.
pub async fn print_batch(
    app: &App,
    commune: &Commune,
    staff: &Account,
    public_base: &str,
) -> AppResult<Vec<Letter>> {
    let printed_at = now();
    let expires = printed_at + LETTER_CODE_LIFETIME;
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
        printed_at,
        LETTER_CODE_LIFETIME,
        &mut new_code,
    )
    .await?;
    // Each resident hears that their letter is on its way, and where to type its code.
    let verify_url = format!("{public_base}/c/{}/verify", commune.slug);
    for (r, _) in &issued {
        let language = Language::from_code(&r.language).unwrap_or(Language::En);
        mail::queue(
            &mut tx,
            Some(commune.id),
            &r.email,
            language,
            "mail-letter",
            &[
                ("name", &r.display_name),
                ("commune", commune.name_in(language.code())),
                ("article", commune.article_in(language.code())),
                ("date", &format_date(printed_at)),
                ("link", &verify_url),
            ],
        )
        .await?;
    }
    if !issued.is_empty() {
        audit::record(
            &mut tx,
            Some(commune.id),
            Some(staff.id),
            "letters-printed",
            None,
            &issued.len().to_string(),
            printed_at,
        )
        .await?;
    }
    app.commit(tx).await?;
    let commune_language = Language::from_code(&commune.default_language).unwrap_or(Language::Fr);
    let steps = |tr: &Tr| {
        vec![
            tr.t1("letter-step-open", "url", &verify_url),
            tr.t("letter-step-login"),
            tr.t("letter-step-enter"),
        ]
    };
    Ok(issued
        .into_iter()
        .map(|(r, code)| {
            let language = Language::from_code(&r.language).unwrap_or(Language::En);
            let tr = Tr::new(language);
            let commune_name = commune.name_in(language.code()).to_string();
            let name = if r.full_name.trim().is_empty() {
                r.display_name.clone()
            } else {
                r.full_name.clone()
            };
            let mut recipient = vec![name.clone()];
            if !r.address_extra.trim().is_empty() {
                recipient.push(r.address_extra.clone());
            }
            recipient.push(format!("{} {}", r.street, r.number));
            recipient.push(format!("{} {}", r.postcode, r.locality));
            let postal_address = lines(&commune.postal_address);
            let return_line = std::iter::once(commune_name.clone())
                .chain(postal_address.iter().cloned())
                .collect::<Vec<_>>()
                .join(" · ");
            let second = second_language(language, commune_language);
            let second_tr = Tr::new(second);
            let contact = if commune.phone.trim().is_empty() {
                tr.t("letter-contact-desk")
            } else {
                tr.t1("letter-contact", "phone", commune.phone.trim())
            };
            Letter {
                lang: language.code(),
                postal_address,
                phone: commune.phone.trim().to_string(),
                contact_email: commune.contact_email.trim().to_string(),
                opening_hours: lines(&commune.opening_hours),
                return_line,
                recipient,
                date: format_date(printed_at),
                reference: format!("{}/{}", commune.slug, r.user_id),
                heading: tr.t("letter-heading"),
                greeting: tr.t1("letter-greeting", "name", &name),
                body: tr.t_args("letter-body", &commune.name_args(language.code())),
                arms_url: commune
                    .has_arms()
                    .then(|| format!("/c/{}/arms.png?v={}", commune.slug, commune.arms_version)),
                code,
                steps: steps(&tr),
                expiry: tr.t1("letter-expiry", "date", &format_date(expires)),
                contact,
                signature: lines(&commune.signatory),
                second: Some(SecondLanguage {
                    lang: second.code(),
                    heading: second_tr.t("letter-steps-title"),
                    steps: steps(&second_tr),
                }),
                labels: LetterLabels {
                    date: tr.t("letter-label-date"),
                    reference: tr.t("letter-label-reference"),
                    phone: tr.t("letter-label-phone"),
                    email: tr.t("letter-label-email"),
                    hours: tr.t("letter-label-hours"),
                    code: tr.t("letter-label-code"),
                },
                commune_name,
            }
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_second_language_is_the_communes_or_another_one() {
        assert_eq!(second_language(Language::Pt, Language::Fr), Language::Fr);
        assert_eq!(second_language(Language::Fr, Language::Fr), Language::En);
        assert_eq!(second_language(Language::En, Language::En), Language::Fr);
        assert_eq!(second_language(Language::De, Language::Lb), Language::Lb);
    }

    #[test]
    fn multi_line_settings_keep_their_lines_and_drop_blank_ones() {
        assert_eq!(
            lines("  Place Guillaume II \n\n L-1648 Luxembourg\n"),
            vec!["Place Guillaume II", "L-1648 Luxembourg"]
        );
        assert!(lines("  \n ").is_empty());
    }
}
