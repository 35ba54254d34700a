//! Threads between residents and the commune's services: a resident writes to the
//! social office, the seniors' service, the integration service (the list is the
//! commune's) and follows the private thread; staff answer, assign a thread to a
//! colleague, close it and see what waits and since when. The resident hears of an
//! answer by e-mail in their language, as they chose for messages; the e-mail links to
//! the thread and does not carry the answer (what a social office writes is nobody
//! else's, and e-mail travels through many hands).
//!
//! The rules are `gemeng_core::service_threads`'; here the flows shared by the pages
//! (`web`) and the API (`api`), each one transaction.

pub mod api;
pub mod web;

use gemeng_core::language::Language;
use gemeng_core::notices::{Frequency, Topic};
use gemeng_core::service_threads::{
    self as rules, check_message, check_names, check_subject, name_for, ThreadFacts, Viewer,
};
use gemeng_core::validation::FieldErrors;
use gemeng_db::accounts::Account;
use gemeng_db::communes::Commune;
use gemeng_db::posts::Stored;
use gemeng_db::service_threads::{self as store, NewThread, Service, Thread};
use gemeng_db::{notices, Tx};
use serde::Deserialize;
use utoipa::ToSchema;

use crate::app::{now, App};
use crate::http::auth::rate_limit;
use crate::http::error::{AppError, AppResult};
use crate::neighbourhood::posts::request_key;

/// Someone at the commune's services desk: a resident (their own threads) or staff
/// (every thread of the commune).
pub struct Desk<'a> {
    pub app: &'a App,
    pub commune: &'a Commune,
    pub account: &'a Account,
    /// Acting as staff (the staff routes), not as a resident.
    pub staff: bool,
}

/// A new thread as typed in the form or sent to the API.
#[derive(Debug, Clone, Default, Deserialize, ToSchema)]
#[serde(default)]
pub struct ServiceThreadInput {
    /// The service's id.
    #[serde(deserialize_with = "crate::http::api::whole_i64")]
    pub service: i64,
    #[schema(max_length = 120)]
    pub subject: String,
    #[schema(max_length = 5000)]
    pub body: String,
    /// Any short random text: sending the same one again opens nothing new.
    #[schema(max_length = 64)]
    pub request_key: String,
}

/// A message added to a thread.
#[derive(Debug, Clone, Default, Deserialize, ToSchema)]
#[serde(default)]
pub struct ServiceMessageInput {
    #[schema(max_length = 5000)]
    pub body: String,
    /// As for threads: the same key twice writes one message.
    #[schema(max_length = 64)]
    pub request_key: String,
}

/// A service's name in the reader's language (else the commune's, else the first).
pub fn service_name(service: &Service, reader: Language, commune: &Commune) -> (String, String) {
    let names = names_of(service);
    let commune_language = Language::from_code(&commune.default_language).unwrap_or(Language::En);
    name_for(&names, reader, commune_language)
        .map(|n| (n.name.clone(), n.description.clone()))
        .unwrap_or_default()
}

/// A service's stored names as the rules know them.
pub fn names_of(service: &Service) -> Vec<rules::ServiceName> {
    service
        .names
        .iter()
        .filter_map(|n| {
            Some(rules::ServiceName {
                language: Language::from_code(&n.language)?,
                name: n.name.clone(),
                description: n.description.clone(),
            })
        })
        .collect()
}

impl Desk<'_> {
    fn viewer(&self) -> Viewer {
        Viewer {
            user_id: self.account.id,
            commune_id: self.commune.id,
            staff: self.staff,
        }
    }

    /// A thread this person may read; "not found" for any other, so nobody learns
    /// which threads exist.
    pub async fn thread(&self, id: i64) -> AppResult<Thread> {
        let thread = store::thread(&self.app.db, self.commune.id, id)
            .await?
            .ok_or(AppError::NotFound)?;
        if rules::may_read(self.viewer(), facts(&thread)) {
            Ok(thread)
        } else {
            Err(AppError::NotFound)
        }
    }

    /// Whether this person may assign and close `thread`.
    pub fn manages(&self, thread: &Thread) -> bool {
        rules::may_manage(self.viewer(), facts(thread))
    }

    /// Opens a thread with a service; its id, or the form's problems.
    pub async fn open(&self, input: &ServiceThreadInput) -> AppResult<Result<i64, FieldErrors>> {
        let mut errors = FieldErrors::new();
        let service = store::service(&self.app.db, self.commune.id, input.service)
            .await?
            .filter(|s| !s.archived);
        if service.is_none() {
            errors.add("service", "service-error-unknown");
        }
        let subject = errors.check("subject", check_subject(&input.subject));
        let body = errors.check("body", check_message(&input.body));
        let (Some(service), Some(subject), Some(body)) = (service, subject, body) else {
            return Ok(Err(errors));
        };
        let key = request_key(&input.request_key);
        rate_limit(
            self.app,
            &format!("service-threads:{}", self.account.id),
            86_400,
            rules::THREADS_PER_DAY,
        )
        .await?;
        self.count_message().await?;
        let at = now();
        let mut tx = self.app.begin().await?;
        // Checked inside the transaction: two threads opened at once count both.
        tx.lock_row("users", self.account.id).await?;
        if store::open_count(&mut tx, self.account.id).await? >= rules::OPEN_THREADS_MAX {
            return Ok(Err(FieldErrors::single(
                "subject",
                "service-error-too-many-open",
            )));
        }
        let stored = store::open(
            &mut tx,
            &NewThread {
                commune_id: self.commune.id,
                service_id: service.id,
                resident_id: self.account.id,
                subject: &subject,
                body: &body,
                request_key: &key,
            },
            at,
        )
        .await?;
        if let Stored::New(_) = stored {
            self.app.commit(tx).await?;
        }
        Ok(Ok(stored.id()))
    }

    /// Counts one message against the writer's hourly limit.
    async fn count_message(&self) -> AppResult<()> {
        rate_limit(
            self.app,
            &format!("service-messages:{}", self.account.id),
            3_600,
            rules::MESSAGES_PER_HOUR,
        )
        .await
    }

    /// Adds a message to a thread this person may read: the service's answer if they
    /// answer as staff, else the resident's word (which opens a closed thread again).
    /// The message's id, or the form's problems.
    pub async fn write(
        &self,
        thread: &Thread,
        input: &ServiceMessageInput,
    ) -> AppResult<Result<i64, FieldErrors>> {
        let body = match check_message(&input.body) {
            Ok(body) => body,
            Err(e) => return Ok(Err(FieldErrors::single("body", e))),
        };
        self.count_message().await?;
        let from_staff = rules::writes_as_staff(self.viewer(), facts(thread));
        let at = now();
        let mut tx = self.app.begin().await?;
        let stored = store::write(
            &mut tx,
            thread.id,
            self.account.id,
            from_staff,
            &body,
            &request_key(&input.request_key),
            at,
        )
        .await?;
        if let Stored::Again(id) = stored {
            return Ok(Ok(id));
        }
        if from_staff {
            self.tell_resident(&mut tx, thread, stored.id()).await?;
        }
        self.app.commit(tx).await?;
        Ok(Ok(stored.id()))
    }

    /// Tells the resident that the service answered, as they chose for messages.
    async fn tell_resident(&self, tx: &mut Tx, thread: &Thread, message_id: i64) -> AppResult<()> {
        let Some(resident) = self
            .app
            .cache
            .account(&self.app.db, thread.resident_id)
            .await?
        else {
            return Ok(());
        };
        match notices::frequency(&self.app.db, resident.id, Topic::Messages).await? {
            Frequency::Never => Ok(()),
            Frequency::Daily | Frequency::Weekly => Ok(notices::add_to_digest(
                tx,
                resident.id,
                Topic::Messages,
                "service-reply",
                message_id,
                now(),
            )
            .await?),
            Frequency::Immediately => {
                let language = Language::from_code(&resident.language).unwrap_or(Language::En);
                let service = store::service(&self.app.db, self.commune.id, thread.service_id)
                    .await?
                    .map(|s| service_name(&s, language, self.commune).0)
                    .unwrap_or_default();
                let link = format!(
                    "{}/c/{}/services/threads/{}",
                    self.app.config.public_base(),
                    self.commune.slug,
                    thread.id
                );
                crate::notices::send_notice(
                    tx,
                    self.app,
                    self.commune,
                    &resident,
                    Topic::Messages,
                    "notice-service-reply",
                    &[
                        ("service", &service),
                        ("subject", &thread.subject),
                        ("link", &link),
                    ],
                )
                .await
            }
        }
    }

    /// Closes a thread this person manages; whether it was open.
    pub async fn close(&self, thread: &Thread) -> AppResult<bool> {
        if !self.manages(thread) {
            return Err(AppError::Forbidden);
        }
        let at = now();
        let mut tx = self.app.begin().await?;
        let closed = store::close(&mut tx, thread.id, at).await?;
        if closed {
            gemeng_db::audit::record(
                &mut tx,
                Some(self.commune.id),
                Some(self.account.id),
                "service-thread-closed",
                Some(thread.id),
                "",
                at,
            )
            .await?;
            self.app.commit(tx).await?;
        }
        Ok(closed)
    }

    /// Assigns a thread this person manages to a colleague (staff of this commune) or
    /// to no one; the form's problem if `to` is nobody's id here.
    pub async fn assign(
        &self,
        thread: &Thread,
        to: Option<i64>,
    ) -> AppResult<Result<(), FieldErrors>> {
        if !self.manages(thread) {
            return Err(AppError::Forbidden);
        }
        if let Some(id) = to {
            let colleagues = store::colleagues(&self.app.db, self.commune.id).await?;
            if !colleagues.iter().any(|c| c.id == id) {
                return Ok(Err(FieldErrors::single("to", "service-error-colleague")));
            }
        }
        let at = now();
        let mut tx = self.app.begin().await?;
        if store::assign(&mut tx, thread.id, to).await? {
            gemeng_db::audit::record(
                &mut tx,
                Some(self.commune.id),
                Some(self.account.id),
                "service-thread-assigned",
                Some(thread.id),
                &to.map_or_else(|| "to no one".to_string(), |id| format!("to user {id}")),
                at,
            )
            .await?;
            self.app.commit(tx).await?;
        }
        Ok(Ok(()))
    }

    /// Marks the resident's own thread read (staff reading it changes nothing).
    pub async fn seen(&self, thread: &Thread) -> AppResult<()> {
        if thread.resident_id == self.account.id && thread.resident_unread > 0 {
            let mut tx = self.app.begin().await?;
            store::mark_read(&mut tx, thread.id).await?;
            self.app.commit(tx).await?;
        }
        Ok(())
    }
}

fn facts(thread: &Thread) -> ThreadFacts {
    ThreadFacts {
        commune_id: thread.commune_id,
        resident_id: thread.resident_id,
    }
}

/// A service's names as typed in the form or sent to the API: by language code.
#[derive(Debug, Clone, Default, Deserialize, ToSchema)]
#[serde(default)]
pub struct ServiceInput {
    /// Name and description by language code (lb, de, fr, en, pt): at least one name.
    pub names: std::collections::BTreeMap<String, ServiceNameIn>,
}

/// One language's name and description of a service.
#[derive(Debug, Clone, Default, Deserialize, serde::Serialize, ToSchema)]
#[serde(default)]
pub struct ServiceNameIn {
    #[schema(max_length = 80)]
    pub name: String,
    #[schema(max_length = 400)]
    pub description: String,
}

/// Checks a service's names; an unknown language code is the input's problem.
pub fn checked_names(input: &ServiceInput) -> Result<Vec<rules::ServiceName>, FieldErrors> {
    let mut given = Vec::new();
    for (code, n) in &input.names {
        let Some(language) = Language::from_code(code) else {
            return Err(FieldErrors::single(
                "names",
                "service-error-language-unknown",
            ));
        };
        given.push((language, n.name.as_str(), n.description.as_str()));
    }
    check_names(&given).map_err(|problems| {
        let mut errors = FieldErrors::new();
        for (field, message) in problems {
            errors.add(field, message);
        }
        errors
    })
}

/// Staff keeping the commune's list of services.
pub struct ServiceList<'a> {
    pub app: &'a App,
    pub commune: &'a Commune,
    pub staff: &'a Account,
}

impl ServiceList<'_> {
    /// Adds a service (or renames service `id`); its id, or the form's problems.
    pub async fn save(
        &self,
        id: Option<i64>,
        input: &ServiceInput,
    ) -> AppResult<Result<i64, FieldErrors>> {
        let names = match checked_names(input) {
            Ok(names) => names,
            Err(errors) => return Ok(Err(errors)),
        };
        rate_limit(
            self.app,
            &format!("services:{}", self.staff.id),
            86_400,
            200,
        )
        .await?;
        let at = now();
        let mut tx = self.app.begin().await?;
        tx.lock_row("communes", self.commune.id).await?;
        let (id, action) = match id {
            None => {
                if store::count_services(&mut tx, self.commune.id).await?
                    >= rules::SERVICES_MAX as i64
                {
                    return Ok(Err(FieldErrors::single("names", "service-error-too-many")));
                }
                (
                    store::add_service(&mut tx, self.commune.id, &names, at).await?,
                    "service-added",
                )
            }
            Some(id) => {
                if !store::rename_service(&mut tx, self.commune.id, id, &names).await? {
                    return Err(AppError::NotFound);
                }
                (id, "service-renamed")
            }
        };
        let languages: Vec<&str> = names.iter().map(|n| n.language.code()).collect();
        gemeng_db::audit::record(
            &mut tx,
            Some(self.commune.id),
            Some(self.staff.id),
            action,
            Some(id),
            &format!("languages {}", languages.join(" ")),
            at,
        )
        .await?;
        self.app.commit(tx).await?;
        Ok(Ok(id))
    }

    /// Archives service `id` or brings it back.
    pub async fn archive(&self, id: i64, archived: bool) -> AppResult<()> {
        let at = now();
        let mut tx = self.app.begin().await?;
        if !store::archive_service(&mut tx, self.commune.id, id, archived.then_some(at)).await? {
            return Err(AppError::NotFound);
        }
        gemeng_db::audit::record(
            &mut tx,
            Some(self.commune.id),
            Some(self.staff.id),
            if archived {
                "service-archived"
            } else {
                "service-restored"
            },
            Some(id),
            "",
            at,
        )
        .await?;
        self.app.commit(tx).await?;
        Ok(())
    }
}

/// `last_at-id` or `waiting_since-id`, as a list's "older" link writes it.
pub fn parse_cursor(text: &str) -> Option<(i64, i64)> {
    let (at, id) = text.split_once('-')?;
    Some((at.parse().ok()?, id.parse().ok()?))
}
