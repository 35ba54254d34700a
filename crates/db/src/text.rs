//! Enums of the core (roles, residence states, code kinds) stored as text. Decoding an
//! unknown value is an error that names it, never a silent default: a row that says
//! "admni" must not quietly become a resident.

use std::ops::Deref;

use serde::Serialize;
use sqlx::database::Database;
use sqlx::error::BoxDynError;
use sqlx::{Decode, Type};

/// A value kept in a text column, parsed with its `TryFrom<String>`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(transparent)]
pub struct Text<T>(pub T);

impl<T> Deref for Text<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}

impl<'r, DB, T> Decode<'r, DB> for Text<T>
where
    DB: Database,
    String: Decode<'r, DB>,
    T: TryFrom<String, Error = String>,
{
    fn decode(value: <DB as Database>::ValueRef<'r>) -> Result<Self, BoxDynError> {
        let text = <String as Decode<'r, DB>>::decode(value)?;
        T::try_from(text).map(Text).map_err(Into::into)
    }
}

impl<DB, T> Type<DB> for Text<T>
where
    DB: Database,
    String: Type<DB>,
{
    fn type_info() -> <DB as Database>::TypeInfo {
        <String as Type<DB>>::type_info()
    }

    fn compatible(ty: &<DB as Database>::TypeInfo) -> bool {
        <String as Type<DB>>::compatible(ty)
    }
}
