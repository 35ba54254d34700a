//! Language practice (`PRODUCT.md` C5): the CEFR levels members declare, what a
//! language profile may say, when two members make a useful tandem and how good a
//! tandem it is, and the pairs proposed to a whole commune at once.
//!
//! Proposing tandems is a **maximum-weight matching** over the compatible pairs
//! ([`propose_tandems`]): the pairs that together are the best possible, not the best
//! pair first and whatever is left after it. The matching itself,
//! [`max_weight_matching`], is Edmonds' blossom algorithm for weighted general graphs
//! in the primal-dual form Galil (1986, "Efficient algorithms for finding maximum
//! matching in graphs") describes, organised as Van Rantwijk's well-known
//! implementation is (stages, S/T labels, least-slack edges per blossom), written
//! anew here. No crate fitted: `petgraph`'s matching counts pairs and ignores weights,
//! `blossom` is for cardinality, `mwmatching` (a 2018 port, 32-bit weights) is no
//! longer kept, and `integer-blossom` takes a dense n × n weight table (10,000
//! profiles would be 100 million entries) and needs a newer compiler than ours.
//!
//! Nothing here reads a clock: a profile's checks take the current year.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use crate::activities::Weekday;
use crate::language::Language;

/// A level of the Common European Framework of Reference, or "native": what a member
/// says of their own command of a language. Ordered from beginner to native.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    A1,
    A2,
    B1,
    B2,
    C1,
    C2,
    Native,
}

/// The lowest level at which a member may offer a language in a tandem: B2, an
/// independent speaker who keeps a conversation going and can say what was wrong. A
/// tandem partner is a peer, not a teacher, so C1 is not asked for.
pub const OFFER_MIN: Level = Level::B2;
/// The highest level at which a member may say they learn a language: B2. Beyond it,
/// practice is polishing, which a tandem partner is not there for; a C1 speaker offers
/// the language instead.
pub const LEARN_MAX: Level = Level::B2;
/// The lowest level of a language café's table host: C1, since a host leads a table
/// of beginners alone (see `crate::activities`).
pub const HOST_MIN: Level = Level::C1;

impl Level {
    pub const ALL: [Level; 7] = [
        Level::A1,
        Level::A2,
        Level::B1,
        Level::B2,
        Level::C1,
        Level::C2,
        Level::Native,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Level::A1 => "a1",
            Level::A2 => "a2",
            Level::B1 => "b1",
            Level::B2 => "b2",
            Level::C1 => "c1",
            Level::C2 => "c2",
            Level::Native => "native",
        }
    }

    /// A level as forms and the API write it, in any case, spaces around it ignored:
    /// `a1` … `c2` and `native`; anything else is refused.
    pub fn parse(text: &str) -> Result<Level, LevelRefusal> {
        let text = text.trim().to_ascii_lowercase();
        Level::ALL
            .into_iter()
            .find(|l| l.code() == text)
            .ok_or(LevelRefusal::Unknown)
    }

    /// Steps from A1 (0) to native (6).
    fn step(self) -> u8 {
        self as u8
    }

    /// Whether a member at this level may offer the language ([`OFFER_MIN`]).
    pub fn may_offer(self) -> bool {
        self >= OFFER_MIN
    }

    /// Whether a member at this level may learn the language ([`LEARN_MAX`]).
    pub fn may_learn(self) -> bool {
        self <= LEARN_MAX
    }

    /// Whether a member at this level may host a language café's table ([`HOST_MIN`]).
    pub fn may_host(self) -> bool {
        self >= HOST_MIN
    }

    /// Whether a speaker at this level is of use to a learner at `learner`: a native
    /// speaker always, anyone else two steps above (B2 helps A1 to B1's learners at
    /// most A2; C2 helps up to B2). One step is too close: the two would be practising
    /// together rather than one helping the other.
    pub fn helps(self, learner: Level) -> bool {
        self == Level::Native || self.step() >= learner.step() + 2
    }
}

/// Why a text is not a level.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, thiserror::Error)]
#[serde(rename_all = "snake_case")]
pub enum LevelRefusal {
    #[error("not a level: a1, a2, b1, b2, c1, c2 or native")]
    Unknown,
}

/// A part of the day a member can meet in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PartOfDay {
    Morning,
    Afternoon,
    Evening,
}

impl PartOfDay {
    pub const ALL: [PartOfDay; 3] = [PartOfDay::Morning, PartOfDay::Afternoon, PartOfDay::Evening];
}

/// When a member can meet: a set of (weekday, part of day) slots, one bit each, Monday
/// morning the lowest, Sunday evening the 21st.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "u32", into = "u32")]
pub struct Availability(u32);

impl Availability {
    /// The number of slots in a week.
    pub const SLOTS: u32 = 21;
    /// No slot at all.
    pub const NONE: Availability = Availability(0);
    /// Every slot of the week.
    pub const ALWAYS: Availability = Availability((1 << Availability::SLOTS) - 1);

    /// The set with these bits, `None` when a bit above the 21st is set.
    pub fn from_bits(bits: u32) -> Option<Availability> {
        (bits & !Availability::ALWAYS.0 == 0).then_some(Availability(bits))
    }

    pub fn bits(self) -> u32 {
        self.0
    }

    fn bit(day: Weekday, part: PartOfDay) -> u32 {
        1 << (day.index() * 3 + part as u32)
    }

    /// The same set with the slot `part` of `day` added.
    pub fn with(self, day: Weekday, part: PartOfDay) -> Availability {
        Availability(self.0 | Availability::bit(day, part))
    }

    pub fn contains(self, day: Weekday, part: PartOfDay) -> bool {
        self.0 & Availability::bit(day, part) != 0
    }

    /// How many slots the set holds.
    pub fn slots(self) -> u32 {
        self.0.count_ones()
    }

    /// How many slots two members share.
    pub fn shared(self, other: Availability) -> u32 {
        (self.0 & other.0).count_ones()
    }
}

impl TryFrom<u32> for Availability {
    type Error = ProfileProblem;

    fn try_from(bits: u32) -> Result<Availability, ProfileProblem> {
        Availability::from_bits(bits).ok_or(ProfileProblem::AvailabilityOutOfRange)
    }
}

impl From<Availability> for u32 {
    fn from(a: Availability) -> u32 {
        a.0
    }
}

/// A language a member speaks, at the level they say.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Spoken {
    pub language: Language,
    pub level: Level,
}

/// What a member says about their languages, for tandems and the language café.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LanguageProfile {
    pub member: i64,
    /// Every language they speak, with their level, each once.
    pub spoken: Vec<Spoken>,
    /// The languages they want to practise.
    pub learns: Vec<Language>,
    /// The languages they can help others with.
    pub offers: Vec<Language>,
    pub availability: Availability,
    /// Whether they welcome a partner of another generation (see [`intergenerational`]).
    pub welcomes_intergenerational: bool,
    /// Kept only to tell generations apart, and only if the member gives it.
    #[serde(default)]
    pub birth_year: Option<i32>,
}

impl LanguageProfile {
    /// Their level in `language`, if they declared one.
    pub fn level(&self, language: Language) -> Option<Level> {
        self.spoken
            .iter()
            .find(|s| s.language == language)
            .map(|s| s.level)
    }
}

/// The oldest birth year a profile may give: older is a typing error.
pub const BIRTH_YEAR_MIN: i32 = 1900;

/// What is wrong with a language profile. [`check_profile`] reports every problem.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, thiserror::Error)]
#[serde(tag = "problem", rename_all = "snake_case")]
pub enum ProfileProblem {
    #[error("no language is declared")]
    NoLanguage,
    #[error("{language:?} is declared twice")]
    DeclaredTwice { language: Language },
    /// Listed as learned or offered twice.
    #[error("{language:?} is listed twice")]
    ListedTwice { language: Language },
    /// Learned or offered without a level: a learner declares at least A1.
    #[error("{language:?} has no level")]
    LevelMissing { language: Language },
    /// Offered below [`OFFER_MIN`].
    #[error("{language:?} is offered at {level:?}, below B2")]
    OfferLevelTooLow { language: Language, level: Level },
    /// Learned above [`LEARN_MAX`].
    #[error("{language:?} is learned at {level:?}, above B2")]
    LearnLevelTooHigh { language: Language, level: Level },
    #[error("{language:?} is both learned and offered")]
    LearnsWhatItOffers { language: Language },
    /// No slot of the week: nobody could meet them.
    #[error("no time of the week is given")]
    NoAvailability,
    #[error("a bit above the week's 21 slots is set")]
    AvailabilityOutOfRange,
    /// Before [`BIRTH_YEAR_MIN`] or after the current year.
    #[error("{year} is not a birth year")]
    BirthYearOutOfRange { year: i32 },
}

/// Checks a profile as a member gave it, in `this_year`: every problem found, or none.
///
/// The rules: each language declared once; learned and offered languages listed once
/// and declared with a level; offered at [`OFFER_MIN`] or better, learned at
/// [`LEARN_MAX`] or below, never both; some time of the week; a birth year, if given,
/// from [`BIRTH_YEAR_MIN`] to `this_year`. Learning nothing or offering nothing is
/// fine (a member may only host a café table, or only learn at one).
pub fn check_profile(profile: &LanguageProfile, this_year: i32) -> Result<(), Vec<ProfileProblem>> {
    let mut problems = Vec::new();
    if profile.spoken.is_empty() {
        problems.push(ProfileProblem::NoLanguage);
    }
    for (i, s) in profile.spoken.iter().enumerate() {
        if profile.spoken[..i].iter().any(|t| t.language == s.language) {
            problems.push(ProfileProblem::DeclaredTwice {
                language: s.language,
            });
        }
    }
    for (list, offered) in [(&profile.learns, false), (&profile.offers, true)] {
        for (i, &language) in list.iter().enumerate() {
            if list[..i].contains(&language) {
                problems.push(ProfileProblem::ListedTwice { language });
                continue;
            }
            match profile.level(language) {
                None => problems.push(ProfileProblem::LevelMissing { language }),
                Some(level) if offered && !level.may_offer() => {
                    problems.push(ProfileProblem::OfferLevelTooLow { language, level })
                }
                Some(level) if !offered && !level.may_learn() => {
                    problems.push(ProfileProblem::LearnLevelTooHigh { language, level })
                }
                Some(_) => {}
            }
            if offered && profile.learns.contains(&language) {
                problems.push(ProfileProblem::LearnsWhatItOffers { language });
            }
        }
    }
    if profile.availability.slots() == 0 {
        problems.push(ProfileProblem::NoAvailability);
    }
    if Availability::from_bits(profile.availability.bits()).is_none() {
        problems.push(ProfileProblem::AvailabilityOutOfRange);
    }
    if let Some(year) = profile.birth_year {
        if !(BIRTH_YEAR_MIN..=this_year).contains(&year) {
            problems.push(ProfileProblem::BirthYearOutOfRange { year });
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems)
    }
}

/// The smallest difference of birth years that makes two members of different
/// generations: 25 years, about the age at which people have their children.
pub const GENERATION_GAP: i32 = 25;

/// Whether two members are of different generations: both gave a birth year and the
/// two are [`GENERATION_GAP`] years apart or more. Without both years nobody can say,
/// and the pair is not counted as intergenerational.
pub fn intergenerational(a: &LanguageProfile, b: &LanguageProfile) -> bool {
    match (a.birth_year, b.birth_year) {
        (Some(x), Some(y)) => (i64::from(x) - i64::from(y)).abs() >= i64::from(GENERATION_GAP),
        _ => false,
    }
}

/// Points for each slot of the week two partners share, up to [`SHARED_SLOTS_COUNTED`]
/// slots: more slots, more chances to meet; beyond a few, it makes no difference.
pub const SHARED_SLOT_POINTS: i64 = 3;
pub const SHARED_SLOTS_COUNTED: u32 = 6;
/// Points for each step the two learners' levels are closer than the farthest (A1 and
/// B2, three steps): partners at the same stage give each other as much as they take.
pub const CLOSENESS_POINTS: i64 = 4;
/// Points when both welcome intergenerational pairing and are of different generations
/// (see [`intergenerational`]): the product wants such pairs, it does not force them.
pub const INTERGENERATIONAL_POINTS: i64 = 10;
/// The highest preference a pair can have ([`Tandem::preference`]).
pub const PREFERENCE_MAX: i64 = 1
    + SHARED_SLOT_POINTS * SHARED_SLOTS_COUNTED as i64
    + CLOSENESS_POINTS * 3
    + INTERGENERATIONAL_POINTS;

/// A compatible pair: what each teaches the other and how good a pair it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Tandem {
    /// The language the first member helps the second with.
    pub first_teaches: Language,
    /// The language the second member helps the first with.
    pub second_teaches: Language,
    /// From 1 to [`PREFERENCE_MAX`]: 1, plus [`SHARED_SLOT_POINTS`] per shared slot,
    /// [`CLOSENESS_POINTS`] per step of closeness of the two learning levels, and
    /// [`INTERGENERATIONAL_POINTS`] for a welcome intergenerational pair.
    pub preference: i64,
}

/// Whether `a` and `b` make a tandem, and the best one they make.
///
/// They do when they are two members, share a slot of the week, and `a` offers a
/// language `b` learns while `b` offers another that `a` learns, each offerer's level
/// helping the learner's ([`Level::helps`]). Of several such language pairs the one
/// with the closest learning levels is taken, ties in the language picker's order.
/// The answer is symmetric: `tandem(b, a)` is the same pair seen from the other side.
pub fn tandem(a: &LanguageProfile, b: &LanguageProfile) -> Option<Tandem> {
    Compact::of(a).tandem(&Compact::of(b))
}

/// What [`tandem`] needs of a profile, in bits and bytes: the proposal tries a
/// million pairs, and this keeps each try to a few instructions.
#[derive(Debug, Clone, Copy)]
struct Compact {
    member: i64,
    /// Languages (bit i: `Language::ALL[i]`) offered at an offerable level.
    offers: u8,
    /// Languages learned at a learnable level.
    learns: u8,
    /// Level steps by language; only read for languages in `offers` or `learns`.
    steps: [u8; 5],
    availability: u32,
    welcomes: bool,
    birth_year: Option<i32>,
}

impl Compact {
    fn of(p: &LanguageProfile) -> Compact {
        let mut c = Compact {
            member: p.member,
            offers: 0,
            learns: 0,
            steps: [0; 5],
            availability: p.availability.bits(),
            welcomes: p.welcomes_intergenerational,
            birth_year: p.birth_year,
        };
        for (i, l) in Language::ALL.into_iter().enumerate() {
            let Some(level) = p.level(l) else { continue };
            c.steps[i] = level.step();
            if p.offers.contains(&l) && level.may_offer() {
                c.offers |= 1 << i;
            }
            if p.learns.contains(&l) && level.may_learn() {
                c.learns |= 1 << i;
            }
        }
        c
    }

    /// The languages `self` teaches `other` usefully.
    fn teaches(&self, other: &Compact) -> u8 {
        let mut useful = 0;
        let mut both = self.offers & other.learns;
        while both != 0 {
            let i = both.trailing_zeros() as usize;
            both &= both - 1;
            if self.steps[i] == Level::Native.step() || self.steps[i] >= other.steps[i] + 2 {
                useful |= 1 << i;
            }
        }
        useful
    }

    fn tandem(&self, other: &Compact) -> Option<Tandem> {
        if self.member == other.member {
            return None;
        }
        let shared = (self.availability & other.availability).count_ones();
        if shared == 0 {
            return None;
        }
        let (forth, back) = (self.teaches(other), other.teaches(self));
        if forth == 0 || back == 0 {
            return None;
        }
        let generations = match (self.birth_year, other.birth_year) {
            (Some(x), Some(y)) => (i64::from(x) - i64::from(y)).abs() >= i64::from(GENERATION_GAP),
            _ => false,
        };
        let base = 1
            + SHARED_SLOT_POINTS * i64::from(shared.min(SHARED_SLOTS_COUNTED))
            + if self.welcomes && other.welcomes && generations {
                INTERGENERATIONAL_POINTS
            } else {
                0
            };
        let mut best: Option<Tandem> = None;
        for x in 0..5 {
            for y in 0..5 {
                if x == y || forth & (1 << x) == 0 || back & (1 << y) == 0 {
                    continue;
                }
                // Other's level in x, self's in y: the two learners.
                let apart = i64::from(other.steps[x].abs_diff(self.steps[y]));
                let preference = base + CLOSENESS_POINTS * (3 - apart.min(3));
                if best.is_none_or(|t| preference > t.preference) {
                    best = Some(Tandem {
                        first_teaches: Language::ALL[x],
                        second_teaches: Language::ALL[y],
                        preference,
                    });
                }
            }
        }
        best
    }
}

/// Every compatible pair of `profiles` as `(i, j, preference)` with `i < j` indexes
/// into `profiles`, each pair once, sorted.
///
/// Profiles are put in buckets by (offered, learned) language, so only a profile
/// offering `x` and learning `y` is tried against those offering `y` and learning
/// `x`: never all n² pairs. A pair meeting in several buckets is kept in the first
/// only. A member id given twice counts once (its first profile).
pub fn compatible_pairs(profiles: &[LanguageProfile]) -> Vec<(usize, usize, i64)> {
    let mut first_of: HashMap<i64, usize> = HashMap::new();
    let compact: Vec<Compact> = profiles.iter().map(Compact::of).collect();
    let mut buckets: Vec<Vec<usize>> = vec![Vec::new(); 25];
    for (i, c) in compact.iter().enumerate() {
        if *first_of.entry(c.member).or_insert(i) != i {
            continue;
        }
        for x in 0..5 {
            for y in 0..5 {
                if x != y && c.offers & (1 << x) != 0 && c.learns & (1 << y) != 0 {
                    buckets[x * 5 + y].push(i);
                }
            }
        }
    }
    // The first bucket (x, y), x < y, in which two profiles meet.
    let first_bucket = |a: &Compact, b: &Compact| -> Option<(usize, usize)> {
        (0..5)
            .flat_map(|x| (x + 1..5).map(move |y| (x, y)))
            .find(|&(x, y)| {
                let meet = |p: &Compact, q: &Compact| {
                    p.offers & (1 << x) != 0
                        && p.learns & (1 << y) != 0
                        && q.offers & (1 << y) != 0
                        && q.learns & (1 << x) != 0
                };
                meet(a, b) || meet(b, a)
            })
    };
    let mut pairs = Vec::new();
    for x in 0..5 {
        for y in x + 1..5 {
            for &i in &buckets[x * 5 + y] {
                for &j in &buckets[y * 5 + x] {
                    let (a, b) = (&compact[i], &compact[j]);
                    if let Some(t) = a.tandem(b) {
                        if first_bucket(a, b) == Some((x, y)) {
                            pairs.push((i.min(j), i.max(j), t.preference));
                        }
                    }
                }
            }
        }
    }
    // Sorted: placed by first index (counting), then each first index's few sorted.
    let mut start = vec![0usize; profiles.len() + 1];
    for &(i, _, _) in &pairs {
        start[i + 1] += 1;
    }
    for i in 0..profiles.len() {
        start[i + 1] += start[i];
    }
    let mut sorted = vec![(0, 0, 0); pairs.len()];
    let mut fill = start.clone();
    for &pair in &pairs {
        sorted[fill[pair.0]] = pair;
        fill[pair.0] += 1;
    }
    for i in 0..profiles.len() {
        sorted[start[i]..start[i + 1]].sort_unstable();
    }
    sorted
}

/// The weight given to every pair on top of its preference when tandems are proposed
/// to `n` profiles: more than `n / 2` pairs could ever gain in preference, so one pair
/// more always weighs more than any choice of better pairs. A maximum-weight matching
/// under these weights is therefore a maximum-cardinality matching (as many tandems as
/// can be formed), and among those, the one of greatest total preference.
pub fn pair_weight_base(n: usize) -> i64 {
    (n as i64 / 2 + 1) * PREFERENCE_MAX
}

/// The tandems to propose: as many pairs as can be formed, and of those the set of
/// greatest total preference ([`pair_weight_base`]), as member id pairs, the smaller id
/// first, sorted. Each member is in one pair at most; both still have to accept.
///
/// The compatible pairs ([`compatible_pairs`]) fall into connected components (people
/// of other language pairs or with no shared time never meet), and each is matched
/// alone by [`max_weight_matching`].
pub fn propose_tandems(profiles: &[LanguageProfile]) -> Vec<(i64, i64)> {
    let base = pair_weight_base(profiles.len());
    let edges: Vec<(usize, usize, i64)> = compatible_pairs(profiles)
        .into_iter()
        .map(|(i, j, p)| (i, j, base + p))
        .collect();
    let mut pairs: Vec<(i64, i64)> = matching_by_component(profiles.len(), &edges)
        .into_iter()
        .map(|(i, j)| {
            let (a, b) = (profiles[i].member, profiles[j].member);
            (a.min(b), a.max(b))
        })
        .collect();
    pairs.sort_unstable();
    pairs
}

/// [`max_weight_matching`] run on each connected component of the graph alone: the
/// same answer, in less time and memory when the graph falls apart.
pub fn matching_by_component(n: usize, edges: &[(usize, usize, i64)]) -> Vec<(usize, usize)> {
    let mut parent: Vec<usize> = (0..n).collect();
    fn root(parent: &mut [usize], mut v: usize) -> usize {
        while parent[v] != v {
            parent[v] = parent[parent[v]];
            v = parent[v];
        }
        v
    }
    let edges: Vec<(usize, usize, i64)> = edges
        .iter()
        .copied()
        .filter(|&(u, v, _)| u < n && v < n)
        .collect();
    for &(u, v, _) in &edges {
        let (ru, rv) = (root(&mut parent, u), root(&mut parent, v));
        parent[ru] = rv;
    }
    // Component of each vertex, its local index, and the edges of each component.
    let mut component_of = vec![usize::MAX; n];
    let mut local = vec![0; n];
    let mut members: Vec<Vec<usize>> = Vec::new();
    for v in 0..n {
        let r = root(&mut parent, v);
        if component_of[r] == usize::MAX {
            component_of[r] = members.len();
            members.push(Vec::new());
        }
        let c = component_of[r];
        component_of[v] = c;
        local[v] = members[c].len();
        members[c].push(v);
    }
    let mut component_edges: Vec<Vec<(usize, usize, i64)>> = vec![Vec::new(); members.len()];
    for &(u, v, w) in &edges {
        component_edges[component_of[u]].push((local[u], local[v], w));
    }
    let mut matched = Vec::new();
    for (c, vertices) in members.iter().enumerate() {
        if component_edges[c].is_empty() {
            continue;
        }
        for (a, b) in max_weight_matching(vertices.len(), &component_edges[c]) {
            matched.push((vertices[a], vertices[b]));
        }
    }
    matched.sort_unstable();
    matched
}

/// The baseline the proposal is measured against: heaviest pair first (ties by
/// vertices), taken when both are still free. Pairs `(u, v)` with `u < v`, sorted.
pub fn greedy_matching(n: usize, edges: &[(usize, usize, i64)]) -> Vec<(usize, usize)> {
    let mut sorted: Vec<(usize, usize, i64)> = edges
        .iter()
        .copied()
        .filter(|&(u, v, w)| u != v && u < n && v < n && w > 0)
        .collect();
    sorted.sort_unstable_by_key(|&(u, v, w)| (std::cmp::Reverse(w), u.min(v), u.max(v)));
    let mut taken = vec![false; n];
    let mut pairs = Vec::new();
    for (u, v, _) in sorted {
        if !taken[u] && !taken[v] {
            taken[u] = true;
            taken[v] = true;
            pairs.push((u.min(v), u.max(v)));
        }
    }
    pairs.sort_unstable();
    pairs
}

/// The total weight of `pairs` under `edges` (the heaviest edge between two vertices
/// counts when several are given); a pair without an edge weighs nothing.
pub fn matching_weight(edges: &[(usize, usize, i64)], pairs: &[(usize, usize)]) -> i64 {
    let mut weights: HashMap<(usize, usize), i64> = HashMap::new();
    for &(u, v, w) in edges {
        let e = weights.entry((u.min(v), u.max(v))).or_insert(w);
        *e = (*e).max(w);
    }
    pairs
        .iter()
        .map(|&(u, v)| weights.get(&(u.min(v), u.max(v))).copied().unwrap_or(0))
        .sum()
}

/// The largest weight an edge may have in [`max_weight_matching`]: the algorithm's
/// dual values reach a few times the largest weight, and must not overflow.
pub const WEIGHT_MAX: i64 = 1 << 52;

/// A matching of greatest total weight in the graph of `n` vertices and these edges
/// `(u, v, weight)`, as pairs `(u, v)` with `u < v`, sorted.
///
/// Edges that cannot take part are left out rather than refused, so no input makes it
/// fail: a loop, an end at `n` or beyond, a weight of zero or less (it adds nothing).
/// Weights above [`WEIGHT_MAX`] count as [`WEIGHT_MAX`]. Of two edges between the same
/// vertices, the heavier counts.
///
/// Time O(n³) at worst, memory O(n + edges).
pub fn max_weight_matching(n: usize, edges: &[(usize, usize, i64)]) -> Vec<(usize, usize)> {
    solve_sparse_first(n, simple_edges(n, edges), SPARSE_DEGREE)
}

/// The edges that can take part, each pair of vertices once with its heaviest weight.
fn simple_edges(n: usize, edges: &[(usize, usize, i64)]) -> Vec<(usize, usize, i64)> {
    let mut kept: Vec<(usize, usize, i64)> = edges
        .iter()
        .filter(|&&(u, v, w)| u != v && u < n && v < n && w > 0)
        .map(|&(u, v, w)| (u.min(v), u.max(v), w.min(WEIGHT_MAX)))
        .collect();
    // One edge per pair of vertices, the heaviest; often given so already.
    if !kept.is_sorted_by(|a, b| (a.0, a.1) < (b.0, b.1)) {
        kept.sort_unstable_by_key(|&(u, v, w)| (u, v, std::cmp::Reverse(w)));
        kept.dedup_by_key(|&mut (u, v, _)| (u, v));
    }
    kept
}

/// Edges each vertex keeps in the first round of a dense graph (see
/// [`solve_sparse_first`]).
const SPARSE_DEGREE: usize = 10;

/// The (doubled) slack under which an edge left out is added for the next round of
/// [`solve_sparse_first`] once some edge breaks the duals: one unit of weight.
const NEAR_SLACK: i64 = 2;

/// Solves on the `degree` heaviest edges of each vertex first, then checks every other
/// edge against the optimal duals found; edges that break them are added (with those
/// nearly breaking them, [`NEAR_SLACK`]) and the smaller graph solved again, until
/// none does. The answer is then optimal for the
/// whole graph: the duals are feasible for every edge and complementary to the
/// matching (linear programming duality, the same certificate as Edmonds' proof).
/// A dense graph of a million edges thus runs the blossom algorithm on a few tens of
/// thousands.
fn solve_sparse_first(
    n: usize,
    edges: Vec<(usize, usize, i64)>,
    degree: usize,
) -> Vec<(usize, usize)> {
    if edges.is_empty() {
        return Vec::new();
    }
    let mut chosen = first_round(n, &edges, degree);
    loop {
        let sub: Vec<(usize, usize, i64)> = edges
            .iter()
            .zip(&chosen)
            .filter(|(_, &c)| c)
            .map(|(&e, _)| e)
            .collect();
        let mut solver = Blossoms::new(n, sub);
        solver.solve();
        // The edges left out that break the duals, and those within one unit of
        // weight of breaking them: the next duals move a little, and taking the near
        // ones now spares a round for each few that would break them next.
        let mut broken = false;
        let mut near: Vec<usize> = Vec::new();
        for (k, &(u, v, w)) in edges.iter().enumerate() {
            if chosen[k] {
                continue;
            }
            let slack = solver.reduced_slack(u, v, w);
            broken |= slack < 0;
            if slack <= NEAR_SLACK {
                near.push(k);
            }
        }
        if !broken {
            let mut pairs: Vec<(usize, usize)> = (0..n)
                .filter_map(|v| {
                    let p = solver.mate[v];
                    (p != NONE)
                        .then(|| (v, solver.endpoint[p]))
                        .filter(|&(v, w)| v < w)
                })
                .collect();
            pairs.sort_unstable();
            return pairs;
        }
        for k in near {
            chosen[k] = true;
        }
    }
}

/// The edges of the first round of [`solve_sparse_first`]: all of them when there
/// are at most `degree` per vertex on average, else each vertex's `degree` heaviest
/// (ties to the edge given first).
fn first_round(n: usize, edges: &[(usize, usize, i64)], degree: usize) -> Vec<bool> {
    if edges.len() <= degree.saturating_mul(n) {
        return vec![true; edges.len()];
    }
    let mut chosen = vec![false; edges.len()];
    // The edges of each vertex, one array cut in slices (`start[v]..start[v + 1]`).
    let mut start = vec![0usize; n + 1];
    for &(u, v, _) in edges {
        start[u + 1] += 1;
        start[v + 1] += 1;
    }
    for v in 0..n {
        start[v + 1] += start[v];
    }
    let mut fill = start.clone();
    let mut incident = vec![0usize; 2 * edges.len()];
    for (k, &(u, v, _)) in edges.iter().enumerate() {
        incident[fill[u]] = k;
        fill[u] += 1;
        incident[fill[v]] = k;
        fill[v] += 1;
    }
    for v in 0..n {
        let list = &mut incident[start[v]..start[v + 1]];
        let heaviest = |&k: &usize| (std::cmp::Reverse(edges[k].2), k);
        let mut list = &mut list[..];
        if list.len() > degree {
            list.select_nth_unstable_by_key(degree, heaviest);
            list = &mut list[..degree];
        }
        for &k in list.iter() {
            chosen[k] = true;
        }
    }
    chosen
}

/// "No vertex, edge end or blossom" in the solver's index arrays.
const NONE: usize = usize::MAX;

/// Labels of the alternating forest: free, S (outer, even distance from a free
/// vertex), T (inner). `BREADCRUMB` marks blossoms visited while looking for a base.
const FREE: u8 = 0;
const S: u8 = 1;
const T: u8 = 2;
const BREADCRUMB: u8 = 4;

/// The state of Edmonds' primal-dual algorithm on one graph.
///
/// Vertices are `0..n`; blossoms `n..2n` (a blossom has at least three vertices, so
/// fewer than n/2 exist at once). Edge `k` has the two *ends* `2k` (its first vertex)
/// and `2k + 1` (its second); `end ^ 1` is the other end of the same edge. Dual values
/// are doubled so integer weights keep them integer: the slack of edge `k` between `i`
/// and `j` is `dual[i] + dual[j] - 2 w(k)`.
struct Blossoms {
    n: usize,
    edges: Vec<(usize, usize, i64)>,
    /// The vertex at each end.
    endpoint: Vec<usize>,
    /// For vertex v, `neighbour_ends[neighbour_start[v]..neighbour_start[v + 1]]` are
    /// the far ends of its edges.
    neighbour_start: Vec<usize>,
    neighbour_ends: Vec<usize>,
    /// The far end of a vertex's matched edge.
    mate: Vec<usize>,
    /// The label of each vertex and top-level blossom.
    label: Vec<u8>,
    /// The end through which a labelled vertex or blossom got its label (the end in
    /// the labelling blossom), `NONE` for the roots.
    label_end: Vec<usize>,
    /// The top-level blossom containing each vertex.
    in_blossom: Vec<usize>,
    parent: Vec<usize>,
    /// The sub-blossoms of a blossom, from its base round the cycle.
    children: Vec<Vec<usize>>,
    base: Vec<usize>,
    /// `ends[b][i]` is the end, in `children[b][i]`, of the edge joining it to the next
    /// child round the cycle.
    ends: Vec<Vec<usize>>,
    /// The least-slack edge from a free vertex or an S-blossom to an S-blossom.
    best_edge: Vec<usize>,
    /// For an S-blossom, its least-slack edge to each other S-blossom.
    blossom_best_edges: Vec<Option<Vec<usize>>>,
    unused: Vec<usize>,
    dual: Vec<i64>,
    allowed: Vec<bool>,
    /// The edges made allowed this stage, to reset them without touching every edge.
    allowed_list: Vec<usize>,
    queue: Vec<usize>,
    /// The free vertices' dual at the last [`Blossoms::augment_tight_paths`] passes.
    free_dual_matched: Option<i64>,
    /// Whether stages start with [`Blossoms::augment_tight_paths`] (off only in tests,
    /// to check the plain algorithm finds the same total).
    tight_paths_first: bool,
}

impl Blossoms {
    fn new(n: usize, edges: Vec<(usize, usize, i64)>) -> Blossoms {
        let max_weight = edges.iter().map(|e| e.2).max().unwrap_or(0);
        let mut endpoint = Vec::with_capacity(2 * edges.len());
        let mut degree = vec![0usize; n + 1];
        for &(i, j, _) in &edges {
            endpoint.push(i);
            endpoint.push(j);
            degree[i] += 1;
            degree[j] += 1;
        }
        let mut neighbour_start = vec![0usize; n + 1];
        for v in 0..n {
            neighbour_start[v + 1] = neighbour_start[v] + degree[v];
        }
        let mut fill = neighbour_start.clone();
        let mut neighbour_ends = vec![0usize; 2 * edges.len()];
        for (k, &(i, j, _)) in edges.iter().enumerate() {
            neighbour_ends[fill[i]] = 2 * k + 1;
            fill[i] += 1;
            neighbour_ends[fill[j]] = 2 * k;
            fill[j] += 1;
        }
        let m = edges.len();
        Blossoms {
            n,
            edges,
            endpoint,
            neighbour_start,
            neighbour_ends,
            mate: vec![NONE; n],
            label: vec![FREE; 2 * n],
            label_end: vec![NONE; 2 * n],
            in_blossom: (0..n).collect(),
            parent: vec![NONE; 2 * n],
            children: vec![Vec::new(); 2 * n],
            base: (0..n).chain(std::iter::repeat_n(NONE, n)).collect(),
            ends: vec![Vec::new(); 2 * n],
            best_edge: vec![NONE; 2 * n],
            blossom_best_edges: vec![None; 2 * n],
            unused: (n..2 * n).rev().collect(),
            dual: std::iter::repeat_n(max_weight, n)
                .chain(std::iter::repeat_n(0, n))
                .collect(),
            allowed: vec![false; m],
            allowed_list: Vec::new(),
            queue: Vec::new(),
            free_dual_matched: None,
            tight_paths_first: true,
        }
    }

    fn slack(&self, k: usize) -> i64 {
        let (i, j, w) = self.edges[k];
        self.dual[i] + self.dual[j] - 2 * w
    }

    /// The slack of an edge `(u, v, w)` of the whole graph under the current duals,
    /// counting the blossoms holding both ends: negative when the edge breaks them.
    fn reduced_slack(&self, u: usize, v: usize, w: i64) -> i64 {
        let mut slack = self.dual[u] + self.dual[v] - 2 * w;
        if self.in_blossom[u] != u && self.in_blossom[v] != v {
            let chain = |mut b: usize| {
                let mut up = Vec::new();
                while self.parent[b] != NONE {
                    b = self.parent[b];
                    up.push(b);
                }
                up.reverse();
                up
            };
            for (a, b) in chain(u).into_iter().zip(chain(v)) {
                if a != b {
                    break;
                }
                slack += 2 * self.dual[a];
            }
        }
        slack
    }

    fn allow(&mut self, k: usize) {
        if !self.allowed[k] {
            self.allowed[k] = true;
            self.allowed_list.push(k);
        }
    }

    fn neighbours(&self, v: usize) -> std::ops::Range<usize> {
        self.neighbour_start[v]..self.neighbour_start[v + 1]
    }

    /// The vertices of blossom (or vertex) `b`.
    fn leaves(&self, b: usize) -> Vec<usize> {
        let mut out = Vec::new();
        let mut stack = vec![b];
        while let Some(t) = stack.pop() {
            if t < self.n {
                out.push(t);
            } else {
                stack.extend(self.children[t].iter().rev());
            }
        }
        out
    }

    /// Labels the top-level blossom of `w` with `t` through end `p`; a T-blossom's mate
    /// is labelled S in turn, and an S-blossom's vertices are queued for scanning.
    fn assign_label(&mut self, w: usize, t: u8, p: usize) {
        let (mut w, mut t, mut p) = (w, t, p);
        loop {
            let b = self.in_blossom[w];
            self.label[w] = t;
            self.label[b] = t;
            self.label_end[w] = p;
            self.label_end[b] = p;
            self.best_edge[w] = NONE;
            self.best_edge[b] = NONE;
            if t == S {
                if b < self.n {
                    self.queue.push(b);
                } else {
                    let leaves = self.leaves(b);
                    self.queue.extend(leaves);
                }
                return;
            }
            // T: the base is matched (a free base would be an S root); its mate's
            // blossom becomes S.
            let matched = self.mate[self.base[b]];
            w = self.endpoint[matched];
            t = S;
            p = matched ^ 1;
        }
    }

    /// Walks back from `v` and `w` (both in S-blossoms) towards their roots: the base
    /// of the first blossom both paths reach (a new blossom), or `NONE` if they reach
    /// two different roots (an augmenting path).
    fn scan_blossom(&mut self, v: usize, w: usize) -> usize {
        let mut path = Vec::new();
        let mut found = NONE;
        let (mut v, mut w) = (v, w);
        while v != NONE || w != NONE {
            let mut b = self.in_blossom[v];
            if self.label[b] & BREADCRUMB != 0 {
                found = self.base[b];
                break;
            }
            path.push(b);
            self.label[b] = S | BREADCRUMB;
            if self.label_end[b] == NONE {
                v = NONE; // reached a root
            } else {
                v = self.endpoint[self.label_end[b]];
                b = self.in_blossom[v];
                v = self.endpoint[self.label_end[b]];
            }
            if w != NONE {
                std::mem::swap(&mut v, &mut w);
            }
        }
        for b in path {
            self.label[b] = S;
        }
        found
    }

    /// Makes a new S-blossom of the cycle closed by edge `k`, with base `base`.
    fn add_blossom(&mut self, base: usize, k: usize) {
        let (v, w, _) = self.edges[k];
        let bb = self.in_blossom[base];
        let mut bv = self.in_blossom[v];
        let mut bw = self.in_blossom[w];
        let Some(b) = self.unused.pop() else {
            // Fewer than n/2 blossoms exist at once: this cannot happen.
            return;
        };
        self.base[b] = base;
        self.parent[b] = NONE;
        self.parent[bb] = b;
        let mut path = Vec::new();
        let mut ends = Vec::new();
        while bv != bb {
            self.parent[bv] = b;
            path.push(bv);
            ends.push(self.label_end[bv]);
            let next = self.endpoint[self.label_end[bv]];
            bv = self.in_blossom[next];
        }
        path.push(bb);
        path.reverse();
        ends.reverse();
        ends.push(2 * k);
        while bw != bb {
            self.parent[bw] = b;
            path.push(bw);
            ends.push(self.label_end[bw] ^ 1);
            let next = self.endpoint[self.label_end[bw]];
            bw = self.in_blossom[next];
        }
        self.label[b] = S;
        self.label_end[b] = self.label_end[bb];
        self.dual[b] = 0;
        for leaf in self.leaves_of_children(&path) {
            if self.label[self.in_blossom[leaf]] == T {
                // A T-vertex becomes S: its edges are scanned now.
                self.queue.push(leaf);
            }
            self.in_blossom[leaf] = b;
        }
        // The least-slack edge to each other S-blossom, from the children's lists.
        let mut best_to: HashMap<usize, usize> = HashMap::new();
        for &child in &path {
            let lists: Vec<usize> = match self.blossom_best_edges[child].take() {
                Some(list) => list,
                None => self
                    .leaves(child)
                    .into_iter()
                    .flat_map(|leaf| self.neighbours(leaf))
                    .map(|i| self.neighbour_ends[i] / 2)
                    .collect(),
            };
            for kk in lists {
                let (i, j, _) = self.edges[kk];
                // The end outside the new blossom, if either is.
                let j = if self.in_blossom[j] == b { i } else { j };
                let bj = self.in_blossom[j];
                if bj != b && self.label[bj] == S {
                    let better = match best_to.get(&bj) {
                        None => true,
                        Some(&old) => self.slack(kk) < self.slack(old),
                    };
                    if better {
                        best_to.insert(bj, kk);
                    }
                }
            }
            self.best_edge[child] = NONE;
        }
        let mut list: Vec<usize> = best_to.into_values().collect();
        list.sort_unstable();
        let mut best = NONE;
        for &kk in &list {
            if best == NONE || self.slack(kk) < self.slack(best) {
                best = kk;
            }
        }
        self.best_edge[b] = best;
        self.blossom_best_edges[b] = Some(list);
        self.children[b] = path;
        self.ends[b] = ends;
    }

    fn leaves_of_children(&self, children: &[usize]) -> Vec<usize> {
        children.iter().flat_map(|&c| self.leaves(c)).collect()
    }

    /// Dissolves blossom `b` into its children: at the end of a stage (its dual is
    /// zero), or during one (a T-blossom whose dual reached zero), when the children on
    /// the path from its entry to its base are labelled again.
    fn expand_blossom(&mut self, b: usize, end_stage: bool) {
        let children = std::mem::take(&mut self.children[b]);
        for &s in &children {
            self.parent[s] = NONE;
            if s < self.n {
                self.in_blossom[s] = s;
            } else if end_stage && self.dual[s] == 0 {
                self.expand_blossom(s, end_stage);
            } else {
                for leaf in self.leaves(s) {
                    self.in_blossom[leaf] = s;
                }
            }
        }
        if !end_stage && self.label[b] == T {
            self.relabel_expanded(b, &children);
        }
        self.label[b] = FREE;
        self.label_end[b] = NONE;
        self.ends[b] = Vec::new();
        self.base[b] = NONE;
        self.blossom_best_edges[b] = None;
        self.best_edge[b] = NONE;
        self.unused.push(b);
    }

    /// After a T-blossom `b` is expanded mid-stage: the children from the one it was
    /// entered through to its base, along the even side, become T and S in turn; the
    /// others become T if reached from outside, or stay free.
    fn relabel_expanded(&mut self, b: usize, children: &[usize]) {
        let ends = self.ends[b].clone();
        let len = children.len() as isize;
        let at = |list: &[usize], j: isize| list[j.rem_euclid(len) as usize];
        let entry = self.in_blossom[self.endpoint[self.label_end[b] ^ 1]];
        let mut j = children.iter().position(|&c| c == entry).unwrap_or(0) as isize;
        let (step, trick): (isize, usize) = if j & 1 == 1 {
            j -= len;
            (1, 0)
        } else {
            (-1, 1)
        };
        let mut p = self.label_end[b];
        while j != 0 {
            // Relabel the T child, then step over the S child to the next T child.
            self.label[self.endpoint[p ^ 1]] = FREE;
            let q = at(&ends, j - trick as isize) ^ trick ^ 1;
            self.label[self.endpoint[q]] = FREE;
            self.assign_label(self.endpoint[p ^ 1], T, p);
            self.allow(at(&ends, j - trick as isize) / 2);
            j += step;
            p = at(&ends, j - trick as isize) ^ trick;
            self.allow(p / 2);
            j += step;
        }
        // The base child becomes T without its mate being labelled (it is already S).
        let bv = at(children, j);
        self.label[self.endpoint[p ^ 1]] = T;
        self.label[bv] = T;
        self.label_end[self.endpoint[p ^ 1]] = p;
        self.label_end[bv] = p;
        self.best_edge[bv] = NONE;
        j += step;
        while at(children, j) != entry {
            let bv = at(children, j);
            j += step;
            if self.label[bv] == S {
                // Reached through one of its own vertices already.
                continue;
            }
            let reached = self.leaves(bv).into_iter().find(|&v| self.label[v] != FREE);
            if let Some(v) = reached {
                self.label[v] = FREE;
                let mate_of_base = self.endpoint[self.mate[self.base[bv]]];
                self.label[mate_of_base] = FREE;
                let through = self.label_end[v];
                self.assign_label(v, T, through);
            }
        }
    }

    /// Swaps matched and unmatched edges on the path inside blossom `b` from vertex `v`
    /// to its base, making `v` the new base.
    fn augment_blossom(&mut self, b: usize, v: usize) {
        let mut t = v;
        while self.parent[t] != b {
            t = self.parent[t];
        }
        if t >= self.n {
            self.augment_blossom(t, v);
        }
        let len = self.children[b].len() as isize;
        let i = self.children[b].iter().position(|&c| c == t).unwrap_or(0);
        let mut j = i as isize;
        let (step, trick): (isize, usize) = if j & 1 == 1 {
            j -= len;
            (1, 0)
        } else {
            (-1, 1)
        };
        while j != 0 {
            j += step;
            let child = self.children[b][j.rem_euclid(len) as usize];
            let p = self.ends[b][(j - trick as isize).rem_euclid(len) as usize] ^ trick;
            if child >= self.n {
                self.augment_blossom(child, self.endpoint[p]);
            }
            j += step;
            let child = self.children[b][j.rem_euclid(len) as usize];
            if child >= self.n {
                self.augment_blossom(child, self.endpoint[p ^ 1]);
            }
            self.mate[self.endpoint[p]] = p ^ 1;
            self.mate[self.endpoint[p ^ 1]] = p;
        }
        self.children[b].rotate_left(i);
        self.ends[b].rotate_left(i);
        self.base[b] = self.base[self.children[b][0]];
    }

    /// Swaps matched and unmatched edges along the augmenting path through edge `k`
    /// between two S-vertices of different trees, from each end back to its root.
    fn augment_matching(&mut self, k: usize) {
        let (v, w, _) = self.edges[k];
        for (start, first) in [(v, 2 * k + 1), (w, 2 * k)] {
            let (mut s, mut p) = (start, first);
            loop {
                let bs = self.in_blossom[s];
                if bs >= self.n {
                    self.augment_blossom(bs, s);
                }
                self.mate[s] = p;
                if self.label_end[bs] == NONE {
                    break; // the root
                }
                let t = self.endpoint[self.label_end[bs]];
                let bt = self.in_blossom[t];
                s = self.endpoint[self.label_end[bt]];
                let j = self.endpoint[self.label_end[bt] ^ 1];
                if bt >= self.n {
                    self.augment_blossom(bt, j);
                }
                self.mate[j] = self.label_end[bt];
                p = self.label_end[bt] ^ 1;
            }
        }
    }

    /// Augments the matching along alternating paths of tight edges between free
    /// vertices, through single vertices only (none inside a blossom), as many
    /// vertex-disjoint paths as a depth-first pass finds, passes repeated while they
    /// find some. Each is an augmenting path a stage could have found first: its edges
    /// are tight, so the duals stay feasible, the matched edges tight, every free vertex
    /// keeps the same dual, and no blossom is touched. Finding them here spares a stage
    /// (a whole forest grown) each.
    ///
    /// Only the free vertices' dual (the same for all) makes new such paths between
    /// stages: when it has not moved since the last passes, they are skipped.
    fn augment_tight_paths(&mut self) {
        let Some(free_dual) = (0..self.n)
            .find(|&v| self.mate[v] == NONE)
            .map(|v| self.dual[v])
        else {
            return;
        };
        if self.free_dual_matched == Some(free_dual) {
            return;
        }
        self.free_dual_matched = Some(free_dual);
        let single = |s: &Blossoms, v: usize| s.in_blossom[v] == v;
        let mut visited = vec![false; self.n];
        // (vertex at an even place on the path, next neighbour to try, end taken).
        let mut stack: Vec<(usize, usize, usize)> = Vec::new();
        loop {
            let mut found = 0;
            visited.fill(false);
            for root in 0..self.n {
                if self.mate[root] != NONE || !single(self, root) || visited[root] {
                    continue;
                }
                visited[root] = true;
                stack.clear();
                stack.push((root, self.neighbour_start[root], NONE));
                while let Some(&mut (u, ref mut cursor, ref mut taken)) = stack.last_mut() {
                    if *cursor == self.neighbour_start[u + 1] {
                        stack.pop();
                        continue;
                    }
                    let p = self.neighbour_ends[*cursor];
                    *cursor += 1;
                    let w = self.endpoint[p];
                    if visited[w] || !single(self, w) || self.slack(p / 2) != 0 {
                        continue;
                    }
                    *taken = p;
                    if self.mate[w] == NONE {
                        // An augmenting path: each even vertex takes the edge it tried.
                        visited[w] = true;
                        for &(x, _, q) in &stack {
                            self.mate[x] = q;
                            self.mate[self.endpoint[q]] = q ^ 1;
                        }
                        found += 1;
                        break;
                    }
                    let next = self.endpoint[self.mate[w]];
                    if visited[next] || !single(self, next) {
                        continue;
                    }
                    visited[w] = true;
                    visited[next] = true;
                    stack.push((next, self.neighbour_start[next], NONE));
                }
            }
            if found == 0 {
                break;
            }
        }
    }

    /// Starts a stage: no labels, every free vertex's blossom an S root.
    fn start_stage(&mut self) {
        if self.tight_paths_first {
            self.augment_tight_paths();
        }
        self.label.fill(FREE);
        self.best_edge.fill(NONE);
        for b in self.n..2 * self.n {
            self.blossom_best_edges[b] = None;
        }
        for k in std::mem::take(&mut self.allowed_list) {
            self.allowed[k] = false;
        }
        self.queue.clear();
        for v in 0..self.n {
            if self.mate[v] == NONE && self.label[self.in_blossom[v]] == FREE {
                self.assign_label(v, S, NONE);
            }
        }
    }

    /// Scans the queued S-vertices' edges, growing the forest; true once a matching
    /// was augmented.
    fn grow(&mut self) -> bool {
        while let Some(v) = self.queue.pop() {
            for i in self.neighbours(v) {
                let p = self.neighbour_ends[i];
                let k = p / 2;
                let w = self.endpoint[p];
                if self.in_blossom[v] == self.in_blossom[w] {
                    continue; // inside one blossom
                }
                let mut k_slack = 0;
                if !self.allowed[k] {
                    k_slack = self.slack(k);
                    if k_slack <= 0 {
                        self.allow(k);
                    }
                }
                let bw = self.in_blossom[w];
                if self.allowed[k] {
                    if self.label[bw] == FREE {
                        // w is free and reached: it becomes T, its mate S.
                        self.assign_label(w, T, p ^ 1);
                    } else if self.label[bw] == S {
                        let base = self.scan_blossom(v, w);
                        if base != NONE {
                            self.add_blossom(base, k);
                        } else {
                            self.augment_matching(k);
                            return true;
                        }
                    } else if self.label[w] == FREE {
                        // w is inside a T-blossom and reached now for the first time:
                        // remembered for when the blossom is expanded.
                        self.label[w] = T;
                        self.label_end[w] = p ^ 1;
                    }
                } else if self.label[bw] == S {
                    let b = self.in_blossom[v];
                    if self.best_edge[b] == NONE || k_slack < self.slack(self.best_edge[b]) {
                        self.best_edge[b] = k;
                    }
                } else if self.label[w] == FREE
                    && (self.best_edge[w] == NONE || k_slack < self.slack(self.best_edge[w]))
                {
                    self.best_edge[w] = k;
                }
            }
        }
        false
    }

    fn solve(&mut self) {
        for _ in 0..self.n {
            self.start_stage();
            let mut augmented = false;
            loop {
                if self.grow() {
                    augmented = true;
                    break;
                }
                if !self.adjust_duals() {
                    break;
                }
            }
            if !augmented {
                break;
            }
            self.end_stage();
        }
    }

    /// Ends a stage that augmented the matching: top-level S-blossoms whose dual is
    /// zero are dissolved (their constraint binds nothing; kept, they would only
    /// narrow the next stage's moves).
    fn end_stage(&mut self) {
        for b in self.n..2 * self.n {
            if self.parent[b] == NONE
                && self.base[b] != NONE
                && self.label[b] == S
                && self.dual[b] == 0
            {
                self.expand_blossom(b, true);
            }
        }
    }

    /// Changes the duals by the largest amount that keeps them feasible, and acts on
    /// what made it the largest: false when a free vertex's dual reached zero (the
    /// matching is optimal), true when the stage goes on.
    fn adjust_duals(&mut self) -> bool {
        enum Event {
            Optimal,
            ToFree(usize),
            BetweenS(usize),
            Expand(usize),
        }
        // 1: no vertex dual below zero.
        let mut delta = self.dual[..self.n].iter().copied().min().unwrap_or(0);
        let mut event = Event::Optimal;
        // 2: an edge from an S-vertex to a free vertex becomes tight.
        for v in 0..self.n {
            if self.label[self.in_blossom[v]] == FREE && self.best_edge[v] != NONE {
                let d = self.slack(self.best_edge[v]);
                if d < delta {
                    delta = d;
                    event = Event::ToFree(self.best_edge[v]);
                }
            }
        }
        // 3: an edge between two S-blossoms becomes tight (both ends move, hence half).
        for b in 0..2 * self.n {
            if self.parent[b] == NONE && self.label[b] == S && self.best_edge[b] != NONE {
                let d = self.slack(self.best_edge[b]) / 2;
                if d < delta {
                    delta = d;
                    event = Event::BetweenS(self.best_edge[b]);
                }
            }
        }
        // 4: a T-blossom's dual reaches zero.
        for b in self.n..2 * self.n {
            if self.base[b] != NONE
                && self.parent[b] == NONE
                && self.label[b] == T
                && self.dual[b] < delta
            {
                delta = self.dual[b];
                event = Event::Expand(b);
            }
        }
        for v in 0..self.n {
            match self.label[self.in_blossom[v]] {
                S => self.dual[v] -= delta,
                T => self.dual[v] += delta,
                _ => {}
            }
        }
        for b in self.n..2 * self.n {
            if self.base[b] != NONE && self.parent[b] == NONE {
                match self.label[b] {
                    S => self.dual[b] += delta,
                    T => self.dual[b] -= delta,
                    _ => {}
                }
            }
        }
        match event {
            Event::Optimal => false,
            Event::ToFree(k) => {
                self.allow(k);
                let (mut i, j, _) = self.edges[k];
                if self.label[self.in_blossom[i]] == FREE {
                    i = j;
                }
                self.queue.push(i);
                true
            }
            Event::BetweenS(k) => {
                self.allow(k);
                self.queue.push(self.edges[k].0);
                true
            }
            Event::Expand(b) => {
                self.expand_blossom(b, false);
                true
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use Language::{De, En, Fr, Lb, Pt};

    // The matching's helpers, whose shortcuts do not change a matching's result (the
    // duals check makes it optimal whatever the first round kept), so only tests of
    // their own contracts catch a broken one.

    #[test]
    fn simple_edges_keep_each_pair_once_with_its_heaviest_weight() {
        // Unsorted, with a lighter duplicate first, a reversed pair, a loop, an edge
        // out of range and one of no weight.
        let given = [
            (2, 1, 5),
            (0, 1, 3),
            (1, 2, 9),
            (1, 0, 4),
            (3, 3, 7),
            (0, 4, 2),
            (0, 2, 0),
            (2, 0, -1),
        ];
        assert_eq!(simple_edges(4, &given), vec![(0, 1, 4), (1, 2, 9)]);
        // Sorted already: kept as given.
        assert_eq!(
            simple_edges(3, &[(0, 1, 3), (0, 2, 1), (1, 2, 2)]),
            vec![(0, 1, 3), (0, 2, 1), (1, 2, 2)]
        );
        // The same pair twice in a row is not "sorted already": the heaviest stays.
        assert_eq!(simple_edges(2, &[(0, 1, 3), (0, 1, 5)]), vec![(0, 1, 5)]);
        // Given backwards, put in order.
        assert_eq!(
            simple_edges(3, &[(1, 2, 1), (0, 1, 1)]),
            vec![(0, 1, 1), (1, 2, 1)]
        );
        // Weights past the limit are cut to it.
        assert_eq!(
            simple_edges(2, &[(0, 1, i64::MAX)]),
            vec![(0, 1, WEIGHT_MAX)]
        );
    }

    #[test]
    fn the_first_round_keeps_each_vertexs_heaviest_edges_of_a_dense_graph() {
        // Sparse enough: every edge.
        let few = [(0, 1, 1), (1, 2, 1)];
        assert_eq!(first_round(3, &few, 1), vec![true, true]);
        // Six edges on four vertices, one kept per vertex: each vertex's heaviest,
        // ties to the edge given first. 0 keeps 0–3 (5); 1 keeps 0–1 (the first of its
        // three of weight 1); 2 keeps 0–2 (2); 3 keeps 0–3.
        let dense = [
            (0, 1, 1),
            (0, 2, 2),
            (0, 3, 5),
            (1, 2, 1),
            (2, 3, 1),
            (1, 3, 1),
        ];
        assert_eq!(
            first_round(4, &dense, 1),
            vec![true, true, true, false, false, false]
        );
        // A complete graph of 5 (10 edges, more than 1 × 5), one per vertex: each
        // keeps its edge to 4, the heaviest.
        let mut complete = Vec::new();
        for a in 0..5 {
            for b in a + 1..5 {
                complete.push((a, b, (a * 5 + b) as i64));
            }
        }
        let kept: Vec<(usize, usize, i64)> = complete
            .iter()
            .zip(first_round(5, &complete, 1))
            .filter(|(_, c)| *c)
            .map(|(&e, _)| e)
            .collect();
        assert_eq!(kept, vec![(0, 4, 4), (1, 4, 9), (2, 4, 14), (3, 4, 19)]);
        // Exactly as many edges as the degree allows on average: all of them.
        assert!(first_round(5, &complete, 2).iter().all(|&c| c));
    }

    proptest! {
        /// The first round keeps, on a dense graph, exactly each vertex's `degree`
        /// heaviest edges (ties to the edge given first), as a plain sort finds them.
        #[test]
        fn the_first_round_is_each_vertexs_heaviest_edges(
            given in proptest::collection::vec((0usize..8, 0usize..8, 1i64..20), 0..40),
            degree in 1usize..4,
        ) {
            let n = 8;
            let edges = simple_edges(n, &given);
            let chosen = first_round(n, &edges, degree);
            let mut expected = vec![edges.len() <= degree * n; edges.len()];
            if edges.len() > degree * n {
                for v in 0..n {
                    let mut mine: Vec<usize> = (0..edges.len())
                        .filter(|&k| edges[k].0 == v || edges[k].1 == v)
                        .collect();
                    mine.sort_by_key(|&k| (std::cmp::Reverse(edges[k].2), k));
                    for &k in mine.iter().take(degree) {
                        expected[k] = true;
                    }
                }
            }
            prop_assert_eq!(chosen, expected);
        }
    }

    #[test]
    fn greedy_and_component_matchings_ignore_edges_they_cannot_take() {
        // Out of range, a loop, no weight: none is taken, nothing panics.
        let edges = [(0, 3, 5), (3, 0, 5), (1, 1, 5), (1, 2, 0), (0, 1, 2)];
        assert_eq!(greedy_matching(3, &edges), vec![(0, 1)]);
        assert_eq!(matching_by_component(3, &edges), vec![(0, 1)]);
        // An edge of no weight is never taken, even alone.
        assert_eq!(
            greedy_matching(2, &[(0, 1, 0)]),
            Vec::<(usize, usize)>::new()
        );
        // The heaviest first: 1–2 (weight 3) before 0–1 (2), then 0 has no partner.
        assert_eq!(greedy_matching(3, &[(0, 1, 2), (1, 2, 3)]), vec![(1, 2)]);
    }

    fn profile(
        member: i64,
        spoken: &[(Language, Level)],
        learns: &[Language],
        offers: &[Language],
    ) -> LanguageProfile {
        LanguageProfile {
            member,
            spoken: spoken
                .iter()
                .map(|&(language, level)| Spoken { language, level })
                .collect(),
            learns: learns.to_vec(),
            offers: offers.to_vec(),
            availability: Availability::NONE.with(Weekday::Tuesday, PartOfDay::Evening),
            welcomes_intergenerational: false,
            birth_year: None,
        }
    }

    /// The best matching's total weight by trying every matching: the oracle for tiny
    /// graphs.
    fn brute_force(n: usize, edges: &[(usize, usize, i64)]) -> i64 {
        fn best(v: usize, n: usize, taken: &mut [bool], w: &[Vec<i64>]) -> i64 {
            if v >= n {
                return 0;
            }
            if taken[v] {
                return best(v + 1, n, taken, w);
            }
            taken[v] = true;
            let mut top = best(v + 1, n, taken, w);
            for u in v + 1..n {
                if !taken[u] && w[v][u] > 0 {
                    taken[u] = true;
                    top = top.max(w[v][u] + best(v + 1, n, taken, w));
                    taken[u] = false;
                }
            }
            taken[v] = false;
            top
        }
        let mut w = vec![vec![0; n]; n];
        for &(u, v, x) in edges {
            if u != v && u < n && v < n {
                let x = x.min(WEIGHT_MAX);
                w[u][v] = w[u][v].max(x);
                w[v][u] = w[u][v];
            }
        }
        best(0, n, &mut vec![false; n], &w)
    }

    fn is_matching(n: usize, pairs: &[(usize, usize)]) -> bool {
        let mut seen = vec![false; n];
        pairs.iter().all(|&(u, v)| {
            let fresh = u < v && v < n && !seen[u] && !seen[v];
            seen[u] = true;
            seen[v] = true;
            fresh
        })
    }

    fn arb_graph(max_n: usize) -> impl Strategy<Value = (usize, Vec<(usize, usize, i64)>)> {
        (1..=max_n).prop_flat_map(|n| {
            let edge = (0..n, 0..n, 1i64..20);
            (Just(n), proptest::collection::vec(edge, 0..(n * n).min(40)))
        })
    }

    fn arb_profile() -> impl Strategy<Value = LanguageProfile> {
        let language = proptest::sample::select(Language::ALL.to_vec());
        let level = proptest::sample::select(Level::ALL.to_vec());
        (
            0i64..12,
            proptest::collection::vec((language.clone(), level), 1..4),
            proptest::collection::vec(language.clone(), 0..3),
            proptest::collection::vec(language, 0..3),
            0u32..(1 << 21),
            any::<bool>(),
            proptest::option::of(1930i32..2010),
        )
            .prop_map(|(member, spoken, learns, offers, bits, welcomes, year)| {
                let mut p = LanguageProfile {
                    member,
                    spoken: Vec::new(),
                    learns: Vec::new(),
                    offers: Vec::new(),
                    availability: Availability::from_bits(bits).unwrap_or_default(),
                    welcomes_intergenerational: welcomes,
                    birth_year: year,
                };
                for (language, level) in spoken {
                    if p.level(language).is_none() {
                        p.spoken.push(Spoken { language, level });
                    }
                }
                for l in learns {
                    if p.level(l).is_some_and(Level::may_learn) && !p.learns.contains(&l) {
                        p.learns.push(l);
                    }
                }
                for l in offers {
                    if p.level(l).is_some_and(Level::may_offer)
                        && !p.offers.contains(&l)
                        && !p.learns.contains(&l)
                    {
                        p.offers.push(l);
                    }
                }
                p
            })
    }

    #[test]
    fn levels_parse_order_and_thresholds() {
        assert_eq!(Level::parse("a1"), Ok(Level::A1));
        assert_eq!(Level::parse(" C2 "), Ok(Level::C2));
        assert_eq!(Level::parse("Native"), Ok(Level::Native));
        for bad in ["", "a0", "c3", "b", "native speaker", "A 1", "d1"] {
            assert_eq!(Level::parse(bad), Err(LevelRefusal::Unknown), "{bad}");
        }
        for l in Level::ALL {
            assert_eq!(Level::parse(l.code()), Ok(l));
        }
        assert!(Level::A1 < Level::A2 && Level::C2 < Level::Native);
        let offer: Vec<_> = Level::ALL.into_iter().filter(|l| l.may_offer()).collect();
        assert_eq!(offer, [Level::B2, Level::C1, Level::C2, Level::Native]);
        let learn: Vec<_> = Level::ALL.into_iter().filter(|l| l.may_learn()).collect();
        assert_eq!(learn, [Level::A1, Level::A2, Level::B1, Level::B2]);
        let host: Vec<_> = Level::ALL.into_iter().filter(|l| l.may_host()).collect();
        assert_eq!(host, [Level::C1, Level::C2, Level::Native]);
        // Two steps above, or native.
        assert!(Level::B2.helps(Level::A2));
        assert!(!Level::B2.helps(Level::B1));
        assert!(Level::C2.helps(Level::B2));
        assert!(!Level::C1.helps(Level::B2));
        assert!(Level::Native.helps(Level::B2));
        assert!(Level::Native.helps(Level::Native));
    }

    #[test]
    fn availability_is_21_slots() {
        let a = Availability::NONE
            .with(Weekday::Monday, PartOfDay::Morning)
            .with(Weekday::Sunday, PartOfDay::Evening);
        assert_eq!(a.bits(), 1 | 1 << 20);
        assert!(a.contains(Weekday::Sunday, PartOfDay::Evening));
        assert!(!a.contains(Weekday::Sunday, PartOfDay::Afternoon));
        assert_eq!(a.slots(), 2);
        assert_eq!(Availability::ALWAYS.slots(), 21);
        assert_eq!(a.shared(Availability::ALWAYS), 2);
        assert_eq!(
            Availability::from_bits(1 << 20),
            Some(Availability(1 << 20))
        );
        assert_eq!(Availability::from_bits(1 << 21), None);
        assert_eq!(
            serde_json::from_str::<Availability>("2097152").ok(),
            None,
            "a 22nd slot is refused"
        );
        assert_eq!(serde_json::to_string(&a).ok(), Some("1048577".into()));
    }

    #[test]
    fn profiles_are_checked_for_every_problem() {
        let good = profile(1, &[(Pt, Level::Native), (Lb, Level::A2)], &[Lb], &[Pt]);
        assert_eq!(check_profile(&good, 2026), Ok(()));
        let mut bad = profile(
            2,
            &[
                (Pt, Level::Native),
                (Fr, Level::C1),
                (Pt, Level::A1),
                (En, Level::B1),
            ],
            &[Fr, De, Fr],
            &[En, Fr, Lb],
        );
        bad.availability = Availability::NONE;
        bad.birth_year = Some(1899);
        assert_eq!(
            check_profile(&bad, 2026),
            Err(vec![
                ProfileProblem::DeclaredTwice { language: Pt },
                ProfileProblem::LearnLevelTooHigh {
                    language: Fr,
                    level: Level::C1
                },
                ProfileProblem::LevelMissing { language: De },
                ProfileProblem::ListedTwice { language: Fr },
                ProfileProblem::OfferLevelTooLow {
                    language: En,
                    level: Level::B1
                },
                ProfileProblem::LearnsWhatItOffers { language: Fr },
                ProfileProblem::LevelMissing { language: Lb },
                ProfileProblem::NoAvailability,
                ProfileProblem::BirthYearOutOfRange { year: 1899 },
            ])
        );
        let mut empty = profile(3, &[], &[], &[]);
        empty.availability = Availability(1 << 22);
        empty.birth_year = Some(2027);
        assert_eq!(
            check_profile(&empty, 2026),
            Err(vec![
                ProfileProblem::NoLanguage,
                ProfileProblem::AvailabilityOutOfRange,
                ProfileProblem::BirthYearOutOfRange { year: 2027 },
            ])
        );
        // The bounds themselves are fine: B2 both ways, 1900 and this year.
        let mut edge = profile(4, &[(De, Level::B2), (Fr, Level::B2)], &[De], &[Fr]);
        edge.birth_year = Some(BIRTH_YEAR_MIN);
        assert_eq!(check_profile(&edge, 2026), Ok(()));
        edge.birth_year = Some(2026);
        assert_eq!(check_profile(&edge, 2026), Ok(()));
    }

    #[test]
    fn generations_are_25_years_apart() {
        let mut a = profile(1, &[], &[], &[]);
        let mut b = profile(2, &[], &[], &[]);
        assert!(!intergenerational(&a, &b));
        a.birth_year = Some(1950);
        assert!(!intergenerational(&a, &b));
        b.birth_year = Some(1975);
        assert!(intergenerational(&a, &b) && intergenerational(&b, &a));
        b.birth_year = Some(1974);
        assert!(!intergenerational(&a, &b));
        b.birth_year = Some(1925);
        assert!(intergenerational(&a, &b));
        b.birth_year = Some(1926);
        assert!(!intergenerational(&a, &b));
    }

    #[test]
    fn a_tandem_needs_each_to_offer_what_the_other_learns() {
        // The widow from the brief: Portuguese, learning Luxembourgish; and a
        // Luxembourger learning Portuguese.
        let maria = profile(1, &[(Pt, Level::Native), (Lb, Level::A1)], &[Lb], &[Pt]);
        let jang = profile(2, &[(Lb, Level::Native), (Pt, Level::A2)], &[Pt], &[Lb]);
        let t = tandem(&maria, &jang).expect("compatible");
        assert_eq!((t.first_teaches, t.second_teaches), (Pt, Lb));
        // One shared slot (3), levels one step apart (4 × 2), plus 1.
        assert_eq!(t.preference, 1 + 3 + 8);
        let back = tandem(&jang, &maria).expect("symmetric");
        assert_eq!(
            (back.first_teaches, back.second_teaches, back.preference),
            (Lb, Pt, 12)
        );
        // Not with oneself, not without a shared slot, not one way only.
        assert_eq!(tandem(&maria, &maria), None);
        let mut other_time = jang.clone();
        other_time.availability = Availability::NONE.with(Weekday::Monday, PartOfDay::Morning);
        assert_eq!(tandem(&maria, &other_time), None);
        let one_way = profile(3, &[(Lb, Level::Native), (Fr, Level::A2)], &[Fr], &[Lb]);
        assert_eq!(tandem(&maria, &one_way), None);
        // A B2 speaker does not help a B1 learner; a C1 speaker does.
        let close = profile(4, &[(Lb, Level::B2), (Pt, Level::A2)], &[Pt], &[Lb]);
        let learner = profile(5, &[(Pt, Level::Native), (Lb, Level::B1)], &[Lb], &[Pt]);
        assert_eq!(tandem(&learner, &close), None);
        let enough = profile(6, &[(Lb, Level::C1), (Pt, Level::A2)], &[Pt], &[Lb]);
        assert!(tandem(&learner, &enough).is_some());
        // Two steps ahead is enough at the top too: C2 helps a B2 learner.
        let b2_learner = profile(12, &[(Pt, Level::Native), (Lb, Level::B2)], &[Lb], &[Pt]);
        let c2 = profile(13, &[(Lb, Level::C2), (Pt, Level::A2)], &[Pt], &[Lb]);
        assert!(tandem(&b2_learner, &c2).is_some());
        // Declared levels are required on both sides.
        let undeclared = profile(7, &[(Lb, Level::Native)], &[Pt], &[Lb]);
        assert_eq!(tandem(&maria, &undeclared), None);
        let unchecked = profile(8, &[(Lb, Level::A1), (Pt, Level::A1)], &[Pt], &[Lb]);
        assert_eq!(
            tandem(&maria, &unchecked),
            None,
            "offers below B2 do not count"
        );
        let too_good = profile(9, &[(Lb, Level::Native), (Pt, Level::C1)], &[Pt], &[Lb]);
        assert_eq!(
            tandem(&maria, &too_good),
            None,
            "learning above B2 does not count"
        );
        // Spoken natively but not offered: nothing to propose; offered at B1 to an A1
        // learner (two steps ahead, which would help): below B2, an offer does not count.
        let not_offered = profile(10, &[(Lb, Level::Native), (Pt, Level::A2)], &[Pt], &[]);
        assert_eq!(tandem(&maria, &not_offered), None);
        let offered_at_b1 = profile(11, &[(Lb, Level::B1), (Pt, Level::A2)], &[Pt], &[Lb]);
        assert_eq!(tandem(&maria, &offered_at_b1), None);
    }

    #[test]
    fn the_preference_counts_slots_closeness_and_generations() {
        let mut a = profile(1, &[(Pt, Level::Native), (Lb, Level::A1)], &[Lb], &[Pt]);
        let mut b = profile(2, &[(Lb, Level::Native), (Pt, Level::A1)], &[Pt], &[Lb]);
        let pref = |a: &LanguageProfile, b: &LanguageProfile| tandem(a, b).map(|t| t.preference);
        assert_eq!(pref(&a, &b), Some(1 + 3 + 12));
        // Slots count up to six.
        a.availability = Availability::ALWAYS;
        b.availability = Availability::from_bits(0b11111).unwrap_or_default();
        assert_eq!(pref(&a, &b), Some(1 + 15 + 12));
        b.availability = Availability::ALWAYS;
        assert_eq!(pref(&a, &b), Some(1 + 18 + 12));
        // Levels three steps apart count nothing.
        b.spoken[1].level = Level::B2;
        assert_eq!(pref(&a, &b), Some(1 + 18));
        // Generations: both must welcome it.
        a.birth_year = Some(1950);
        b.birth_year = Some(2000);
        a.welcomes_intergenerational = true;
        assert_eq!(pref(&a, &b), Some(1 + 18));
        b.welcomes_intergenerational = true;
        assert_eq!(pref(&a, &b), Some(1 + 18 + 10));
        b.spoken[1].level = Level::A1;
        assert_eq!(pref(&a, &b), Some(PREFERENCE_MAX));
        b.birth_year = Some(1960);
        assert_eq!(pref(&a, &b), Some(1 + 18 + 12));
    }

    #[test]
    fn of_several_language_pairs_the_closest_levels_win() {
        let a = profile(
            1,
            &[(Fr, Level::Native), (Lb, Level::A1), (De, Level::B1)],
            &[Lb, De],
            &[Fr],
        );
        let b = profile(
            2,
            &[(Lb, Level::Native), (De, Level::Native), (Fr, Level::B1)],
            &[Fr],
            &[Lb, De],
        );
        let t = tandem(&a, &b).expect("compatible");
        assert_eq!((t.first_teaches, t.second_teaches), (Fr, De));
        assert_eq!(t.preference, 1 + 3 + 12);
    }

    #[test]
    fn pairs_are_found_through_buckets_once() {
        let profiles = vec![
            profile(10, &[(Pt, Level::Native), (Lb, Level::A1)], &[Lb], &[Pt]),
            profile(
                11,
                &[(Lb, Level::Native), (Pt, Level::A1), (Fr, Level::A1)],
                &[Pt, Fr],
                &[Lb],
            ),
            profile(
                12,
                &[(Fr, Level::Native), (Pt, Level::Native), (Lb, Level::A2)],
                &[Lb],
                &[Fr, Pt],
            ),
            // The same member again: ignored.
            profile(10, &[(Pt, Level::Native), (Lb, Level::A1)], &[Lb], &[Pt]),
        ];
        assert_eq!(compatible_pairs(&profiles), [(0, 1, 16), (1, 2, 12)]);
        assert_eq!(propose_tandems(&profiles), [(10, 11)]);
        assert_eq!(propose_tandems(&[]), []);
    }

    #[test]
    fn more_pairs_beat_better_pairs() {
        // 0–1 is the best pair, but taking it leaves 2 and 3 alone; 0–2 and 1–3 are two.
        let edges = [(0, 1, 100), (0, 2, 1), (1, 3, 1)];
        assert_eq!(max_weight_matching(4, &edges), [(0, 1)]);
        let base = pair_weight_base(4);
        let weighted: Vec<_> = edges
            .iter()
            .map(|&(u, v, w)| (u, v, base + w.min(PREFERENCE_MAX)))
            .collect();
        assert_eq!(max_weight_matching(4, &weighted), [(0, 2), (1, 3)]);
        assert_eq!(pair_weight_base(4), 3 * PREFERENCE_MAX);
        assert_eq!(pair_weight_base(5), 3 * PREFERENCE_MAX);
    }

    #[test]
    fn the_matching_takes_what_greedy_misses() {
        // A path a–b–c–d: greedy takes the middle, the best takes both ends.
        let path = [(0, 1, 5), (1, 2, 6), (2, 3, 5)];
        assert_eq!(greedy_matching(4, &path), [(1, 2)]);
        assert_eq!(max_weight_matching(4, &path), [(0, 1), (2, 3)]);
        assert_eq!(matching_weight(&path, &[(0, 1), (2, 3)]), 10);
        // A triangle with a tail needs a blossom: 0-1-2 odd cycle, 2-3 tail.
        let blossom = [(0, 1, 6), (1, 2, 10), (0, 2, 10), (2, 3, 7), (3, 4, 2)];
        assert_eq!(max_weight_matching(5, &blossom), [(0, 1), (2, 3)]);
        // Nonsense edges are left out.
        let odd = [
            (0, 0, 5),
            (0, 9, 5),
            (1, 2, -3),
            (1, 2, 0),
            (0, 1, 2),
            (1, 0, 4),
        ];
        assert_eq!(max_weight_matching(3, &odd), [(0, 1)]);
        assert_eq!(greedy_matching(3, &odd), [(0, 1)]);
        assert_eq!(matching_weight(&odd, &[(0, 1)]), 4);
        assert_eq!(matching_weight(&odd, &[(0, 2)]), 0);
        assert_eq!(max_weight_matching(0, &[]), []);
        // An end equal to n is outside the graph too; a zero weight adds nothing.
        assert_eq!(
            max_weight_matching(3, &[(0, 3, 50), (3, 0, 50), (1, 2, 1)]),
            [(1, 2)]
        );
        assert_eq!(max_weight_matching(2, &[(0, 1, 0)]), []);
        let huge = [(0, 1, i64::MAX), (1, 2, i64::MAX), (2, 3, i64::MAX)];
        assert_eq!(max_weight_matching(4, &huge), [(0, 1), (2, 3)]);
    }

    #[test]
    fn the_first_round_keeps_each_vertex_heaviest_edges() {
        // A star of four edges and one more: with one edge per vertex, the centre keeps
        // its heaviest, each leaf its only one.
        let star = [(0, 1, 5), (0, 2, 9), (0, 3, 9), (0, 4, 1), (1, 2, 2)];
        assert_eq!(first_round(5, &star, 1), [true, true, true, true, true]);
        let dense = [
            (0, 1, 5),
            (0, 2, 9),
            (0, 3, 9),
            (1, 2, 2),
            (1, 3, 3),
            (2, 3, 1),
        ];
        // Vertex 0 keeps 0–2 (ties to the first), 1 keeps 0–1, 2 keeps 0–2, 3 keeps 0–3.
        assert_eq!(
            first_round(4, &dense, 1),
            [true, true, true, false, false, false]
        );
        assert_eq!(first_round(4, &dense, 2), [true; 6]);
        assert_eq!(first_round(4, &dense, 0), [false; 6]);
    }

    /// Van Rantwijk's classic cases that exercise blossoms being made, expanded while
    /// labelled T, and augmented through nested.
    #[test]
    fn nested_and_expanded_blossoms() {
        type Edges = Vec<(usize, usize, i64)>;
        let cases: [(usize, Edges); 6] = [
            // S-blossom, then relabelled.
            (5, vec![(1, 2, 8), (1, 3, 9), (2, 3, 10), (3, 4, 7)]),
            (
                7,
                vec![
                    (1, 2, 8),
                    (1, 3, 9),
                    (2, 3, 10),
                    (3, 4, 7),
                    (1, 6, 5),
                    (4, 5, 6),
                ],
            ),
            // A T-blossom expanded.
            (
                7,
                vec![
                    (1, 2, 9),
                    (1, 3, 8),
                    (2, 3, 10),
                    (1, 4, 5),
                    (4, 5, 4),
                    (1, 6, 3),
                ],
            ),
            // Nested S-blossom, augmented through.
            (
                7,
                vec![
                    (1, 2, 9),
                    (1, 3, 9),
                    (2, 3, 10),
                    (2, 4, 8),
                    (3, 5, 8),
                    (4, 5, 10),
                    (5, 6, 6),
                ],
            ),
            // Blossom expanded with a relabelled T child, then a nested one.
            (
                9,
                vec![
                    (1, 2, 45),
                    (1, 5, 45),
                    (2, 3, 50),
                    (3, 4, 45),
                    (4, 5, 50),
                    (1, 6, 30),
                    (3, 9, 35),
                    (4, 8, 35),
                    (5, 7, 26),
                    (9, 10, 5),
                ],
            ),
            (
                11,
                vec![
                    (1, 2, 40),
                    (1, 3, 40),
                    (2, 3, 60),
                    (2, 4, 55),
                    (3, 5, 55),
                    (4, 5, 50),
                    (1, 8, 15),
                    (5, 7, 30),
                    (7, 6, 10),
                    (8, 10, 10),
                    (4, 9, 30),
                ],
            ),
        ];
        for (n, edges) in cases {
            let n = n.max(11);
            let pairs = max_weight_matching(n, &edges);
            assert!(is_matching(n, &pairs));
            assert_eq!(
                matching_weight(&edges, &pairs),
                brute_force(n, &edges),
                "{edges:?}"
            );
        }
    }

    /// After solving a whole graph, every edge's reduced slack equals the sum written
    /// out from the blossoms holding both its ends, none is negative (the duals are
    /// feasible) and a matched edge's is zero (complementary slackness): the
    /// certificate `solve_sparse_first` relies on. How many edges lie inside a blossom
    /// with a positive dual (where the blossoms count).
    fn slack_certificate(solver: &Blossoms, edges: &[(usize, usize, i64)]) -> usize {
        let holding = |v: usize| {
            let mut up = std::collections::BTreeSet::new();
            let mut b = v;
            while solver.parent[b] != NONE {
                b = solver.parent[b];
                up.insert(b);
            }
            up
        };
        let mut inside = 0;
        for &(u, v, w) in edges {
            let shared: i64 = holding(u)
                .intersection(&holding(v))
                .map(|&b| 2 * solver.dual[b])
                .sum();
            inside += usize::from(shared > 0);
            let slack = solver.reduced_slack(u, v, w);
            assert_eq!(
                slack,
                solver.dual[u] + solver.dual[v] - 2 * w + shared,
                "{:?}",
                (u, v, w)
            );
            assert!(slack >= 0, "{:?} breaks the duals", (u, v, w));
            let p = solver.mate[u];
            if p != NONE && solver.endpoint[p] == v {
                assert_eq!(slack, 0, "matched {:?}", (u, v, w));
            }
        }
        inside
    }

    /// The tight paths go through matched pairs: with 1–2 matched, the path 0–1–2–3 of
    /// tight edges is augmented to 0–1 and 2–3 before any stage.
    #[test]
    fn tight_paths_augment_through_a_matched_pair() {
        let edges = vec![(0, 1, 5), (1, 2, 5), (2, 3, 5), (0, 3, 1)];
        let mut solver = Blossoms::new(4, edges);
        // Edge 1 (1–2) matched: its endpoints are 2 (vertex 1) and 3 (vertex 2).
        solver.mate[1] = 3;
        solver.mate[2] = 2;
        solver.augment_tight_paths();
        let pairs: Vec<usize> = (0..4).map(|v| solver.endpoint[solver.mate[v]]).collect();
        assert_eq!(pairs, [1, 0, 3, 2]);
    }

    /// A heavy triangle with a light edge out keeps a blossom with a positive dual at
    /// the end: the case where the blossoms count, met for certain.
    #[test]
    fn a_blossom_with_a_positive_dual_counts_in_the_slack() {
        let edges = vec![(0, 1, 10), (1, 2, 10), (0, 2, 10), (2, 3, 1)];
        let mut solver = Blossoms::new(4, edges.clone());
        solver.solve();
        assert!(
            slack_certificate(&solver, &edges) > 0,
            "duals {:?}",
            solver.dual
        );
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(1000))]

        #[test]
        fn the_matching_is_the_heaviest((n, edges) in arb_graph(9)) {
            let pairs = max_weight_matching(n, &edges);
            prop_assert!(is_matching(n, &pairs));
            let best = brute_force(n, &edges);
            prop_assert_eq!(matching_weight(&edges, &pairs), best);
            // Solved on each vertex's heaviest one or two edges first, then repaired
            // by the duals: the same total.
            for degree in [1, 2] {
                let sparse = solve_sparse_first(n, simple_edges(n, &edges), degree);
                prop_assert!(is_matching(n, &sparse));
                prop_assert_eq!(matching_weight(&edges, &sparse), best);
            }
            // Every pair is an edge of the graph.
            for &(u, v) in &pairs {
                prop_assert!(edges.iter().any(|&(a, b, w)| w > 0 && ((a, b) == (u, v) || (b, a) == (u, v))));
            }
            let greedy = greedy_matching(n, &edges);
            prop_assert!(is_matching(n, &greedy));
            prop_assert!(matching_weight(&edges, &pairs) >= matching_weight(&edges, &greedy));
            // By components, the same total.
            let split = matching_by_component(n, &edges);
            prop_assert!(is_matching(n, &split));
            prop_assert_eq!(matching_weight(&edges, &split), matching_weight(&edges, &pairs));
        }

        /// The tight paths taken before a stage (a shortcut the stages would find too,
        /// so no matching's total can tell whether it ran): on a fresh solver, every
        /// pair it matches is a tight edge, no tight edge is left between two free
        /// vertices, the matching is one, and the duals have not moved. A second call
        /// with the free vertices' dual unchanged changes nothing.
        #[test]
        fn tight_paths_match_only_tight_edges_and_leave_none_free(
            (n, edges) in (2usize..12).prop_flat_map(|n| {
                let edge = (0..n, 0..n, 1i64..4);
                (Just(n), proptest::collection::vec(edge, 1..n * 3))
            })
        ) {
            let edges = simple_edges(n, &edges);
            prop_assume!(!edges.is_empty());
            let mut solver = Blossoms::new(n, edges.clone());
            let duals = solver.dual.clone();
            solver.augment_tight_paths();
            prop_assert_eq!(&solver.dual, &duals);
            let mut matched = 0;
            for v in 0..n {
                let p = solver.mate[v];
                if p == NONE {
                    continue;
                }
                let w = solver.endpoint[p];
                prop_assert_eq!(solver.endpoint[solver.mate[w]], v, "not a matching");
                prop_assert_eq!(solver.slack(p / 2), 0, "{} and {} are not tight", v, w);
                matched += 1;
            }
            for (k, &(u, v, _)) in edges.iter().enumerate() {
                let free = solver.mate[u] == NONE && solver.mate[v] == NONE;
                prop_assert!(!(free && solver.slack(k) == 0), "{}-{} tight and free", u, v);
            }
            let mates = solver.mate.clone();
            solver.augment_tight_paths();
            prop_assert_eq!(&solver.mate, &mates);
            // Some case of every run matches something (the heaviest edges are tight).
            prop_assert!(matched > 0);
        }

        /// A stage ends with no top-level S-blossom of zero dual left, every other
        /// blossom as it was; the matching and the duals of the vertices unchanged.
        #[test]
        fn a_stage_ends_without_zero_dual_s_blossoms((n, edges) in arb_graph(12)) {
            let edges = simple_edges(n, &edges);
            prop_assume!(!edges.is_empty());
            let mut solver = Blossoms::new(n, edges);
            solver.tight_paths_first = false;
            // Stages by hand, each ended, checked after each.
            for _ in 0..n {
                solver.start_stage();
                let mut augmented = false;
                while !augmented {
                    augmented = solver.grow();
                    if !augmented && !solver.adjust_duals() {
                        break;
                    }
                }
                if !augmented {
                    break;
                }
                let top = |s: &Blossoms| -> Vec<usize> {
                    (s.n..2 * s.n).filter(|&b| s.base[b] != NONE && s.parent[b] == NONE).collect()
                };
                let kept: Vec<usize> = top(&solver)
                    .into_iter()
                    .filter(|&b| !(solver.label[b] == S && solver.dual[b] == 0))
                    .collect();
                let (mate, duals) = (solver.mate.clone(), solver.dual[..n].to_vec());
                solver.end_stage();
                for b in top(&solver) {
                    prop_assert!(!(solver.label[b] == S && solver.dual[b] == 0), "blossom {} kept", b);
                }
                for b in kept {
                    prop_assert!(solver.base[b] != NONE && solver.parent[b] == NONE, "blossom {} gone", b);
                }
                prop_assert_eq!(&solver.mate, &mate);
                prop_assert_eq!(&solver.dual[..n], &duals[..]);
                // The tight paths between stages touch no vertex inside a blossom.
                let inside: Vec<(usize, usize)> = (0..n)
                    .filter(|&v| solver.in_blossom[v] != v)
                    .map(|v| (v, solver.mate[v]))
                    .collect();
                solver.free_dual_matched = None;
                solver.augment_tight_paths();
                for (v, m) in inside {
                    prop_assert_eq!(solver.mate[v], m, "vertex {} inside a blossom", v);
                }
            }
        }

        /// A stage starts clean: no label but the free vertices' S, no best edge of any
        /// vertex or blossom, nothing allowed, whatever the solve before left.
        #[test]
        fn a_stage_starts_from_nothing((n, edges) in arb_graph(12)) {
            let edges = simple_edges(n, &edges);
            prop_assume!(!edges.is_empty());
            let mut solver = Blossoms::new(n, edges);
            solver.solve();
            solver.tight_paths_first = false;
            solver.start_stage();
            prop_assert!(solver.blossom_best_edges.iter().all(Option::is_none));
            prop_assert!(solver.best_edge.iter().all(|&k| k == NONE));
            prop_assert!(solver.allowed.iter().all(|&a| !a));
            for b in 0..2 * n {
                let top = b < n && solver.in_blossom[b] == b || b >= n && solver.base[b] != NONE && solver.parent[b] == NONE;
                if !top {
                    continue;
                }
                let free = solver.leaves(b).iter().any(|&v| solver.mate[v] == NONE);
                prop_assert_eq!(solver.label[b] == S, free, "blossom {}", b);
            }
        }

        /// The slack the sparse rounds judge left-out edges by is the exact reduced
        /// slack of the duals, blossoms included (see `slack_certificate`).
        #[test]
        fn reduced_slack_is_the_duals_certificate((n, edges) in arb_graph(12)) {
            let edges = simple_edges(n, &edges);
            prop_assume!(!edges.is_empty());
            let mut solver = Blossoms::new(n, edges.clone());
            solver.solve();
            slack_certificate(&solver, &edges);
        }

        /// Tandem-like weights (a large base plus a small preference) on graphs too big
        /// for brute force: the fast path (tight paths first, sparse rounds with near
        /// edges) totals what the plain blossom algorithm on the whole graph does.
        #[test]
        fn the_fast_path_totals_the_plain_algorithm(
            (n, edges) in (2usize..40).prop_flat_map(|n| {
                let edge = (0..n, 0..n, 1i64..=PREFERENCE_MAX);
                (Just(n), proptest::collection::vec(edge, 0..n * 6))
            })
        ) {
            let base = pair_weight_base(n);
            let edges: Vec<_> = edges.into_iter().map(|(u, v, p)| (u, v, base + p)).collect();
            let simple = simple_edges(n, &edges);
            let plain = if simple.is_empty() {
                0
            } else {
                let mut solver = Blossoms::new(n, simple.clone());
                solver.tight_paths_first = false;
                solver.solve();
                let pairs: Vec<(usize, usize)> = (0..n)
                    .filter(|&v| solver.mate[v] != NONE)
                    .map(|v| (v, solver.endpoint[solver.mate[v]]))
                    .filter(|&(v, w)| v < w)
                    .collect();
                prop_assert!(is_matching(n, &pairs));
                matching_weight(&edges, &pairs)
            };
            let fast = max_weight_matching(n, &edges);
            prop_assert!(is_matching(n, &fast));
            prop_assert_eq!(matching_weight(&edges, &fast), plain);
            for degree in [1, 2, 3] {
                let sparse = solve_sparse_first(n, simple.clone(), degree);
                prop_assert!(is_matching(n, &sparse));
                prop_assert_eq!(matching_weight(&edges, &sparse), plain);
            }
        }

        #[test]
        fn proposals_are_compatible_disjoint_and_beat_greedy(
            profiles in proptest::collection::vec(arb_profile(), 0..14),
        ) {
            let proposed = propose_tandems(&profiles);
            let mut seen = std::collections::HashSet::new();
            for &(a, b) in &proposed {
                prop_assert!(a < b);
                prop_assert!(seen.insert(a) && seen.insert(b), "someone in two pairs");
                let pa = profiles.iter().find(|p| p.member == a);
                let pb = profiles.iter().find(|p| p.member == b);
                let (Some(pa), Some(pb)) = (pa, pb) else {
                    return Err(TestCaseError::fail("a pair of unknown members"));
                };
                prop_assert!(tandem(pa, pb).is_some() && tandem(pb, pa).is_some());
            }
            // Against greedy on the same weights: never lighter, never fewer pairs.
            let base = pair_weight_base(profiles.len());
            let edges: Vec<_> = compatible_pairs(&profiles)
                .into_iter()
                .map(|(i, j, p)| (i, j, base + p))
                .collect();
            let best = matching_by_component(profiles.len(), &edges);
            let greedy = greedy_matching(profiles.len(), &edges);
            prop_assert!(matching_weight(&edges, &best) >= matching_weight(&edges, &greedy));
            prop_assert!(best.len() >= greedy.len());
            prop_assert_eq!(best.len(), proposed.len());
            prop_assert_eq!(matching_weight(&edges, &best), brute_force(profiles.len(), &edges));
        }

        #[test]
        fn tandem_is_symmetric(a in arb_profile(), b in arb_profile()) {
            let ab = tandem(&a, &b);
            let ba = tandem(&b, &a);
            prop_assert_eq!(ab.map(|t| t.preference), ba.map(|t| t.preference));
            prop_assert_eq!(ab.map(|t| (t.first_teaches, t.second_teaches)), ba.map(|t| (t.second_teaches, t.first_teaches)));
            if let Some(t) = ab {
                prop_assert!((1..=PREFERENCE_MAX).contains(&t.preference));
                prop_assert!(a.offers.contains(&t.first_teaches) && b.learns.contains(&t.first_teaches));
                prop_assert!(b.offers.contains(&t.second_teaches) && a.learns.contains(&t.second_teaches));
            }
        }

        #[test]
        fn level_parse_never_panics(text in "\\PC{0,20}") {
            let _ = Level::parse(&text);
        }
    }

    /// Realistic profiles of a Luxembourg commune: natives of lb, pt, fr, en, de in
    /// rough proportion, most learning Luxembourgish or French.
    fn commune_profiles(count: usize, seed: u64) -> Vec<LanguageProfile> {
        use rand::{rngs::StdRng, Rng, SeedableRng};
        let mut rng = StdRng::seed_from_u64(seed);
        let pick = |rng: &mut StdRng, weights: &[(Language, u32)]| {
            let total: u32 = weights.iter().map(|w| w.1).sum();
            let mut x = rng.gen_range(0..total);
            for &(l, w) in weights {
                if x < w {
                    return l;
                }
                x -= w;
            }
            Lb
        };
        let natives = [(Lb, 40), (Pt, 20), (Fr, 18), (En, 14), (De, 8)];
        let learned = [(Lb, 40), (Fr, 25), (De, 15), (En, 15), (Pt, 5)];
        let learner_levels = [Level::A1, Level::A2, Level::B1, Level::B2];
        (0..count)
            .map(|i| {
                let native = pick(&mut rng, &natives);
                let mut p = LanguageProfile {
                    member: i as i64,
                    spoken: vec![Spoken {
                        language: native,
                        level: Level::Native,
                    }],
                    learns: Vec::new(),
                    offers: vec![native],
                    availability: Availability::NONE,
                    welcomes_intergenerational: rng.gen_bool(0.5),
                    birth_year: rng.gen_bool(0.8).then(|| rng.gen_range(1940..2007)),
                };
                if rng.gen_bool(0.25) {
                    let second = pick(&mut rng, &natives);
                    if p.level(second).is_none() {
                        let level = if rng.gen_bool(0.5) {
                            Level::C1
                        } else {
                            Level::C2
                        };
                        p.spoken.push(Spoken {
                            language: second,
                            level,
                        });
                        p.offers.push(second);
                    }
                }
                let learns = if rng.gen_bool(0.3) { 2 } else { 1 };
                for _ in 0..learns {
                    let l = pick(&mut rng, &learned);
                    if p.level(l).is_none() {
                        let level = learner_levels[rng.gen_range(0..4)];
                        p.spoken.push(Spoken { language: l, level });
                        p.learns.push(l);
                    }
                }
                // Two to seven slots, evenings and weekends likelier.
                for _ in 0..rng.gen_range(2..=7) {
                    let day = Weekday::ALL[if rng.gen_bool(0.4) {
                        rng.gen_range(5..7)
                    } else {
                        rng.gen_range(0..5)
                    }];
                    let part = PartOfDay::ALL[if rng.gen_bool(0.5) {
                        2
                    } else {
                        rng.gen_range(0..2)
                    }];
                    p.availability = p.availability.with(day, part);
                }
                p
            })
            .collect()
    }

    #[test]
    fn generated_commune_profiles_are_valid() {
        for p in commune_profiles(300, 7) {
            assert_eq!(check_profile(&p, 2026), Ok(()), "{p:?}");
        }
    }

    /// `cargo test -p gemeng-core --release --lib tandems_for_ten_thousand -- --ignored --nocapture`
    #[test]
    #[ignore = "a timing, for release builds"]
    fn tandems_for_ten_thousand() {
        let profiles = commune_profiles(10_000, 2026);
        let started = std::time::Instant::now();
        let base = pair_weight_base(profiles.len());
        let edges: Vec<_> = compatible_pairs(&profiles)
            .into_iter()
            .map(|(i, j, p)| (i, j, base + p))
            .collect();
        let built = started.elapsed();
        {
            let mut degree = vec![0usize; profiles.len()];
            for &(u, v, _) in &edges {
                degree[u] += 1;
                degree[v] += 1;
            }
            let isolated = degree.iter().filter(|&&d| d == 0).count();
            println!(
                "edges {} built in {built:?}; isolated {isolated}; max degree {:?}",
                edges.len(),
                degree.iter().max()
            );
        }
        let best = matching_by_component(profiles.len(), &edges);
        let total = started.elapsed();
        let greedy_started = std::time::Instant::now();
        let greedy = greedy_matching(profiles.len(), &edges);
        let greedy_time = greedy_started.elapsed();
        let preference =
            |pairs: &[(usize, usize)]| matching_weight(&edges, pairs) - base * pairs.len() as i64;
        println!(
            "{} profiles, {} compatible pairs: edges {:?}, matching {:?} in all; \
             {} pairs, preference {} (greedy: {} pairs, preference {}, {:?})",
            profiles.len(),
            edges.len(),
            built,
            total,
            best.len(),
            preference(&best),
            greedy.len(),
            preference(&greedy),
            greedy_time,
        );
        assert!(matching_weight(&edges, &best) >= matching_weight(&edges, &greedy));
        let proposal_started = std::time::Instant::now();
        let proposed = propose_tandems(&profiles);
        println!(
            "propose_tandems: {} pairs in {:?}",
            proposed.len(),
            proposal_started.elapsed()
        );
        assert_eq!(proposed.len(), best.len());
    }
}
