//! The commune staff's pages: residents waiting for verification, residence
//! letters, imports of the map and address register, and roles.

use askama::Template;
use axum::extract::{Multipart, Path, Query, State};
use axum::response::Response;
use gemeng_core::account::Role;
use gemeng_core::permissions::Action;
use gemeng_db::accounts::{self, Member, PendingResident};
use gemeng_db::communes::Commune;
use gemeng_db::{addresses, neighbourhoods, residence};
use serde::Deserialize;

use crate::app::{now, App};
use crate::error::{AppError, AppResult};
use crate::membership::{self, letters};
use crate::register;
use crate::web::context::{same_secret, CsrfForm, Ctx, Page};
use crate::web::{notice, render, render_invalid, see_other, Done, NoFields, Visit};

#[derive(Template)]
#[template(path = "staff/dashboard.html")]
struct Dashboard {
    page: Page,
    commune: Commune,
    neighbourhood_count: i64,
    address_count: i64,
    pending_count: i64,
    letter_count: i64,
    pending: Vec<PendingResident>,
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
        letter_count: residence::letter_recipients(db, visit.commune.id, now())
            .await?
            .len() as i64,
        pending,
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
    if !residence::void_letter(&app.db, visit.commune.id, user, now()).await? {
        return Err(AppError::NotFound);
    }
    gemeng_db::audit::record(
        &app.db,
        Some(visit.commune.id),
        Some(staff.id),
        "letter-voided",
        Some(user),
        "",
        now(),
    )
    .await?;
    Ok(see_other(&format!(
        "/c/{}/staff?done=letter-voided",
        visit.commune.slug
    )))
}

#[derive(Template)]
#[template(path = "staff/letters.html")]
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
#[template(path = "staff/import.html")]
struct ImportPage {
    page: Page,
    commune: Commune,
    result: Option<String>,
    problems: Vec<String>,
}

pub async fn import_form(
    State(app): State<App>,
    ctx: Ctx,
    Path(slug): Path<String>,
) -> AppResult<Response> {
    let visit = Visit::load(&app, ctx, &slug).await?;
    visit.require(Action::ImportRegister)?;
    render(&ImportPage {
        page: visit.page("import-title").await?,
        commune: visit.commune,
        result: None,
        problems: vec![],
    })
}

/// Reads the `csrf` and `file` fields of an upload form.
async fn read_upload(visit: &Visit, mut multipart: Multipart) -> AppResult<Vec<u8>> {
    let mut csrf = String::new();
    let mut file = None;
    while let Some(field) = multipart
        .next_field()
        .await
        .map_err(|_| AppError::BadRequest("error-form-malformed"))?
    {
        match field.name() {
            Some("csrf") => {
                csrf = field
                    .text()
                    .await
                    .map_err(|_| AppError::BadRequest("error-form-malformed"))?
            }
            Some("file") => {
                file = Some(
                    field
                        .bytes()
                        .await
                        .map_err(|_| AppError::BadRequest("error-form-too-large"))?
                        .to_vec(),
                )
            }
            _ => {}
        }
    }
    if visit.ctx.csrf.is_empty() || !same_secret(&csrf, &visit.ctx.csrf) {
        return Err(AppError::BadRequest("error-csrf"));
    }
    file.filter(|f| !f.is_empty())
        .ok_or(AppError::BadRequest("import-error-no-file"))
}

/// What an import did: the sentence for the page, and the audit log's entry.
struct Imported {
    message: String,
    audit_action: &'static str,
    count: usize,
}

/// The import page again, with the result or the reasons nothing was imported.
async fn answer_import(
    visit: Visit,
    outcome: Result<Imported, Vec<register::Problem>>,
) -> AppResult<Response> {
    let page = visit
        .page_at(
            "import-title",
            &format!("/c/{}/staff/import", visit.commune.slug),
        )
        .await?;
    match outcome {
        Ok(done) => {
            let actor = visit.viewer.as_ref().map(|v| v.id);
            let detail = done.count.to_string();
            gemeng_db::audit::record(
                &visit.app.db,
                Some(visit.commune.id),
                actor,
                done.audit_action,
                None,
                &detail,
                now(),
            )
            .await?;
            render(&ImportPage {
                page,
                commune: visit.commune,
                result: Some(done.message),
                problems: vec![],
            })
        }
        Err(problems) => {
            let problems = register::describe_all(&problems, &page.tr);
            render_invalid(&ImportPage {
                page,
                commune: visit.commune,
                result: None,
                problems,
            })
        }
    }
}

pub async fn import_neighbourhoods(
    State(app): State<App>,
    ctx: Ctx,
    Path(slug): Path<String>,
    multipart: Multipart,
) -> AppResult<Response> {
    let visit = Visit::load(&app, ctx, &slug).await?;
    visit.require(Action::ImportRegister)?;
    let bytes = read_upload(&visit, multipart).await?;
    let tr = crate::i18n::Tr::new(visit.language());
    let outcome =
        register::import_neighbourhoods(&app.db, &visit.commune, &String::from_utf8_lossy(&bytes))
            .await
            .map(|done| Imported {
                message: tr.t_nums(
                    "import-neighbourhoods-done",
                    &[
                        ("created", done.created as i64),
                        ("updated", done.updated as i64),
                        ("outside", done.addresses_outside as i64),
                    ],
                ),
                audit_action: "neighbourhoods-imported",
                count: done.created + done.updated,
            });
    answer_import(visit, outcome).await
}

pub async fn import_addresses(
    State(app): State<App>,
    ctx: Ctx,
    Path(slug): Path<String>,
    multipart: Multipart,
) -> AppResult<Response> {
    let visit = Visit::load(&app, ctx, &slug).await?;
    visit.require(Action::ImportRegister)?;
    let bytes = read_upload(&visit, multipart).await?;
    let tr = crate::i18n::Tr::new(visit.language());
    let outcome = register::import_addresses(&app.db, &visit.commune, &bytes, &mut |_, _| {})
        .await
        .map(|done| Imported {
            message: tr.t_nums(
                "import-addresses-done",
                &[("rows", done.rows as i64), ("outside", done.outside as i64)],
            ),
            audit_action: "addresses-imported",
            count: done.rows,
        });
    answer_import(visit, outcome).await
}

#[derive(Template)]
#[template(path = "staff/roles.html")]
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
        .map(|r| (r.as_str(), crate::web::accounts::role_key(r)))
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
