//! The route table: every route of Gemeng, declared once with who may use it.
//!
//! The router, the OpenAPI document and the isolation test's cases all come from
//! this one list, so a route cannot exist without a declared access rule, and the
//! isolation test (which walks [`table`]) fails for a route it cannot exercise.
//! Each route is wrapped in the guard of its access rule (`http::access::enforce`),
//! which refuses before the handler reads anything; the handler's own
//! `Visit::require` stays as a second line of defence.

use axum::extract::DefaultBodyLimit;
use axum::handler::Handler;
use axum::http::Method;
use axum::routing::{self, MethodRouter};
use axum::Router;
use gemeng_core::account::Role;
use gemeng_core::permissions::Action;
use utoipa::OpenApi;
use utoipa_axum::router::{OpenApiRouter, UtoipaMethodRouter};
use utoipa_axum::routes;

use crate::app::App;
pub use crate::http::access::Access;
use crate::http::{access, assets, openapi, preferences};
use crate::{commune, membership, neighbourhood, operator};

/// One route as the isolation test sees it.
#[derive(Debug, Clone)]
pub struct Route {
    pub method: Method,
    /// The path pattern, with `{name}` parameters.
    pub path: String,
    pub access: Access,
    pub api: bool,
}

/// Address registers of large communes run to tens of megabytes.
const IMPORT_BODY_LIMIT: usize = 64 * 1024 * 1024;
/// A coat of arms: a scan or a photo from a phone, before it is shrunk.
const ARMS_BODY_LIMIT: usize = 8 * 1024 * 1024;

/// Builds the table and the router side by side, one entry at a time.
struct Table {
    routes: Vec<Route>,
    router: OpenApiRouter<App>,
    /// Every schema by name: two different types of the same name would otherwise
    /// silently share one entry of the document (one operation then documents the
    /// other's body).
    schemas: std::collections::HashMap<String, String>,
}

impl Table {
    fn new() -> Table {
        Table {
            routes: Vec::new(),
            router: OpenApiRouter::with_openapi(openapi::ApiDoc::openapi()),
            schemas: std::collections::HashMap::new(),
        }
    }

    fn add(mut self, method: Method, path: &str, access: Access, route: MethodRouter<App>) -> Self {
        self.routes.push(Route {
            method,
            path: path.to_string(),
            access,
            api: false,
        });
        self.router = self.router.route(path, guarded(route, access));
        self
    }

    fn get<H: Handler<T, App>, T: 'static>(self, path: &str, access: Access, h: H) -> Self {
        self.add(Method::GET, path, access, routing::get(h))
    }

    fn post<H: Handler<T, App>, T: 'static>(self, path: &str, access: Access, h: H) -> Self {
        self.add(Method::POST, path, access, routing::post(h))
    }

    /// An API operation: its path and method come from the handler's `#[utoipa::path]`,
    /// so the document and the router cannot disagree.
    fn api(mut self, access: Access, route: UtoipaMethodRouter<App>) -> Self {
        for (path, item) in route.1.paths.iter() {
            let operations = [
                (Method::GET, &item.get),
                (Method::POST, &item.post),
                (Method::PUT, &item.put),
                (Method::DELETE, &item.delete),
                (Method::PATCH, &item.patch),
            ];
            for (method, operation) in operations {
                if operation.is_some() {
                    self.routes.push(Route {
                        method,
                        path: path.clone(),
                        access,
                        api: true,
                    });
                }
            }
        }
        let (schemas, paths, method_router) = route;
        for (name, schema) in &schemas {
            let json = serde_json::to_string(schema).unwrap_or_default();
            let first = self
                .schemas
                .entry(name.clone())
                .or_insert_with(|| json.clone());
            assert!(
                *first == json,
                "two different schemas are named {name}: rename one of the types"
            );
        }
        self.router = self
            .router
            .routes((schemas, paths, guarded(method_router, access)));
        self
    }
}

impl Table {
    /// The routes a capability declares in a block of its own (below).
    fn with(self, routes: fn(Table) -> Table) -> Table {
        routes(self)
    }
}

/// Activities: each visitor sees what is meant for them (the handlers filter by
/// audience); members take places; organisers (staff, verified residents, the accounts
/// of associations) create them and manage their own (the flows check who organises).
fn activity_routes(table: Table) -> Table {
    use crate::activities::{api, calendar, web};
    use Access::*;
    let join = Requires(Action::JoinActivities);
    let organise = Requires(Action::OrganiseActivities);
    table
        .get("/c/{commune}/activities", Public, web::list)
        .get("/c/{commune}/activities.ics", Public, calendar::public)
        .get("/c/{commune}/activities/new", organise, web::new)
        .get(
            "/c/{commune}/activities/organised",
            organise,
            web::organised,
        )
        .post("/c/{commune}/activities", organise, web::create)
        .get("/c/{commune}/activities/{activity}", Public, web::show)
        .get(
            "/c/{commune}/activities/{activity}/edit",
            organise,
            web::edit,
        )
        .post(
            "/c/{commune}/activities/{activity}/edit",
            organise,
            web::change,
        )
        .get(
            "/c/{commune}/activities/{activity}/calendar.ics",
            Public,
            calendar::activity,
        )
        .post(
            "/c/{commune}/activities/{activity}/register",
            join,
            web::register_series,
        )
        .post(
            "/c/{commune}/activities/{activity}/sessions/{session}/register",
            join,
            web::register,
        )
        .post(
            "/c/{commune}/activities/{activity}/sessions/{session}/withdraw",
            join,
            web::withdraw,
        )
        .get(
            "/c/{commune}/activities/{activity}/registrations",
            organise,
            web::registrations,
        )
        // A café table's learners: its host's and the café's organisers' (the handler
        // answers "not found" to anyone else signed in to the commune).
        .get(
            "/c/{commune}/activities/{activity}/tables/{table}",
            Requires(Action::ManageOwnAccount),
            web::hosted_table,
        )
        .get(
            "/c/{commune}/activities/{activity}/hosts",
            organise,
            web::hosts,
        )
        .post(
            "/c/{commune}/activities/{activity}/tables/{table}/host",
            organise,
            web::change_host,
        )
        .post(
            "/c/{commune}/activities/{activity}/message",
            organise,
            web::message,
        )
        .post(
            "/c/{commune}/activities/{activity}/sessions/{session}/attendance",
            organise,
            web::attendance,
        )
        .post(
            "/c/{commune}/activities/{activity}/sessions/{session}/cancel",
            organise,
            web::cancel_session,
        )
        .post(
            "/c/{commune}/activities/{activity}/cancel",
            organise,
            web::cancel_activity,
        )
        .get("/c/{commune}/me/activities", join, web::mine)
        .post(
            "/c/{commune}/me/activities/calendar",
            join,
            web::make_calendar,
        )
        .post(
            "/c/{commune}/me/activities/calendar/revoke",
            join,
            web::revoke_calendar,
        )
        // The secret is the key: a revoked or unknown one is not found.
        .get(
            "/c/{commune}/calendar/{token}/activities.ics",
            Public,
            calendar::personal,
        )
        .api(Public, routes!(api::list))
        .api(Public, routes!(api::show))
        .api(organise, routes!(api::create))
        .api(organise, routes!(api::change))
        .api(join, routes!(api::register, api::withdraw))
        .api(join, routes!(api::register_series))
        .api(organise, routes!(api::message))
        .api(organise, routes!(api::registrations))
        .api(
            Requires(Action::ManageOwnAccount),
            routes!(api::hosted_table),
        )
        .api(join, routes!(api::hosted_tables))
        .api(organise, routes!(api::change_host))
        .api(organise, routes!(api::cancel_session))
        .api(organise, routes!(api::cancel_activity))
}

/// Event days: each visitor sees the events meant for them (the handlers answer "not
/// found" otherwise); account holders register; guests ask by e-mail (public events
/// only); organisers (staff, organiser accounts) create and publish their own.
fn event_routes(table: Table) -> Table {
    use crate::events::{api, api_meetings, api_reports, calendar, web, web_meetings, web_reports};
    use Access::*;
    let join = Requires(Action::JoinEvents);
    // The day's rooms also take guests, by the pass confirming their place gave them.
    let take_part = EventParticipants;
    let organise = Requires(Action::OrganiseEvents);
    let signed_in = Requires(Action::ManageOwnAccount);
    table
        .get("/c/{commune}/events", Public, web::list)
        .get("/c/{commune}/events/new", organise, web::new)
        .post("/c/{commune}/events", organise, web::create)
        // The guest's link: the secret is the key.
        .get("/c/{commune}/events/confirm", Public, web::confirm_page)
        .post("/c/{commune}/events/confirm", Public, web::confirm)
        .get("/c/{commune}/events/{event}", Public, web::show)
        .get(
            "/c/{commune}/events/{event}/calendar.ics",
            Public,
            calendar::event,
        )
        .post(
            "/c/{commune}/events/{event}/publish",
            organise,
            web::publish,
        )
        .post("/c/{commune}/events/{event}/register", join, web::register)
        .post(
            "/c/{commune}/events/{event}/withdraw",
            take_part,
            web::withdraw,
        )
        .post("/c/{commune}/events/{event}/guests", Public, web::guest)
        // A guest's entrance link, for another device: the secret is the key.
        .get("/c/{commune}/events/{event}/enter", Public, web::enter_form)
        .post("/c/{commune}/events/{event}/enter", Public, web::enter)
        .get(
            "/c/{commune}/events/{event}/stands/new",
            organise,
            web::new_stand,
        )
        .add(
            Method::POST,
            "/c/{commune}/events/{event}/stands",
            organise,
            routing::post(web::add_stand).layer(DefaultBodyLimit::max(
                crate::events::stands::STAND_FORM_LIMIT,
            )),
        )
        // A stand's document, for whoever may see the event (else 404).
        .get(
            "/c/{commune}/events/{event}/documents/{document}",
            Public,
            web::document,
        )
        .post(
            "/c/{commune}/events/{event}/workshops",
            organise,
            web::add_workshop,
        )
        .get(
            "/c/{commune}/events/{event}/statistics",
            organise,
            crate::events::statistics::page,
        )
        // The lounge: those registered read and post, organisers read and hide.
        .get("/c/{commune}/events/{event}/lounge", Public, web::lounge)
        // The live rooms' WebSocket: each subscription is authorised in the handler,
        // which answers 404 before any upgrade to whoever reads none of the rooms.
        .get(
            "/c/{commune}/events/{event}/live",
            Public,
            crate::events::live::socket::live,
        )
        .post("/c/{commune}/events/{event}/lounge", take_part, web::say)
        .post(
            "/c/{commune}/events/{event}/lounge/{message}/hide",
            signed_in,
            web::hide_message,
        )
        .post(
            "/c/{commune}/events/{event}/lounge/{message}/mute",
            signed_in,
            web::mute_in_lounge,
        )
        .post(
            "/c/{commune}/events/{event}/stands/{stand}/questions/{question}/mute",
            signed_in,
            web::mute_at_stand,
        )
        // "Meet someone": those registered ask and withdraw; a private chat answers
        // 404 to everyone but its two people (the flow checks, organisers included).
        .post(
            "/c/{commune}/events/{event}/meet",
            take_part,
            web_meetings::meet,
        )
        .post(
            "/c/{commune}/events/{event}/meet/withdraw",
            take_part,
            web_meetings::withdraw,
        )
        .get(
            "/c/{commune}/events/{event}/chats/{chat}",
            take_part,
            web_meetings::chat,
        )
        .post(
            "/c/{commune}/events/{event}/chats/{chat}",
            take_part,
            web_meetings::say,
        )
        // Reports: participants report what they read (the flow answers 404 for what
        // they do not); the organisers and a stand's staff judge (404 to others).
        .get(
            "/c/{commune}/events/{event}/report",
            take_part,
            web_reports::form,
        )
        .post(
            "/c/{commune}/events/{event}/reports",
            take_part,
            web_reports::report,
        )
        .get(
            "/c/{commune}/events/{event}/reports",
            signed_in,
            web_reports::queue,
        )
        .post(
            "/c/{commune}/events/{event}/reports/{report}",
            signed_in,
            web_reports::decide,
        )
        // A stand and its Q&A: anyone who may see the event reads the stand; those
        // registered ask and upvote; the stand's staff and the organisers answer and
        // hide (any signed-in account gets through the guard, the flow answers 404 to
        // everyone else, as for a question that is not there).
        .get(
            "/c/{commune}/events/{event}/stands/{stand}",
            Public,
            web::stand,
        )
        .post(
            "/c/{commune}/events/{event}/stands/{stand}/questions",
            take_part,
            web::ask,
        )
        .post(
            "/c/{commune}/events/{event}/stands/{stand}/questions/{question}/upvote",
            take_part,
            web::upvote,
        )
        .post(
            "/c/{commune}/events/{event}/stands/{stand}/questions/{question}/answer",
            signed_in,
            web::answer,
        )
        .post(
            "/c/{commune}/events/{event}/stands/{stand}/questions/{question}/hide",
            signed_in,
            web::hide,
        )
        .api(Public, routes!(api::list))
        .api(Public, routes!(api::show))
        .api(organise, routes!(api::create))
        .api(organise, routes!(api::publish))
        .api(join, routes!(api::register, api::withdraw))
        .api(Public, routes!(api::guest))
        .api(Public, routes!(api::stands))
        .api(organise, routes!(api::add_stand))
        .api(organise, routes!(api::add_workshop))
        .api(signed_in, routes!(api::questions))
        .api(join, routes!(api::ask))
        .api(join, routes!(api::upvote))
        .api(signed_in, routes!(api::answer))
        .api(signed_in, routes!(api::hide))
        .api(signed_in, routes!(api::lounge))
        .api(join, routes!(api::say))
        .api(signed_in, routes!(api::hide_message))
        .api(signed_in, routes!(api::mute_author))
        .api(signed_in, routes!(api::mute_asker))
        .api(
            join,
            routes!(
                api_meetings::meet,
                api_meetings::meeting,
                api_meetings::withdraw
            ),
        )
        .api(join, routes!(api_meetings::chat, api_meetings::say))
        .api(join, routes!(api_reports::report))
        .api(signed_in, routes!(api_reports::reports))
        .api(signed_in, routes!(api_reports::decide))
}

/// Language practice: members keep a profile and answer tandem proposals (the flows
/// find only their own tandems); staff run the proposals.
fn language_practice_routes(table: Table) -> Table {
    use crate::language_practice::{api, web};
    use Access::*;
    let practise = Requires(Action::PracticeLanguages);
    let propose = Requires(Action::ProposeTandems);
    table
        .get("/c/{commune}/me/languages", practise, web::profile)
        .post("/c/{commune}/me/languages", practise, web::save)
        .post(
            "/c/{commune}/me/tandems/{tandem}/accept",
            practise,
            web::accept,
        )
        .post(
            "/c/{commune}/me/tandems/{tandem}/close",
            practise,
            web::close,
        )
        .get("/c/{commune}/staff/tandems", propose, web::staff)
        .post("/c/{commune}/staff/tandems", propose, web::propose)
        .api(practise, routes!(api::profile, api::save))
        .api(practise, routes!(api::tandems))
        .api(practise, routes!(api::accept))
        .api(practise, routes!(api::close))
        .api(propose, routes!(api::propose))
        .with(coaching_routes)
}

/// Coaching: learners ask and answer, coaches answer (the flows find only requests of
/// which the caller is the learner or the proposed coach); staff who propose tandems
/// propose coaches.
fn coaching_routes(table: Table) -> Table {
    use crate::language_practice::coaching::{api, web};
    use Access::*;
    let practise = Requires(Action::PracticeLanguages);
    let propose = Requires(Action::ProposeTandems);
    table
        .post("/c/{commune}/me/coaching", practise, web::create)
        .post(
            "/c/{commune}/me/coaching/{coaching}/accept",
            practise,
            web::accept,
        )
        .post(
            "/c/{commune}/me/coaching/{coaching}/decline",
            practise,
            web::decline,
        )
        .post(
            "/c/{commune}/me/coaching/{coaching}/end",
            practise,
            web::end,
        )
        .post(
            "/c/{commune}/me/coaching/{coaching}/withdraw",
            practise,
            web::withdraw,
        )
        .post("/c/{commune}/staff/coaching", propose, web::propose_best)
        .post(
            "/c/{commune}/staff/coaching/{coaching}/propose",
            propose,
            web::propose,
        )
        .api(practise, routes!(api::create, api::requests))
        .api(practise, routes!(api::coachings))
        .api(practise, routes!(api::accept))
        .api(practise, routes!(api::decline))
        .api(practise, routes!(api::end))
        .api(practise, routes!(api::withdraw))
        .api(propose, routes!(api::open))
        .api(propose, routes!(api::propose))
        .api(propose, routes!(api::propose_best))
}

/// The route behind its access guard, which runs after routing and before the handler.
fn guarded(route: MethodRouter<App>, access: Access) -> MethodRouter<App> {
    route.route_layer(axum::middleware::from_fn(
        move |req: axum::extract::Request, next: axum::middleware::Next| {
            access::enforce(access, req, next)
        },
    ))
}

fn build() -> Table {
    use crate::channel::announcements::{
        api as announcement_api, atom as announcement_feed, web as announcement_pages,
    };
    use crate::channel::consultations::{api as consult_api, web as consult};
    use crate::channel::newsletter::web as newsletter;
    use crate::channel::services::{api as services_api, web as services};
    use crate::messages::api as message_api;
    use crate::moderation::api as moderation_api;
    use crate::timebank::api as timebank_api;
    use crate::timebank::coordinator_api;
    use crate::timebank::{
        coordinator_web as desk_web, listings as listings_api, listings_web as timebank_listings,
        web as timebank_web,
    };
    use commune::web as commune_pages;
    use membership::api::{
        accounts as account_api, organisers as organiser_api, residence as residence_api,
        staff as staff_api, your_data as data_api,
    };
    use membership::web::{accounts, imports, organisers, residence, staff, your_data};
    use neighbourhood::api::{comments as comment_api, photos as photo_api, posts as post_api};
    use Access::*;
    let staff_review = Requires(Action::ReviewResidents);
    let print_letters = Requires(Action::PrintLetters);
    let import = Requires(Action::ImportRegister);
    // Naming moderators is the least a roles page needs; the form's role is checked too.
    let assign_roles = Requires(Action::AssignRole {
        to: Role::Moderator,
    });
    let own_account = Requires(Action::ManageOwnAccount);
    let manage_organisers = Requires(Action::ManageOrganisers);
    let time_bank = Requires(Action::UseTimeBank);
    let coordinate = Requires(Action::CoordinateTimeBank);
    let read_channel = Requires(Action::ReadChannel);
    let speak = Requires(Action::SpeakForCommune);

    Table::new()
        .with(activity_routes)
        .with(event_routes)
        .with(language_practice_routes)
        // Operations. (Static files have a router of their own: `http::assets::router`.)
        .get("/livez", Operations, assets::livez)
        .get("/healthz", Operations, assets::healthz)
        .get("/metrics", Operations, assets::metrics)
        .get("/api/v1/openapi.json", Operations, document)
        // Reader preferences, kept in cookies (and on the account if signed in).
        .post("/settings/language", Public, preferences::language)
        .post("/settings/display", Public, preferences::display)
        .get("/settings", Public, preferences::settings)
        .get("/guidelines", Public, neighbourhood::guidelines::plain)
        .get(
            "/c/{commune}/guidelines",
            Public,
            neighbourhood::guidelines::of_commune,
        )
        .get(
            "/settings/language/{language}",
            Public,
            preferences::switch_language,
        )
        // The design system, every component in the reader's language.
        .get("/design", Public, crate::design::page)
        // The commune's public face.
        .get("/", Public, commune_pages::index)
        .get("/c/{commune}", Public, commune_pages::home)
        .get(
            "/c/{commune}/identity.css",
            Public,
            crate::commune::identity::stylesheet,
        )
        .get(
            "/c/{commune}/arms.png",
            Public,
            crate::commune::identity::arms,
        )
        // Membership: accounts.
        .get("/c/{commune}/signup", Public, accounts::signup_form)
        .post("/c/{commune}/signup", Public, accounts::signup)
        .get("/c/{commune}/confirm", Public, accounts::confirm_form)
        .post("/c/{commune}/confirm", Public, accounts::confirm)
        .get("/c/{commune}/login", Public, accounts::login_form)
        .post("/c/{commune}/login", Public, accounts::login)
        .post("/c/{commune}/logout", Public, accounts::logout)
        .get(
            "/c/{commune}/password/forgot",
            Public,
            accounts::forgot_form,
        )
        .post("/c/{commune}/password/forgot", Public, accounts::forgot)
        .get("/c/{commune}/password/reset", Public, accounts::reset_form)
        .post("/c/{commune}/password/reset", Public, accounts::reset)
        .get("/c/{commune}/me", own_account, accounts::me)
        .post(
            "/c/{commune}/me/confirmation",
            own_account,
            accounts::resend_confirmation,
        )
        // Membership: one's data and sessions.
        .get("/c/{commune}/me/data", own_account, your_data::data)
        .get(
            "/c/{commune}/me/data.json",
            own_account,
            your_data::download,
        )
        .post("/c/{commune}/me/erase", own_account, your_data::erase)
        .get("/c/{commune}/me/sessions", own_account, your_data::sessions)
        .post(
            "/c/{commune}/me/sessions/end-others",
            own_account,
            your_data::end_other_sessions,
        )
        .post(
            "/c/{commune}/me/sessions/{handle}/end",
            own_account,
            your_data::end_session,
        )
        // Membership: residence.
        .post(
            "/c/{commune}/me/invitations",
            Requires(Action::InviteNeighbour),
            residence::invite,
        )
        .get(
            "/c/{commune}/verify",
            Requires(Action::ProveResidence),
            residence::verify_form,
        )
        .post(
            "/c/{commune}/verify",
            Requires(Action::ProveResidence),
            residence::verify,
        )
        // Membership: the staff's pages.
        .get("/c/{commune}/staff", staff_review, staff::dashboard)
        .get(
            "/c/{commune}/staff/commune",
            Requires(Action::EditCommune),
            crate::commune::identity::form,
        )
        .post(
            "/c/{commune}/staff/commune",
            Requires(Action::EditCommune),
            crate::commune::identity::save,
        )
        .add(
            Method::POST,
            "/c/{commune}/staff/commune/arms",
            Requires(Action::EditCommune),
            routing::post(crate::commune::identity::upload_arms)
                .layer(DefaultBodyLimit::max(ARMS_BODY_LIMIT)),
        )
        .post(
            "/c/{commune}/staff/commune/arms/remove",
            Requires(Action::EditCommune),
            crate::commune::identity::remove_arms,
        )
        .post(
            "/c/{commune}/staff/residents/{user}",
            staff_review,
            staff::decide,
        )
        .get(
            "/c/{commune}/staff/residents/{user}/refuse",
            staff_review,
            staff::refuse_form,
        )
        .post(
            "/c/{commune}/staff/residents/{user}/undo",
            staff_review,
            staff::undo_decision,
        )
        .post(
            "/c/{commune}/staff/residents/{user}/letter",
            print_letters,
            staff::void_letter,
        )
        .post("/c/{commune}/staff/letters", print_letters, staff::letters)
        .get("/c/{commune}/staff/roles", assign_roles, staff::roles)
        .post(
            "/c/{commune}/staff/roles/{user}",
            assign_roles,
            staff::set_role,
        )
        // Membership: associations' organiser accounts, which staff create and close.
        .get(
            "/c/{commune}/staff/organisers",
            manage_organisers,
            organisers::list,
        )
        .post(
            "/c/{commune}/staff/organisers",
            manage_organisers,
            organisers::create,
        )
        .get(
            "/c/{commune}/staff/organisers/{organiser}/close",
            manage_organisers,
            organisers::close_form,
        )
        .post(
            "/c/{commune}/staff/organisers/{organiser}/close",
            manage_organisers,
            organisers::close,
        )
        .get("/c/{commune}/staff/import", import, imports::import_form)
        .get("/c/{commune}/staff/imports/{job}", import, imports::job)
        .add(
            Method::POST,
            "/c/{commune}/staff/import/neighbourhoods",
            import,
            routing::post(imports::import_neighbourhoods)
                .layer(DefaultBodyLimit::max(IMPORT_BODY_LIMIT)),
        )
        .add(
            Method::POST,
            "/c/{commune}/staff/import/addresses",
            import,
            routing::post(imports::import_addresses)
                .layer(DefaultBodyLimit::max(IMPORT_BODY_LIMIT)),
        )
        // The installation's operators.
        .get("/operator/login", Public, operator::web::login_form)
        .post("/operator/login", Public, operator::web::login)
        .post("/operator/logout", Public, operator::web::logout)
        .get("/operator", Operator, operator::web::home)
        .post(
            "/operator/communes",
            Operator,
            operator::web::create_commune,
        )
        .get(
            "/operator/communes/{commune}",
            Operator,
            operator::web::commune,
        )
        .get(
            "/operator/communes/{commune}/imports/{job}",
            Operator,
            operator::web::import_job,
        )
        .add(
            Method::POST,
            "/operator/communes/{commune}/neighbourhoods",
            Operator,
            routing::post(operator::web::import_neighbourhoods)
                .layer(DefaultBodyLimit::max(IMPORT_BODY_LIMIT)),
        )
        .add(
            Method::POST,
            "/operator/communes/{commune}/addresses",
            Operator,
            routing::post(operator::web::import_addresses)
                .layer(DefaultBodyLimit::max(IMPORT_BODY_LIMIT)),
        )
        .post(
            "/operator/communes/{commune}/admins",
            Operator,
            operator::web::name_admin,
        )
        // Neighbourhoods.
        .get(
            "/c/{commune}/n/{neighbourhood}",
            NeighbourhoodMembers,
            neighbourhood::web::home,
        )
        .get(
            "/c/{commune}/n/{neighbourhood}/neighbours",
            NeighbourhoodMembers,
            neighbourhood::web::neighbours,
        )
        .get(
            "/c/{commune}/n/{neighbourhood}/search",
            NeighbourhoodMembers,
            neighbourhood::search::page,
        )
        // Posts: under the reader's own neighbourhood, whatever their audience.
        .get(
            "/c/{commune}/n/{neighbourhood}/new",
            NeighbourhoodMembers,
            neighbourhood::web::new_post,
        )
        .add(
            Method::POST,
            "/c/{commune}/n/{neighbourhood}/posts",
            NeighbourhoodMembers,
            routing::post(neighbourhood::web::publish).layer(DefaultBodyLimit::max(
                neighbourhood::photos::PHOTO_FORM_LIMIT,
            )),
        )
        .get(
            "/c/{commune}/n/{neighbourhood}/posts/{post}",
            NeighbourhoodMembers,
            neighbourhood::web::show,
        )
        .get(
            "/c/{commune}/n/{neighbourhood}/posts/{post}/edit",
            NeighbourhoodMembers,
            neighbourhood::web::edit_form,
        )
        .add(
            Method::POST,
            "/c/{commune}/n/{neighbourhood}/posts/{post}/edit",
            NeighbourhoodMembers,
            routing::post(neighbourhood::web::edit).layer(DefaultBodyLimit::max(
                neighbourhood::photos::PHOTO_FORM_LIMIT,
            )),
        )
        // A photo or its thumbnail, for those who may read its post.
        .get(
            "/c/{commune}/n/{neighbourhood}/photos/{name}",
            NeighbourhoodFiles,
            neighbourhood::photos::serve,
        )
        .get(
            "/c/{commune}/n/{neighbourhood}/posts/{post}/delete",
            NeighbourhoodMembers,
            neighbourhood::web::delete_form,
        )
        .post(
            "/c/{commune}/n/{neighbourhood}/posts/{post}/delete",
            NeighbourhoodMembers,
            neighbourhood::web::delete,
        )
        .post(
            "/c/{commune}/n/{neighbourhood}/posts/{post}/done",
            NeighbourhoodMembers,
            neighbourhood::web::mark_done,
        )
        .post(
            "/c/{commune}/n/{neighbourhood}/posts/{post}/thanks",
            NeighbourhoodMembers,
            neighbourhood::web::thank,
        )
        .post(
            "/c/{commune}/n/{neighbourhood}/posts/{post}/comments",
            NeighbourhoodMembers,
            neighbourhood::web::comment,
        )
        .get(
            "/c/{commune}/n/{neighbourhood}/posts/{post}/comments/{comment}/edit",
            NeighbourhoodMembers,
            neighbourhood::web::comment_edit_form,
        )
        .post(
            "/c/{commune}/n/{neighbourhood}/posts/{post}/comments/{comment}/edit",
            NeighbourhoodMembers,
            neighbourhood::web::comment_edit,
        )
        .get(
            "/c/{commune}/n/{neighbourhood}/posts/{post}/comments/{comment}/delete",
            NeighbourhoodMembers,
            neighbourhood::web::comment_delete_form,
        )
        .post(
            "/c/{commune}/n/{neighbourhood}/posts/{post}/comments/{comment}/delete",
            NeighbourhoodMembers,
            neighbourhood::web::comment_delete,
        )
        // Private messages and blocks, for verified members.
        .get(
            "/c/{commune}/messages",
            Requires(Action::UseMessages),
            crate::messages::web::inbox,
        )
        .post(
            "/c/{commune}/messages",
            Requires(Action::UseMessages),
            crate::messages::web::send,
        )
        .get(
            "/c/{commune}/messages/new",
            Requires(Action::UseMessages),
            crate::messages::web::write,
        )
        .get(
            "/c/{commune}/messages/{thread}",
            Requires(Action::UseMessages),
            crate::messages::web::thread,
        )
        .post(
            "/c/{commune}/messages/{thread}",
            Requires(Action::UseMessages),
            crate::messages::web::reply,
        )
        // The commune's announcements: each visitor reads what is meant for them (the
        // handlers filter by audience); staff write them.
        .get(
            "/c/{commune}/announcements",
            Public,
            announcement_pages::list,
        )
        .get(
            "/c/{commune}/announcements.atom",
            Public,
            announcement_feed::feed,
        )
        .get(
            "/c/{commune}/announcements/{announcement}",
            Public,
            announcement_pages::show,
        )
        .get(
            "/c/{commune}/staff/announcements",
            speak,
            announcement_pages::desk,
        )
        .post(
            "/c/{commune}/staff/announcements",
            speak,
            announcement_pages::create,
        )
        .get(
            "/c/{commune}/staff/announcements/new",
            speak,
            announcement_pages::new,
        )
        .get(
            "/c/{commune}/staff/announcements/{announcement}/edit",
            speak,
            announcement_pages::edit,
        )
        .post(
            "/c/{commune}/staff/announcements/{announcement}",
            speak,
            announcement_pages::update,
        )
        .post(
            "/c/{commune}/staff/announcements/{announcement}/withdraw",
            speak,
            announcement_pages::withdraw,
        )
        // The printable weekly digest: a member's neighbourhood, or staff's every one.
        .get(
            "/c/{commune}/n/{neighbourhood}/digest",
            NeighbourhoodMembers,
            crate::channel::digest::neighbourhood,
        )
        .get(
            "/c/{commune}/staff/digest",
            speak,
            crate::channel::digest::all,
        )
        // The newsletter, for anyone: subscribe, confirm by the mailed link, leave in
        // one click (the link's secret is the credential: no CSRF token on that POST).
        .get("/c/{commune}/newsletter", Public, newsletter::form)
        .post("/c/{commune}/newsletter", Public, newsletter::subscribe)
        .get(
            "/c/{commune}/newsletter/confirm",
            Public,
            newsletter::confirm_page,
        )
        .post(
            "/c/{commune}/newsletter/confirm",
            Public,
            newsletter::confirm,
        )
        .get(
            "/c/{commune}/newsletter/stop",
            Public,
            newsletter::stop_page,
        )
        .post("/c/{commune}/newsletter/stop", Public, newsletter::stop)
        .post(
            "/c/{commune}/newsletter/language",
            Public,
            newsletter::language,
        )
        // The commune's services: residents write and follow their own threads; staff
        // answer every thread of the commune and keep the list of services.
        .get("/c/{commune}/services", read_channel, services::index)
        .post(
            "/c/{commune}/services/threads",
            read_channel,
            services::open,
        )
        .get(
            "/c/{commune}/services/threads/{inquiry}",
            read_channel,
            services::thread,
        )
        .post(
            "/c/{commune}/services/threads/{inquiry}",
            read_channel,
            services::reply,
        )
        .get("/c/{commune}/staff/services", speak, services::queue)
        .get(
            "/c/{commune}/staff/services/threads/{inquiry}",
            speak,
            services::staff_thread,
        )
        .post(
            "/c/{commune}/staff/services/threads/{inquiry}",
            speak,
            services::staff_reply,
        )
        .post(
            "/c/{commune}/staff/services/threads/{inquiry}/assign",
            speak,
            services::assign,
        )
        .post(
            "/c/{commune}/staff/services/threads/{inquiry}/close",
            speak,
            services::close,
        )
        .get("/c/{commune}/staff/services/list", speak, services::manage)
        .post(
            "/c/{commune}/staff/services/list",
            speak,
            services::add_service,
        )
        .post(
            "/c/{commune}/staff/services/list/{service}",
            speak,
            services::rename_service,
        )
        .post(
            "/c/{commune}/staff/services/list/{service}/archive",
            speak,
            services::archive_service,
        )
        // The time bank's pages, for verified residents and for its coordinators.
        .get("/c/{commune}/timebank", time_bank, timebank_web::home)
        .post("/c/{commune}/timebank/join", time_bank, timebank_web::join)
        .get(
            "/c/{commune}/timebank/exchange",
            time_bank,
            timebank_web::exchange_form,
        )
        .post(
            "/c/{commune}/timebank/exchange",
            time_bank,
            timebank_web::exchange,
        )
        .post(
            "/c/{commune}/timebank/proposals/{proposal}/confirm",
            time_bank,
            timebank_web::confirm,
        )
        .post(
            "/c/{commune}/timebank/proposals/{proposal}/decline",
            time_bank,
            timebank_web::decline,
        )
        .post(
            "/c/{commune}/timebank/proposals/{proposal}/cancel",
            time_bank,
            timebank_web::cancel,
        )
        .get(
            "/c/{commune}/timebank/gift",
            time_bank,
            timebank_web::gift_form,
        )
        .post("/c/{commune}/timebank/gift", time_bank, timebank_web::gift)
        .get(
            "/c/{commune}/timebank/listings",
            time_bank,
            timebank_listings::list,
        )
        .get(
            "/c/{commune}/timebank/listings/new",
            time_bank,
            timebank_listings::new,
        )
        .post(
            "/c/{commune}/timebank/listings",
            time_bank,
            timebank_listings::publish,
        )
        .post(
            "/c/{commune}/timebank/listings/{listing}/close",
            time_bank,
            timebank_listings::close,
        )
        .get(
            "/c/{commune}/timebank/statement",
            time_bank,
            timebank_web::statement,
        )
        .get(
            "/c/{commune}/timebank/statement.csv",
            time_bank,
            timebank_web::statement_csv,
        )
        .get("/c/{commune}/staff/timebank", coordinate, desk_web::page)
        .post(
            "/c/{commune}/staff/timebank/rules",
            coordinate,
            desk_web::set_rules,
        )
        .get(
            "/c/{commune}/staff/timebank/counter",
            coordinate,
            desk_web::counter_form,
        )
        .post(
            "/c/{commune}/staff/timebank/counter",
            coordinate,
            desk_web::counter,
        )
        .get(
            "/c/{commune}/staff/timebank/ledger",
            coordinate,
            desk_web::ledger,
        )
        .get(
            "/c/{commune}/staff/timebank/ledger.csv",
            coordinate,
            desk_web::ledger_csv,
        )
        .post(
            "/c/{commune}/staff/timebank/transfers/{transfer}/reversal",
            coordinate,
            desk_web::reverse,
        )
        // Consultations: residents answer those they are asked; staff run them.
        .get("/c/{commune}/consultations", read_channel, consult::list)
        .get(
            "/c/{commune}/consultations/{consultation}",
            read_channel,
            consult::show_to_resident,
        )
        .post(
            "/c/{commune}/consultations/{consultation}",
            read_channel,
            consult::answer_form,
        )
        .get(
            "/c/{commune}/consultations/{consultation}/results",
            read_channel,
            consult::resident_results,
        )
        .get(
            "/c/{commune}/staff/consultations",
            speak,
            consult::staff_list,
        )
        .post("/c/{commune}/staff/consultations", speak, consult::create)
        .get(
            "/c/{commune}/staff/consultations/new",
            speak,
            consult::new_form,
        )
        .get(
            "/c/{commune}/staff/consultations/{consultation}",
            speak,
            consult::show,
        )
        .post(
            "/c/{commune}/staff/consultations/{consultation}",
            speak,
            consult::update,
        )
        .post(
            "/c/{commune}/staff/consultations/{consultation}/publish",
            speak,
            consult::publish,
        )
        .get(
            "/c/{commune}/staff/consultations/{consultation}/results",
            speak,
            consult::staff_results,
        )
        .get(
            "/c/{commune}/staff/consultations/{consultation}/answers.csv",
            speak,
            consult::answers_csv,
        )
        .get(
            "/c/{commune}/blocks",
            Requires(Action::UseMessages),
            crate::messages::web::blocks,
        )
        .post(
            "/c/{commune}/blocks",
            Requires(Action::UseMessages),
            crate::messages::web::block,
        )
        .post(
            "/c/{commune}/blocks/{user}/remove",
            Requires(Action::UseMessages),
            crate::messages::web::unblock,
        )
        // Reports, the moderators' queue, and the audit log staff read.
        .get(
            "/c/{commune}/reports/new",
            Requires(Action::UseMessages),
            crate::moderation::web::report_form,
        )
        .post(
            "/c/{commune}/reports",
            Requires(Action::UseMessages),
            crate::moderation::web::report,
        )
        .get(
            "/c/{commune}/moderation",
            Requires(Action::Moderate),
            crate::moderation::web::queue,
        )
        .get(
            "/c/{commune}/moderation/{item_type}/{item}",
            Requires(Action::Moderate),
            crate::moderation::web::show,
        )
        .post(
            "/c/{commune}/moderation/{item_type}/{item}",
            Requires(Action::Moderate),
            crate::moderation::web::decide,
        )
        .get(
            "/c/{commune}/staff/audit",
            Requires(Action::ReviewResidents),
            crate::moderation::web::audit,
        )
        // E-mail notices: settings, and the unsubscribe link that needs no log-in.
        .get(
            "/c/{commune}/me/notices",
            Requires(Action::UseMessages),
            crate::notices::web::settings,
        )
        .post(
            "/c/{commune}/me/notices",
            Requires(Action::UseMessages),
            crate::notices::web::save,
        )
        .get(
            "/unsubscribe",
            Public,
            crate::notices::web::unsubscribe_page,
        )
        .post("/unsubscribe", Public, crate::notices::web::unsubscribe)
        // The JSON API.
        .api(Public, routes!(commune::api::list))
        .api(Public, routes!(commune::api::show))
        .api(Public, routes!(commune::api::addresses))
        .api(Public, routes!(account_api::sign_up))
        .api(Public, routes!(account_api::create_token))
        .api(Public, routes!(account_api::request_password_reset))
        .api(TokenHolder, routes!(account_api::delete_token))
        .api(own_account, routes!(account_api::me))
        .api(own_account, routes!(account_api::set_language))
        .api(own_account, routes!(data_api::export))
        .api(own_account, routes!(data_api::erase))
        .api(own_account, routes!(data_api::sessions))
        .api(own_account, routes!(data_api::end_session))
        .api(
            Requires(Action::ProveResidence),
            routes!(residence_api::verify),
        )
        .api(
            Requires(Action::InviteNeighbour),
            routes!(residence_api::invite),
        )
        .api(NeighbourhoodMembers, routes!(neighbourhood::api::show))
        .api(NeighbourhoodMembers, routes!(neighbourhood::search::api))
        .api(NeighbourhoodMembers, routes!(post_api::feed))
        .api(NeighbourhoodMembers, routes!(post_api::publish))
        .api(
            NeighbourhoodMembers,
            routes!(post_api::show, post_api::edit, post_api::delete),
        )
        .api(NeighbourhoodMembers, routes!(post_api::mark_done))
        .api(NeighbourhoodMembers, routes!(post_api::thank))
        .api(NeighbourhoodMembers, routes!(comment_api::create))
        .api(
            NeighbourhoodMembers,
            routes!(comment_api::edit, comment_api::delete),
        )
        .api(NeighbourhoodMembers, {
            let (schemas, paths, route) = routes!(photo_api::add);
            let limit = DefaultBodyLimit::max(photo_api::BODY_LIMIT);
            (schemas, paths, route.layer(limit))
        })
        // A photo's URL, leaked to anyone who may not see it, answers 404.
        .api(NeighbourhoodFiles, routes!(photo_api::show))
        .api(NeighbourhoodMembers, routes!(photo_api::remove))
        .api(
            Requires(Action::UseMessages),
            routes!(message_api::inbox, message_api::send),
        )
        .api(
            Requires(Action::UseMessages),
            routes!(message_api::thread, message_api::reply),
        )
        .api(
            Requires(Action::UseMessages),
            routes!(message_api::blocks, message_api::block),
        )
        .api(Requires(Action::UseMessages), routes!(message_api::unblock))
        .api(
            Requires(Action::UseMessages),
            routes!(moderation_api::report),
        )
        .api(Requires(Action::Moderate), routes!(moderation_api::queue))
        .api(Requires(Action::Moderate), routes!(moderation_api::decide))
        .api(staff_review, routes!(staff_api::pending))
        .api(staff_review, routes!(staff_api::decide))
        .api(assign_roles, routes!(staff_api::members))
        .api(assign_roles, routes!(staff_api::set_role))
        .api(
            manage_organisers,
            routes!(organiser_api::list, organiser_api::create),
        )
        .api(manage_organisers, routes!(organiser_api::close))
        // Announcements: read by whom they are for, written by staff.
        .api(Public, routes!(announcement_api::list))
        .api(Public, routes!(announcement_api::show))
        .api(speak, routes!(announcement_api::publish))
        .api(speak, routes!(announcement_api::change))
        .api(speak, routes!(announcement_api::withdraw))
        .api(speak, routes!(announcement_api::reach))
        // The time bank, for verified residents.
        .api(time_bank, routes!(timebank_api::account))
        .api(time_bank, routes!(timebank_api::join))
        .api(time_bank, routes!(timebank_api::statement))
        .api(time_bank, routes!(timebank_api::propose))
        .api(time_bank, routes!(timebank_api::proposal))
        .api(time_bank, routes!(timebank_api::confirm))
        .api(time_bank, routes!(timebank_api::decline))
        .api(time_bank, routes!(timebank_api::cancel))
        .api(time_bank, routes!(timebank_api::give))
        .api(
            time_bank,
            routes!(listings_api::list, listings_api::publish),
        )
        .api(time_bank, routes!(listings_api::close))
        .api(
            coordinate,
            routes!(coordinator_api::rules, coordinator_api::set_rules),
        )
        .api(coordinate, routes!(coordinator_api::counter))
        .api(coordinate, routes!(coordinator_api::reverse))
        .api(coordinate, routes!(coordinator_api::audit))
        .api(coordinate, routes!(coordinator_api::ledger))
        // Consultations.
        .api(read_channel, routes!(consult_api::list))
        .api(read_channel, routes!(consult_api::show))
        .api(read_channel, routes!(consult_api::give_answers))
        .api(read_channel, routes!(consult_api::results))
        .api(speak, routes!(consult_api::staff_list, consult_api::create))
        .api(speak, routes!(consult_api::publish))
        .api(speak, routes!(consult_api::staff_results))
        .api(speak, routes!(consult_api::answers_csv))
        // The services desk.
        .api(read_channel, routes!(services_api::services))
        .api(
            read_channel,
            routes!(services_api::mine, services_api::open),
        )
        .api(read_channel, routes!(services_api::show))
        .api(read_channel, routes!(services_api::write))
        .api(speak, routes!(services_api::queue))
        .api(speak, routes!(services_api::staff_show))
        .api(speak, routes!(services_api::answer))
        .api(speak, routes!(services_api::assign))
        .api(speak, routes!(services_api::close))
}

/// Every route, for the isolation test and the documentation.
pub fn table() -> Vec<Route> {
    let mut routes = build().routes;
    // Static files, served beside this table's router, outside its layers.
    routes.extend(assets::paths().map(|path| Route {
        method: Method::GET,
        path: path.to_string(),
        access: Access::Operations,
        api: false,
    }));
    routes
}

/// The router and the OpenAPI document, from the same table.
pub fn router_and_document() -> (Router<App>, utoipa::openapi::OpenApi) {
    build().router.split_for_parts()
}

/// `GET /api/v1/openapi.json`: the document, built once from the table.
async fn document() -> axum::response::Response {
    use axum::response::IntoResponse;
    static DOCUMENT: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    let json = DOCUMENT.get_or_init(|| {
        let (_, document) = router_and_document();
        serde_json::to_string(&openapi::to_json(&document)).unwrap_or_default()
    });
    (
        [(axum::http::header::CONTENT_TYPE, "application/json")],
        json.as_str(),
    )
        .into_response()
}
