//! Every language has every message English has, each message parses, and no
//! message id used by the code or templates is missing from English.

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
        "addresses-imported",
        "letter-voided",
        "neighbourhoods-imported",
        "password-reset",
        "residence-approved",
        "residence-refused",
        "residence-verified",
        "role-changed",
        // Purposes of e-mailed links, as stored.
        "confirm-email",
        "reset-password",
        // `?done=` and `?notice=` values of URLs.
        "confirmation-sent",
        "email-confirmed",
        "logged-out",
        "others-ended",
        // CSS classes of the display preferences.
        "high-contrast",
        "large-text",
        // HTTP header names and values.
        "accept-encoding",
        "no-store",
        "x-gzip",
        "same-origin",
        "x-forwarded-for",
        "x-request-id",
        // The demo's password; a Cargo feature; slugs in the slug module's tests.
        "gemeng-demo",
        "test-support",
        "rue-de-l-ecole",
        "ville-de-luxembourg",
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
