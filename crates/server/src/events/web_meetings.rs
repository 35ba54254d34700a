//! The pages of "meet someone": its part of the lounge's page (ask, wait, be told
//! whom one meets), and a private chat's page. Without JavaScript the waiting person
//! reloads ("check now"); with it, the lounge's live script is told of the pairing and
//! the chat's messages appear as they are said.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use gemeng_core::events::lounge::{private_chat_open, PRIVATE_CHAT_SECONDS};
use gemeng_core::language::Language;
use gemeng_core::validation::FieldErrors;
use gemeng_db::event_meetings::ChatRow;

use super::meetings::{Meeting, Request};
use super::web::{base, lounge_page, shown};
use crate::app::{now, App};
use crate::http::context::{CsrfForm, Ctx, Page};
use crate::http::error::AppResult;
use crate::http::i18n::Tr;
use crate::http::web::{bounded, notice, render, render_invalid, see_other, Done, NoFields, Visit};
use crate::neighbourhood::posts::new_request_key;

/// A chat as the lounge and the chat's page name it.
pub struct ChatLine {
    pub id: i64,
    /// The other person.
    pub with: String,
    pub language: &'static str,
    /// The language's own name ("Português").
    pub language_name: String,
    /// "14:07": when the five minutes end (or ended).
    pub until: String,
    pub open: bool,
}

fn chat_line(chat: &ChatRow, place: i64, at: i64) -> ChatLine {
    let language = Language::from_code(&chat.language).unwrap_or(Language::En);
    ChatLine {
        id: chat.id,
        with: chat.partner_of(place).to_string(),
        language: language.code(),
        language_name: Tr::new(language).t("language-name"),
        until: crate::activities::local_parts(chat.started_at + PRIVATE_CHAT_SECONDS).1,
        open: private_chat_open(chat.started_at, at),
    }
}

/// "Meet someone" on the lounge's page of a registered participant.
pub struct MeetView {
    /// `none`, `waiting`, `paired` or `unpaired`.
    pub state: &'static str,
    /// "14:02", when waiting.
    pub asked_at: String,
    /// The chat the last pairing opened, while it is open.
    pub chat: Option<ChatLine>,
    /// All their chats at the event, the latest first.
    pub chats: Vec<ChatLine>,
    /// The five languages: (code, own name, checked).
    pub languages: Vec<(&'static str, String, bool)>,
}

impl MeetView {
    /// `meeting` of participant `place` as the lounge shows it; `checked` the
    /// languages to tick (those just sent back with an error), else those of their
    /// last request, else the page's.
    pub fn of(meeting: &Meeting, place: i64, page: &Page, checked: Option<&[String]>) -> MeetView {
        let at = now();
        let chats: Vec<ChatLine> = meeting
            .chats
            .iter()
            .map(|c| chat_line(c, place, at))
            .collect();
        let chat = match meeting.request {
            Request::Paired { chat } => meeting
                .chats
                .iter()
                .find(|c| c.id == chat)
                .map(|c| chat_line(c, place, at))
                .filter(|c| c.open),
            _ => None,
        };
        let ticked = |l: &Language| match checked {
            Some(codes) => codes.iter().any(|c| c == l.code()),
            None if !meeting.languages.is_empty() => meeting.languages.contains(l),
            None => l.code() == page.lang(),
        };
        MeetView {
            state: match (&meeting.request, &chat) {
                // A pairing whose chat ended: ask again.
                (Request::Paired { .. }, None) => "none",
                (request, _) => request.state(),
            },
            asked_at: match meeting.request {
                Request::Waiting { asked_at } => crate::activities::local_parts(asked_at).1,
                _ => String::new(),
            },
            chat,
            chats,
            languages: Language::ALL
                .iter()
                .map(|l| (l.code(), Tr::new(*l).t("language-name"), ticked(l)))
                .collect(),
        }
    }
}

fn lounge_url(visit: &Visit, id: i64) -> String {
    format!("{}/{id}/lounge", base(visit))
}

/// `POST /c/{commune}/events/{event}/meet`: ask to meet someone, in the languages
/// ticked (`language`, repeated). The page's language is the one preferred, when
/// ticked.
pub async fn meet(
    State(app): State<App>,
    ctx: Ctx,
    Path((slug, id)): Path<(String, i64)>,
    CsrfForm(pairs): CsrfForm<Vec<(String, String)>>,
) -> AppResult<Response> {
    let visit = Visit::load(&app, ctx, &slug).await?;
    let who = super::participant(&visit, id).await?;
    let codes: Vec<String> = pairs
        .into_iter()
        .filter(|(name, _)| name == "language")
        .take(Language::ALL.len() + 1)
        .map(|(_, value)| bounded(value, 8))
        .collect();
    let languages: Vec<&str> = codes.iter().map(String::as_str).collect();
    let preferred = visit.language().code();
    let preferred = languages.contains(&preferred).then_some(preferred);
    match super::meetings::ask(&app, &visit.commune, who, id, &languages, preferred).await? {
        Ok(()) => Ok(see_other(&format!(
            "{}?done=asked#meet",
            lounge_url(&visit, id)
        ))),
        Err(errors) => {
            render_invalid(&lounge_page(&visit, id, "", String::new(), errors, Some(&codes)).await?)
        }
    }
}

/// `POST /c/{commune}/events/{event}/meet/withdraw`: stop waiting.
pub async fn withdraw(
    State(app): State<App>,
    ctx: Ctx,
    Path((slug, id)): Path<(String, i64)>,
    CsrfForm(_): CsrfForm<NoFields>,
) -> AppResult<Response> {
    let visit = Visit::load(&app, ctx, &slug).await?;
    let who = super::participant(&visit, id).await?;
    super::meetings::withdraw(&app, &visit.commune, who, id).await?;
    Ok(see_other(&format!(
        "{}?done=withdrawn#meet",
        lounge_url(&visit, id)
    )))
}

#[derive(Template)]
#[template(path = "events/chat.html")]
struct ChatPage {
    page: Page,
    base: String,
    event_id: i64,
    event_title: String,
    chat: ChatLine,
    /// The reader's place at the event: their own messages carry it.
    place: i64,
    /// (id, author, body, "14:05", the reader's own).
    messages: Vec<(i64, String, String, String, bool)>,
    time_zone: &'static str,
    body: String,
    request_key: String,
    notice: Option<(String, String)>,
    errors: FieldErrors,
}

async fn chat_page(
    visit: &Visit,
    (id, chat_id): (i64, i64),
    done: &str,
    body: String,
    errors: FieldErrors,
) -> AppResult<ChatPage> {
    let who = super::participant(visit, id).await?;
    let (e, chat, place, messages) =
        super::chats::read(&visit.app, &visit.commune, who, id, chat_id, None).await?;
    let mut page = visit
        .page_at(
            "chat-title",
            &format!("{}/{}/chats/{}", base(visit), e.id, chat.id),
        )
        .await?;
    let line = chat_line(&chat, place, now());
    page.title = page.t1("chat-title-with", "name", &line.with);
    let notice = notice(
        done,
        &[
            ("sent", "chat-done-sent"),
            ("reported", "event-report-sent"),
        ],
    )
    .map(|key| ("success".to_string(), page.t(key)));
    Ok(ChatPage {
        base: base(visit),
        event_id: e.id,
        event_title: shown(&e, visit).title,
        chat: line,
        place,
        messages: messages
            .into_iter()
            .map(|m| {
                (
                    m.id,
                    m.author,
                    m.body,
                    crate::activities::local_parts(m.sent_at).1,
                    m.registration_id == place,
                )
            })
            .collect(),
        time_zone: chrono_tz::Europe::Luxembourg.name(),
        body,
        request_key: new_request_key(),
        notice,
        errors,
        page,
    })
}

/// `/c/{commune}/events/{event}/chats/{chat}`: a private chat, for its two people.
pub async fn chat(
    State(app): State<App>,
    ctx: Ctx,
    Path((slug, id, chat_id)): Path<(String, i64, i64)>,
    Query(query): Query<Done>,
) -> AppResult<Response> {
    let visit = Visit::load(&app, ctx, &slug).await?;
    render(
        &chat_page(
            &visit,
            (id, chat_id),
            &query.done,
            String::new(),
            FieldErrors::new(),
        )
        .await?,
    )
}

#[derive(serde::Deserialize, Default)]
#[serde(default)]
pub struct SayFields {
    body: String,
    request_key: String,
}

/// `POST /c/{commune}/events/{event}/chats/{chat}`: say something in it.
pub async fn say(
    State(app): State<App>,
    ctx: Ctx,
    Path((slug, id, chat_id)): Path<(String, i64, i64)>,
    CsrfForm(fields): CsrfForm<SayFields>,
) -> AppResult<Response> {
    let visit = Visit::load(&app, ctx, &slug).await?;
    let who = super::participant(&visit, id).await?;
    let body = bounded(fields.body, 1_000);
    match super::chats::say(
        &app,
        &visit.commune,
        who,
        (id, chat_id),
        &body,
        &fields.request_key,
    )
    .await?
    {
        Ok(_) => Ok(see_other(&format!(
            "{}/{id}/chats/{chat_id}?done=sent#say",
            base(&visit)
        ))),
        Err(errors) => render_invalid(&chat_page(&visit, (id, chat_id), "", body, errors).await?),
    }
}
