//! `gemeng import-neighbourhoods` and `gemeng import-addresses`, with progress.

use std::path::Path;

use anyhow::{bail, Context};
use gemeng_core::language::Language;
use indicatif::{ProgressBar, ProgressStyle};

use crate::app::App;
use crate::http::i18n::Tr;
use crate::membership::imports;

/// The commune named, or the only one of the installation.
async fn commune(app: &App, slug: Option<&str>) -> anyhow::Result<gemeng_db::communes::Commune> {
    if let Some(slug) = slug {
        return gemeng_db::communes::by_slug(&app.db, slug)
            .await?
            .with_context(|| {
                format!("there is no commune {slug:?}; create it with `gemeng create-commune`")
            });
    }
    let mut all = gemeng_db::communes::list(&app.db).await?;
    match all.len() {
        1 => Ok(all.remove(0)),
        0 => bail!("there is no commune yet; create one with `gemeng create-commune`"),
        _ => {
            let slugs: Vec<_> = all.iter().map(|c| c.slug.as_str()).collect();
            bail!(
                "name the commune with --commune (one of: {})",
                slugs.join(", ")
            )
        }
    }
}

fn refuse(problems: &[imports::Problem]) -> anyhow::Error {
    let tr = Tr::new(Language::En);
    for line in imports::describe_all(problems, &tr) {
        eprintln!("  {line}");
    }
    anyhow::anyhow!("nothing was imported")
}

pub async fn neighbourhoods(app: &App, slug: Option<&str>, file: &Path) -> anyhow::Result<()> {
    let commune = commune(app, slug).await?;
    let text =
        std::fs::read_to_string(file).with_context(|| format!("reading {}", file.display()))?;
    let kind = imports::Kind::Neighbourhoods;
    match imports::import_now(app, &commune, None, kind, text.as_bytes(), &mut |_, _| {}).await {
        Ok(imports::Imported::Neighbourhoods(done)) => {
            println!(
                "{} neighbourhood(s) created, {} updated; {} address(es) lie in no neighbourhood",
                done.created, done.updated, done.addresses_outside
            );
            Ok(())
        }
        Ok(imports::Imported::Addresses(_)) => unreachable!("a map import imports a map"),
        Err(problems) => Err(refuse(&problems)),
    }
}

pub async fn addresses(app: &App, slug: Option<&str>, file: &Path) -> anyhow::Result<()> {
    let commune = commune(app, slug).await?;
    let bytes = std::fs::read(file).with_context(|| format!("reading {}", file.display()))?;
    if bytes.is_empty() {
        bail!("{} is empty", file.display());
    }
    let bar = ProgressBar::new(0);
    bar.set_style(
        ProgressStyle::with_template("{spinner} {bar:40} {pos}/{len} addresses ({eta})")
            .unwrap_or_else(|_| ProgressStyle::default_bar()),
    );
    let kind = imports::Kind::Addresses;
    let result = imports::import_now(app, &commune, None, kind, &bytes, &mut |done, total| {
        bar.set_length(total as u64);
        bar.set_position(done as u64);
    })
    .await;
    bar.finish_and_clear();
    match result {
        Ok(imports::Imported::Addresses(done)) => {
            println!(
                "{} address(es) imported; {} lie in no neighbourhood",
                done.rows, done.outside
            );
            Ok(())
        }
        Ok(imports::Imported::Neighbourhoods(_)) => {
            unreachable!("a register import imports addresses")
        }
        Err(problems) => Err(refuse(&problems)),
    }
}
