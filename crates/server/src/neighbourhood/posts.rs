//! Posts in a neighbourhood: publishing, reading, commenting, thanking, marking done,
//! editing and deleting. Shared by the pages and the API; who may do what is
//! `gemeng_core::posts`, storage is `gemeng_db::posts`, and each action is one
//! transaction.
//!
//! Every route is under a neighbourhood the visitor is a member of (the route table's
//! guard); a post is found only if it reaches that neighbourhood, and one that does
//! not answers as if it did not exist, so ids cannot be probed.

use gemeng_core::geography::NextDoor;
use gemeng_core::posts::{
    self, Audience, FeedCursor, Moderates, PostFacts, PostKind, PostState, Reader,
};
use gemeng_core::validation::FieldErrors;
use gemeng_db::accounts::Account;
use gemeng_db::communes::Commune;
use gemeng_db::neighbourhoods::Neighbourhood;
use gemeng_db::posts::{self as store, Comment, NewPost, Post, PostCard, Stored};
use gemeng_db::DbResult;
use serde::Deserialize;
use std::sync::Arc;
use utoipa::ToSchema;

use crate::app::{now, App};
use crate::http::auth::rate_limit;
use crate::http::cache::{FeedCards, FeedItem};
use crate::http::error::{AppError, AppResult};
use crate::http::text::{excerpt, rich_text};
use crate::neighbourhood::photos;

/// The member of a neighbourhood acting, where.
pub struct Place<'a> {
    pub app: &'a App,
    pub commune: &'a Commune,
    pub neighbourhood: &'a Neighbourhood,
    pub account: &'a Account,
}

/// The person as the post rules see them (a member of a commune: operators never reach
/// a neighbourhood's routes).
pub fn reader_of(account: &Account) -> Reader {
    Reader::of(&account.actor()).unwrap_or(Reader {
        user_id: account.id,
        commune_id: -1,
        neighbourhood_id: None,
        member: false,
        moderates: Moderates::Nothing,
    })
}

/// The post `id` if `account` may read it, seen from their own neighbourhood (as a
/// message written from a post is); otherwise `None`.
pub async fn readable_by(app: &App, account: &Account, id: i64) -> AppResult<Option<Post>> {
    let Some(commune_id) = account.commune_id else {
        return Ok(None);
    };
    let Some(post) = store::by_id(&app.db, commune_id, id).await? else {
        return Ok(None);
    };
    let next = next_door(app, account.neighbourhood_id).await?;
    Ok(
        posts::may_read(&reader_of(account), &facts(&post), |a, b| next.touch(a, b))
            .then_some(post),
    )
}

/// The neighbourhoods next to `home`, as the rules ask about them.
pub async fn next_door(app: &App, home: Option<i64>) -> AppResult<NextDoor> {
    let touching = match home {
        Some(n) => store::adjacent_to(&app.db, n).await?,
        None => Vec::new(),
    };
    Ok(NextDoor::new(home, touching))
}

pub fn facts(post: &Post) -> PostFacts {
    PostFacts {
        commune_id: post.commune_id,
        neighbourhood_id: post.neighbourhood_id,
        audience: *post.audience,
        author_id: post.author_id,
        kind: *post.kind,
        state: *post.state,
        hidden: post.hidden_at.is_some(),
        deleted: post.deleted_at.is_some(),
    }
}

impl Place<'_> {
    pub fn reader(&self) -> Reader {
        reader_of(self.account)
    }

    /// Whether neighbourhoods `a` and `b` touch, as seen from this neighbourhood.
    async fn adjacency(&self) -> AppResult<impl Fn(i64, i64) -> bool> {
        let next = next_door(self.app, Some(self.neighbourhood.id)).await?;
        Ok(move |a: i64, b: i64| next.touch(a, b))
    }

    /// The post `id` if this member may read it here; otherwise "not found".
    pub async fn post(&self, id: i64) -> AppResult<Post> {
        let post = store::by_id(&self.app.db, self.commune.id, id)
            .await?
            .ok_or(AppError::NotFound)?;
        let adjacent = self.adjacency().await?;
        if posts::may_read(&self.reader(), &facts(&post), adjacent) {
            Ok(post)
        } else {
            Err(AppError::NotFound)
        }
    }

    /// The post `id` as this member sees it here: one they may read, and not by
    /// someone they blocked (whose posts are "not found" to them); the post pages and
    /// the API ask this.
    pub async fn post_shown(&self, id: i64) -> AppResult<Post> {
        let post = self.post(id).await?;
        let inbox = self.app.cache.inbox(&self.app.db, self.account.id).await?;
        if inbox.blocked.contains(&post.author_id) {
            return Err(AppError::NotFound);
        }
        Ok(post)
    }

    /// The answers of `post` this member sees, the oldest first: not deleted, not
    /// hidden, not by someone they blocked; [`COMMENTS_SHOWN`] at most.
    pub async fn comments_shown(&self, post: &Post) -> AppResult<Vec<Comment>> {
        let inbox = self.app.cache.inbox(&self.app.db, self.account.id).await?;
        Ok(store::comments_of(&self.app.db, post.id, 0, COMMENTS_SHOWN)
            .await?
            .into_iter()
            .filter(|c| c.deleted_at.is_none() && c.hidden_at.is_none())
            .filter(|c| !inbox.blocked.contains(&c.author_id))
            .collect())
    }

    /// What this member may do with a post they can read.
    pub async fn abilities(&self, post: &Post) -> AppResult<Abilities> {
        let reader = self.reader();
        let facts = facts(post);
        let adjacent = self.adjacency().await?;
        let others = reader.member && post.author_id != reader.user_id;
        Ok(Abilities {
            comment: posts::may_comment(&reader, &facts, &adjacent),
            thank: posts::may_thank(&reader, &facts, &adjacent)
                && !store::has_thanked(&self.app.db, post.id, reader.user_id).await?,
            edit: posts::may_edit(&reader, &facts),
            mark_done: posts::may_mark_done(&reader, &facts),
            // The page offers writing to the author; the message rules decide on sending.
            write: others && post.hidden_at.is_none(),
            report: others && post.hidden_at.is_none(),
            moderate: posts::may_moderate(&reader, &facts),
        })
    }

    /// A page of this neighbourhood's feed.
    pub async fn feed(
        &self,
        kind: Option<PostKind>,
        after: Option<FeedCursor>,
    ) -> AppResult<FeedPage> {
        let limit = posts::FEED_PAGE as i64;
        // One more than shown tells whether a next page exists.
        let inbox = self.app.cache.inbox(&self.app.db, self.account.id).await?;
        let entries = store::feed_page(
            &self.app.db,
            self.neighbourhood.id,
            kind,
            after,
            limit + 1,
            &inbox.blocked,
        )
        .await?;
        let more = entries.len() as i64 > limit;
        let entries = &entries[..entries.len().min(limit as usize)];
        let ids: Vec<i64> = entries
            .iter()
            .filter(|e| e.item_type == store::POST_ITEM)
            .map(|e| e.item_id)
            .collect();
        let mut found = store::by_ids(&self.app.db, self.commune.id, &ids).await?;
        // In the feed's order; a post deleted since the page was read is left out.
        let mut items = Vec::with_capacity(ids.len());
        for id in &ids {
            if let Some(i) = found.iter().position(|p| p.id == *id) {
                items.push(found.swap_remove(i));
            }
        }
        let activity_ids: Vec<i64> = entries
            .iter()
            .filter(|e| e.item_type == gemeng_db::activities::FEED_ITEM)
            .map(|e| e.item_id)
            .collect();
        let mut activities =
            gemeng_db::activities::by_ids(&self.app.db, self.commune.id, &activity_ids).await?;
        // Newest published first, as the feed reads.
        activities.sort_by_key(|a| std::cmp::Reverse((a.created_at, a.id)));
        Ok(FeedPage {
            items,
            activities,
            next: if more {
                entries.last().map(|e| e.cursor())
            } else {
                None
            },
        })
    }

    /// A page of this neighbourhood's feed with only what its cards show: the posts
    /// [`Place::feed`] finds, in the same order. The first page, which every visit
    /// opens, comes from the read cache, unless this reader blocked an author on it.
    pub async fn feed_cards(
        &self,
        kind: Option<PostKind>,
        after: Option<FeedCursor>,
    ) -> AppResult<Arc<FeedCards>> {
        let inbox = self.app.cache.inbox(&self.app.db, self.account.id).await?;
        let (commune, here) = (self.commune.id, self.neighbourhood.id);
        if after.is_none() {
            let page = self
                .app
                .cache
                .feed_cards(commune, here, kind, || {
                    cards_page(self.app, commune, here, kind, None, &[])
                })
                .await?;
            // Without the blocked authors' posts the page would be another one.
            if !page.authors.iter().any(|a| inbox.blocked.contains(a)) {
                return Ok(page);
            }
        }
        Ok(Arc::new(
            cards_page(self.app, commune, here, kind, after, &inbox.blocked).await?,
        ))
    }

    /// Publishes a post with its photos (uploads not yet decoded). Nothing is kept of
    /// a post that fails: not its row, not its photos' files.
    pub async fn publish(
        &self,
        input: &PostInput,
        uploads: Vec<Vec<u8>>,
    ) -> AppResult<Result<i64, FieldErrors>> {
        let checked = match input.check() {
            Ok(checked) => checked,
            Err(errors) => return Ok(Err(errors)),
        };
        rate_limit(
            self.app,
            &format!("posts:{}", self.account.id),
            3600,
            posts::POSTS_PER_HOUR,
        )
        .await?;
        let adjacent = store::adjacent_to(&self.app.db, self.neighbourhood.id).await?;
        let all: Vec<i64> = gemeng_db::neighbourhoods::list(&self.app.db, self.commune.id)
            .await?
            .iter()
            .map(|n| n.id)
            .collect();
        let feeds =
            posts::feed_neighbourhoods(self.neighbourhood.id, checked.audience, &adjacent, &all);
        let key = request_key(&input.request_key);
        let body_html = rich_text(&checked.body);
        let stored_photos = match photos::store(self.app, uploads).await? {
            Ok(stored) => stored,
            Err((_, problem)) => return Ok(Err(FieldErrors::single("photos", problem))),
        };
        let keys: Vec<String> = stored_photos.iter().map(|p| p.key.clone()).collect();
        let written = async {
            let mut tx = self.app.begin().await?;
            let stored = store::create(
                &mut tx,
                &NewPost {
                    commune_id: self.commune.id,
                    neighbourhood_id: self.neighbourhood.id,
                    author_id: self.account.id,
                    kind: checked.kind,
                    audience: checked.audience,
                    title: &checked.title,
                    body: &checked.body,
                    body_html: &body_html,
                    request_key: &key,
                    feeds: &feeds,
                },
                now(),
            )
            .await?;
            if let Stored::New(id) = stored {
                attach(&mut tx, id, &stored_photos).await?;
            }
            self.app.commit(tx).await?;
            Ok::<_, AppError>(stored)
        }
        .await;
        match written {
            Ok(Stored::New(id)) => Ok(Ok(id)),
            // The same form sent twice: the first post stands, with its own photos.
            Ok(Stored::Again(id)) => {
                photos::discard(self.app, keys).await;
                Ok(Ok(id))
            }
            Err(e) => {
                photos::discard(self.app, keys).await;
                Err(e)
            }
        }
    }

    /// Changes a post's title and text, removes the photos of `remove` and adds
    /// `uploads`, within [`posts::PHOTOS_MAX`].
    pub async fn edit(
        &self,
        post: &Post,
        input: &EditInput,
        uploads: Vec<Vec<u8>>,
        remove: &[i64],
    ) -> AppResult<Result<(), FieldErrors>> {
        if !posts::may_edit(&self.reader(), &facts(post)) {
            return Err(AppError::Forbidden);
        }
        let mut errors = FieldErrors::new();
        let title = errors.check("title", posts::check_title(&input.title));
        let body = errors.check("body", posts::check_body(&input.body));
        let current = gemeng_db::photos::of_post(&self.app.db, post.id).await?;
        let kept = current.iter().filter(|p| !remove.contains(&p.id)).count();
        if kept + uploads.len() > posts::PHOTOS_MAX {
            errors.add("photos", "post-error-photos-too-many");
        }
        let (Some(title), Some(body), true) = (title, body, errors.is_empty()) else {
            return Ok(Err(errors));
        };
        if !uploads.is_empty() {
            rate_limit(
                self.app,
                &format!("photos:{}", self.account.id),
                3600,
                posts::PHOTOS_PER_HOUR,
            )
            .await?;
        }
        let stored_photos = match photos::store(self.app, uploads).await? {
            Ok(stored) => stored,
            Err((_, problem)) => return Ok(Err(FieldErrors::single("photos", problem))),
        };
        let keys: Vec<String> = stored_photos.iter().map(|p| p.key.clone()).collect();
        let written = async {
            let mut tx = self.app.begin().await?;
            store::edit(&mut tx, post.id, &title, &body, &rich_text(&body), now()).await?;
            let removed = gemeng_db::photos::detach(&mut tx, post.id, remove).await?;
            attach(&mut tx, post.id, &stored_photos).await?;
            self.app.commit(tx).await?;
            Ok::<_, AppError>(removed)
        }
        .await;
        match written {
            Ok(removed) => {
                photos::discard(self.app, removed).await;
                Ok(Ok(()))
            }
            Err(e) => {
                photos::discard(self.app, keys).await;
                match e {
                    AppError::Invalid(errors) => Ok(Err(errors)),
                    e => Err(e),
                }
            }
        }
    }

    pub async fn delete(&self, post: &Post) -> AppResult<()> {
        if !posts::may_edit(&self.reader(), &facts(post)) {
            return Err(AppError::Forbidden);
        }
        let mut tx = self.app.begin().await?;
        let photo_keys = store::delete(&mut tx, post.id, now()).await?;
        self.app.commit(tx).await?;
        photos::discard(self.app, photo_keys).await;
        Ok(())
    }

    pub async fn mark_done(&self, post: &Post) -> AppResult<()> {
        if !posts::may_mark_done(&self.reader(), &facts(post)) {
            return Err(AppError::Conflict("post-error-not-done-able"));
        }
        let mut tx = self.app.begin().await?;
        store::mark_done(&mut tx, post.id).await?;
        self.app.commit(tx).await?;
        Ok(())
    }

    /// Says "thank you"; a second thanks changes nothing.
    pub async fn thank(&self, post: &Post) -> AppResult<()> {
        let adjacent = self.adjacency().await?;
        if !posts::may_thank(&self.reader(), &facts(post), adjacent) {
            return Err(AppError::Conflict("post-error-no-thanks"));
        }
        rate_limit(
            self.app,
            &format!("thanks:{}", self.account.id),
            3600,
            posts::THANKS_PER_HOUR,
        )
        .await?;
        let mut tx = self.app.begin().await?;
        store::thank(&mut tx, post.id, self.account.id, now()).await?;
        self.app.commit(tx).await?;
        Ok(())
    }

    pub async fn comment(
        &self,
        post: &Post,
        input: &CommentInput,
    ) -> AppResult<Result<i64, FieldErrors>> {
        let adjacent = self.adjacency().await?;
        if !posts::may_comment(&self.reader(), &facts(post), adjacent) {
            return Err(AppError::Conflict("comment-error-closed"));
        }
        let body = match posts::check_comment(&input.body) {
            Ok(body) => body,
            Err(message) => return Ok(Err(FieldErrors::single("body", message))),
        };
        rate_limit(
            self.app,
            &format!("comments:{}", self.account.id),
            3600,
            posts::COMMENTS_PER_HOUR,
        )
        .await?;
        let key = request_key(&input.request_key);
        let mut tx = self.app.begin().await?;
        let stored: Stored = store::add_comment(
            &mut tx,
            post.id,
            self.account.id,
            &body,
            &rich_text(&body),
            &key,
            now(),
        )
        .await?;
        if let Stored::New(id) = stored {
            crate::notices::reply_posted(
                &mut tx,
                self.app,
                self.commune,
                post,
                self.account,
                id,
                &body,
            )
            .await?;
        }
        self.app.commit(tx).await?;
        Ok(Ok(stored.id()))
    }

    /// A comment of `post`, if it is there and not deleted.
    pub async fn comment_of(&self, post: &Post, id: i64) -> AppResult<Comment> {
        store::comment_by_id(&self.app.db, id)
            .await?
            .filter(|c| c.post_id == post.id && c.deleted_at.is_none())
            .ok_or(AppError::NotFound)
    }

    /// Whether this member may edit or delete the comment: its author, while the post
    /// is open to comments and the comment is not hidden.
    pub fn may_change_comment(&self, comment: &Comment) -> bool {
        comment.author_id == self.account.id && comment.hidden_at.is_none()
    }

    pub async fn edit_comment(
        &self,
        comment: &Comment,
        input: &CommentInput,
    ) -> AppResult<Result<(), FieldErrors>> {
        if !self.may_change_comment(comment) {
            return Err(AppError::Forbidden);
        }
        let body = match posts::check_comment(&input.body) {
            Ok(body) => body,
            Err(message) => return Ok(Err(FieldErrors::single("body", message))),
        };
        let mut tx = self.app.begin().await?;
        store::edit_comment(&mut tx, comment.id, &body, &rich_text(&body), now()).await?;
        self.app.commit(tx).await?;
        Ok(Ok(()))
    }

    pub async fn delete_comment(&self, comment: &Comment) -> AppResult<()> {
        if !self.may_change_comment(comment) {
            return Err(AppError::Forbidden);
        }
        let mut tx = self.app.begin().await?;
        store::delete_comment(&mut tx, comment.id, comment.post_id, now()).await?;
        self.app.commit(tx).await?;
        Ok(())
    }
}

/// How many answers a post shows (the oldest first), on its page and over the API.
pub const COMMENTS_SHOWN: i64 = 200;

/// How long a card's excerpt of its post's text is, in characters.
pub const EXCERPT: usize = 160;

/// A page of a feed as cards (see [`Place::feed_cards`]), leaving out `unwanted`
/// authors' posts.
async fn cards_page(
    app: &App,
    commune_id: i64,
    neighbourhood_id: i64,
    kind: Option<PostKind>,
    after: Option<FeedCursor>,
    unwanted: &[i64],
) -> DbResult<FeedCards> {
    let limit = posts::FEED_PAGE;
    // One more than shown tells whether a next page exists.
    let entries = store::feed_page(
        &app.db,
        neighbourhood_id,
        kind,
        after,
        limit as i64 + 1,
        unwanted,
    )
    .await?;
    let next = (entries.len() > limit).then(|| entries[limit - 1].cursor());
    let ids: Vec<i64> = entries
        .iter()
        .filter(|e| e.item_type == store::POST_ITEM)
        .map(|e| e.item_id)
        .collect();
    let activity_ids: Vec<i64> = entries
        .iter()
        .filter(|e| e.item_type == gemeng_db::activities::FEED_ITEM)
        .map(|e| e.item_id)
        .collect();
    // The one after the page too: its author decides for readers who blocked them.
    let mut found = store::cards_by_ids(&app.db, commune_id, &ids).await?;
    let mut activities = gemeng_db::activities::by_ids(&app.db, commune_id, &activity_ids).await?;
    let authors = found
        .iter()
        .map(|p| p.author_id)
        .chain(activities.iter().filter_map(|a| a.organiser_id))
        .collect();
    let shown = &entries[..entries.len().min(limit)];
    // In the feed's order; an item deleted since the page was read is left out.
    let mut cards = Vec::with_capacity(shown.len());
    for entry in shown {
        if entry.item_type == store::POST_ITEM {
            if let Some(i) = found.iter().position(|p| p.id == entry.item_id) {
                let post = found.swap_remove(i);
                let excerpt = card_excerpt(app, &post).await?;
                cards.push(FeedItem::Post(post, excerpt));
            }
        } else if entry.item_type == gemeng_db::activities::FEED_ITEM {
            if let Some(i) = activities.iter().position(|a| a.id == entry.item_id) {
                cards.push(FeedItem::Activity(activities.swap_remove(i)));
            }
        }
    }
    Ok(FeedCards {
        cards,
        next,
        posts: ids,
        authors,
    })
}

/// A card's excerpt, as made from the whole text. The start the card read is enough
/// unless it was cut and, on one line, is still not longer than the excerpt (a text
/// of mostly blank space): then the whole text is read.
async fn card_excerpt(app: &App, post: &PostCard) -> DbResult<String> {
    let on_one_line = |text: &str| {
        text.split_whitespace()
            .map(|w| w.chars().count() + 1)
            .sum::<usize>()
            .saturating_sub(1)
    };
    if post.text_is_cut() && on_one_line(&post.text_start) <= EXCERPT {
        if let Some(whole) = store::by_id(&app.db, post.commune_id, post.id).await? {
            return Ok(excerpt(&whole.body, EXCERPT));
        }
    }
    Ok(excerpt(&post.text_start, EXCERPT))
}

/// Attaches stored photos to a post, within [`posts::PHOTOS_MAX`] counted inside the
/// transaction (the checks before it read what may have changed since); beyond it, a
/// form error that makes the caller roll back and discard the files.
pub(super) async fn attach(
    tx: &mut gemeng_db::Tx,
    post_id: i64,
    stored: &[photos::StoredPhoto],
) -> AppResult<()> {
    let new: Vec<gemeng_db::photos::NewPhoto> = stored
        .iter()
        .map(|p| gemeng_db::photos::NewPhoto {
            file_key: &p.key,
            width: p.width,
            height: p.height,
        })
        .collect();
    if gemeng_db::photos::attach_within(tx, post_id, &new, posts::PHOTOS_MAX, now()).await? {
        Ok(())
    } else {
        Err(too_many_photos())
    }
}

fn too_many_photos() -> AppError {
    AppError::Invalid(FieldErrors::single("photos", "post-error-photos-too-many"))
}

/// What a member may do with a post, for the page to offer only that.
#[derive(Debug, Clone, Copy, Default)]
pub struct Abilities {
    pub comment: bool,
    pub thank: bool,
    pub edit: bool,
    pub mark_done: bool,
    pub write: bool,
    pub report: bool,
    pub moderate: bool,
}

pub struct FeedPage {
    pub items: Vec<Post>,
    /// The neighbourhood's activities published within the page.
    pub activities: Vec<gemeng_db::activities::Activity>,
    pub next: Option<FeedCursor>,
}

/// A new post as typed in the form or sent to the API.
#[derive(Debug, Clone, Default, Deserialize, ToSchema)]
#[serde(default)]
pub struct PostInput {
    /// One of information, offer-service, request-service, give, lend, borrow,
    /// offer-help, request-help.
    pub kind: String,
    /// neighbourhood (the default), adjacent or commune.
    pub audience: String,
    pub title: String,
    pub body: String,
    /// Any text of 8 to 64 letters, digits, `-` or `_`, unique per post: sending the
    /// same key again returns the post made the first time instead of a second one.
    pub request_key: String,
}

pub struct CheckedPost {
    pub kind: PostKind,
    pub audience: Audience,
    pub title: String,
    pub body: String,
}

impl PostInput {
    pub fn check(&self) -> Result<CheckedPost, FieldErrors> {
        let mut errors = FieldErrors::new();
        let kind = errors.check(
            "kind",
            PostKind::parse(self.kind.trim()).ok_or("post-error-kind"),
        );
        let audience = match self.audience.trim() {
            "" => Some(Audience::default()),
            given => errors.check(
                "audience",
                Audience::parse(given).ok_or("post-error-audience"),
            ),
        };
        let title = errors.check("title", posts::check_title(&self.title));
        let body = errors.check("body", posts::check_body(&self.body));
        match (kind, audience, title, body) {
            (Some(kind), Some(audience), Some(title), Some(body)) => Ok(CheckedPost {
                kind,
                audience,
                title,
                body,
            }),
            _ => Err(errors),
        }
    }
}

#[derive(Debug, Clone, Default, Deserialize, ToSchema)]
#[serde(default)]
pub struct EditInput {
    pub title: String,
    pub body: String,
}

#[derive(Debug, Clone, Default, Deserialize, ToSchema)]
#[serde(default)]
pub struct CommentInput {
    pub body: String,
    /// As for posts: the same key twice makes one comment.
    pub request_key: String,
}

/// The one-time key of a form or API call; a missing or malformed one is replaced by
/// a fresh key (the request then simply has no protection against repeating).
pub fn request_key(given: &str) -> String {
    let given = given.trim();
    let well_formed = (8..=64).contains(&given.len())
        && given
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
    if well_formed {
        given.to_string()
    } else {
        gemeng_core::codes::random_token()
    }
}

/// A fresh key for a form.
pub fn new_request_key() -> String {
    gemeng_core::codes::random_token()
}

/// Whether a post state should be shown as done.
pub fn is_done(post: &Post) -> bool {
    *post.state == PostState::Done
}
