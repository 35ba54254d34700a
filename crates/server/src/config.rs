//! Configuration: built-in defaults, then `gemeng.toml` (or the file named by
//! `GEMENG_CONFIG`), then `GEMENG_*` environment variables, then command-line flags.

use std::net::SocketAddr;
use std::path::Path;

use anyhow::Context;
use serde::Deserialize;

#[derive(Debug, Clone, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Config {
    /// `sqlite://FILE` (default `sqlite://gemeng.db`) or `postgres://…`.
    pub database_url: String,
    pub listen: SocketAddr,
    /// How people reach this server; used in e-mailed links and to mark cookies Secure.
    pub public_url: String,
    /// `smtp://host:port`; unset, e-mails are written to the log instead of sent.
    pub smtp_url: Option<String>,
    pub mail_from: String,
    /// A session ends after this long without use (seconds).
    pub session_idle_seconds: i64,
    /// And in any case this long after logging in (seconds).
    pub session_absolute_seconds: i64,
    /// Take the client address from `X-Forwarded-For` (only behind a trusted proxy).
    pub trust_forwarded_for: bool,
    /// `text` or `json`.
    pub log_format: String,
    /// How often the outbox is checked for mail to send (milliseconds).
    pub mail_poll_milliseconds: u64,
    /// How long a client may take to send a request's headers (seconds).
    pub header_timeout_seconds: u64,
    /// Connections open at once; more are closed at once.
    pub max_connections: usize,
    /// Connections open at once from one client address (not applied behind a proxy).
    pub max_connections_per_address: usize,
    /// Bearer token for `/metrics`; unset, only clients on this machine may read it.
    pub metrics_token: Option<String>,
    /// Write e-mails, links included, to the log when no SMTP server is set. Only the
    /// demo does: elsewhere a working link in a log file is a secret at rest.
    pub log_mail_bodies: bool,
    /// Where uploaded files (post photos) are kept. Unset: beside the SQLite database
    /// (`gemeng.db` → `gemeng-files/`), or `gemeng-files/` for PostgreSQL. Instances
    /// sharing a database must share this directory too.
    pub files_dir: String,
    /// The length of a "meet someone" round at event days (seconds): those who ask
    /// within the same round are paired. A minute; tests shorten it.
    pub meeting_round_seconds: i64,
}

impl Default for Config {
    fn default() -> Self {
        Self {
            database_url: "sqlite://gemeng.db".into(),
            listen: "127.0.0.1:8080".parse().expect("valid default address"),
            public_url: String::new(),
            smtp_url: None,
            mail_from: "Gemeng <noreply@gemeng.localhost>".into(),
            session_idle_seconds: 2 * 3600,
            session_absolute_seconds: 7 * 24 * 3600,
            trust_forwarded_for: false,
            log_format: "text".into(),
            mail_poll_milliseconds: 2000,
            header_timeout_seconds: 10,
            max_connections: open_files_limit().saturating_sub(64).clamp(64, 4096),
            max_connections_per_address: 256,
            metrics_token: None,
            log_mail_bodies: false,
            files_dir: String::new(),
            meeting_round_seconds: gemeng_core::events::meeting::ROUND_SECONDS,
        }
    }
}

/// The process's limit of open files (Linux), so the connection limit stays under it.
fn open_files_limit() -> usize {
    std::fs::read_to_string("/proc/self/limits")
        .ok()
        .and_then(|limits| {
            limits
                .lines()
                .find(|l| l.starts_with("Max open files"))
                .and_then(|l| l.split_whitespace().nth(3))
                .and_then(|soft| soft.parse().ok())
        })
        .unwrap_or(1024)
}

impl Config {
    /// Reads the file (if any) and the environment.
    pub fn load() -> anyhow::Result<Config> {
        let path = std::env::var("GEMENG_CONFIG").unwrap_or_else(|_| "gemeng.toml".into());
        let mut config = if Path::new(&path).exists() {
            let text = std::fs::read_to_string(&path).with_context(|| format!("reading {path}"))?;
            toml::from_str(&text).with_context(|| format!("reading {path}"))?
        } else {
            Config::default()
        };
        config.apply_env(|name| std::env::var(name).ok())?;
        Ok(config)
    }

    pub fn apply_env(&mut self, var: impl Fn(&str) -> Option<String>) -> anyhow::Result<()> {
        if let Some(v) = var("GEMENG_DATABASE_URL") {
            self.database_url = v;
        }
        if let Some(v) = var("GEMENG_LISTEN") {
            self.listen = v
                .parse()
                .with_context(|| format!("GEMENG_LISTEN={v} is not an address"))?;
        }
        if let Some(v) = var("GEMENG_PUBLIC_URL") {
            self.public_url = v;
        }
        if let Some(v) = var("GEMENG_SMTP_URL") {
            self.smtp_url = (!v.is_empty()).then_some(v);
        }
        if let Some(v) = var("GEMENG_MAIL_FROM") {
            self.mail_from = v;
        }
        if let Some(v) = var("GEMENG_SESSION_IDLE_SECONDS") {
            self.session_idle_seconds = v.parse().context("GEMENG_SESSION_IDLE_SECONDS")?;
        }
        if let Some(v) = var("GEMENG_SESSION_ABSOLUTE_SECONDS") {
            self.session_absolute_seconds = v.parse().context("GEMENG_SESSION_ABSOLUTE_SECONDS")?;
        }
        if let Some(v) = var("GEMENG_TRUST_FORWARDED_FOR") {
            self.trust_forwarded_for = matches!(v.as_str(), "1" | "true" | "yes");
        }
        if let Some(v) = var("GEMENG_LOG_FORMAT") {
            self.log_format = v;
        }
        if let Some(v) = var("GEMENG_MAIL_POLL_MILLISECONDS") {
            self.mail_poll_milliseconds = v.parse().context("GEMENG_MAIL_POLL_MILLISECONDS")?;
        }
        if let Some(v) = var("GEMENG_MEETING_ROUND_SECONDS") {
            let seconds: i64 = v.parse().context("GEMENG_MEETING_ROUND_SECONDS")?;
            anyhow::ensure!(
                (1..=600).contains(&seconds),
                "GEMENG_MEETING_ROUND_SECONDS must be 1 to 600"
            );
            self.meeting_round_seconds = seconds;
        }
        if let Some(v) = var("GEMENG_MAX_CONNECTIONS") {
            self.max_connections = v.parse().context("GEMENG_MAX_CONNECTIONS")?;
        }
        if let Some(v) = var("GEMENG_MAX_CONNECTIONS_PER_ADDRESS") {
            self.max_connections_per_address =
                v.parse().context("GEMENG_MAX_CONNECTIONS_PER_ADDRESS")?;
        }
        if let Some(v) = var("GEMENG_FILES_DIR") {
            self.files_dir = v;
        }
        if let Some(v) = var("GEMENG_METRICS_TOKEN") {
            self.metrics_token = (!v.is_empty()).then_some(v);
        }
        Ok(())
    }

    /// The public URL, or one derived from the listening address.
    pub fn public_base(&self) -> String {
        if self.public_url.is_empty() {
            format!("http://{}", self.listen)
        } else {
            self.public_url.trim_end_matches('/').to_string()
        }
    }

    /// The directory of uploaded files (see `files_dir`).
    pub fn files_dir(&self) -> std::path::PathBuf {
        if !self.files_dir.is_empty() {
            return self.files_dir.clone().into();
        }
        let database = self
            .database_url
            .strip_prefix("sqlite://")
            .map(|rest| rest.split('?').next().unwrap_or(rest))
            .filter(|file| !file.is_empty() && !file.contains(":memory:"));
        match database {
            Some(file) => {
                let stem = file.strip_suffix(".db").unwrap_or(file);
                format!("{stem}-files").into()
            }
            None => "gemeng-files".into(),
        }
    }

    pub fn secure_cookies(&self) -> bool {
        self.public_base().starts_with("https://")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uploaded_files_are_kept_beside_the_database_unless_told() {
        let mut config = Config {
            database_url: "sqlite:///var/lib/gemeng/commune.db?mode=rwc".into(),
            ..Config::default()
        };
        assert_eq!(
            config.files_dir(),
            std::path::PathBuf::from("/var/lib/gemeng/commune-files")
        );
        config.database_url = "postgres://gemeng@db/gemeng".into();
        assert_eq!(config.files_dir(), std::path::PathBuf::from("gemeng-files"));
        config.files_dir = "/srv/files".into();
        assert_eq!(config.files_dir(), std::path::PathBuf::from("/srv/files"));
    }

    #[test]
    fn environment_overrides_defaults() {
        let mut config = Config::default();
        let env = |name: &str| match name {
            "GEMENG_DATABASE_URL" => Some("postgres://db/gemeng".to_string()),
            "GEMENG_LISTEN" => Some("0.0.0.0:9000".to_string()),
            "GEMENG_SMTP_URL" => Some(String::new()),
            _ => None,
        };
        config.apply_env(env).unwrap();
        assert_eq!(config.database_url, "postgres://db/gemeng");
        assert_eq!(config.public_base(), "http://0.0.0.0:9000");
        assert_eq!(config.smtp_url, None);
        assert!(!config.secure_cookies());
        assert!(config
            .apply_env(|n| (n == "GEMENG_LISTEN").then(|| "nowhere".to_string()))
            .is_err());
    }

    #[test]
    fn a_config_file_is_read() {
        let config: Config = toml::from_str(
            "listen = \"127.0.0.1:1234\"\npublic_url = \"https://gemeng.example.lu/\"",
        )
        .unwrap();
        assert_eq!(config.public_base(), "https://gemeng.example.lu");
        assert!(config.secure_cookies());
        assert!(toml::from_str::<Config>("colour = \"blue\"").is_err());
    }
}
