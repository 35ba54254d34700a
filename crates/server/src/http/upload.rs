//! File uploads (the map and the address register): a multipart form whose `csrf`
//! field must match the browser's CSRF cookie, and whose `file` field is the file.

use axum::extract::Multipart;

use crate::http::context::Ctx;
use crate::http::error::{AppError, AppResult};

/// Reads the `csrf` and `file` fields of an upload form.
pub async fn read_upload(ctx: &Ctx, mut multipart: Multipart) -> AppResult<Vec<u8>> {
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
    if !ctx.csrf.matches(&csrf) {
        return Err(AppError::BadRequest("error-csrf"));
    }
    file.filter(|f| !f.is_empty())
        .ok_or(AppError::BadRequest("import-error-no-file"))
}
