//! The commune staff's membership pages: residents waiting for verification,
//! residence letters, and roles.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use gemeng_core::account::Role;
use gemeng_core::permissions::Action;
use gemeng_db::accounts::{self, Member, PendingResident};
use gemeng_db::communes::Commune;
use gemeng_db::{addresses, membership as residence, neighbourhoods};
use serde::Deserialize;

use crate::app::{now, App};
use crate::http::context::{CsrfForm, Ctx, Page};
use crate::http::error::{AppError, AppResult};
use crate::http::web::{notice, render, see_other, Done, NoFields, Visit};
use crate::membership::{self, letters};

#[derive(Template)]
#[template(path = "membership/dashboard.html")]
struct Dashboard {
    page: Page,
    commune: Commune,
    neighbourhood_count: i64,
    address_count: i64,
    pending_count: i64,
    letter_count: i64,
    pending: Vec<PendingResident>,
    undelivered: Vec<gemeng_db::outbox::Undelivered>,
    notice: Option<&'static str>,
}

async fn dashboard_page(visit: &Visit, notice: Option<&'static str>) -> AppResult<Dashboard> {
    let db = &visit.app.db;
    let pending = accounts::pending_residents(db, visit.commune.id, now()).await?;
    Ok(Dashboard {
        page: visit.page("staff-title").await?,
        commune: visit.commune.clone(),
        neighbourhood_count: neighbourhoods::list(db, visit.commune.id).await?.len() as i64,
        address_count: addresses::count(db, visit.commune.id).await?,
        pending_count: pending.len() as i64,
        letter_count: residence::letters_waiting(db, visit.commune.id, now()).await?,
        pending,
        undelivered: gemeng_db::outbox::undelivered(db, visit.commune.id, 20).await?,
        notice,
    })
}

/// What a finished staff action reports on the page it returns to (`?done=…`).
const DASHBOARD_NOTICES: &[(&str, &str)] = &[
    ("approved", "pending-approved"),
    ("refused", "pending-refused"),
    ("letter-voided", "pending-letter-voided"),
];

pub async fn dashboard(
    State(app): State<App>,
    ctx: Ctx,
    Path(slug): Path<String>,
    Query(done): Query<Done>,
) -> AppResult<Response> {
    let visit = Visit::load(&app, ctx, &slug).await?;
    visit.require(Action::ReviewResidents)?;
    render(&dashboard_page(&visit, notice(&done.done, DASHBOARD_NOTICES)).await?)
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct DecisionForm {
    decision: String,
}

pub async fn decide(
    State(app): State<App>,
    ctx: Ctx,
    Path((slug, user)): Path<(String, i64)>,
    CsrfForm(form): CsrfForm<DecisionForm>,
) -> AppResult<Response> {
    let visit = Visit::load(&app, ctx, &slug).await?;
    let staff = visit.require(Action::ReviewResidents)?.clone();
    let approve = match form.decision.as_str() {
        "approve" => true,
        "refuse" => false,
        _ => return Err(AppError::BadRequest("error-form-malformed")),
    };
    membership::decide_resident(&app, &visit.commune, &staff, user, approve).await?;
    let done = if approve { "approved" } else { "refused" };
    Ok(see_other(&format!(
        "/c/{}/staff?done={done}",
        visit.commune.slug
    )))
}

/// Voids a letter that was lost or never arrived; the next batch prints a new one.
pub async fn void_letter(
    State(app): State<App>,
    ctx: Ctx,
    Path((slug, user)): Path<(String, i64)>,
    CsrfForm(_): CsrfForm<NoFields>,
) -> AppResult<Response> {
    let visit = Visit::load(&app, ctx, &slug).await?;
    let staff = visit.require(Action::PrintLetters)?.clone();
    membership::void_letter(&app, &visit.commune, &staff, user).await?;
    Ok(see_other(&format!(
        "/c/{}/staff?done=letter-voided",
        visit.commune.slug
    )))
}

#[derive(Template)]
#[template(path = "membership/letters.html")]
struct LettersPage {
    page: Page,
    commune: Commune,
    count: i64,
    letters: Vec<letters::Letter>,
}

pub async fn letters(
    State(app): State<App>,
    ctx: Ctx,
    Path(slug): Path<String>,
    CsrfForm(_): CsrfForm<NoFields>,
) -> AppResult<Response> {
    let visit = Visit::load(&app, ctx, &slug).await?;
    let staff = visit.require(Action::PrintLetters)?.clone();
    let letters =
        letters::print_batch(&app, &visit.commune, &staff, &app.config.public_base()).await?;
    render(&LettersPage {
        page: visit.page("letters-title").await?,
        commune: visit.commune,
        count: letters.len() as i64,
        letters,
    })
}

#[derive(Template)]
#[template(path = "membership/roles.html")]
struct RolesPage {
    page: Page,
    commune: Commune,
    members: Vec<Member>,
    role_choices: Vec<(&'static str, &'static str)>,
    notice: Option<&'static str>,
}

async fn roles_page(visit: &Visit, notice: Option<&'static str>) -> AppResult<RolesPage> {
    let viewer = visit.viewer.as_ref().ok_or(AppError::Forbidden)?;
    // Offer only the roles this person may grant.
    let role_choices = [Role::Resident, Role::Moderator, Role::Staff, Role::Admin]
        .into_iter()
        .filter(|r| {
            gemeng_core::permissions::decide(
                Some(&viewer.actor()),
                visit.commune.id,
                Action::AssignRole { to: *r },
            ) == gemeng_core::permissions::Decision::Allow
        })
        .map(|r| (r.as_str(), crate::membership::web::accounts::role_key(r)))
        .collect();
    Ok(RolesPage {
        page: visit.page("roles-title").await?,
        commune: visit.commune.clone(),
        members: accounts::members(&visit.app.db, visit.commune.id, 500).await?,
        role_choices,
        notice,
    })
}

pub async fn roles(
    State(app): State<App>,
    ctx: Ctx,
    Path(slug): Path<String>,
    Query(done): Query<Done>,
) -> AppResult<Response> {
    let visit = Visit::load(&app, ctx, &slug).await?;
    visit.require(Action::AssignRole {
        to: Role::Moderator,
    })?;
    render(&roles_page(&visit, notice(&done.done, &[("saved", "roles-saved")])).await?)
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct RoleForm {
    role: String,
}

pub async fn set_role(
    State(app): State<App>,
    ctx: Ctx,
    Path((slug, user)): Path<(String, i64)>,
    CsrfForm(form): CsrfForm<RoleForm>,
) -> AppResult<Response> {
    let visit = Visit::load(&app, ctx, &slug).await?;
    let role = Role::parse(&form.role).ok_or(AppError::BadRequest("error-form-malformed"))?;
    let actor = visit.require(Action::AssignRole { to: role })?.clone();
    membership::assign_role(&app, &visit.commune, &actor, user, role).await?;
    Ok(see_other(&format!(
        "/c/{}/staff/roles?done=saved",
        visit.commune.slug
    )))
}
