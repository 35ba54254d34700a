//! Membership's pages: accounts (sign-up, log-in, passwords, the account page),
//! proving residence, and the staff pages that act on members (pending residents,
//! letters, imports of the map and register, roles).

pub mod accounts;
pub mod imports;
pub mod organisers;
pub mod residence;
pub mod staff;
pub mod your_data;
