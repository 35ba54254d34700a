//! The `gemeng` command line: one binary to serve, load the demo, migrate, import,
//! create administrators, and back up or restore.

pub mod admin;
pub mod backup;
pub mod demo;
pub mod demo_activities;
pub mod demo_events;
pub mod demo_survey;
pub mod import;

use std::net::SocketAddr;

use anyhow::Context;
use clap::{Parser, Subcommand};
use gemeng_db::Db;

use crate::app::{now, App};
use crate::config::Config;

#[derive(Parser)]
#[command(
    name = "gemeng",
    version,
    about = "Gemeng: a commune's platform for its residents and neighbours"
)]
pub struct Cli {
    /// Database URL (overrides GEMENG_DATABASE_URL and gemeng.toml).
    #[arg(long, global = true)]
    pub database_url: Option<String>,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand)]
pub enum Command {
    /// Serve Gemeng.
    Serve {
        /// Address to listen on, e.g. 127.0.0.1:8080.
        #[arg(long)]
        listen: Option<SocketAddr>,
    },
    /// Load the demo commune (Luxembourg City's 24 quartiers) if absent, then serve.
    Demo {
        #[arg(long)]
        listen: Option<SocketAddr>,
    },
    /// Apply database migrations and exit.
    Migrate,
    /// Create a commune.
    CreateCommune {
        #[arg(long)]
        slug: String,
        #[arg(long)]
        name: String,
        /// lb, de, fr, en or pt.
        #[arg(long, default_value = "lb")]
        language: String,
    },
    /// Import neighbourhood polygons (GeoJSON FeatureCollection, `name` property).
    ImportNeighbourhoods {
        /// The commune's slug; may be left out when the installation has one commune.
        #[arg(long)]
        commune: Option<String>,
        file: std::path::PathBuf,
    },
    /// Import the address register (CSV: street,number,postcode,locality,lat,lon).
    ImportAddresses {
        /// The commune's slug; may be left out when the installation has one commune.
        #[arg(long)]
        commune: Option<String>,
        file: std::path::PathBuf,
    },
    /// Create a commune administrator (or, with --operator, an installation operator).
    /// The password is read from GEMENG_ADMIN_PASSWORD or standard input.
    CreateAdmin {
        #[arg(long, required_unless_present = "operator")]
        commune: Option<String>,
        #[arg(long)]
        email: String,
        #[arg(long)]
        name: String,
        #[arg(long)]
        operator: bool,
    },
    /// Write a consistent copy of the SQLite database while Gemeng runs.
    Backup { file: std::path::PathBuf },
    /// Replace the SQLite database with a backup (stop Gemeng first).
    Restore { file: std::path::PathBuf },
}

pub async fn run(cli: Cli) -> anyhow::Result<()> {
    let mut config = Config::load()?;
    if let Some(url) = cli.database_url {
        config.database_url = url;
    }
    crate::logging::init(&config.log_format);
    match cli.command {
        Command::Serve { listen } => {
            if let Some(l) = listen {
                config.listen = l;
            }
            let app = open(config).await?;
            serve(app).await
        }
        Command::Demo { listen } => {
            if let Some(l) = listen {
                config.listen = l;
            }
            // The demo has no mail server: its e-mails, links included, go to the log.
            config.log_mail_bodies = config.smtp_url.is_none();
            let app = open(config).await?;
            demo::load(&app).await?;
            demo::announce(&app);
            serve(app).await
        }
        Command::Migrate => {
            let db = connect(&config).await?;
            let applied = gemeng_db::migrate(&db, now()).await?;
            println!(
                "{applied} migration(s) applied; the database is at version {:?}",
                gemeng_db::applied_versions(&db).await?.last()
            );
            db.close().await;
            Ok(())
        }
        Command::CreateCommune {
            slug,
            name,
            language,
        } => {
            let app = open(config).await?;
            let done = admin::create_commune(&app, &slug, &name, &language).await;
            app.db.close().await;
            done
        }
        Command::ImportNeighbourhoods { commune, file } => {
            let app = open(config).await?;
            let done = import::neighbourhoods(&app, commune.as_deref(), &file).await;
            app.db.close().await;
            done
        }
        Command::ImportAddresses { commune, file } => {
            let app = open(config).await?;
            let done = import::addresses(&app, commune.as_deref(), &file).await;
            app.db.close().await;
            done
        }
        Command::CreateAdmin {
            commune,
            email,
            name,
            operator,
        } => {
            let app = open(config).await?;
            let done = admin::create_admin(&app, commune.as_deref(), &email, &name, operator).await;
            app.db.close().await;
            done
        }
        Command::Backup { file } => backup::backup(&config, &file).await,
        Command::Restore { file } => backup::restore(&config, &file).await,
    }
}

pub async fn connect(config: &Config) -> anyhow::Result<Db> {
    let db = Db::connect(&config.database_url)
        .await
        .context("Gemeng cannot start without its database")?;
    Ok(db)
}

/// Connects and migrates.
pub async fn open(config: Config) -> anyhow::Result<App> {
    let db = connect(&config).await?;
    gemeng_db::migrate(&db, now())
        .await
        .context("migrating the database")?;
    Ok(App::new(db, config))
}

async fn serve(app: App) -> anyhow::Result<()> {
    let listener = tokio::net::TcpListener::bind(app.config.listen)
        .await
        .with_context(|| format!("cannot listen on {}", app.config.listen))?;
    tracing::info!(address = %app.config.listen, "Gemeng is listening");
    crate::server::serve(app.clone(), listener).await?;
    app.db.close().await;
    Ok(())
}
