//! The commune's local time. Gemeng stores instants as Unix seconds (UTC); people type
//! and read times on the wall clock of Luxembourg, where every commune of the platform
//! is. Summer time is `chrono-tz`'s (the IANA database), not a rule written here.

use chrono::{DateTime, LocalResult, NaiveDateTime, TimeZone};
use chrono_tz::Europe::Luxembourg;

/// The format of an HTML `datetime-local` field: `2026-12-01T09:00`.
const INPUT_FORMAT: &str = "%Y-%m-%dT%H:%M";

/// The instant a wall-clock time typed in a `datetime-local` field means, or `None`
/// for anything that is not one (or a time the clock skips when summer time begins).
/// In the hour the clock repeats in autumn, the first of the two is meant. Browsers
/// without such a field show a text box: there `01.12.2026 09:00` (or `9 h 00`, as
/// French writes it) and `2026-12-01 09:00` are understood too.
pub fn parse_local(text: &str) -> Option<i64> {
    let text = text.trim();
    if text.len() > 40 {
        return None;
    }
    let normalised = text.replace(" h ", ":").replace(['h', 'H'], ":");
    let naive = [
        "%Y-%m-%dT%H:%M",
        "%Y-%m-%dT%H:%M:%S",
        "%Y-%m-%d %H:%M",
        "%d.%m.%Y %H:%M",
    ]
    .iter()
    .find_map(|format| NaiveDateTime::parse_from_str(&normalised, format).ok())?;
    match Luxembourg.from_local_datetime(&naive) {
        LocalResult::Single(at) => Some(at.timestamp()),
        LocalResult::Ambiguous(first, _) => Some(first.timestamp()),
        LocalResult::None => None,
    }
}

/// An instant as a `datetime-local` field's value, on Luxembourg's clock.
pub fn input_value(at: i64) -> String {
    local(at)
        .map(|t| t.format(INPUT_FORMAT).to_string())
        .unwrap_or_default()
}

/// An instant as day.month.year hour:minute on Luxembourg's clock, understood in all
/// five languages.
pub fn format_local(at: i64) -> String {
    local(at)
        .map(|t| t.format("%d.%m.%Y %H:%M").to_string())
        .unwrap_or_default()
}

fn local(at: i64) -> Option<DateTime<chrono_tz::Tz>> {
    DateTime::from_timestamp(at, 0).map(|utc| utc.with_timezone(&Luxembourg))
}

/// Luxembourg's clock as the core's rules read it (weekly series, reminders): the
/// offsets of the IANA database, the same `chrono-tz` every page shows times with, so
/// a session a series creates and the time printed beside it never disagree.
#[derive(Debug, Clone, Copy, Default)]
pub struct LuxembourgClock;

impl gemeng_core::activities::TimeZone for LuxembourgClock {
    fn offset_at(&self, utc: i64) -> i64 {
        use chrono::Offset;
        // Outside chrono's range (hundreds of thousands of years away) the winter
        // offset: no activity takes place then, and nothing panics on input.
        DateTime::from_timestamp(utc, 0)
            .map(|t| {
                Luxembourg
                    .offset_from_utc_datetime(&t.naive_utc())
                    .fix()
                    .local_minus_utc()
            })
            .map_or(3_600, i64::from)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn winter_and_summer_times_are_luxembourgs() {
        // 1 December 2026, 09:00 CET = 08:00 UTC.
        assert_eq!(parse_local("2026-12-01T09:00"), Some(1_796_112_000));
        assert_eq!(parse_local("2026-12-01T09:00:00"), Some(1_796_112_000));
        assert_eq!(parse_local(" 01.12.2026 09:00 "), Some(1_796_112_000));
        assert_eq!(parse_local("1.12.2026 9 h 00"), Some(1_796_112_000));
        assert_eq!(parse_local("2026-12-01 09:00"), Some(1_796_112_000));
        // 1 July 2026, 09:00 CEST = 07:00 UTC.
        assert_eq!(parse_local("2026-07-01T09:00"), Some(1_782_889_200));
        assert_eq!(input_value(1_796_112_000), "2026-12-01T09:00");
        assert_eq!(format_local(1_782_889_200), "01.07.2026 09:00");
    }

    #[test]
    fn skipped_and_repeated_hours() {
        // 29 March 2026: 02:00 becomes 03:00; 02:30 never happens.
        assert_eq!(parse_local("2026-03-29T02:30"), None);
        // 25 October 2026: 02:30 happens twice; the first (CEST, 00:30 UTC) is meant.
        assert_eq!(parse_local("2026-10-25T02:30"), Some(1_792_888_200));
    }

    #[test]
    fn the_cores_rule_and_the_iana_database_agree() {
        use gemeng_core::activities::{EuropeLuxembourg, TimeZone as _};
        // Every hour of 1997 to 2039 (the EU's rule in force everywhere): the
        // core's written rule, which its own tests use, is the database's.
        let (from, to) = (852_076_800_i64, 2_208_988_800_i64);
        let mut changes = 0;
        let mut at = from;
        while at < to {
            let iana = LuxembourgClock.offset_at(at);
            assert_eq!(EuropeLuxembourg.offset_at(at), iana, "at {at}");
            if LuxembourgClock.offset_at(at + 3_600) != iana {
                changes += 1;
            }
            at += 3_600;
        }
        // Two changes a year: a check that the loop did see summer time.
        assert_eq!(changes, 2 * 43);
        // Far outside chrono's range: an answer, no panic.
        assert_eq!(LuxembourgClock.offset_at(i64::MAX), 3_600);
        assert_eq!(LuxembourgClock.offset_at(i64::MIN), 3_600);
    }

    #[test]
    fn anything_else_is_refused() {
        for bad in [
            "",
            "tomorrow",
            "2026-13-01T09:00",
            "2026/12/01 09:00",
            "2026-12-01T09:00:00Z",
            "2026-12-01T25:00",
            "२०२६-12-01T09:00",
        ] {
            assert_eq!(parse_local(bad), None, "{bad}");
        }
        assert_eq!(input_value(i64::MAX), "");
        assert_eq!(parse_local(&"1".repeat(41)), None);
    }
}
