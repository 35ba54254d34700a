//! One action, one transaction. A flow opens a [`Tx`] with [`Db::begin`], passes it to
//! every storage function its action needs (the change, its audit entry, the e-mail it
//! queues) and commits once: they all stand or none does. Dropping a `Tx` without
//! committing rolls it back.

use sqlx::{Postgres, Sqlite, Transaction};

use crate::{Db, DbResult};

/// A write transaction on either engine.
pub enum Tx {
    Sqlite(Transaction<'static, Sqlite>),
    Postgres(Transaction<'static, Postgres>),
}

impl Db {
    /// Opens a write transaction. On SQLite it is `BEGIN IMMEDIATE`: the write lock is
    /// taken at once, so a transaction that reads and then writes cannot fail halfway
    /// with `SQLITE_BUSY` when another process (the command line) writes meanwhile.
    pub async fn begin(&self) -> DbResult<Tx> {
        Ok(match self {
            Db::Sqlite { writer, .. } => Tx::Sqlite(writer.begin_with("BEGIN IMMEDIATE").await?),
            Db::Postgres(pool) => Tx::Postgres(pool.begin().await?),
        })
    }
}

impl Tx {
    pub async fn commit(self) -> DbResult<()> {
        match self {
            Tx::Sqlite(tx) => tx.commit().await?,
            Tx::Postgres(tx) => tx.commit().await?,
        }
        Ok(())
    }
}

/// Runs the same body on whichever engine's transaction `$tx` (a `&mut Tx`) holds,
/// binding `$conn` to a connection usable as an sqlx executor (`&mut *$conn`).
#[macro_export]
macro_rules! with_tx {
    ($tx:expr, |$conn:ident| $body:expr) => {
        match $tx {
            $crate::tx::Tx::Sqlite(t) => {
                let $conn = &mut **t;
                $body
            }
            $crate::tx::Tx::Postgres(t) => {
                let $conn = &mut **t;
                $body
            }
        }
    };
}
