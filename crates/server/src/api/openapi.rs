//! The OpenAPI document, generated from the handlers' annotations with `utoipa`.

use axum::response::{IntoResponse, Response};
use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::{Modify, OpenApi};

use super::{accounts, communes, residence, staff};

#[derive(OpenApi)]
#[openapi(
    info(title = "Gemeng API", version = "1", description = "A commune's platform for its residents and neighbours."),
    paths(
        communes::list, communes::show, communes::addresses,
        accounts::sign_up, accounts::create_token, accounts::delete_token, accounts::me,
        accounts::set_language, accounts::request_password_reset, staff::members, staff::set_role,
        residence::verify, residence::invite, residence::neighbourhood,
        staff::pending, staff::decide,
    ),
    components(schemas(
        Problem, FieldProblem,
        communes::CommuneOut, communes::CommuneDetail, communes::NeighbourhoodOut, communes::AddressOut,
        accounts::SignUpIn, accounts::AccountOut, accounts::LoginIn, accounts::TokenOut,
        residence::CodeIn, residence::InvitationOut, residence::NeighbourhoodDetail, residence::NeighbourOut,
        staff::PendingOut, staff::DecisionIn, staff::Decision, accounts::ApiLanguage,
        accounts::LanguageIn, accounts::PasswordResetIn, staff::MemberOut, staff::ApiRole, staff::RoleIn,
    )),
    modifiers(&BearerAuth),
)]
pub struct ApiDoc;

struct BearerAuth;

impl Modify for BearerAuth {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "bearer",
            SecurityScheme::Http(HttpBuilder::new().scheme(HttpAuthScheme::Bearer).build()),
        );
    }
}

/// An error, as RFC 9457 problem details; `title` and `detail` in the caller's language.
#[derive(utoipa::ToSchema, serde::Serialize)]
pub struct Problem {
    pub r#type: String,
    pub title: String,
    pub status: u16,
    pub detail: String,
    /// A stable code for programs.
    pub code: String,
    pub errors: Option<Vec<FieldProblem>>,
}

#[derive(utoipa::ToSchema, serde::Serialize)]
pub struct FieldProblem {
    pub field: String,
    pub code: String,
    pub message: String,
}

pub async fn document() -> Response {
    axum::Json(ApiDoc::openapi()).into_response()
}
