//! Field-level validation errors. Messages are Fluent keys, never prose: the server
//! translates them into the reader's language next to the field that caused them.

use serde::Serialize;

/// One problem with one input field; `message` is a Fluent message id.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FieldError {
    pub field: &'static str,
    pub message: &'static str,
}

/// All problems found in one submitted form or JSON body.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct FieldErrors(pub Vec<FieldError>);

impl FieldErrors {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn single(field: &'static str, message: &'static str) -> Self {
        Self(vec![FieldError { field, message }])
    }

    pub fn add(&mut self, field: &'static str, message: &'static str) {
        self.0.push(FieldError { field, message });
    }

    /// Records the error of `result`, if any, and passes the value on.
    pub fn check<T>(&mut self, field: &'static str, result: Result<T, &'static str>) -> Option<T> {
        match result {
            Ok(value) => Some(value),
            Err(message) => {
                self.add(field, message);
                None
            }
        }
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The first message for `field`, for showing next to it.
    pub fn for_field(&self, field: &str) -> Option<&'static str> {
        self.0.iter().find(|e| e.field == field).map(|e| e.message)
    }

    pub fn into_result(self) -> Result<(), FieldErrors> {
        if self.0.is_empty() {
            Ok(())
        } else {
            Err(self)
        }
    }
}

/// A short text of several lines (an address, opening hours, a signature): at most
/// `max_lines` lines of at most `max_chars` characters each, no control or format
/// characters but the line breaks. Blank lines are dropped; `\r\n` becomes `\n`.
pub fn bounded_lines(
    value: &str,
    max_lines: usize,
    max_chars: usize,
    too_long: &'static str,
) -> Result<String, &'static str> {
    let lines: Vec<&str> = value
        .split('\n')
        .map(|l| l.trim())
        .filter(|l| !l.is_empty())
        .collect();
    if lines.iter().any(|l| {
        l.chars()
            .any(|c| c.is_control() || (is_format_or_invisible(c) && !is_joiner(c)))
    }) {
        return Err("error-control-characters");
    }
    if lines.len() > max_lines || lines.iter().any(|l| l.chars().count() > max_chars) {
        return Err(too_long);
    }
    Ok(lines.join("\n"))
}

/// Trims and bounds a free-text field: `min..=max` characters, no control characters.
pub fn bounded_text(
    value: &str,
    min: usize,
    max: usize,
    too_short: &'static str,
    too_long: &'static str,
) -> Result<String, &'static str> {
    let trimmed = value.trim();
    if trimmed.chars().any(|c| c.is_control()) {
        return Err("error-control-characters");
    }
    let count = trimmed.chars().count();
    if count < min {
        Err(too_short)
    } else if count > max {
        Err(too_long)
    } else {
        Ok(trimmed.to_string())
    }
}

/// Characters that change how text is laid out or that show nothing at all, so a
/// name holding them can hide its real spelling ("Ana \u{202E}gnp.exe" shows as
/// "Ana exe.png") or look empty. This is Unicode's general category Cf ("format")
/// as of Unicode 15.1, plus the few letters and symbols that fonts draw blank.
///
/// Refusing all of Cf also refuses the zero-width joiners U+200C and U+200D, which
/// some scripts (Persian, several Indic ones) and emoji sequences use; a neighbour
/// who needs them writes the name without them.
/// Zero-width non-joiner and joiner: format characters that names need (Persian and
/// several Indic scripts write them inside words; emoji sequences use the joiner).
/// They change how letters join, never the order text is shown in.
pub fn is_joiner(c: char) -> bool {
    matches!(c, '\u{200C}' | '\u{200D}')
}

pub fn is_format_or_invisible(c: char) -> bool {
    matches!(
        c,
        // Soft hyphen: only shown where a line breaks.
        '\u{00AD}'
        // Arabic number signs, Arabic letter mark, end of ayah, Syriac abbreviation
        // mark, Arabic pound/piastre marks above, disputed end of ayah.
        | '\u{0600}'..='\u{0605}'
        | '\u{061C}'
        | '\u{06DD}'
        | '\u{070F}'
        | '\u{0890}'..='\u{0891}'
        | '\u{08E2}'
        // Mongolian vowel separator.
        | '\u{180E}'
        // Zero-width space, non-joiner and joiner; left-to-right and right-to-left marks.
        | '\u{200B}'..='\u{200F}'
        // Bidirectional embeddings and overrides (LRE, RLE, PDF, LRO, RLO).
        | '\u{202A}'..='\u{202E}'
        // Word joiner, invisible function application, times, separator and plus.
        | '\u{2060}'..='\u{2064}'
        // Bidirectional isolates (LRI, RLI, FSI, PDI) and the deprecated format
        // characters U+206A..U+206F.
        | '\u{2066}'..='\u{206F}'
        // Byte order mark, also called zero-width no-break space.
        | '\u{FEFF}'
        // Interlinear annotation anchor, separator and terminator.
        | '\u{FFF9}'..='\u{FFFB}'
        // Kaithi number signs.
        | '\u{110BD}'
        | '\u{110CD}'
        // Egyptian hieroglyph format controls.
        | '\u{13430}'..='\u{1343F}'
        // Shorthand format controls.
        | '\u{1BCA0}'..='\u{1BCA3}'
        // Musical symbol beam and tie controls.
        | '\u{1D173}'..='\u{1D17A}'
        // Language tag and the tag characters.
        | '\u{E0001}'
        | '\u{E0020}'..='\u{E007F}'
        // Not Cf, but drawn blank: Hangul fillers, Khmer inherent vowels, braille blank.
        | '\u{115F}'..='\u{1160}'
        | '\u{3164}'
        | '\u{FFA0}'
        | '\u{17B4}'..='\u{17B5}'
        | '\u{2800}'
    )
}

/// Marks that only modify the character before them and show nothing alone:
/// the combining grapheme joiner, Mongolian free variation selectors and the
/// variation selectors (U+FE0F asks for an emoji's colour form). Allowed in a name,
/// but a name of nothing else is invisible.
fn is_invisible_modifier(c: char) -> bool {
    matches!(
        c,
        '\u{034F}' | '\u{180B}'..='\u{180D}' | '\u{180F}' | '\u{FE00}'..='\u{FE0F}' | '\u{E0100}'..='\u{E01EF}'
    )
}

/// Whether `text` has at least one character a reader can see: a letter, digit,
/// punctuation mark or symbol, as opposed to only spaces and invisible characters.
pub fn has_visible_character(text: &str) -> bool {
    text.chars().any(|c| {
        !c.is_whitespace()
            && !c.is_control()
            && !is_format_or_invisible(c)
            && !is_invisible_modifier(c)
    })
}

/// The longest piece of user input an error message repeats, in characters.
pub const MAX_ECHOED_CHARS: usize = 80;

/// User input as an error message may repeat it on one line: without control,
/// format and invisible characters or line and paragraph separators, and cut to [`MAX_ECHOED_CHARS`] characters, the last of them
/// an ellipsis when something was cut.
pub fn echo(input: &str) -> String {
    echo_within(input, MAX_ECHOED_CHARS)
}

/// Like [`echo`], cut to `max` characters (at least 1).
pub fn echo_within(input: &str, max: usize) -> String {
    let max = max.max(1);
    let mut kept = input.chars().filter(|&c| {
        !c.is_control() && !is_format_or_invisible(c) && c != '\u{2028}' && c != '\u{2029}'
    });
    let mut out: String = kept.by_ref().take(max).collect();
    if kept.next().is_some() {
        // Something was cut: the ellipsis takes the place of the last character kept.
        out.pop();
        out.push('…');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn format_characters_are_recognised() {
        for c in [
            '\u{00AD}',
            '\u{0600}',
            '\u{0605}',
            '\u{061C}',
            '\u{06DD}',
            '\u{070F}',
            '\u{0890}',
            '\u{0891}',
            '\u{08E2}',
            '\u{180E}',
            '\u{200B}',
            '\u{200C}',
            '\u{200D}',
            '\u{200E}',
            '\u{200F}',
            '\u{202A}',
            '\u{202E}',
            '\u{2060}',
            '\u{2064}',
            '\u{2066}',
            '\u{2069}',
            '\u{206F}',
            '\u{FEFF}',
            '\u{FFF9}',
            '\u{FFFB}',
            '\u{110BD}',
            '\u{110CD}',
            '\u{13430}',
            '\u{1343F}',
            '\u{1BCA0}',
            '\u{1BCA3}',
            '\u{1D173}',
            '\u{1D17A}',
            '\u{E0001}',
            '\u{E0020}',
            '\u{E007F}',
            '\u{115F}',
            '\u{1160}',
            '\u{3164}',
            '\u{FFA0}',
            '\u{17B4}',
            '\u{17B5}',
            '\u{2800}',
        ] {
            assert!(is_format_or_invisible(c), "U+{:04X}", c as u32);
        }
        for c in [
            'a',
            'é',
            'ß',
            '1',
            ' ',
            '-',
            '\'',
            '\u{00AC}',
            '\u{01FF}',
            '\u{0606}',
            '\u{061B}',
            '\u{180D}',
            '\u{200A}',
            '\u{2010}',
            '\u{2029}',
            '\u{202F}',
            '\u{205F}',
            '\u{2065}',
            '\u{2070}',
            '\u{FEFE}',
            '\u{FFFC}',
            '\u{E0000}',
            '\u{E0002}',
            '\u{E0080}',
            '\u{2801}',
            'ㄱ',
            '한',
            '😀',
        ] {
            assert!(!is_format_or_invisible(c), "U+{:04X}", c as u32);
        }
    }

    #[test]
    fn visible_characters() {
        assert!(has_visible_character("a"));
        assert!(has_visible_character("\u{200B}.\u{200B}"));
        assert!(has_visible_character("❤\u{FE0F}"));
        assert!(!has_visible_character(""));
        assert!(!has_visible_character(" \u{00A0}\t"));
        assert!(!has_visible_character("\u{200B}\u{200B}"));
        assert!(!has_visible_character("\u{7}\u{1B}"));
        assert!(!has_visible_character(
            "\u{034F}\u{180B}\u{180F}\u{FE00}\u{FE0F}\u{E0100}\u{E01EF}"
        ));
        assert!(!has_visible_character("\u{3164}\u{3164}"));
    }

    #[test]
    fn echoed_input_is_cleaned_and_cut() {
        assert_eq!(echo("Gare"), "Gare");
        assert_eq!(echo("Ga\u{202E}re\u{0}\n\u{2028}\u{2029}"), "Gare");
        let exact = "é".repeat(MAX_ECHOED_CHARS);
        assert_eq!(echo(&exact), exact);
        let long = "é".repeat(MAX_ECHOED_CHARS + 1);
        let cut = echo(&long);
        assert_eq!(cut.chars().count(), MAX_ECHOED_CHARS);
        assert!(cut.ends_with("é…"));
        assert_eq!(echo_within("abcdef", 4), "abc…");
        assert_eq!(echo_within("abcdef", 0), "…");
        assert_eq!(echo_within("a", 0), "a");
    }

    proptest! {
        #[test]
        fn echo_is_short_and_clean(s in "\\PC{0,200}", c in any::<char>(), at in 0usize..200) {
            let mut s: Vec<char> = s.chars().collect();
            s.insert(at.min(s.len()), c);
            let s: String = s.into_iter().collect();
            let e = echo(&s);
            prop_assert!(e.chars().count() <= MAX_ECHOED_CHARS);
            let hidden = |c: char| c.is_control() || is_format_or_invisible(c) || c == '\u{2028}' || c == '\u{2029}';
            prop_assert!(!e.chars().any(hidden));
            let clean: String = s.chars().filter(|&c| !hidden(c)).collect();
            if clean.chars().count() <= MAX_ECHOED_CHARS {
                prop_assert_eq!(e, clean);
            } else {
                prop_assert!(clean.starts_with(e.trim_end_matches('…')));
            }
        }
    }

    #[test]
    fn lines_are_bounded_and_cleaned() {
        assert_eq!(
            bounded_lines(
                " Place Guillaume II \r\n\r\n L-1648 Luxembourg ",
                3,
                40,
                "long"
            ),
            Ok("Place Guillaume II\nL-1648 Luxembourg".into())
        );
        assert_eq!(bounded_lines("", 3, 40, "long"), Ok(String::new()));
        assert_eq!(bounded_lines("a\nb\nc", 3, 1, "long"), Ok("a\nb\nc".into()));
        assert_eq!(bounded_lines("a\nb\nc\nd", 3, 1, "long"), Err("long"));
        assert_eq!(bounded_lines("ab", 3, 1, "long"), Err("long"));
        assert_eq!(
            bounded_lines("a\tb", 3, 40, "long"),
            Err("error-control-characters")
        );
        assert_eq!(
            bounded_lines("Maire \u{202E}", 3, 40, "long"),
            Err("error-control-characters")
        );
    }

    #[test]
    fn field_errors_collect_each_fields_first_message() {
        let mut errors = FieldErrors::new();
        assert!(errors.is_empty());
        assert_eq!(errors.clone().into_result(), Ok(()));
        assert_eq!(errors.check("name", Ok::<_, &'static str>(7)), Some(7));
        assert!(errors.is_empty());
        assert_eq!(
            errors.check::<i32>("name", Err("error-name-too-short")),
            None
        );
        errors.add("name", "second");
        errors.add("email", "error-email-invalid");
        assert!(!errors.is_empty());
        assert_eq!(errors.for_field("name"), Some("error-name-too-short"));
        assert_eq!(errors.for_field("email"), Some("error-email-invalid"));
        assert_eq!(errors.for_field("password"), None);
        assert_eq!(errors.0.len(), 3);
        assert_eq!(errors.clone().into_result(), Err(errors.clone()));
        let single = FieldErrors::single("code", "wrong");
        assert_eq!(single.for_field("code"), Some("wrong"));
        assert_eq!(single.0.len(), 1);
    }
}
