//! Importing a commune's map and address register, shared by the command line, the
//! staff pages and the operators' pages. A file with any problem is refused whole. Every
//! import takes the commune's turn (one at a time per commune) and is recorded in
//! `import_jobs`; from the web it runs in the background ([`start`]): a small file's
//! result is shown at once, a large register's on a progress page.

use gemeng_core::address::{parse_register, RowError};
use gemeng_core::geography::{find_overlaps, parse_geojson, ShapeError};
use gemeng_db::addresses::{self, AddressesImported};
use gemeng_db::audit;
use gemeng_db::communes::Commune;
use gemeng_db::neighbourhoods::{self, ShapesImported};
use gemeng_db::tx::Change;

use crate::app::{now, App};
use crate::http::i18n::Tr;

/// Why an import was refused: a Fluent key and its arguments.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub key: &'static str,
    pub args: Vec<(&'static str, String)>,
}

impl Problem {
    pub fn describe(&self, tr: &Tr) -> String {
        let args: Vec<(&str, &str)> = self.args.iter().map(|(k, v)| (*k, v.as_str())).collect();
        tr.t_args(self.key, &args)
    }
}

fn from_shape_error(e: ShapeError) -> Problem {
    Problem {
        key: "import-problem-feature",
        args: vec![
            ("feature", e.feature.to_string()),
            ("reason", e.reason.to_string()),
            ("detail", e.detail),
        ],
    }
}

fn from_row_error(e: RowError) -> Problem {
    Problem {
        key: "import-problem-row",
        args: vec![
            ("line", e.line.to_string()),
            ("reason", e.reason.to_string()),
            ("detail", e.detail),
        ],
    }
}

/// Translates the `reason` argument too, which is itself a Fluent key.
pub fn describe_all(problems: &[Problem], tr: &Tr) -> Vec<String> {
    problems
        .iter()
        .map(|p| {
            let mut p = p.clone();
            for (name, value) in p.args.iter_mut() {
                if *name == "reason" {
                    *value = tr.t(value);
                }
            }
            p.describe(tr)
        })
        .collect()
}

/// Imports the commune's map; `actor` is who asked (none from the command line).
/// The shapes, the re-placed register and the audit entry commit together.
pub async fn import_neighbourhoods(
    app: &App,
    commune: &Commune,
    actor: Option<i64>,
    text: &str,
) -> Result<ShapesImported, Vec<Problem>> {
    let shapes = parse_geojson(text).map_err(|e| vec![from_shape_error(e)])?;
    // New shapes replace stored ones of the same name; all others must not overlap.
    let stored = neighbourhoods::shapes(&app.db, commune.id)
        .await
        .map_err(internal)?;
    let mut names: Vec<&str> = shapes.iter().map(|s| s.name.as_str()).collect();
    let mut all: Vec<_> = shapes.iter().map(|s| &s.shape).collect();
    for (name, shape) in &stored {
        let slug = gemeng_core::slug::slugify(name);
        if !shapes
            .iter()
            .any(|s| gemeng_core::slug::slugify(&s.name) == slug)
        {
            names.push(name);
            all.push(shape);
        }
    }
    let overlaps = find_overlaps(&all);
    if !overlaps.is_empty() {
        return Err(overlaps
            .into_iter()
            .take(20)
            .map(|(a, b)| Problem {
                key: "import-problem-overlap",
                args: vec![
                    ("first", names[a].to_string()),
                    ("second", names[b].to_string()),
                ],
            })
            .collect());
    }
    let mut tx = app.begin().await.map_err(|_| internal_problem())?;
    let done = neighbourhoods::import(&mut tx, commune.id, &shapes, now())
        .await
        .map_err(internal)?;
    let detail = (done.created + done.updated).to_string();
    audit::record(
        &mut tx,
        Some(commune.id),
        actor,
        "neighbourhoods-imported",
        None,
        &detail,
        now(),
    )
    .await
    .map_err(internal)?;
    app.commit(tx).await.map_err(|_| internal_problem())?;
    Ok(done)
}

/// Imports the address register as import `job` (see `gemeng_db::addresses::import`:
/// in steps, the register as it was if the import stops before it is decided), then
/// records its audit entry. `progress` gets the rows done and the rows in all.
pub async fn import_addresses(
    app: &App,
    commune: &Commune,
    actor: Option<i64>,
    job: i64,
    bytes: &[u8],
    progress: &mut (dyn FnMut(usize, usize) + Send),
) -> Result<AddressesImported, Vec<Problem>> {
    let rows = parse_register(bytes)
        .map_err(|errors| errors.into_iter().map(from_row_error).collect::<Vec<_>>())?;
    let placer = neighbourhoods::placer(&app.db, commune.id)
        .await
        .map_err(internal)?;
    let mut switched = 0;
    let done = addresses::import(&app.db, job, commune.id, &rows, &placer, &mut |p| {
        // Each step that switches rows in commits on its own: what this instance
        // caches of the commune's map goes with it (other instances hear of it
        // through the database).
        if p.switched > switched {
            switched = p.switched;
            app.cache.forget(&[Change::Map(commune.id)]);
        }
        // Staging is half the work, switching the other half.
        progress((p.staged + p.switched) / 2, p.rows)
    })
    .await
    .map_err(internal)?;
    let detail = done.rows.to_string();
    let mut tx = app.begin().await.map_err(|_| internal_problem())?;
    tx.changed(Change::Map(commune.id));
    audit::record(
        &mut tx,
        Some(commune.id),
        actor,
        "addresses-imported",
        None,
        &detail,
        now(),
    )
    .await
    .map_err(internal)?;
    app.commit(tx).await.map_err(|_| internal_problem())?;
    Ok(done)
}

fn internal(e: gemeng_db::DbError) -> Vec<Problem> {
    tracing::error!(error = %e, "import failed in storage");
    internal_problem()
}

/// A failure of ours (already logged where it happened).
fn internal_problem() -> Vec<Problem> {
    vec![Problem {
        key: "error-internal-detail",
        args: vec![],
    }]
}

/// What is imported.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Neighbourhoods,
    Addresses,
}

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Neighbourhoods => "neighbourhoods",
            Kind::Addresses => "addresses",
        }
    }
}

/// How long the request waits for an import before answering with its progress page:
/// a small file's result then shows at once.
const WAIT_FOR_RESULT: std::time::Duration = std::time::Duration::from_secs(3);
/// An import still "running" after this long was interrupted (the instance stopped).
pub const INTERRUPTED_AFTER: i64 = 3600;

fn problems_json(problems: &[Problem]) -> serde_json::Value {
    serde_json::json!({
        "problems": problems
            .iter()
            .map(|p| serde_json::json!({
                "key": p.key,
                "args": p.args.iter().map(|(k, v)| [k.to_string(), v.clone()]).collect::<Vec<_>>(),
            }))
            .collect::<Vec<_>>()
    })
}

/// What an import did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Imported {
    Neighbourhoods(ShapesImported),
    Addresses(AddressesImported),
}

/// Takes the commune's turn for an import (one at a time per commune): the job's id,
/// or `None` if another import of the commune is still running.
async fn take_turn(
    app: &App,
    commune: &Commune,
    actor: Option<i64>,
    kind: Kind,
) -> crate::http::error::AppResult<Option<i64>> {
    let mut tx = app.begin().await?;
    let started = gemeng_db::import_jobs::start(
        &mut tx,
        commune.id,
        kind.as_str(),
        actor,
        now(),
        now() - INTERRUPTED_AFTER,
    )
    .await?;
    app.commit(tx).await?;
    Ok(started)
}

/// Runs import `job` of `bytes` and records how it ended.
async fn run(
    app: &App,
    commune: &Commune,
    actor: Option<i64>,
    job: i64,
    kind: Kind,
    bytes: &[u8],
    progress: &mut (dyn FnMut(usize, usize) + Send),
) -> Result<Imported, Vec<Problem>> {
    let result = match kind {
        Kind::Neighbourhoods => {
            let text = String::from_utf8_lossy(bytes);
            import_neighbourhoods(app, commune, actor, &text)
                .await
                .map(Imported::Neighbourhoods)
        }
        Kind::Addresses => import_addresses(app, commune, actor, job, bytes, progress)
            .await
            .map(Imported::Addresses),
    };
    let (outcome, report) = match &result {
        Ok(Imported::Neighbourhoods(done)) => (
            "done",
            serde_json::json!({"key": "import-neighbourhoods-done", "numbers": {
                "created": done.created, "updated": done.updated,
                "outside": done.addresses_outside}}),
        ),
        Ok(Imported::Addresses(done)) => (
            "done",
            serde_json::json!({"key": "import-addresses-done", "numbers": {
                "rows": done.rows, "outside": done.outside}}),
        ),
        Err(problems) => ("refused", problems_json(problems)),
    };
    if let Err(e) =
        gemeng_db::import_jobs::finish(&app.db, job, outcome, &report.to_string(), now()).await
    {
        tracing::error!(error = %e, "recording an import's outcome failed");
    }
    result
}

/// Imports `bytes` at once (the command line, the demo), taking the commune's turn
/// like an import from the web: refused while another import of the commune runs,
/// and recorded the same way.
pub async fn import_now(
    app: &App,
    commune: &Commune,
    actor: Option<i64>,
    kind: Kind,
    bytes: &[u8],
    progress: &mut (dyn FnMut(usize, usize) + Send),
) -> Result<Imported, Vec<Problem>> {
    let Some(job) = take_turn(app, commune, actor, kind)
        .await
        .map_err(|_| internal_problem())?
    else {
        return Err(vec![Problem {
            key: "import-error-busy",
            args: vec![],
        }]);
    };
    run(app, commune, actor, job, kind, bytes, progress).await
}

/// Starts importing `bytes` in the background; the import's id, or a message key if
/// another import of the commune is still running.
pub async fn start(
    app: &App,
    commune: &Commune,
    actor: Option<i64>,
    kind: Kind,
    bytes: Vec<u8>,
) -> crate::http::error::AppResult<Result<i64, &'static str>> {
    let Some(id) = take_turn(app, commune, actor, kind).await? else {
        return Ok(Err("import-error-busy"));
    };
    let (done_tx, done_rx) = tokio::sync::oneshot::channel();
    let (app, commune) = (app.clone(), commune.clone());
    tokio::spawn(async move {
        let _ = run(&app, &commune, actor, id, kind, &bytes, &mut |_, _| {}).await;
        let _ = done_tx.send(());
    });
    let _ = tokio::time::timeout(WAIT_FOR_RESULT, done_rx).await;
    Ok(Ok(id))
}

/// An import as its progress page shows it.
pub struct JobView {
    pub running: bool,
    pub interrupted: bool,
    pub message: Option<String>,
    pub problems: Vec<String>,
}

/// Puts an import's outcome into words, in the reader's language.
pub fn describe_job(job: &gemeng_db::import_jobs::ImportJob, tr: &Tr) -> JobView {
    let report: serde_json::Value = serde_json::from_str(&job.report).unwrap_or_default();
    let running = job.outcome == "running";
    let interrupted = running && job.created_at < now() - INTERRUPTED_AFTER;
    let message = (job.outcome == "done")
        .then(|| {
            let key = report["key"].as_str()?;
            let numbers: Vec<(&str, i64)> = report["numbers"]
                .as_object()?
                .iter()
                .map(|(k, v)| (k.as_str(), v.as_i64().unwrap_or_default()))
                .collect();
            Some(tr.t_nums(key, &numbers))
        })
        .flatten();
    let problems = report["problems"]
        .as_array()
        .map(|all| {
            all.iter()
                .filter_map(|p| {
                    let key = p["key"].as_str()?;
                    let args: Vec<(String, String)> = p["args"]
                        .as_array()?
                        .iter()
                        .filter_map(|pair| {
                            let name = pair[0].as_str()?.to_string();
                            let value = pair[1].as_str()?.to_string();
                            // The reason is itself a message.
                            let value = if name == "reason" {
                                tr.t(&value)
                            } else {
                                value
                            };
                            Some((name, value))
                        })
                        .collect();
                    let args: Vec<(&str, &str)> =
                        args.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
                    Some(tr.t_args(key, &args))
                })
                .collect()
        })
        .unwrap_or_default();
    JobView {
        running: running && !interrupted,
        interrupted,
        message,
        problems,
    }
}
