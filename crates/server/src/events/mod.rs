//! The virtual event day's server side (issue 11): organisers (staff, organiser
//! accounts) create an event and publish its programme; people register with their
//! account, or as guests with a name and an e-mail address confirmed by the link
//! mailed to them; everyone adds the day to their calendar. The rules are
//! `gemeng_core::events`', the storage `gemeng_db::events`'.
//!
//! Who sees an event is [`Onlooker::sees`]: a residents-only event or one not yet
//! published answers "not found" to anyone it is not for, whatever they ask of it.

pub mod api;
pub mod api_meetings;
pub mod api_reports;
pub mod calendar;
pub mod chats;
pub mod live;
pub mod lounge;
pub mod meetings;
pub mod mutes;
pub mod questions;
pub mod reports;
pub mod stands;
pub mod statistics;
pub mod web;
pub mod web_meetings;
pub mod web_reports;
pub mod workshops;

use std::collections::BTreeMap;

use gemeng_core::activities::LocalDate;
use gemeng_core::codes::{hash_secret, random_token};
use gemeng_core::consultation::Wording;
use gemeng_core::events::participation::{
    check_guest, decide_registration, Admission, EventPlaces, GuestForm, GuestProblem,
    RegistrationRefusal,
};
use gemeng_core::events::{
    check_event, EventDraft, EventProblem, EventText, HoursEnd, Onlooker, RegistrationMode,
};
use gemeng_core::language::Language;
use gemeng_core::permissions::{allows, Action};
use gemeng_core::validation::FieldErrors;
use gemeng_db::accounts::Account;
use gemeng_db::communes::Commune;
use gemeng_db::events::{self as store, Event, NewEvent, Scope, Unpublished};
use gemeng_db::Tx;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::activities::{parse_date, parse_time};
use crate::app::{now, App};
use crate::http::api::WholeNumber;
use crate::http::auth::rate_limit;
use crate::http::clock::{format_local, LuxembourgClock};
use crate::http::components::{description_field, title_field};
use crate::http::error::{AppError, AppResult};
use crate::http::web::Visit;
use crate::neighbourhood::posts::request_key;

/// Events one organiser creates in a day: a ministry's national day has a handful;
/// more is a script or a stolen session.
pub const CREATIONS_PER_DAY: i64 = 20;
/// Registrations and withdrawals one account makes in an hour.
pub const REGISTRATIONS_PER_HOUR: i64 = 60;
/// Guest requests from one client address in an hour: a family at one computer, a
/// library's public terminal.
pub const GUEST_REQUESTS_PER_CLIENT: i64 = 30;
/// E-mails one address receives for one event in a day: past it nothing is sent and
/// the last link still works, so nobody floods someone else's inbox.
pub const GUEST_MAILS_PER_ADDRESS: i64 = 3;
/// The most events a list shows: the commune's coming days, a year of them.
pub const LIST_MAX: i64 = 100;

/// Who is looking, as the rules see them: nobody for a session of another commune.
pub fn onlooker_of(account: Option<&Account>, commune: &Commune) -> Onlooker {
    let Some(account) = account.filter(|a| a.commune_id == Some(commune.id)) else {
        return Onlooker::default();
    };
    let actor = account.actor();
    Onlooker {
        user_id: Some(account.id),
        resident: actor
            .neighbourhood_id
            .is_some_and(|n| actor.is_member_of(n)),
        staff: actor.role.is_commune_staff(),
    }
}

/// The events a list shows `who`, as the SQL filters them ([`Onlooker::sees`]).
fn scope_of(who: Onlooker) -> Scope {
    Scope {
        residents_only: who.resident || who.staff,
        unpublished: match (who.staff, who.user_id) {
            (true, _) => Unpublished::All,
            (false, Some(id)) => Unpublished::OrganisedBy(id),
            (false, None) => Unpublished::None,
        },
    }
}

/// How people register for `e`; the schema allows no other value than these two.
pub fn mode_of(e: &Event) -> RegistrationMode {
    if e.registration == "public" {
        RegistrationMode::Public
    } else {
        RegistrationMode::ResidentsOnly
    }
}

/// Event `id` if `who` may see it; else "not found", whatever the reason.
pub async fn visible(app: &App, commune: &Commune, who: Onlooker, id: i64) -> AppResult<Event> {
    let e = store::get(&app.db, commune.id, id)
        .await?
        .ok_or(AppError::NotFound)?;
    if who.sees(e.published_at.is_some(), mode_of(&e), e.organiser_id) {
        Ok(e)
    } else {
        Err(AppError::NotFound)
    }
}

/// Event `id` if `who` manages it (its organiser, staff); else "not found", as for
/// an unknown id.
pub async fn managed(app: &App, commune: &Commune, who: Onlooker, id: i64) -> AppResult<Event> {
    let e = visible(app, commune, who, id).await?;
    if who.manages(e.organiser_id) {
        Ok(e)
    } else {
        Err(AppError::NotFound)
    }
}

/// The coming events `who` sees, the soonest first.
pub async fn coming(app: &App, commune: &Commune, who: Onlooker) -> AppResult<Vec<Event>> {
    Ok(store::list(&app.db, commune.id, scope_of(who), now(), LIST_MAX).await?)
}

/// The version of `e` in `language`, else in the commune's, else the first written.
pub fn version_in<'a>(
    e: &'a Event,
    language: Language,
    commune: &Commune,
) -> Option<&'a store::EventVersion> {
    let commune_language = Language::from_code(&commune.default_language).unwrap_or(Language::En);
    [language, commune_language]
        .iter()
        .find_map(|l| e.versions.iter().find(|v| v.language == l.code()))
        .or_else(|| e.versions.first())
}

/// One language's version as sent.
#[derive(Debug, Clone, Default, Deserialize, Serialize, ToSchema)]
#[serde(default)]
pub struct EventVersionIn {
    #[schema(max_length = 240)]
    pub title: String,
    #[schema(max_length = 8000)]
    pub description: String,
}

/// An event as its organiser writes it (the form's fields, or the API's body).
#[derive(Debug, Clone, Default, Deserialize, ToSchema)]
#[serde(default)]
#[schema(example = json!({"versions": {"fr": {"title": "Journée d'orientation", "description": "Stands, ateliers et salon."},
    "en": {"title": "Orientation day", "description": "Stands, workshops and a lounge."}},
    "date": "2030-10-12", "starts": "09:00", "ends": "17:00", "registration": "public",
    "capacity": 600, "request_key": "a1b2c3d4e5f6"}))]
pub struct EventInput {
    /// Versions by language code (lb, de, fr, en, pt): a title in at least one, a
    /// description in the title's languages or in none.
    pub versions: BTreeMap<String, EventVersionIn>,
    /// The day, `YYYY-MM-DD`, on the commune's clock (Europe/Luxembourg).
    #[schema(max_length = 10)]
    pub date: String,
    /// `HH:MM`.
    #[schema(max_length = 5)]
    pub starts: String,
    /// `HH:MM`, the same day, at least 30 minutes after `starts`.
    #[schema(max_length = 5)]
    pub ends: String,
    /// `public` (anyone, guests too) or `residents_only` (verified residents; the
    /// event is invisible to others).
    #[schema(max_length = 20)]
    pub registration: String,
    /// Participants, 1 to 10000.
    #[schema(value_type = i64)]
    pub capacity: Option<WholeNumber>,
    /// The event's own video room (a plenary, a help desk), `https://`.
    #[schema(max_length = 500)]
    pub link: Option<String>,
    /// Any short random text: sending the same one again creates nothing new.
    #[schema(max_length = 64)]
    pub request_key: String,
}

fn add_once(errors: &mut FieldErrors, field: &'static str, message: &'static str) {
    if !errors
        .0
        .iter()
        .any(|e| e.field == field && e.message == message)
    {
        errors.add(field, message);
    }
}

/// The field a problem of the draft is shown beside, and its message.
fn problem_field(problem: EventProblem) -> (&'static str, &'static str) {
    let version_field = |place: EventText, language: Language| match place {
        EventText::Title => title_field(language),
        EventText::Description => description_field(language),
    };
    match problem {
        EventProblem::NoTitle => ("versions", "activity-error-no-title"),
        EventProblem::MissingVersion { place, language } => (
            version_field(place, language),
            "activity-error-version-missing",
        ),
        EventProblem::BlankText { place, language } => {
            (version_field(place, language), "activity-error-blank")
        }
        EventProblem::TextTooLong {
            place, language, ..
        } => (version_field(place, language), "activity-error-too-long"),
        EventProblem::InvalidDate => ("date", "activity-error-date"),
        EventProblem::InvalidTime { end } => match end {
            HoursEnd::Start => ("starts", "activity-error-time"),
            HoursEnd::End => ("ends", "activity-error-time"),
        },
        EventProblem::EndsBeforeStart => ("ends", "activity-error-ends-before-start"),
        EventProblem::TooShort { .. } => ("ends", "event-error-too-short"),
        EventProblem::InThePast => ("date", "activity-error-in-the-past"),
        EventProblem::CapacityOutOfRange { .. } => ("capacity", "event-error-capacity"),
        EventProblem::BadLink => ("link", "activity-error-link"),
    }
}

/// The input as the rules' draft with the problems only the input has (unknown
/// languages or registration); or those problems alone when a date or a time is no
/// date or time (the rules cannot place the day then).
fn draft_of(input: &EventInput) -> Result<(EventDraft, FieldErrors), FieldErrors> {
    let mut errors = FieldErrors::new();
    let mut title = Wording::default();
    let mut description = Wording::default();
    for (code, version) in &input.versions {
        let Some(language) = Language::from_code(code) else {
            add_once(&mut errors, "versions", "activity-error-language-unknown");
            continue;
        };
        if !version.title.trim().is_empty() {
            title = title.with(language, version.title.clone());
        }
        if !version.description.trim().is_empty() {
            description = description.with(language, version.description.clone());
        }
    }
    let date = parse_date(input.date.trim());
    if date.is_none() {
        errors.add("date", "activity-error-date");
    }
    let starts = parse_time(input.starts.trim());
    if starts.is_none() {
        errors.add("starts", "activity-error-time");
    }
    let ends = parse_time(input.ends.trim());
    if ends.is_none() {
        errors.add("ends", "activity-error-time");
    }
    // Unknown or missing, the registration and the capacity are told, and the rest of
    // the draft is still checked (with stand-ins), so one answer lists every problem.
    let registration = match input.registration.trim() {
        "public" => RegistrationMode::Public,
        "residents_only" => RegistrationMode::ResidentsOnly,
        _ => {
            errors.add("registration", "event-error-registration");
            RegistrationMode::Public
        }
    };
    let capacity = match input.capacity.map(WholeNumber::whole) {
        Some(Some(n)) => u32::try_from(n).unwrap_or(if n < 0 { 0 } else { u32::MAX }),
        _ => 0,
    };
    match (date, starts, ends) {
        (Some(date), Some(starts), Some(ends)) => Ok((
            EventDraft {
                title,
                description,
                date,
                starts,
                ends,
                registration,
                capacity,
                link: input.link.clone(),
            },
            errors,
        )),
        _ => {
            if capacity == 0 || capacity > gemeng_core::events::CAPACITY_MAX {
                errors.add("capacity", "event-error-capacity");
            }
            Err(errors)
        }
    }
}

fn day_text(d: LocalDate) -> String {
    format!("{:04}-{:02}-{:02}", d.year, d.month, d.day)
}

fn registration_code(mode: RegistrationMode) -> &'static str {
    match mode {
        RegistrationMode::Public => "public",
        RegistrationMode::ResidentsOnly => "residents_only",
    }
}

/// Checks and writes a new event (unpublished) of `account`'s; its id, or the form's
/// problems (nothing stored then).
pub async fn create(
    app: &App,
    commune: &Commune,
    account: &Account,
    input: &EventInput,
) -> AppResult<Result<i64, FieldErrors>> {
    if !allows(&account.actor(), commune.id, Action::OrganiseEvents) {
        return Err(AppError::Forbidden);
    }
    let (draft, mut errors) = match draft_of(input) {
        Ok(d) => d,
        Err(errors) => return Ok(Err(errors)),
    };
    let at = now();
    let event = match check_event(&draft, at, &LuxembourgClock) {
        Ok(e) if errors.is_empty() => e,
        Ok(_) => return Ok(Err(errors)),
        Err(problems) => {
            for p in problems {
                let (field, message) = problem_field(p);
                add_once(&mut errors, field, message);
            }
            return Ok(Err(errors));
        }
    };
    rate_limit(
        app,
        &format!("events:{}", account.id),
        86_400,
        CREATIONS_PER_DAY,
    )
    .await?;
    let versions: Vec<(&str, &str, &str)> = event
        .title
        .languages()
        .into_iter()
        .map(|l| {
            (
                l.code(),
                event.title.get(l).unwrap_or_default(),
                event.description.get(l).unwrap_or_default(),
            )
        })
        .collect();
    let day = day_text(event.date);
    let mut tx = app.begin().await?;
    let stored = store::insert(
        &mut tx,
        &NewEvent {
            commune_id: commune.id,
            organiser_id: account.id,
            day: &day,
            starts_at: event.starts_at,
            ends_at: event.ends_at,
            registration: registration_code(event.registration),
            capacity: i64::from(event.capacity),
            link: event.link.as_deref(),
            versions: &versions,
            request_key: &request_key(&input.request_key),
            at,
        },
    )
    .await?;
    let id = stored.id();
    if let gemeng_db::posts::Stored::New(_) = stored {
        gemeng_db::audit::record(
            &mut tx,
            Some(commune.id),
            Some(account.id),
            "event-created",
            Some(id),
            &format!(
                "{} on {day}, {} places",
                registration_code(event.registration),
                event.capacity
            ),
            at,
        )
        .await?;
        app.commit(tx).await?;
    }
    Ok(Ok(id))
}

/// Publishes event `id` (its organiser or staff): its programme page opens to
/// those it is for. Publishing it again changes nothing.
pub async fn publish(app: &App, commune: &Commune, account: &Account, id: i64) -> AppResult<()> {
    let who = onlooker_of(Some(account), commune);
    let e = managed(app, commune, who, id).await?;
    let at = now();
    let mut tx = app.begin().await?;
    if store::publish(&mut tx, e.id, at).await? {
        gemeng_db::audit::record(
            &mut tx,
            Some(commune.id),
            Some(account.id),
            "event-published",
            Some(e.id),
            &e.day,
            at,
        )
        .await?;
        app.commit(tx).await?;
    }
    Ok(())
}

/// The places of a locked event as the rules read them; `own_hold` is a guest's
/// own unconfirmed request, which must not count against them when they ask again.
fn places_of(p: &store::Places, own_hold: bool) -> EventPlaces {
    let clamp = |n: i64| u32::try_from(n.max(0)).unwrap_or(u32::MAX);
    EventPlaces {
        capacity: clamp(p.capacity),
        confirmed: clamp(p.confirmed),
        awaiting_confirmation: clamp(p.awaiting_confirmation - i64::from(own_hold)),
        ends_at: p.ends_at,
    }
}

/// What the e-mails about an event say: its title in the reader's language, when it
/// starts and its page's address; `more` beside them.
async fn tell(
    tx: &mut Tx,
    app: &App,
    commune: &Commune,
    e: &Event,
    (to, language): (&str, Language),
    key: &str,
    more: &[(&str, &str)],
) -> AppResult<()> {
    let title = version_in(e, language, commune)
        .map(|v| v.title.clone())
        .unwrap_or_default();
    let link = format!(
        "{}/c/{}/events/{}",
        app.config.public_base(),
        commune.slug,
        e.id
    );
    let when = format_local(e.starts_at);
    let mut args = vec![
        ("title", title.as_str()),
        ("when", when.as_str()),
        ("link", link.as_str()),
    ];
    args.extend_from_slice(more);
    crate::mail::queue(tx, Some(commune.id), to, language, key, &args).await
}

fn language_of(code: &str) -> Language {
    Language::from_code(code).unwrap_or(Language::En)
}

/// `account` asks for a place at event `id` (published, and one they may see).
pub async fn register(
    app: &App,
    commune: &Commune,
    account: &Account,
    id: i64,
) -> AppResult<Result<(), RegistrationRefusal>> {
    let who = onlooker_of(Some(account), commune);
    let e = visible(app, commune, who, id).await?;
    if e.published_at.is_none() {
        return Err(AppError::NotFound);
    }
    rate_limit(
        app,
        &format!("events:register:{}", account.id),
        3_600,
        REGISTRATIONS_PER_HOUR,
    )
    .await?;
    let at = now();
    let mut tx = app.begin().await?;
    let places = store::lock_places(&mut tx, e.id, at)
        .await?
        .ok_or(AppError::NotFound)?;
    // Someone who holds a place hears so, even when the event is full.
    let already = store::is_registered(&app.db, e.id, account.id).await?;
    if let Err(refusal) = decide_registration(
        mode_of(&e),
        who.registrant(),
        &places_of(&places, false),
        already,
        at,
    ) {
        return Ok(Err(refusal));
    }
    if !store::register_account(&mut tx, e.id, account.id, &account.language, at).await? {
        return Ok(Err(RegistrationRefusal::AlreadyRegistered));
    }
    let to = (account.email.as_str(), language_of(&account.language));
    tell(&mut tx, app, commune, &e, to, "mail-event-registered", &[]).await?;
    app.commit(tx).await?;
    Ok(Ok(()))
}

/// `account` gives back their place at event `id` (nothing if they held none).
pub async fn withdraw(app: &App, commune: &Commune, account: &Account, id: i64) -> AppResult<()> {
    let who = onlooker_of(Some(account), commune);
    let e = visible(app, commune, who, id).await?;
    rate_limit(
        app,
        &format!("events:register:{}", account.id),
        3_600,
        REGISTRATIONS_PER_HOUR,
    )
    .await?;
    let mut tx = app.begin().await?;
    if store::withdraw(&mut tx, e.id, account.id).await? {
        app.commit(tx).await?;
    }
    Ok(())
}

/// A guest gives back their place at event `id` (by the pass on their browser): what
/// they said in its rooms goes with it.
pub async fn withdraw_guest(app: &App, commune: &Commune, place: i64, id: i64) -> AppResult<()> {
    let e = visible(app, commune, onlooker_of(None, commune), id).await?;
    let mut tx = app.begin().await?;
    if store::withdraw_guest(&mut tx, e.id, place).await? {
        app.commit(tx).await?;
    }
    Ok(())
}

/// Why a guest's request gets no place (what the form says, beside its fields'
/// problems). Nothing here tells whether an address is registered.
#[derive(Debug)]
pub enum GuestRefusal {
    Invalid(FieldErrors),
    Refused(RegistrationRefusal),
}

/// The field and message of a guest form's problem.
fn guest_problem_field(problem: GuestProblem) -> (&'static str, &'static str) {
    match problem {
        GuestProblem::NameTooShort => ("name", "error-name-too-short"),
        GuestProblem::NameTooLong { .. } => ("name", "error-name-too-long"),
        GuestProblem::NameHiddenCharacter => ("name", "error-name-invisible"),
        GuestProblem::EmailMissing => ("email", "error-email-required"),
        GuestProblem::EmailNotAscii => ("email", "error-email-ascii"),
        GuestProblem::EmailInvalid => ("email", "error-email-invalid"),
    }
}

/// A guest (no account) asks for a place at public event `id` from `client`: the
/// confirmation link is mailed, and the place held until it lapses. Done says only
/// "look in your inbox": an address registered already gets an e-mail saying so,
/// one past its limit gets nothing, and the answer is the same.
pub async fn request_guest(
    app: &App,
    commune: &Commune,
    id: i64,
    form: &GuestForm,
    language: Language,
    client: &str,
) -> AppResult<Result<(), GuestRefusal>> {
    let e = visible(app, commune, Onlooker::default(), id).await?;
    let guest = match check_guest(form) {
        Ok(g) => g,
        Err(problems) => {
            let mut errors = FieldErrors::new();
            for p in problems {
                let (field, message) = guest_problem_field(p);
                add_once(&mut errors, field, message);
            }
            return Ok(Err(GuestRefusal::Invalid(errors)));
        }
    };
    rate_limit(
        app,
        &format!("events:guests:{client}"),
        3_600,
        GUEST_REQUESTS_PER_CLIENT,
    )
    .await?;
    let at = now();
    // Past the address's bound for this event nothing is sent and nothing changes:
    // the last link its owner received still works. The bucket names the address by a
    // hash: the table of limits keeps no e-mail address. (Counted before the
    // transaction: on SQLite the counter needs the writer the transaction would hold.)
    let bucket = format!(
        "events:guest-address:{}",
        hash_secret(&format!("{}:{}", e.id, guest.email.as_str()))
    );
    let hits = gemeng_db::rate_limits::hit(&app.db, &bucket, 86_400, at).await?;
    if hits.total > GUEST_MAILS_PER_ADDRESS {
        return Ok(Ok(()));
    }
    let mut tx = app.begin().await?;
    let places = store::lock_places(&mut tx, e.id, at)
        .await?
        .ok_or(AppError::NotFound)?;
    let existing = store::guest_registration(&mut tx, e.id, guest.email.as_str()).await?;
    let confirmed = existing.is_some_and(|r| r.confirmed_at.is_some());
    let holding = existing
        .is_some_and(|r| r.confirmed_at.is_none() && r.confirm_expires_at.is_some_and(|x| x > at));
    let decided = decide_registration(
        mode_of(&e),
        Onlooker::default().registrant(),
        &places_of(&places, holding),
        confirmed,
        at,
    );
    let (key, expires_at) = match decided {
        Ok(Admission::AwaitingConfirmation { expires_at }) => {
            ("mail-event-guest-confirm", expires_at)
        }
        Ok(Admission::Registered) | Err(RegistrationRefusal::AlreadyRegistered) => {
            ("mail-event-guest-already", 0)
        }
        Err(refusal) => return Ok(Err(GuestRefusal::Refused(refusal))),
    };
    let mut more = Vec::new();
    let link;
    if expires_at > 0 {
        let secret = random_token();
        store::register_guest(
            &mut tx,
            e.id,
            &guest.name,
            guest.email.as_str(),
            language.code(),
            &hash_secret(&secret),
            expires_at,
            at,
        )
        .await?;
        link = format!(
            "{}/c/{}/events/confirm?t={secret}",
            app.config.public_base(),
            commune.slug
        );
        more.push(("confirm", link.as_str()));
    }
    more.push(("name", guest.name.as_str()));
    tell(
        &mut tx,
        app,
        commune,
        &e,
        (guest.email.as_str(), language),
        key,
        &more,
    )
    .await?;
    app.commit(tx).await?;
    Ok(Ok(()))
}

/// Confirms the guest whose link holds `secret`: the event, or none if the link is
/// unknown, used, replaced by a newer one, expired, or another commune's.
pub async fn confirm_guest(
    app: &App,
    commune: &Commune,
    secret: &str,
) -> AppResult<Option<(Event, String)>> {
    if secret.is_empty() || secret.len() > 100 {
        return Ok(None);
    }
    let mut tx = app.begin().await?;
    let Some((event_id, place)) =
        store::confirm_guest(&mut tx, &hash_secret(secret), now()).await?
    else {
        return Ok(None);
    };
    // A link of another commune's event confirms nothing here (the transaction is
    // dropped, so nothing is written).
    let Some(e) = store::get(&app.db, commune.id, event_id).await? else {
        return Ok(None);
    };
    // The guest's pass to the day's rooms, for this browser's cookie, and mailed as
    // an entrance link for another device (a phone on the day, say).
    let pass = random_token();
    store::set_pass(&mut tx, place, &hash_secret(&pass)).await?;
    if let Some((email, name, language)) = store::guest_contact(&mut tx, place).await? {
        let enter = format!(
            "{}/c/{}/events/{}/enter?t={pass}",
            app.config.public_base(),
            commune.slug,
            e.id
        );
        tell(
            &mut tx,
            app,
            commune,
            &e,
            (&email, language_of(&language)),
            "mail-event-guest-confirmed",
            &[("name", name.as_str()), ("enter", enter.as_str())],
        )
        .await?;
    }
    app.commit(tx).await?;
    Ok(Some((e, pass)))
}

/// Someone taking part in an event day: an account holder, or a guest by the pass
/// confirming their place gave their browser.
#[derive(Debug, Clone, Copy)]
pub enum Participant<'a> {
    Account(&'a Account),
    Guest { place: i64, event: i64 },
}

impl Participant<'_> {
    pub fn account(&self) -> Option<&Account> {
        match self {
            Participant::Account(a) => Some(a),
            Participant::Guest { .. } => None,
        }
    }

    pub fn user_id(&self) -> Option<i64> {
        self.account().map(|a| a.id)
    }

    /// Who is counted by per-person limits.
    pub fn key(&self) -> String {
        match self {
            Participant::Account(a) => format!("u{}", a.id),
            Participant::Guest { place, .. } => format!("g{place}"),
        }
    }
}

/// The confirmed guest place of `commune_id` whose pass is `pass`.
pub async fn guest_of_pass(
    app: &App,
    commune_id: i64,
    pass: &str,
) -> AppResult<Option<store::GuestPass>> {
    if pass.is_empty() || pass.len() > 64 {
        return Ok(None);
    }
    Ok(store::guest_by_pass(&app.db, commune_id, &hash_secret(pass)).await?)
}

/// Who takes part in event `event_id` on this visit: the account signed in, if it
/// may join events; else a guest with their pass to this event; else the refusal an
/// account-only page gives (sign in).
pub async fn participant(visit: &Visit, event_id: i64) -> AppResult<Participant<'_>> {
    let refusal = match visit.require(Action::JoinEvents) {
        Ok(account) => return Ok(Participant::Account(account)),
        Err(refusal) => refusal,
    };
    guest_on(visit, event_id).await?.ok_or(refusal)
}

/// Who is looking at event `event_id`'s rooms on this visit: the account signed in
/// (whatever it may do there: an organiser reads without taking part), else a guest
/// with their pass to this event, else nobody.
pub async fn onlooking(visit: &Visit, event_id: i64) -> AppResult<Option<Participant<'_>>> {
    match &visit.viewer {
        Some(account) => Ok(Some(Participant::Account(account))),
        None => guest_on(visit, event_id).await,
    }
}

/// The guest whose pass to event `event_id` this visit carries.
pub async fn guest_on(visit: &Visit, event_id: i64) -> AppResult<Option<Participant<'static>>> {
    let Some(pass) = visit.ctx.event_pass.as_deref() else {
        return Ok(None);
    };
    Ok(guest_of_pass(&visit.app, visit.commune.id, pass)
        .await?
        .filter(|g| g.event_id == event_id)
        .map(|g| Participant::Guest {
            place: g.place,
            event: g.event_id,
        }))
}

/// The key of a refusal's message.
pub fn refusal_key(refusal: RegistrationRefusal) -> &'static str {
    match refusal {
        RegistrationRefusal::ResidentsOnly => "event-refused-residents-only",
        RegistrationRefusal::Over => "event-refused-over",
        RegistrationRefusal::AlreadyRegistered => "event-refused-already",
        RegistrationRefusal::Full => "event-refused-full",
    }
}
