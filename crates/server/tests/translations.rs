//! Every language has every message English has, each message parses, and no
//! message id used by the code or templates is missing from English.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use fluent_syntax::ast::{Entry, Resource};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).to_path_buf()
}

fn ids(language: &str) -> BTreeSet<String> {
    let path = root().join("locales").join(language).join("main.ftl");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let resource: Resource<&str> = fluent_syntax::parser::parse(text.as_str())
        .unwrap_or_else(|(_, errors)| panic!("{language}: Fluent syntax errors: {errors:?}"));
    resource
        .body
        .iter()
        .filter_map(|entry| match entry {
            Entry::Message(m) => Some(m.id.name.to_string()),
            _ => None,
        })
        .collect()
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

/// Message ids appear in code as string literals ("error-…") and in templates as
/// t("…"), t1("…") or tn("…"). Each literal that looks like one of ours must exist.
#[test]
fn every_message_the_code_names_exists() {
    let english = ids("en");
    let prefixes = [
        "error-",
        "import-",
        "verify-",
        "invite-",
        "roles-",
        "pending-",
        "login-",
        "status-",
        "role-",
        "letter-",
        "letters-",
        "signup-",
        "guidelines-",
        "neighbourhood-",
        "commune-",
        "field-",
        "nav-",
        "me-",
        "confirm-",
        "forgot-",
        "reset-",
        "staff-",
        "index-",
        "display-",
        "language-",
    ];
    let mut sources = Vec::new();
    for dir in ["src", "templates", "../core/src", "../db/src"] {
        files(&root().join(dir), &mut sources);
    }
    let mut missing = BTreeSet::new();
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
            let looks_like_id = prefixes.iter().any(|p| literal.starts_with(p))
                && !literal.ends_with('-')
                && literal
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
            if looks_like_id && !english.contains(literal) {
                missing.insert(format!("{literal} ({})", file.display()));
            }
        }
    }
    // Audit-log actions and token purposes share the look of message ids but are data.
    let data = [
        "role-changed ",
        "confirm-email ",
        "reset-password ",
        "letter-voided ",
    ];
    missing.retain(|m| !data.iter().any(|d| m.starts_with(d)));
    assert!(
        missing.is_empty(),
        "message ids without an English message: {missing:#?}"
    );
}
