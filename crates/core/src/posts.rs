//! Posts in a neighbourhood: what they are (kinds, audiences, states), what their text
//! may hold, who may read, comment on, thank, edit and moderate them, which
//! neighbourhoods' feeds they appear in, and how a feed is paged.
//!
//! Storage reads the facts ([`PostFacts`], the [`Reader`], the adjacency of
//! neighbourhoods), these functions decide, and the server refuses with 404 whatever
//! [`may_read`] refuses, so that a post's existence is not told to those who may not
//! read it.

use serde::{Deserialize, Serialize};

use crate::account::Role;
use crate::permissions::Actor;
use crate::validation::{has_visible_character, is_format_or_invisible, is_joiner};

/// What a post offers or asks for. Dated activities are not posts: they have their own
/// type and join the feed beside posts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(into = "&'static str", try_from = "String")]
pub enum PostKind {
    Information,
    OfferService,
    RequestService,
    GiveObject,
    LendObject,
    BorrowRequest,
    OfferHelp,
    RequestHelp,
}

impl PostKind {
    /// In the order the forms offer them.
    pub const ALL: [PostKind; 8] = [
        PostKind::Information,
        PostKind::OfferService,
        PostKind::RequestService,
        PostKind::GiveObject,
        PostKind::LendObject,
        PostKind::BorrowRequest,
        PostKind::OfferHelp,
        PostKind::RequestHelp,
    ];

    /// The name in storage, URLs (`?kind=lend`) and the API.
    pub fn as_str(self) -> &'static str {
        match self {
            PostKind::Information => "information",
            PostKind::OfferService => "offer-service",
            PostKind::RequestService => "request-service",
            PostKind::GiveObject => "give",
            PostKind::LendObject => "lend",
            PostKind::BorrowRequest => "borrow",
            PostKind::OfferHelp => "offer-help",
            PostKind::RequestHelp => "request-help",
        }
    }

    pub fn parse(s: &str) -> Option<PostKind> {
        PostKind::ALL.into_iter().find(|k| k.as_str() == s)
    }

    /// The Fluent message naming the kind: `post-kind-` and [`PostKind::as_str`].
    pub fn message_id(self) -> &'static str {
        match self {
            PostKind::Information => "post-kind-information",
            PostKind::OfferService => "post-kind-offer-service",
            PostKind::RequestService => "post-kind-request-service",
            PostKind::GiveObject => "post-kind-give",
            PostKind::LendObject => "post-kind-lend",
            PostKind::BorrowRequest => "post-kind-borrow",
            PostKind::OfferHelp => "post-kind-offer-help",
            PostKind::RequestHelp => "post-kind-request-help",
        }
    }

    /// Offers and requests end (the drill was lent, the help was found), so their author
    /// marks them done and the feed stops asking neighbours to answer. Information
    /// does not end.
    pub fn can_be_done(self) -> bool {
        self != PostKind::Information
    }
}

/// Who a post is for. Every audience includes the post's own neighbourhood.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(into = "&'static str", try_from = "String")]
pub enum Audience {
    /// The author's neighbourhood only: the default, the most private choice.
    #[default]
    Neighbourhood,
    /// The author's neighbourhood and those touching it (computed from the polygons
    /// at import, see [`crate::geography::adjacent_pairs`]).
    Adjacent,
    /// Every member of the commune.
    Commune,
}

impl Audience {
    pub const ALL: [Audience; 3] = [
        Audience::Neighbourhood,
        Audience::Adjacent,
        Audience::Commune,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Audience::Neighbourhood => "neighbourhood",
            Audience::Adjacent => "adjacent",
            Audience::Commune => "commune",
        }
    }

    pub fn parse(s: &str) -> Option<Audience> {
        Audience::ALL.into_iter().find(|a| a.as_str() == s)
    }

    /// The Fluent message naming the audience: `post-audience-` and [`Audience::as_str`].
    pub fn message_id(self) -> &'static str {
        match self {
            Audience::Neighbourhood => "post-audience-neighbourhood",
            Audience::Adjacent => "post-audience-adjacent",
            Audience::Commune => "post-audience-commune",
        }
    }
}

/// Whether an offer or request still waits for an answer.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(into = "&'static str", try_from = "String")]
pub enum PostState {
    #[default]
    Open,
    Done,
}

impl PostState {
    pub const ALL: [PostState; 2] = [PostState::Open, PostState::Done];

    pub fn as_str(self) -> &'static str {
        match self {
            PostState::Open => "open",
            PostState::Done => "done",
        }
    }

    pub fn parse(s: &str) -> Option<PostState> {
        PostState::ALL.into_iter().find(|s2| s2.as_str() == s)
    }
}

/// One table of names per enum: serde, storage (`TryFrom<String>`, as sqlx's
/// `try_from` asks) and the forms all go through `as_str` and `parse`.
macro_rules! named {
    ($type:ident, $what:literal) => {
        impl From<$type> for &'static str {
            fn from(value: $type) -> &'static str {
                value.as_str()
            }
        }

        impl TryFrom<String> for $type {
            type Error = String;
            fn try_from(s: String) -> Result<Self, String> {
                $type::parse(&s).ok_or_else(|| format!(concat!("unknown ", $what, " {:?}"), s))
            }
        }
    };
}

named!(PostKind, "post kind");
named!(Audience, "audience");
named!(PostState, "post state");

/// The longest title, in characters: one line on a phone, two at most.
pub const TITLE_MAX: usize = 120;
/// The longest post text, in characters: a long letter, not a brochure.
pub const BODY_MAX: usize = 5_000;
/// The longest comment, in characters.
pub const COMMENT_MAX: usize = 2_000;
/// The most photos one post carries.
pub const PHOTOS_MAX: usize = 4;
/// How many blank lines in a row a text keeps: enough to set a part apart, too few to
/// push a post's end (or the next post) out of sight.
pub const BLANK_LINES_MAX: usize = 2;

/// Characters a reader cannot see that could hide or reorder what they can see:
/// control characters (tab and line breaks are dealt with before) and format
/// characters such as bidirectional overrides. The zero-width joiners stay, because
/// emoji sequences and several scripts need them (see [`is_joiner`]).
fn is_hidden(c: char) -> bool {
    c.is_control() || (is_format_or_invisible(c) && !is_joiner(c))
}

/// A post's title: one line, spaces (and any line breaks or tabs pasted into it)
/// collapsed to single spaces, trimmed, hidden characters removed, at most
/// [`TITLE_MAX`] characters and at least one visible one.
pub fn check_title(input: &str) -> Result<String, &'static str> {
    let mut title = String::with_capacity(input.len());
    let mut space = false;
    for c in input.chars() {
        if c.is_whitespace() {
            space = true;
        } else if !is_hidden(c) {
            if space && !title.is_empty() {
                title.push(' ');
            }
            space = false;
            title.push(c);
        }
    }
    if !has_visible_character(&title) {
        // Nothing typed, or only characters nobody would see in the feed.
        return Err(if input.trim().is_empty() {
            "post-error-title-empty"
        } else {
            "post-error-title-invisible"
        });
    }
    if title.chars().count() > TITLE_MAX {
        return Err("post-error-title-long");
    }
    Ok(title)
}

/// A post's text; see [`clean_text`] for what is kept. Up to [`BODY_MAX`] characters.
pub fn check_body(input: &str) -> Result<String, &'static str> {
    bounded(
        input,
        BODY_MAX,
        "post-error-body-empty",
        "post-error-body-long",
    )
}

/// A comment's text; like [`check_body`], up to [`COMMENT_MAX`] characters.
pub fn check_comment(input: &str) -> Result<String, &'static str> {
    bounded(
        input,
        COMMENT_MAX,
        "comment-error-empty",
        "comment-error-long",
    )
}

pub(crate) fn bounded(
    input: &str,
    max: usize,
    empty: &'static str,
    long: &'static str,
) -> Result<String, &'static str> {
    let text = clean_text(input);
    // A text of only invisible characters shows as nothing: it is empty.
    if !has_visible_character(&text) {
        return Err(empty);
    }
    if text.chars().count() > max {
        return Err(long);
    }
    Ok(text)
}

/// Plain text of several paragraphs as people type or paste it: every kind of line
/// break (CRLF, CR, and the Unicode line and paragraph separators) becomes `\n`, a tab
/// a space; other hidden characters are removed; spaces ending a line are dropped;
/// more than [`BLANK_LINES_MAX`] blank lines in a row are cut to that many; the whole
/// is trimmed. Rendering (links, escaping) is the server's: this only bounds the text.
pub fn clean_text(input: &str) -> String {
    let input = input.replace("\r\n", "\n");
    let mut lines = Vec::new();
    let mut line = String::new();
    for c in input.chars() {
        match c {
            '\n' | '\r' | '\u{0B}' | '\u{0C}' | '\u{85}' | '\u{2028}' | '\u{2029}' => {
                lines.push(std::mem::take(&mut line));
            }
            '\t' => line.push(' '),
            c if is_hidden(c) => {}
            c => line.push(c),
        }
    }
    lines.push(line);
    let mut text = String::with_capacity(input.len());
    let mut blanks = 0;
    for line in &lines {
        let line = line.trim_end();
        if line.is_empty() {
            blanks += 1;
            if blanks > BLANK_LINES_MAX {
                continue;
            }
        } else {
            blanks = 0;
        }
        text.push_str(line);
        text.push('\n');
    }
    text.trim().to_string()
}

/// Facts about a post the rules need.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PostFacts {
    pub commune_id: i64,
    /// The neighbourhood it was posted in: its author's when they posted it.
    pub neighbourhood_id: i64,
    pub audience: Audience,
    pub author_id: i64,
    pub kind: PostKind,
    pub state: PostState,
    /// Hidden by a moderator, who may restore it.
    pub hidden: bool,
    /// Deleted by its author: gone for everybody.
    pub deleted: bool,
}

/// What a reader moderates.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Moderates {
    Nothing,
    /// A moderator of their own neighbourhood: a resident named by staff.
    Neighbourhood(i64),
    /// Commune staff and admins: every neighbourhood of their commune.
    Commune,
}

/// The reader as the rules see them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reader {
    pub user_id: i64,
    pub commune_id: i64,
    /// The neighbourhood of the reader's address, if they gave one.
    pub neighbourhood_id: Option<i64>,
    /// A confirmed e-mail address and a verified residence in `neighbourhood_id`.
    pub member: bool,
    pub moderates: Moderates,
}

impl Reader {
    /// The reader a signed-in person is, or `None` for operators, who belong to no
    /// commune and read no neighbourhood. The server still checks that the actor's
    /// commune is the one in the URL (as [`crate::permissions::decide`] does).
    pub fn of(actor: &Actor) -> Option<Reader> {
        let commune_id = actor.commune_id?;
        let member = actor
            .neighbourhood_id
            .is_some_and(|n| actor.is_member_of(n));
        let moderates = match (actor.role, actor.neighbourhood_id) {
            (Role::Staff | Role::Admin, _) => Moderates::Commune,
            // A moderator who is no longer a member there (moved, refused) moderates
            // nothing until staff name them again.
            (Role::Moderator, Some(n)) if member => Moderates::Neighbourhood(n),
            _ => Moderates::Nothing,
        };
        Some(Reader {
            user_id: actor.user_id,
            commune_id,
            neighbourhood_id: actor.neighbourhood_id,
            member,
            moderates,
        })
    }
}

/// Whether `reader` moderates the neighbourhood `post` was posted in, as a member.
fn moderates_neighbourhood(reader: &Reader, post: &PostFacts) -> bool {
    reader.member && reader.moderates == Moderates::Neighbourhood(post.neighbourhood_id)
}

/// Whether `reader` may see `post` (and its comments, thanks and photos).
/// `adjacent(a, b)` tells whether neighbourhoods a and b touch (symmetric).
///
/// A deleted post or one of another commune: nobody. Staff and admins of the commune
/// read everything in it, hidden posts too, because they judge reports. Otherwise
/// only members read: their own posts always (they may edit them even after moving),
/// hidden posts if they moderate its neighbourhood, and other posts if their
/// neighbourhood is in the post's audience.
pub fn may_read(reader: &Reader, post: &PostFacts, adjacent: impl Fn(i64, i64) -> bool) -> bool {
    if post.deleted || reader.commune_id != post.commune_id {
        return false;
    }
    if reader.moderates == Moderates::Commune {
        return true;
    }
    // A pending or unconfirmed account reads nothing, not even what it wrote.
    if !reader.member {
        return false;
    }
    if reader.user_id == post.author_id || moderates_neighbourhood(reader, post) {
        return true;
    }
    if post.hidden {
        return false;
    }
    match post.audience {
        Audience::Commune => true,
        Audience::Neighbourhood => reader.neighbourhood_id == Some(post.neighbourhood_id),
        Audience::Adjacent => reader.neighbourhood_id.is_some_and(|home| {
            home == post.neighbourhood_id || adjacent(home, post.neighbourhood_id)
        }),
    }
}

/// Whether `reader` may comment on `post`: a member who reads it, and it is not
/// hidden (a hidden post is under review; its author reads it but nobody adds to it).
/// Staff who are not members read every post but comment on none. Deleted posts are
/// read by nobody, so commented on by nobody.
pub fn may_comment(reader: &Reader, post: &PostFacts, adjacent: impl Fn(i64, i64) -> bool) -> bool {
    reader.member && !post.hidden && may_read(reader, post, adjacent)
}

/// Whether `reader` may say "thank you" for `post`: as for commenting, but not for
/// one's own post.
pub fn may_thank(reader: &Reader, post: &PostFacts, adjacent: impl Fn(i64, i64) -> bool) -> bool {
    reader.user_id != post.author_id && may_comment(reader, post, adjacent)
}

/// Whether `reader` may edit `post`, or delete it (the same rule): its author, still a
/// member, and the post is neither hidden (editing would escape the moderator's
/// review) nor deleted.
pub fn may_edit(reader: &Reader, post: &PostFacts) -> bool {
    reader.user_id == post.author_id
        && reader.commune_id == post.commune_id
        && reader.member
        && !post.hidden
        && !post.deleted
}

/// Whether `reader` may mark `post` done: its author may, once, for an offer or a
/// request that is still open.
pub fn may_mark_done(reader: &Reader, post: &PostFacts) -> bool {
    post.kind.can_be_done() && post.state == PostState::Open && may_edit(reader, post)
}

/// Whether `reader` may hide or restore `post`: staff and admins of its commune, or
/// a member moderating its neighbourhood; never the post's author, who would judge
/// their own case. A deleted post is gone: there is nothing left to hide or restore.
pub fn may_moderate(reader: &Reader, post: &PostFacts) -> bool {
    reader.commune_id == post.commune_id
        && !post.deleted
        && reader.user_id != post.author_id
        && (reader.moderates == Moderates::Commune || moderates_neighbourhood(reader, post))
}

/// Which neighbourhoods' feeds a post appears in: its own; and those adjacent to it
/// for [`Audience::Adjacent`]; every neighbourhood of the commune for
/// [`Audience::Commune`]. Sorted, without repeats. Storage writes one feed row per
/// neighbourhood, so a feed page is one index range, whatever the audience.
pub fn feed_neighbourhoods(
    post_neighbourhood: i64,
    audience: Audience,
    adjacent_to_it: &[i64],
    all_in_commune: &[i64],
) -> Vec<i64> {
    let mut feeds = vec![post_neighbourhood];
    match audience {
        Audience::Neighbourhood => {}
        Audience::Adjacent => feeds.extend_from_slice(adjacent_to_it),
        Audience::Commune => feeds.extend_from_slice(all_in_commune),
    }
    feeds.sort_unstable();
    feeds.dedup();
    feeds
}

/// Items on one feed page.
pub const FEED_PAGE: usize = 20;

const CURSOR_ERROR: &str = "feed-error-cursor";

/// Keyset paging of a feed, newest first: the position after the last item shown, its
/// time (`at`, seconds) and id. The next page holds the items that come after it (see
/// [`FeedCursor::comes_after`]), so a page costs the same at any depth, and posts
/// published meanwhile neither repeat nor push items off the next page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct FeedCursor {
    pub at: i64,
    pub id: i64,
}

impl FeedCursor {
    /// A short URL-safe text, such as `1732900000-4711`. Times and ids are never
    /// negative; a negative one gives a text that [`FeedCursor::parse`] refuses.
    pub fn encode(&self) -> String {
        format!("{}-{}", self.at, self.id)
    }

    /// Reads what [`FeedCursor::encode`] wrote, and nothing else: two numbers without
    /// sign or leading zero, joined by one `-`, each fitting in an `i64`.
    pub fn parse(s: &str) -> Result<FeedCursor, &'static str> {
        let (at, id) = s.split_once('-').ok_or(CURSOR_ERROR)?;
        Ok(FeedCursor {
            at: cursor_number(at)?,
            id: cursor_number(id)?,
        })
    }

    /// Whether the item published at `at` with id `id` comes after this position in
    /// a newest-first feed: older, or as old with a smaller id. Storage asks the same
    /// with `(at, id) < (?, ?)`.
    pub fn comes_after(&self, at: i64, id: i64) -> bool {
        (at, id) < (self.at, self.id)
    }
}

/// One number of a cursor, in the one spelling `encode` gives it, so that a cursor
/// has one text (and a cache or log sees one page as one URL).
fn cursor_number(s: &str) -> Result<i64, &'static str> {
    // `str::parse` alone would take a sign ("+5"); an empty text it refuses.
    if !s.bytes().all(|b| b.is_ascii_digit()) || (s.len() > 1 && s.starts_with('0')) {
        return Err(CURSOR_ERROR);
    }
    s.parse().map_err(|_| CURSOR_ERROR)
}

/// Limits per user, counted by the server's database rate limiter over the last hour.
/// A neighbour who posts more than this is a machine or in a quarrel.
pub const POSTS_PER_HOUR: i64 = 10;
pub const COMMENTS_PER_HOUR: i64 = 60;
pub const THANKS_PER_HOUR: i64 = 120;
pub const REPORTS_PER_HOUR: i64 = 20;
/// Photos added to existing posts (each one over the API, each change with photos on
/// the pages): a post's four, ten times over.
pub const PHOTOS_PER_HOUR: i64 = 40;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::account::Residence;
    use proptest::prelude::*;

    const COMMUNE: i64 = 1;
    const OTHER_COMMUNE: i64 = 2;
    const GARE: i64 = 10;
    const BONNEVOIE: i64 = 11;
    const KIRCHBERG: i64 = 12;
    const AUTHOR: i64 = 100;

    /// Gare and Bonnevoie touch; Kirchberg touches neither.
    fn adjacent(a: i64, b: i64) -> bool {
        (a.min(b), a.max(b)) == (GARE, BONNEVOIE)
    }

    fn post(audience: Audience) -> PostFacts {
        PostFacts {
            commune_id: COMMUNE,
            neighbourhood_id: GARE,
            audience,
            author_id: AUTHOR,
            kind: PostKind::LendObject,
            state: PostState::Open,
            hidden: false,
            deleted: false,
        }
    }

    fn hidden(audience: Audience) -> PostFacts {
        PostFacts {
            hidden: true,
            ..post(audience)
        }
    }

    fn deleted(audience: Audience) -> PostFacts {
        PostFacts {
            deleted: true,
            ..post(audience)
        }
    }

    fn member(user_id: i64, neighbourhood: i64) -> Reader {
        Reader {
            user_id,
            commune_id: COMMUNE,
            neighbourhood_id: Some(neighbourhood),
            member: true,
            moderates: Moderates::Nothing,
        }
    }

    fn author() -> Reader {
        member(AUTHOR, GARE)
    }

    fn pending(user_id: i64, neighbourhood: i64) -> Reader {
        Reader {
            member: false,
            ..member(user_id, neighbourhood)
        }
    }

    fn moderator(user_id: i64, neighbourhood: i64) -> Reader {
        Reader {
            moderates: Moderates::Neighbourhood(neighbourhood),
            ..member(user_id, neighbourhood)
        }
    }

    /// Staff live anywhere or nowhere and need not be members.
    fn staff(user_id: i64) -> Reader {
        Reader {
            user_id,
            commune_id: COMMUNE,
            neighbourhood_id: None,
            member: false,
            moderates: Moderates::Commune,
        }
    }

    fn reads(reader: &Reader, post: &PostFacts) -> bool {
        may_read(reader, post, adjacent)
    }

    #[test]
    fn names_round_trip_and_match_their_messages() {
        for kind in PostKind::ALL {
            assert_eq!(PostKind::parse(kind.as_str()), Some(kind));
            assert_eq!(kind.message_id(), format!("post-kind-{}", kind.as_str()));
        }
        let names: Vec<_> = PostKind::ALL.iter().map(|k| k.as_str()).collect();
        assert_eq!(
            names,
            [
                "information",
                "offer-service",
                "request-service",
                "give",
                "lend",
                "borrow",
                "offer-help",
                "request-help"
            ]
        );
        for audience in Audience::ALL {
            assert_eq!(Audience::parse(audience.as_str()), Some(audience));
            assert_eq!(
                audience.message_id(),
                format!("post-audience-{}", audience.as_str())
            );
        }
        let names: Vec<_> = Audience::ALL.iter().map(|a| a.as_str()).collect();
        assert_eq!(names, ["neighbourhood", "adjacent", "commune"]);
        assert_eq!(PostState::Open.as_str(), "open");
        assert_eq!(PostState::Done.as_str(), "done");
        for state in PostState::ALL {
            assert_eq!(PostState::parse(state.as_str()), Some(state));
        }
        for unknown in ["", "Lend", "lend ", "give-object", "event", "open-help"] {
            assert_eq!(PostKind::parse(unknown), None, "{unknown:?}");
        }
        assert_eq!(Audience::parse("Commune"), None);
        assert_eq!(Audience::parse(""), None);
        assert_eq!(PostState::parse("closed"), None);
        assert_eq!(Audience::default(), Audience::Neighbourhood);
        assert_eq!(PostState::default(), PostState::Open);
    }

    #[test]
    fn serde_and_storage_use_the_same_names() {
        for kind in PostKind::ALL {
            let json = serde_json::to_string(&kind).unwrap();
            assert_eq!(json, format!("\"{}\"", kind.as_str()));
            assert_eq!(serde_json::from_str::<PostKind>(&json).unwrap(), kind);
            assert_eq!(PostKind::try_from(kind.as_str().to_string()), Ok(kind));
        }
        for audience in Audience::ALL {
            let json = serde_json::to_string(&audience).unwrap();
            assert_eq!(json, format!("\"{}\"", audience.as_str()));
            assert_eq!(serde_json::from_str::<Audience>(&json).unwrap(), audience);
            assert_eq!(
                Audience::try_from(audience.as_str().to_string()),
                Ok(audience)
            );
        }
        for state in PostState::ALL {
            let json = serde_json::to_string(&state).unwrap();
            assert_eq!(json, format!("\"{}\"", state.as_str()));
            assert_eq!(serde_json::from_str::<PostState>(&json).unwrap(), state);
        }
        assert!(serde_json::from_str::<PostKind>("\"GiveObject\"").is_err());
        assert_eq!(
            PostKind::try_from("event".to_string()),
            Err("unknown post kind \"event\"".to_string())
        );
        assert!(Audience::try_from("world".to_string()).is_err());
        assert!(PostState::try_from("closed".to_string()).is_err());
    }

    #[test]
    fn only_information_cannot_be_done() {
        for kind in PostKind::ALL {
            assert_eq!(
                kind.can_be_done(),
                kind != PostKind::Information,
                "{kind:?}"
            );
        }
    }

    #[test]
    fn titles_are_one_clean_line() {
        assert_eq!(
            check_title("  Bohrmaschine  zu leihen \n"),
            Ok("Bohrmaschine zu leihen".into())
        );
        assert_eq!(
            check_title("Empresto\r\n\tum berbequim"),
            Ok("Empresto um berbequim".into())
        );
        // Hidden characters go; joiners and emoji variation selectors stay.
        assert_eq!(
            check_title("Ana \u{202E}gnp.exe\u{7}"),
            Ok("Ana gnp.exe".into())
        );
        assert_eq!(check_title("a \u{200B} b"), Ok("a b".into()));
        let family = "\u{1F469}\u{200D}\u{1F469}\u{200D}\u{1F467} ❤\u{FE0F}";
        assert_eq!(check_title(family), Ok(family.into()));
        assert_eq!(check_title("می\u{200C}خواهم"), Ok("می\u{200C}خواهم".into()));
        assert_eq!(check_title(""), Err("post-error-title-empty"));
        assert_eq!(check_title(" \t\r\n\u{A0}"), Err("post-error-title-empty"));
        assert_eq!(
            check_title("\u{200B}\u{202E}"),
            Err("post-error-title-invisible")
        );
        assert_eq!(check_title("\u{FE0F}"), Err("post-error-title-invisible"));
        assert_eq!(check_title("\u{7}"), Err("post-error-title-invisible"));
        let longest = "é".repeat(TITLE_MAX);
        assert_eq!(check_title(&longest), Ok(longest.clone()));
        assert_eq!(
            check_title(&format!("{longest}e")),
            Err("post-error-title-long")
        );
        // Counted after cleaning: spaces collapsed and hidden characters do not count.
        assert_eq!(
            check_title(&format!("  {longest}\u{200B}  ")),
            Ok(longest.clone())
        );
        let spaced = format!("{}  {}", "a".repeat(59), "b".repeat(60));
        assert_eq!(check_title(&spaced).unwrap().chars().count(), TITLE_MAX);
    }

    #[test]
    fn bodies_keep_paragraphs() {
        assert_eq!(
            check_body("Moien!\r\nIch verleihe\reine Leiter.\n\nBis geschwënn"),
            Ok("Moien!\nIch verleihe\neine Leiter.\n\nBis geschwënn".into())
        );
        // Two blank lines in a row stay, three become two.
        assert_eq!(check_body("a\n\n\nb"), Ok("a\n\n\nb".into()));
        assert_eq!(check_body("a\n\n\n\nb"), Ok("a\n\n\nb".into()));
        assert_eq!(check_body("a\n \n\t\n\u{A0}\n \nb"), Ok("a\n\n\nb".into()));
        assert_eq!(
            check_body("a\n\n\n\n\n\nb\n\n\n\nc"),
            Ok("a\n\n\nb\n\n\nc".into())
        );
        // Every Unicode line end counts as one.
        assert_eq!(
            check_body("a\u{2028}b\u{2029}c\u{85}d\u{0B}e\u{0C}f\r\r\ng"),
            Ok("a\nb\nc\nd\ne\nf\n\ng".into())
        );
        // Tabs become spaces, spaces ending a line go, indentation stays.
        assert_eq!(
            check_body("  - eng\tLeeder  \n  - e Seel \t\n"),
            Ok("- eng Leeder\n  - e Seel".into())
        );
        assert_eq!(
            check_body("Ana\u{202E} \u{1B}[31mrot\u{0}"),
            Ok("Ana [31mrot".into())
        );
        assert_eq!(
            check_body("👍\u{FE0F}\u{200D}"),
            Ok("👍\u{FE0F}\u{200D}".into())
        );
        assert_eq!(check_body(""), Err("post-error-body-empty"));
        assert_eq!(check_body("\n \r\n\t"), Err("post-error-body-empty"));
        assert_eq!(
            check_body("\u{200B}\n\u{FE0F}"),
            Err("post-error-body-empty")
        );
        let longest = "ü".repeat(BODY_MAX);
        assert_eq!(check_body(&longest), Ok(longest.clone()));
        assert_eq!(
            check_body(&format!("{longest}!")),
            Err("post-error-body-long")
        );
        // Line breaks count as characters; what cleaning removes does not.
        let lines = format!("{}\n{}", "a".repeat(BODY_MAX / 2), "b".repeat(BODY_MAX / 2));
        assert_eq!(check_body(&lines), Err("post-error-body-long"));
        assert_eq!(
            check_body(&format!("\n\n{longest}\u{200B} \n\n")),
            Ok(longest)
        );
    }

    #[test]
    fn comments_are_bodies_with_their_own_limit() {
        assert_eq!(
            check_comment(" Merci!\r\n\r\n\r\n\r\nBis muer "),
            Ok("Merci!\n\n\nBis muer".into())
        );
        assert_eq!(check_comment(" \n"), Err("comment-error-empty"));
        let longest = "x".repeat(COMMENT_MAX);
        assert_eq!(check_comment(&longest), Ok(longest.clone()));
        assert_eq!(
            check_comment(&format!("{longest}x")),
            Err("comment-error-long")
        );
    }

    #[test]
    fn the_audience_decides_which_members_read() {
        let (gare, bonnevoie, kirchberg) =
            (member(1, GARE), member(2, BONNEVOIE), member(3, KIRCHBERG));
        let p = post(Audience::Neighbourhood);
        assert!(reads(&gare, &p));
        assert!(!reads(&bonnevoie, &p));
        assert!(!reads(&kirchberg, &p));
        let p = post(Audience::Adjacent);
        assert!(reads(&gare, &p));
        assert!(reads(&bonnevoie, &p));
        assert!(!reads(&kirchberg, &p));
        let p = post(Audience::Commune);
        assert!(reads(&gare, &p));
        assert!(reads(&bonnevoie, &p));
        assert!(reads(&kirchberg, &p));
    }

    #[test]
    fn the_own_neighbourhood_is_in_every_audience_whatever_adjacency_says() {
        let gare = member(1, GARE);
        for audience in Audience::ALL {
            assert!(
                may_read(&gare, &post(audience), |_, _| false),
                "{audience:?}"
            );
        }
    }

    #[test]
    fn adjacency_is_asked_about_the_readers_and_the_posts_neighbourhood() {
        let kirchberg = member(3, KIRCHBERG);
        let p = post(Audience::Adjacent);
        assert!(may_read(&kirchberg, &p, |a, b| {
            (a.min(b), a.max(b)) == (GARE, KIRCHBERG)
        }));
        assert!(!may_read(&kirchberg, &p, |a, b| {
            (a.min(b), a.max(b)) == (BONNEVOIE, KIRCHBERG)
        }));
    }

    #[test]
    fn a_member_without_a_neighbourhood_reads_only_commune_posts() {
        let nowhere = Reader {
            neighbourhood_id: None,
            ..member(1, GARE)
        };
        assert!(reads(&nowhere, &post(Audience::Commune)));
        assert!(!reads(&nowhere, &post(Audience::Neighbourhood)));
        assert!(!may_read(&nowhere, &post(Audience::Adjacent), |_, _| true));
    }

    #[test]
    fn another_commune_reads_nothing() {
        // Ids of neighbourhoods and people are the same numbers; the commune differs.
        let strangers = [
            Reader {
                commune_id: OTHER_COMMUNE,
                ..member(1, GARE)
            },
            Reader {
                commune_id: OTHER_COMMUNE,
                ..author()
            },
            Reader {
                commune_id: OTHER_COMMUNE,
                ..staff(5)
            },
            Reader {
                commune_id: OTHER_COMMUNE,
                ..moderator(6, GARE)
            },
        ];
        for reader in &strangers {
            for audience in Audience::ALL {
                assert!(!reads(reader, &post(audience)), "{reader:?} {audience:?}");
                assert!(!reads(reader, &hidden(audience)), "{reader:?} {audience:?}");
            }
            assert!(!may_edit(reader, &post(Audience::Commune)), "{reader:?}");
            assert!(
                !may_moderate(reader, &post(Audience::Commune)),
                "{reader:?}"
            );
        }
    }

    #[test]
    fn deleted_posts_are_read_by_nobody() {
        for reader in [author(), member(1, GARE), moderator(6, GARE), staff(5)] {
            for audience in Audience::ALL {
                let p = deleted(audience);
                assert!(!reads(&reader, &p), "{reader:?}");
                assert!(!may_comment(&reader, &p, adjacent));
                assert!(!may_edit(&reader, &p));
                assert!(!may_moderate(&reader, &p));
            }
        }
    }

    #[test]
    fn hidden_posts_are_read_by_their_author_and_moderators() {
        for audience in Audience::ALL {
            let p = hidden(audience);
            assert!(reads(&author(), &p));
            assert!(reads(&moderator(6, GARE), &p));
            assert!(reads(&staff(5), &p));
            assert!(!reads(&member(1, GARE), &p));
            assert!(!reads(&member(2, BONNEVOIE), &p));
            // Another neighbourhood's moderator moderates nothing here.
            assert!(!reads(&moderator(7, BONNEVOIE), &p));
            // A moderator who is no longer a member moderates nothing.
            assert!(!reads(
                &Reader {
                    member: false,
                    ..moderator(6, GARE)
                },
                &p
            ));
        }
    }

    #[test]
    fn non_members_read_nothing() {
        for reader in [
            pending(1, GARE),
            Reader {
                member: false,
                ..author()
            },
            Reader {
                member: false,
                ..moderator(6, GARE)
            },
        ] {
            for audience in Audience::ALL {
                assert!(!reads(&reader, &post(audience)), "{reader:?} {audience:?}");
            }
        }
    }

    #[test]
    fn staff_read_every_post_of_their_commune() {
        for audience in Audience::ALL {
            assert!(reads(&staff(5), &post(audience)));
            assert!(reads(&staff(5), &hidden(audience)));
        }
        // But comment only as members, like anybody.
        assert!(!may_comment(&staff(5), &post(Audience::Commune), adjacent));
        let resident_staff = Reader {
            member: true,
            neighbourhood_id: Some(KIRCHBERG),
            ..staff(5)
        };
        assert!(may_comment(
            &resident_staff,
            &post(Audience::Neighbourhood),
            adjacent
        ));
    }

    #[test]
    fn a_neighbourhood_moderator_reads_as_a_member_elsewhere() {
        let bonnevoie = moderator(7, BONNEVOIE);
        assert!(!reads(&bonnevoie, &post(Audience::Neighbourhood)));
        assert!(reads(&bonnevoie, &post(Audience::Adjacent)));
        assert!(reads(&bonnevoie, &post(Audience::Commune)));
    }

    #[test]
    fn authors_read_their_posts_wherever_they_moved() {
        let moved = member(AUTHOR, KIRCHBERG);
        assert!(reads(&moved, &post(Audience::Neighbourhood)));
        assert!(may_comment(
            &moved,
            &post(Audience::Neighbourhood),
            adjacent
        ));
        assert!(may_edit(&moved, &post(Audience::Neighbourhood)));
    }

    #[test]
    fn members_who_read_comment_unless_hidden() {
        let gare = member(1, GARE);
        assert!(may_comment(&gare, &post(Audience::Neighbourhood), adjacent));
        assert!(!may_comment(
            &member(3, KIRCHBERG),
            &post(Audience::Neighbourhood),
            adjacent
        ));
        assert!(may_comment(
            &member(2, BONNEVOIE),
            &post(Audience::Adjacent),
            adjacent
        ));
        assert!(may_comment(
            &author(),
            &post(Audience::Neighbourhood),
            adjacent
        ));
        // The author and the moderator read a hidden post; nobody comments on it.
        for reader in [author(), moderator(6, GARE), staff(5)] {
            assert!(!may_comment(&reader, &hidden(Audience::Commune), adjacent));
        }
        assert!(!may_comment(
            &pending(1, GARE),
            &post(Audience::Commune),
            adjacent
        ));
    }

    #[test]
    fn thanks_come_from_others() {
        let p = post(Audience::Neighbourhood);
        assert!(may_thank(&member(1, GARE), &p, adjacent));
        assert!(!may_thank(&author(), &p, adjacent));
        assert!(!may_thank(&member(3, KIRCHBERG), &p, adjacent));
        assert!(!may_thank(
            &member(1, GARE),
            &hidden(Audience::Neighbourhood),
            adjacent
        ));
        assert!(!may_thank(&staff(5), &p, adjacent));
    }

    #[test]
    fn only_the_author_edits_an_intact_post() {
        let p = post(Audience::Neighbourhood);
        assert!(may_edit(&author(), &p));
        assert!(!may_edit(&member(1, GARE), &p));
        assert!(!may_edit(&moderator(6, GARE), &p));
        assert!(!may_edit(&staff(5), &p));
        assert!(!may_edit(
            &Reader {
                member: false,
                ..author()
            },
            &p
        ));
        assert!(!may_edit(&author(), &hidden(Audience::Neighbourhood)));
        assert!(!may_edit(&author(), &deleted(Audience::Neighbourhood)));
        // The same user id in another commune is somebody else's account.
        assert!(!may_edit(
            &Reader {
                commune_id: OTHER_COMMUNE,
                ..author()
            },
            &p
        ));
    }

    #[test]
    fn open_offers_and_requests_are_marked_done_once() {
        let p = post(Audience::Neighbourhood);
        assert!(may_mark_done(&author(), &p));
        let done = PostFacts {
            state: PostState::Done,
            ..p.clone()
        };
        assert!(!may_mark_done(&author(), &done));
        let information = PostFacts {
            kind: PostKind::Information,
            ..p.clone()
        };
        assert!(!may_mark_done(&author(), &information));
        assert!(!may_mark_done(&member(1, GARE), &p));
        assert!(!may_mark_done(&author(), &hidden(Audience::Neighbourhood)));
    }

    #[test]
    fn moderators_moderate_their_neighbourhood_and_staff_the_commune() {
        let p = post(Audience::Commune);
        assert!(may_moderate(&staff(5), &p));
        assert!(may_moderate(&staff(5), &hidden(Audience::Commune)));
        assert!(may_moderate(&moderator(6, GARE), &p));
        assert!(may_moderate(
            &moderator(6, GARE),
            &hidden(Audience::Neighbourhood)
        ));
        // A commune-wide post from Gare is not Bonnevoie's moderator's to judge.
        assert!(!may_moderate(&moderator(7, BONNEVOIE), &p));
        assert!(!may_moderate(&member(1, GARE), &p));
        assert!(!may_moderate(
            &Reader {
                member: false,
                ..moderator(6, GARE)
            },
            &p
        ));
        // Never one's own post.
        assert!(!may_moderate(
            &Reader {
                user_id: AUTHOR,
                ..staff(5)
            },
            &p
        ));
        assert!(!may_moderate(&moderator(AUTHOR, GARE), &p));
    }

    fn actor(role: Role, residence: Residence, confirmed: bool) -> Actor {
        Actor {
            user_id: 42,
            commune_id: Some(COMMUNE),
            role,
            neighbourhood_id: Some(GARE),
            email_confirmed: confirmed,
            residence,
        }
    }

    #[test]
    fn readers_are_built_from_actors() {
        let resident = Reader::of(&actor(Role::Resident, Residence::Verified, true)).unwrap();
        assert_eq!(resident, member(42, GARE));
        let unconfirmed = Reader::of(&actor(Role::Resident, Residence::Verified, false)).unwrap();
        assert!(!unconfirmed.member);
        let waiting = Reader::of(&actor(Role::Resident, Residence::Pending, true)).unwrap();
        assert_eq!(waiting, pending(42, GARE));
        let moderating = Reader::of(&actor(Role::Moderator, Residence::Verified, true)).unwrap();
        assert_eq!(moderating, moderator(42, GARE));
        let refused = Reader::of(&actor(Role::Moderator, Residence::Refused, true)).unwrap();
        assert_eq!(refused.moderates, Moderates::Nothing);
        assert!(!refused.member);
        for role in [Role::Staff, Role::Admin] {
            let worker = Actor {
                neighbourhood_id: None,
                ..actor(role, Residence::Pending, true)
            };
            assert_eq!(Reader::of(&worker), Some(staff(42)));
        }
        let homeless_moderator = Actor {
            neighbourhood_id: None,
            ..actor(Role::Moderator, Residence::Verified, true)
        };
        let reader = Reader::of(&homeless_moderator).unwrap();
        assert_eq!(
            (reader.member, reader.moderates),
            (false, Moderates::Nothing)
        );
        let operator = Actor {
            commune_id: None,
            ..actor(Role::Operator, Residence::Verified, true)
        };
        assert_eq!(Reader::of(&operator), None);
    }

    #[test]
    fn feeds_follow_the_audience() {
        let adjacent_to_it = [14, BONNEVOIE];
        let all = [KIRCHBERG, GARE, BONNEVOIE, 13, 14];
        assert_eq!(
            feed_neighbourhoods(GARE, Audience::Neighbourhood, &adjacent_to_it, &all),
            vec![GARE]
        );
        assert_eq!(
            feed_neighbourhoods(GARE, Audience::Adjacent, &adjacent_to_it, &all),
            vec![GARE, BONNEVOIE, 14]
        );
        assert_eq!(
            feed_neighbourhoods(GARE, Audience::Commune, &adjacent_to_it, &all),
            vec![GARE, BONNEVOIE, KIRCHBERG, 13, 14]
        );
        assert_eq!(
            feed_neighbourhoods(GARE, Audience::Adjacent, &[BONNEVOIE, GARE, BONNEVOIE], &[]),
            vec![GARE, BONNEVOIE]
        );
        assert_eq!(
            feed_neighbourhoods(15, Audience::Adjacent, &[BONNEVOIE], &[]),
            vec![BONNEVOIE, 15]
        );
    }

    #[test]
    fn cursors_have_one_spelling() {
        let c = FeedCursor {
            at: 1_732_900_000,
            id: 4711,
        };
        assert_eq!(c.encode(), "1732900000-4711");
        assert_eq!(FeedCursor::parse("1732900000-4711"), Ok(c));
        assert_eq!(FeedCursor::parse("0-0"), Ok(FeedCursor { at: 0, id: 0 }));
        let max = format!("{}-{}", i64::MAX, i64::MAX);
        assert_eq!(
            FeedCursor::parse(&max),
            Ok(FeedCursor {
                at: i64::MAX,
                id: i64::MAX
            })
        );
        for bad in [
            "",
            "-",
            "1-",
            "-1",
            "1",
            "1--2",
            "-1-2",
            "1-2-3",
            "+1-2",
            "1-+2",
            "01-2",
            "1-02",
            "00-0",
            " 1-2",
            "1-2 ",
            "1-2\n",
            "1_2",
            "1.5-2",
            "١-٢",
            "9223372036854775808-1",
            "1-9223372036854775808",
            "99999999999999999999999-1",
        ] {
            assert_eq!(FeedCursor::parse(bad), Err("feed-error-cursor"), "{bad:?}");
        }
    }

    #[test]
    fn the_next_page_starts_after_the_cursor() {
        let c = FeedCursor { at: 100, id: 7 };
        assert!(c.comes_after(99, 1_000));
        assert!(c.comes_after(100, 6));
        assert!(!c.comes_after(100, 7));
        assert!(!c.comes_after(100, 8));
        assert!(!c.comes_after(101, 1));
    }

    fn arb_audience() -> impl Strategy<Value = Audience> {
        prop::sample::select(Audience::ALL.to_vec())
    }

    fn arb_post() -> impl Strategy<Value = PostFacts> {
        (
            1i64..=2,
            1i64..=4,
            arb_audience(),
            1i64..=4,
            prop::sample::select(PostKind::ALL.to_vec()),
            prop::sample::select(PostState::ALL.to_vec()),
            any::<bool>(),
            any::<bool>(),
        )
            .prop_map(
                |(
                    commune_id,
                    neighbourhood_id,
                    audience,
                    author_id,
                    kind,
                    state,
                    hidden,
                    deleted,
                )| {
                    PostFacts {
                        commune_id,
                        neighbourhood_id,
                        audience,
                        author_id,
                        kind,
                        state,
                        hidden,
                        deleted,
                    }
                },
            )
    }

    fn arb_reader() -> impl Strategy<Value = Reader> {
        let moderates = prop_oneof![
            Just(Moderates::Nothing),
            (1i64..=4).prop_map(Moderates::Neighbourhood),
            Just(Moderates::Commune),
        ];
        (
            1i64..=4,
            1i64..=2,
            proptest::option::of(1i64..=4),
            any::<bool>(),
            moderates,
        )
            .prop_map(
                |(user_id, commune_id, neighbourhood_id, member, moderates)| Reader {
                    user_id,
                    commune_id,
                    neighbourhood_id,
                    member,
                    moderates,
                },
            )
    }

    /// A symmetric adjacency of neighbourhoods 1..=4, one bit per pair.
    fn touches(bits: u16) -> impl Fn(i64, i64) -> bool {
        move |a: i64, b: i64| {
            let (a, b) = (a.min(b), a.max(b));
            a != b && (1..=4).contains(&a) && b <= 4 && bits & (1 << ((a - 1) * 4 + (b - 1))) != 0
        }
    }

    proptest! {
        #[test]
        fn the_rules_nest(reader in arb_reader(), post in arb_post(), bits in any::<u16>()) {
            let adjacent = touches(bits);
            let read = may_read(&reader, &post, &adjacent);
            let comment = may_comment(&reader, &post, &adjacent);
            let thank = may_thank(&reader, &post, &adjacent);
            let edit = may_edit(&reader, &post);
            let author = reader.user_id == post.author_id;
            prop_assert!(!comment || (read && reader.member && !post.hidden));
            prop_assert!(!thank || (comment && !author));
            prop_assert!(!edit || (read && author));
            prop_assert!(!may_mark_done(&reader, &post) || (edit && post.state == PostState::Open));
            let moderate = may_moderate(&reader, &post);
            prop_assert!(!moderate || (read && !author));
            // A member who reads an intact post of someone else may answer it.
            if read && reader.member && !post.hidden && !author {
                prop_assert!(thank);
            }
        }

        #[test]
        fn outsiders_get_nothing(reader in arb_reader(), post in arb_post(), bits in any::<u16>()) {
            let adjacent = touches(bits);
            let nothing = |reader: &Reader, post: &PostFacts| {
                !may_read(reader, post, &adjacent)
                    && !may_comment(reader, post, &adjacent)
                    && !may_thank(reader, post, &adjacent)
                    && !may_edit(reader, post)
                    && !may_mark_done(reader, post)
                    && !may_moderate(reader, post)
            };
            if post.deleted || reader.commune_id != post.commune_id {
                prop_assert!(nothing(&reader, &post));
            }
            if !reader.member {
                prop_assert!(!may_comment(&reader, &post, &adjacent));
                prop_assert!(!may_edit(&reader, &post));
                if reader.moderates != Moderates::Commune {
                    prop_assert!(nothing(&reader, &post));
                }
            }
        }

        #[test]
        fn members_read_exactly_the_feeds_a_post_is_in(
            reader in arb_reader(), post in arb_post(), bits in any::<u16>(),
        ) {
            let adjacent = touches(bits);
            // An ordinary member reading someone else's intact post of their commune.
            let reader = Reader { member: true, moderates: Moderates::Nothing, ..reader };
            let post = PostFacts { hidden: false, deleted: false, commune_id: reader.commune_id, ..post };
            prop_assume!(reader.user_id != post.author_id);
            let all: Vec<i64> = (1..=4).collect();
            let adjacent_to_it: Vec<i64> =
                all.iter().copied().filter(|&n| adjacent(post.neighbourhood_id, n)).collect();
            let feeds = feed_neighbourhoods(post.neighbourhood_id, post.audience, &adjacent_to_it, &all);
            let in_feed = match reader.neighbourhood_id {
                Some(home) => feeds.contains(&home),
                None => post.audience == Audience::Commune,
            };
            prop_assert_eq!(may_read(&reader, &post, &adjacent), in_feed);
        }

        #[test]
        fn feeds_are_sorted_and_hold_the_posts_own_neighbourhood(
            own in -5i64..50, audience in arb_audience(),
            adjacent_to_it in prop::collection::vec(-5i64..50, 0..10),
            all in prop::collection::vec(-5i64..50, 0..30),
        ) {
            let feeds = feed_neighbourhoods(own, audience, &adjacent_to_it, &all);
            prop_assert!(feeds.contains(&own));
            prop_assert!(feeds.windows(2).all(|w| w[0] < w[1]));
            let given = match audience {
                Audience::Neighbourhood => &[][..],
                Audience::Adjacent => &adjacent_to_it[..],
                Audience::Commune => &all[..],
            };
            prop_assert!(feeds.iter().all(|n| *n == own || given.contains(n)));
            prop_assert!(given.iter().all(|n| feeds.contains(n)));
        }

        #[test]
        fn cursors_round_trip(at in 0i64..=i64::MAX, id in 0i64..=i64::MAX) {
            let c = FeedCursor { at, id };
            prop_assert_eq!(FeedCursor::parse(&c.encode()), Ok(c));
        }

        #[test]
        fn cursor_parsing_never_panics_and_accepts_one_spelling(
            s in prop_oneof!["\\PC{0,40}", "[-+0-9]{0,45}", "[0-9]{1,20}-[0-9]{1,20}"],
        ) {
            if let Ok(c) = FeedCursor::parse(&s) {
                prop_assert_eq!(c.encode(), s);
            }
        }

        #[test]
        fn paging_by_cursor_visits_every_item_once(
            items in prop::collection::btree_set((0i64..20, 0i64..1_000), 0..60),
            page in 1usize..7,
        ) {
            let mut newest_first: Vec<(i64, i64)> = items.into_iter().collect();
            newest_first.reverse();
            let mut seen = Vec::new();
            let mut cursor: Option<FeedCursor> = None;
            // Never more pages than items, plus the empty one that ends the feed.
            for _ in 0..=newest_first.len() {
                let next: Vec<(i64, i64)> = newest_first
                    .iter()
                    .copied()
                    .filter(|&(at, id)| cursor.is_none_or(|c| c.comes_after(at, id)))
                    .take(page)
                    .collect();
                let Some(&(at, id)) = next.last() else { break };
                seen.extend(next);
                cursor = Some(FeedCursor::parse(&FeedCursor { at, id }.encode()).unwrap());
            }
            prop_assert_eq!(seen, newest_first);
        }

        #[test]
        fn checked_texts_are_clean_and_bounded(
            s in prop_oneof![
                "\\PC{0,300}",
                "[a \\t\\r\\n\u{A0}\u{85}\u{2028}\u{200B}\u{200D}\u{202E}\u{FE0F}\u{0}\u{1B}é]{0,300}",
                any::<String>(),
            ],
        ) {
            let allowed = |c: char| c == '\n' || !(c.is_control() || (is_format_or_invisible(c) && !is_joiner(c)));
            if let Ok(t) = check_title(&s) {
                prop_assert!((1..=TITLE_MAX).contains(&t.chars().count()));
                prop_assert!(!t.contains('\n') && t.chars().all(allowed));
                prop_assert!(has_visible_character(&t));
                prop_assert_eq!(t.trim(), t.as_str());
                prop_assert!(!t.contains("  "));
                prop_assert_eq!(check_title(&t), Ok(t.clone()));
            }
            for (checked, max) in [(check_body(&s), BODY_MAX), (check_comment(&s), COMMENT_MAX)] {
                if let Ok(t) = checked {
                    prop_assert!((1..=max).contains(&t.chars().count()));
                    prop_assert!(t.chars().all(allowed));
                    let other_breaks = t.contains(['\r', '\u{85}', '\u{2028}', '\u{2029}']);
                    prop_assert!(!other_breaks);
                    prop_assert!(has_visible_character(&t));
                    prop_assert_eq!(t.trim(), t.as_str());
                    prop_assert!(!t.contains("\n\n\n\n"));
                    prop_assert!(t.split('\n').all(|l| l.trim_end() == l));
                    prop_assert_eq!(clean_text(&t), t.clone());
                }
            }
            // Only text with something to see is refused as empty or invisible.
            if has_visible_character(&clean_text(&s)) {
                prop_assert_ne!(check_comment(&s), Err("comment-error-empty"));
            }
        }
    }
}
