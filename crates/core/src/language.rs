//! The five languages of the interface and how a reader's language is chosen.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Language {
    Lb,
    De,
    Fr,
    En,
    Pt,
}

impl Language {
    /// In the order the language picker shows them.
    pub const ALL: [Language; 5] = [
        Language::Lb,
        Language::De,
        Language::Fr,
        Language::En,
        Language::Pt,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Language::Lb => "lb",
            Language::De => "de",
            Language::Fr => "fr",
            Language::En => "en",
            Language::Pt => "pt",
        }
    }

    pub fn from_code(code: &str) -> Option<Language> {
        let primary = code.split(['-', '_']).next()?.trim().to_ascii_lowercase();
        Language::ALL.into_iter().find(|l| l.code() == primary)
    }

    /// Picks the best supported language from an `Accept-Language` header value,
    /// honouring q-values; `None` when nothing supported is asked for.
    pub fn negotiate(accept_language: &str) -> Option<Language> {
        let mut best: Option<(f32, usize, Language)> = None;
        for (position, part) in accept_language.split(',').enumerate().take(32) {
            let mut pieces = part.split(';');
            let tag = pieces.next().unwrap_or("").trim();
            let quality = pieces
                .filter_map(|p| p.trim().strip_prefix("q="))
                .filter_map(|q| q.parse::<f32>().ok())
                .next()
                .unwrap_or(1.0);
            // q=0 means "not this one"; NaN is nonsense. Both are skipped.
            if quality.is_nan() || quality <= 0.0 {
                continue;
            }
            if let Some(language) = Language::from_code(tag) {
                let better = match best {
                    None => true,
                    Some((q, p, _)) => quality > q || (quality == q && position < p),
                };
                if better {
                    best = Some((quality, position, language));
                }
            }
        }
        best.map(|(_, _, l)| l)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn negotiates_by_quality_then_order() {
        assert_eq!(
            Language::negotiate("pt-BR,pt;q=0.9,en;q=0.8"),
            Some(Language::Pt)
        );
        assert_eq!(
            Language::negotiate("es, fr;q=0.5, de;q=0.7"),
            Some(Language::De)
        );
        assert_eq!(Language::negotiate("lb-LU"), Some(Language::Lb));
        assert_eq!(Language::negotiate("es, it"), None);
        assert_eq!(Language::negotiate("fr;q=0, en"), Some(Language::En));
    }

    proptest! {
        #[test]
        fn negotiate_never_panics(header in "\\PC{0,200}") {
            let _ = Language::negotiate(&header);
        }

        #[test]
        fn codes_round_trip(i in 0usize..5) {
            let l = Language::ALL[i];
            prop_assert_eq!(Language::from_code(l.code()), Some(l));
        }
    }
}
