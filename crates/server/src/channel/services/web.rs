//! The pages of the services desk: a resident's page of services and threads, a
//! thread, staff's queue, a thread as staff see it (with assignment and closing), and
//! the list of services staff keep.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use gemeng_core::language::Language;
use gemeng_core::permissions::Action;
use gemeng_core::service_threads::{
    description_field, name_field, waited_label, Standing, State as ThreadState, PAGE,
};
use gemeng_core::validation::FieldErrors;
use gemeng_db::accounts::Account;
use gemeng_db::service_threads::{self as store, Colleague, Message, Queue, Thread};
use serde::Deserialize;

use super::{
    names_of, parse_cursor, service_name, Desk, ServiceInput, ServiceList, ServiceMessageInput,
    ServiceNameIn, ServiceThreadInput,
};
use crate::app::{now, App};
use crate::http::context::{CsrfForm, Ctx, Page};
use crate::http::error::{AppError, AppResult};
use crate::http::i18n::Tr;
use crate::http::text::rich_text;
use crate::http::web::{bounded, notice, render, render_invalid, see_other, NoFields, Visit};
use crate::neighbourhood::posts::new_request_key;

/// A service as the pages list it: id, name and description in the reader's language.
pub struct ShownService {
    pub id: i64,
    pub name: String,
    pub description: String,
}

/// A thread as a list shows it.
pub struct ShownThread {
    pub id: i64,
    pub subject: String,
    pub service: String,
    pub resident: String,
    /// The state's tag kind and label.
    pub state: (&'static str, String),
    /// "Waiting for 3 hours", or empty.
    pub waited: String,
    pub assigned: String,
    pub unread: i64,
    pub last_at: i64,
}

fn state_tag(state: ThreadState) -> &'static str {
    match state {
        ThreadState::Waiting => "waiting",
        ThreadState::Answered => "done",
        ThreadState::Closed => "info",
    }
}

fn waited_text(tr: &Tr, standing: Standing, at: i64) -> String {
    standing
        .waited(at)
        .map(|seconds| {
            let (key, count) = waited_label(seconds);
            tr.tn(key, "count", count)
        })
        .unwrap_or_default()
}

fn services_shown(
    visit: &Visit,
    services: &[gemeng_db::service_threads::Service],
) -> Vec<ShownService> {
    services
        .iter()
        .map(|s| {
            let (name, description) = service_name(s, visit.language(), &visit.commune);
            ShownService {
                id: s.id,
                name,
                description,
            }
        })
        .collect()
}

fn threads_shown(tr: &Tr, threads: Vec<Thread>, services: &[ShownService]) -> Vec<ShownThread> {
    let at = now();
    threads
        .into_iter()
        .map(|t| {
            let standing = t.standing();
            ShownThread {
                id: t.id,
                service: services
                    .iter()
                    .find(|s| s.id == t.service_id)
                    .map(|s| s.name.clone())
                    .unwrap_or_default(),
                resident: t.resident_name.clone(),
                state: (state_tag(standing.state), tr.t(standing.state.message_id())),
                waited: waited_text(tr, standing, at),
                assigned: t.assigned_name.clone().unwrap_or_default(),
                unread: t.resident_unread,
                last_at: t.last_at,
                subject: t.subject,
            }
        })
        .collect()
}

// ---------------------------------------------------------------- residents

#[derive(Template)]
#[template(path = "channel/services/index.html")]
struct IndexPage {
    page: Page,
    base: String,
    notice: Option<&'static str>,
    services: Vec<ShownService>,
    threads: Vec<ShownThread>,
    next: Option<String>,
    first_page: Option<String>,
    form: ThreadForm,
    errors: FieldErrors,
}

/// The new-thread form as typed.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ThreadForm {
    service: String,
    subject: String,
    body: String,
    request_key: String,
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct IndexQuery {
    before: String,
    service: String,
    done: String,
}

fn base(visit: &Visit) -> String {
    format!("/c/{}/services", visit.commune.slug)
}

/// A visit to the desk, as a resident (their own threads) or as staff (the commune's):
/// the route's guard checked the permission, and it is checked here again.
async fn desk_visit(app: &App, ctx: Ctx, slug: &str, staff: bool) -> AppResult<(Visit, Account)> {
    let visit = Visit::load(app, ctx, slug).await?;
    let action = if staff {
        Action::SpeakForCommune
    } else {
        Action::ReadChannel
    };
    let account = visit.require(action)?.clone();
    Ok((visit, account))
}

fn desk<'a>(app: &'a App, visit: &'a Visit, account: &'a Account, staff: bool) -> Desk<'a> {
    Desk {
        app,
        commune: &visit.commune,
        account,
        staff,
    }
}

async fn index_page(
    visit: &Visit,
    account_id: i64,
    before: Option<(i64, i64)>,
    form: ThreadForm,
    errors: FieldErrors,
    notice: Option<&'static str>,
) -> AppResult<IndexPage> {
    let app = &visit.app;
    let services = services_shown(
        visit,
        &store::services(&app.db, visit.commune.id, false).await?,
    );
    let limit = PAGE as i64;
    let mut threads =
        store::of_resident(&app.db, visit.commune.id, account_id, before, limit + 1).await?;
    let more = threads.len() as i64 > limit;
    threads.truncate(PAGE);
    let base = base(visit);
    let next = if more {
        threads
            .last()
            .map(|t| format!("{base}?before={}-{}", t.last_at, t.id))
    } else {
        None
    };
    let page = visit.page_at("services-title", &base).await?;
    Ok(IndexPage {
        threads: threads_shown(&page.tr, threads, &services),
        page,
        notice,
        services,
        next,
        first_page: before.map(|_| base.clone()),
        base,
        form,
        errors,
    })
}

/// `/c/{commune}/services`: the services one may write to, one's threads with them.
pub async fn index(
    State(app): State<App>,
    ctx: Ctx,
    Path(slug): Path<String>,
    Query(query): Query<IndexQuery>,
) -> AppResult<Response> {
    let visit = Visit::load(&app, ctx, &slug).await?;
    let account = visit.require(Action::ReadChannel)?.clone();
    let before = match query.before.as_str() {
        "" => None,
        given => Some(parse_cursor(given).ok_or(AppError::BadRequest("feed-error-cursor"))?),
    };
    let form = ThreadForm {
        service: bounded(query.service, 20),
        request_key: new_request_key(),
        ..ThreadForm::default()
    };
    let done = notice(&query.done, &[("closed", "service-done-closed")]);
    render(&index_page(&visit, account.id, before, form, FieldErrors::new(), done).await?)
}

/// Opens a thread with a service.
pub async fn open(
    State(app): State<App>,
    ctx: Ctx,
    Path(slug): Path<String>,
    CsrfForm(form): CsrfForm<ThreadForm>,
) -> AppResult<Response> {
    let (visit, account) = desk_visit(&app, ctx, &slug, false).await?;
    let desk = desk(&app, &visit, &account, false);
    let input = ServiceThreadInput {
        // Not a number: no service (the rule then says which field is wrong).
        service: form.service.trim().parse().unwrap_or(0),
        subject: form.subject.clone(),
        body: form.body.clone(),
        request_key: form.request_key.clone(),
    };
    match desk.open(&input).await? {
        Ok(id) => Ok(see_other(&format!(
            "{}/threads/{id}?done=sent",
            base(&visit)
        ))),
        Err(errors) => {
            render_invalid(&index_page(&visit, account.id, None, form, errors, None).await?)
        }
    }
}

#[derive(Template)]
#[template(path = "channel/services/thread.html")]
struct ThreadPage {
    page: Page,
    /// Where the list is (the resident's page or staff's queue).
    back: String,
    /// Where the reply form posts.
    url: String,
    notice: Option<&'static str>,
    thread: ShownThread,
    messages: Vec<ShownMessage>,
    older: Option<String>,
    reply: String,
    reply_key: String,
    errors: FieldErrors,
    /// Staff who manage this thread: the colleagues it may be assigned to.
    manage: Option<Vec<Colleague>>,
    /// The colleague it is assigned to (0: no one).
    assigned_to: i64,
}

/// A message as the thread shows it.
pub struct ShownMessage {
    pub id: i64,
    pub author: String,
    pub from_staff: bool,
    pub mine: bool,
    pub body_html: String,
    pub created_at: i64,
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ThreadQuery {
    before: String,
    done: String,
}

/// The thread's page, for the resident (`staff` false) or for staff.
#[allow(clippy::too_many_arguments)]
async fn thread_page(
    visit: &Visit,
    desk: &Desk<'_>,
    thread: Thread,
    before: Option<i64>,
    reply: String,
    errors: FieldErrors,
    notice: Option<&'static str>,
) -> AppResult<ThreadPage> {
    let app = &visit.app;
    let limit = PAGE as i64;
    let mut messages: Vec<Message> = store::messages(&app.db, thread.id, before, limit + 1).await?;
    let more = messages.len() as i64 > limit;
    if more {
        messages.remove(0);
    }
    let (back, url) = if desk.staff {
        (
            format!("/c/{}/staff/services", visit.commune.slug),
            format!(
                "/c/{}/staff/services/threads/{}",
                visit.commune.slug, thread.id
            ),
        )
    } else {
        (
            base(visit),
            format!("{}/threads/{}", base(visit), thread.id),
        )
    };
    let older = if more {
        messages.first().map(|m| format!("{url}?before={}", m.id))
    } else {
        None
    };
    let services = services_shown(
        visit,
        &store::services(&app.db, visit.commune.id, true).await?,
    );
    let manage = if desk.manages(&thread) {
        Some(store::colleagues(&app.db, visit.commune.id).await?)
    } else {
        None
    };
    let assigned_to = thread.assigned_to.unwrap_or(0);
    let mut page = visit.page_at("services-thread-title", &url).await?;
    page.title = thread.subject.clone();
    let shown = threads_shown(&page.tr, vec![thread], &services)
        .pop()
        .ok_or(AppError::NotFound)?;
    Ok(ThreadPage {
        messages: messages
            .into_iter()
            .map(|m| ShownMessage {
                id: m.id,
                mine: m.author_id == Some(desk.account.id),
                author: m.author_name,
                from_staff: m.from_staff,
                body_html: rich_text(&m.body),
                created_at: m.created_at,
            })
            .collect(),
        page,
        back,
        url,
        notice,
        thread: shown,
        older,
        reply,
        reply_key: new_request_key(),
        errors,
        manage,
        assigned_to,
    })
}

fn before_of(query: &ThreadQuery) -> AppResult<Option<i64>> {
    match query.before.as_str() {
        "" => Ok(None),
        given => match given.parse::<i64>() {
            // A message id is 1 or more.
            Ok(before) if before >= 1 => Ok(Some(before)),
            _ => Err(AppError::BadRequest("feed-error-cursor")),
        },
    }
}

const THREAD_NOTICES: &[(&str, &str)] = &[
    ("sent", "service-done-sent"),
    ("assigned", "service-done-assigned"),
    ("closed", "service-done-closed"),
];

async fn show_thread(
    app: App,
    ctx: Ctx,
    slug: String,
    id: i64,
    query: ThreadQuery,
    staff: bool,
) -> AppResult<Response> {
    let (visit, account) = desk_visit(&app, ctx, &slug, staff).await?;
    let desk = desk(&app, &visit, &account, staff);
    let thread = desk.thread(id).await?;
    desk.seen(&thread).await?;
    let before = before_of(&query)?;
    let done = notice(&query.done, THREAD_NOTICES);
    render(
        &thread_page(
            &visit,
            &desk,
            thread,
            before,
            String::new(),
            FieldErrors::new(),
            done,
        )
        .await?,
    )
}

/// `/c/{commune}/services/threads/{thread}`: the resident's own thread.
pub async fn thread(
    State(app): State<App>,
    ctx: Ctx,
    Path((slug, id)): Path<(String, i64)>,
    Query(query): Query<ThreadQuery>,
) -> AppResult<Response> {
    show_thread(app, ctx, slug, id, query, false).await
}

/// `/c/{commune}/staff/services/threads/{thread}`: any thread of the commune, for staff.
pub async fn staff_thread(
    State(app): State<App>,
    ctx: Ctx,
    Path((slug, id)): Path<(String, i64)>,
    Query(query): Query<ThreadQuery>,
) -> AppResult<Response> {
    show_thread(app, ctx, slug, id, query, true).await
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ReplyForm {
    body: String,
    request_key: String,
}

async fn reply_to(
    app: App,
    ctx: Ctx,
    slug: String,
    id: i64,
    form: ReplyForm,
    staff: bool,
) -> AppResult<Response> {
    let (visit, account) = desk_visit(&app, ctx, &slug, staff).await?;
    let desk = desk(&app, &visit, &account, staff);
    let thread = desk.thread(id).await?;
    let input = ServiceMessageInput {
        body: form.body.clone(),
        request_key: form.request_key,
    };
    match desk.write(&thread, &input).await? {
        Ok(message) => {
            let url = if staff {
                format!("/c/{}/staff/services/threads/{id}", visit.commune.slug)
            } else {
                format!("{}/threads/{id}", base(&visit))
            };
            Ok(see_other(&format!("{url}?done=sent#message-{message}")))
        }
        Err(errors) => render_invalid(
            &thread_page(
                &visit,
                &desk,
                thread,
                None,
                bounded(form.body, 6_000),
                errors,
                None,
            )
            .await?,
        ),
    }
}

/// The resident writes to their thread (also a closed one: it opens again).
pub async fn reply(
    State(app): State<App>,
    ctx: Ctx,
    Path((slug, id)): Path<(String, i64)>,
    CsrfForm(form): CsrfForm<ReplyForm>,
) -> AppResult<Response> {
    reply_to(app, ctx, slug, id, form, false).await
}

/// Staff answer a thread.
pub async fn staff_reply(
    State(app): State<App>,
    ctx: Ctx,
    Path((slug, id)): Path<(String, i64)>,
    CsrfForm(form): CsrfForm<ReplyForm>,
) -> AppResult<Response> {
    reply_to(app, ctx, slug, id, form, true).await
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct AssignForm {
    /// A colleague's id, or empty for no one.
    to: String,
}

/// Staff assign a thread to a colleague (or to no one).
pub async fn assign(
    State(app): State<App>,
    ctx: Ctx,
    Path((slug, id)): Path<(String, i64)>,
    CsrfForm(form): CsrfForm<AssignForm>,
) -> AppResult<Response> {
    let (visit, account) = desk_visit(&app, ctx, &slug, true).await?;
    let desk = desk(&app, &visit, &account, true);
    let thread = desk.thread(id).await?;
    let to = match form.to.trim() {
        "" => None,
        given => Some(given.parse::<i64>().unwrap_or(0)),
    };
    match desk.assign(&thread, to).await? {
        Ok(()) => Ok(see_other(&format!(
            "/c/{}/staff/services/threads/{id}?done=assigned",
            visit.commune.slug
        ))),
        Err(errors) => render_invalid(
            &thread_page(&visit, &desk, thread, None, String::new(), errors, None).await?,
        ),
    }
}

/// Staff close a thread.
pub async fn close(
    State(app): State<App>,
    ctx: Ctx,
    Path((slug, id)): Path<(String, i64)>,
    CsrfForm(_): CsrfForm<NoFields>,
) -> AppResult<Response> {
    let (visit, account) = desk_visit(&app, ctx, &slug, true).await?;
    let desk = desk(&app, &visit, &account, true);
    let thread = desk.thread(id).await?;
    desk.close(&thread).await?;
    Ok(see_other(&format!(
        "/c/{}/staff/services/threads/{id}?done=closed",
        visit.commune.slug
    )))
}

// ---------------------------------------------------------------- staff's queue

#[derive(Template)]
#[template(path = "channel/services/queue.html")]
struct QueuePage {
    page: Page,
    base: String,
    /// Each state's value, label, count and whether it is shown.
    states: Vec<(&'static str, String, i64, bool)>,
    oldest: String,
    services: Vec<ShownService>,
    /// The service chosen (0: all).
    service: i64,
    mine: bool,
    threads: Vec<ShownThread>,
    next: Option<String>,
    first_page: Option<String>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct QueueQuery {
    state: String,
    service: String,
    mine: String,
    after: String,
}

/// `/c/{commune}/staff/services`: the commune's threads, the longest waiting first.
pub async fn queue(
    State(app): State<App>,
    ctx: Ctx,
    Path(slug): Path<String>,
    Query(query): Query<QueueQuery>,
) -> AppResult<Response> {
    let visit = Visit::load(&app, ctx, &slug).await?;
    let account = visit.require(Action::SpeakForCommune)?.clone();
    let state = match query.state.as_str() {
        "" => ThreadState::Waiting,
        given => ThreadState::parse(given).ok_or(AppError::BadRequest("service-error-state"))?,
    };
    let service = match query.service.as_str() {
        "" => None,
        given => Some(
            given
                .parse::<i64>()
                .map_err(|_| AppError::BadRequest("service-error-unknown"))?,
        ),
    };
    let mine = query.mine == "yes";
    let after = match query.after.as_str() {
        "" => None,
        given => Some(parse_cursor(given).ok_or(AppError::BadRequest("feed-error-cursor"))?),
    };
    let services = services_shown(
        &visit,
        &store::services(&app.db, visit.commune.id, true).await?,
    );
    let limit = PAGE as i64;
    let mut threads = store::queue(
        &app.db,
        visit.commune.id,
        Queue {
            state,
            service_id: service,
            assigned_to: mine.then_some(account.id),
        },
        after,
        limit + 1,
    )
    .await?;
    let more = threads.len() as i64 > limit;
    threads.truncate(PAGE);
    let base = format!("/c/{}/staff/services", visit.commune.slug);
    let filters = format!(
        "{base}?state={}{}{}",
        state.as_str(),
        service.map(|s| format!("&service={s}")).unwrap_or_default(),
        if mine { "&mine=yes" } else { "" }
    );
    let next = if more {
        threads.last().map(|t| {
            let key = match state {
                ThreadState::Waiting => t.waiting_since.unwrap_or(0),
                _ => t.last_at,
            };
            format!("{filters}&after={key}-{}", t.id)
        })
    } else {
        None
    };
    let (counts, oldest) = store::counts(&app.db, visit.commune.id).await?;
    let page = visit.page("services-queue-title").await?;
    let oldest = oldest
        .map(|since| {
            waited_text(
                &page.tr,
                Standing {
                    state: ThreadState::Waiting,
                    waiting_since: Some(since),
                },
                now(),
            )
        })
        .unwrap_or_default();
    render(&QueuePage {
        states: ThreadState::ALL
            .into_iter()
            .map(|s| {
                (
                    s.as_str(),
                    page.tr.t(s.message_id()),
                    counts.get(s.as_str()).copied().unwrap_or(0),
                    s == state,
                )
            })
            .collect(),
        threads: threads_shown(&page.tr, threads, &services),
        page,
        oldest,
        services,
        service: service.unwrap_or(0),
        mine,
        next,
        first_page: after.map(|_| filters.clone()),
        base,
    })
}

// ---------------------------------------------------------------- the list of services

#[derive(Template)]
#[template(path = "channel/services/manage.html")]
struct ManagePage {
    page: Page,
    base: String,
    notice: Option<&'static str>,
    services: Vec<ManagedService>,
    /// The form to add one.
    new: Vec<NameRow>,
    /// The service whose form came back with problems (0: the new one).
    failed: i64,
    errors: FieldErrors,
}

/// A service with its form's rows.
pub struct ManagedService {
    pub id: i64,
    /// Its form's ids start with this (`s3-`).
    pub prefix: String,
    pub name: String,
    pub archived: bool,
    pub rows: Vec<NameRow>,
}

/// One language's row of a service's form.
pub struct NameRow {
    pub code: &'static str,
    pub language: String,
    pub name_field: &'static str,
    pub description_field: &'static str,
    pub name: String,
    pub description: String,
}

fn rows_of(given: &std::collections::BTreeMap<String, ServiceNameIn>) -> Vec<NameRow> {
    Language::ALL
        .into_iter()
        .map(|l| {
            let n = given.get(l.code());
            NameRow {
                code: l.code(),
                language: Tr::new(l).t("language-name"),
                name_field: name_field(l),
                description_field: description_field(l),
                name: n.map(|n| bounded(n.name.clone(), 200)).unwrap_or_default(),
                description: n
                    .map(|n| bounded(n.description.clone(), 800))
                    .unwrap_or_default(),
            }
        })
        .collect()
}

async fn manage_page(
    visit: &Visit,
    notice: Option<&'static str>,
    failed: Option<(i64, &ServiceInput)>,
    errors: FieldErrors,
) -> AppResult<ManagePage> {
    let base = format!("/c/{}/staff/services/list", visit.commune.slug);
    let stored = store::services(&visit.app.db, visit.commune.id, true).await?;
    let mut services = Vec::new();
    for s in &stored {
        let given = match failed {
            Some((id, input)) if id == s.id => input.names.clone(),
            _ => names_of(s)
                .into_iter()
                .map(|n| {
                    (
                        n.language.code().to_string(),
                        ServiceNameIn {
                            name: n.name,
                            description: n.description,
                        },
                    )
                })
                .collect(),
        };
        services.push(ManagedService {
            id: s.id,
            prefix: format!("s{}-", s.id),
            name: service_name(s, visit.language(), &visit.commune).0,
            archived: s.archived,
            rows: rows_of(&given),
        });
    }
    let new = match failed {
        Some((0, input)) => rows_of(&input.names),
        _ => rows_of(&Default::default()),
    };
    Ok(ManagePage {
        page: visit.page_at("services-manage-title", &base).await?,
        base,
        notice,
        services,
        new,
        failed: failed.map_or(-1, |(id, _)| id),
        errors,
    })
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ManageQuery {
    done: String,
}

/// `/c/{commune}/staff/services/list`: the services residents may write to.
pub async fn manage(
    State(app): State<App>,
    ctx: Ctx,
    Path(slug): Path<String>,
    Query(query): Query<ManageQuery>,
) -> AppResult<Response> {
    let visit = Visit::load(&app, ctx, &slug).await?;
    visit.require(Action::SpeakForCommune)?;
    let done = notice(
        &query.done,
        &[
            ("added", "service-done-added"),
            ("renamed", "service-done-renamed"),
            ("archived", "service-done-archived"),
            ("restored", "service-done-restored"),
        ],
    );
    render(&manage_page(&visit, done, None, FieldErrors::new()).await?)
}

/// The service form's fields: `name_fr`, `description_fr`…
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ServiceForm {
    name_lb: String,
    name_de: String,
    name_fr: String,
    name_en: String,
    name_pt: String,
    description_lb: String,
    description_de: String,
    description_fr: String,
    description_en: String,
    description_pt: String,
}

impl ServiceForm {
    fn input(self) -> ServiceInput {
        let mut names = std::collections::BTreeMap::new();
        for (code, name, description) in [
            ("lb", self.name_lb, self.description_lb),
            ("de", self.name_de, self.description_de),
            ("fr", self.name_fr, self.description_fr),
            ("en", self.name_en, self.description_en),
            ("pt", self.name_pt, self.description_pt),
        ] {
            names.insert(code.to_string(), ServiceNameIn { name, description });
        }
        ServiceInput { names }
    }
}

async fn save(
    app: App,
    ctx: Ctx,
    slug: String,
    id: Option<i64>,
    form: ServiceForm,
) -> AppResult<Response> {
    let visit = Visit::load(&app, ctx, &slug).await?;
    let staff = visit.require(Action::SpeakForCommune)?.clone();
    let list = ServiceList {
        app: &app,
        commune: &visit.commune,
        staff: &staff,
    };
    let input = form.input();
    match list.save(id, &input).await? {
        Ok(_) => Ok(see_other(&format!(
            "/c/{}/staff/services/list?done={}",
            visit.commune.slug,
            if id.is_some() { "renamed" } else { "added" }
        ))),
        Err(errors) => render_invalid(
            &manage_page(&visit, None, Some((id.unwrap_or(0), &input)), errors).await?,
        ),
    }
}

/// Adds a service.
pub async fn add_service(
    State(app): State<App>,
    ctx: Ctx,
    Path(slug): Path<String>,
    CsrfForm(form): CsrfForm<ServiceForm>,
) -> AppResult<Response> {
    save(app, ctx, slug, None, form).await
}

/// Renames a service.
pub async fn rename_service(
    State(app): State<App>,
    ctx: Ctx,
    Path((slug, id)): Path<(String, i64)>,
    CsrfForm(form): CsrfForm<ServiceForm>,
) -> AppResult<Response> {
    save(app, ctx, slug, Some(id), form).await
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ArchiveForm {
    /// "yes" to archive, anything else to bring back.
    archived: String,
}

/// Archives a service or brings it back.
pub async fn archive_service(
    State(app): State<App>,
    ctx: Ctx,
    Path((slug, id)): Path<(String, i64)>,
    CsrfForm(form): CsrfForm<ArchiveForm>,
) -> AppResult<Response> {
    let visit = Visit::load(&app, ctx, &slug).await?;
    let staff = visit.require(Action::SpeakForCommune)?.clone();
    let archived = form.archived == "yes";
    ServiceList {
        app: &app,
        commune: &visit.commune,
        staff: &staff,
    }
    .archive(id, archived)
    .await?;
    Ok(see_other(&format!(
        "/c/{}/staff/services/list?done={}",
        visit.commune.slug,
        if archived { "archived" } else { "restored" }
    )))
}
