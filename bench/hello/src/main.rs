//! The ceiling of Gemeng's benchmark (`bench/run`): bare axum answering a plain-text
//! "hello" on the port given as argument, with no middleware, database or template.
//! Every rate the benchmark prints is also given as a ratio to this one.
//!
//!     gemeng-bench-hello PORT

use axum::routing::get;
use axum::Router;

#[tokio::main]
async fn main() {
    let port: u16 = match std::env::args().nth(1).map(|p| p.parse()) {
        Some(Ok(port)) => port,
        _ => {
            eprintln!("usage: gemeng-bench-hello PORT");
            std::process::exit(2);
        }
    };
    let listener = tokio::net::TcpListener::bind(("127.0.0.1", port))
        .await
        .unwrap_or_else(|e| {
            eprintln!("gemeng-bench-hello: cannot listen on port {port}: {e}");
            std::process::exit(1);
        });
    let app = Router::new().route("/", get(|| async { "Hello, World!\n" }));
    if let Err(e) = axum::serve(listener, app).await {
        eprintln!("gemeng-bench-hello: {e}");
        std::process::exit(1);
    }
}
