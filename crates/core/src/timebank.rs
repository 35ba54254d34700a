//! The time bank's words around the ledger (`PRODUCT.md` C4): the categories of
//! services and goods, what an exchange's description may hold, and what each of
//! the ledger's refusals tells a person. The minutes themselves are [`crate::ledger`]'s.

use crate::ledger::{Minutes, Refusal};
use crate::posts::bounded;

/// Categories of services and goods, in the order the forms list them. The
/// coordinator's activity page counts exchanges per category.
pub const CATEGORIES: &[&str] = &[
    "company",
    "shopping",
    "transport",
    "household",
    "repairs",
    "garden",
    "cooking",
    "children",
    "animals",
    "paperwork",
    "digital",
    "languages",
    "lessons",
    "health",
    "goods",
    "other",
];

/// The longest description of an exchange, a gift or a correction.
pub const MEMO_MAX: usize = 500;

/// Proposals a member may make in an hour, gifts they may give in a day: enough for
/// a busy helper, too few to flood a neighbour's list.
pub const PROPOSALS_PER_HOUR: i64 = 60;
pub const GIFTS_PER_DAY: i64 = 30;
/// Answers (confirm, decline, cancel) a member may send in an hour.
pub const ANSWERS_PER_HOUR: i64 = 600;

/// A category from the list, or why not.
pub fn check_category(input: &str) -> Result<&'static str, &'static str> {
    let input = input.trim();
    CATEGORIES
        .iter()
        .copied()
        .find(|c| *c == input)
        .ok_or("timebank-error-category")
}

/// What was exchanged, given or corrected: cleaned as posts are, 1 to
/// [`MEMO_MAX`] characters.
pub fn check_memo(input: &str) -> Result<String, &'static str> {
    bounded(
        input,
        MEMO_MAX,
        "timebank-error-memo-empty",
        "timebank-error-memo-long",
    )
}

/// What a listing is: an offer of a service or a good, or a request for one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ListingKind {
    Offer,
    Request,
}

impl ListingKind {
    pub const ALL: [ListingKind; 2] = [ListingKind::Offer, ListingKind::Request];

    pub fn as_str(self) -> &'static str {
        match self {
            ListingKind::Offer => "offer",
            ListingKind::Request => "request",
        }
    }

    pub fn parse(text: &str) -> Option<ListingKind> {
        ListingKind::ALL
            .into_iter()
            .find(|k| k.as_str() == text.trim())
    }
}

/// The longest title and text of an offer or a request.
pub const LISTING_TITLE_MAX: usize = 120;
pub const LISTING_TEXT_MAX: usize = 2_000;
/// Offers and requests a member may publish in a day.
pub const LISTINGS_PER_DAY: i64 = 20;

/// An offer or a request as its author wrote it, checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ListingDraft {
    pub kind: ListingKind,
    pub category: &'static str,
    pub title: String,
    pub text: String,
    /// The indicative value in minutes, if the author gave one.
    pub minutes: Option<Minutes>,
}

/// Checks an offer or a request, field by field: its kind, a category from the list,
/// a title and a text (cleaned as posts are), an indicative value of 1 to 6,000
/// minutes or none.
pub fn check_listing(
    kind: &str,
    category: &str,
    title: &str,
    text: &str,
    minutes: Option<Minutes>,
) -> Result<ListingDraft, Vec<(&'static str, &'static str)>> {
    let mut errors = Vec::new();
    let kind = ListingKind::parse(kind);
    if kind.is_none() {
        errors.push(("kind", "timebank-error-listing-kind"));
    }
    let category = check_category(category).map_err(|m| errors.push(("category", m)));
    let title = bounded(
        title,
        LISTING_TITLE_MAX,
        "timebank-error-title-empty",
        "timebank-error-title-long",
    )
    .map_err(|m| errors.push(("title", m)));
    let text = bounded(
        text,
        LISTING_TEXT_MAX,
        "timebank-error-text-empty",
        "timebank-error-text-long",
    )
    .map_err(|m| errors.push(("text", m)));
    let minutes = match minutes {
        Some(m) => crate::ledger::check_amount(m)
            .map(Some)
            .map_err(|r| errors.push(("minutes", refusal_message(r).1))),
        None => Ok(None),
    };
    // Every field that failed pushed its problem: all fine means no problem.
    match (kind, category, title, text, minutes) {
        (Some(kind), Ok(category), Ok(title), Ok(text), Ok(minutes)) => Ok(ListingDraft {
            kind,
            category,
            title,
            text,
            minutes,
        }),
        _ => Err(errors),
    }
}

/// An exchange as the activity page counts it (an exchange confirmed by its parties
/// or recorded at the counter, and not reversed since).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExchangeRow {
    pub at: i64,
    pub amount: Minutes,
    pub category: String,
    pub payer: i64,
    pub payee: i64,
}

/// One calendar month of activity (UTC).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Month {
    pub year: i64,
    /// 1 to 12.
    pub month: u32,
    pub exchanges: i64,
    pub minutes: Minutes,
    /// Members who paid or were paid in the month.
    pub active_members: i64,
}

/// A category's share of the activity.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CategoryShare {
    pub category: String,
    pub exchanges: i64,
    pub minutes: Minutes,
}

/// The time bank's activity: the last months, oldest first (months without an
/// exchange included, so a chart shows the gaps), and the categories, most
/// exchanged first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Activity {
    pub months: Vec<Month>,
    pub categories: Vec<CategoryShare>,
}

/// The calendar date (year, month 1–12) of a Unix time, in UTC. (Days to civil
/// date, as in H. Hinnant's "chrono-compatible low-level date algorithms".)
pub fn year_month(at: i64) -> (i64, u32) {
    let days = at.div_euclid(86_400) + 719_468;
    let era = days.div_euclid(146_097);
    let day_of_era = days.rem_euclid(146_097);
    let year_of_era =
        (day_of_era - day_of_era / 1_460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let shifted_month = (5 * day_of_year + 2) / 153;
    let month = if shifted_month < 10 {
        shifted_month + 3
    } else {
        shifted_month - 9
    };
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    (year, month as u32)
}

/// The activity of the `months` calendar months up to the one holding `now`, from
/// `rows` (rows outside them are left out).
pub fn activity(rows: &[ExchangeRow], now: i64, months: usize) -> Activity {
    use std::collections::{BTreeMap, BTreeSet};
    let (year, month) = year_month(now);
    let index_now = year * 12 + i64::from(month) - 1;
    let first = index_now - months as i64 + 1;
    let mut per_month: BTreeMap<i64, (i64, Minutes, BTreeSet<i64>)> = (first..=index_now)
        .map(|i| (i, (0, 0, BTreeSet::new())))
        .collect();
    let mut per_category: BTreeMap<&str, (i64, Minutes)> = BTreeMap::new();
    for row in rows {
        let (y, m) = year_month(row.at);
        let Some(bucket) = per_month.get_mut(&(y * 12 + i64::from(m) - 1)) else {
            continue;
        };
        bucket.0 += 1;
        bucket.1 += row.amount;
        bucket.2.insert(row.payer);
        bucket.2.insert(row.payee);
        let share = per_category.entry(row.category.as_str()).or_default();
        share.0 += 1;
        share.1 += row.amount;
    }
    let months = per_month
        .into_iter()
        .map(|(index, (exchanges, minutes, members))| Month {
            year: index.div_euclid(12),
            month: (index.rem_euclid(12) + 1) as u32,
            exchanges,
            minutes,
            active_members: members.len() as i64,
        })
        .collect();
    let mut categories: Vec<CategoryShare> = per_category
        .into_iter()
        .map(|(category, (exchanges, minutes))| CategoryShare {
            category: category.to_string(),
            exchanges,
            minutes,
        })
        .collect();
    // Most exchanged first; equal ones in the list's order, then by name.
    let rank = |c: &str| {
        CATEGORIES
            .iter()
            .position(|k| *k == c)
            .unwrap_or(usize::MAX)
    };
    categories.sort_by(|a, b| {
        b.exchanges
            .cmp(&a.exchanges)
            .then(rank(&a.category).cmp(&rank(&b.category)))
            .then(a.category.cmp(&b.category))
    });
    Activity { months, categories }
}

/// The field a refusal belongs to and the message that explains it.
pub fn refusal_message(refusal: Refusal) -> (&'static str, &'static str) {
    match refusal {
        Refusal::AmountNotPositive => ("amount", "timebank-error-amount-positive"),
        Refusal::AmountTooLarge => ("amount", "timebank-error-amount-large"),
        Refusal::SameAccount => ("with", "timebank-error-yourself"),
        Refusal::BelowCreditLimit => ("amount", "timebank-error-credit-limit"),
        Refusal::AboveUpperLimit => ("amount", "timebank-error-upper-limit"),
        Refusal::RulesOutOfBounds => ("rules", "timebank-error-rules"),
        Refusal::NotYours => ("proposal", "timebank-error-not-yours"),
        Refusal::NotPending => ("proposal", "timebank-error-answered"),
        Refusal::Expired => ("proposal", "timebank-error-expired"),
        Refusal::NotReversible => ("transfer", "timebank-error-not-reversible"),
        Refusal::KeyReused => ("request_key", "timebank-error-key-reused"),
    }
}

/// What a name typed in a member field finds among `names` (pairs of id and name).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NameMatch {
    /// Exactly one member's name.
    One(i64),
    /// Several: the ids of the first `max`, in the order given, and whether more match.
    Several(Vec<i64>, bool),
    /// Nobody, or nothing typed.
    Nobody,
}

/// Finds the members whose name has a word beginning with each word typed, accents
/// and case aside ("jose" finds "José Silva", "silva jo" too, "4" finds "Member 4"
/// and "Member 40" but not "Member 14"). A name typed in full finds its holder even
/// when longer names begin with it ("Ana" among "Ana" and "Anabela").
pub fn match_name<'a>(
    names: impl IntoIterator<Item = (i64, &'a str)>,
    typed: &str,
    max: usize,
) -> NameMatch {
    let words: Vec<String> = crate::search::fold(typed)
        .split_whitespace()
        .map(str::to_string)
        .collect();
    if words.is_empty() {
        return NameMatch::Nobody;
    }
    let whole = words.join(" ");
    let mut found = Vec::new();
    let mut exact = Vec::new();
    for (id, name) in names {
        let folded = crate::search::fold(name);
        let name_words: Vec<&str> = folded.split_whitespace().collect();
        if words
            .iter()
            .all(|w| name_words.iter().any(|n| n.starts_with(w.as_str())))
        {
            if name_words.join(" ") == whole {
                exact.push(id);
            }
            found.push(id);
        }
    }
    match (exact.as_slice(), found.as_slice()) {
        ([one], _) | (_, [one]) => NameMatch::One(*one),
        (_, []) => NameMatch::Nobody,
        (_, all) => NameMatch::Several(all.iter().take(max).copied().collect(), all.len() > max),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_typed_name_finds_its_member_accents_and_case_aside() {
        let names = [
            (1, "José Silva"),
            (2, "Ana"),
            (3, "Anabela Costa"),
            (4, "Jean Muller"),
            (5, "Jeanne Müller"),
        ];
        let find = |typed: &str| match_name(names.iter().map(|(i, n)| (*i, *n)), typed, 10);
        assert_eq!(find("jose"), NameMatch::One(1));
        assert_eq!(find("SILVA  jo"), NameMatch::One(1));
        // The whole name finds its holder although "Anabela" contains it.
        assert_eq!(find("ana"), NameMatch::One(2));
        assert_eq!(find("anab"), NameMatch::One(3));
        assert_eq!(find("muller"), NameMatch::Several(vec![4, 5], false));
        assert_eq!(find("jean"), NameMatch::Several(vec![4, 5], false));
        assert_eq!(find("jean muller"), NameMatch::One(4));
        assert_eq!(find("Zoé"), NameMatch::Nobody);
        assert_eq!(find("   "), NameMatch::Nobody);
        // Beginnings of words only.
        assert_eq!(find("ilva"), NameMatch::Nobody);
        assert_eq!(find("a"), NameMatch::Several(vec![2, 3], false));
        let few = match_name(names.iter().map(|(i, n)| (*i, *n)), "j", 2);
        assert_eq!(few, NameMatch::Several(vec![1, 4], true));
        // Exactly as many as shown: nothing more to type.
        let all = match_name(names.iter().map(|(i, n)| (*i, *n)), "muller", 2);
        assert_eq!(all, NameMatch::Several(vec![4, 5], false));
    }

    #[test]
    fn categories_come_from_the_list() {
        assert_eq!(check_category(" garden "), Ok("garden"));
        assert_eq!(check_category("other"), Ok("other"));
        assert_eq!(check_category("Garden"), Err("timebank-error-category"));
        assert_eq!(check_category(""), Err("timebank-error-category"));
    }

    #[test]
    fn a_memo_is_bounded_text() {
        assert_eq!(
            check_memo("  Ironing, 2 shirts "),
            Ok("Ironing, 2 shirts".into())
        );
        assert_eq!(check_memo(" \u{200B} "), Err("timebank-error-memo-empty"));
        assert_eq!(
            check_memo(&"a".repeat(MEMO_MAX)).map(|m| m.len()),
            Ok(MEMO_MAX)
        );
        assert_eq!(
            check_memo(&"a".repeat(MEMO_MAX + 1)),
            Err("timebank-error-memo-long")
        );
    }

    #[test]
    fn listings_are_checked_field_by_field() {
        let good = check_listing("offer", "garden", " Mowing ", "I mow lawns.", Some(60)).unwrap();
        assert_eq!(good.kind, ListingKind::Offer);
        assert_eq!((good.category, good.title.as_str()), ("garden", "Mowing"));
        assert_eq!(good.minutes, Some(60));
        let request = check_listing("request", "other", "Help", "Please", None).unwrap();
        assert_eq!(
            (request.kind, request.minutes),
            (ListingKind::Request, None)
        );
        let wrong = check_listing("sale", "weapons", "", &"x".repeat(2_001), Some(0)).unwrap_err();
        assert_eq!(
            wrong,
            [
                ("kind", "timebank-error-listing-kind"),
                ("category", "timebank-error-category"),
                ("title", "timebank-error-title-empty"),
                ("text", "timebank-error-text-long"),
                ("minutes", "timebank-error-amount-positive"),
            ]
        );
        let long = check_listing("offer", "other", &"t".repeat(121), " ", Some(6_001)).unwrap_err();
        assert_eq!(
            long,
            [
                ("title", "timebank-error-title-long"),
                ("text", "timebank-error-text-empty"),
                ("minutes", "timebank-error-amount-large"),
            ]
        );
        assert!(check_listing("offer", "other", &"t".repeat(120), "x", Some(6_000)).is_ok());
        assert_eq!(ListingKind::parse(" request "), Some(ListingKind::Request));
        assert_eq!(ListingKind::Offer.as_str(), "offer");
    }

    #[test]
    fn unix_times_fall_in_their_calendar_month() {
        assert_eq!(year_month(0), (1970, 1));
        assert_eq!(year_month(-1), (1969, 12));
        // 2024-02-29 12:00 UTC, a leap day; 2024-03-01 00:00; 2023-12-31 23:59:59.
        assert_eq!(year_month(1_709_208_000), (2024, 2));
        assert_eq!(year_month(1_709_251_200), (2024, 3));
        assert_eq!(year_month(1_704_067_199), (2023, 12));
        assert_eq!(year_month(1_704_067_200), (2024, 1));
        // 2100 is not a leap year: 2100-03-01 00:00 follows 2100-02-28.
        assert_eq!(year_month(4_107_542_400), (2100, 3));
        assert_eq!(year_month(4_107_542_399), (2100, 2));
        // 2000 is one: 2000-02-29 12:00.
        assert_eq!(year_month(951_825_600), (2000, 2));
    }

    fn row(at: i64, amount: Minutes, category: &str, payer: i64, payee: i64) -> ExchangeRow {
        ExchangeRow {
            at,
            amount,
            category: category.into(),
            payer,
            payee,
        }
    }

    #[test]
    fn activity_counts_exchanges_minutes_and_members_per_month() {
        // Now: 2024-03-15. Months: January, February, March 2024.
        let now = 1_710_504_000;
        let jan = 1_705_000_000; // 2024-01-11
        let mar = 1_710_000_000; // 2024-03-09
        let rows = [
            row(jan, 60, "garden", 1, 2),
            row(jan + 10, 30, "garden", 2, 3),
            row(mar, 45, "digital", 1, 4),
            // Before the months shown, and after now: left out.
            row(1_690_000_000, 500, "transport", 5, 6),
            row(now + 40 * 86_400, 500, "transport", 5, 6),
        ];
        let a = activity(&rows, now, 3);
        let months: Vec<_> = a
            .months
            .iter()
            .map(|m| (m.year, m.month, m.exchanges, m.minutes, m.active_members))
            .collect();
        assert_eq!(
            months,
            [(2024, 1, 2, 90, 3), (2024, 2, 0, 0, 0), (2024, 3, 1, 45, 2)]
        );
        assert_eq!(
            a.categories,
            [
                CategoryShare {
                    category: "garden".into(),
                    exchanges: 2,
                    minutes: 90
                },
                CategoryShare {
                    category: "digital".into(),
                    exchanges: 1,
                    minutes: 45
                },
            ]
        );
        // Across a year's end, and ties in the list's order.
        let a = activity(
            &[
                row(1_704_067_199, 10, "other", 1, 2),
                row(1_704_067_200, 10, "company", 1, 2),
            ],
            1_704_067_200,
            2,
        );
        assert_eq!(
            a.months
                .iter()
                .map(|m| (m.year, m.month))
                .collect::<Vec<_>>(),
            [(2023, 12), (2024, 1)]
        );
        assert_eq!(a.categories[0].category, "company");
        assert_eq!(a.categories[1].category, "other");
        assert_eq!(activity(&[], now, 12).months.len(), 12);
    }

    #[test]
    fn every_refusal_has_its_own_message() {
        let all = [
            Refusal::AmountNotPositive,
            Refusal::AmountTooLarge,
            Refusal::SameAccount,
            Refusal::BelowCreditLimit,
            Refusal::AboveUpperLimit,
            Refusal::RulesOutOfBounds,
            Refusal::NotYours,
            Refusal::NotPending,
            Refusal::Expired,
            Refusal::NotReversible,
            Refusal::KeyReused,
        ];
        let mut messages: Vec<_> = all.iter().map(|r| refusal_message(*r).1).collect();
        messages.sort_unstable();
        messages.dedup();
        assert_eq!(messages.len(), all.len());
        assert_eq!(refusal_message(Refusal::BelowCreditLimit).0, "amount");
        assert_eq!(refusal_message(Refusal::KeyReused).0, "request_key");
    }
}
