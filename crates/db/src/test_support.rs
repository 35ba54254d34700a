//! Fresh, migrated databases for tests of this crate and of the server.
//!
//! `GEMENG_TEST_ENGINE=sqlite` (the default) gives each test its own SQLite file;
//! `GEMENG_TEST_ENGINE=postgres` gives each test its own schema in the database at
//! `TEST_DATABASE_URL` (default `postgres://postgres@127.0.0.1:5432/gemeng_test`).
//! `scripts/test` runs the whole suite once per engine.

use std::path::PathBuf;
use std::str::FromStr;

use sqlx::postgres::PgConnectOptions;
use sqlx::Connection;

use crate::{migrate, Db, Engine};

pub const DEFAULT_TEST_DATABASE_URL: &str = "postgres://postgres@127.0.0.1:5432/gemeng_test";

/// A test database; the SQLite file is removed when this is dropped.
pub struct TestDb {
    pub db: Db,
    pub url: String,
    file: Option<PathBuf>,
}

impl Drop for TestDb {
    fn drop(&mut self) {
        if let Some(file) = &self.file {
            for suffix in ["", "-wal", "-shm"] {
                let _ = std::fs::remove_file(format!("{}{suffix}", file.display()));
            }
        }
    }
}

/// The engine the test suite runs on in this process.
pub fn engine() -> Engine {
    match std::env::var("GEMENG_TEST_ENGINE").as_deref() {
        Ok("postgres") => Engine::Postgres,
        Ok("sqlite") | Err(_) => Engine::Sqlite,
        Ok(other) => panic!("GEMENG_TEST_ENGINE must be sqlite or postgres, not {other:?}"),
    }
}

fn unique_name() -> String {
    format!(
        "t{}_{}",
        std::process::id(),
        gemeng_core::codes::random_token()[..10]
            .to_lowercase()
            .replace(['-', '_'], "x")
    )
}

/// A new, empty, migrated database on the engine under test. The URL it returns
/// opens the same database (for starting a server process on it, or opening a second
/// handle whose connections race this one's).
pub async fn fresh() -> TestDb {
    let test = fresh_unmigrated().await;
    migrate(&test.db, 1_700_000_000)
        .await
        .expect("migrate the test database");
    test
}

/// A new database without any table, for tests of migrating itself.
pub async fn fresh_unmigrated() -> TestDb {
    match engine() {
        Engine::Sqlite => {
            let file = std::env::temp_dir().join(format!("gemeng-{}.db", unique_name()));
            let url = format!("sqlite://{}", file.display());
            let db = Db::connect(&url).await.expect("open test SQLite database");
            TestDb {
                db,
                url,
                file: Some(file),
            }
        }
        Engine::Postgres => {
            let base = std::env::var("TEST_DATABASE_URL")
                .unwrap_or_else(|_| DEFAULT_TEST_DATABASE_URL.into());
            let schema = unique_name();
            let mut admin = sqlx::PgConnection::connect(&base)
                .await
                .unwrap_or_else(|e| panic!("cannot reach PostgreSQL at {base}: {e}"));
            sqlx::query(&format!("CREATE SCHEMA {schema}"))
                .execute(&mut admin)
                .await
                .expect("create schema");
            admin.close().await.ok();
            let options = PgConnectOptions::from_str(&base)
                .expect("parse TEST_DATABASE_URL")
                .options([("search_path", schema.as_str())]);
            let db = Db::connect_postgres(options)
                .await
                .expect("open test PostgreSQL database");
            let separator = if base.contains('?') { '&' } else { '?' };
            let url = format!("{base}{separator}options=-c%20search_path%3D{schema}");
            TestDb {
                db,
                url,
                file: None,
            }
        }
    }
}

/// Imports `rows` into the commune's register as an import job, placed against the
/// commune's stored map. Any other import of the commune still marked running is
/// taken as stopped long ago.
pub async fn import_addresses(
    db: &Db,
    commune_id: i64,
    rows: &[gemeng_core::address::AddressRow],
) -> crate::addresses::AddressesImported {
    let now = 1_700_000_000;
    let mut tx = db.begin().await.expect("begin");
    let job = crate::import_jobs::start(&mut tx, commune_id, "addresses", None, now, i64::MAX)
        .await
        .expect("start an import")
        .expect("no other import of the commune runs");
    tx.commit().await.expect("commit");
    let placer = crate::neighbourhoods::placer(db, commune_id)
        .await
        .expect("the commune's map");
    let done = crate::addresses::import(db, job, commune_id, rows, &placer, &mut |_| {})
        .await
        .expect("import the register");
    crate::import_jobs::finish(db, job, "done", "{}", now)
        .await
        .expect("finish the import");
    done
}

/// `count` verified residents of commune `commune_id` living at `address_id`, members
/// of its time bank (opened if need be), each with an API token chosen here: for the
/// ledger's crash test and benchmark, which need hundreds of members and cannot spend
/// their time hashing one password per log-in. All share `password_hash`. Returns
/// (user id, token) pairs.
pub async fn time_bank_members(
    db: &Db,
    commune_id: i64,
    address_id: i64,
    count: usize,
    password_hash: &str,
) -> Vec<(i64, String)> {
    // Today's time: the tokens must be valid now.
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0);
    let mut made = Vec::with_capacity(count);
    let mut tx = db.begin().await.expect("begin");
    crate::timebank::open(&mut tx, commune_id, now)
        .await
        .expect("open the time bank");
    let prefix = gemeng_core::codes::random_token();
    for n in 0..count {
        let email = format!("member{n}.{}@example.lu", &prefix[..8].to_lowercase());
        let id = crate::accounts::create(
            &mut tx,
            &crate::accounts::NewAccount {
                commune_id: Some(commune_id),
                email: &email,
                password_hash,
                display_name: &format!("Member {n}"),
                language: "en",
                role: gemeng_core::account::Role::Resident,
                address_id: Some(address_id),
                residence: gemeng_core::account::Residence::Verified,
                email_confirmed: true,
            },
            now,
        )
        .await
        .expect("create a member");
        let token = format!("{prefix}{n}");
        crate::sessions::create(
            &mut tx,
            &gemeng_core::codes::hash_secret(&token),
            id,
            crate::sessions::SessionKind::Api,
            "time bank load",
            now,
            30 * 86_400,
        )
        .await
        .expect("create a token");
        crate::timebank::open_member_account(&mut tx, commune_id, id, now)
            .await
            .expect("open a ledger account");
        // As joining makes it.
        crate::notices::token(&mut tx, id, &gemeng_core::codes::random_token())
            .await
            .expect("an unsubscribe secret");
        made.push((id, token));
    }
    tx.commit().await.expect("commit");
    made
}

/// Writes `count` lounge messages at event `event_id` by its first participant,
/// straight into the database: a long conversation, past the flood limit a person
/// keeps when posting through the server.
pub async fn lounge_messages(db: &Db, event_id: i64, count: usize) {
    let mut tx = db.begin().await.unwrap();
    let place: i64 = crate::with_tx!(tx, |conn| sqlx::query_scalar(
        "SELECT id FROM event_registrations WHERE event_id = $1 ORDER BY id LIMIT 1"
    )
    .bind(event_id)
    .fetch_one(&mut *conn)
    .await
    .unwrap());
    for n in 0..count {
        crate::event_lounge::insert(
            &mut tx,
            &crate::event_lounge::NewMessage {
                event_id,
                registration_id: place,
                user_id: None,
                body: &format!("message {n}"),
                request_key: &format!("bulk-{n}"),
                at: 1_800_000_000 + n as i64,
            },
        )
        .await
        .unwrap();
    }
    tx.commit().await.unwrap();
}
