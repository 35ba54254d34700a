//! Plumbing every capability shares: the request context and its visitor, sessions
//! and the permission check, errors, translations, middleware and static assets.
//! Nothing here knows a capability; capabilities build on it.

pub mod access;
pub mod api;
pub mod assets;
pub mod auth;
pub mod cache;
pub mod clock;
pub mod components;
pub mod context;
pub mod error;
pub mod i18n;
pub mod images;
pub mod middleware;
pub mod openapi;
pub mod passwords;
pub mod preferences;
pub mod text;
pub mod upload;
pub mod web;
