//! Gemeng's domain rules: plain types, validation, geography and permissions.
//!
//! Nothing here performs I/O: the storage crate and the server call these functions
//! with plain values (including the current time), so every rule is testable alone.

pub mod account;
pub mod activities;
pub mod address;
pub mod announcements;
pub mod coaching;
pub mod codes;
pub mod colour;
pub mod commune_name;
pub mod consultation;
pub mod events;
pub mod geography;
pub mod language;
pub mod language_practice;
pub mod ledger;
pub mod membership;
pub mod messages;
pub mod moderation;
pub mod newsletter;
pub mod notices;
pub mod permissions;
pub mod posts;
pub mod search;
pub mod service_threads;
pub mod slug;
pub mod timebank;
pub mod validation;
