//! URL slugs for communes and neighbourhoods ("Pulvermühl" -> "pulvermuhl").

/// Lower-case ASCII letters, digits and single hyphens, derived from any name.
pub fn slugify(name: &str) -> String {
    let ascii = deunicode::deunicode(name).to_lowercase();
    let mut slug = String::with_capacity(ascii.len());
    for c in ascii.chars() {
        if c.is_ascii_alphanumeric() {
            slug.push(c);
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    while slug.ends_with('-') {
        slug.pop();
    }
    slug
}

/// Whether `s` is a well-formed slug (what `slugify` produces, 1..=60 characters).
pub fn is_valid_slug(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 60
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !s.starts_with('-')
        && !s.ends_with('-')
        && !s.contains("--")
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn slugs_of_real_quartiers() {
        assert_eq!(slugify("Pulvermühl"), "pulvermuhl");
        assert_eq!(slugify("  Rue de l'École "), "rue-de-l-ecole");
        assert_eq!(slugify("Ville de Luxembourg"), "ville-de-luxembourg");
    }

    proptest! {
        #[test]
        fn slugify_yields_valid_slugs_or_nothing(name in "\\PC{0,40}") {
            let s = slugify(&name);
            prop_assert!(s.is_empty() || s.len() > 60 || is_valid_slug(&s), "{s:?}");
        }
    }
}
