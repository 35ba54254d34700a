//! Importing a commune's map and address register, shared by the command line and
//! the staff pages. Either a whole file is imported or nothing is.

use gemeng_core::address::{parse_register, RowError};
use gemeng_core::geography::{find_overlaps, parse_geojson, ShapeError};
use gemeng_db::addresses::{self, AddressesImported};
use gemeng_db::audit;
use gemeng_db::communes::Commune;
use gemeng_db::neighbourhoods::{self, ShapesImported};

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

/// Imports the address register, all or nothing, with its audit entry.
pub async fn import_addresses(
    app: &App,
    commune: &Commune,
    actor: Option<i64>,
    bytes: &[u8],
    progress: &mut (dyn FnMut(usize, usize) + Send),
) -> Result<AddressesImported, Vec<Problem>> {
    let rows = parse_register(bytes)
        .map_err(|errors| errors.into_iter().map(from_row_error).collect::<Vec<_>>())?;
    let total = rows.len();
    let placer = neighbourhoods::placer(&app.db, commune.id)
        .await
        .map_err(internal)?;
    let mut tx = app.begin().await.map_err(|_| internal_problem())?;
    let done = addresses::import(&mut tx, commune.id, &rows, &placer, &mut |done| {
        progress(done, total)
    })
    .await
    .map_err(internal)?;
    let detail = done.rows.to_string();
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
