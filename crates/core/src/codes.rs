//! Secrets handed to people: session and link tokens, residence-letter and invitation
//! codes. Only their SHA-256 hashes are stored, so a copy of the database cannot be
//! used to log in or to verify a residence.

use base64::Engine;
use rand::Rng;
use sha2::{Digest, Sha256};

/// 256 random bits, URL-safe: for sessions, API tokens and e-mail links.
///
/// From the thread's CSPRNG (ChaCha12 seeded from the operating system and reseeded
/// regularly): as unpredictable as asking the kernel, without a system call for every
/// token, which under load cost a fifth of the server's time.
pub fn random_token() -> String {
    let bytes: [u8; 32] = rand::thread_rng().gen();
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
}

/// The stored form of a token or code.
pub fn hash_secret(secret: &str) -> String {
    let digest = Sha256::digest(secret.as_bytes());
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(digest)
}

/// Letters and digits nobody confuses when reading a letter aloud or typing it on a
/// phone: no 0/O, 1/I/L, 2/Z, 5/S, 8/B.
const CODE_ALPHABET: &[u8] = b"ACDEFGHJKMNPQRTUVWXY34679";
const CODE_LENGTH: usize = 12;

/// A code to print on a residence letter or hand to a neighbour: `XXXX-XXXX-XXXX`
/// (about 55 bits; guessing is further bounded by rate limits and expiry).
pub fn person_code() -> String {
    let mut rng = rand::thread_rng();
    let raw: String = (0..CODE_LENGTH)
        .map(|_| CODE_ALPHABET[rng.gen_range(0..CODE_ALPHABET.len())] as char)
        .collect();
    format_code(&raw)
}

fn format_code(raw: &str) -> String {
    raw.as_bytes()
        .chunks(4)
        .map(|c| std::str::from_utf8(c).unwrap_or_default())
        .collect::<Vec<_>>()
        .join("-")
}

/// Reads a code as typed: any case, spaces or dashes anywhere, and the look-alike
/// characters people type by mistake mapped back. `None` if it cannot be a code.
pub fn normalise_code(input: &str) -> Option<String> {
    let mut raw = String::with_capacity(CODE_LENGTH);
    for c in input.chars() {
        let c = match c.to_ascii_uppercase() {
            ' ' | '-' | '\t' => continue,
            '0' | 'O' => return None,
            'S' => '5',
            other => other,
        };
        if raw.len() == CODE_LENGTH || !c.is_ascii() || !CODE_ALPHABET.contains(&(c as u8)) {
            return None;
        }
        raw.push(c);
    }
    (raw.len() == CODE_LENGTH).then(|| format_code(&raw))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn tokens_are_long_and_distinct() {
        let a = random_token();
        assert_eq!(a.len(), 43);
        assert_ne!(a, random_token());
        assert_ne!(hash_secret(&a), a);
        assert_eq!(hash_secret(&a), hash_secret(&a));
    }

    #[test]
    fn codes_read_back_as_typed() {
        let code = person_code();
        assert_eq!(code.len(), 14);
        assert_eq!(normalise_code(&code), Some(code.clone()));
        let sloppy = code.to_lowercase().replace('-', " ");
        assert_eq!(normalise_code(&sloppy), Some(code));
        assert_eq!(normalise_code("ABC"), None);
        assert_eq!(normalise_code("ACDE-FGHJ-KMN0"), None);
    }

    proptest! {
        #[test]
        fn normalise_never_panics_and_is_stable(s in "\\PC{0,40}") {
            if let Some(code) = normalise_code(&s) {
                prop_assert_eq!(normalise_code(&code), Some(code.clone()));
            }
        }
    }
}
