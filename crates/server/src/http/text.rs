//! What residents write is plain text. Pages show it with its line breaks and its web
//! addresses as links; everything else stays exactly as typed (a phone number, an
//! e-mail address, a `<` sign). The HTML is made once, when the text is saved, and
//! passed through a sanitiser (`ammonia`) that allows nothing but links to http(s)
//! addresses and line breaks, whatever this code or the link finder might let slip.

use std::sync::LazyLock;

use linkify::{LinkFinder, LinkKind};

static SANITISER: LazyLock<ammonia::Builder<'static>> = LazyLock::new(|| {
    let mut builder = ammonia::Builder::empty();
    builder
        .add_tags(["a", "br"])
        .add_tag_attributes("a", ["href"])
        .url_schemes(["http", "https"].into_iter().collect())
        // Links residents post are theirs, not the commune's: no referrer, no ranking.
        .link_rel(Some("nofollow ugc noopener noreferrer"));
    builder
});

/// The HTML of a resident's plain text: escaped, line breaks kept, web addresses
/// (with their `http://` or `https://`) made links.
pub fn rich_text(plain: &str) -> String {
    let mut finder = LinkFinder::new();
    finder.kinds(&[LinkKind::Url]);
    let mut html = String::with_capacity(plain.len() + plain.len() / 8);
    for span in finder.spans(plain) {
        match span.kind() {
            Some(LinkKind::Url) if is_web_address(span.as_str()) => {
                let url = escape(span.as_str());
                html.push_str("<a href=\"");
                html.push_str(&url);
                html.push_str("\">");
                html.push_str(&url);
                html.push_str("</a>");
            }
            _ => html.push_str(&escape(span.as_str()).replace('\n', "<br>")),
        }
    }
    SANITISER.clean(&html).to_string()
}

/// Only addresses of the web become links (not `ftp:`, `file:` or the like).
fn is_web_address(url: &str) -> bool {
    let lower = url.get(..8).unwrap_or(url).to_ascii_lowercase();
    lower.starts_with("https://") || lower.starts_with("http://")
}

fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// The first `max` characters of a text on one line, cut at a word and marked with
/// an ellipsis when cut: for a feed's cards.
pub fn excerpt(text: &str, max: usize) -> String {
    let one_line: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if one_line.chars().count() <= max {
        return one_line;
    }
    let cut: String = one_line.chars().take(max).collect();
    let at_word = match cut.rfind(' ') {
        Some(space) if space > max / 2 => &cut[..space],
        _ => &cut,
    };
    format!("{}…", at_word.trim_end_matches([',', '.', ';', ':']))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_escaped_and_keeps_its_lines() {
        assert_eq!(
            rich_text("Salut <b>Ana</b> & co\nà demain"),
            "Salut &lt;b&gt;Ana&lt;/b&gt; &amp; co<br>à demain"
        );
        assert_eq!(
            rich_text("<script>alert(1)</script>"),
            "&lt;script&gt;alert(1)&lt;/script&gt;"
        );
    }

    #[test]
    fn web_addresses_become_safe_links() {
        let html = rich_text("Programme: https://www.vdl.lu/fr/agenda?x=1&y=2 !");
        assert_eq!(
            html,
            "Programme: <a href=\"https://www.vdl.lu/fr/agenda?x=1&amp;y=2\" rel=\"nofollow ugc noopener noreferrer\">https://www.vdl.lu/fr/agenda?x=1&amp;y=2</a> !"
        );
        // Nothing but http(s) becomes a link.
        for text in [
            "javascript:alert(1)",
            "data:text/html,<b>x</b>",
            "ftp://example.lu/x",
        ] {
            assert!(
                !rich_text(text).contains("<a"),
                "{text}: {}",
                rich_text(text)
            );
        }
        // An attribute cannot be smuggled through a link.
        let html = rich_text("https://example.lu/\"onmouseover=\"alert(1)");
        let tag = html.split('>').next().unwrap();
        assert_eq!(
            tag, "<a href=\"https://example.lu/\" rel=\"nofollow ugc noopener noreferrer\"",
            "{html}"
        );
    }

    #[test]
    fn phone_numbers_and_e_mail_addresses_stay_as_typed() {
        assert_eq!(
            rich_text("Call +352 621 123 456 or write to maria@example.lu"),
            "Call +352 621 123 456 or write to maria@example.lu"
        );
    }

    #[test]
    fn excerpts_cut_at_a_word() {
        assert_eq!(excerpt("short\ntext", 40), "short text");
        assert_eq!(
            excerpt("I lend my ladder to anyone in the street who needs it", 30),
            "I lend my ladder to anyone in…"
        );
        assert_eq!(excerpt("abcdefghijklmnopqrstuvwxyz", 10), "abcdefghij…");
    }
}
