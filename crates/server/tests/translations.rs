//! Every language has every message English has, each message parses, and no
//! message id used by the code or templates is missing from English. Then what can be
//! checked of the grammar: no word that must agree with a variable stands right before
//! it (French elision, the Luxembourgish n-rule, articles), no phrase a review ruled out,
//! French spacing, and no code that builds a sentence around a translated string.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use fluent_syntax::ast::{Entry, Resource};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).to_path_buf()
}

/// The message ids of one language, from all its files (one per capability), with the
/// file each is in.
fn ids_in_files(language: &str) -> BTreeSet<(String, String)> {
    let dir = root().join("locales").join(language);
    let mut found = BTreeSet::new();
    for entry in std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "ftl") {
            continue;
        }
        let file = path.file_name().unwrap().to_string_lossy().to_string();
        let text = std::fs::read_to_string(&path).unwrap();
        let resource: Resource<&str> =
            fluent_syntax::parser::parse(text.as_str()).unwrap_or_else(|(_, errors)| {
                panic!("{language}/{file}: Fluent syntax errors: {errors:?}")
            });
        for entry in &resource.body {
            if let Entry::Message(m) = entry {
                found.insert((file.clone(), m.id.name.to_string()));
            }
        }
    }
    found
}

fn ids(language: &str) -> BTreeSet<String> {
    ids_in_files(language)
        .into_iter()
        .map(|(_, id)| id)
        .collect()
}

#[test]
fn every_language_keeps_every_message_in_the_same_file() {
    let english = ids_in_files("en");
    let files: BTreeSet<&String> = english.iter().map(|(f, _)| f).collect();
    assert!(files.len() >= 4, "one file per capability: {files:?}");
    for language in ["lb", "de", "fr", "pt"] {
        let other = ids_in_files(language);
        let missing: Vec<_> = english.difference(&other).collect();
        assert!(
            missing.is_empty(),
            "{language} lacks or misplaces {missing:?}"
        );
    }
}

#[test]
fn every_language_has_every_message() {
    let english = ids("en");
    assert!(english.len() > 200);
    for language in ["lb", "de", "fr", "pt"] {
        let other = ids(language);
        let missing: Vec<_> = english.difference(&other).collect();
        let extra: Vec<_> = other.difference(&english).collect();
        assert!(missing.is_empty(), "{language} lacks {missing:?}");
        assert!(
            extra.is_empty(),
            "{language} has unknown messages {extra:?}"
        );
    }
}

fn files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs" || e == "html") {
            out.push(path);
        }
    }
}

/// Message ids appear in code as string literals and in templates as t("…"),
/// t1("…") or tn("…"). Every literal shaped like a message id (lower-case words joined
/// by hyphens) must be an English message, with no prefix filter: a literal of that
/// shape that is not a message must be listed below, with what it is instead. E-mails
/// are named by a prefix whose `-subject` and `-body` messages must both exist.
#[test]
fn every_message_the_code_names_exists() {
    let english = ids("en");
    // Literals shaped like message ids that are something else.
    let not_messages = [
        // Audit-log actions (data, never shown as text).
        "account-erased",
        "admin-named",
        "commune-created",
        "organiser-created",
        "organiser-closed",
        "timebank-rules-changed",
        // The charts' CSS classes and element ids, and an SVG attribute.
        "aria-labelledby",
        "chart-bar",
        "chart-label",
        "chart-value",
        "chart-categories",
        "chart-exchanges",
        "chart-hours",
        "chart-members",
        "timebank-counter-entry",
        "timebank-reversal",
        "addresses-imported",
        "letter-voided",
        "neighbourhoods-imported",
        "password-reset",
        "residence-approved",
        "residence-refused",
        "residence-decision-undone",
        "commune-identity-changed",
        "commune-arms-changed",
        "commune-arms-removed",
        "residence-verified",
        "role-changed",
        // The announcement form's fields, one title and one text per language.
        "title-lb",
        "title-de",
        "title-fr",
        "title-en",
        "title-pt",
        "body-lb",
        "body-de",
        "body-fr",
        "body-en",
        "body-pt",
        // Activities: the form's descriptions per language, audit-log actions.
        "description-lb",
        "description-de",
        "description-fr",
        "description-en",
        "description-pt",
        "activity-created",
        "event-created",
        "event-published",
        "event-stand-added",
        "event-workshop-added",
        "event-question-hidden",
        "event-message-hidden",
        "event-participant-muted",
        "event-reports-closed",
        "demo-orientation-day",
        // The word cloud's SVG attributes and its title's id.
        "aria-hidden",
        "font-size",
        "word-cloud-title",
        "activity-changed",
        "activity-cancelled",
        "activity-host-changed",
        // The language profile form's level fields, one per language.
        "level-lb",
        "level-de",
        "level-fr",
        "level-en",
        "level-pt",
        // Times of the week as the language profile's API example writes them.
        "tuesday-evening",
        "saturday-morning",
        "activity-attendance-marked",
        "activity-message-sent",
        // Coaching's audit-log actions.
        "coach-proposed",
        "coaches-proposed",
        // Purposes of e-mailed links, as stored.
        "confirm-email",
        "reset-password",
        // `?done=` and `?notice=` values of URLs.
        "confirmation-sent",
        "email-confirmed",
        "logged-out",
        "arms-saved",
        "arms-removed",
        "others-ended",
        // CSS classes of the display preferences.
        "high-contrast",
        "large-text",
        // HTTP header names and values.
        "accept-encoding",
        "no-store",
        "no-cache",
        "x-gzip",
        "same-origin",
        "x-forwarded-for",
        "x-request-id",
        // Post kinds as stored (`core::posts::PostKind`; their messages are
        // `post-kind-…`), and unknown kinds its tests refuse.
        "offer-service",
        "request-service",
        "offer-help",
        "request-help",
        "give-object",
        "open-help",
        "marked-done",
        // Keys of the articles a commune's name takes (`core::commune_name`).
        "d-feminine",
        "d-neuter",
        "die-plural",
        // The demo's password; a Cargo feature; slugs in the slug module's tests.
        "gemeng-demo",
        "test-support",
        "rue-de-l-ecole",
        "ville-de-luxembourg",
        // Serde's naming of the core enums; the default folder of uploaded files.
        "kebab-case",
        "gemeng-files",
        // Report reasons, decisions and notice settings as stored (their messages are
        // `report-reason-…`, `moderation-…`, `notices-…`).
        "personal-data",
        // Notice e-mails, named without their `-subject` and `-body` endings.
        "notice-digest",
        "notice-message",
        "notice-announcement",
        "notice-service-reply",
        "newsletter-confirm",
        "newsletter-already",
        "notice-reply",
        "notice-timebank-pay",
        "notice-timebank-receive",
        "notice-timebank-confirmed",
        "notice-timebank-declined",
        // The time bank's rate-limit buckets.
        "timebank-proposals",
        "timebank-answers",
        "timebank-gifts",
        // Kinds of digest items of the time bank.
        "timebank-proposal",
        "timebank-answer",
        // The services desk: a kind of digest item, and audit-log actions.
        "service-reply",
        "service-added",
        "service-renamed",
        "service-archived",
        "service-restored",
        "service-thread-assigned",
        "service-thread-closed",
        // The conversation table's form fields (and where their problems are told).
        "conversation-language",
        "conversation-lowest",
        "conversation-highest",
    ];
    let shaped = |literal: &str| {
        literal.contains('-')
            && !literal.starts_with('-')
            && !literal.ends_with('-')
            && !literal.contains("--")
            && literal.starts_with(|c: char| c.is_ascii_lowercase())
            && literal
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
    };
    // The icons' names (symbol ids of the sprite) are not messages either.
    let sprite = std::fs::read_to_string(root().join("static/icons.svg")).unwrap();
    let icons: Vec<&str> = sprite
        .split("id=\"")
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .collect();
    assert!(icons.contains(&"arrow-right"), "icons: {icons:?}");
    let not_messages: Vec<&str> = not_messages.iter().copied().chain(icons).collect();
    let mut sources = Vec::new();
    for dir in ["src", "templates", "../core/src", "../db/src"] {
        files(&root().join(dir), &mut sources);
    }
    let mut missing = BTreeSet::new();
    let mut seen = 0;
    for file in sources {
        let text = std::fs::read_to_string(&file).unwrap();
        let is_template = file.extension().is_some_and(|e| e == "html");
        for (index, literal) in text.split('"').enumerate().skip(1).step_by(2) {
            // In templates only translator calls name messages (not CSS classes or ids).
            let before = text.split('"').nth(index - 1).unwrap_or("");
            if is_template
                && !(before.ends_with("t(") || before.ends_with("t1(") || before.ends_with("tn("))
            {
                continue;
            }
            if !shaped(literal) || not_messages.contains(&literal) {
                continue;
            }
            seen += 1;
            let known = if literal.starts_with("mail-") && !english.contains(literal) {
                english.contains(&format!("{literal}-subject"))
                    && english.contains(&format!("{literal}-body"))
            } else {
                english.contains(literal)
            };
            if !known {
                missing.insert(format!("{literal} ({})", file.display()));
            }
        }
    }
    assert!(seen > 200, "only {seen} message ids found in the sources");
    assert!(
        missing.is_empty(),
        "message ids without an English message (or literals to list as not messages): {missing:#?}"
    );
}

// ---------------------------------------------------------------------------------
// Grammar a translator cannot see: what a variable will hold is unknown, so a word
// that must agree with it (French elision, the Luxembourgish n-rule, an article) cannot
// stand right before it. Each language lists its traps; a message falls into one when
// the text just before a `{ $variable }` ends in it.

/// One way to go wrong before a variable, in one language.
struct Trap {
    language: &'static str,
    /// Whether the text before a variable (lower-cased) ends in the trap.
    before: fn(&str) -> bool,
    /// Variables the word agrees with whatever they hold (a date after "le").
    unless: &'static [&'static str],
    /// Whether the trap is about gender or article agreement (which a selector on the
    /// name's article settles), rather than about sound (elision, the n-rule).
    agreement: bool,
    why: &'static str,
}

/// The word that ends `before` when a single space separates it from the variable.
fn last_word(before: &str) -> Option<&str> {
    let text = before.strip_suffix(' ')?;
    let start = text
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_alphabetic())
        .last()
        .map(|(i, _)| i)?;
    Some(&text[start..])
}

fn word_in(before: &str, words: &[&str]) -> bool {
    last_word(before).is_some_and(|w| words.contains(&w))
}

fn french_elision(before: &str) -> bool {
    word_in(before, &["de", "que", "ce", "ne", "se", "je", "me", "te"])
}

fn french_gender(before: &str) -> bool {
    word_in(before, &["la", "un", "une", "cher", "chère"])
}

fn french_article_before_a_name(before: &str) -> bool {
    word_in(before, &["le", "du", "au"])
}

/// Luxembourgish keeps or drops a final n by the next sound: "vun Esch", "vu Lëtzebuerg",
/// "den 3.", "de 4.". Words in -ioun keep it always.
fn luxembourgish_n_rule(before: &str) -> bool {
    last_word(before).is_some_and(|w| w.ends_with('n') && !w.ends_with("ioun"))
}

/// Luxembourgish articles and adjectives agree with the person: "dem Paul", "der Ana",
/// "Léif Ana", "Léiwe Paul".
fn luxembourgish_agreement(before: &str) -> bool {
    word_in(before, &["dem", "der", "de", "léif", "léiwe"])
}

fn german_gender(before: &str) -> bool {
    word_in(before, &["lieber", "liebe", "geehrter", "geehrte"])
}

fn portuguese_vocative(before: &str) -> bool {
    ["olá ", "bom dia ", "boa tarde ", "boa noite "]
        .iter()
        .any(|greeting| before.ends_with(greeting))
}

fn portuguese_gender(before: &str) -> bool {
    word_in(
        before,
        &["caro", "cara", "prezado", "prezada", "querido", "querida"],
    )
}

fn english_article(before: &str) -> bool {
    word_in(before, &["a", "an"])
}

const AGREES_WITH_THE_PERSON: &str =
    "agrees with the person's gender, which a variable cannot tell: reword";

const TRAPS: &[Trap] = &[
    Trap {
        language: "fr",
        before: french_elision,
        unless: &[],
        agreement: false,
        why: "French elides before a vowel (« Rôle de Ana » must be « Rôle d’Ana »), \
              which a variable cannot tell: write « Rôle : { $name } » or reword",
    },
    Trap {
        language: "fr",
        before: french_gender,
        unless: &[],
        agreement: true,
        why: AGREES_WITH_THE_PERSON,
    },
    Trap {
        language: "fr",
        before: french_article_before_a_name,
        unless: &["date"],
        agreement: true,
        why: "« le », « du », « au » agree with a name's gender and elide before a vowel; \
              only a date may follow them",
    },
    Trap {
        language: "lb",
        before: luxembourgish_n_rule,
        unless: &[],
        agreement: false,
        why: "the n-rule keeps or drops this word's final n by the first sound of what \
              follows (vun Esch, vu Lëtzebuerg; den 3., de 4.), which a variable cannot \
              tell: put the variable after a colon, a comma or in parentheses",
    },
    Trap {
        language: "lb",
        before: luxembourgish_agreement,
        unless: &[],
        agreement: true,
        why: AGREES_WITH_THE_PERSON,
    },
    Trap {
        language: "de",
        before: german_gender,
        unless: &[],
        agreement: true,
        why: AGREES_WITH_THE_PERSON,
    },
    Trap {
        language: "pt",
        before: portuguese_vocative,
        unless: &[],
        agreement: false,
        why: "a vocative is set off by a comma: « Olá, { $name }, »",
    },
    Trap {
        language: "pt",
        before: portuguese_gender,
        unless: &[],
        agreement: true,
        why: AGREES_WITH_THE_PERSON,
    },
    Trap {
        language: "en",
        before: english_article,
        unless: &[],
        agreement: false,
        why: "\"a\" or \"an\" depends on the first sound of what follows: reword",
    },
];

/// Where a variable stands: the text before it, and whether it is inside a variant
/// of a selector on `$article` (the article of the commune's name), where the words
/// before the name were chosen for that article.
struct Before<'a> {
    text: &'a str,
    under_article: bool,
}

/// Calls `each` with the text before every variable of a pattern, select variants
/// included, and the variable's name.
fn variables_with_text_before<'p>(
    pattern: &'p fluent_syntax::ast::Pattern<&'p str>,
    each: &mut dyn FnMut(&Before, &'p str),
) {
    walk_variables(pattern, false, each)
}

fn walk_variables<'p>(
    pattern: &'p fluent_syntax::ast::Pattern<&'p str>,
    under_article: bool,
    each: &mut dyn FnMut(&Before, &'p str),
) {
    use fluent_syntax::ast::{Expression, InlineExpression, PatternElement};
    let mut before = String::new();
    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } => before.push_str(value),
            PatternElement::Placeable { expression } => {
                match expression {
                    Expression::Inline(InlineExpression::VariableReference { id }) => each(
                        &Before {
                            text: &before,
                            under_article,
                        },
                        id.name,
                    ),
                    Expression::Select { selector, variants } => {
                        let on_article = matches!(
                            selector,
                            InlineExpression::VariableReference { id } if id.name == "article"
                        );
                        for variant in variants {
                            walk_variables(&variant.value, under_article || on_article, each);
                        }
                    }
                    Expression::Inline(_) => {}
                }
                before.clear();
            }
        }
    }
}

/// Prepositions that change with the article of a commune's name ("à la Ville", "na
/// Cidade", "in der Stadt", "an der Stad", "to the City"): before `{ $commune }` they
/// belong in a selector on `$article`.
fn preposition_before_commune(language: &str, before: &str) -> bool {
    let words: &[&str] = match language {
        "fr" => &[
            "à", "de", "pour", "en", "dans", "au", "du", "par", "avec", "sur", "chez",
        ],
        "pt" => &[
            "a", "em", "de", "para", "por", "com", "no", "na", "do", "da",
        ],
        "de" => &["in", "von", "bei", "zu", "aus", "für", "mit", "an", "nach"],
        "lb" => &[
            "zu", "an", "vun", "vu", "bei", "aus", "fir", "mat", "op", "no",
        ],
        "en" => &["to", "in", "of", "for", "at", "from", "with", "by"],
        _ => &[],
    };
    word_in(before, words)
}

/// The traps that one Fluent source of `language` falls into, as "id: why".
fn traps_in(language: &str, file: &str, source: &str) -> Vec<String> {
    let resource: Resource<&str> = fluent_syntax::parser::parse(source)
        .unwrap_or_else(|(_, errors)| panic!("{language}/{file}: {errors:?}"));
    let mut found = Vec::new();
    for entry in &resource.body {
        let Entry::Message(message) = entry else {
            continue;
        };
        let patterns = message
            .value
            .iter()
            .chain(message.attributes.iter().map(|a| &a.value));
        for pattern in patterns {
            variables_with_text_before(pattern, &mut |before, variable| {
                let lower = before.text.to_lowercase();
                let tail: String = before
                    .text
                    .chars()
                    .rev()
                    .take(20)
                    .collect::<Vec<_>>()
                    .into_iter()
                    .rev()
                    .collect();
                let mut report = |why: &str| {
                    found.push(format!(
                        "{language}/{file}: {}: \"…{tail}{{ ${variable} }}\": {why}",
                        message.id.name
                    ))
                };
                // Under a selector on its article, the words before the commune's name
                // were chosen for that article: they agree by construction.
                let chosen_for_the_name = variable == "commune" && before.under_article;
                for trap in TRAPS.iter().filter(|t| t.language == language) {
                    if (trap.before)(&lower)
                        && !trap.unless.contains(&variable)
                        && !(chosen_for_the_name && trap.agreement)
                    {
                        report(trap.why);
                    }
                }
                if variable == "commune"
                    && !before.under_article
                    && preposition_before_commune(language, &lower)
                {
                    report(
                        "a commune's name may take an article that the preposition \
                         contracts with (« à la Ville », « na Cidade », « in der Stadt »): \
                         write the preposition in each variant of { $article -> … }",
                    );
                }
            });
        }
    }
    found
}

/// Every .ftl file of a language, as (file name, text).
fn sources(language: &str) -> Vec<(String, String)> {
    let dir = root().join("locales").join(language);
    let mut found = Vec::new();
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "ftl") {
            let file = path.file_name().unwrap().to_string_lossy().to_string();
            found.push((file, std::fs::read_to_string(&path).unwrap()));
        }
    }
    found.sort();
    found
}

const LANGUAGES: [&str; 5] = ["lb", "de", "fr", "en", "pt"];

#[test]
fn no_word_before_a_variable_must_agree_with_it() {
    let mut found = Vec::new();
    for language in LANGUAGES {
        for (file, text) in sources(language) {
            found.extend(traps_in(language, &file, &text));
        }
    }
    assert!(
        found.is_empty(),
        "words that cannot agree with the variable after them:\n{}",
        found.join("\n")
    );
}

#[test]
fn the_traps_are_recognised() {
    let caught = |language: &str, source: &str| traps_in(language, "test.ftl", source).len();
    assert_eq!(caught("fr", "roles-for = Rôle de { $name }"), 1);
    assert_eq!(caught("fr", "roles-for = Rôle : { $name }"), 0);
    assert_eq!(caught("fr", "printed = Imprimée le { $date }"), 0);
    assert_eq!(caught("fr", "welcome = Bienvenue chez le { $name }"), 1);
    assert_eq!(caught("fr", "until = Valable jusqu’au { $date }"), 0);
    assert_eq!(caught("lb", "roles-for = Roll vun { $name }"), 1);
    assert_eq!(
        caught("lb", "sent = Mir hunn eng E-Mail un { $email } geschéckt."),
        1
    );
    assert_eq!(caught("lb", "printed = Gedréckt den { $date }"), 1);
    assert_eq!(caught("lb", "hello = Moien { $name },"), 1);
    assert_eq!(caught("lb", "hello = Moien, { $name },"), 0);
    assert_eq!(
        caught("lb", "member = Member vum Quartier { $neighbourhood }."),
        0
    );
    assert_eq!(
        caught(
            "lb",
            "sent = Mir hunn Iech eng E-Mail geschéckt ({ $email })."
        ),
        0
    );
    assert_eq!(
        caught(
            "lb",
            "n = { $count ->\n    [one] Ee Quartier\n   *[other] Et sinn { $count } Quartieren\n}"
        ),
        1
    );
    assert_eq!(caught("pt", "hello = Olá { $name },"), 1);
    assert_eq!(caught("pt", "hello = Olá, { $name },"), 0);
    assert_eq!(caught("en", "x = This is a { $kind }."), 1);
    assert_eq!(caught("de", "hello = Lieber { $name },"), 1);
    assert_eq!(caught("pt", "hello = Cara { $name },"), 1);
    assert_eq!(caught("lb", "hello = Léif { $name },"), 1);
    assert_eq!(caught("de", "roles-for = Rolle von { $name }"), 0);
    // A preposition before the commune's name belongs in a selector on its article.
    assert_eq!(caught("pt", "w = Boas-vindas a { $commune }"), 1);
    assert_eq!(caught("fr", "w = Bienvenue à { $commune }"), 1);
    assert_eq!(caught("de", "w = Willkommen in { $commune }"), 1);
    assert_eq!(caught("en", "w = Welcome to { $commune }"), 1);
    assert_eq!(caught("lb", "w = Wëllkomm zu { $commune }"), 1);
    // "de" before a name is also an elision trap: two faults.
    assert_eq!(caught("fr", "w = Mairie de { $commune }"), 2);
    assert_eq!(caught("fr", "w = la commune : { $commune }"), 0);
    assert_eq!(caught("de", "w = der Gemeinde { $commune }"), 0);
    assert_eq!(
        caught(
            "pt",
            "w = Boas-vindas { $article ->\n    [a] à { $commune }\n   *[none] a { $commune }\n}"
        ),
        0
    );
    // Inside the selector, words chosen for the article agree by construction…
    assert_eq!(
        caught(
            "fr",
            "w = Bienvenue { $article ->\n    [le] au { $commune }\n    [la] à la { $commune }\n   *[none] à { $commune }\n}"
        ),
        0
    );
    // …but a person's name is still a person's, and sound rules still hold.
    assert_eq!(
        caught(
            "fr",
            "w = { $article ->\n    [la] la { $name }\n   *[none] { $name }\n}"
        ),
        1
    );
    assert_eq!(
        caught(
            "lb",
            "w = { $article ->\n    [d-plural] an den { $commune }\n   *[none] zu { $commune }\n}"
        ),
        1
    );
}

// ---------------------------------------------------------------------------------
// Words the review ruled out, and French typography.

/// (language, phrase, why): a phrase no message of that language may use (whole words,
/// any case).
const RULED_OUT: &[(&str, &str, &str)] = &[
    (
        "en",
        "special characters",
        "people named João, Müller or Gaël think their accents are refused: say invisible characters",
    ),
    ("de", "sonderzeichen", "Umlaute und Akzente wirken verboten: unsichtbare Zeichen"),
    ("lb", "sonderzeechen", "Akzenter wierken, wéi wann se verbuede wieren: onsiichtbar Zeechen"),
    ("lb", "sonnerzeechen", "Akzenter wierken, wéi wann se verbuede wieren: onsiichtbar Zeechen"),
    ("fr", "caractères spéciaux", "les accents semblent refusés : caractères invisibles"),
    ("pt", "caracteres especiais", "os acentos parecem recusados: caracteres invisíveis"),
    ("lb", "w.e.g.", "opaque to learners: write \"wann ech gelift\""),
    ("fr", "marche", "familier dans un texte officiel : « est valable », « ne fonctionne plus »"),
    ("fr", "marchent", "familier dans un texte officiel : « ne fonctionnent plus »"),
    ("fr", "marcher", "familier dans un texte officiel : « fonctionner »"),
    ("pt", "você", "curt for older readers: leave the pronoun out or say \"si\""),
];

fn contains_phrase(text: &str, phrase: &str) -> bool {
    let text = text.to_lowercase();
    let boundary = |c: Option<char>| c.is_none_or(|c| !c.is_alphanumeric());
    text.match_indices(phrase).any(|(at, _)| {
        boundary(text[..at].chars().next_back())
            && boundary(text[at + phrase.len()..].chars().next())
    })
}

/// The text of each message of a Fluent source, variables as `{ $name }`.
fn message_texts(source: &str) -> Vec<(String, String)> {
    use fluent_syntax::ast::{Expression, InlineExpression, Pattern, PatternElement};
    fn flatten(pattern: &Pattern<&str>, out: &mut String) {
        for element in &pattern.elements {
            match element {
                PatternElement::TextElement { value } => out.push_str(value),
                PatternElement::Placeable { expression } => match expression {
                    Expression::Inline(InlineExpression::VariableReference { id }) => {
                        out.push_str(&format!("{{ ${} }}", id.name))
                    }
                    Expression::Select { variants, .. } => {
                        for variant in variants {
                            out.push('\n');
                            flatten(&variant.value, out);
                        }
                        out.push('\n');
                    }
                    Expression::Inline(_) => out.push_str("{ … }"),
                },
            }
        }
    }
    let resource: Resource<&str> = fluent_syntax::parser::parse(source).unwrap();
    let mut found = Vec::new();
    for entry in &resource.body {
        if let Entry::Message(message) = entry {
            let mut text = String::new();
            for pattern in message
                .value
                .iter()
                .chain(message.attributes.iter().map(|a| &a.value))
            {
                flatten(pattern, &mut text);
            }
            found.push((message.id.name.to_string(), text));
        }
    }
    found
}

#[test]
fn no_message_uses_a_phrase_the_review_ruled_out() {
    let mut found = Vec::new();
    for language in LANGUAGES {
        for (file, source) in sources(language) {
            for (id, text) in message_texts(&source) {
                for (_, phrase, why) in RULED_OUT.iter().filter(|(l, _, _)| *l == language) {
                    if contains_phrase(&text, phrase) {
                        found.push(format!("{language}/{file}: {id}: \"{phrase}\": {why}"));
                    }
                }
            }
        }
    }
    assert!(found.is_empty(), "ruled-out phrases:\n{}", found.join("\n"));
}

/// French puts a non-breaking space (U+00A0 or the narrow U+202F) before : ; ? ! and »
/// and after «, so the sign never starts a line; and writes the apostrophe as ’.
fn french_typography_faults(text: &str) -> Vec<String> {
    let nbsp = |c: Option<char>| matches!(c, Some('\u{a0}') | Some('\u{202f}'));
    let chars: Vec<char> = text.chars().collect();
    let mut faults = Vec::new();
    for (i, &c) in chars.iter().enumerate() {
        let previous = i.checked_sub(1).map(|p| chars[p]);
        let next = chars.get(i + 1).copied();
        let url = c == ':' && next == Some('/');
        if matches!(c, ':' | ';' | '?' | '!' | '»') && !url && !nbsp(previous) {
            faults.push(format!("no non-breaking space before \"{c}\""));
        }
        if c == '«' && !nbsp(next) {
            faults.push("no non-breaking space after \"«\"".to_string());
        }
        if c == '\'' {
            faults.push("straight apostrophe: write ’".to_string());
        }
    }
    faults
}

#[test]
fn french_spaces_its_punctuation() {
    let mut found = Vec::new();
    for (file, source) in sources("fr") {
        for (id, text) in message_texts(&source) {
            for fault in french_typography_faults(&text) {
                found.push(format!("fr/{file}: {id}: {fault}"));
            }
        }
    }
    assert!(found.is_empty(), "French typography:\n{}", found.join("\n"));
    assert!(french_typography_faults("Rôle\u{a0}: { $name }").is_empty());
    assert!(french_typography_faults("«\u{202f}x\u{202f}» https://x").is_empty());
    assert_eq!(french_typography_faults("Rôle : x").len(), 1);
    assert_eq!(french_typography_faults("Rôle: x").len(), 1);
    assert_eq!(french_typography_faults("« x »").len(), 2);
    assert_eq!(french_typography_faults("l'adresse").len(), 1);
}

// ---------------------------------------------------------------------------------
// Code must not build a sentence around a translation: "Role of " + name reads in one
// language only. A message takes the value as a variable instead.

/// The expression is a translation (a call of the page's or a translator's t, t1, tn,
/// t_args, t_nums, or a page title, which is one).
fn is_translation(expression: &str) -> bool {
    let e = expression.trim().trim_start_matches('&');
    e == "page.title"
        || ["t(", "t1(", "tn(", "t_args(", "t_nums("]
            .iter()
            .any(|call| e.contains(&format!(".{call}")) || e.starts_with(call))
}

/// Places in a template where a translation and another value share one run of text
/// (between tags, quotes and template statements), as line numbers.
fn template_concatenations(template: &str) -> Vec<usize> {
    let mut found = Vec::new();
    // Expressions become markers, so quotes inside them do not split runs.
    let mut marked = String::new();
    let mut rest = template;
    while let Some(start) = rest.find("{{") {
        marked.push_str(&rest[..start]);
        let Some(end) = rest[start..].find("}}") else {
            break;
        };
        let expression = &rest[start + 2..start + end];
        marked.push(if is_translation(expression) {
            '\u{1}'
        } else {
            '\u{2}'
        });
        rest = &rest[start + end + 2..];
    }
    marked.push_str(rest);
    let marked = marked.replace("{%", "<").replace("%}", ">");
    for (number, line) in marked.lines().enumerate() {
        let runs = line.split(['<', '>', '"']);
        if runs
            .into_iter()
            .any(|run| run.contains('\u{1}') && run.contains('\u{2}'))
        {
            found.push(number + 1);
        }
    }
    found
}

/// Splits a macro's arguments at top-level commas; `text` starts after its "(". Strings,
/// raw strings and character literals are skipped whole, so their commas and brackets
/// do not count.
fn arguments(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let mut depth = 0;
    let mut current = String::new();
    let mut all = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        // A literal runs from `i` to `end` (exclusive).
        let literal_end = match c {
            '"' => {
                let mut j = i + 1;
                while j < chars.len() && chars[j] != '"' {
                    j += if chars[j] == '\\' { 2 } else { 1 };
                }
                Some(j + 1)
            }
            'r' if matches!(chars.get(i + 1), Some('#') | Some('"')) => {
                let hashes = chars[i + 1..].iter().take_while(|&&h| h == '#').count();
                let close: String = std::iter::once('"')
                    .chain(std::iter::repeat_n('#', hashes))
                    .collect();
                let open = i + 1 + hashes + 1;
                let rest: String = chars[open.min(chars.len())..].iter().collect();
                rest.find(&close)
                    .map(|at| open + rest[..at].chars().count() + close.chars().count())
            }
            '\'' if chars.get(i + 1) == Some(&'\\') => Some(i + 4),
            '\'' if chars.get(i + 2) == Some(&'\'') => Some(i + 3),
            _ => None,
        };
        if let Some(end) = literal_end {
            let end = end.min(chars.len());
            current.extend(&chars[i..end]);
            i = end;
            continue;
        }
        match c {
            '(' | '[' | '{' => depth += 1,
            ')' | ']' | '}' if depth == 0 => {
                all.push(std::mem::take(&mut current));
                return all;
            }
            ')' | ']' | '}' => depth -= 1,
            ',' if depth == 0 => {
                all.push(std::mem::take(&mut current));
                i += 1;
                continue;
            }
            _ => {}
        }
        current.push(c);
        i += 1;
    }
    all.push(current);
    all
}

/// Places in Rust code where a translation is formatted together with words or other
/// values, or joined to them with `+` or `push_str`, as line numbers.
fn rust_concatenations(code: &str) -> Vec<usize> {
    let mut found = Vec::new();
    let line_of = |at: usize| code[..at].matches('\n').count() + 1;
    for mac in ["format!(", "write!(", "writeln!(", "concat!("] {
        for (at, _) in code.match_indices(mac) {
            let args = arguments(&code[at + mac.len()..]);
            let mut args = args.iter().map(|a| a.trim()).filter(|a| !a.is_empty());
            if mac.starts_with("write") {
                args.next(); // the destination
            }
            let Some(template) = args.next() else {
                continue;
            };
            let values: Vec<&str> = args.collect();
            if !values.iter().any(|v| is_translation(v)) {
                continue;
            }
            // Words in the format string, or a value that is not itself translated.
            let literal = template
                .trim_matches('"')
                .replace("\\n", " ")
                .replace("\\t", " ");
            let mut outside_braces = String::new();
            let mut depth = 0;
            for c in literal.chars() {
                match c {
                    '{' => depth += 1,
                    '}' => depth -= 1,
                    _ if depth == 0 => outside_braces.push(c),
                    _ => {}
                }
            }
            let words = outside_braces.chars().any(char::is_alphabetic);
            let inline_values = literal
                .split('{')
                .skip(1)
                .any(|p| p.starts_with(|c: char| c.is_alphabetic() || c == '_'));
            if words || inline_values || values.iter().any(|v| !is_translation(v)) {
                found.push(line_of(at));
            }
        }
    }
    for (number, line) in code.lines().enumerate() {
        // Joining strings: `a + &b`, `a + "…"`, `a += &b`, `a.push_str(…)`.
        let joined = ["push_str(", "+ &", "+ \"", "+= &", "+= \""]
            .iter()
            .any(|join| line.contains(join));
        if joined
            && ["t(", "t1(", "tn(", "t_args(", "t_nums("]
                .iter()
                .any(|c| line.contains(&format!(".{c}")))
        {
            found.push(number + 1);
        }
    }
    found.sort();
    found.dedup();
    found
}

#[test]
fn no_code_builds_a_sentence_around_a_translation() {
    let mut sources = Vec::new();
    for dir in ["src", "templates"] {
        files(&root().join(dir), &mut sources);
    }
    assert!(sources.len() > 40, "only {} sources found", sources.len());
    let mut found = Vec::new();
    for file in sources {
        let text = std::fs::read_to_string(&file).unwrap();
        let lines = if file.extension().is_some_and(|e| e == "html") {
            template_concatenations(&text)
        } else {
            rust_concatenations(&text)
        };
        for line in lines {
            found.push(format!("{}:{line}", file.display()));
        }
    }
    assert!(
        found.is_empty(),
        "a translation joined with other words or values; pass the value to the message as a \
         Fluent variable instead:\n{}",
        found.join("\n")
    );
}

#[test]
fn concatenations_are_recognised() {
    assert_eq!(
        template_concatenations(r#"<p>{{ page.t("roles-for") }} {{ member.name }}</p>"#),
        [1]
    );
    assert_eq!(
        template_concatenations(
            "<td>{{ p.date }}</td>\n<p>{{ page.t(\"x\") }}: {{ page.date(at) }}</p>"
        ),
        [2]
    );
    assert!(template_concatenations(
        r#"<label for="role-{{ m.id }}">{{ page.t1("roles-for", "name", m.name.as_str()) }}</label>"#
    )
    .is_empty());
    assert!(template_concatenations(
        r#"<title>{{ page.title }} · {{ page.t("site-name") }}</title>"#
    )
    .is_empty());
    assert!(
        template_concatenations(r#"{% if a %}{{ page.t("x") }}{% else %}{{ b }}{% endif %}"#)
            .is_empty()
    );
    assert_eq!(
        rust_concatenations(r#"let s = format!("{} {}", tr.t("roles-for"), name);"#),
        [1]
    );
    assert_eq!(
        rust_concatenations(r#"let s = format!("Role of {}", tr.t("x"));"#),
        [1]
    );
    assert_eq!(
        rust_concatenations(r#"let s = format!("{} {name}", tr.t("x"));"#),
        [1]
    );
    assert_eq!(
        rust_concatenations("let a = 1;\nlet s = tr.t(\"x\") + &name;"),
        [2]
    );
    assert_eq!(rust_concatenations("s.push_str(&tr.t(\"x\"));"), [1]);
    assert!(rust_concatenations(
        r#"let body = format!("{}\n\n-- \n{}\n", tr.t_args(&format!("{key}-body"), args), tr.t("mail-signature"));"#
    )
    .is_empty());
    assert!(
        rust_concatenations(r#"let label = page.t(&format!("data-field-{}", name));"#).is_empty()
    );
    // Line numbers count from one; literals keep their commas and brackets to themselves.
    assert_eq!(
        rust_concatenations("fn a() {}\n\nlet s = format!(\"{}: {}\", tr.t(\"x\"), v);"),
        [3]
    );
    assert_eq!(
        rust_concatenations(r#"format!("{}{}", tr.t("x"), name.trim_matches('"'))"#),
        [1]
    );
    assert!(rust_concatenations(r#"format!("{}", ')', tr.t("x"))"#).len() == 1);
    assert!(rust_concatenations(r#"let n = tr.tn("k", "count", a + b);"#).is_empty());
}

/// The sign-up page's example address must be one the demo commune has, or the first
/// person to try the demo types it and finds nothing.
#[test]
fn the_sign_up_example_is_in_the_demo_register() {
    let register =
        std::fs::read_to_string(root().join("demo/luxembourg-city-addresses.csv")).unwrap();
    for language in LANGUAGES {
        let file =
            std::fs::read_to_string(root().join(format!("locales/{language}/membership.ftl")))
                .unwrap();
        let hint = file
            .lines()
            .find_map(|l| l.strip_prefix("signup-address-hint = "))
            .expect("the hint");
        let example = hint.rsplit([':', '\u{a0}']).next().unwrap().trim();
        let (street, number) = example.rsplit_once(' ').expect("street and number");
        assert!(
            register
                .lines()
                .any(|l| l.starts_with(&format!("{street},{number},"))),
            "{language}: the example {example:?} is not in the demo register"
        );
    }
}
