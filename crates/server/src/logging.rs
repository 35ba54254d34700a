//! Structured logs with `tracing`: readable text by default, JSON lines with
//! `GEMENG_LOG_FORMAT=json`; `RUST_LOG` chooses the level.

use tracing_subscriber::EnvFilter;

pub fn init(format: &str) {
    let filter = EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| EnvFilter::new("info,sqlx=warn,tower_http=info"));
    // Colours only for a person at a terminal, never in files or log collectors.
    let ansi = std::io::IsTerminal::is_terminal(&std::io::stderr());
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .with_ansi(ansi);
    let result = if format == "json" {
        builder.json().try_init()
    } else {
        builder.compact().try_init()
    };
    // A second call (as in tests) keeps the first subscriber.
    let _ = result;
}
