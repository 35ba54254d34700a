//! The read cache in front of the reads every request makes: the commune of the URL,
//! the session and the account behind it, the viewer's neighbourhood, a
//! neighbourhood's roster (its members as its page lists them) and member count, and
//! the first page of each neighbourhood's feed.
//!
//! Entries live a short while (a second instance on one SQLite file, or the command
//! line, is seen within that time) and are dropped as soon as a committed transaction
//! says it changed them: this instance's at once (`App::commit`), other instances'
//! through PostgreSQL `NOTIFY` (`gemeng_db::changes`). Each map has a size bound, so
//! a flood of distinct keys cannot grow memory: past it, expired entries go, and if
//! that is not enough, the whole map.
//!
//! The member counts and feed pages cost a query every member's visit would repeat:
//! one request computes a missing or expired entry while the others wait for it (if
//! missing) or keep the old value (if expired), so an expiry does not make every
//! request in flight run the same query at once (bench/feed measured it on the
//! roster: 64 connections scanning 9,000 members each, p99 of a second).
//!
//! Written here rather than taken from a crate: invalidation is by relation (all
//! sessions of an account, all accounts of a commune whose map changed), which the
//! cache crates' key-based APIs do not offer without scanning anyway.

use std::collections::{BTreeMap, HashMap};
use std::future::Future;
use std::hash::Hash;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, RwLock};
use std::time::{Duration, Instant};

use gemeng_core::posts::{FeedCursor, PostKind};

use gemeng_db::accounts::{self, Account, Neighbour};
use gemeng_db::activities::Activity;
use gemeng_db::changes::Heard;
use gemeng_db::communes::{self, Commune};
use gemeng_db::messages;
use gemeng_db::neighbourhoods::{self, Neighbourhood};
use gemeng_db::posts::PostCard;
use gemeng_db::sessions::{self, SessionKind, SessionRow};
use gemeng_db::tx::Change;
use gemeng_db::{Db, DbResult};

/// A map of entries that expire, with a size bound.
struct Bounded<K, V> {
    entries: RwLock<HashMap<K, (Instant, V)>>,
    ttl: Duration,
    capacity: usize,
    /// Counts the times entries were dropped for a change, so that a value read
    /// before a change is not stored after it (see [`Bounded::put_unless_changed`]).
    generation: AtomicU64,
}

impl<K: Eq + Hash + Clone, V: Clone> Bounded<K, V> {
    fn new(ttl: Duration, capacity: usize) -> Self {
        Bounded {
            entries: RwLock::new(HashMap::new()),
            ttl,
            capacity,
            generation: AtomicU64::new(0),
        }
    }

    fn get(&self, key: &K) -> Option<V> {
        let entries = self.entries.read().ok()?;
        let (stored, value) = entries.get(key)?;
        (stored.elapsed() < self.ttl).then(|| value.clone())
    }

    /// An entry, expired or not, and whether it is still fresh.
    fn peek(&self, key: &K) -> Option<(V, bool)> {
        let entries = self.entries.read().ok()?;
        let (stored, value) = entries.get(key)?;
        Some((value.clone(), stored.elapsed() < self.ttl))
    }

    /// What [`Bounded::put_unless_changed`] compares: read it before reading the value.
    fn generation(&self) -> u64 {
        self.generation.load(Ordering::SeqCst)
    }

    fn put(&self, key: K, value: V) {
        let Ok(mut entries) = self.entries.write() else {
            return;
        };
        Self::insert(&mut entries, self.ttl, self.capacity, key, value);
    }

    /// Stores `value` unless entries were dropped since `generation` was read: the
    /// value may then predate the change that dropped them (a read that began before a
    /// commit and ends after it), and keeping it would show the old state until expiry.
    fn put_unless_changed(&self, key: K, value: V, generation: u64) {
        let Ok(mut entries) = self.entries.write() else {
            return;
        };
        // Under the write lock, which the drops take too: no drop slips in between.
        if self.generation.load(Ordering::SeqCst) == generation {
            Self::insert(&mut entries, self.ttl, self.capacity, key, value);
        }
    }

    fn insert(
        entries: &mut HashMap<K, (Instant, V)>,
        ttl: Duration,
        capacity: usize,
        key: K,
        value: V,
    ) {
        if entries.len() >= capacity {
            entries.retain(|_, (stored, _)| stored.elapsed() < ttl);
            if entries.len() >= capacity {
                entries.clear();
            }
        }
        entries.insert(key, (Instant::now(), value));
    }

    fn retain(&self, keep: impl Fn(&K, &V) -> bool) {
        if let Ok(mut entries) = self.entries.write() {
            self.generation.fetch_add(1, Ordering::SeqCst);
            entries.retain(|k, (_, v)| keep(k, v));
        }
    }

    fn clear(&self) {
        if let Ok(mut entries) = self.entries.write() {
            self.generation.fetch_add(1, Ordering::SeqCst);
            entries.clear();
        }
    }

    #[cfg(test)]
    fn len(&self) -> usize {
        self.entries.read().map(|e| e.len()).unwrap_or(0)
    }
}

/// A [`Bounded`] map whose entries one request at a time computes.
struct SingleFlight<K, V> {
    map: Bounded<K, V>,
    /// One lock per key, held by the request computing it. Keys are existing
    /// neighbourhoods (and post kinds), so this stays as small as the map.
    computing: Mutex<HashMap<K, Arc<tokio::sync::Mutex<()>>>>,
}

impl<K: Eq + Hash + Clone, V: Clone> SingleFlight<K, V> {
    fn new(ttl: Duration, capacity: usize) -> Self {
        SingleFlight {
            map: Bounded::new(ttl, capacity),
            computing: Mutex::new(HashMap::new()),
        }
    }

    fn lock_of(&self, key: &K) -> Arc<tokio::sync::Mutex<()>> {
        let mut computing = self.computing.lock().unwrap_or_else(|e| e.into_inner());
        if computing.len() > self.map.capacity {
            // Locks nobody holds or waits for can go.
            computing.retain(|_, lock| Arc::strong_count(lock) > 1);
        }
        computing.entry(key.clone()).or_default().clone()
    }

    /// The entry of `key`: fresh from the map; else computed by `load`, by this request
    /// alone. A request finding no entry waits for the one computing it; a request
    /// finding an expired entry while another computes the new one takes the old.
    async fn get_or_load<F, Fut>(&self, key: K, load: F) -> DbResult<V>
    where
        F: FnOnce() -> Fut,
        Fut: Future<Output = DbResult<V>>,
    {
        let stale = match self.map.peek(&key) {
            Some((value, true)) => return Ok(value),
            Some((value, false)) => Some(value),
            None => None,
        };
        let lock = self.lock_of(&key);
        let _computing = match stale {
            Some(old) => match lock.try_lock_owned() {
                Ok(guard) => guard,
                Err(_) => return Ok(old),
            },
            None => lock.lock_owned().await,
        };
        // Whoever held the lock before may have just stored it.
        if let Some((value, true)) = self.map.peek(&key) {
            return Ok(value);
        }
        let generation = self.map.generation();
        let value = load().await?;
        self.map.put_unless_changed(key, value.clone(), generation);
        Ok(value)
    }
}

/// The first page of a neighbourhood's feed (of one kind, or all) as every member
/// sees it before their own blocks are applied.
#[derive(Debug)]
pub struct FeedCards {
    /// The page's cards in the feed's order.
    pub cards: Vec<FeedItem>,
    /// Where the next page starts, if there is one.
    pub next: Option<FeedCursor>,
    /// The posts and authors of every entry read (the page's, and the one after it
    /// that tells whether a next page exists): a change to one of these drops the
    /// page, and a reader who blocked one of these authors gets the page uncached.
    pub posts: Vec<i64>,
    pub authors: Vec<i64>,
}

/// One card of a feed: a post with its excerpt made, or a neighbourhood's activity
/// (with every language's version: the page is cached for readers of all five).
#[derive(Debug)]
pub enum FeedItem {
    Post(PostCard, String),
    Activity(Activity),
}

/// Which feed page: commune, neighbourhood, kind (none: every kind).
type FeedKey = (i64, i64, Option<PostKind>);

/// What every page shows or filters for one person: messages not yet read (the
/// menu's number) and the people they blocked (left out of their feed).
#[derive(Debug, Default)]
pub struct Inbox {
    pub unread: i64,
    pub blocked: Vec<i64>,
}

/// A neighbourhood's verified members: how many, and the first of them by name.
pub struct Roster {
    pub member_count: i64,
    pub neighbours: Vec<Neighbour>,
}

pub struct Cache {
    communes: Bounded<String, Option<Commune>>,
    accounts: Bounded<i64, Account>,
    sessions: Bounded<(String, SessionKind), SessionRow>,
    neighbourhoods: Bounded<i64, Neighbourhood>,
    /// By commune and slug, as URLs name them.
    neighbourhood_slugs: Bounded<(i64, String), Option<Neighbourhood>>,
    /// By neighbourhood and how many neighbours are listed.
    rosters: Bounded<(i64, i64), Arc<Roster>>,
    inboxes: Bounded<i64, Arc<Inbox>>,
    /// A neighbourhood's verified members, counted (its home page shows the number).
    member_counts: SingleFlight<i64, i64>,
    feeds: SingleFlight<FeedKey, Arc<FeedCards>>,
    /// Sessions' last uses waiting to be written, by token hash.
    touches: Mutex<HashMap<String, i64>>,
}

/// Sessions' last uses waiting at most; past it, one is written at once.
pub const TOUCHES_MAX: usize = 100_000;
/// How often the sessions' last uses are written.
pub const TOUCHES_WRITTEN_EVERY: Duration = Duration::from_secs(2);

impl Default for Cache {
    fn default() -> Self {
        Cache {
            // Unknown slugs are remembered too (briefly), so probing them costs nothing.
            communes: Bounded::new(Duration::from_secs(60), 10_000),
            accounts: Bounded::new(Duration::from_secs(60), 50_000),
            sessions: Bounded::new(Duration::from_secs(30), 50_000),
            neighbourhoods: Bounded::new(Duration::from_secs(300), 50_000),
            neighbourhood_slugs: Bounded::new(Duration::from_secs(300), 50_000),
            // Rosters are large (up to a few hundred names each): fewer of them.
            rosters: Bounded::new(Duration::from_secs(60), 2_000),
            // Another instance's message is seen at once on PostgreSQL (NOTIFY); on a
            // shared SQLite file within this time.
            inboxes: Bounded::new(Duration::from_secs(30), 50_000),
            // Dropped on the same changes as rosters.
            member_counts: SingleFlight::new(Duration::from_secs(60), 50_000),
            // Dropped on every change to what they show (this instance's at once,
            // others' through NOTIFY); the time bounds what a second instance on one
            // SQLite file, or the command line, changed.
            feeds: SingleFlight::new(Duration::from_secs(30), 20_000),
            touches: Mutex::new(HashMap::new()),
        }
    }
}

impl Cache {
    pub async fn commune(&self, db: &Db, slug: &str) -> DbResult<Option<Commune>> {
        if let Some(found) = self.communes.get(&slug.to_string()) {
            return Ok(found);
        }
        let found = communes::by_slug(db, slug).await?;
        // Only slugs that could exist are remembered, so junk URLs do not fill the map.
        if found.is_some() || gemeng_core::slug::is_valid_slug(slug) {
            self.communes.put(slug.to_string(), found.clone());
        }
        Ok(found)
    }

    pub async fn account(&self, db: &Db, id: i64) -> DbResult<Option<Account>> {
        if let Some(found) = self.accounts.get(&id) {
            return Ok(Some(found));
        }
        let found = accounts::by_id(db, id).await?;
        if let Some(account) = &found {
            self.accounts.put(id, account.clone());
        }
        Ok(found)
    }

    /// The user of a live session, as `gemeng_db::sessions::user_of` answers it (the same
    /// `SessionRow::is_live` and `needs_touch` rules), from the cached row when there is
    /// one. Its last use is written back at most once a minute.
    pub async fn session_user(
        &self,
        db: &Db,
        token_hash: &str,
        kind: SessionKind,
        now: i64,
        idle: i64,
    ) -> DbResult<Option<i64>> {
        let key = (token_hash.to_string(), kind);
        let row = match self.sessions.get(&key) {
            Some(row) => row,
            None => match sessions::row(db, token_hash, kind).await? {
                Some(row) => {
                    self.sessions.put(key.clone(), row.clone());
                    row
                }
                None => return Ok(None),
            },
        };
        if !row.is_live(now, idle) {
            return Ok(None);
        }
        if row.needs_touch(now) {
            self.touch(db, token_hash, now).await?;
            self.sessions.put(
                key,
                SessionRow {
                    last_seen_at: now,
                    ..row.clone()
                },
            );
        }
        Ok(Some(row.user_id))
    }

    /// Notes session `token_hash`'s last use, to be written with the others' by
    /// [`Cache::write_touches`]; written at once only when [`TOUCHES_MAX`] wait.
    /// Why not at once: each was a commit of its own on the one connection that also
    /// commits the ledger's batches (SQLite), at the first request of every session
    /// in a minute. A last use written a few seconds late, or lost with a crash,
    /// moves a session's idle expiry (two hours by default) by those seconds.
    async fn touch(&self, db: &Db, token_hash: &str, now: i64) -> DbResult<()> {
        let queued = match self.touches.lock() {
            Ok(mut touches) if touches.len() < TOUCHES_MAX || touches.contains_key(token_hash) => {
                touches.insert(token_hash.to_string(), now);
                true
            }
            _ => false,
        };
        if !queued {
            sessions::touch(db, token_hash, now).await?;
        }
        Ok(())
    }

    /// Writes the sessions' last uses noted since the last call, in one transaction;
    /// how many. Run every [`TOUCHES_WRITTEN_EVERY`] by `jobs::session_touches`.
    pub async fn write_touches(&self, db: &Db) -> DbResult<usize> {
        let touches = match self.touches.lock() {
            Ok(mut touches) => std::mem::take(&mut *touches),
            Err(_) => return Ok(0),
        };
        if touches.is_empty() {
            return Ok(0);
        }
        let mut by_time: BTreeMap<i64, Vec<&str>> = BTreeMap::new();
        for (hash, at) in &touches {
            by_time.entry(*at).or_default().push(hash);
        }
        let mut tx = db.begin().await?;
        for (at, hashes) in by_time {
            sessions::touch_many(&mut tx, &hashes, at).await?;
        }
        tx.commit().await?;
        Ok(touches.len())
    }

    pub async fn neighbourhood(&self, db: &Db, id: i64) -> DbResult<Option<Neighbourhood>> {
        if let Some(found) = self.neighbourhoods.get(&id) {
            return Ok(Some(found));
        }
        let found = neighbourhoods::by_id(db, id).await?;
        if let Some(n) = &found {
            self.neighbourhoods.put(id, n.clone());
        }
        Ok(found)
    }

    /// A neighbourhood of a commune by its slug (unknown slugs remembered too, if valid).
    pub async fn neighbourhood_by_slug(
        &self,
        db: &Db,
        commune_id: i64,
        slug: &str,
    ) -> DbResult<Option<Neighbourhood>> {
        let key = (commune_id, slug.to_string());
        if let Some(found) = self.neighbourhood_slugs.get(&key) {
            return Ok(found);
        }
        let found = neighbourhoods::by_slug(db, commune_id, slug).await?;
        if found.is_some() || gemeng_core::slug::is_valid_slug(slug) {
            self.neighbourhood_slugs.put(key, found.clone());
        }
        Ok(found)
    }

    /// A neighbourhood's roster, listing at most `shown` neighbours.
    pub async fn roster(
        &self,
        db: &Db,
        neighbourhood_id: i64,
        shown: i64,
    ) -> DbResult<Arc<Roster>> {
        let key = (neighbourhood_id, shown);
        if let Some(found) = self.rosters.get(&key) {
            return Ok(found);
        }
        let roster = Arc::new(Roster {
            member_count: neighbourhoods::member_count(db, neighbourhood_id).await?,
            neighbours: accounts::neighbours(db, neighbourhood_id, shown).await?,
        });
        self.rosters.put(key, roster.clone());
        Ok(roster)
    }

    /// How many verified members a neighbourhood has.
    pub async fn member_count(&self, db: &Db, neighbourhood_id: i64) -> DbResult<i64> {
        self.member_counts
            .get_or_load(neighbourhood_id, || {
                neighbourhoods::member_count(db, neighbourhood_id)
            })
            .await
    }

    /// The first page of a neighbourhood's feed, of one kind or all, made by `load`
    /// when it is not cached (see [`FeedCards`]).
    pub async fn feed_cards<F, Fut>(
        &self,
        commune_id: i64,
        neighbourhood_id: i64,
        kind: Option<PostKind>,
        load: F,
    ) -> DbResult<Arc<FeedCards>>
    where
        F: FnOnce() -> Fut,
        Fut: Future<Output = DbResult<FeedCards>>,
    {
        self.feeds
            .get_or_load((commune_id, neighbourhood_id, kind), || async {
                Ok(Arc::new(load().await?))
            })
            .await
    }

    /// A person's unread count and blocks.
    pub async fn inbox(&self, db: &Db, user_id: i64) -> DbResult<Arc<Inbox>> {
        if let Some(found) = self.inboxes.get(&user_id) {
            return Ok(found);
        }
        let inbox = Arc::new(Inbox {
            unread: messages::unread_total(db, user_id).await?,
            blocked: messages::blocked_by(db, user_id)
                .await?
                .into_iter()
                .map(|(id, _)| id)
                .collect(),
        });
        self.inboxes.put(user_id, inbox.clone());
        Ok(inbox)
    }

    /// Drops what committed changes made stale.
    pub fn forget(&self, changes: &[Change]) {
        for change in changes {
            match change {
                Change::Account(id) => {
                    self.accounts.retain(|k, _| k != id);
                    // A member's name, role, residence or address may have changed, or
                    // the account is gone; which roster held it is not worth tracking.
                    self.rosters.clear();
                    self.member_counts.map.clear();
                    // Cards show their author's name.
                    self.feeds.map.retain(|_, page| !page.authors.contains(id));
                }
                Change::SessionsOf(id) => self.sessions.retain(|_, row| row.user_id != *id),
                Change::Session(hash) => self.sessions.retain(|(h, _), _| h != hash),
                Change::Commune(id) => self
                    .communes
                    .retain(|_, c| c.as_ref().is_some_and(|c| c.id != *id)),
                Change::Inbox(id) => self.inboxes.retain(|k, _| k != id),
                Change::Feed(neighbourhood) => {
                    self.feeds.map.retain(|(_, n, _), _| n != neighbourhood)
                }
                Change::Post(id) => self.feeds.map.retain(|_, page| !page.posts.contains(id)),
                Change::Feeds(commune) => self.feeds.map.retain(|(c, _, _), _| c != commune),
                Change::Map(commune) => {
                    self.neighbourhoods.retain(|_, n| n.commune_id != *commune);
                    self.neighbourhood_slugs.retain(|(c, _), _| c != commune);
                    self.rosters.clear();
                    self.member_counts.map.clear();
                    self.feeds.map.retain(|(c, _, _), _| c != commune);
                    // Where residents live follows the map.
                    self.accounts.retain(|_, a| a.commune_id != Some(*commune));
                }
                // For the live hubs (`events::live`), not the read cache.
                Change::Live(_) => {}
            }
        }
    }

    pub fn forget_everything(&self) {
        self.communes.clear();
        self.accounts.clear();
        self.sessions.clear();
        self.neighbourhoods.clear();
        self.neighbourhood_slugs.clear();
        self.rosters.clear();
        self.inboxes.clear();
        self.member_counts.map.clear();
        self.feeds.map.clear();
    }

    /// Applies what another instance announced.
    pub fn heard(&self, heard: Heard) {
        match heard {
            Heard::Changes(changes) => self.forget(&changes),
            Heard::Everything => self.forget_everything(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entries_expire_and_the_size_stays_bounded() {
        let map: Bounded<u32, u32> = Bounded::new(Duration::from_millis(30), 100);
        map.put(1, 10);
        assert_eq!(map.get(&1), Some(10));
        std::thread::sleep(Duration::from_millis(40));
        assert_eq!(map.get(&1), None);
        for i in 0..1_000 {
            map.put(i, i);
            assert!(map.len() <= 100);
        }
        assert_eq!(map.get(&999), Some(999));
        map.retain(|k, _| *k != 999);
        assert_eq!(map.get(&999), None);
    }

    /// Many requests missing one entry at once run one query; the others wait for it.
    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn one_request_computes_a_missing_entry_while_the_others_wait() {
        let flight: Arc<SingleFlight<u32, u32>> =
            Arc::new(SingleFlight::new(Duration::from_secs(60), 100));
        let runs = Arc::new(AtomicU64::new(0));
        let (release, released) = tokio::sync::watch::channel(false);
        let mut waiting = Vec::new();
        for _ in 0..16 {
            let (flight, runs, mut released) = (flight.clone(), runs.clone(), released.clone());
            waiting.push(tokio::spawn(async move {
                flight
                    .get_or_load(1, || async move {
                        runs.fetch_add(1, Ordering::SeqCst);
                        // Held until every request has asked.
                        let _ = released.wait_for(|r| *r).await;
                        Ok(42)
                    })
                    .await
                    .unwrap()
            }));
        }
        tokio::task::yield_now().await;
        release.send(true).unwrap();
        for request in waiting {
            assert_eq!(request.await.unwrap(), 42);
        }
        assert_eq!(runs.load(Ordering::SeqCst), 1);
    }

    /// An expired entry is recomputed by one request; the others keep the old value.
    #[tokio::test]
    async fn an_expired_entry_is_served_while_one_request_refreshes_it() {
        let flight: SingleFlight<u32, u32> = SingleFlight::new(Duration::from_millis(20), 100);
        flight.get_or_load(1, || async { Ok(1) }).await.unwrap();
        tokio::time::sleep(Duration::from_millis(30)).await;
        let refreshing = flight.lock_of(&1).try_lock_owned().unwrap();
        let old = flight
            .get_or_load(1, || async { panic!("another request is refreshing it") })
            .await
            .unwrap();
        assert_eq!(old, 1);
        drop(refreshing);
        assert_eq!(flight.get_or_load(1, || async { Ok(2) }).await.unwrap(), 2);
        assert_eq!(flight.get_or_load(1, || async { Ok(3) }).await.unwrap(), 2);
    }

    /// A value read before a change and finished after it is returned, not kept.
    #[tokio::test]
    async fn a_value_read_across_a_change_is_not_kept() {
        let flight: SingleFlight<u32, u32> = SingleFlight::new(Duration::from_secs(60), 100);
        let read = flight
            .get_or_load(1, || async {
                flight.map.retain(|_, _| false);
                Ok(1)
            })
            .await
            .unwrap();
        assert_eq!(read, 1);
        assert_eq!(flight.get_or_load(1, || async { Ok(2) }).await.unwrap(), 2);
        assert_eq!(flight.get_or_load(1, || async { Ok(3) }).await.unwrap(), 2);
    }
}
