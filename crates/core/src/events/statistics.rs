//! What organisers see after the day: participants over time. (Visits and questions
//! per stand and workshop attendance are plain counts, which storage gives; the word
//! cloud of organisations is [`word_cloud`](super::word_cloud).)

use serde::{Deserialize, Serialize};

/// The most buckets one chart has: a day in one-minute buckets.
pub const BUCKETS_MAX: usize = 24 * 60;

/// One person's stay: present from `from` (included) to `until` (excluded), as storage
/// records a connection (or a run of heartbeats) from its first to its last sign of
/// life.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Visit {
    pub participant: i64,
    pub from: i64,
    pub until: i64,
}

/// One bar of the chart: how many different people were present at some moment of
/// `[starts_at, ends_at)`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Bucket {
    pub starts_at: i64,
    pub ends_at: i64,
    pub participants: u32,
}

/// What is wrong with a chart's request.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, thiserror::Error)]
#[serde(tag = "problem", rename_all = "snake_case")]
pub enum ChartProblem {
    #[error("the period ends before it starts")]
    EmptyPeriod,
    #[error("a bucket of zero minutes")]
    ZeroMinutes,
    #[error("more than {max} buckets")]
    TooManyBuckets { max: usize },
}

/// Participants over time: `[from, until)` cut into buckets of `minutes` minutes (the
/// last one shorter if the period is not a whole number of them), each with the number
/// of different people whose visits overlap it. Someone who reconnects within a bucket
/// counts once there; a visit that ends as a bucket starts does not count in it.
pub fn participants_over_time(
    visits: &[Visit],
    from: i64,
    until: i64,
    minutes: u32,
) -> Result<Vec<Bucket>, Vec<ChartProblem>> {
    let mut problems = Vec::new();
    if until <= from {
        problems.push(ChartProblem::EmptyPeriod);
    }
    if minutes == 0 {
        problems.push(ChartProblem::ZeroMinutes);
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    // In i128, so that no period or width overflows. Both are positive here, so the
    // number of buckets is the length divided by the width, rounded up.
    let width = i128::from(minutes) * 60;
    let length = i128::from(until) - i128::from(from);
    let count = (length + width - 1) / width;
    if count > BUCKETS_MAX as i128 {
        return Err(vec![ChartProblem::TooManyBuckets { max: BUCKETS_MAX }]);
    }
    let start = i128::from(from);
    let end = i128::from(until);
    let mut present: Vec<Vec<i64>> = vec![Vec::new(); count as usize];
    for visit in visits {
        let (v_from, v_until) = (
            i128::from(visit.from).max(start),
            i128::from(visit.until).min(end),
        );
        if v_until <= v_from {
            continue;
        }
        let first = (v_from - start) / width;
        let last = (v_until - 1 - start) / width;
        for index in first..=last {
            if let Some(people) = present.get_mut(index as usize) {
                people.push(visit.participant);
            }
        }
    }
    Ok(present
        .into_iter()
        .enumerate()
        .map(|(index, mut people)| {
            people.sort_unstable();
            people.dedup();
            let starts_at = start + index as i128 * width;
            Bucket {
                starts_at: starts_at as i64,
                ends_at: (starts_at + width).min(end) as i64,
                participants: u32::try_from(people.len()).unwrap_or(u32::MAX),
            }
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn visit(participant: i64, from: i64, until: i64) -> Visit {
        Visit {
            participant,
            from,
            until,
        }
    }

    fn counts(buckets: &[Bucket]) -> Vec<u32> {
        buckets.iter().map(|b| b.participants).collect()
    }

    #[test]
    fn visits_fall_into_the_buckets_they_overlap() {
        let visits = [
            visit(1, 0, 600),
            visit(2, 599, 601),
            visit(3, 600, 1_200),
            visit(1, 1_000, 1_100),
            visit(1, 1_150, 1_190),
            visit(4, -500, 10),
            visit(5, 1_700, 5_000),
            visit(6, 300, 300),
        ];
        let buckets = participants_over_time(&visits, 0, 1_800, 10).unwrap();
        assert_eq!(counts(&buckets), vec![3, 3, 1]);
        assert_eq!(
            buckets
                .iter()
                .map(|b| (b.starts_at, b.ends_at))
                .collect::<Vec<_>>(),
            vec![(0, 600), (600, 1_200), (1_200, 1_800)]
        );
    }

    #[test]
    fn the_last_bucket_may_be_shorter() {
        let buckets = participants_over_time(&[visit(1, 1_250, 1_260)], 0, 1_261, 10).unwrap();
        assert_eq!(counts(&buckets), vec![0, 0, 1]);
        assert_eq!(buckets[2].ends_at, 1_261);
        let buckets = participants_over_time(&[], 0, 1_200, 10).unwrap();
        assert_eq!(buckets.len(), 2);
        let buckets = participants_over_time(&[], 0, 1_201, 10).unwrap();
        assert_eq!(buckets.len(), 3);
        let buckets = participants_over_time(&[], 0, 1, 1).unwrap();
        assert_eq!(buckets.len(), 1);
    }

    #[test]
    fn bad_periods_are_refused() {
        assert_eq!(
            participants_over_time(&[], 10, 10, 0),
            Err(vec![ChartProblem::EmptyPeriod, ChartProblem::ZeroMinutes])
        );
        assert_eq!(
            participants_over_time(&[], 0, 600, 0),
            Err(vec![ChartProblem::ZeroMinutes])
        );
        assert_eq!(
            participants_over_time(&[], 10, 9, 1),
            Err(vec![ChartProblem::EmptyPeriod])
        );
        let day = 86_400;
        assert_eq!(
            participants_over_time(&[], 0, day, 1).map(|b| b.len()),
            Ok(BUCKETS_MAX)
        );
        assert_eq!(
            participants_over_time(&[], 0, day + 1, 1),
            Err(vec![ChartProblem::TooManyBuckets { max: BUCKETS_MAX }])
        );
        assert_eq!(
            participants_over_time(&[], i64::MIN, i64::MAX, u32::MAX),
            Err(vec![ChartProblem::TooManyBuckets { max: BUCKETS_MAX }])
        );
        let wide = participants_over_time(
            &[visit(1, i64::MIN, i64::MAX)],
            i64::MAX - 100,
            i64::MAX,
            u32::MAX,
        )
        .unwrap();
        assert_eq!(counts(&wide), vec![1]);
        assert_eq!(wide[0].ends_at, i64::MAX);
    }

    proptest! {
        #[test]
        fn each_bucket_counts_whoever_overlaps_it(
            visits in proptest::collection::vec((0i64..5, 0i64..400, 0i64..200), 0..20),
            minutes in 1u32..4,
        ) {
            let visits: Vec<Visit> = visits.into_iter().map(|(p, f, d)| visit(p, f, f + d)).collect();
            let buckets = participants_over_time(&visits, 60, 360, minutes).unwrap();
            for b in &buckets {
                let mut expected: Vec<i64> = visits.iter()
                    .filter(|v| v.from < v.until && v.from < b.ends_at && v.until > b.starts_at)
                    .map(|v| v.participant).collect();
                expected.sort_unstable();
                expected.dedup();
                prop_assert_eq!(b.participants as usize, expected.len());
            }
            prop_assert_eq!(buckets.first().map(|b| b.starts_at), Some(60));
            prop_assert_eq!(buckets.last().map(|b| b.ends_at), Some(360));
            prop_assert!(buckets.windows(2).all(|w| w[0].ends_at == w[1].starts_at));
        }
    }
}
