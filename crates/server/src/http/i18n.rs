//! Translations with Fluent. Every user-facing string lives in `locales/*/main.ftl`;
//! code and templates only name message ids. A test fails when any language lacks a
//! message that English has.

use std::borrow::Cow;
use std::collections::HashMap;

use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::{static_loader, Loader};
use gemeng_core::language::Language;
use unic_langid::LanguageIdentifier;

static_loader! {
    static LOCALES = {
        locales: "./locales",
        fallback_language: "en",
        // Bidi isolation marks confuse screen readers and copy-paste of codes.
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

/// A message no locale has: debug builds (every test) fail loudly, so a missing
/// message is found by the tests, not by a reader; a release build shows its id.
fn missing(key: &str) -> String {
    debug_assert!(false, "no Fluent message {key:?} in any language");
    key.to_string()
}

/// A translator bound to one language; cheap to copy into every page.
#[derive(Debug, Clone)]
pub struct Tr {
    pub language: Language,
    id: LanguageIdentifier,
}

impl Tr {
    pub fn new(language: Language) -> Self {
        let id = language
            .code()
            .parse()
            .expect("language codes are valid identifiers");
        Self { language, id }
    }

    pub fn code(&self) -> &'static str {
        self.language.code()
    }

    /// The message `key`, or the key itself if no language has it (a test prevents that).
    pub fn t(&self, key: &str) -> String {
        LOCALES
            .try_lookup(&self.id, key)
            .unwrap_or_else(|| missing(key))
    }

    /// The message `key` with named arguments.
    pub fn t_args(&self, key: &str, args: &[(&str, &str)]) -> String {
        let map: HashMap<Cow<'static, str>, FluentValue<'_>> = args
            .iter()
            .map(|(k, v)| (Cow::Owned(k.to_string()), FluentValue::from(*v)))
            .collect();
        LOCALES
            .try_lookup_with_args(&self.id, key, &map)
            .unwrap_or_else(|| missing(key))
    }

    /// One named argument, the common case in templates.
    pub fn t1(&self, key: &str, name: &str, value: &str) -> String {
        self.t_args(key, &[(name, value)])
    }

    /// Several number arguments, so plural rules apply to each.
    pub fn t_nums(&self, key: &str, args: &[(&str, i64)]) -> String {
        let map: HashMap<Cow<'static, str>, FluentValue<'_>> = args
            .iter()
            .map(|(k, v)| (Cow::Owned(k.to_string()), FluentValue::from(*v)))
            .collect();
        LOCALES
            .try_lookup_with_args(&self.id, key, &map)
            .unwrap_or_else(|| missing(key))
    }

    /// A number argument, so plural rules apply.
    pub fn tn(&self, key: &str, name: &str, value: i64) -> String {
        self.t_nums(key, &[(name, value)])
    }
}

/// A date (Unix seconds, UTC) as day.month.year.
pub fn format_date(at: i64) -> String {
    let (y, m, d) = civil_from_days(at.div_euclid(86_400));
    format!("{d:02}.{m:02}.{y}")
}

/// Days since 1970-01-01 to (year, month, day) in the proleptic Gregorian calendar.
fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}

#[cfg(test)]
mod tests {
    #[test]
    fn dates_are_civil() {
        assert_eq!(super::civil_from_days(0), (1970, 1, 1));
        assert_eq!(super::civil_from_days(20_785), (2026, 11, 28));
        assert_eq!(super::civil_from_days(-1), (1969, 12, 31));
    }
}
