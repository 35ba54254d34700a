//! The OpenAPI document's frame and the problem+json schema every error follows.

use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::{Modify, OpenApi};

/// The document's frame; `routes.rs` adds every operation (and the schemas they name)
/// from the route table.
#[derive(OpenApi)]
#[openapi(
    info(title = "Gemeng API", version = "1", description = "A commune's platform for its residents and neighbours."),
    components(schemas(Problem, FieldProblem)),
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
