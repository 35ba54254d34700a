//! `gemeng backup` (online, consistent) and `gemeng restore` for SQLite.

use std::path::Path;

use anyhow::{bail, Context};

use crate::config::Config;

fn sqlite_path(config: &Config) -> anyhow::Result<String> {
    let url = &config.database_url;
    if !url.starts_with("sqlite:") {
        bail!("backup and restore here are for SQLite; back up PostgreSQL with pg_dump and restore with pg_restore (see the README)");
    }
    let path = url
        .trim_start_matches("sqlite://")
        .trim_start_matches("sqlite:");
    Ok(path.split('?').next().unwrap_or(path).to_string())
}

pub async fn backup(config: &Config, file: &Path) -> anyhow::Result<()> {
    sqlite_path(config)?;
    if file.exists() {
        bail!("{} exists already; choose a new file name", file.display());
    }
    let db = super::connect(config).await?;
    let target = file
        .to_str()
        .context("the backup path must be valid UTF-8")?;
    gemeng_db::backup::sqlite_backup(&db, target).await?;
    let versions = gemeng_db::backup::check_sqlite_file(target).await?;
    println!(
        "Backed up to {} (schema version {:?})",
        file.display(),
        versions.last()
    );
    Ok(())
}

pub async fn restore(config: &Config, file: &Path) -> anyhow::Result<()> {
    let database = sqlite_path(config)?;
    let source = file
        .to_str()
        .context("the backup path must be valid UTF-8")?;
    let versions = gemeng_db::backup::check_sqlite_file(source).await?;
    for suffix in ["-wal", "-shm"] {
        let side = format!("{database}{suffix}");
        if Path::new(&side).exists() {
            std::fs::remove_file(&side).with_context(|| format!("removing {side}"))?;
        }
    }
    let partial = format!("{database}.restoring");
    std::fs::copy(file, &partial)
        .with_context(|| format!("copying {} to {partial}", file.display()))?;
    std::fs::rename(&partial, &database).with_context(|| format!("replacing {database}"))?;
    println!(
        "Restored {database} from {} (schema version {:?}); start Gemeng again",
        file.display(),
        versions.last()
    );
    Ok(())
}
