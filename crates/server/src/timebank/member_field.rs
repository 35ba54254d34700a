//! The forms' member fields (whom one exchanged with, whom one gives to, the payer and
//! the payee at the counter). In a small time bank a list of every member; in a large
//! one a name to type, then the members it matches to choose from — a list of
//! thousands of names is too much for an old phone, and a commune's time bank may
//! have that many members. Works without JavaScript: the choice is a second submit.

use gemeng_core::timebank::{match_name, NameMatch};
use gemeng_db::timebank::{self as store, Holder};

use crate::app::App;
use crate::http::error::AppResult;

/// Members a form lists at most; with more, it asks for a name.
pub const MEMBERS_LISTED: i64 = 40;
/// Members a typed name offers to choose from at most.
pub const MEMBERS_MATCHED: usize = 12;
/// Members searched for a typed name at most (every member of any real commune).
const MEMBERS_SEARCHED: i64 = 200_000;

/// What a member field shows.
#[derive(Debug, Default, Clone)]
pub struct MemberField {
    /// Every member but the visitor, in a small time bank; empty in a large one.
    pub listed: Vec<Holder>,
    /// In a large one: the members to choose from (those a typed name matched, or the
    /// one already chosen).
    pub matches: Vec<Holder>,
}

impl MemberField {
    /// The field of commune `commune_id`'s forms for `me`, `chosen` holding the user id
    /// already chosen, if any.
    pub async fn load(app: &App, commune_id: i64, me: i64, chosen: &str) -> AppResult<Self> {
        let members = store::members(&app.db, commune_id, MEMBERS_LISTED + 1).await?;
        if members.len() as i64 <= MEMBERS_LISTED {
            return Ok(MemberField {
                listed: members.into_iter().filter(|h| h.user_id != me).collect(),
                matches: Vec::new(),
            });
        }
        let mut matches = Vec::new();
        if let Ok(id) = chosen.trim().parse::<i64>() {
            matches.extend(Self::named(app, commune_id, &[id]).await?);
        }
        Ok(MemberField {
            listed: Vec::new(),
            matches,
        })
    }

    /// Members `ids` of commune `commune_id`'s time bank, with their names.
    async fn named(app: &App, commune_id: i64, ids: &[i64]) -> AppResult<Vec<Holder>> {
        let mut found = Vec::new();
        for &user_id in ids {
            let member = store::account_of(&app.db, user_id)
                .await?
                .is_some_and(|a| a.commune_id == commune_id);
            if let (true, Some(account)) = (member, app.cache.account(&app.db, user_id).await?) {
                found.push(Holder {
                    user_id,
                    name: account.display_name,
                });
            }
        }
        Ok(found)
    }
}

/// Whom a member field names: the user id chosen or, when a name was typed instead, the
/// one member other than `me` it finds. Otherwise the field's message and the field
/// to show again (the members to choose from, if the name found several).
pub async fn resolve(
    app: &App,
    commune_id: i64,
    me: i64,
    chosen: &str,
    typed: &str,
) -> AppResult<Result<String, (&'static str, MemberField)>> {
    if !chosen.trim().is_empty() || typed.trim().is_empty() {
        return Ok(Ok(chosen.to_string()));
    }
    let members = store::members(&app.db, commune_id, MEMBERS_SEARCHED).await?;
    let others = members
        .iter()
        .filter(|h| h.user_id != me)
        .map(|h| (h.user_id, h.name.as_str()));
    let (message, ids) = match match_name(others, typed, MEMBERS_MATCHED) {
        NameMatch::One(id) => return Ok(Ok(id.to_string())),
        NameMatch::Several(ids, false) => ("timebank-error-member-choose", ids),
        NameMatch::Several(ids, true) => ("timebank-error-member-more", ids),
        NameMatch::Nobody => ("timebank-error-member-named", Vec::new()),
    };
    let matches = members
        .into_iter()
        .filter(|h| ids.contains(&h.user_id))
        .collect();
    Ok(Err((
        message,
        MemberField {
            listed: Vec::new(),
            matches,
        },
    )))
}
