//! Membership: accounts, log-in under attack, residence, the staff's pages, and one's
//! own data and sessions.

mod accounts;
mod login;
mod residence;
pub mod staff;
mod your_data;
