//! The read cache in front of the reads every request makes: the commune of the URL,
//! the session and the account behind it, the viewer's neighbourhood, and a
//! neighbourhood's roster (its members as its home page lists them).
//!
//! Entries live a short while (a second instance on one SQLite file, or the command
//! line, is seen within that time) and are dropped as soon as a committed transaction
//! says it changed them: this instance's at once (`App::commit`), other instances'
//! through PostgreSQL `NOTIFY` (`gemeng_db::changes`). Each map has a size bound, so
//! a flood of distinct keys cannot grow memory: past it, expired entries go, and if
//! that is not enough, the whole map.
//!
//! Written here rather than taken from a crate: invalidation is by relation (all
//! sessions of an account, all accounts of a commune whose map changed), which the
//! cache crates' key-based APIs do not offer without scanning anyway.

use std::collections::HashMap;
use std::hash::Hash;
use std::sync::{Arc, RwLock};
use std::time::{Duration, Instant};

use gemeng_db::accounts::{self, Account, Neighbour};
use gemeng_db::changes::Heard;
use gemeng_db::communes::{self, Commune};
use gemeng_db::messages;
use gemeng_db::neighbourhoods::{self, Neighbourhood};
use gemeng_db::sessions::{self, SessionKind, SessionRow};
use gemeng_db::tx::Change;
use gemeng_db::{Db, DbResult};

/// A map of entries that expire, with a size bound.
struct Bounded<K, V> {
    entries: RwLock<HashMap<K, (Instant, V)>>,
    ttl: Duration,
    capacity: usize,
}

impl<K: Eq + Hash + Clone, V: Clone> Bounded<K, V> {
    fn new(ttl: Duration, capacity: usize) -> Self {
        Bounded {
            entries: RwLock::new(HashMap::new()),
            ttl,
            capacity,
        }
    }

    fn get(&self, key: &K) -> Option<V> {
        let entries = self.entries.read().ok()?;
        let (stored, value) = entries.get(key)?;
        (stored.elapsed() < self.ttl).then(|| value.clone())
    }

    fn put(&self, key: K, value: V) {
        let Ok(mut entries) = self.entries.write() else {
            return;
        };
        if entries.len() >= self.capacity {
            let ttl = self.ttl;
            entries.retain(|_, (stored, _)| stored.elapsed() < ttl);
            if entries.len() >= self.capacity {
                entries.clear();
            }
        }
        entries.insert(key, (Instant::now(), value));
    }

    fn retain(&self, keep: impl Fn(&K, &V) -> bool) {
        if let Ok(mut entries) = self.entries.write() {
            entries.retain(|k, (_, v)| keep(k, v));
        }
    }

    fn clear(&self) {
        if let Ok(mut entries) = self.entries.write() {
            entries.clear();
        }
    }

    #[cfg(test)]
    fn len(&self) -> usize {
        self.entries.read().map(|e| e.len()).unwrap_or(0)
    }
}

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
}

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
            sessions::touch(db, token_hash, now).await?;
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
                }
                Change::SessionsOf(id) => self.sessions.retain(|_, row| row.user_id != *id),
                Change::Session(hash) => self.sessions.retain(|(h, _), _| h != hash),
                Change::Commune(id) => self
                    .communes
                    .retain(|_, c| c.as_ref().is_some_and(|c| c.id != *id)),
                Change::Inbox(id) => self.inboxes.retain(|k, _| k != id),
                Change::Map(commune) => {
                    self.neighbourhoods.retain(|_, n| n.commune_id != *commune);
                    self.neighbourhood_slugs.retain(|(c, _), _| c != commune);
                    self.rosters.clear();
                    // Where residents live follows the map.
                    self.accounts.retain(|_, a| a.commune_id != Some(*commune));
                }
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
}
