//! Announcements: what the commune tells its residents, in any of the five languages,
//! to the whole commune or to chosen neighbourhoods, public or for residents only,
//! pinned or not, published at once or at a set time, and optionally expiring.
//!
//! Here the rules: what a draft must hold, who may read an announcement, when it is
//! shown, which version a reader sees first, and in which order a list shows them.

use std::collections::BTreeSet;

use crate::language::Language;
use crate::validation::{bounded_lines, bounded_text};

/// The longest title, in characters: a line a phone shows on two lines at most.
pub const TITLE_MAX: usize = 160;
/// The longest text, in characters: a long letter, not a brochure.
pub const BODY_MAX: usize = 8_000;
/// The most lines a text holds (paragraphs are separated by blank lines).
pub const BODY_LINES_MAX: usize = 200;
/// The most neighbourhoods one announcement is addressed to; more is the commune.
pub const NEIGHBOURHOODS_MAX: usize = 500;
/// How far ahead an announcement may be scheduled or expire: two years. Further is
/// a typing mistake (a year of 2062), not a plan.
pub const HORIZON: i64 = 2 * 366 * 86_400;

/// The form field of a language's title and text (`title-pt`, `body-pt`), so each
/// error shows beside its field.
pub fn title_field(language: Language) -> &'static str {
    match language {
        Language::Lb => "title-lb",
        Language::De => "title-de",
        Language::Fr => "title-fr",
        Language::En => "title-en",
        Language::Pt => "title-pt",
    }
}

/// See [`title_field`].
pub fn body_field(language: Language) -> &'static str {
    match language {
        Language::Lb => "body-lb",
        Language::De => "body-de",
        Language::Fr => "body-fr",
        Language::En => "body-en",
        Language::Pt => "body-pt",
    }
}

/// One language's version as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct VersionInput {
    pub title: String,
    pub body: String,
}

/// Who an announcement is for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    Commune,
    /// These neighbourhoods of the commune (never empty once checked).
    Neighbourhoods(BTreeSet<i64>),
}

/// An announcement as staff typed it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Draft {
    /// Versions by language; a language left blank (title and text empty) has none.
    pub versions: Vec<(Language, VersionInput)>,
    /// `None` for the whole commune, else the neighbourhoods chosen.
    pub neighbourhoods: Option<Vec<i64>>,
    pub public: bool,
    pub pinned: bool,
    /// When it appears; `None` (or a moment past) is at once.
    pub publish_at: Option<i64>,
    pub expires_at: Option<i64>,
}

/// One language's version, checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Version {
    pub language: Language,
    pub title: String,
    pub body: String,
}

/// An announcement that passed [`check`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Checked {
    /// In the language picker's order, one per language at most.
    pub versions: Vec<Version>,
    pub target: Target,
    pub public: bool,
    pub pinned: bool,
    pub publish_at: i64,
    pub expires_at: Option<i64>,
}

/// Checks a draft against the rules; every problem as (field, message id).
/// `neighbourhoods` are the commune's own: an id outside them is refused (a forged
/// form cannot address another commune's residents).
pub fn check(
    draft: &Draft,
    now: i64,
    neighbourhoods: &[i64],
) -> Result<Checked, Vec<(&'static str, &'static str)>> {
    let mut problems = Vec::new();
    let mut versions = Vec::new();
    for language in Language::ALL {
        let given: Vec<&VersionInput> = draft
            .versions
            .iter()
            .filter(|(l, _)| *l == language)
            .map(|(_, v)| v)
            .collect();
        if given.len() > 1 {
            problems.push((title_field(language), "announcement-error-language-twice"));
            continue;
        }
        let Some(input) = given.first() else { continue };
        let (title_blank, body_blank) =
            (input.title.trim().is_empty(), input.body.trim().is_empty());
        if title_blank && body_blank {
            continue;
        }
        let title = bounded_text(
            &input.title,
            1,
            TITLE_MAX,
            "announcement-error-title-missing",
            "announcement-error-title-long",
        );
        let body = if body_blank {
            Err("announcement-error-body-missing")
        } else if input.body.chars().count() > BODY_MAX {
            Err("announcement-error-body-long")
        } else {
            bounded_paragraphs(&input.body)
        };
        match (title, body) {
            (Ok(title), Ok(body)) => versions.push(Version {
                language,
                title,
                body,
            }),
            (title, body) => {
                if let Err(message) = title {
                    problems.push((title_field(language), message));
                }
                if let Err(message) = body {
                    problems.push((body_field(language), message));
                }
            }
        }
    }
    if versions.is_empty() && problems.is_empty() {
        problems.push(("versions", "announcement-error-no-version"));
    }

    let target = match &draft.neighbourhoods {
        None => Target::Commune,
        Some(chosen) if chosen.is_empty() => {
            problems.push(("neighbourhoods", "announcement-error-no-neighbourhood"));
            Target::Commune
        }
        Some(chosen) if chosen.len() > NEIGHBOURHOODS_MAX => {
            problems.push(("neighbourhoods", "announcement-error-neighbourhood-unknown"));
            Target::Commune
        }
        Some(chosen) => {
            if chosen.iter().any(|n| !neighbourhoods.contains(n)) {
                problems.push(("neighbourhoods", "announcement-error-neighbourhood-unknown"));
            }
            Target::Neighbourhoods(chosen.iter().copied().collect())
        }
    };

    let publish_at = draft.publish_at.map_or(now, |at| at.max(now));
    if draft
        .publish_at
        .is_some_and(|at| at > now.saturating_add(HORIZON))
    {
        problems.push(("publish_at", "announcement-error-too-far"));
    }
    if let Some(expires_at) = draft.expires_at {
        if expires_at <= publish_at {
            problems.push(("expires_at", "announcement-error-expires-before"));
        } else if expires_at > publish_at.saturating_add(HORIZON) {
            problems.push(("expires_at", "announcement-error-too-far"));
        }
    }

    if !problems.is_empty() {
        return Err(problems);
    }
    Ok(Checked {
        versions,
        target,
        public: draft.public,
        pinned: draft.pinned,
        publish_at,
        expires_at: draft.expires_at,
    })
}

/// A text of paragraphs: lines kept as typed (blank lines between paragraphs kept as
/// one), no control or invisible characters.
fn bounded_paragraphs(body: &str) -> Result<String, &'static str> {
    let normalised = body.replace("\r\n", "\n");
    let mut paragraphs = Vec::new();
    for paragraph in normalised.split("\n\n") {
        let lines = bounded_lines(
            paragraph,
            BODY_LINES_MAX,
            BODY_MAX,
            "announcement-error-body-long",
        )?;
        if !lines.is_empty() {
            paragraphs.push(lines);
        }
    }
    // Counted as shown: the blank line between two paragraphs is a line too.
    let text = paragraphs.join("\n\n");
    if text.lines().count() > BODY_LINES_MAX {
        return Err("announcement-error-body-long");
    }
    Ok(text)
}

/// Whether an announcement shows now: published, not expired, not withdrawn.
pub fn is_live(publish_at: i64, expires_at: Option<i64>, withdrawn: bool, now: i64) -> bool {
    !withdrawn && publish_at <= now && expires_at.is_none_or(|end| now < end)
}

/// Who reads an announcement, as the rules see them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reader {
    /// Not signed in, or not (yet) a member: public announcements only.
    Anyone,
    /// A verified member of this neighbourhood of the commune.
    Member { neighbourhood_id: i64 },
    /// The commune's staff: everything, drafts and expired ones included.
    Staff,
}

/// Whether `reader` may read an announcement addressed to `target` (whether it is
/// live is [`is_live`]'s to say; staff read those that are not too).
pub fn may_read(reader: Reader, target: &Target, public: bool) -> bool {
    match reader {
        Reader::Staff => true,
        _ if public => true,
        Reader::Anyone => false,
        Reader::Member { neighbourhood_id } => match target {
            Target::Commune => true,
            Target::Neighbourhoods(chosen) => chosen.contains(&neighbourhood_id),
        },
    }
}

/// The version a reader sees first: their language's, else the commune's default
/// language's, else the first in the picker's order. `None` only if there is none.
pub fn version_for(
    available: &[Language],
    reader: Language,
    commune: Language,
) -> Option<Language> {
    [reader, commune]
        .into_iter()
        .chain(Language::ALL)
        .find(|l| available.contains(l))
}

/// The order of a list: pinned ones first, then the newest; ties by id, newest first,
/// so the order is total and a page boundary never splits equal keys unpredictably.
pub fn list_order(a: (bool, i64, i64), b: (bool, i64, i64)) -> std::cmp::Ordering {
    let (a_pinned, a_at, a_id) = a;
    let (b_pinned, b_at, b_id) = b;
    b_pinned
        .cmp(&a_pinned)
        .then(b_at.cmp(&a_at))
        .then(b_id.cmp(&a_id))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const NOW: i64 = 1_800_000_000;

    fn version(title: &str, body: &str) -> VersionInput {
        VersionInput {
            title: title.into(),
            body: body.into(),
        }
    }

    fn draft(versions: Vec<(Language, VersionInput)>) -> Draft {
        Draft {
            versions,
            neighbourhoods: None,
            public: false,
            pinned: false,
            publish_at: None,
            expires_at: None,
        }
    }

    fn fields(
        result: Result<Checked, Vec<(&'static str, &'static str)>>,
    ) -> Vec<(&'static str, &'static str)> {
        result.expect_err("the draft should be refused")
    }

    #[test]
    fn a_draft_in_three_languages_keeps_them_in_the_pickers_order() {
        let checked = check(
            &draft(vec![
                (Language::Pt, version("Obras", "A rua fecha.")),
                (
                    Language::Fr,
                    version(" Travaux ", "La rue ferme.\r\n\r\n\r\nDétour par la gare."),
                ),
                (Language::Lb, version("Aarbechten", "D'Strooss ass zou.")),
                (Language::En, version("", "  ")),
            ]),
            NOW,
            &[1, 2],
        )
        .expect("a good draft");
        let languages: Vec<Language> = checked.versions.iter().map(|v| v.language).collect();
        assert_eq!(languages, [Language::Lb, Language::Fr, Language::Pt]);
        assert_eq!(checked.versions[1].title, "Travaux");
        assert_eq!(
            checked.versions[1].body,
            "La rue ferme.\n\nDétour par la gare."
        );
        assert_eq!(checked.target, Target::Commune);
        assert_eq!(checked.publish_at, NOW);
        assert_eq!(checked.expires_at, None);
        assert!(!checked.public && !checked.pinned);
    }

    #[test]
    fn every_language_blank_is_refused_once_for_the_whole_form() {
        assert_eq!(
            fields(check(
                &draft(vec![(Language::De, version(" ", ""))]),
                NOW,
                &[]
            )),
            [("versions", "announcement-error-no-version")]
        );
        assert_eq!(
            fields(check(&draft(vec![]), NOW, &[])),
            [("versions", "announcement-error-no-version")]
        );
    }

    #[test]
    fn a_half_written_version_is_refused_beside_its_field() {
        assert_eq!(
            fields(check(
                &draft(vec![
                    (Language::Fr, version("Travaux", "")),
                    (Language::En, version("", "Roadworks.")),
                    (Language::Pt, version("Obras", "A rua fecha.")),
                ]),
                NOW,
                &[],
            )),
            [
                ("body-fr", "announcement-error-body-missing"),
                ("title-en", "announcement-error-title-missing"),
            ]
        );
    }

    #[test]
    fn titles_and_texts_are_bounded_and_clean() {
        let long_title = "a".repeat(TITLE_MAX + 1);
        let long_body = "a".repeat(BODY_MAX + 1);
        assert_eq!(
            fields(check(
                &draft(vec![(Language::En, version(&long_title, &long_body))]),
                NOW,
                &[]
            )),
            [
                ("title-en", "announcement-error-title-long"),
                ("body-en", "announcement-error-body-long"),
            ]
        );
        let at_most = check(
            &draft(vec![(
                Language::En,
                version(&"a".repeat(TITLE_MAX), &"a".repeat(BODY_MAX)),
            )]),
            NOW,
            &[],
        );
        assert!(at_most.is_ok());
        assert_eq!(
            fields(check(
                &draft(vec![(
                    Language::En,
                    version("Road\u{7}works", "Text \u{202E}gnp")
                )]),
                NOW,
                &[]
            )),
            [
                ("title-en", "error-control-characters"),
                ("body-en", "error-control-characters"),
            ]
        );
        let many_lines = "line\n".repeat(BODY_LINES_MAX + 1);
        assert_eq!(
            fields(check(
                &draft(vec![(Language::En, version("Lines", &many_lines))]),
                NOW,
                &[]
            )),
            [("body-en", "announcement-error-body-long")]
        );
        let lines_in_paragraphs = "line\n\n".repeat(BODY_LINES_MAX / 2 + 1);
        assert_eq!(
            fields(check(
                &draft(vec![(Language::En, version("Lines", &lines_in_paragraphs))]),
                NOW,
                &[]
            )),
            [("body-en", "announcement-error-body-long")]
        );
        let exactly = "line\n".repeat(BODY_LINES_MAX);
        assert!(check(
            &draft(vec![(Language::En, version("Lines", &exactly))]),
            NOW,
            &[]
        )
        .is_ok());
    }

    #[test]
    fn a_language_given_twice_is_refused() {
        assert_eq!(
            fields(check(
                &draft(vec![
                    (Language::En, version("One", "One.")),
                    (Language::En, version("Two", "Two.")),
                ]),
                NOW,
                &[]
            )),
            [("title-en", "announcement-error-language-twice")]
        );
    }

    #[test]
    fn neighbourhoods_are_the_communes_own_and_at_least_one() {
        let mut d = draft(vec![(Language::En, version("Gare", "For Gare."))]);
        d.neighbourhoods = Some(vec![2, 1, 2]);
        let checked = check(&d, NOW, &[1, 2, 3]).expect("known neighbourhoods");
        assert_eq!(
            checked.target,
            Target::Neighbourhoods(BTreeSet::from([1, 2]))
        );
        d.neighbourhoods = Some(vec![1, 9]);
        assert_eq!(
            fields(check(&d, NOW, &[1, 2, 3])),
            [("neighbourhoods", "announcement-error-neighbourhood-unknown")]
        );
        d.neighbourhoods = Some(vec![]);
        assert_eq!(
            fields(check(&d, NOW, &[1, 2, 3])),
            [("neighbourhoods", "announcement-error-no-neighbourhood")]
        );
        let all: Vec<i64> = (0..=NEIGHBOURHOODS_MAX as i64).collect();
        d.neighbourhoods = Some(all.clone());
        assert_eq!(
            fields(check(&d, NOW, &all)),
            [("neighbourhoods", "announcement-error-neighbourhood-unknown")]
        );
        d.neighbourhoods = Some(all[..NEIGHBOURHOODS_MAX].to_vec());
        assert!(check(&d, NOW, &all).is_ok());
    }

    #[test]
    fn schedule_and_expiry_are_checked() {
        let mut d = draft(vec![(Language::En, version("Later", "Soon."))]);
        d.publish_at = Some(NOW + 3_600);
        d.expires_at = Some(NOW + 7_200);
        let checked = check(&d, NOW, &[]).expect("a schedule");
        assert_eq!(
            (checked.publish_at, checked.expires_at),
            (NOW + 3_600, Some(NOW + 7_200))
        );
        // A moment past is at once.
        d.publish_at = Some(NOW - 60);
        assert_eq!(check(&d, NOW, &[]).expect("at once").publish_at, NOW);
        d.publish_at = Some(NOW + 3_600);
        d.expires_at = Some(NOW + 3_600);
        assert_eq!(
            fields(check(&d, NOW, &[])),
            [("expires_at", "announcement-error-expires-before")]
        );
        d.expires_at = Some(NOW + 3_601);
        assert!(check(&d, NOW, &[]).is_ok());
        d.publish_at = None;
        d.expires_at = Some(NOW);
        assert_eq!(
            fields(check(&d, NOW, &[])),
            [("expires_at", "announcement-error-expires-before")]
        );
        d.publish_at = Some(NOW + HORIZON + 1);
        d.expires_at = None;
        assert_eq!(
            fields(check(&d, NOW, &[])),
            [("publish_at", "announcement-error-too-far")]
        );
        d.publish_at = Some(NOW + HORIZON);
        assert!(check(&d, NOW, &[]).is_ok());
        d.publish_at = Some(NOW + 10);
        d.expires_at = Some(NOW + 10 + HORIZON + 1);
        assert_eq!(
            fields(check(&d, NOW, &[])),
            [("expires_at", "announcement-error-too-far")]
        );
        d.expires_at = Some(NOW + 10 + HORIZON);
        assert!(check(&d, NOW, &[]).is_ok());
        d.publish_at = Some(i64::MAX);
        d.expires_at = Some(i64::MAX);
        assert!(check(&d, i64::MAX - 5, &[]).is_err());
    }

    #[test]
    fn the_horizon_is_two_years_in_days() {
        let day = 86_400;
        let mut d = draft(vec![(Language::En, version("Fair", "Next year."))]);
        d.publish_at = Some(NOW + 700 * day);
        assert!(check(&d, NOW, &[]).is_ok(), "within two years");
        d.publish_at = Some(NOW + 740 * day);
        assert!(check(&d, NOW, &[]).is_err(), "past two years");
    }

    #[test]
    fn live_between_publication_and_expiry_unless_withdrawn() {
        assert!(is_live(NOW, None, false, NOW));
        assert!(!is_live(NOW + 1, None, false, NOW));
        assert!(is_live(NOW, Some(NOW + 1), false, NOW));
        assert!(!is_live(NOW, Some(NOW), false, NOW));
        assert!(!is_live(NOW - 10, None, true, NOW));
    }

    #[test]
    fn members_read_their_neighbourhoods_and_anyone_the_public_ones() {
        let gare = Target::Neighbourhoods(BTreeSet::from([1]));
        let gare_member = Reader::Member {
            neighbourhood_id: 1,
        };
        let kirchberg_member = Reader::Member {
            neighbourhood_id: 2,
        };
        assert!(may_read(gare_member, &gare, false));
        assert!(!may_read(kirchberg_member, &gare, false));
        assert!(may_read(kirchberg_member, &gare, true));
        assert!(may_read(kirchberg_member, &Target::Commune, false));
        assert!(!may_read(Reader::Anyone, &Target::Commune, false));
        assert!(may_read(Reader::Anyone, &gare, true));
        assert!(may_read(Reader::Staff, &gare, false));
    }

    #[test]
    fn the_reader_sees_their_language_then_the_communes_then_the_first() {
        let available = [Language::Fr, Language::Pt];
        assert_eq!(
            version_for(&available, Language::Pt, Language::Fr),
            Some(Language::Pt)
        );
        assert_eq!(
            version_for(&available, Language::En, Language::Fr),
            Some(Language::Fr)
        );
        assert_eq!(
            version_for(&available, Language::En, Language::Lb),
            Some(Language::Fr)
        );
        assert_eq!(
            version_for(&[Language::Pt, Language::De], Language::En, Language::Lb),
            Some(Language::De)
        );
        assert_eq!(version_for(&[], Language::En, Language::Lb), None);
    }

    #[test]
    fn pinned_first_then_newest_then_highest_id() {
        let mut items = vec![
            (false, 5, 1),
            (true, 1, 2),
            (false, 9, 3),
            (false, 9, 4),
            (true, 3, 5),
        ];
        items.sort_by(|a, b| list_order(*a, *b));
        assert_eq!(
            items,
            [
                (true, 3, 5),
                (true, 1, 2),
                (false, 9, 4),
                (false, 9, 3),
                (false, 5, 1)
            ]
        );
    }

    fn any_version() -> impl Strategy<Value = VersionInput> {
        ("[ a-zA-Zé\u{7}]{0,170}", "[ a-z\n\r\u{202E}]{0,300}")
            .prop_map(|(title, body)| VersionInput { title, body })
    }

    proptest! {
        #[test]
        fn a_checked_draft_always_keeps_the_rules(
            versions in proptest::collection::vec((0usize..5, any_version()), 0..7),
            chosen in proptest::option::of(proptest::collection::vec(0i64..8, 0..5)),
            publish in proptest::option::of(-10_000i64..HORIZON + 10_000),
            expires in proptest::option::of(-10_000i64..2 * HORIZON),
        ) {
            let d = Draft {
                versions: versions.into_iter().map(|(i, v)| (Language::ALL[i], v)).collect(),
                neighbourhoods: chosen,
                public: false,
                pinned: false,
                publish_at: publish.map(|p| NOW + p),
                expires_at: expires.map(|e| NOW + e),
            };
            if let Ok(checked) = check(&d, NOW, &[1, 2, 3, 4]) {
                prop_assert!(!checked.versions.is_empty());
                prop_assert!(checked.publish_at >= NOW);
                prop_assert!(checked.expires_at.is_none_or(|e| e > checked.publish_at));
                let mut seen = BTreeSet::new();
                for v in &checked.versions {
                    prop_assert!(seen.insert(v.language.code()));
                    prop_assert!(!v.title.is_empty() && v.title.chars().count() <= TITLE_MAX);
                    prop_assert!(!v.body.is_empty() && v.body.chars().count() <= BODY_MAX);
                    let forbidden = |c: char| c == '\u{7}' || c == '\u{202E}' || c == '\r';
                    prop_assert!(!v.title.chars().chain(v.body.chars()).any(forbidden));
                }
                if let Target::Neighbourhoods(n) = &checked.target {
                    prop_assert!(!n.is_empty() && n.iter().all(|id| (1..=4).contains(id)));
                }
            }
        }
    }
}
