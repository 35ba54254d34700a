//! One connection to either engine, for bulk writing: many rows per statement, in the
//! transactions the generator opens. The same SQL text serves both engines (`$1`
//! placeholders); only the connection's settings and a few look-ups differ.

use std::str::FromStr;

use anyhow::Context;
use sqlx::postgres::PgConnection;
use sqlx::sqlite::{SqliteConnectOptions, SqliteConnection, SqliteJournalMode, SqliteSynchronous};
use sqlx::{ConnectOptions, Connection};

/// A value bound to a statement.
#[derive(Debug, Clone)]
pub enum Value<'a> {
    Int(i64),
    MaybeInt(Option<i64>),
    MaybeText(Option<&'a str>),
    Text(&'a str),
    Owned(String),
}

pub enum Store {
    Sqlite(SqliteConnection),
    Postgres(PgConnection),
}

/// Binds `values` to `query`, in order.
macro_rules! bind_all {
    ($query:expr, $values:expr) => {{
        let mut query = $query;
        for value in $values {
            query = match value {
                Value::Int(v) => query.bind(*v),
                Value::MaybeInt(v) => query.bind(*v),
                Value::MaybeText(v) => query.bind(*v),
                Value::Text(v) => query.bind(*v),
                Value::Owned(v) => query.bind(v.as_str()),
            };
        }
        query
    }};
}

/// Runs `$body` with `$conn` bound to whichever engine's connection it is.
macro_rules! on_conn {
    ($store:expr, |$conn:ident| $body:expr) => {
        match $store {
            Store::Sqlite($conn) => $body,
            Store::Postgres($conn) => $body,
        }
    };
}

/// Bound parameters per statement at most. sqlx's SQLite driver binds in more than
/// linear time per statement, so a few hundred rows per statement is not faster.
const PARAMETERS: usize = 960;

impl Store {
    /// Opens one connection for writing in bulk. The data is a benchmark's, made again
    /// if anything fails, so SQLite keeps its rollback journal in memory and does not
    /// wait for the disk, and PostgreSQL commits without waiting for its log.
    pub async fn connect(url: &str) -> anyhow::Result<Store> {
        if url.starts_with("sqlite:") {
            let options = SqliteConnectOptions::from_str(url)?
                .journal_mode(SqliteJournalMode::Memory)
                .synchronous(SqliteSynchronous::Off)
                .foreign_keys(true)
                .pragma("cache_size", "-262144");
            Ok(Store::Sqlite(options.connect().await?))
        } else {
            let mut conn = PgConnection::connect(url).await?;
            sqlx::query("SET synchronous_commit = off")
                .execute(&mut conn)
                .await?;
            Ok(Store::Postgres(conn))
        }
    }

    pub fn is_postgres(&self) -> bool {
        matches!(self, Store::Postgres(_))
    }

    pub async fn execute(&mut self, sql: &str, values: &[Value<'_>]) -> anyhow::Result<u64> {
        let done = on_conn!(self, |conn| bind_all!(sqlx::query(sql), values)
            .execute(&mut *conn)
            .await
            .map(|r| r.rows_affected()));
        done.with_context(|| format!("running {sql}"))
    }

    pub async fn number(&mut self, sql: &str, values: &[Value<'_>]) -> anyhow::Result<i64> {
        let found = on_conn!(self, |conn| bind_all!(
            sqlx::query_scalar::<_, Option<i64>>(sql),
            values
        )
        .fetch_one(&mut *conn)
        .await);
        Ok(found
            .with_context(|| format!("running {sql}"))?
            .unwrap_or(0))
    }

    pub async fn text(&mut self, sql: &str, values: &[Value<'_>]) -> anyhow::Result<String> {
        let found = on_conn!(self, |conn| bind_all!(
            sqlx::query_scalar::<_, String>(sql),
            values
        )
        .fetch_one(&mut *conn)
        .await);
        found.with_context(|| format!("running {sql}"))
    }

    pub async fn pairs(
        &mut self,
        sql: &str,
        values: &[Value<'_>],
    ) -> anyhow::Result<Vec<(i64, i64)>> {
        let found = on_conn!(self, |conn| bind_all!(
            sqlx::query_as::<_, (i64, i64)>(sql),
            values
        )
        .fetch_all(&mut *conn)
        .await);
        found.with_context(|| format!("running {sql}"))
    }

    /// Inserts `values`, a whole number of rows of `columns`, many rows per statement.
    pub async fn insert(
        &mut self,
        table: &str,
        columns: &[&str],
        values: &[Value<'_>],
    ) -> anyhow::Result<()> {
        let width = columns.len();
        anyhow::ensure!(
            values.chunks_exact(width).remainder().is_empty(),
            "{table}: a row is incomplete"
        );
        let per_statement = (PARAMETERS / width).clamp(1, 64);
        let mut full = None;
        for rows in values.chunks(per_statement * width) {
            let fresh;
            let sql = if rows.len() == per_statement * width {
                full.get_or_insert_with(|| statement(table, columns, per_statement))
                    .as_str()
            } else {
                fresh = statement(table, columns, rows.len() / width);
                fresh.as_str()
            };
            self.execute(sql, rows).await?;
        }
        Ok(())
    }
}

/// `INSERT INTO table (columns) VALUES ($1, …), (…)` for `rows` rows.
fn statement(table: &str, columns: &[&str], rows: usize) -> String {
    let width = columns.len();
    let mut sql = format!("INSERT INTO {table} ({}) VALUES ", columns.join(", "));
    for row in 0..rows {
        if row > 0 {
            sql.push_str(", ");
        }
        sql.push('(');
        for column in 0..width {
            if column > 0 {
                sql.push_str(", ");
            }
            sql.push_str(&format!("${}", row * width + column + 1));
        }
        sql.push(')');
    }
    sql
}
