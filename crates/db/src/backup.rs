//! Online backup of an SQLite database (`VACUUM INTO` writes a consistent copy while
//! the server keeps running). PostgreSQL is backed up with its own `pg_dump`.

use crate::{Db, DbError, DbResult};

pub async fn sqlite_backup(db: &Db, target: &str) -> DbResult<()> {
    match db {
        Db::Sqlite { writer, .. } => {
            sqlx::query("VACUUM INTO $1")
                .bind(target)
                .execute(writer)
                .await?;
            Ok(())
        }
        Db::Postgres(_) => Err(DbError::Invalid(
            "PostgreSQL databases are backed up with pg_dump (see the README)".into(),
        )),
    }
}

/// Checks that a file is a healthy Gemeng SQLite database before it is restored.
pub async fn check_sqlite_file(path: &str) -> DbResult<Vec<i64>> {
    use sqlx::sqlite::SqliteConnectOptions;
    use sqlx::{ConnectOptions, Connection};
    let mut conn = SqliteConnectOptions::new()
        .filename(path)
        .read_only(true)
        .connect()
        .await
        .map_err(|e| DbError::Invalid(format!("{path} is not an SQLite database: {e}")))?;
    let check: String = sqlx::query_scalar("PRAGMA integrity_check")
        .fetch_one(&mut conn)
        .await
        .map_err(|e| DbError::Invalid(format!("{path} is not an SQLite database: {e}")))?;
    if check != "ok" {
        return Err(DbError::Invalid(format!("{path} is damaged: {check}")));
    }
    let versions: Vec<i64> =
        sqlx::query_scalar("SELECT version FROM schema_migrations ORDER BY version")
            .fetch_all(&mut conn)
            .await
            .map_err(|_| DbError::Invalid(format!("{path} is not a Gemeng database")))?;
    conn.close().await.ok();
    Ok(versions)
}
