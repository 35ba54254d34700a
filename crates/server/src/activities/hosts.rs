//! A language café's hosts with accounts (`PRODUCT.md` C6): an organiser may name a
//! table's host by the address of their account in the commune. The host is then told
//! by e-mail, sees who has a seat at their table session by session (names, never
//! addresses), finds their tables on their activities page and gets a reminder the
//! day before each session. A host without an account stays a name, as before.
//!
//! The rules are `gemeng_core::activities::{host_level, repeated_hosts}`: an account's
//! own language profile sets the host's level, and one account hosts one table of a
//! café.

use gemeng_core::activities::{host_level, may_manage, repeated_hosts, Viewer};
use gemeng_core::language::Language;
use gemeng_core::permissions::{allows, Action};
use gemeng_core::validation::FieldErrors;
use gemeng_db::accounts::{self, Account};
use gemeng_db::activities::{self as store, Activity, Recipient, Registrant, Session, Table};
use gemeng_db::communes::Commune;
use gemeng_db::Tx;

use super::{add_once, reach_of, table_field, viewer_of, TableDetails};
use crate::app::App;
use crate::http::auth::rate_limit;
use crate::http::error::{AppError, AppResult};

/// Host addresses one organiser may look up in an hour: a large café's tables sent
/// again a few times, while nobody can use the form to learn which addresses of the
/// commune have accounts.
pub const LOOKUPS_PER_HOUR: i64 = 200;

/// Finds the account of every table whose host is named by address, each problem at
/// the table's field: no account of the commune that takes part in activities, a
/// profile below C1 in the table's language, an account hosting another table of the
/// café. A found host's level is their profile's, when it gives the language, and a
/// blank name becomes their name on the platform.
pub(crate) async fn resolve(
    app: &App,
    commune: &Commune,
    organiser: &Account,
    tables: &mut [TableDetails],
    errors: &mut FieldErrors,
) -> AppResult<()> {
    for (i, t) in tables.iter_mut().enumerate() {
        resolve_one(app, commune, organiser, t, i, errors).await?;
    }
    let hosts: Vec<Option<i64>> = tables.iter().map(|t| t.host_id).collect();
    for i in repeated_hosts(&hosts) {
        add_once(errors, table_field(i, 4), "activity-error-host-twice");
    }
    Ok(())
}

/// [`resolve`] for one table, its problems at the fields of table `field`.
async fn resolve_one(
    app: &App,
    commune: &Commune,
    organiser: &Account,
    t: &mut TableDetails,
    field: usize,
    errors: &mut FieldErrors,
) -> AppResult<()> {
    if t.email.is_empty() || !t.email.contains('@') {
        return Ok(());
    }
    rate_limit(
        app,
        &format!("cafe-hosts:{}", organiser.id),
        3_600,
        LOOKUPS_PER_HOUR,
    )
    .await?;
    let found = accounts::by_email(&app.db, commune.id, &t.email)
        .await?
        .filter(|a| allows(&a.actor(), commune.id, Action::JoinActivities));
    let Some(host) = found else {
        add_once(errors, table_field(field, 4), "activity-error-host-account");
        return Ok(());
    };
    let from_profile = match gemeng_db::language_practice::profile(&app.db, host.id).await? {
        Some(p) => crate::language_practice::profile_of_stored(&p).level(t.language),
        None => None,
    };
    let level = host_level(t.level, from_profile);
    if !level.may_host() {
        // The profile's level, told at the address; else the declared one, at its field.
        let (part, message) = if from_profile.is_some() {
            (4, "activity-error-host-profile-level")
        } else {
            (2, "activity-error-host-level")
        };
        add_once(errors, table_field(field, part), message);
    }
    t.level = level;
    if t.host.is_empty() {
        t.host = host
            .display_name
            .chars()
            .take(super::HOST_NAME_MAX)
            .collect();
    }
    t.host_id = Some(host.id);
    Ok(())
}

/// A table's new host, as the form or the API gives it.
#[derive(Debug, Clone, Default, serde::Deserialize, utoipa::ToSchema)]
#[serde(default)]
#[schema(example = json!({"host": "", "host_email": "luc@example.lu", "host_level": "native"}))]
pub struct HostInput {
    /// The host's name, 1 to 80 characters; may be left empty when `host_email` names
    /// the host's account.
    #[schema(max_length = 160)]
    pub host: String,
    /// The e-mail address of the host's account in the commune, or empty for a host
    /// without an account.
    #[schema(max_length = 254)]
    pub host_email: String,
    /// The host's level in the table's language: c1, c2 or native (their own
    /// profile's, when their account's profile gives the language).
    #[schema(max_length = 10)]
    pub host_level: String,
}

/// Gives table `table_id` of café `activity_id` a new host (its organiser or staff):
/// checked as when the café was made, in one transaction with the audit entry. A new
/// host account is told and gets the reminders of the sessions to come; a host
/// account replaced is told they no longer host. The form's problems instead, and
/// nothing changed.
pub async fn change_host(
    app: &App,
    commune: &Commune,
    organiser: &Account,
    activity_id: i64,
    table_id: i64,
    input: &HostInput,
) -> AppResult<Result<(), FieldErrors>> {
    let (viewer, _) = viewer_of(Some(organiser), commune);
    let a = super::managed(app, commune, viewer, activity_id).await?;
    let tables = store::tables(&app.db, a.id).await?;
    let Some(index) = tables.iter().position(|t| t.id == table_id) else {
        return Err(AppError::NotFound);
    };
    let old = &tables[index];
    let mut errors = FieldErrors::new();
    let (host, email) = super::host_fields(index, &input.host, &input.host_email, &mut errors);
    let level = gemeng_core::language_practice::Level::parse(&input.host_level).ok();
    let language = Language::from_code(&old.language).unwrap_or(Language::En);
    let mut t = TableDetails {
        language,
        host,
        level: level.unwrap_or(gemeng_core::language_practice::Level::Native),
        seats: 0,
        email,
        host_id: None,
    };
    // A host named by account is held to their profile's level (`resolve_one`); a
    // host named by name, to the one declared.
    let judged_later = !t.email.is_empty();
    if level.is_none_or(|l| !l.may_host() && !judged_later) {
        add_once(
            &mut errors,
            table_field(index, 2),
            "activity-error-host-level",
        );
    }
    if errors.is_empty() {
        resolve_one(app, commune, organiser, &mut t, index, &mut errors).await?;
    }
    let taken_elsewhere = tables
        .iter()
        .any(|other| other.id != table_id && other.host_id.is_some() && other.host_id == t.host_id);
    if taken_elsewhere {
        add_once(
            &mut errors,
            table_field(index, 4),
            "activity-error-host-twice",
        );
    }
    if !errors.is_empty() {
        return Ok(Err(errors));
    }
    rate_limit(
        app,
        &format!("activity-changes:{}", organiser.id),
        86_400,
        super::CHANGES_PER_DAY,
    )
    .await?;
    let at = crate::app::now();
    let mut tx = app.begin().await?;
    let before = store::set_host(&mut tx, table_id, &t.host, t.level.code(), t.host_id, at).await?;
    if t.host_id != before {
        let first = store::sessions(&app.db, a.id)
            .await?
            .iter()
            .filter(|s| s.starts_at > at && s.cancelled_at.is_none())
            .map(|s| s.starts_at)
            .min();
        if let Some(first) = first {
            let title = wording_of(&a);
            tell_named(
                &mut tx,
                app,
                commune,
                &title,
                first,
                std::slice::from_ref(&t),
            )
            .await?;
            if let Some(before) = before {
                tell_released(&mut tx, app, commune, &a, first, before, language).await?;
            }
        }
    }
    gemeng_db::audit::record(
        &mut tx,
        Some(commune.id),
        Some(organiser.id),
        "activity-host-changed",
        Some(a.id),
        &format!(
            "table {table_id} ({}): {}",
            old.language,
            if t.host_id.is_some() {
                "an account"
            } else {
                "a name"
            }
        ),
        at,
    )
    .await?;
    app.commit(tx).await?;
    Ok(Ok(()))
}

/// An activity's titles as the rules hold them.
fn wording_of(a: &Activity) -> gemeng_core::consultation::Wording {
    let mut w = gemeng_core::consultation::Wording::default();
    for v in &a.versions {
        if let Some(l) = Language::from_code(&v.language) {
            w = w.with(l, v.title.clone());
        }
    }
    w
}

/// Tells account `user_id` they no longer host their table of café `a`.
async fn tell_released(
    tx: &mut Tx,
    app: &App,
    commune: &Commune,
    a: &Activity,
    first: i64,
    user_id: i64,
    table_language: Language,
) -> AppResult<()> {
    let Some(host) = accounts::by_id(&app.db, user_id).await? else {
        return Ok(());
    };
    let tr =
        crate::http::i18n::Tr::new(Language::from_code(&host.language).unwrap_or(Language::En));
    let table = tr.t(&format!("profile-language-{}", table_language.code()));
    let to = Recipient {
        user_id,
        email: host.email.clone(),
        language: host.language.clone(),
    };
    super::tell_with(
        tx,
        app,
        commune,
        a,
        first,
        &to,
        "mail-activity-host-released",
        &[("language", &table)],
    )
    .await
}

/// Tells each host named by account that they host a table of a new café, whose
/// first session starts at `first`, in the host's language.
pub(crate) async fn tell_named(
    tx: &mut Tx,
    app: &App,
    commune: &Commune,
    title: &gemeng_core::consultation::Wording,
    first: i64,
    tables: &[TableDetails],
) -> AppResult<()> {
    let link = format!(
        "{}/c/{}/me/activities#hosting",
        app.config.public_base(),
        commune.slug
    );
    let when = crate::http::clock::format_local(first);
    for t in tables {
        let Some(host_id) = t.host_id else { continue };
        let Some(host) = accounts::by_id(&app.db, host_id).await? else {
            continue;
        };
        let language = Language::from_code(&host.language).unwrap_or(Language::En);
        let tr = crate::http::i18n::Tr::new(language);
        let commune_language =
            Language::from_code(&commune.default_language).unwrap_or(Language::En);
        let title = title
            .get(language)
            .or_else(|| title.get(commune_language))
            .or_else(|| title.languages().first().and_then(|l| title.get(*l)))
            .unwrap_or_default();
        let table_language = tr.t(&format!("profile-language-{}", t.language.code()));
        crate::mail::queue(
            tx,
            Some(commune.id),
            &host.email,
            language,
            "mail-activity-host-named",
            &[
                ("title", title),
                ("when", &when),
                ("language", &table_language),
                ("link", &link),
            ],
        )
        .await?;
    }
    Ok(())
}

/// A hosted table as its host (or the café's organiser) sees it: every session with
/// who has a seat at the table and how many wait for its language.
pub struct HostedTable {
    pub activity: Activity,
    pub table: Table,
    pub sessions: Vec<(Session, Vec<Registrant>, usize)>,
}

/// Table `table_id` of activity `activity_id` for `account`: its host, or someone who
/// manages the activity. Anyone else, a table of another activity or another
/// commune's: not found.
pub async fn hosted_table(
    app: &App,
    commune: &Commune,
    account: &Account,
    activity_id: i64,
    table_id: i64,
) -> AppResult<HostedTable> {
    let table = store::table(&app.db, activity_id, table_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let activity = store::get(&app.db, commune.id, activity_id)
        .await?
        .ok_or(AppError::NotFound)?;
    // Each as long as they may still do what made them so: a host who no longer takes
    // part in activities, an organiser who no longer organises, reads nothing.
    let actor = account.actor();
    let hosts = table.host_id == Some(account.id)
        && account.commune_id == Some(commune.id)
        && allows(&actor, commune.id, Action::JoinActivities);
    let (viewer, _) = viewer_of(Some(account), commune);
    let manages = !matches!(viewer, Viewer::Anyone)
        && allows(&actor, commune.id, Action::OrganiseActivities)
        && may_manage(viewer, &reach_of(&activity));
    if !(hosts || manages) {
        return Err(AppError::NotFound);
    }
    let people = store::registrants(&app.db, activity_id).await?;
    let sessions = store::sessions(&app.db, activity_id)
        .await?
        .into_iter()
        .map(|s| {
            let seated: Vec<Registrant> = people
                .iter()
                .filter(|p| {
                    p.session_id == s.id && p.status == "registered" && p.table_id == Some(table.id)
                })
                .cloned()
                .collect();
            let waiting = people
                .iter()
                .filter(|p| {
                    p.session_id == s.id && p.waits_for.as_deref() == Some(table.language.as_str())
                })
                .count();
            (s, seated, waiting)
        })
        .collect();
    Ok(HostedTable {
        activity,
        table,
        sessions,
    })
}

/// The tables `account` hosts in `commune`, each with its activity.
pub async fn hosted_by(
    app: &App,
    commune: &Commune,
    account: &Account,
) -> AppResult<Vec<(Table, Activity)>> {
    let mut out = Vec::new();
    for t in store::hosted_by(&app.db, account.id).await? {
        if let Some(a) = store::get(&app.db, commune.id, t.activity_id).await? {
            out.push((t, a));
        }
    }
    Ok(out)
}

/// Rows of hosts' reminders looked at per round.
const ROUND: i64 = 200;

/// Writes every host's reminder due now (a day before each session of a table with a
/// host account, once per session and table, whichever instance gets there first);
/// how many were written. A café made inside that day told its hosts moments ago.
pub async fn send_due(app: &App, at: i64) -> anyhow::Result<usize> {
    use gemeng_core::activities::{reminder_due, REMINDER_LEAD};
    let mut sent = 0;
    let mut cafes = super::reminders::Read::new();
    loop {
        let due = store::host_reminders_to_send(&app.db, at, REMINDER_LEAD, ROUND).await?;
        for r in &due {
            let Some((a, commune)) =
                super::reminders::read_once(app, &mut cafes, r.commune_id, r.activity_id).await?
            else {
                continue;
            };
            // A host who no longer takes part in activities (a refused address, say)
            // gets no reminder: the marker alone is written.
            let may_host = accounts::by_id(&app.db, r.host_id)
                .await?
                .is_some_and(|h| allows(&h.actor(), commune.id, Action::JoinActivities));
            let mut tx = app.begin().await?;
            if !store::claim_host_reminder(&mut tx, r.session_id, r.table_id, at).await? {
                continue;
            }
            if may_host && reminder_due(r.starts_at, r.named_at, at, false) {
                let seated = store::seated_at(&mut tx, r.session_id, r.table_id).await?;
                let language = Language::from_code(&r.user_language).unwrap_or(Language::En);
                let tr = crate::http::i18n::Tr::new(language);
                let table_language = tr.t(&format!("profile-language-{}", r.language));
                let link = format!(
                    "{}/c/{}/activities/{}/tables/{}",
                    app.config.public_base(),
                    commune.slug,
                    a.id,
                    r.table_id
                );
                let to = Recipient {
                    user_id: 0,
                    email: r.email.clone(),
                    language: r.user_language.clone(),
                };
                super::tell_with(
                    &mut tx,
                    app,
                    commune,
                    a,
                    r.starts_at,
                    &to,
                    "mail-activity-host-reminder",
                    &[
                        ("language", &table_language),
                        ("count", &seated.to_string()),
                        ("table_link", &link),
                    ],
                )
                .await?;
                sent += 1;
            }
            app.commit(tx).await?;
        }
        if (due.len() as i64) < ROUND {
            return Ok(sent);
        }
    }
}
