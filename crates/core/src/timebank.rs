//! The time bank's words around the ledger (`PRODUCT.md` C4): the categories of
//! services and goods, what an exchange's description may hold, and what each of
//! the ledger's refusals tells a person. The minutes themselves are [`crate::ledger`]'s.

use crate::ledger::Refusal;
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

#[cfg(test)]
mod tests {
    use super::*;

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
