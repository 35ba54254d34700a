//! Accounts: e-mail addresses, passwords (OWASP ASVS 5.0 chapter 6), display names,
//! roles and the residence-verification states of a resident.

use std::collections::HashSet;
use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use crate::validation::{bounded_text, has_visible_character, is_format_or_invisible, is_joiner};

pub const PASSWORD_MIN_CHARS: usize = 8;
/// ASVS asks that at least 64 characters be allowed; pass-phrases are welcome.
pub const PASSWORD_MAX_CHARS: usize = 256;

/// A normalised (trimmed, lower-case) e-mail address.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Email(String);

impl Email {
    /// Only ASCII addresses are taken: mail to an internationalised address
    /// (`anaïs@exemple.lu`, `ana@bücher.lu`) needs SMTPUTF8 at every relay, and
    /// where a relay lacks it the message is retried until it expires. Checked before
    /// lower-casing, which turns some non-ASCII letters (the Kelvin sign) into ASCII.
    pub fn parse(input: &str) -> Result<Email, &'static str> {
        let trimmed = input.trim();
        if trimmed.is_empty() {
            return Err("error-email-required");
        }
        if !trimmed.is_ascii() {
            return Err("error-email-ascii");
        }
        let email = trimmed.to_ascii_lowercase();
        if email.len() > 254 {
            return Err("error-email-invalid");
        }
        let Some((local, domain)) = email.split_once('@') else {
            return Err("error-email-invalid");
        };
        let domain_ok = domain.len() >= 3
            && domain.contains('.')
            && !domain.starts_with('.')
            && !domain.ends_with('.')
            && !domain.contains("..")
            && domain
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '.');
        let local_ok = !local.is_empty()
            && local.len() <= 64
            && local
                .chars()
                .all(|c| !c.is_whitespace() && !c.is_control() && !"<>()[]\\,;:\"@".contains(c));
        if domain_ok && local_ok {
            Ok(Email(email))
        } else {
            Err("error-email-invalid")
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

fn common_passwords() -> &'static HashSet<&'static str> {
    static LIST: OnceLock<HashSet<&'static str>> = OnceLock::new();
    LIST.get_or_init(|| {
        include_str!("../data/common-passwords.txt")
            .lines()
            .filter(|l| !l.is_empty())
            .collect()
    })
}

/// Checks a new password: length only, no composition rules, and not a common or
/// context-specific password (ASVS 6.2). `context` holds words such as the user's
/// e-mail and name that must not be the password.
pub fn check_new_password(password: &str, context: &[&str]) -> Result<(), &'static str> {
    let count = password.chars().count();
    if count < PASSWORD_MIN_CHARS {
        return Err("error-password-too-short");
    }
    if count > PASSWORD_MAX_CHARS {
        return Err("error-password-too-long");
    }
    let lowered = password.to_lowercase();
    if common_passwords().contains(lowered.as_str()) {
        return Err("error-password-common");
    }
    let email_local = |w: &str| w.split('@').next().unwrap_or(w).to_lowercase();
    if context
        .iter()
        .filter(|w| !w.trim().is_empty())
        .any(|w| lowered == w.trim().to_lowercase() || lowered == email_local(w.trim()))
    {
        return Err("error-password-context");
    }
    Ok(())
}

/// A name people will read: trimmed, `min..=max` characters, with no control or
/// format characters (bidirectional overrides could make "Ana \u{202E}gnp.exe" show
/// as "Ana exe.png"; zero-width joiners stay allowed), and at least one character
/// one can see.
fn visible_text(
    input: &str,
    min: usize,
    max: usize,
    too_short: &'static str,
    too_long: &'static str,
) -> Result<String, &'static str> {
    let trimmed = input.trim();
    if trimmed
        .chars()
        .any(|c| is_format_or_invisible(c) && !is_joiner(c))
    {
        return Err("error-name-invisible");
    }
    let text = bounded_text(trimmed, min, max, too_short, too_long)?;
    if has_visible_character(&text) {
        Ok(text)
    } else {
        Err("error-name-invisible")
    }
}

/// A display name as neighbours see it: 2 to 60 visible characters.
pub fn check_display_name(input: &str) -> Result<String, &'static str> {
    visible_text(input, 2, 60, "error-name-too-short", "error-name-too-long")
}

/// An organisation's name on its organiser account ("ASTI", "Cercle culturel"), as
/// registrants read it: 2 to 60 visible characters, like a display name, so that the
/// account's own page can keep it.
pub fn check_organisation_name(input: &str) -> Result<String, &'static str> {
    visible_text(
        input,
        2,
        60,
        "error-organisation-name-too-short",
        "error-organisation-name-too-long",
    )
}

/// The name on the letterbox, for the commune's residence letter (a display name may
/// be a first name only, and a letter addressed to "Ana" may go astray): 2 to 120
/// visible characters.
pub fn check_full_name(input: &str) -> Result<String, &'static str> {
    visible_text(
        input,
        2,
        120,
        "error-full-name-too-short",
        "error-full-name-too-long",
    )
}

/// The flat, floor or "c/o" line under the name on a letter: optional, at most 60
/// visible characters.
pub fn check_address_extra(input: &str) -> Result<String, &'static str> {
    if input.trim().is_empty() {
        return Ok(String::new());
    }
    visible_text(
        input,
        1,
        60,
        "error-address-extra-too-long",
        "error-address-extra-too-long",
    )
}

/// What a person may do, from least to most. An organiser is an association's (or a
/// ministry's) account that commune staff create: it organises activities and does
/// nothing a resident does. An operator runs the installation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    Resident,
    Organiser,
    Moderator,
    Staff,
    Admin,
    Operator,
}

impl Role {
    pub const ALL: [Role; 6] = [
        Role::Resident,
        Role::Organiser,
        Role::Moderator,
        Role::Staff,
        Role::Admin,
        Role::Operator,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Role::Resident => "resident",
            Role::Organiser => "organiser",
            Role::Moderator => "moderator",
            Role::Staff => "staff",
            Role::Admin => "admin",
            Role::Operator => "operator",
        }
    }

    pub fn parse(s: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|r| r.as_str() == s)
    }

    /// Commune staff and admins work for the commune, not as neighbours.
    pub fn is_commune_staff(self) -> bool {
        matches!(self, Role::Staff | Role::Admin)
    }
}

/// Where a resident stands in proving they live at their address.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Residence {
    /// Signed up, residence not yet proven: sees public commune pages only.
    Pending,
    Verified,
    /// Staff refused the claimed address. Such an account sees only public pages; the
    /// person may sign up again with the same e-mail (the refused account is replaced).
    Refused,
}

impl Residence {
    pub fn as_str(self) -> &'static str {
        match self {
            Residence::Pending => "pending",
            Residence::Verified => "verified",
            Residence::Refused => "refused",
        }
    }

    pub fn parse(s: &str) -> Option<Residence> {
        [Residence::Pending, Residence::Verified, Residence::Refused]
            .into_iter()
            .find(|r| r.as_str() == s)
    }
}

/// How a residence was proven, kept for the audit trail.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum VerificationMethod {
    Letter,
    Invitation,
    Staff,
}

impl VerificationMethod {
    pub fn as_str(self) -> &'static str {
        match self {
            VerificationMethod::Letter => "letter",
            VerificationMethod::Invitation => "invitation",
            VerificationMethod::Staff => "staff",
        }
    }
}

/// Storage keeps roles as text; an unknown value is an error, never a silent default.
impl TryFrom<String> for Role {
    type Error = String;
    fn try_from(s: String) -> Result<Self, String> {
        Role::parse(&s).ok_or_else(|| format!("unknown role {s:?}"))
    }
}

/// Storage keeps residence states as text; an unknown value is an error.
impl TryFrom<String> for Residence {
    type Error = String;
    fn try_from(s: String) -> Result<Self, String> {
        Residence::parse(&s).ok_or_else(|| format!("unknown residence state {s:?}"))
    }
}

/// A few words saying what a session runs on ("Firefox · Android"), from its
/// User-Agent, for the list of one's sessions. Names of browsers and systems are not
/// translated; an unknown client gives an empty string (the page says "unknown").
pub fn device_of(user_agent: &str) -> String {
    let ua = user_agent;
    // Order matters: Edge and Opera say "Chrome" too, Chrome says "Safari".
    let browser = [
        ("Edg/", "Edge"),
        ("OPR/", "Opera"),
        ("SamsungBrowser", "Samsung Internet"),
        ("Firefox/", "Firefox"),
        ("FxiOS", "Firefox"),
        ("CriOS", "Chrome"),
        ("Chrome/", "Chrome"),
        ("Safari/", "Safari"),
    ]
    .into_iter()
    .find(|(marker, _)| ua.contains(marker))
    .map(|(_, name)| name);
    let system = [
        ("Android", "Android"),
        ("iPhone", "iPhone"),
        ("iPad", "iPad"),
        ("Windows", "Windows"),
        ("Mac OS X", "Mac"),
        ("CrOS", "ChromeOS"),
        ("Linux", "Linux"),
    ]
    .into_iter()
    .find(|(marker, _)| ua.contains(marker))
    .map(|(_, name)| name);
    match (browser, system) {
        (Some(b), Some(s)) => format!("{b} · {s}"),
        (Some(b), None) => b.to_string(),
        (None, Some(s)) => s.to_string(),
        (None, None) => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn emails_are_normalised_and_checked() {
        assert_eq!(
            Email::parse(" Ana@Demo.Gemeng.LU ").unwrap().as_str(),
            "ana@demo.gemeng.lu"
        );
        assert_eq!(Email::parse(""), Err("error-email-required"));
        for bad in [
            "ana",
            "ana@",
            "@x.lu",
            "ana@lu",
            "a b@x.lu",
            "ana@x..lu",
            "ana@.x.lu",
        ] {
            assert_eq!(Email::parse(bad), Err("error-email-invalid"), "{bad}");
        }
    }

    #[test]
    fn passwords_follow_length_and_blocklist_only() {
        assert_eq!(
            check_new_password("short", &[]),
            Err("error-password-too-short")
        );
        assert_eq!(
            check_new_password("password", &[]),
            Err("error-password-common")
        );
        assert_eq!(
            check_new_password("PassWord1", &[]),
            Err("error-password-common")
        );
        assert_eq!(
            check_new_password("ana.silva", &["ana.silva@example.lu"]),
            Err("error-password-context")
        );
        // No composition rules: a long lower-case phrase is fine.
        assert_eq!(check_new_password("kaffi mat der noperin", &[]), Ok(()));
        assert_eq!(check_new_password(&"x".repeat(64), &[]), Ok(()));
        assert_eq!(
            check_new_password(&"x".repeat(257), &[]),
            Err("error-password-too-long")
        );
    }

    #[test]
    fn the_blocklist_is_loaded() {
        assert!(common_passwords().len() > 10_000);
    }

    #[test]
    fn display_names() {
        assert_eq!(check_display_name("  Ana  "), Ok("Ana".to_string()));
        assert_eq!(check_display_name("A"), Err("error-name-too-short"));
        assert_eq!(
            check_display_name("Ana\u{7}"),
            Err("error-control-characters")
        );
    }

    #[test]
    fn organisation_names() {
        assert_eq!(check_organisation_name(" ASTI "), Ok("ASTI".to_string()));
        assert_eq!(
            check_organisation_name("A"),
            Err("error-organisation-name-too-short")
        );
        assert_eq!(check_organisation_name(&"é".repeat(60)), Ok("é".repeat(60)));
        assert_eq!(
            check_organisation_name(&"é".repeat(61)),
            Err("error-organisation-name-too-long")
        );
        assert_eq!(
            check_organisation_name("AS\u{202E}TI"),
            Err("error-name-invisible")
        );
    }

    #[test]
    fn non_ascii_emails_are_refused_plainly() {
        for bad in [
            "anaïs@exemple.lu",
            "ana@bücher.lu",
            "ана@пример.рф",
            "ana@xn--bcher-kva.lu\u{00AD}",
            "ana\u{200B}@x.lu",
            "\u{212A}im@x.lu", // the Kelvin sign lower-cases to an ASCII "k"
            "ä",
        ] {
            assert_eq!(Email::parse(bad), Err("error-email-ascii"), "{bad}");
        }
        // Surrounding spaces of any kind are trimmed first; punycode is plain ASCII.
        assert_eq!(
            Email::parse("\u{00A0}Ana+Lux@XN--BCHER-KVA.lu\u{3000}")
                .unwrap()
                .as_str(),
            "ana+lux@xn--bcher-kva.lu"
        );
        assert_eq!(Email::parse(" \u{00A0} "), Err("error-email-required"));
    }

    #[test]
    fn email_length_limits_hold() {
        let local = "a".repeat(64);
        assert!(Email::parse(&format!("{local}@x.lu")).is_ok());
        assert_eq!(
            Email::parse(&format!("a{local}@x.lu")),
            Err("error-email-invalid")
        );
        let domain = format!("{}.lu", "d".repeat(247));
        assert_eq!(
            Email::parse(&format!("ana@{domain}"))
                .unwrap()
                .as_str()
                .len(),
            254
        );
        assert_eq!(
            Email::parse(&format!("anna@{domain}")),
            Err("error-email-invalid")
        );
        assert!(Email::parse("a@x.l").is_ok());
        assert_eq!(Email::parse("a@xl"), Err("error-email-invalid"));
        assert_eq!(Email::parse("a@x."), Err("error-email-invalid"));
        assert_eq!(Email::parse("a@x_y.lu"), Err("error-email-invalid"));
        assert_eq!(Email::parse("a<b@x.lu"), Err("error-email-invalid"));
        assert_eq!(Email::parse("a\u{7f}b@x.lu"), Err("error-email-invalid"));
        assert!(Email::parse("o'neil-1_2@x-y.lu").is_ok());
    }

    #[test]
    fn residence_states_and_methods_are_stored_by_name() {
        for (state, name) in [
            (Residence::Pending, "pending"),
            (Residence::Verified, "verified"),
            (Residence::Refused, "refused"),
        ] {
            assert_eq!(state.as_str(), name);
            assert_eq!(Residence::parse(name), Some(state));
            assert_eq!(Residence::try_from(name.to_string()), Ok(state));
        }
        assert_eq!(Residence::parse("verfied"), None);
        assert!(Residence::try_from("admin".to_string()).is_err());
        for (method, name) in [
            (VerificationMethod::Letter, "letter"),
            (VerificationMethod::Invitation, "invitation"),
            (VerificationMethod::Staff, "staff"),
        ] {
            assert_eq!(method.as_str(), name);
        }
        for role in Role::ALL {
            assert_eq!(Role::try_from(role.as_str().to_string()), Ok(role));
        }
        assert!(Role::try_from("admni".to_string()).is_err());
    }

    #[test]
    fn a_password_may_be_exactly_as_long_as_allowed_and_not_the_name() {
        let longest = "a quiet street ".repeat(20);
        let longest: String = longest.chars().take(PASSWORD_MAX_CHARS).collect();
        assert_eq!(check_new_password(&longest, &[]), Ok(()));
        let longer = format!("{longest}x");
        assert_eq!(
            check_new_password(&longer, &[]),
            Err("error-password-too-long")
        );
        let context = ["maria.silva@example.lu", "Maria da Silva"];
        assert_eq!(
            check_new_password("maria da silva", &context),
            Err("error-password-context")
        );
        assert_eq!(
            check_new_password("Maria.Silva", &context),
            Err("error-password-context")
        );
        assert_eq!(
            check_new_password("maria likes the market", &context),
            Ok(())
        );
    }

    #[test]
    fn devices_are_named_from_their_user_agent() {
        let cases = [
            ("Mozilla/5.0 (Linux; Android 10; SM-A105F) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/13.0 Chrome/83.0 Mobile Safari/537.36", "Samsung Internet · Android"),
            ("Mozilla/5.0 (iPhone; CPU iPhone OS 15_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/15.0 Mobile/15E148 Safari/604.1", "Safari · iPhone"),
            ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36 Edg/120.0", "Edge · Windows"),
            ("Mozilla/5.0 (X11; Linux x86_64; rv:120.0) Gecko/20100101 Firefox/120.0", "Firefox · Linux"),
            ("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36", "Chrome · Mac"),
            ("Mozilla/5.0 (iPad; CPU OS 16_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/120.0 Mobile/15E148 Safari/604.1", "Chrome · iPad"),
            ("Mozilla/5.0 (Windows NT 10.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36 OPR/105.0", "Opera · Windows"),
            ("Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36", "Chrome · ChromeOS"),
            ("curl/8.0", ""),
            ("", ""),
            ("Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) FxiOS/120.0 Mobile/15E148", "Firefox · iPhone"),
        ];
        for (ua, expected) in cases {
            assert_eq!(device_of(ua), expected, "{ua}");
        }
        assert_eq!(device_of("Windows"), "Windows");
        assert_eq!(device_of("Firefox/1"), "Firefox");
    }

    #[test]
    fn invisible_and_bidi_names_are_refused() {
        for bad in [
            "Ana \u{202E}gnp.exe",
            "\u{200B}\u{200B}",
            "\u{200B}\u{200B}\u{200B}",
            "\u{200B}",
            "Ana\u{00AD}Silva",
            "\u{2066}Ana\u{2069}",
            "Ana\u{E0041}",
            "\u{FEFF}Ana",
            "\u{3164}\u{3164}",
            // Only modifiers: allowed after a letter, invisible alone.
            "\u{FE0F}\u{FE0F}",
        ] {
            assert_eq!(
                check_display_name(bad),
                Err("error-name-invisible"),
                "{bad:?}"
            );
        }
        assert_eq!(
            check_display_name("Ana ❤\u{FE0F}"),
            Ok("Ana ❤\u{FE0F}".to_string())
        );
        // Persian writes a zero-width non-joiner inside names; emoji join with ZWJ.
        assert_eq!(
            check_display_name("مهر\u{200C}داد"),
            Ok("مهر\u{200C}داد".to_string())
        );
        assert!(check_display_name("Ana 👩\u{200D}🌾").is_ok());
        // Joiners alone are still nothing to see.
        assert_eq!(
            check_display_name("\u{200C}\u{200D}"),
            Err("error-name-invisible")
        );
        assert_eq!(
            check_display_name("Zoë Müller"),
            Ok("Zoë Müller".to_string())
        );
        assert_eq!(check_display_name("李娜"), Ok("李娜".to_string()));
        assert_eq!(check_display_name("  "), Err("error-name-too-short"));
        assert_eq!(check_display_name(&"é".repeat(60)), Ok("é".repeat(60)));
        assert_eq!(
            check_display_name(&"é".repeat(61)),
            Err("error-name-too-long")
        );
    }

    /// A few format characters from all over Unicode, for the property tests.
    fn format_char() -> impl Strategy<Value = char> {
        prop::sample::select(vec![
            '\u{00AD}',
            '\u{061C}',
            '\u{180E}',
            '\u{200B}',
            '\u{200E}',
            '\u{200F}',
            '\u{202A}',
            '\u{202E}',
            '\u{2060}',
            '\u{2064}',
            '\u{2066}',
            '\u{2069}',
            '\u{FEFF}',
            '\u{E0001}',
            '\u{E0020}',
            '\u{E007F}',
        ])
    }

    proptest! {
        #[test]
        fn a_format_character_anywhere_refuses_a_name(
            name in "[A-Za-zÀ-ÿ ]{2,40}", c in format_char(), at in 0usize..40,
        ) {
            let mut chars: Vec<char> = name.chars().collect();
            chars.insert(at.min(chars.len()), c);
            let name: String = chars.into_iter().collect();
            prop_assert_eq!(check_display_name(&name), Err("error-name-invisible"));
        }

        #[test]
        fn accepted_names_are_visible_and_clean(s in "\\PC{0,70}") {
            if let Ok(name) = check_display_name(&s) {
                prop_assert!(has_visible_character(&name));
                prop_assert!(!name
                    .chars()
                    .any(|c| c.is_control() || (is_format_or_invisible(c) && !is_joiner(c))));
                prop_assert!((2..=60).contains(&name.chars().count()));
            }
        }

        #[test]
        fn accepted_emails_are_ascii(s in "[a-zé.]{1,10}@[a-zü]{1,10}\\.lu") {
            match Email::parse(&s) {
                Ok(e) => prop_assert!(e.as_str().is_ascii()),
                Err(reason) => prop_assert_eq!(reason, if s.is_ascii() { "error-email-invalid" } else { "error-email-ascii" }),
            }
        }

        #[test]
        fn email_parse_is_idempotent(s in "\\PC{0,80}") {
            if let Ok(e) = Email::parse(&s) {
                prop_assert_eq!(Email::parse(e.as_str()), Ok(e.clone()));
            }
        }

        #[test]
        fn password_check_never_panics(s in "\\PC{0,300}") {
            let _ = check_new_password(&s, &["x@y.lu"]);
        }

        #[test]
        fn roles_round_trip(i in 0usize..Role::ALL.len()) {
            prop_assert_eq!(Role::parse(Role::ALL[i].as_str()), Some(Role::ALL[i]));
        }
    }

    #[test]
    fn a_full_name_is_what_a_letterbox_shows() {
        assert_eq!(
            check_full_name("  Maria Fernandes da Silva  "),
            Ok("Maria Fernandes da Silva".into())
        );
        assert_eq!(check_full_name("Jo"), Ok("Jo".into()));
        assert_eq!(check_full_name("J"), Err("error-full-name-too-short"));
        assert_eq!(check_full_name(&"a".repeat(120)), Ok("a".repeat(120)));
        assert_eq!(
            check_full_name(&"a".repeat(121)),
            Err("error-full-name-too-long")
        );
        assert_eq!(
            check_full_name("Ana \u{202E}gnp.exe"),
            Err("error-name-invisible")
        );
        assert_eq!(
            check_full_name("\u{200B}\u{200B}\u{200B}"),
            Err("error-name-invisible")
        );
        assert_eq!(
            check_full_name("Ana\tSilva"),
            Err("error-control-characters")
        );
    }

    #[test]
    fn the_flat_or_floor_is_optional_and_short() {
        assert_eq!(check_address_extra("   "), Ok(String::new()));
        assert_eq!(check_address_extra(" 3e étage "), Ok("3e étage".into()));
        assert_eq!(check_address_extra("B"), Ok("B".into()));
        assert_eq!(check_address_extra(&"x".repeat(60)), Ok("x".repeat(60)));
        assert_eq!(
            check_address_extra(&"x".repeat(61)),
            Err("error-address-extra-too-long")
        );
        assert_eq!(
            check_address_extra("flat \u{202E}1"),
            Err("error-name-invisible")
        );
        assert_eq!(check_address_extra("\u{200B}"), Err("error-name-invisible"));
    }
}
