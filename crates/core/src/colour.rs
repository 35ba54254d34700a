//! A commune's colour, checked for contrast: the header shows white text on it, so it
//! must reach WCAG's 4.5:1 for normal text against white.

/// WCAG 2's contrast ratio between two sRGB colours, from 1 (same) to 21 (black on white).
pub fn contrast_ratio(a: [u8; 3], b: [u8; 3]) -> f64 {
    let (la, lb) = (relative_luminance(a), relative_luminance(b));
    let (light, dark) = if la >= lb { (la, lb) } else { (lb, la) };
    (light + 0.05) / (dark + 0.05)
}

fn relative_luminance([r, g, b]: [u8; 3]) -> f64 {
    let channel = |c: u8| {
        let c = f64::from(c) / 255.0;
        if c <= 0.039_28 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)
}

/// The least contrast white text needs on the colour (WCAG 1.4.3, normal text).
pub const MIN_CONTRAST: f64 = 4.5;

/// A `#rrggbb` colour (any case, spaces around), normalised to lower case, if white
/// text on it is readable.
pub fn check_colour(input: &str) -> Result<String, &'static str> {
    let hex = input.trim().to_ascii_lowercase();
    let digits = hex.strip_prefix('#').ok_or("error-colour-format")?;
    if digits.len() != 6 || !digits.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err("error-colour-format");
    }
    let channel = |i: usize| u8::from_str_radix(&digits[i..i + 2], 16).unwrap_or(0);
    let rgb = [channel(0), channel(2), channel(4)];
    if contrast_ratio(rgb, [255, 255, 255]) < MIN_CONTRAST {
        return Err("error-colour-contrast");
    }
    Ok(hex)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contrast_follows_wcag() {
        let white = [255, 255, 255];
        assert!((contrast_ratio([0, 0, 0], white) - 21.0).abs() < 1e-9);
        assert!((contrast_ratio(white, white) - 1.0).abs() < 1e-9);
        // Symmetric.
        assert_eq!(
            contrast_ratio([11, 83, 148], white),
            contrast_ratio(white, [11, 83, 148])
        );
        // #767676 is the lightest grey with 4.5:1 on white; #777777 falls short.
        assert!(contrast_ratio([0x76, 0x76, 0x76], white) >= 4.5);
        assert!(contrast_ratio([0x77, 0x77, 0x77], white) < 4.5);
        // The low-channel branch: a very dark red.
        let ratio = contrast_ratio([10, 0, 0], white);
        assert!(ratio > 20.0 && ratio < 21.0, "{ratio}");
    }

    #[test]
    fn a_colour_is_accepted_only_with_white_text_readable_on_it() {
        assert_eq!(check_colour(" #0B5394 "), Ok("#0b5394".into()));
        assert_eq!(check_colour("#767676"), Ok("#767676".into()));
        assert_eq!(check_colour("#777777"), Err("error-colour-contrast"));
        assert_eq!(check_colour("#ffcc00"), Err("error-colour-contrast"));
        assert_eq!(check_colour("0b5394"), Err("error-colour-format"));
        assert_eq!(check_colour("#0b539"), Err("error-colour-format"));
        assert_eq!(check_colour("#0b53944"), Err("error-colour-format"));
        assert_eq!(check_colour("#0g5394"), Err("error-colour-format"));
        assert_eq!(check_colour(""), Err("error-colour-format"));
    }
}
