//! The commune staff's membership pages: residents waiting for verification,
//! residence letters, and roles.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use gemeng_core::account::Role;
use gemeng_core::permissions::Action;
use gemeng_db::accounts::{self, After, Member, PendingResident};
use gemeng_db::communes::Commune;
use gemeng_db::{addresses, membership as residence, neighbourhoods};
use serde::Deserialize;

use crate::app::{now, App};
use crate::http::context::{CsrfForm, Ctx, Page};
use crate::http::error::{AppError, AppResult};
use crate::http::web::{bounded, notice, render, see_other, NoFields, Visit};
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
    /// The link to the next page of pending residents, if there is one.
    more_pending: Option<String>,
    undelivered: Vec<gemeng_db::outbox::Undelivered>,
    notice: Option<&'static str>,
    /// The resident whose decision the notice's "undo" button takes back.
    undo: Option<i64>,
    /// Only admins import; staff are not shown a link they may not follow.
    can_import: bool,
}

/// Pending residents shown per page.
const PENDING_PAGE: i64 = 50;

async fn dashboard_page(
    visit: &Visit,
    notice: Option<&'static str>,
    undo: Option<i64>,
    after: Option<After<i64>>,
) -> AppResult<Dashboard> {
    let db = &visit.app.db;
    let mut pending =
        accounts::pending_residents(db, visit.commune.id, now(), after, PENDING_PAGE + 1).await?;
    let more_pending = (pending.len() as i64 > PENDING_PAGE).then(|| {
        pending.truncate(PENDING_PAGE as usize);
        let last = &pending[pending.len() - 1];
        format!(
            "/c/{}/staff?after_created={}&after_id={}",
            visit.commune.slug, last.created_at, last.id
        )
    });
    Ok(Dashboard {
        page: visit.page("staff-title").await?,
        commune: visit.commune.clone(),
        neighbourhood_count: neighbourhoods::count(db, visit.commune.id).await?,
        address_count: addresses::count(db, visit.commune.id).await?,
        pending_count: accounts::pending_count(db, visit.commune.id).await?,
        letter_count: residence::letters_waiting(db, visit.commune.id, now()).await?,
        pending,
        more_pending,
        undelivered: gemeng_db::outbox::undelivered(db, visit.commune.id, 20).await?,
        notice,
        undo,
        can_import: visit
            .viewer
            .as_ref()
            .is_some_and(|v| allowed(v, visit.commune.id, Action::ImportRegister)),
    })
}

/// What a finished staff action reports on the page it returns to (`?done=…`).
const DASHBOARD_NOTICES: &[(&str, &str)] = &[
    ("approved", "pending-approved"),
    ("refused", "pending-refused"),
    ("letter-voided", "pending-letter-voided"),
    ("undone", "pending-undone"),
];

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct DashboardQuery {
    done: String,
    /// After a decision: whose, so that it can be undone.
    who: Option<i64>,
    after_created: Option<i64>,
    after_id: Option<i64>,
}

pub async fn dashboard(
    State(app): State<App>,
    ctx: Ctx,
    Path(slug): Path<String>,
    Query(query): Query<DashboardQuery>,
) -> AppResult<Response> {
    let visit = Visit::load(&app, ctx, &slug).await?;
    visit.require(Action::ReviewResidents)?;
    let after = query
        .after_created
        .zip(query.after_id)
        .map(|(key, id)| After { key, id });
    let notice = notice(&query.done, DASHBOARD_NOTICES);
    let undo = query
        .who
        .filter(|_| matches!(query.done.as_str(), "approved" | "refused"));
    render(&dashboard_page(&visit, notice, undo, after).await?)
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct DecisionForm {
    decision: String,
    /// Why a residence is refused, for the resident's e-mail (optional).
    reason: String,
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
    let reason = bounded(form.reason, 500);
    membership::decide_resident(&app, &visit.commune, &staff, user, approve, &reason).await?;
    let done = if approve { "approved" } else { "refused" };
    Ok(see_other(&format!(
        "/c/{}/staff?done={done}&who={user}",
        visit.commune.slug
    )))
}

#[derive(Template)]
#[template(path = "membership/refuse.html")]
struct RefusePage {
    page: Page,
    commune: Commune,
    user: i64,
    name: String,
    address: String,
}

/// Refusing a residence is a decision with consequences: a page asks to confirm it,
/// and for the reason the resident will read.
pub async fn refuse_form(
    State(app): State<App>,
    ctx: Ctx,
    Path((slug, user)): Path<(String, i64)>,
) -> AppResult<Response> {
    let visit = Visit::load(&app, ctx, &slug).await?;
    visit.require(Action::ReviewResidents)?;
    let resident = accounts::by_id(&app.db, user)
        .await?
        .filter(|a| {
            a.commune_id == Some(visit.commune.id)
                && a.residence() == gemeng_core::account::Residence::Pending
                && !a.role().is_commune_staff()
        })
        .ok_or(AppError::NotFound)?;
    let address = match resident.address_id {
        Some(id) => addresses::by_id(&app.db, id)
            .await?
            .map(|a| a.label())
            .unwrap_or_default(),
        None => String::new(),
    };
    render(&RefusePage {
        page: visit.page("refuse-title").await?,
        commune: visit.commune.clone(),
        user,
        name: resident.display_name,
        address,
    })
}

/// Takes back one's own decision of the last minutes (the notice's "undo" button).
pub async fn undo_decision(
    State(app): State<App>,
    ctx: Ctx,
    Path((slug, user)): Path<(String, i64)>,
    CsrfForm(_): CsrfForm<NoFields>,
) -> AppResult<Response> {
    let visit = Visit::load(&app, ctx, &slug).await?;
    let staff = visit.require(Action::ReviewResidents)?.clone();
    membership::undo_decision(&app, &visit.commune, &staff, user).await?;
    Ok(see_other(&format!(
        "/c/{}/staff?done=undone",
        visit.commune.slug
    )))
}

/// Whether `viewer` may perform `action` here.
fn allowed(viewer: &gemeng_db::accounts::Account, commune_id: i64, action: Action) -> bool {
    gemeng_core::permissions::allows(&viewer.actor(), commune_id, action)
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
    /// Each member, and whether this viewer may change their role (not their own, and
    /// not of someone above what the viewer may grant: a staff member sees an admin's
    /// role as text, not as a form that would be refused).
    rows: Vec<(Member, bool)>,
    viewer_id: i64,
    role_choices: Vec<(&'static str, &'static str)>,
    notice: Option<&'static str>,
    q: String,
    /// The link to the next page, if there is one.
    more: Option<String>,
}

impl RolesPage {
    fn role_key(&self, member: &Member) -> &'static str {
        crate::membership::web::accounts::role_key(member.role.0)
    }

    fn viewer_id(&self) -> i64 {
        self.viewer_id
    }
}

/// People shown per page of the roles list.
const ROLES_PAGE: i64 = 50;

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct RolesQuery {
    done: String,
    q: String,
    after_name: Option<String>,
    after_id: Option<i64>,
}

async fn roles_page(
    visit: &Visit,
    notice: Option<&'static str>,
    query: RolesQuery,
) -> AppResult<RolesPage> {
    let viewer = visit.viewer.as_ref().ok_or(AppError::Forbidden)?;
    // Offer only the roles this person may grant.
    let grantable: Vec<Role> = [Role::Resident, Role::Moderator, Role::Staff, Role::Admin]
        .into_iter()
        .filter(|r| allowed(viewer, visit.commune.id, Action::AssignRole { to: *r }))
        .collect();
    let role_choices = grantable
        .iter()
        .map(|r| (r.as_str(), crate::membership::web::accounts::role_key(*r)))
        .collect();
    let q = bounded(query.q, 100);
    let after = query
        .after_name
        .zip(query.after_id)
        .map(|(key, id)| After { key, id });
    let mut members =
        accounts::members(&visit.app.db, visit.commune.id, &q, after, ROLES_PAGE + 1).await?;
    let more = (members.len() as i64 > ROLES_PAGE).then(|| {
        members.truncate(ROLES_PAGE as usize);
        let last = &members[members.len() - 1];
        let query = serde_urlencoded::to_string([
            ("q", q.as_str()),
            ("after_name", last.display_name.as_str()),
            ("after_id", last.id.to_string().as_str()),
        ])
        .unwrap_or_default();
        format!("/c/{}/staff/roles?{query}", visit.commune.slug)
    });
    let rows = members
        .into_iter()
        .map(|m| {
            let editable = m.id != viewer.id && grantable.contains(&m.role.0);
            (m, editable)
        })
        .collect();
    Ok(RolesPage {
        page: visit.page("roles-title").await?,
        commune: visit.commune.clone(),
        rows,
        viewer_id: viewer.id,
        role_choices,
        notice,
        q,
        more,
    })
}

pub async fn roles(
    State(app): State<App>,
    ctx: Ctx,
    Path(slug): Path<String>,
    Query(query): Query<RolesQuery>,
) -> AppResult<Response> {
    let visit = Visit::load(&app, ctx, &slug).await?;
    visit.require(Action::AssignRole {
        to: Role::Moderator,
    })?;
    let notice = notice(&query.done, &[("saved", "roles-saved")]);
    render(&roles_page(&visit, notice, query).await?)
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
