//! The `gemeng` binary.

use clap::Parser;

#[tokio::main]
async fn main() -> std::process::ExitCode {
    let cli = gemeng::commands::Cli::parse();
    match gemeng::commands::run(cli).await {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("gemeng: {e:#}");
            std::process::ExitCode::FAILURE
        }
    }
}
