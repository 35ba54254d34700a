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

/// The document as JSON, with its response links spelled as OpenAPI spells them.
/// utoipa 5 writes a link's fields in snake case (`operation_id`, `request_body`),
/// which clients that follow links (the fuzzer's stateful run) reject.
pub fn to_json(document: &utoipa::openapi::OpenApi) -> serde_json::Value {
    let mut json = serde_json::to_value(document).unwrap_or_default();
    let operations = json
        .get_mut("paths")
        .and_then(|p| p.as_object_mut())
        .into_iter()
        .flat_map(|paths| paths.values_mut())
        .filter_map(|item| item.as_object_mut())
        .flat_map(|item| item.values_mut());
    for operation in operations {
        let links = operation
            .get_mut("responses")
            .and_then(|r| r.as_object_mut())
            .into_iter()
            .flat_map(|responses| responses.values_mut())
            .filter_map(|response| response.get_mut("links"))
            .filter_map(|links| links.as_object_mut())
            .flat_map(|links| links.values_mut())
            .filter_map(|link| link.as_object_mut());
        for link in links {
            for (snake, camel) in [
                ("operation_id", "operationId"),
                ("operation_ref", "operationRef"),
                ("request_body", "requestBody"),
            ] {
                if let Some(value) = link.remove(snake) {
                    link.insert(camel.to_string(), value);
                }
            }
        }
    }
    json
}

#[cfg(test)]
mod tests {
    #[test]
    fn response_links_are_spelled_as_openapi_spells_them() {
        let (_, document) = crate::routes::router_and_document();
        let json = super::to_json(&document);
        let link = &json["paths"]["/api/v1/communes/{commune}/timebank/proposals"]["post"]
            ["responses"]["201"]["links"]["confirm"];
        assert_eq!(link["operationId"], "timebank_confirm");
        assert!(link.get("operation_id").is_none());
        let target = &json["paths"]
            ["/api/v1/communes/{commune}/timebank/proposals/{proposal}/confirm"]["post"]
            ["operationId"];
        assert_eq!(target, "timebank_confirm");
    }
}
