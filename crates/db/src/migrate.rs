//! Schema migrations, embedded in the binary, one folder per engine. Each runs in its
//! own transaction and is recorded with a checksum, so an edited migration is caught.

use sha2::{Digest, Sha256};

use crate::{with_pool, with_tx, Db, DbError, DbResult};

pub struct Migration {
    pub version: i64,
    pub name: &'static str,
    pub sql: &'static str,
}

pub const MIGRATIONS_SQLITE: &[Migration] = &[
    Migration {
        version: 1,
        name: "foundation",
        sql: include_str!("../migrations/sqlite/0001_foundation.sql"),
    },
    Migration {
        version: 2,
        name: "hardening",
        sql: include_str!("../migrations/sqlite/0002_hardening.sql"),
    },
    Migration {
        version: 3,
        name: "address_words",
        sql: include_str!("../migrations/sqlite/0003_address_words.sql"),
    },
    Migration {
        version: 4,
        name: "address_staging",
        sql: include_str!("../migrations/sqlite/0004_address_staging.sql"),
    },
    Migration {
        version: 5,
        name: "commune_identity",
        sql: include_str!("../migrations/sqlite/0005_commune_identity.sql"),
    },
    Migration {
        version: 6,
        name: "names_arms_invitations",
        sql: include_str!("../migrations/sqlite/0006_names_arms_invitations.sql"),
    },
    Migration {
        version: 7,
        name: "neighbourhood_posts",
        sql: include_str!("../migrations/sqlite/0007_neighbourhood_posts.sql"),
    },
    Migration {
        version: 8,
        name: "neighbourhood_exchange",
        sql: include_str!("../migrations/sqlite/0008_neighbourhood_exchange.sql"),
    },
    Migration {
        version: 9,
        name: "post_search",
        sql: include_str!("../migrations/sqlite/0009_post_search.sql"),
    },
    Migration {
        version: 10,
        name: "time_bank",
        sql: include_str!("../migrations/sqlite/0010_time_bank.sql"),
    },
    Migration {
        version: 11,
        name: "announcements",
        sql: include_str!("../migrations/sqlite/0011_announcements.sql"),
    },
    Migration {
        version: 12,
        name: "consultations",
        sql: include_str!("../migrations/sqlite/0012_consultations.sql"),
    },
    Migration {
        version: 13,
        name: "service_threads",
        sql: include_str!("../migrations/sqlite/0013_service_threads.sql"),
    },
    Migration {
        version: 14,
        name: "newsletter",
        sql: include_str!("../migrations/sqlite/0014_newsletter.sql"),
    },
    Migration {
        version: 15,
        name: "activities",
        sql: include_str!("../migrations/sqlite/0015_activities.sql"),
    },
    Migration {
        version: 16,
        name: "consultation_answer_checks",
        sql: include_str!("../migrations/sqlite/0016_consultation_answer_checks.sql"),
    },
    Migration {
        version: 17,
        name: "coaching",
        sql: include_str!("../migrations/sqlite/0017_coaching.sql"),
    },
    Migration {
        version: 18,
        name: "cafe_tables",
        sql: include_str!("../migrations/sqlite/0018_cafe_tables.sql"),
    },
    Migration {
        version: 19,
        name: "activities_in_feeds",
        sql: include_str!("../migrations/sqlite/0019_activities_in_feeds.sql"),
    },
    Migration {
        version: 20,
        name: "commune_video_room",
        sql: include_str!("../migrations/sqlite/0020_commune_video_room.sql"),
    },
    Migration {
        version: 21,
        name: "events",
        sql: include_str!("../migrations/sqlite/0021_events.sql"),
    },
    Migration {
        version: 22,
        name: "event_places",
        sql: include_str!("../migrations/sqlite/0022_event_places.sql"),
    },
    Migration {
        version: 23,
        name: "event_questions",
        sql: include_str!("../migrations/sqlite/0023_event_questions.sql"),
    },
    Migration {
        version: 24,
        name: "event_visits",
        sql: include_str!("../migrations/sqlite/0024_event_visits.sql"),
    },
    Migration {
        version: 25,
        name: "event_lounge",
        sql: include_str!("../migrations/sqlite/0025_event_lounge.sql"),
    },
    Migration {
        version: 26,
        name: "event_mutes",
        sql: include_str!("../migrations/sqlite/0026_event_mutes.sql"),
    },
    Migration {
        version: 27,
        name: "event_meetings",
        sql: include_str!("../migrations/sqlite/0027_event_meetings.sql"),
    },
    Migration {
        version: 28,
        name: "event_reports",
        sql: include_str!("../migrations/sqlite/0028_event_reports.sql"),
    },
    Migration {
        version: 29,
        name: "event_guest_passes",
        sql: include_str!("../migrations/sqlite/0029_event_guest_passes.sql"),
    },
    Migration {
        version: 30,
        name: "event_staff_presence",
        sql: include_str!("../migrations/sqlite/0030_event_staff_presence.sql"),
    },
    Migration {
        version: 31,
        name: "cafe_hosts",
        sql: include_str!("../migrations/sqlite/0031_cafe_hosts.sql"),
    },
    Migration {
        version: 32,
        name: "outbox_pending",
        sql: include_str!("../migrations/sqlite/0032_outbox_pending.sql"),
    },
];

pub const MIGRATIONS_POSTGRES: &[Migration] = &[
    Migration {
        version: 1,
        name: "foundation",
        sql: include_str!("../migrations/postgres/0001_foundation.sql"),
    },
    Migration {
        version: 2,
        name: "hardening",
        sql: include_str!("../migrations/postgres/0002_hardening.sql"),
    },
    Migration {
        version: 3,
        name: "address_words",
        sql: include_str!("../migrations/postgres/0003_address_words.sql"),
    },
    Migration {
        version: 4,
        name: "address_staging",
        sql: include_str!("../migrations/postgres/0004_address_staging.sql"),
    },
    Migration {
        version: 5,
        name: "commune_identity",
        sql: include_str!("../migrations/postgres/0005_commune_identity.sql"),
    },
    Migration {
        version: 6,
        name: "names_arms_invitations",
        sql: include_str!("../migrations/postgres/0006_names_arms_invitations.sql"),
    },
    Migration {
        version: 7,
        name: "neighbourhood_posts",
        sql: include_str!("../migrations/postgres/0007_neighbourhood_posts.sql"),
    },
    Migration {
        version: 8,
        name: "neighbourhood_exchange",
        sql: include_str!("../migrations/postgres/0008_neighbourhood_exchange.sql"),
    },
    Migration {
        version: 9,
        name: "post_search",
        sql: include_str!("../migrations/postgres/0009_post_search.sql"),
    },
    Migration {
        version: 10,
        name: "time_bank",
        sql: include_str!("../migrations/postgres/0010_time_bank.sql"),
    },
    Migration {
        version: 11,
        name: "announcements",
        sql: include_str!("../migrations/postgres/0011_announcements.sql"),
    },
    Migration {
        version: 12,
        name: "consultations",
        sql: include_str!("../migrations/postgres/0012_consultations.sql"),
    },
    Migration {
        version: 13,
        name: "service_threads",
        sql: include_str!("../migrations/postgres/0013_service_threads.sql"),
    },
    Migration {
        version: 14,
        name: "newsletter",
        sql: include_str!("../migrations/postgres/0014_newsletter.sql"),
    },
    Migration {
        version: 15,
        name: "activities",
        sql: include_str!("../migrations/postgres/0015_activities.sql"),
    },
    Migration {
        version: 16,
        name: "consultation_answer_checks",
        sql: include_str!("../migrations/postgres/0016_consultation_answer_checks.sql"),
    },
    Migration {
        version: 17,
        name: "coaching",
        sql: include_str!("../migrations/postgres/0017_coaching.sql"),
    },
    Migration {
        version: 18,
        name: "cafe_tables",
        sql: include_str!("../migrations/postgres/0018_cafe_tables.sql"),
    },
    Migration {
        version: 19,
        name: "activities_in_feeds",
        sql: include_str!("../migrations/postgres/0019_activities_in_feeds.sql"),
    },
    Migration {
        version: 20,
        name: "commune_video_room",
        sql: include_str!("../migrations/postgres/0020_commune_video_room.sql"),
    },
    Migration {
        version: 21,
        name: "events",
        sql: include_str!("../migrations/postgres/0021_events.sql"),
    },
    Migration {
        version: 22,
        name: "event_places",
        sql: include_str!("../migrations/postgres/0022_event_places.sql"),
    },
    Migration {
        version: 23,
        name: "event_questions",
        sql: include_str!("../migrations/postgres/0023_event_questions.sql"),
    },
    Migration {
        version: 24,
        name: "event_visits",
        sql: include_str!("../migrations/postgres/0024_event_visits.sql"),
    },
    Migration {
        version: 25,
        name: "event_lounge",
        sql: include_str!("../migrations/postgres/0025_event_lounge.sql"),
    },
    Migration {
        version: 26,
        name: "event_mutes",
        sql: include_str!("../migrations/postgres/0026_event_mutes.sql"),
    },
    Migration {
        version: 27,
        name: "event_meetings",
        sql: include_str!("../migrations/postgres/0027_event_meetings.sql"),
    },
    Migration {
        version: 28,
        name: "event_reports",
        sql: include_str!("../migrations/postgres/0028_event_reports.sql"),
    },
    Migration {
        version: 29,
        name: "event_guest_passes",
        sql: include_str!("../migrations/postgres/0029_event_guest_passes.sql"),
    },
    Migration {
        version: 30,
        name: "event_staff_presence",
        sql: include_str!("../migrations/postgres/0030_event_staff_presence.sql"),
    },
    Migration {
        version: 31,
        name: "cafe_hosts",
        sql: include_str!("../migrations/postgres/0031_cafe_hosts.sql"),
    },
    Migration {
        version: 32,
        name: "outbox_pending",
        sql: include_str!("../migrations/postgres/0032_outbox_pending.sql"),
    },
];

fn checksum(sql: &str) -> String {
    format!("{:x}", Sha256::digest(sql.as_bytes()))
}

const CREATE_TABLE: &str = "CREATE TABLE IF NOT EXISTS schema_migrations (
    version BIGINT PRIMARY KEY, name TEXT NOT NULL, checksum TEXT NOT NULL, applied_at BIGINT NOT NULL)";

/// Any fixed number: the key of the advisory lock instances take while migrating.
const MIGRATION_LOCK: i64 = 0x6765_6d65_6e67; // "gemeng"

/// Applies every migration the database lacks, all in one transaction; returns how
/// many were applied.
///
/// Several instances may start at once: on PostgreSQL they queue on an advisory lock
/// held until the transaction ends, then each reads what is applied; on SQLite the
/// transaction is `BEGIN IMMEDIATE`, which other processes wait for.
pub async fn migrate(db: &Db, now: i64) -> DbResult<usize> {
    let migrations = match db {
        Db::Sqlite { .. } => MIGRATIONS_SQLITE,
        Db::Postgres(_) => MIGRATIONS_POSTGRES,
    };
    let mut tx = db.begin().await?;
    if let crate::tx::Engine::Postgres(t) = &mut tx.engine {
        sqlx::query("SELECT pg_advisory_xact_lock($1)")
            .bind(MIGRATION_LOCK)
            .execute(&mut **t)
            .await?;
    }
    let count = with_tx!(&mut tx, |conn| {
        sqlx::query(CREATE_TABLE).execute(&mut *conn).await?;
        let applied: Vec<(i64, String)> =
            sqlx::query_as("SELECT version, checksum FROM schema_migrations ORDER BY version")
                .fetch_all(&mut *conn)
                .await?;
        for (version, sum) in &applied {
            match migrations.iter().find(|m| m.version == *version) {
                None => return Err(DbError::MigrationUnknown { version: *version }),
                Some(m) if checksum(m.sql) != *sum => {
                    return Err(DbError::MigrationChanged { version: *version })
                }
                Some(_) => {}
            }
        }
        let missing: Vec<&Migration> = migrations
            .iter()
            .filter(|m| !applied.iter().any(|(v, _)| *v == m.version))
            .collect();
        let mut count = 0;
        for m in missing {
            sqlx::Executor::execute(&mut *conn, m.sql).await?;
            sqlx::query("INSERT INTO schema_migrations (version, name, checksum, applied_at) VALUES ($1, $2, $3, $4)")
                .bind(m.version)
                .bind(m.name)
                .bind(checksum(m.sql))
                .bind(now)
                .execute(&mut *conn)
                .await?;
            tracing::info!(version = m.version, name = m.name, "applied migration");
            count += 1;
        }
        count
    });
    tx.commit().await?;
    Ok(count)
}

/// The versions recorded in the database, for tests and `gemeng migrate`.
pub async fn applied_versions(db: &Db) -> DbResult<Vec<i64>> {
    with_pool!(db.reader(), |pool| {
        Ok(
            sqlx::query_scalar("SELECT version FROM schema_migrations ORDER BY version")
                .fetch_all(pool)
                .await?,
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn listed(engine: &str) -> Vec<(i64, String)> {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("migrations")
            .join(engine);
        let mut files: Vec<(i64, String)> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .map(|f| {
                let (version, rest) = f.split_once('_').unwrap();
                (
                    version.parse().unwrap(),
                    rest.trim_end_matches(".sql").to_string(),
                )
            })
            .collect();
        files.sort();
        files
    }

    #[test]
    fn both_engines_have_the_same_migrations_and_all_are_embedded() {
        let sqlite = listed("sqlite");
        assert_eq!(sqlite, listed("postgres"));
        for embedded in [MIGRATIONS_SQLITE, MIGRATIONS_POSTGRES] {
            let names: Vec<(i64, String)> = embedded
                .iter()
                .map(|m| (m.version, m.name.to_string()))
                .collect();
            assert_eq!(names, sqlite);
        }
    }
}
