//! Language practice (`PRODUCT.md` C5): members keep a language profile (what they
//! speak and at which level, what they learn and can help with, when they can meet);
//! staff run the tandem proposals (a maximum-weight matching over every compatible
//! pair, `gemeng_core::language_practice::propose_tandems`); both members accept before
//! either learns who the other is, and either may decline or end it. Here the flows
//! shared by the pages (`web`) and the API (`api`).

pub mod api;
pub mod coaching;
pub mod web;

use gemeng_core::activities::Weekday;
use gemeng_core::language::Language;
use gemeng_core::language_practice::{
    check_profile, propose_tandems, tandem, Availability, LanguageProfile, Level, PartOfDay,
    ProfileProblem, Spoken,
};
use gemeng_core::validation::FieldErrors;
use gemeng_db::accounts::Account;
use gemeng_db::communes::Commune;
use gemeng_db::language_practice::{self as store, StoredProfile, Tandem};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::app::{now, App};
use crate::http::api::WholeNumber;
use crate::http::auth::rate_limit;
use crate::http::error::{AppError, AppResult};

/// Profile changes and tandem answers one member makes in an hour.
pub const CHANGES_PER_HOUR: i64 = 60;

/// The form field of a language's level.
pub fn level_field(language: Language) -> &'static str {
    match language {
        Language::Lb => "level-lb",
        Language::De => "level-de",
        Language::Fr => "level-fr",
        Language::En => "level-en",
        Language::Pt => "level-pt",
    }
}

const DAYS: [(Weekday, &str); 7] = [
    (Weekday::Monday, "monday"),
    (Weekday::Tuesday, "tuesday"),
    (Weekday::Wednesday, "wednesday"),
    (Weekday::Thursday, "thursday"),
    (Weekday::Friday, "friday"),
    (Weekday::Saturday, "saturday"),
    (Weekday::Sunday, "sunday"),
];

const PARTS: [(PartOfDay, &str); 3] = [
    (PartOfDay::Morning, "morning"),
    (PartOfDay::Afternoon, "afternoon"),
    (PartOfDay::Evening, "evening"),
];

/// Every slot of the week as `monday-morning` … `sunday-evening`, in order.
pub fn slot_codes() -> Vec<(String, Weekday, PartOfDay)> {
    DAYS.iter()
        .flat_map(|(day, d)| {
            PARTS
                .iter()
                .map(move |(part, p)| (format!("{d}-{p}"), *day, *part))
        })
        .collect()
}

/// One language of a profile as sent.
#[derive(Debug, Clone, Default, Deserialize, Serialize, ToSchema)]
#[serde(default)]
pub struct ProfileLanguageIn {
    /// lb, de, fr, en or pt.
    #[schema(max_length = 5)]
    pub language: String,
    /// a1, a2, b1, b2, c1, c2 or native.
    #[schema(max_length = 10)]
    pub level: String,
    /// Wants to practise it (at B2 or below).
    pub learns: bool,
    /// Can help others with it (at B2 or above).
    pub offers: bool,
}

/// A language profile as its member writes it.
#[derive(Debug, Clone, Default, Deserialize, Serialize, ToSchema)]
#[serde(default)]
#[schema(example = json!({"languages": [{"language": "pt", "level": "native", "learns": false, "offers": true},
    {"language": "lb", "level": "a2", "learns": true, "offers": false}],
    "availability": ["tuesday-evening", "saturday-morning"], "welcomes_intergenerational": true, "birth_year": 1954}))]
pub struct ProfileInput {
    pub languages: Vec<ProfileLanguageIn>,
    /// The times of the week they can meet: `monday-morning` … `sunday-evening`.
    pub availability: Vec<String>,
    /// Welcomes a partner of another generation.
    pub welcomes_intergenerational: bool,
    /// Only to tell generations apart; optional.
    #[schema(value_type = Option<i64>)]
    pub birth_year: Option<WholeNumber>,
}

fn profile_field(problem: ProfileProblem) -> (&'static str, &'static str) {
    match problem {
        ProfileProblem::NoLanguage => ("languages", "profile-error-no-language"),
        ProfileProblem::DeclaredTwice { .. } | ProfileProblem::ListedTwice { .. } => {
            ("languages", "profile-error-twice")
        }
        ProfileProblem::LevelMissing { language } => {
            (level_field(language), "profile-error-level-missing")
        }
        ProfileProblem::OfferLevelTooLow { language, .. } => {
            (level_field(language), "profile-error-offer-level")
        }
        ProfileProblem::LearnLevelTooHigh { language, .. } => {
            (level_field(language), "profile-error-learn-level")
        }
        ProfileProblem::LearnsWhatItOffers { language } => {
            (level_field(language), "profile-error-learns-and-offers")
        }
        ProfileProblem::NoAvailability | ProfileProblem::AvailabilityOutOfRange => {
            ("availability", "profile-error-availability")
        }
        ProfileProblem::BirthYearOutOfRange { .. } => ("birth_year", "profile-error-birth-year"),
    }
}

/// The year of `at` (UTC), for the birth year's bound.
fn year_of(at: i64) -> i32 {
    gemeng_core::activities::LocalDate::from_days_since_epoch(at.div_euclid(86_400)).year
}

/// The rules' profile of `input` for member `user_id`, or every problem.
fn profile_of_input(user_id: i64, input: &ProfileInput) -> Result<LanguageProfile, FieldErrors> {
    let mut errors = FieldErrors::new();
    let mut spoken = Vec::new();
    let mut learns = Vec::new();
    let mut offers = Vec::new();
    for l in &input.languages {
        let Some(language) = Language::ALL
            .into_iter()
            .find(|x| x.code() == l.language.trim())
        else {
            if !errors.0.iter().any(|e| e.field == "languages") {
                errors.add("languages", "profile-error-language-unknown");
            }
            continue;
        };
        // No level: not declared (the rules then say a learner needs one).
        if !l.level.trim().is_empty() {
            match Level::parse(&l.level) {
                Ok(level) => spoken.push(Spoken { language, level }),
                Err(_) => errors.add(level_field(language), "profile-error-level"),
            }
        }
        if l.learns {
            learns.push(language);
        }
        if l.offers {
            offers.push(language);
        }
    }
    let mut availability = Availability::NONE;
    let slots = slot_codes();
    for code in &input.availability {
        match slots.iter().find(|s| s.0 == code.trim()) {
            Some((_, day, part)) => availability = availability.with(*day, *part),
            None => {
                if errors.for_field("availability").is_none() {
                    errors.add("availability", "profile-error-availability");
                }
            }
        }
    }
    let birth_year = match input.birth_year {
        None => None,
        Some(n) => match n.whole().and_then(|y| i32::try_from(y).ok()) {
            Some(y) => Some(y),
            None => {
                errors.add("birth_year", "profile-error-birth-year");
                None
            }
        },
    };
    if !errors.is_empty() {
        return Err(errors);
    }
    let profile = LanguageProfile {
        member: user_id,
        spoken,
        learns,
        offers,
        availability,
        welcomes_intergenerational: input.welcomes_intergenerational,
        birth_year,
    };
    if let Err(problems) = check_profile(&profile, year_of(now())) {
        for p in problems {
            let (field, message) = profile_field(p);
            if !errors
                .0
                .iter()
                .any(|e| e.field == field && e.message == message)
            {
                errors.add(field, message);
            }
        }
        return Err(errors);
    }
    Ok(profile)
}

/// The rules' profile of a stored one (rows the schema checked; anything odd is left
/// out, and the matching then finds fewer pairs, never a wrong one).
pub fn profile_of_stored(p: &StoredProfile) -> LanguageProfile {
    let mut profile = LanguageProfile {
        member: p.user_id,
        spoken: Vec::new(),
        learns: Vec::new(),
        offers: Vec::new(),
        availability: u32::try_from(p.availability)
            .ok()
            .and_then(Availability::from_bits)
            .unwrap_or_default(),
        welcomes_intergenerational: p.welcomes_intergenerational,
        birth_year: p.birth_year.and_then(|y| i32::try_from(y).ok()),
    };
    for (code, level, learns, offers) in &p.languages {
        let (Some(language), Ok(level)) = (Language::from_code(code), Level::parse(level)) else {
            continue;
        };
        profile.spoken.push(Spoken { language, level });
        if *learns {
            profile.learns.push(language);
        }
        if *offers {
            profile.offers.push(language);
        }
    }
    profile
}

/// The input a stored profile was written from (for the form and the API).
pub fn input_of_stored(p: &StoredProfile) -> ProfileInput {
    let profile = profile_of_stored(p);
    ProfileInput {
        languages: p
            .languages
            .iter()
            .map(|(language, level, learns, offers)| ProfileLanguageIn {
                language: language.clone(),
                level: level.clone(),
                learns: *learns,
                offers: *offers,
            })
            .collect(),
        availability: slot_codes()
            .into_iter()
            .filter(|(_, day, part)| profile.availability.contains(*day, *part))
            .map(|(code, _, _)| code)
            .collect(),
        welcomes_intergenerational: p.welcomes_intergenerational,
        birth_year: p.birth_year.map(WholeNumber::Whole),
    }
}

/// Checks and saves `account`'s profile; the problems, if any (nothing stored then).
pub async fn save_profile(
    app: &App,
    commune: &Commune,
    account: &Account,
    input: &ProfileInput,
) -> AppResult<Result<(), FieldErrors>> {
    let profile = match profile_of_input(account.id, input) {
        Ok(p) => p,
        Err(errors) => return Ok(Err(errors)),
    };
    rate_limit(
        app,
        &format!("language-practice:{}", account.id),
        3_600,
        CHANGES_PER_HOUR,
    )
    .await?;
    let stored = StoredProfile {
        user_id: account.id,
        availability: i64::from(profile.availability.bits()),
        welcomes_intergenerational: profile.welcomes_intergenerational,
        birth_year: profile.birth_year.map(i64::from),
        languages: profile
            .spoken
            .iter()
            .map(|s| {
                (
                    s.language.code().to_string(),
                    s.level.code().to_string(),
                    profile.learns.contains(&s.language),
                    profile.offers.contains(&s.language),
                )
            })
            .collect(),
    };
    let mut tx = app.begin().await?;
    store::save_profile(&mut tx, commune.id, &stored, now()).await?;
    app.commit(tx).await?;
    Ok(Ok(()))
}

/// Staff propose tandems to every member of the commune without an open one: the
/// best pairs as a whole (`propose_tandems`), each told by e-mail. How many pairs.
pub async fn propose(app: &App, commune: &Commune, staff: &Account) -> AppResult<usize> {
    let at = now();
    let mut tx = app.begin().await?;
    // One round at a time per commune: a member is never in two proposals.
    tx.lock_row("communes", commune.id).await?;
    let profiles: Vec<LanguageProfile> = store::unpaired_profiles(&mut tx, commune.id)
        .await?
        .iter()
        .map(profile_of_stored)
        .collect();
    let pairs = propose_tandems(&profiles);
    for (a, b) in &pairs {
        let (Some(first), Some(second)) = (
            profiles.iter().find(|p| p.member == *a),
            profiles.iter().find(|p| p.member == *b),
        ) else {
            continue;
        };
        let Some(t) = tandem(first, second) else {
            continue;
        };
        store::propose(
            &mut tx,
            commune.id,
            *a,
            *b,
            t.first_teaches.code(),
            t.second_teaches.code(),
            at,
        )
        .await?;
        for (member, learns) in [(*a, t.second_teaches), (*b, t.first_teaches)] {
            if let Some(person) = gemeng_db::accounts::by_id(&app.db, member).await? {
                tell(
                    &mut tx,
                    app,
                    commune,
                    &person,
                    "mail-tandem-proposed",
                    learns,
                    None,
                )
                .await?;
            }
        }
    }
    gemeng_db::audit::record(
        &mut tx,
        Some(commune.id),
        Some(staff.id),
        "tandems-proposed",
        None,
        &format!("{} pairs of {} profiles", pairs.len(), profiles.len()),
        at,
    )
    .await?;
    app.commit(tx).await?;
    Ok(pairs.len())
}

/// An e-mail about a tandem: `learns` is the language the recipient practises in it;
/// `partner` (name, e-mail) once both accepted.
async fn tell(
    tx: &mut gemeng_db::Tx,
    app: &App,
    commune: &Commune,
    to: &Account,
    key: &str,
    learns: Language,
    partner: Option<(&str, &str)>,
) -> AppResult<()> {
    let language = Language::from_code(&to.language).unwrap_or(Language::En);
    let tr = crate::http::i18n::Tr::new(language);
    let link = format!(
        "{}/c/{}/me/languages",
        app.config.public_base(),
        commune.slug
    );
    let (name, email) = partner.unwrap_or_default();
    crate::mail::queue(
        tx,
        Some(commune.id),
        &to.email,
        language,
        key,
        &[
            (
                "language",
                &tr.t(&format!("profile-language-{}", learns.code())),
            ),
            ("link", &link),
            ("name", name),
            ("email", email),
        ],
    )
    .await
}

/// Tandem `id` of `account`, or "not found" (another's tandem is nobody's business).
pub async fn tandem_of(
    app: &App,
    commune: &Commune,
    account: &Account,
    id: i64,
) -> AppResult<Tandem> {
    store::tandem_of(&app.db, commune.id, account.id, id)
        .await?
        .ok_or(AppError::NotFound)
}

/// `account` accepts tandem `id`. The acceptance that makes it agreed sends each
/// the other's name and e-mail address, in the same transaction (the tandem's row
/// locked, so two acceptances at once tell them once).
pub async fn accept(app: &App, commune: &Commune, account: &Account, id: i64) -> AppResult<()> {
    tandem_of(app, commune, account, id).await?;
    rate_limit(
        app,
        &format!("language-practice:{}", account.id),
        3_600,
        CHANGES_PER_HOUR,
    )
    .await?;
    let mut tx = app.begin().await?;
    tx.lock_row("tandems", id).await?;
    let before = store::tandem_in(&mut tx, id)
        .await?
        .ok_or(AppError::NotFound)?;
    if !store::accept(&mut tx, id, account.id, now()).await? {
        return Err(AppError::Conflict("tandem-error-closed"));
    }
    let after = store::tandem_in(&mut tx, id)
        .await?
        .ok_or(AppError::NotFound)?;
    if after.agreed() && !before.agreed() {
        for (me, other, learns) in [
            (after.first_id, after.second_id, &after.second_teaches),
            (after.second_id, after.first_id, &after.first_teaches),
        ] {
            let (Some(me), Some(other)) = (
                gemeng_db::accounts::by_id(&app.db, me).await?,
                gemeng_db::accounts::by_id(&app.db, other).await?,
            ) else {
                continue;
            };
            tell(
                &mut tx,
                app,
                commune,
                &me,
                "mail-tandem-agreed",
                Language::from_code(learns).unwrap_or(Language::En),
                Some((&other.display_name, &other.email)),
            )
            .await?;
        }
    }
    app.commit(tx).await
}

/// `account` declines tandem `id` (before both accepted) or ends it (after).
/// Closing it again is done already, not an error.
pub async fn close(app: &App, commune: &Commune, account: &Account, id: i64) -> AppResult<()> {
    tandem_of(app, commune, account, id).await?;
    let mut tx = app.begin().await?;
    store::close(&mut tx, id, account.id, now()).await?;
    app.commit(tx).await
}
