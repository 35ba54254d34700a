//! How a commune's name behaves in a sentence. Some names take an article ("la Ville
//! de Luxembourg", "a Cidade do Luxemburgo", "die Stadt Luxemburg", "the City of
//! Luxembourg"), and a preposition then contracts or changes with it: "à la Ville",
//! "à Cidade", "in der Stadt", "to the City". Others take none ("à Hesperange", "em
//! Esch"). The admin says which article each language's name takes; messages choose
//! the right words with a Fluent selector on it (`$article`), never by joining text.

/// The articles a name may take in `language`, as the keys the messages select on.
/// `none` (no article) is always first. Keys are the article itself where that is
/// unambiguous, and say the gender where one article has several (German "die" is
/// feminine or plural, Luxembourgish "d’" feminine or neuter, which changes
/// the dative after a preposition).
pub fn articles(language: &str) -> &'static [&'static str] {
    match language {
        "fr" => &["none", "le", "la", "l", "les"],
        "pt" => &["none", "o", "a", "os", "as"],
        "de" => &["none", "der", "die", "das", "die-plural"],
        // Plural names are left out: "an den" / "an de" follows the n-rule, which
        // depends on the name's first sound.
        "lb" => &["none", "den", "d-feminine", "d-neuter"],
        "en" => &["none", "the"],
        _ => &["none"],
    }
}

/// How an article key is written in front of the name, for the admin's form
/// ("l’" for `l`). Data, not a message: the article is the name's language's own.
pub fn article_label(key: &str) -> &'static str {
    match key {
        "le" => "le",
        "la" => "la",
        "l" => "l’",
        "les" => "les",
        "o" => "o",
        "a" => "a",
        "os" => "os",
        "as" => "as",
        "der" => "der",
        "die" => "die",
        "das" => "das",
        "die-plural" => "die (Plural)",
        "den" => "den",
        "d-feminine" => "d’ (weiblech)",
        "d-neuter" => "d’ (sächlech)",
        "the" => "the",
        _ => "—",
    }
}

/// The article key given for `language`, if the language has it; an unknown key is
/// refused rather than stored, since a message would fall back to "no article".
pub fn check_article(language: &str, key: &str) -> Result<&'static str, &'static str> {
    let key = key.trim();
    if key.is_empty() {
        return Ok("none");
    }
    articles(language)
        .iter()
        .find(|known| **known == key)
        .copied()
        .ok_or("identity-error-article")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_offers_no_article_first() {
        for language in ["lb", "de", "fr", "en", "pt", "xx"] {
            assert_eq!(articles(language)[0], "none", "{language}");
        }
    }

    #[test]
    fn articles_are_checked_per_language() {
        assert_eq!(check_article("fr", "la"), Ok("la"));
        assert_eq!(check_article("fr", " l "), Ok("l"));
        assert_eq!(check_article("pt", "a"), Ok("a"));
        assert_eq!(check_article("pt", ""), Ok("none"));
        assert_eq!(check_article("de", "die-plural"), Ok("die-plural"));
        // A French article is not Portuguese, and nothing unknown is stored.
        assert_eq!(check_article("pt", "la"), Err("identity-error-article"));
        assert_eq!(check_article("en", "le"), Err("identity-error-article"));
        assert_eq!(check_article("fr", "LA"), Err("identity-error-article"));
    }

    #[test]
    fn every_article_has_a_label() {
        for language in ["lb", "de", "fr", "en", "pt"] {
            for key in &articles(language)[1..] {
                assert_ne!(article_label(key), "—", "{language} {key}");
            }
        }
        assert_eq!(article_label("none"), "—");
        assert_eq!(article_label("l"), "l’");
    }
}
