//! A neighbourhood's pages, for its verified members only: the feed (its home), the
//! list of neighbours, and posts with their comments.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use gemeng_core::permissions::Action;
use gemeng_core::posts::{Audience, FeedCursor, PostKind};
use gemeng_core::validation::FieldErrors;
use serde::Deserialize;
use std::sync::Arc;

use gemeng_db::activities::Activity;
use gemeng_db::communes::Commune;
use gemeng_db::neighbourhoods::Neighbourhood;
use gemeng_db::photos::{thumbnail_key, PostPhoto};
use gemeng_db::posts::{Comment, Post, PostCard};

use super::photos::PostPhotos;
use super::posts::{
    new_request_key, Abilities, CommentInput, EditInput, Place, PostInput, EXCERPT,
};
use crate::app::App;
use crate::http::cache::{FeedItem, Roster};
use crate::http::context::{CsrfForm, Ctx, Page};
use crate::http::error::{AppError, AppResult};
use crate::http::images::THUMBNAIL_SIDE;
use crate::http::text::excerpt;
use crate::http::upload::FilesForm;
use crate::http::web::{notice, render, render_invalid, see_other, Done, NoFields, Visit};

/// A member's visit to their neighbourhood: checked by the route's guard, and again
/// here (every handler asks) before anything is read.
pub(super) struct Member {
    pub visit: Visit,
    pub neighbourhood: Neighbourhood,
}

impl Member {
    pub async fn load(app: &App, ctx: Ctx, slug: &str, nb: &str) -> AppResult<Member> {
        let visit = Visit::load(app, ctx, slug).await?;
        // An unknown neighbourhood and a foreign one answer alike, so names cannot be probed.
        let neighbourhood = super::by_slug(app, visit.commune.id, nb).await?;
        let id = neighbourhood.as_ref().map(|n| n.id).unwrap_or(-1);
        visit.require(Action::ViewNeighbourhood {
            neighbourhood_id: id,
        })?;
        Ok(Member {
            neighbourhood: neighbourhood.ok_or(AppError::NotFound)?,
            visit,
        })
    }

    pub fn place(&self) -> Place<'_> {
        Place {
            app: &self.visit.app,
            commune: &self.visit.commune,
            neighbourhood: &self.neighbourhood,
            account: self
                .visit
                .viewer
                .as_ref()
                .expect("a member is signed in (checked by load)"),
        }
    }

    pub fn base(&self) -> String {
        format!(
            "/c/{}/n/{}",
            self.visit.commune.slug, self.neighbourhood.slug
        )
    }

    async fn page(&self, title_key: &str) -> AppResult<Page> {
        self.visit.page(title_key).await
    }
}

/// A post as a card of the feed.
pub struct Card {
    pub url: String,
    /// The message naming its kind (a post's, or an activity's).
    pub kind_label: &'static str,
    /// An activity's first session, on the commune's clock (a post has none).
    pub starts: Option<String>,
    pub title: String,
    pub excerpt: String,
    pub author: String,
    pub created_at: i64,
    pub comments: i64,
    pub thanks: i64,
    pub done: bool,
    /// From another neighbourhood (an adjacent one's, or commune-wide).
    pub elsewhere: bool,
    /// The first photo's thumbnail URL.
    pub thumbnail: Option<String>,
}

pub(super) fn card(base: &str, here: i64, post: Post) -> Card {
    Card {
        url: format!("{base}/posts/{}", post.id),
        kind_label: post.kind.message_id(),
        starts: None,
        excerpt: excerpt(&post.body, EXCERPT),
        author: post.author_name,
        created_at: post.created_at,
        comments: post.comment_count,
        thanks: post.thanks_count,
        done: *post.state == gemeng_core::posts::PostState::Done,
        elsewhere: post.neighbourhood_id != here,
        thumbnail: post
            .cover_photo
            .as_deref()
            .map(|key| photo_url(base, &thumbnail_key(key))),
        title: post.title,
    }
}

/// A feed's card of a post, its excerpt made (see `Place::feed_cards`).
fn feed_card(base: &str, here: i64, post: &PostCard, excerpt: &str) -> Card {
    Card {
        url: format!("{base}/posts/{}", post.id),
        kind_label: post.kind.message_id(),
        starts: None,
        title: post.title.clone(),
        excerpt: excerpt.to_string(),
        author: post.author_name.clone(),
        created_at: post.created_at,
        comments: post.comment_count,
        thanks: post.thanks_count,
        done: *post.state == gemeng_core::posts::PostState::Done,
        elsewhere: post.neighbourhood_id != here,
        thumbnail: post
            .cover_photo
            .as_deref()
            .map(|key| photo_url(base, &thumbnail_key(key))),
    }
}

/// A feed's card of a neighbourhood's activity, in the reader's language.
fn activity_card(page: &Page, commune: &Commune, here: i64, a: &Activity) -> Card {
    let version = crate::activities::version_in(a, page.tr.language, commune);
    Card {
        url: format!("/c/{}/activities/{}", commune.slug, a.id),
        kind_label: activity_kind_message(&a.kind),
        starts: Some(crate::http::clock::format_local(a.first_starts_at)),
        title: version.map(|v| v.title.clone()).unwrap_or_default(),
        excerpt: version
            .map(|v| excerpt(&v.description, EXCERPT))
            .unwrap_or_default(),
        author: String::new(),
        created_at: a.created_at,
        comments: 0,
        thanks: 0,
        done: false,
        elsewhere: a.neighbourhood_id != Some(here),
        thumbnail: None,
    }
}

/// The message naming an activity's kind, as stored (snake case).
fn activity_kind_message(kind: &str) -> &'static str {
    match kind {
        "language_cafe" => "activity-kind-language-cafe",
        "conversation_table" => "activity-kind-conversation-table",
        "coaching" => "activity-kind-coaching",
        "course" => "activity-kind-course",
        "smartphone_cafe" => "activity-kind-smartphone-cafe",
        "information_session" => "activity-kind-information-session",
        _ => "activity-kind-neighbourhood-activity",
    }
}

/// The URL of a photo file, under the reader's own neighbourhood (where the route's
/// guard admits them).
fn photo_url(base: &str, file_key: &str) -> String {
    format!("{base}/{file_key}")
}

/// A photo as pages show it.
pub struct PhotoView {
    pub id: i64,
    pub url: String,
    pub thumbnail_url: String,
    pub thumbnail_width: u32,
    pub thumbnail_height: u32,
    pub alt: String,
}

fn photo_views(page: &Page, base: &str, title: &str, photos: Vec<PostPhoto>) -> Vec<PhotoView> {
    let total = photos.len() as i64;
    photos
        .into_iter()
        .enumerate()
        .map(|(i, p)| {
            // The thumbnail's size, as the encoder makes it: the longest side shrunk.
            let (w, h) = (p.width.max(1) as u32, p.height.max(1) as u32);
            let scale = f64::from(THUMBNAIL_SIDE) / f64::from(w.max(h));
            let (tw, th) = if scale < 1.0 {
                (
                    ((f64::from(w) * scale).round() as u32).max(1),
                    ((f64::from(h) * scale).round() as u32).max(1),
                )
            } else {
                (w, h)
            };
            PhotoView {
                id: p.id,
                url: photo_url(base, &p.file_key),
                thumbnail_url: photo_url(base, &thumbnail_key(&p.file_key)),
                thumbnail_width: tw,
                thumbnail_height: th,
                alt: page.tr.t_args(
                    "post-photo-alt",
                    &[
                        ("title", title),
                        ("number", &(i as i64 + 1).to_string()),
                        ("total", &total.to_string()),
                    ],
                ),
            }
        })
        .collect()
}

#[derive(Template)]
#[template(path = "neighbourhood/home.html")]
struct Home {
    page: Page,
    neighbourhood: Neighbourhood,
    member_count: i64,
    base: String,
    cards: Vec<Card>,
    /// (key, message id, selected) for the kind filter; "" is every kind.
    filters: Vec<(&'static str, &'static str, bool)>,
    /// The message of the filter in force, and whether one is (the list then opens).
    current_filter: &'static str,
    filtered: bool,
    next: Option<String>,
    first_page: Option<String>,
    notice: Option<&'static str>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct FeedQuery {
    kind: String,
    after: String,
    done: String,
}

pub async fn home(
    State(app): State<App>,
    ctx: Ctx,
    Path((slug, nb)): Path<(String, String)>,
    Query(query): Query<FeedQuery>,
) -> AppResult<Response> {
    let member = Member::load(&app, ctx, &slug, &nb).await?;
    let kind = match query.kind.as_str() {
        "" => None,
        given => Some(PostKind::parse(given).ok_or(AppError::BadRequest("post-error-kind"))?),
    };
    let after = match query.after.as_str() {
        "" => None,
        given => Some(FeedCursor::parse(given).map_err(AppError::BadRequest)?),
    };
    let place = member.place();
    let feed = place.feed_cards(kind, after).await?;
    let base = member.base();
    let filter_query = kind
        .map(|k| format!("kind={}&", k.as_str()))
        .unwrap_or_default();
    let member_count = app
        .cache
        .member_count(&app.db, member.neighbourhood.id)
        .await?;
    let page = member.page("neighbourhood-title").await?;
    let cards = feed
        .cards
        .iter()
        .map(|item| match item {
            FeedItem::Post(p, excerpt) => feed_card(&base, member.neighbourhood.id, p, excerpt),
            FeedItem::Activity(a) => {
                activity_card(&page, &member.visit.commune, member.neighbourhood.id, a)
            }
        })
        .collect();
    render(&Home {
        page: Page {
            title: member.neighbourhood.name.clone(),
            ..page
        },
        member_count,
        cards,
        current_filter: kind.map(PostKind::message_id).unwrap_or("feed-all-kinds"),
        filtered: kind.is_some(),
        filters: std::iter::once(("", "feed-all-kinds", kind.is_none()))
            .chain(
                PostKind::ALL
                    .iter()
                    .map(|k| (k.as_str(), k.message_id(), kind == Some(*k))),
            )
            .collect(),
        next: feed
            .next
            .map(|c| format!("{base}?{filter_query}after={}", c.encode())),
        first_page: after.map(|_| format!("{base}?{}", filter_query.trim_end_matches('&'))),
        notice: notice(&query.done, &[("deleted", "post-deleted")]),
        base,
        neighbourhood: member.neighbourhood,
    })
}

#[derive(Template)]
#[template(path = "neighbourhood/neighbours.html")]
struct Neighbours {
    page: Page,
    me: i64,
    commune_slug: String,
    neighbourhood: Neighbourhood,
    base: String,
    account_url: String,
    roster: Arc<Roster>,
}

pub async fn neighbours(
    State(app): State<App>,
    ctx: Ctx,
    Path((slug, nb)): Path<(String, String)>,
) -> AppResult<Response> {
    let member = Member::load(&app, ctx, &slug, &nb).await?;
    let overview = super::overview(&app, Some(member.neighbourhood.clone())).await?;
    render(&Neighbours {
        page: member.page("neighbourhood-neighbours").await?,
        me: member.place().account.id,
        commune_slug: member.visit.commune.slug.clone(),
        base: member.base(),
        account_url: format!("/c/{}/me", member.visit.commune.slug),
        neighbourhood: member.neighbourhood,
        roster: overview.roster,
    })
}

#[derive(Template)]
#[template(path = "neighbourhood/post_form.html")]
struct PostForm {
    page: Page,
    base: String,
    /// Where the form posts.
    action: String,
    /// A new post (kind and audience asked) or an edit (title and body only).
    new: bool,
    kinds: Vec<(&'static str, &'static str)>,
    audiences: Vec<(&'static str, &'static str)>,
    input: PostInput,
    errors: FieldErrors,
    /// The post's photos (editing), each with a "remove" box.
    photos: Vec<PhotoView>,
    /// Photos were sent with a form that came back: the browser forgot them.
    photos_dropped: bool,
}

fn kinds() -> Vec<(&'static str, &'static str)> {
    PostKind::ALL
        .iter()
        .map(|k| (k.as_str(), k.message_id()))
        .collect()
}

fn audiences() -> Vec<(&'static str, &'static str)> {
    [
        Audience::Neighbourhood,
        Audience::Adjacent,
        Audience::Commune,
    ]
    .iter()
    .map(|a| (a.as_str(), a.message_id()))
    .collect()
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct NewQuery {
    kind: String,
}

pub async fn new_post(
    State(app): State<App>,
    ctx: Ctx,
    Path((slug, nb)): Path<(String, String)>,
    Query(query): Query<NewQuery>,
) -> AppResult<Response> {
    let member = Member::load(&app, ctx, &slug, &nb).await?;
    let base = member.base();
    render(&PostForm {
        page: member.page("post-new-title").await?,
        action: format!("{base}/posts"),
        base,
        new: true,
        kinds: kinds(),
        audiences: audiences(),
        input: PostInput {
            // A kind chosen from the feed's filter is preselected; anything else is not.
            kind: PostKind::parse(&query.kind)
                .map(|k| k.as_str().to_string())
                .unwrap_or_default(),
            audience: Audience::Neighbourhood.as_str().to_string(),
            request_key: new_request_key(),
            ..PostInput::default()
        },
        errors: FieldErrors::new(),
        photos: Vec::new(),
        photos_dropped: false,
    })
}

pub async fn publish(
    State(app): State<App>,
    ctx: Ctx,
    Path((slug, nb)): Path<(String, String)>,
    FilesForm(form, _): FilesForm<PostPhotos>,
) -> AppResult<Response> {
    let member = Member::load(&app, ctx, &slug, &nb).await?;
    let base = member.base();
    let input: PostInput = form.parse()?;
    let sent_photos = !form.files.is_empty();
    let outcome = match form.file_problem {
        Some(problem) => {
            // The text is checked too, so every problem shows at once.
            let mut errors = input.check().err().unwrap_or_default();
            errors.add("photos", problem);
            Err(errors)
        }
        None => member.place().publish(&input, form.files).await?,
    };
    match outcome {
        Ok(id) => Ok(see_other(&format!("{base}/posts/{id}?done=published"))),
        Err(errors) => {
            let page = member
                .visit
                .page_at("post-new-title", &format!("{base}/new"))
                .await?;
            render_invalid(&PostForm {
                page,
                action: format!("{base}/posts"),
                base,
                new: true,
                kinds: kinds(),
                audiences: audiences(),
                input,
                errors,
                photos: Vec::new(),
                photos_dropped: sent_photos,
            })
        }
    }
}

/// A comment as shown under its post.
pub struct CommentView {
    pub comment: Comment,
    pub mine: bool,
}

#[derive(Template)]
#[template(path = "neighbourhood/post.html")]
struct PostPage {
    page: Page,
    base: String,
    /// `/c/{commune}`: messages and reports live there.
    commune_base: String,
    url: String,
    post: Post,
    photos: Vec<PhotoView>,
    from_elsewhere: bool,
    can: Abilities,
    comments: Vec<CommentView>,
    comment_key: String,
    comment_body: String,
    errors: FieldErrors,
    notice: Option<&'static str>,
}

async fn post_page(
    member: &Member,
    post: Post,
    comment_body: String,
    errors: FieldErrors,
    notice: Option<&'static str>,
) -> AppResult<PostPage> {
    let place = member.place();
    let can = place.abilities(&post).await?;
    let comments = place
        .comments_shown(&post)
        .await?
        .into_iter()
        .map(|comment| CommentView {
            mine: comment.author_id == place.account.id,
            comment,
        })
        .collect();
    let base = member.base();
    let url = format!("{base}/posts/{}", post.id);
    let mut page = member.page("post-title").await?;
    page.title = post.title.clone();
    page.path = url.clone();
    let photos = if post.photo_count > 0 {
        let stored = gemeng_db::photos::of_post(&member.visit.app.db, post.id).await?;
        photo_views(&page, &base, &post.title, stored)
    } else {
        Vec::new()
    };
    Ok(PostPage {
        commune_base: format!("/c/{}", member.visit.commune.slug),
        photos,
        page,
        from_elsewhere: post.neighbourhood_id != member.neighbourhood.id,
        base,
        url,
        post,
        can,
        comments,
        comment_key: new_request_key(),
        comment_body,
        errors,
        notice,
    })
}

pub async fn show(
    State(app): State<App>,
    ctx: Ctx,
    Path((slug, nb, id)): Path<(String, String, i64)>,
    Query(done): Query<Done>,
) -> AppResult<Response> {
    let member = Member::load(&app, ctx, &slug, &nb).await?;
    let post = member.place().post_shown(id).await?;
    let notice = notice(
        &done.done,
        &[
            ("published", "post-published"),
            ("edited", "post-edited"),
            ("commented", "comment-published"),
            ("comment-edited", "comment-edited"),
            ("comment-deleted", "comment-deleted"),
            ("thanked", "post-thanked"),
            ("marked-done", "post-marked-done"),
            ("reported", "report-sent"),
        ],
    );
    render(&post_page(&member, post, String::new(), FieldErrors::new(), notice).await?)
}

pub async fn edit_form(
    State(app): State<App>,
    ctx: Ctx,
    Path((slug, nb, id)): Path<(String, String, i64)>,
) -> AppResult<Response> {
    let member = Member::load(&app, ctx, &slug, &nb).await?;
    let post = member.place().post(id).await?;
    if !member.place().abilities(&post).await?.edit {
        return Err(AppError::Forbidden);
    }
    let base = member.base();
    let page = member.page("post-edit-title").await?;
    let stored = gemeng_db::photos::of_post(&app.db, post.id).await?;
    render(&PostForm {
        photos: photo_views(&page, &base, &post.title, stored),
        page,
        action: format!("{base}/posts/{id}/edit"),
        base,
        new: false,
        kinds: kinds(),
        audiences: audiences(),
        input: PostInput {
            title: post.title,
            body: post.body,
            ..PostInput::default()
        },
        errors: FieldErrors::new(),
        photos_dropped: false,
    })
}

pub async fn edit(
    State(app): State<App>,
    ctx: Ctx,
    Path((slug, nb, id)): Path<(String, String, i64)>,
    FilesForm(form, _): FilesForm<PostPhotos>,
) -> AppResult<Response> {
    let member = Member::load(&app, ctx, &slug, &nb).await?;
    let place = member.place();
    let post = place.post(id).await?;
    let base = member.base();
    let input: EditInput = form.parse()?;
    let remove: Vec<i64> = form
        .fields
        .iter()
        .filter(|(name, _)| name == "remove_photo")
        .filter_map(|(_, value)| value.parse().ok())
        .collect();
    let sent_photos = !form.files.is_empty();
    let outcome = match form.file_problem {
        Some(problem) => Err(FieldErrors::single("photos", problem)),
        None => place.edit(&post, &input, form.files, &remove).await?,
    };
    match outcome {
        Ok(()) => Ok(see_other(&format!("{base}/posts/{id}?done=edited"))),
        Err(errors) => {
            let page = member
                .visit
                .page_at("post-edit-title", &format!("{base}/posts/{id}/edit"))
                .await?;
            let stored = gemeng_db::photos::of_post(&app.db, post.id).await?;
            render_invalid(&PostForm {
                photos: photo_views(&page, &base, &post.title, stored),
                page,
                action: format!("{base}/posts/{id}/edit"),
                base,
                new: false,
                kinds: kinds(),
                audiences: audiences(),
                input: PostInput {
                    title: input.title,
                    body: input.body,
                    ..PostInput::default()
                },
                errors,
                photos_dropped: sent_photos,
            })
        }
    }
}

#[derive(Template)]
#[template(path = "neighbourhood/delete.html")]
struct DeletePage {
    page: Page,
    action: String,
    back: String,
    /// What is deleted, as its author sees it: the post's title or the comment.
    what: String,
    question_key: &'static str,
}

pub async fn delete_form(
    State(app): State<App>,
    ctx: Ctx,
    Path((slug, nb, id)): Path<(String, String, i64)>,
) -> AppResult<Response> {
    let member = Member::load(&app, ctx, &slug, &nb).await?;
    let post = member.place().post(id).await?;
    if !member.place().abilities(&post).await?.edit {
        return Err(AppError::Forbidden);
    }
    let base = member.base();
    render(&DeletePage {
        page: member.page("post-delete-title").await?,
        action: format!("{base}/posts/{id}/delete"),
        back: format!("{base}/posts/{id}"),
        what: post.title,
        question_key: "post-delete-question",
    })
}

pub async fn delete(
    State(app): State<App>,
    ctx: Ctx,
    Path((slug, nb, id)): Path<(String, String, i64)>,
    CsrfForm(_): CsrfForm<NoFields>,
) -> AppResult<Response> {
    let member = Member::load(&app, ctx, &slug, &nb).await?;
    let place = member.place();
    let post = place.post(id).await?;
    place.delete(&post).await?;
    Ok(see_other(&format!("{}?done=deleted", member.base())))
}

pub async fn mark_done(
    State(app): State<App>,
    ctx: Ctx,
    Path((slug, nb, id)): Path<(String, String, i64)>,
    CsrfForm(_): CsrfForm<NoFields>,
) -> AppResult<Response> {
    let member = Member::load(&app, ctx, &slug, &nb).await?;
    let place = member.place();
    let post = place.post(id).await?;
    place.mark_done(&post).await?;
    Ok(see_other(&format!(
        "{}/posts/{id}?done=marked-done",
        member.base()
    )))
}

pub async fn thank(
    State(app): State<App>,
    ctx: Ctx,
    Path((slug, nb, id)): Path<(String, String, i64)>,
    CsrfForm(_): CsrfForm<NoFields>,
) -> AppResult<Response> {
    let member = Member::load(&app, ctx, &slug, &nb).await?;
    let place = member.place();
    let post = place.post(id).await?;
    place.thank(&post).await?;
    Ok(see_other(&format!(
        "{}/posts/{id}?done=thanked",
        member.base()
    )))
}

pub async fn comment(
    State(app): State<App>,
    ctx: Ctx,
    Path((slug, nb, id)): Path<(String, String, i64)>,
    CsrfForm(input): CsrfForm<CommentInput>,
) -> AppResult<Response> {
    let member = Member::load(&app, ctx, &slug, &nb).await?;
    let place = member.place();
    let post = place.post(id).await?;
    match place.comment(&post, &input).await? {
        Ok(comment) => Ok(see_other(&format!(
            "{}/posts/{id}?done=commented#comment-{comment}",
            member.base()
        ))),
        Err(errors) => render_invalid(&post_page(&member, post, input.body, errors, None).await?),
    }
}

#[derive(Template)]
#[template(path = "neighbourhood/comment_form.html")]
struct CommentForm {
    page: Page,
    action: String,
    back: String,
    body: String,
    errors: FieldErrors,
}

pub async fn comment_edit_form(
    State(app): State<App>,
    ctx: Ctx,
    Path((slug, nb, id, comment)): Path<(String, String, i64, i64)>,
) -> AppResult<Response> {
    let member = Member::load(&app, ctx, &slug, &nb).await?;
    let place = member.place();
    let post = place.post(id).await?;
    let comment = place.comment_of(&post, comment).await?;
    if !place.may_change_comment(&comment) {
        return Err(AppError::Forbidden);
    }
    let base = member.base();
    render(&CommentForm {
        page: member.page("comment-edit-title").await?,
        action: format!("{base}/posts/{id}/comments/{}/edit", comment.id),
        back: format!("{base}/posts/{id}#comment-{}", comment.id),
        body: comment.body,
        errors: FieldErrors::new(),
    })
}

pub async fn comment_edit(
    State(app): State<App>,
    ctx: Ctx,
    Path((slug, nb, id, comment)): Path<(String, String, i64, i64)>,
    CsrfForm(input): CsrfForm<CommentInput>,
) -> AppResult<Response> {
    let member = Member::load(&app, ctx, &slug, &nb).await?;
    let place = member.place();
    let post = place.post(id).await?;
    let comment = place.comment_of(&post, comment).await?;
    let base = member.base();
    match place.edit_comment(&comment, &input).await? {
        Ok(()) => Ok(see_other(&format!(
            "{base}/posts/{id}?done=comment-edited#comment-{}",
            comment.id
        ))),
        Err(errors) => render_invalid(&CommentForm {
            page: member
                .visit
                .page_at(
                    "comment-edit-title",
                    &format!("{base}/posts/{id}/comments/{}/edit", comment.id),
                )
                .await?,
            action: format!("{base}/posts/{id}/comments/{}/edit", comment.id),
            back: format!("{base}/posts/{id}#comment-{}", comment.id),
            body: input.body,
            errors,
        }),
    }
}

pub async fn comment_delete_form(
    State(app): State<App>,
    ctx: Ctx,
    Path((slug, nb, id, comment)): Path<(String, String, i64, i64)>,
) -> AppResult<Response> {
    let member = Member::load(&app, ctx, &slug, &nb).await?;
    let place = member.place();
    let post = place.post(id).await?;
    let comment = place.comment_of(&post, comment).await?;
    if !place.may_change_comment(&comment) {
        return Err(AppError::Forbidden);
    }
    let base = member.base();
    render(&DeletePage {
        page: member.page("comment-delete-title").await?,
        action: format!("{base}/posts/{id}/comments/{}/delete", comment.id),
        back: format!("{base}/posts/{id}#comment-{}", comment.id),
        what: excerpt(&comment.body, 120),
        question_key: "comment-delete-question",
    })
}

pub async fn comment_delete(
    State(app): State<App>,
    ctx: Ctx,
    Path((slug, nb, id, comment)): Path<(String, String, i64, i64)>,
    CsrfForm(_): CsrfForm<NoFields>,
) -> AppResult<Response> {
    let member = Member::load(&app, ctx, &slug, &nb).await?;
    let place = member.place();
    let post = place.post(id).await?;
    let comment = place.comment_of(&post, comment).await?;
    place.delete_comment(&comment).await?;
    Ok(see_other(&format!(
        "{}/posts/{id}?done=comment-deleted",
        member.base()
    )))
}
