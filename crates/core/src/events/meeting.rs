//! "Meet someone" in the lounge: people who asked within the same minute are paired,
//! two by two, by a language both speak, for a private five-minute chat
//! ([`private_chat_open`](super::lounge::private_chat_open)).
//!
//! # How pairs are chosen
//!
//! Two requests are compatible when they are two different people, share a language,
//! and neither must avoid the other (blocked, or met already today). Among all ways to
//! pair compatible people, the round takes, in this order of importance:
//! 1. as many pairs as possible (nobody is left waiting who could have been paired);
//! 2. of those, the earliest askers (first come, first served);
//! 3. of those, the most people who get their preferred language.
//!
//! It is a maximum-weight matching
//! ([`max_weight_matching`], Edmonds' blossom algorithm) over the compatible pairs,
//! with weights built so that each aim outweighs everything the later ones could add.
//! With `n` people ranked `r = 0..n` by when they asked (then by id), a pair `(u, v)`
//! weighs `BASE + priority(u) + priority(v) + preferred(u, v)` where
//! - `preferred(u, v)` ∈ {0, 1, 2} counts the two whose preferred language both speak:
//!   over a whole round at most `n`;
//! - `priority(r) = (n − r) × (n + 1)`: steps of `n + 1`, more than all preferences
//!   together, so a better set of people paired always wins over preferences;
//! - `BASE = (n + 1) × n(n + 1)/2 + n + 1`: more than all priorities and preferences
//!   together, so one pair more always wins.
//!
//! Aim 2 in a strong sense: the sets of people some matching pairs up are the
//! independent sets of a matroid (the matching matroid), and with distinct priorities
//! the heaviest one is the one the greedy rule picks: the earliest asker who can be
//! paired is, then the next who can be along with them, and so on. So the people
//! paired are the lexicographically earliest possible, whatever the priorities' exact
//! values, as long as they decrease with rank (the tests compare against brute force).

use serde::{Deserialize, Serialize};

use crate::language::Language;
use crate::language_practice::max_weight_matching;

/// The most requests paired in one round: the round is O(n³) at worst, and 500 people
/// asking within one minute is more than a lounge of 10,000 produces. Later askers past
/// it are returned unpaired, first in line for the next minute.
pub const ROUND_MAX: usize = 500;

/// The minute a request made at `asked_at` belongs to: every instance groups requests
/// the same way (minutes since the epoch, so no time zone is involved).
pub fn meeting_minute(asked_at: i64) -> i64 {
    asked_at.div_euclid(60)
}

/// The length of a round in seconds, unless the operator sets another: a minute, as
/// people expect a match "within a minute" and a minute gathers enough askers.
pub const ROUND_SECONDS: i64 = 60;

/// The round a request made at `at` belongs to, for rounds of `round_seconds` (at
/// least one): [`meeting_minute`] for the usual minute.
pub fn round_of(at: i64, round_seconds: i64) -> i64 {
    at.div_euclid(round_seconds.max(1))
}

/// The rounds a request takes part in: its own and the next two. Someone nobody could
/// be paired with is told so then (three minutes is long to wait on a page), and may
/// ask again.
pub const WAIT_ROUNDS: i64 = 3;

/// Whether a request made at `asked_at`, left unpaired by the round `round`, waits
/// for the next one (else its asker is told nobody was free).
pub fn waits_for_next_round(asked_at: i64, round: i64, round_seconds: i64) -> bool {
    round.saturating_sub(round_of(asked_at, round_seconds)) < WAIT_ROUNDS - 1
}

/// What is wrong with a request to meet someone.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, thiserror::Error)]
#[serde(tag = "problem", rename_all = "snake_case")]
pub enum MeetProblem {
    #[error("no language is chosen")]
    NoLanguage,
    #[error("a language is not one Gemeng knows")]
    UnknownLanguage,
    #[error("the preferred language is not among those chosen")]
    PreferredNotChosen,
}

/// Checks the languages someone offers to chat in (codes, each once; unknown ones
/// refused) and the one they prefer (one of those, or none): the languages in the
/// picker's order.
pub fn check_languages(
    codes: &[&str],
    preferred: Option<&str>,
) -> Result<(Vec<Language>, Option<Language>), MeetProblem> {
    let mut languages = Vec::new();
    for code in codes {
        let language = Language::ALL
            .into_iter()
            .find(|l| l.code() == *code)
            .ok_or(MeetProblem::UnknownLanguage)?;
        if !languages.contains(&language) {
            languages.push(language);
        }
    }
    if languages.is_empty() {
        return Err(MeetProblem::NoLanguage);
    }
    languages.sort_by_key(|l| Language::ALL.iter().position(|a| a == l));
    let preferred = match preferred.filter(|p| !p.is_empty()) {
        None => None,
        Some(code) => Some(
            languages
                .iter()
                .copied()
                .find(|l| l.code() == code)
                .ok_or(MeetProblem::PreferredNotChosen)?,
        ),
    };
    Ok((languages, preferred))
}

/// Someone asking to meet someone.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct MeetRequest {
    pub participant: i64,
    pub asked_at: i64,
    /// The languages they speak.
    pub languages: Vec<Language>,
    /// The language they would rather speak, if both can.
    #[serde(default)]
    pub preferred: Option<Language>,
    /// People they must not be paired with: blocked either way, met already today.
    #[serde(default)]
    pub avoid: Vec<i64>,
}

/// Two people to put in a private chat, in the language they will be told to use.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Meeting {
    /// The earlier asker.
    pub first: i64,
    pub second: i64,
    pub language: Language,
}

/// The outcome of a minute's round.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct MeetingRound {
    /// Ordered by the first person's rank (earliest asker first).
    pub meetings: Vec<Meeting>,
    /// Everyone not paired, in the order they asked: they are told, or wait for the
    /// next minute. Everyone asking is in exactly one of the two lists.
    pub unpaired: Vec<i64>,
}

/// The language two requests would meet in, or `None` when they are not compatible
/// (the same person, no language in common, or one avoids the other).
///
/// The language is one both speak: the earlier asker's (`a`'s) preferred, else `b`'s,
/// else the first in the language picker's order. (When both prefer the same one,
/// that is the first rule's answer.)
pub fn meeting_language(a: &MeetRequest, b: &MeetRequest) -> Option<Language> {
    if a.participant == b.participant
        || a.avoid.contains(&b.participant)
        || b.avoid.contains(&a.participant)
    {
        return None;
    }
    let shared = |l: &Language| a.languages.contains(l) && b.languages.contains(l);
    a.preferred
        .filter(shared)
        .or(b.preferred.filter(shared))
        .or_else(|| Language::ALL.into_iter().find(shared))
}

/// How many of the two get their preferred language if they meet in `language`.
fn preferred_count(a: &MeetRequest, b: &MeetRequest, language: Language) -> i64 {
    i64::from(a.preferred == Some(language)) + i64::from(b.preferred == Some(language))
}

/// The priority of the asker of `rank` (0 the earliest) among `n`: `(n − rank) × (n + 1)`
/// (see the module's comment). `n` is at most [`ROUND_MAX`], so nothing overflows.
fn priority(n: usize, rank: usize) -> i64 {
    (n as i64 - rank as i64) * (n as i64 + 1)
}

/// The weight every compatible pair has before priorities and preferences, for `n`
/// people: `(n + 1) × n(n + 1)/2 + n + 1`, one more than all priorities (their sum is
/// `(n + 1) × n(n + 1)/2`) and preferences (at most `n`) of a round together.
fn weight_base(n: usize) -> i64 {
    let n = n as i64;
    (n + 1) * (n * (n + 1) / 2) + n + 1
}

/// Pairs a minute's `requests` (see the module's comment for how): the meetings and
/// everyone left unpaired. A participant asking twice counts once, with their earlier
/// request; past [`ROUND_MAX`] people, the later askers are left unpaired.
pub fn pair_for_meeting(requests: &[MeetRequest]) -> MeetingRound {
    let mut ordered: Vec<&MeetRequest> = requests.iter().collect();
    ordered.sort_by_key(|r| (r.asked_at, r.participant));
    let mut seen = std::collections::HashSet::new();
    ordered.retain(|r| seen.insert(r.participant));
    let overflow: Vec<i64> = ordered
        .get(ROUND_MAX..)
        .unwrap_or_default()
        .iter()
        .map(|r| r.participant)
        .collect();
    ordered.truncate(ROUND_MAX);

    let n = ordered.len();
    let base = weight_base(n);
    let mut edges = Vec::new();
    let mut languages = std::collections::HashMap::new();
    // Each pair once, the earlier asker `u` first, as the matching returns them.
    for (v, b) in ordered.iter().enumerate() {
        for (u, a) in ordered.iter().enumerate().take(v) {
            if let Some(language) = meeting_language(a, b) {
                let weight =
                    base + priority(n, u) + priority(n, v) + preferred_count(a, b, language);
                edges.push((u, v, weight));
                languages.insert((u, v), language);
            }
        }
    }
    let pairs = max_weight_matching(ordered.len(), &edges);

    let mut paired = vec![false; ordered.len()];
    let mut meetings = Vec::with_capacity(pairs.len());
    for (u, v) in pairs {
        let (Some(a), Some(b), Some(&language)) =
            (ordered.get(u), ordered.get(v), languages.get(&(u, v)))
        else {
            continue;
        };
        for i in [u, v] {
            if let Some(p) = paired.get_mut(i) {
                *p = true;
            }
        }
        meetings.push((
            u,
            Meeting {
                first: a.participant,
                second: b.participant,
                language,
            },
        ));
    }
    meetings.sort_by_key(|&(u, _)| u);
    let unpaired = ordered
        .iter()
        .zip(&paired)
        .filter(|(_, &p)| !p)
        .map(|(r, _)| r.participant)
        .chain(overflow)
        .collect();
    MeetingRound {
        meetings: meetings.into_iter().map(|(_, m)| m).collect(),
        unpaired,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::language_practice::greedy_matching;
    use proptest::prelude::*;
    use Language::*;

    fn ask(participant: i64, asked_at: i64, languages: &[Language]) -> MeetRequest {
        MeetRequest {
            participant,
            asked_at,
            languages: languages.to_vec(),
            preferred: None,
            avoid: vec![],
        }
    }

    fn pairs(round: &MeetingRound) -> Vec<(i64, i64)> {
        round.meetings.iter().map(|m| (m.first, m.second)).collect()
    }

    #[test]
    fn rounds_are_whole_spans_of_their_length() {
        assert_eq!(round_of(0, 60), 0);
        assert_eq!(round_of(59, 60), 0);
        assert_eq!(round_of(60, 60), 1);
        assert_eq!(round_of(-1, 60), -1);
        assert_eq!(round_of(7, 2), 3);
        // A length of zero or less is taken as one second, never a division by zero.
        assert_eq!(round_of(7, 0), 7);
        assert_eq!(round_of(7, -5), 7);
        assert_eq!(round_of(125, ROUND_SECONDS), meeting_minute(125));
    }

    #[test]
    fn a_request_waits_for_three_rounds_in_all() {
        // Asked in round 10 (at 600..660): rounds 10 and 11 leave it waiting, the
        // third (12) tells its asker nobody was free.
        assert!(waits_for_next_round(630, 10, 60));
        assert!(waits_for_next_round(630, 11, 60));
        assert!(!waits_for_next_round(630, 12, 60));
        assert!(!waits_for_next_round(630, 13, 60));
        // A round before the request's own (another instance's clock) keeps it.
        assert!(waits_for_next_round(630, 9, 60));
        assert!(!waits_for_next_round(i64::MIN, i64::MAX, 60));
        // Rounds of two seconds count the same way.
        assert!(waits_for_next_round(21, 11, 2));
        assert!(!waits_for_next_round(21, 12, 2));
    }

    #[test]
    fn languages_are_checked_and_put_in_order() {
        assert_eq!(
            check_languages(&["pt", "fr", "pt"], Some("pt")),
            Ok((vec![Fr, Pt], Some(Pt)))
        );
        assert_eq!(check_languages(&["de"], None), Ok((vec![De], None)));
        assert_eq!(check_languages(&["de"], Some("")), Ok((vec![De], None)));
        assert_eq!(check_languages(&[], None), Err(MeetProblem::NoLanguage));
        assert_eq!(
            check_languages(&[], Some("fr")),
            Err(MeetProblem::NoLanguage)
        );
        assert_eq!(
            check_languages(&["fr", "xx"], None),
            Err(MeetProblem::UnknownLanguage)
        );
        assert_eq!(
            check_languages(&["FR"], None),
            Err(MeetProblem::UnknownLanguage)
        );
        assert_eq!(
            check_languages(&["fr"], Some("de")),
            Err(MeetProblem::PreferredNotChosen)
        );
        assert_eq!(
            check_languages(&["lb", "en", "de"], None),
            Ok((vec![Lb, De, En], None))
        );
    }

    #[test]
    fn weights_put_pairs_before_early_askers_before_preferences() {
        assert_eq!(weight_base(0), 1);
        assert_eq!(weight_base(1), 2 + 1 + 1);
        assert_eq!(weight_base(4), 5 * 10 + 4 + 1);
        assert_eq!(priority(4, 0), 20);
        assert_eq!(priority(4, 3), 5);
        for n in [1, 2, 3, 10, ROUND_MAX] {
            let all_priorities: i64 = (0..n).map(|r| priority(n, r)).sum();
            // One pair more outweighs everything else a round could add.
            assert_eq!(weight_base(n), all_priorities + n as i64 + 1);
            // One rank earlier outweighs every preference of the round.
            for r in 1..n {
                assert_eq!(priority(n, r - 1) - priority(n, r), n as i64 + 1);
            }
        }
        // The heaviest edge of the largest round is far from the matching's limit.
        let heaviest = weight_base(ROUND_MAX) + priority(ROUND_MAX, 0) + priority(ROUND_MAX, 1) + 2;
        assert!(heaviest < crate::language_practice::WEIGHT_MAX / 1_000);
    }

    #[test]
    fn preferences_count_those_who_get_theirs() {
        let mut a = ask(1, 0, &[Fr, De]);
        let mut b = ask(2, 0, &[Fr, De]);
        assert_eq!(preferred_count(&a, &b, Fr), 0);
        a.preferred = Some(Fr);
        assert_eq!(preferred_count(&a, &b, Fr), 1);
        assert_eq!(preferred_count(&a, &b, De), 0);
        b.preferred = Some(Fr);
        assert_eq!(preferred_count(&a, &b, Fr), 2);
        a.preferred = None;
        assert_eq!(preferred_count(&a, &b, Fr), 1);
    }

    #[test]
    fn an_earlier_asker_beats_two_preferences() {
        // 1 can meet 2 in French or 3 in German, which 1 and 3 both prefer: 2 asked
        // before 3, and that counts more.
        let mut first = ask(1, 0, &[Fr, De]);
        first.preferred = Some(De);
        let mut third = ask(3, 2, &[De]);
        third.preferred = Some(De);
        let round = pair_for_meeting(&[first, ask(2, 1, &[Fr]), third]);
        assert_eq!(pairs(&round), vec![(1, 2)]);
    }

    #[test]
    fn the_same_person_never_meets_themselves() {
        let a = ask(1, 0, &[Fr]);
        assert_eq!(meeting_language(&a, &a), None);
        assert_eq!(meeting_language(&a, &ask(2, 0, &[Fr])), Some(Fr));
    }

    #[test]
    fn minutes_are_counted_from_the_epoch() {
        assert_eq!(meeting_minute(0), 0);
        assert_eq!(meeting_minute(59), 0);
        assert_eq!(meeting_minute(60), 1);
        assert_eq!(meeting_minute(-1), -1);
        assert_eq!(meeting_minute(i64::MIN), i64::MIN / 60 - 1);
    }

    #[test]
    fn people_meet_in_a_language_both_speak() {
        let round = pair_for_meeting(&[ask(1, 0, &[Fr, Pt]), ask(2, 1, &[Pt, En])]);
        assert_eq!(
            round.meetings,
            vec![Meeting {
                first: 1,
                second: 2,
                language: Pt
            }]
        );
        assert!(round.unpaired.is_empty());
        let round = pair_for_meeting(&[ask(1, 0, &[Fr]), ask(2, 1, &[De])]);
        assert!(round.meetings.is_empty());
        assert_eq!(round.unpaired, vec![1, 2]);
        assert_eq!(pair_for_meeting(&[]), MeetingRound::default());
        let round = pair_for_meeting(&[ask(1, 0, &[]), ask(2, 0, &[])]);
        assert_eq!(round.unpaired, vec![1, 2]);
    }

    #[test]
    fn nobody_meets_someone_they_avoid() {
        let mut a = ask(1, 0, &[Fr]);
        let b = ask(2, 0, &[Fr]);
        a.avoid = vec![2];
        assert_eq!(meeting_language(&a, &b), None);
        assert_eq!(meeting_language(&b, &a), None);
        assert!(pair_for_meeting(&[a.clone(), b.clone()])
            .meetings
            .is_empty());
        let c = ask(3, 5, &[Fr]);
        assert_eq!(pairs(&pair_for_meeting(&[a, b, c])), vec![(1, 3)]);
    }

    #[test]
    fn nobody_meets_themselves_and_asking_twice_counts_once() {
        let round = pair_for_meeting(&[ask(1, 0, &[Fr]), ask(1, 3, &[Fr])]);
        assert!(round.meetings.is_empty());
        assert_eq!(round.unpaired, vec![1]);
        let round = pair_for_meeting(&[ask(1, 9, &[De]), ask(2, 5, &[Fr]), ask(1, 2, &[Fr])]);
        assert_eq!(pairs(&round), vec![(1, 2)], "the earlier request counts");
    }

    #[test]
    fn as_many_pairs_as_possible_beats_first_come() {
        // The earliest asker could meet the second in French, but then the third and
        // fourth share nothing: pairing 1 with 3 and 2 with 4 seats everyone.
        let round = pair_for_meeting(&[
            ask(1, 0, &[Fr, De]),
            ask(2, 1, &[Fr, En]),
            ask(3, 2, &[De]),
            ask(4, 3, &[En]),
        ]);
        assert_eq!(
            round.meetings,
            vec![
                Meeting {
                    first: 1,
                    second: 3,
                    language: De
                },
                Meeting {
                    first: 2,
                    second: 4,
                    language: En
                },
            ]
        );
        assert!(round.unpaired.is_empty());
    }

    #[test]
    fn earlier_askers_are_paired_first() {
        let round = pair_for_meeting(&[ask(3, 20, &[Fr]), ask(1, 5, &[Fr]), ask(2, 10, &[Fr])]);
        assert_eq!(pairs(&round), vec![(1, 2)]);
        assert_eq!(round.unpaired, vec![3]);
        // Same second: the smaller id first.
        let round = pair_for_meeting(&[ask(9, 5, &[Fr]), ask(8, 5, &[Fr]), ask(7, 5, &[Fr])]);
        assert_eq!(pairs(&round), vec![(7, 8)]);
        assert_eq!(round.unpaired, vec![9]);
    }

    #[test]
    fn when_one_of_two_can_be_paired_it_is_the_earlier() {
        // 3 can meet 1 (French) or 2 (German), not both: 1 asked first.
        let round = pair_for_meeting(&[ask(1, 0, &[Fr]), ask(2, 1, &[De]), ask(3, 2, &[Fr, De])]);
        assert_eq!(round.meetings[0].language, Fr);
        assert_eq!(pairs(&round), vec![(1, 3)]);
        assert_eq!(round.unpaired, vec![2]);
        // A chain 1-2-3-4: pairing the two middle ones first (2-3) would seat fewer.
        let round = pair_for_meeting(&[
            ask(2, 0, &[Fr, De]),
            ask(3, 1, &[De, Lb]),
            ask(1, 2, &[Fr]),
            ask(4, 3, &[Lb]),
        ]);
        assert_eq!(pairs(&round), vec![(2, 1), (3, 4)]);
    }

    #[test]
    fn preferred_languages_break_ties() {
        let mut a = ask(1, 0, &[Fr, De]);
        a.preferred = Some(De);
        let mut b = ask(2, 1, &[Fr, De]);
        b.preferred = Some(De);
        let c = ask(3, 2, &[Fr]);
        let d = ask(4, 3, &[Fr, De]);
        let round = pair_for_meeting(&[a.clone(), b.clone(), c.clone(), d.clone()]);
        assert_eq!(
            round.meetings,
            vec![
                Meeting {
                    first: 1,
                    second: 2,
                    language: De
                },
                Meeting {
                    first: 3,
                    second: 4,
                    language: Fr
                },
            ]
        );
        // Without preferences, the first pairing the algorithm finds may differ, but
        // the language of 1 and 2 is the first both speak in the picker's order.
        a.preferred = None;
        b.preferred = None;
        assert_eq!(meeting_language(&a, &b), Some(De));
    }

    #[test]
    fn one_preference_decides_between_equal_pairings() {
        // Everyone is paired whichever way; only 1-4 gives someone their language.
        let mut first = ask(1, 0, &[Fr, De]);
        first.preferred = Some(De);
        let round = pair_for_meeting(&[
            first,
            ask(2, 1, &[Fr]),
            ask(3, 2, &[Fr]),
            ask(4, 3, &[Fr, De]),
        ]);
        assert_eq!(pairs(&round), vec![(1, 4), (2, 3)]);
        assert_eq!(round.meetings[0].language, De);
    }

    #[test]
    fn the_meeting_language_follows_preferences() {
        let mut a = ask(1, 0, &[Lb, Fr, En]);
        let mut b = ask(2, 0, &[Lb, Fr, En]);
        assert_eq!(meeting_language(&a, &b), Some(Lb));
        b.preferred = Some(En);
        assert_eq!(meeting_language(&a, &b), Some(En));
        a.preferred = Some(Fr);
        assert_eq!(meeting_language(&a, &b), Some(Fr), "the earlier asker's");
        b.preferred = Some(Fr);
        assert_eq!(meeting_language(&a, &b), Some(Fr));
        a.preferred = Some(Pt);
        assert_eq!(
            meeting_language(&a, &b),
            Some(Fr),
            "b's, as a cannot speak Pt"
        );
        b.preferred = Some(De);
        assert_eq!(meeting_language(&a, &b), Some(Lb));
        // Both prefer the same language, which only one of them speaks.
        a.preferred = Some(Pt);
        b.preferred = Some(Pt);
        assert_eq!(meeting_language(&a, &b), Some(Lb));
    }

    #[test]
    fn past_a_round_the_latest_askers_wait() {
        // Two early askers who can meet, a crowd who share no language, and three late
        // askers past the round who could meet each other but wait for the next one.
        let requests: Vec<MeetRequest> = (0..ROUND_MAX as i64 + 3)
            .map(|i| {
                let speaks: &[Language] = if i < 2 || i >= ROUND_MAX as i64 {
                    &[Fr]
                } else {
                    &[]
                };
                ask(i, i, speaks)
            })
            .collect();
        let round = pair_for_meeting(&requests);
        assert_eq!(pairs(&round), vec![(0, 1)]);
        let expected: Vec<i64> = (2..ROUND_MAX as i64 + 3).collect();
        assert_eq!(round.unpaired, expected);
        assert_eq!(round.unpaired.len(), ROUND_MAX + 1);
    }

    fn any_request(people: i64) -> impl Strategy<Value = MeetRequest> {
        let language = proptest::sample::select(Language::ALL.to_vec());
        (
            0..people,
            0i64..60,
            proptest::collection::vec(language.clone(), 0..3),
            proptest::option::of(language),
            proptest::collection::vec(0..people, 0..2),
        )
            .prop_map(
                |(participant, asked_at, languages, preferred, avoid)| MeetRequest {
                    participant,
                    asked_at,
                    languages,
                    preferred,
                    avoid,
                },
            )
    }

    /// Every matching of vertices `0..n` over `edges`, as sets of matched vertices.
    fn matched_sets(n: usize, edges: &[(usize, usize)]) -> Vec<Vec<bool>> {
        fn go(
            from: usize,
            taken: &mut Vec<bool>,
            edges: &[(usize, usize)],
            out: &mut Vec<Vec<bool>>,
        ) {
            out.push(taken.clone());
            for (i, &(u, v)) in edges.iter().enumerate().skip(from) {
                if !taken[u] && !taken[v] {
                    taken[u] = true;
                    taken[v] = true;
                    go(i + 1, taken, edges, out);
                    taken[u] = false;
                    taken[v] = false;
                }
            }
        }
        let mut out = Vec::new();
        go(0, &mut vec![false; n], edges, &mut out);
        out
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(300))]

        #[test]
        fn pairs_are_disjoint_compatible_and_at_least_greedy(
            requests in proptest::collection::vec(any_request(12), 0..14)
        ) {
            let round = pair_for_meeting(&requests);
            let by_id = |id: i64| requests.iter().filter(|r| r.participant == id)
                .min_by_key(|r| r.asked_at).unwrap();
            let mut everyone: Vec<i64> = round.unpaired.clone();
            for m in &round.meetings {
                let (a, b) = (by_id(m.first), by_id(m.second));
                prop_assert!(a.languages.contains(&m.language));
                prop_assert!(b.languages.contains(&m.language));
                prop_assert!(!a.avoid.contains(&b.participant) && !b.avoid.contains(&a.participant));
                prop_assert!((a.asked_at, a.participant) < (b.asked_at, b.participant));
                everyone.push(m.first);
                everyone.push(m.second);
            }
            // Everyone asking is in exactly one place.
            let mut distinct: Vec<i64> = requests.iter().map(|r| r.participant).collect();
            distinct.sort_unstable();
            distinct.dedup();
            everyone.sort_unstable();
            prop_assert_eq!(&everyone, &distinct);

            // Never fewer pairs than the greedy "earliest compatible first" matching.
            let mut ordered: Vec<&MeetRequest> = requests.iter().collect();
            ordered.sort_by_key(|r| (r.asked_at, r.participant));
            let mut seen = std::collections::HashSet::new();
            ordered.retain(|r| seen.insert(r.participant));
            let mut edges = Vec::new();
            for u in 0..ordered.len() {
                for v in u + 1..ordered.len() {
                    if meeting_language(ordered[u], ordered[v]).is_some() {
                        edges.push((u, v));
                    }
                }
            }
            let unit: Vec<(usize, usize, i64)> = edges.iter().map(|&(u, v)| (u, v, 1)).collect();
            prop_assert!(round.meetings.len() >= greedy_matching(ordered.len(), &unit).len());

            // Against brute force: the most pairs there can be, and of those the
            // lexicographically earliest set of people.
            let n = ordered.len();
            let score = |taken: &[bool]| -> (usize, u64) {
                let pairs = taken.iter().filter(|&&t| t).count() / 2;
                let early: u64 = taken.iter().enumerate()
                    .filter(|(_, &t)| t).map(|(r, _)| 1u64 << (n - 1 - r)).sum();
                (pairs, early)
            };
            let best = matched_sets(n, &edges).iter().map(|t| score(t)).max().unwrap();
            let rank = |id: i64| ordered.iter().position(|r| r.participant == id).unwrap();
            let mut ours = vec![false; n];
            for m in &round.meetings {
                ours[rank(m.first)] = true;
                ours[rank(m.second)] = true;
            }
            prop_assert_eq!(score(&ours), best);
        }
    }
}
