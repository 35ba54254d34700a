//! The commune's channel (`PRODUCT.md` C3): how a commune reaches every resident in
//! their language and asks their opinion. Staff speak for the commune
//! (`Action::SpeakForCommune`); verified residents read what is meant for their
//! neighbourhood and commune (`Action::ReadChannel`); public announcements need no
//! account.

pub mod announcements;
pub mod consultations;
pub mod digest;
pub mod newsletter;
pub mod services;
