//! Membership over the JSON API: accounts and tokens, residence, staff decisions.

pub mod accounts;
pub mod organisers;
pub mod residence;
pub mod staff;
pub mod your_data;
