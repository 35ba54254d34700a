//! Accounts: e-mail addresses, passwords (OWASP ASVS 5.0 chapter 6), display names,
//! roles and the residence-verification states of a resident.

use std::collections::HashSet;
use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use crate::validation::bounded_text;

pub const PASSWORD_MIN_CHARS: usize = 8;
/// ASVS asks that at least 64 characters be allowed; pass-phrases are welcome.
pub const PASSWORD_MAX_CHARS: usize = 256;

/// A normalised (trimmed, lower-case) e-mail address.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Email(String);

impl Email {
    pub fn parse(input: &str) -> Result<Email, &'static str> {
        let email = input.trim().to_lowercase();
        if email.is_empty() {
            return Err("error-email-required");
        }
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
                .all(|c| c.is_alphanumeric() || c == '-' || c == '.');
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

/// A display name as neighbours see it: 2 to 60 characters.
pub fn check_display_name(input: &str) -> Result<String, &'static str> {
    bounded_text(input, 2, 60, "error-name-too-short", "error-name-too-long")
}

/// What a person may do, from least to most. An operator runs the installation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    Resident,
    Moderator,
    Staff,
    Admin,
    Operator,
}

impl Role {
    pub const ALL: [Role; 5] = [
        Role::Resident,
        Role::Moderator,
        Role::Staff,
        Role::Admin,
        Role::Operator,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Role::Resident => "resident",
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

    proptest! {
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
        fn roles_round_trip(i in 0usize..5) {
            prop_assert_eq!(Role::parse(Role::ALL[i].as_str()), Some(Role::ALL[i]));
        }
    }
}
