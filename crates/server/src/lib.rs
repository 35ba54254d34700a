//! Gemeng's server: the HTTP application, its command line, mail and jobs.
//! `main.rs` only calls [`commands::run`]; tests build the same [`server::router`].
//!
//! One capability, one room: `membership/`, `neighbourhood/`, `commune/`, each with its
//! flows in `mod.rs`, pages in `web`, JSON API in `api`. What they share lives in
//! `http/`, which knows no capability; `routes.rs` is the one route table.

pub mod activities;
pub mod app;
pub mod channel;
pub mod commands;
pub mod commune;
pub mod config;
pub mod connections;
pub mod design;
pub mod events;
pub mod http;
pub mod jobs;
pub mod language_practice;
pub mod logging;
pub mod mail;
pub mod membership;
pub mod messages;
pub mod metrics;
pub mod moderation;
pub mod neighbourhood;
pub mod notices;
pub mod operator;
pub mod routes;
pub mod server;
pub mod storage;
pub mod timebank;
