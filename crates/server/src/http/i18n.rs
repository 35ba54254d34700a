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
            .unwrap_or_else(|| key.to_string())
    }

    /// The message `key` with named arguments.
    pub fn t_args(&self, key: &str, args: &[(&str, &str)]) -> String {
        let map: HashMap<Cow<'static, str>, FluentValue<'_>> = args
            .iter()
            .map(|(k, v)| (Cow::Owned(k.to_string()), FluentValue::from(*v)))
            .collect();
        LOCALES
            .try_lookup_with_args(&self.id, key, &map)
            .unwrap_or_else(|| key.to_string())
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
            .unwrap_or_else(|| key.to_string())
    }

    /// A number argument, so plural rules apply.
    pub fn tn(&self, key: &str, name: &str, value: i64) -> String {
        self.t_nums(key, &[(name, value)])
    }
}
