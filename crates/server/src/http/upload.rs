//! File uploads (the map and the address register): a multipart form whose `csrf`
//! field must match the browser's CSRF cookie, and whose `file` field is the file.

use axum::extract::{FromRequest, Multipart, Request};
use axum::http::header;

use crate::app::App;
use crate::http::context::{Csrf, Ctx};
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

/// A form with files (a post and its photos): its text fields, as a urlencoded form
/// would give them, and its files, read under bounds.
pub struct FormWithFiles {
    pub fields: Vec<(String, String)>,
    pub files: Vec<Vec<u8>>,
    /// Each file's name and media type as the browser sent them (empty if none), in
    /// the order of `files`: what a stand's documents are offered as.
    pub file_meta: Vec<(String, String)>,
    /// A file was larger than allowed, or there were more than allowed: the message
    /// id to show at the file field (what was within bounds is kept).
    pub file_problem: Option<&'static str>,
}

impl FormWithFiles {
    /// The text fields as `T`, as `CsrfForm` would read them.
    pub fn parse<T: serde::de::DeserializeOwned>(&self) -> AppResult<T> {
        let encoded = serde_urlencoded::to_string(&self.fields)
            .map_err(|_| AppError::BadRequest("error-form-malformed"))?;
        serde_urlencoded::from_str(&encoded)
            .map_err(|_| AppError::BadRequest("error-form-malformed"))
    }
}

/// The longest text field of a form with files (a post's text is 5,000 characters).
const TEXT_FIELD_MAX: usize = 64 * 1024;

/// Reads a multipart form whose `csrf` field must match the browser's CSRF cookie;
/// files come from fields named `file_field`, at most `max_files` of at most
/// `max_bytes` each. An empty file field (nothing chosen) is no file.
pub async fn read_form_with_files(
    csrf_expected: &Csrf,
    mut multipart: Multipart,
    file_field: &str,
    max_files: usize,
    max_bytes: usize,
) -> AppResult<FormWithFiles> {
    let malformed = |_| AppError::BadRequest("error-form-malformed");
    let mut form = FormWithFiles {
        fields: Vec::new(),
        files: Vec::new(),
        file_meta: Vec::new(),
        file_problem: None,
    };
    let mut csrf = String::new();
    while let Some(mut field) = multipart.next_field().await.map_err(malformed)? {
        let name = field.name().unwrap_or_default().to_string();
        if name == file_field {
            let meta = (
                field.file_name().unwrap_or_default().to_string(),
                field.content_type().unwrap_or_default().to_string(),
            );
            let mut bytes = Vec::new();
            let mut too_large = false;
            while let Some(chunk) = field.chunk().await.map_err(malformed)? {
                if bytes.len() + chunk.len() > max_bytes {
                    too_large = true;
                    break;
                }
                bytes.extend_from_slice(&chunk);
            }
            if too_large {
                form.file_problem = Some("image-error-file-too-large");
            } else if !bytes.is_empty() {
                if form.files.len() == max_files {
                    form.file_problem = Some("post-error-photos-too-many");
                } else {
                    form.files.push(bytes);
                    form.file_meta.push(meta);
                }
            }
            continue;
        }
        let mut text = Vec::new();
        while let Some(chunk) = field.chunk().await.map_err(malformed)? {
            if text.len() + chunk.len() > TEXT_FIELD_MAX {
                return Err(AppError::TooLarge);
            }
            text.extend_from_slice(&chunk);
        }
        let text =
            String::from_utf8(text).map_err(|_| AppError::BadRequest("error-form-malformed"))?;
        if name == "csrf" {
            csrf = text;
        } else if form.fields.len() < 64 {
            form.fields.push((name, text));
        }
    }
    if !csrf_expected.matches(&csrf) {
        return Err(AppError::BadRequest("error-csrf"));
    }
    Ok(form)
}

/// A form that may carry files: multipart (what a browser sends for a form with a
/// file field), or urlencoded (no files). Read under the bounds of `L`.
pub struct FilesForm<L: FileLimits>(pub FormWithFiles, pub std::marker::PhantomData<L>);

/// The bounds of a [`FilesForm`]'s files, and how many such forms are read at once.
pub trait FileLimits: Send {
    const FIELD: &'static str;
    const MAX_FILES: usize;
    const MAX_BYTES: usize;
    /// A turn to read such a form for `person` (the signed-in sender, if known); refused
    /// as "busy" after a wait.
    fn turn(person: Option<i64>)
        -> impl std::future::Future<Output = AppResult<UploadTurn>> + Send;
}

/// A turn among the uploads read at once, held while one is read and decoded. A
/// person holds one turn at a time: a second upload of theirs while the first is
/// being read is refused at once (429), so nobody can take every turn, however
/// slowly they send, and lock others out of sending photos.
pub struct UploadTurn {
    _permit: tokio::sync::SemaphorePermit<'static>,
    _mark: UploadMark,
}

type Uploading = std::sync::Mutex<std::collections::BTreeSet<i64>>;

impl UploadTurn {
    /// Waits up to `wait` for one of `turns`; `uploading` holds who has a turn now.
    pub async fn take(
        turns: &'static tokio::sync::Semaphore,
        uploading: &'static Uploading,
        person: Option<i64>,
        wait: std::time::Duration,
    ) -> AppResult<UploadTurn> {
        if let Some(id) = person {
            let mut now = uploading.lock().unwrap_or_else(|e| e.into_inner());
            if !now.insert(id) {
                return Err(AppError::TooManyRequests { retry_after: 5 });
            }
        }
        // From here the person is marked, until the mark drops: with the turn, or at
        // once if no turn comes.
        let mark = UploadMark { person, uploading };
        let permit = tokio::time::timeout(wait, turns.acquire())
            .await
            .map_err(|_| AppError::Busy)?
            .map_err(|_| AppError::Busy)?;
        Ok(UploadTurn {
            _permit: permit,
            _mark: mark,
        })
    }
}

/// A person marked as uploading; unmarked when dropped.
struct UploadMark {
    person: Option<i64>,
    uploading: &'static Uploading,
}

impl Drop for UploadMark {
    fn drop(&mut self) {
        if let Some(id) = self.person {
            self.uploading
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .remove(&id);
        }
    }
}

/// The signed-in person a request was admitted for, if any (set by the route guard).
pub fn sender(req: &Request) -> Option<i64> {
    req.extensions()
        .get::<crate::http::access::Admitted>()
        .and_then(|a| a.viewer.as_ref())
        .map(|v| v.id)
}

impl<L: FileLimits> FromRequest<App> for FilesForm<L> {
    type Rejection = AppError;

    async fn from_request(req: Request, app: &App) -> Result<Self, Self::Rejection> {
        let expected = req.extensions().get::<Csrf>().cloned().unwrap_or_default();
        let multipart = req
            .headers()
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.starts_with("multipart/form-data"));
        if multipart {
            // The turn is taken before the body is read: many large uploads at once
            // wait here rather than fill memory.
            let _turn = L::turn(sender(&req)).await?;
            let multipart = Multipart::from_request(req, app)
                .await
                .map_err(|_| AppError::BadRequest("error-form-malformed"))?;
            let form =
                read_form_with_files(&expected, multipart, L::FIELD, L::MAX_FILES, L::MAX_BYTES)
                    .await?;
            return Ok(FilesForm(form, std::marker::PhantomData));
        }
        let bytes = axum::body::Bytes::from_request(req, app)
            .await
            .map_err(|_| AppError::TooLarge)?;
        let fields: Vec<(String, String)> = serde_urlencoded::from_bytes(&bytes)
            .map_err(|_| AppError::BadRequest("error-form-malformed"))?;
        let csrf = fields
            .iter()
            .find(|(name, _)| name == "csrf")
            .map(|(_, value)| value.as_str())
            .unwrap_or_default();
        if !expected.matches(csrf) {
            return Err(AppError::BadRequest("error-csrf"));
        }
        Ok(FilesForm(
            FormWithFiles {
                fields: fields.into_iter().filter(|(n, _)| n != "csrf").collect(),
                files: Vec::new(),
                file_meta: Vec::new(),
                file_problem: None,
            },
            std::marker::PhantomData,
        ))
    }
}
