//! Gemeng's HTTP integration tests: the real app, a real database (SQLite or
//! PostgreSQL, per `GEMENG_TEST_ENGINE`) and a real SMTP server process.

mod activities;
mod announcements;
mod api;
mod cache;
mod cafe;
mod cli;
mod coaching;
mod commune;
mod consultations;
mod event_guests;
mod event_reports;
mod events;
mod exchange;
mod feed_cache;
mod hardening;
mod isolation;
mod language_practice;
mod ledger_crash;
mod live;
mod meetings;
mod membership;
mod neighbourhood;
mod neighbourhood_api;
mod newsletter;
mod operator;
mod organisers;
mod pages;
mod photos;
mod plans;
mod search;
mod services;
mod support;
mod timebank;
mod timebank_pages;
