//! Gemeng's server: the HTTP application, its command line, mail and jobs.
//! `main.rs` only calls [`commands::run`]; tests build the same [`server::router`].

pub mod api;
pub mod app;
pub mod auth;
pub mod commands;
pub mod config;
pub mod error;
pub mod i18n;
pub mod jobs;
pub mod logging;
pub mod mail;
pub mod membership;
pub mod metrics;
pub mod register;
pub mod server;
pub mod web;
