//! Searching a neighbourhood: what a person types becomes a query that both storage
//! engines' full-text search read the same way, whatever was typed.
//!
//! Both sides of a search are folded alike: the posts' text when it is indexed (by the
//! migration's SQL on each engine) and the words typed here, so that "cafe" finds
//! "Café", "strasse" finds "Straße" and "enner" finds "ënner". The typed words then
//! become plain terms of letters and digits only: quotes, `*`, parentheses, `-`,
//! `NEAR`, `OR` and the like reach the engine as ordinary words or not at all, so no
//! input can make a query the engine cannot parse, or one that asks for more than
//! "every word, the last one perhaps only begun".

/// The longest query, in characters: a sentence, not a text pasted by mistake.
pub const QUERY_MAX: usize = 200;
/// The most distinct words a query holds: each one narrows the search and costs a
/// look-up.
pub const TERMS_MAX: usize = 8;
/// The shortest last word that is also looked for as the beginning of longer words
/// ("velo" finds "velos", "caf" finds "café"): shorter ones would match most words.
pub const PREFIX_MIN: usize = 3;
/// Results on one page.
pub const PAGE_SIZE: usize = 20;
/// The last page offered: past it, a person refines the words instead.
pub const PAGES_MAX: usize = 10;
/// How many of a neighbourhood's newest matching posts (and, apart, posts with a
/// matching answer) are ranked: this bounds every search, however common its words.
pub const CANDIDATES: usize = PAGE_SIZE * PAGES_MAX;
/// Searches one person may make in a minute (pages of results included).
pub const SEARCHES_PER_MINUTE: i64 = 30;

/// Letters folded to one plain lower-case letter each: the letters of Latin scripts
/// with accents, cedillas, rings, strokes and the like. Upper-case ASCII letters are
/// lowered too; other characters stay as typed (each engine lowers the rest alike on
/// both sides). PostgreSQL's `gemeng_fold` (migration 0009) holds the same table.
const LETTERS: &[(&str, char)] = &[
    (
        "ªÀÁÂÃÄÅàáâãäåĀāĂăĄąǍǎǞǟǠǡǺǻȀȁȂȃȦȧḀḁẠạẢảẤấẦầẨẩẪẫẬậẮắẰằẲẳẴẵẶặ",
        'a',
    ),
    ("ḂḃḄḅḆḇ", 'b'),
    ("ÇçĆćĈĉĊċČčḈḉ", 'c'),
    ("ÐðĎďĐđḊḋḌḍḎḏḐḑḒḓ", 'd'),
    ("ÈÉÊËèéêëĒēĔĕĖėĘęĚěȄȅȆȇȨȩḔḕḖḗḘḙḚḛḜḝẸẹẺẻẼẽẾếỀềỂểỄễỆệ", 'e'),
    ("Ḟḟ", 'f'),
    ("ĜĝĞğĠġĢģǦǧǴǵḠḡ", 'g'),
    ("ĤĥĦħȞȟḢḣḤḥḦḧḨḩḪḫẖ", 'h'),
    ("ÌÍÎÏìíîïĨĩĪīĬĭĮįİıǏǐȈȉȊȋḬḭḮḯỈỉỊị", 'i'),
    ("Ĵĵǰ", 'j'),
    ("ĶķĸǨǩḰḱḲḳḴḵ", 'k'),
    ("ĹĺĻļĽľĿŀŁłḶḷḸḹḺḻḼḽ", 'l'),
    ("ḾḿṀṁṂṃ", 'm'),
    ("ÑñŃńŅņŇňŉŊŋǸǹṄṅṆṇṈṉṊṋ", 'n'),
    (
        "ºÒÓÔÕÖØòóôõöøŌōŎŏŐőƠơǑǒǪǫǬǭȌȍȎȏȪȫȬȭȮȯȰȱṌṍṎṏṐṑṒṓỌọỎỏỐốỒồỔổỖỗỘộỚớỜờỞởỠỡỢợ",
        'o',
    ),
    ("ṔṕṖṗ", 'p'),
    ("ŔŕŖŗŘřȐȑȒȓṘṙṚṛṜṝṞṟ", 'r'),
    ("ŚśŜŝŞşŠšſȘșṠṡṢṣṤṥṦṧṨṩ", 's'),
    ("ŢţŤťŦŧȚțṪṫṬṭṮṯṰṱẗ", 't'),
    (
        "ÙÚÛÜùúûüŨũŪūŬŭŮůŰűŲųƯưǓǔǕǖǗǘǙǚǛǜȔȕȖȗṲṳṴṵṶṷṸṹṺṻỤụỦủỨứỪừỬửỮữỰự",
        'u',
    ),
    ("ṼṽṾṿ", 'v'),
    ("ŴŵẀẁẂẃẄẅẆẇẈẉẘ", 'w'),
    ("ẊẋẌẍ", 'x'),
    ("ÝýÿŶŷŸȲȳẎẏẙỲỳỴỵỶỷỸỹ", 'y'),
    ("ŹźŻżŽžẐẑẒẓẔẕ", 'z'),
];

/// Letters written as two: "Straße" is searched as "strasse", "Œuvre" as "oeuvre".
const EXPANSIONS: &[(char, &str)] = &[
    ('ß', "ss"),
    ('ẞ', "ss"),
    ('æ', "ae"),
    ('Æ', "ae"),
    ('œ', "oe"),
    ('Œ', "oe"),
    ('þ', "th"),
    ('Þ', "th"),
    ('ĳ', "ij"),
    ('Ĳ', "ij"),
];

/// Accents typed as separate marks after their letter (as some keyboards and
/// pasted texts do): dropped, so "e" and a combining acute read as "e".
const COMBINING_MARKS: std::ops::RangeInclusive<char> = '\u{0300}'..='\u{036F}';

/// Every folded letter and what it becomes, for the storage tests that prove each
/// engine folds the indexed text the same way.
pub fn folded_letters() -> impl Iterator<Item = (char, String)> {
    let letters = LETTERS
        .iter()
        .flat_map(|(group, to)| group.chars().map(move |c| (c, to.to_string())));
    let expansions = EXPANSIONS.iter().map(|(c, to)| (*c, to.to_string()));
    letters.chain(expansions)
}

/// Text folded as the search index folds it: accents and the like removed, the letters
/// of [`LETTERS`] and ASCII lowered, two-letter letters written out, combining marks
/// dropped; everything else unchanged.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if COMBINING_MARKS.contains(&c) {
            continue;
        }
        if let Some((_, to)) = EXPANSIONS.iter().find(|(from, _)| *from == c) {
            out.push_str(to);
        } else if let Some((_, to)) = LETTERS.iter().find(|(group, _)| group.contains(c)) {
            out.push(*to);
        } else {
            out.push(c.to_ascii_lowercase());
        }
    }
    out
}

/// Why a typed query is not searched. Each is a Fluent message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QueryError {
    /// Nothing typed: no search yet, just the box.
    Empty,
    /// Only signs, no letter or digit to look for.
    NoWords,
    TooLong,
    TooManyWords,
}

impl QueryError {
    pub fn message_id(self) -> &'static str {
        match self {
            QueryError::Empty => "search-error-empty",
            QueryError::NoWords => "search-error-no-words",
            QueryError::TooLong => "search-error-too-long",
            QueryError::TooManyWords => "search-error-too-many-words",
        }
    }
}

/// A query as the engines receive it: distinct folded words of letters and digits,
/// all required, the last perhaps only begun.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Query {
    terms: Vec<String>,
    prefix: bool,
}

impl Query {
    /// Reads what was typed: trimmed, at most [`QUERY_MAX`] characters, folded, cut into
    /// words at anything that is not a letter or digit (signs and operators included),
    /// each word once, in the order last typed, at most [`TERMS_MAX`] of them. The last
    /// word also matches longer words when it has [`PREFIX_MIN`] characters or more.
    pub fn parse(input: &str) -> Result<Query, QueryError> {
        let input = input.trim();
        if input.is_empty() {
            return Err(QueryError::Empty);
        }
        if input.chars().count() > QUERY_MAX {
            return Err(QueryError::TooLong);
        }
        let folded = fold(input);
        let mut terms: Vec<String> = Vec::new();
        for word in folded
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
        {
            // A repeated word moves to the end: the last word typed is the one begun.
            terms.retain(|t| t != word);
            terms.push(word.to_string());
        }
        if terms.len() > TERMS_MAX {
            return Err(QueryError::TooManyWords);
        }
        let prefix = match terms.last() {
            None => return Err(QueryError::NoWords),
            Some(last) => last.chars().count() >= PREFIX_MIN,
        };
        Ok(Query { terms, prefix })
    }

    /// The words looked for, folded.
    pub fn terms(&self) -> &[String] {
        &self.terms
    }

    /// Whether the last word also matches longer words that begin with it.
    pub fn prefix(&self) -> bool {
        self.prefix
    }

    /// The query in SQLite FTS5's syntax: each word a quoted string (so `OR`, `NEAR` or
    /// `AND` are words), all required, the last one with `*` if it is a prefix.
    pub fn fts5(&self) -> String {
        self.join(" ", |t| format!("\"{t}\""), "*")
    }

    /// The query in PostgreSQL's `to_tsquery` syntax: words joined by `&`, the last one
    /// with `:*` if it is a prefix.
    pub fn tsquery(&self) -> String {
        self.join(" & ", String::clone, ":*")
    }

    fn join(&self, between: &str, term: impl Fn(&String) -> String, prefix: &str) -> String {
        let mut out = self
            .terms
            .iter()
            .map(term)
            .collect::<Vec<_>>()
            .join(between);
        if self.prefix {
            out.push_str(prefix);
        }
        out
    }
}

/// The page of results asked for: none means the first; pages past [`PAGES_MAX`]
/// are not offered.
pub fn page(input: &str) -> Result<usize, &'static str> {
    match input.trim() {
        "" => Ok(1),
        given => given
            .parse::<usize>()
            .ok()
            .filter(|p| (1..=PAGES_MAX).contains(p))
            .ok_or("search-error-page"),
    }
}

/// How many ranked results come before page `page` (counted from 1).
pub fn offset(page: usize) -> usize {
    page.saturating_sub(1) * PAGE_SIZE
}

/// Whether a page follows page `page` when `total` posts were found.
pub fn has_next_page(page: usize, total: usize) -> bool {
    page < PAGES_MAX && page * PAGE_SIZE < total
}

/// Whether more posts may match than were ranked, so that another word would help.
pub fn is_crowded(total: usize) -> bool {
    total >= CANDIDATES
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn terms(input: &str) -> Vec<String> {
        Query::parse(input).unwrap().terms().to_vec()
    }

    #[test]
    fn the_four_languages_fold_to_plain_letters() {
        assert_eq!(fold("Fahrrad"), "fahrrad");
        assert_eq!(fold("Café crème"), "cafe creme");
        assert_eq!(fold("Straße STRAẞE"), "strasse strasse");
        assert_eq!(fold("ënner Mëllen"), "enner mellen");
        assert_eq!(fold("Coração, pão e maçã"), "coracao, pao e maca");
        assert_eq!(fold("Œuvre, Æsop, cœur"), "oeuvre, aesop, coeur");
        assert_eq!(fold("Søren Łukasz Þór"), "soren lukasz thor");
        assert_eq!(fold("Ĳssel"), "ijssel");
        assert_eq!(fold("nº 3, 1ª"), "no 3, 1a");
    }

    #[test]
    fn combining_marks_are_dropped_and_other_scripts_kept() {
        assert_eq!(fold("cafe\u{301}"), "cafe");
        assert_eq!(fold("e\u{300}\u{36F}x"), "ex");
        // Just outside the combining block: kept.
        assert_eq!(fold("a\u{2FF}\u{370}"), "a\u{2FF}\u{370}");
        // Other scripts are lowered by each engine, on both sides alike.
        assert_eq!(fold("Ελλάδα Дом 東京"), "Ελλάδα Дом 東京");
        assert_eq!(fold("A-Z_09"), "a-z_09");
    }

    #[test]
    fn every_folded_letter_is_listed_once_and_folds_to_plain_ascii() {
        let all: Vec<(char, String)> = folded_letters().collect();
        assert_eq!(
            all.len(),
            LETTERS
                .iter()
                .map(|(g, _)| g.chars().count())
                .sum::<usize>()
                + EXPANSIONS.len()
        );
        assert!(all.contains(&('é', "e".to_string())));
        assert!(all.contains(&('ß', "ss".to_string())));
        let mut seen = std::collections::BTreeSet::new();
        for (c, to) in &all {
            assert!(seen.insert(*c), "{c} listed twice");
            assert!(!c.is_ascii());
            assert!(
                !to.is_empty() && to.chars().all(|t| t.is_ascii_lowercase()),
                "{c} -> {to}"
            );
            assert_eq!(&fold(&c.to_string()), to, "{c}");
        }
    }

    #[test]
    fn queries_are_words_of_letters_and_digits() {
        assert_eq!(terms("  Fahrrad  "), ["fahrrad"]);
        assert_eq!(terms("Café, crème!"), ["cafe", "creme"]);
        assert_eq!(terms("l’école d'Anna"), ["l", "ecole", "d", "anna"]);
        assert_eq!(terms("e-mail 12a"), ["e", "mail", "12a"]);
        // Operators of either engine are signs, or ordinary words.
        assert_eq!(
            terms("\"velo\" OR (bike*) -car NEAR/2"),
            ["velo", "or", "bike", "car", "near", "2"]
        );
        assert_eq!(terms("a:b & !c | d:* <-> 'e'"), ["a", "b", "c", "d", "e"]);
    }

    #[test]
    fn a_repeated_word_counts_once_where_it_was_last_typed() {
        assert_eq!(terms("velo cafe velo"), ["cafe", "velo"]);
        assert_eq!(terms("Velo vélo VÉLO"), ["velo"]);
        assert_eq!(terms("a b a"), ["b", "a"]);
    }

    #[test]
    fn the_last_word_is_a_prefix_from_three_characters() {
        let q = Query::parse("alt Fahr").unwrap();
        assert!(q.prefix());
        assert_eq!(q.fts5(), "\"alt\" \"fahr\"*");
        assert_eq!(q.tsquery(), "alt & fahr:*");
        let q = Query::parse("Fahrrad ab").unwrap();
        assert!(!q.prefix());
        assert_eq!(q.fts5(), "\"fahrrad\" \"ab\"");
        assert_eq!(q.tsquery(), "fahrrad & ab");
        // Characters count, not bytes: "ëä" is two, "ëäö" three.
        assert!(!Query::parse("ëä").unwrap().prefix());
        assert!(Query::parse("ëäö").unwrap().prefix());
        assert!(Query::parse("abc").unwrap().prefix());
        assert_eq!(Query::parse("x").unwrap().tsquery(), "x");
    }

    #[test]
    fn what_is_not_searched_says_why() {
        assert_eq!(Query::parse(""), Err(QueryError::Empty));
        assert_eq!(Query::parse(" \t\n "), Err(QueryError::Empty));
        assert_eq!(Query::parse("\"*\" () - :"), Err(QueryError::NoWords));
        assert_eq!(Query::parse("\u{0}\u{7}"), Err(QueryError::NoWords));
        // Combining marks alone fold to nothing.
        assert_eq!(Query::parse("\u{301}"), Err(QueryError::NoWords));
        let longest = "a".repeat(QUERY_MAX);
        assert!(Query::parse(&longest).is_ok());
        assert!(Query::parse(&format!("  {longest}  ")).is_ok());
        assert_eq!(
            Query::parse(&format!("{longest}b")),
            Err(QueryError::TooLong)
        );
        // Characters count, not bytes.
        assert!(Query::parse(&"ë".repeat(QUERY_MAX)).is_ok());
        assert_eq!(Query::parse(&"x ".repeat(10_000)), Err(QueryError::TooLong));
        let words: Vec<String> = (0..TERMS_MAX).map(|i| format!("w{i}")).collect();
        assert_eq!(terms(&words.join(" ")).len(), TERMS_MAX);
        assert_eq!(
            Query::parse(&format!("{} more", words.join(" "))),
            Err(QueryError::TooManyWords)
        );
        // Repeated words are not counted twice.
        assert!(Query::parse(&format!("{0} {0}", words.join(" "))).is_ok());
    }

    #[test]
    fn errors_name_their_messages() {
        for (error, id) in [
            (QueryError::Empty, "search-error-empty"),
            (QueryError::NoWords, "search-error-no-words"),
            (QueryError::TooLong, "search-error-too-long"),
            (QueryError::TooManyWords, "search-error-too-many-words"),
        ] {
            assert_eq!(error.message_id(), id);
        }
    }

    #[test]
    fn pages_are_numbered_from_one_to_the_last_offered() {
        assert_eq!(page(""), Ok(1));
        assert_eq!(page(" 2 "), Ok(2));
        assert_eq!(page(&PAGES_MAX.to_string()), Ok(PAGES_MAX));
        for bad in ["0", "-1", "x", "1.5", "99999999999999999999999"] {
            assert_eq!(page(bad), Err("search-error-page"), "{bad}");
        }
        assert_eq!(page(&(PAGES_MAX + 1).to_string()), Err("search-error-page"));
        assert_eq!(offset(1), 0);
        assert_eq!(offset(2), PAGE_SIZE);
        assert_eq!(offset(3), 2 * PAGE_SIZE);
        assert_eq!(offset(0), 0);
    }

    #[test]
    fn a_next_page_exists_while_results_and_pages_remain() {
        assert!(!has_next_page(1, 0));
        assert!(!has_next_page(1, PAGE_SIZE));
        assert!(has_next_page(1, PAGE_SIZE + 1));
        assert!(has_next_page(2, 2 * PAGE_SIZE + 1));
        assert!(!has_next_page(2, 2 * PAGE_SIZE));
        assert!(has_next_page(PAGES_MAX - 1, 2 * CANDIDATES));
        assert!(!has_next_page(PAGES_MAX, 2 * CANDIDATES));
        assert!(!is_crowded(CANDIDATES - 1));
        assert!(is_crowded(CANDIDATES));
        assert!(is_crowded(2 * CANDIDATES));
    }

    /// What a term may hold: letters and digits only, never a sign either engine's
    /// query syntax reads.
    fn safe(term: &str) -> bool {
        !term.is_empty() && term.chars().all(char::is_alphanumeric)
    }

    proptest! {
        #[test]
        fn any_input_gives_safe_terms_or_a_reason(input in any::<String>()) {
            match Query::parse(&input) {
                Ok(q) => {
                    prop_assert!(!q.terms().is_empty() && q.terms().len() <= TERMS_MAX);
                    for t in q.terms() {
                        prop_assert!(safe(t), "{t:?}");
                        // PostgreSQL refuses words over 2047 bytes.
                        prop_assert!(t.len() < 2048);
                    }
                    let distinct: std::collections::BTreeSet<_> = q.terms().iter().collect();
                    prop_assert_eq!(distinct.len(), q.terms().len());
                    prop_assert!(!q.fts5().contains("\"\""));
                    prop_assert_eq!(q.fts5().matches('"').count(), 2 * q.terms().len());
                    prop_assert_eq!(q.tsquery().matches(" & ").count(), q.terms().len() - 1);
                }
                Err(QueryError::Empty) => prop_assert!(input.trim().is_empty()),
                Err(_) => {}
            }
        }

        #[test]
        fn operators_and_quotes_never_reach_the_engines(
            words in proptest::collection::vec("[a-zA-Zéëßç0-9\"*()\\-:&|!<>^+~{}\\[\\],.;'/\\\\ ]{0,12}", 0..8)
        ) {
            let input = words.join(" ");
            if let Ok(q) = Query::parse(&input) {
                let fts = q.fts5();
                // Between the quotes: letters and digits; outside them: spaces and one
                // final star at most.
                for (i, part) in fts.split('"').enumerate() {
                    if i % 2 == 1 {
                        prop_assert!(safe(part), "{fts}");
                    } else {
                        prop_assert!(part.chars().all(|c| c == ' ' || c == '*'), "{fts}");
                    }
                }
                let ts = q.tsquery();
                let body = ts.strip_suffix(":*").unwrap_or(&ts);
                for term in body.split(" & ") {
                    prop_assert!(safe(term), "{ts}");
                }
            }
        }

        #[test]
        fn folding_twice_changes_nothing(input in any::<String>()) {
            let once = fold(&input);
            prop_assert_eq!(fold(&once), once.clone());
            // Folding never makes a query of words longer than ASCII expansions allow.
            prop_assert!(once.chars().count() <= 2 * input.chars().count());
        }

        #[test]
        fn case_and_accents_do_not_change_the_query(word in "[a-z]{1,12}") {
            let accented: String = word
                .chars()
                .map(|c| match c {
                    'a' => 'Ã',
                    'e' => 'ë',
                    'c' => 'Ç',
                    'o' => 'ø',
                    'u' => 'Ü',
                    other => other.to_ascii_uppercase(),
                })
                .collect();
            prop_assert_eq!(Query::parse(&accented), Query::parse(&word));
        }
    }
}
