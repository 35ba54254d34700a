//! The event day, live: the lounge's messages and the stands' questions reach every
//! open page over a WebSocket as soon as they are stored, on one instance or across
//! several sharing PostgreSQL. The protocol is described in `docs/live.md`.
//!
//! - [`hub`]: one broadcast channel per room listened to here, fed in commit order;
//! - [`socket`]: the connection, its subscriptions (authorised like the rooms' pages)
//!   and its limits;
//! - [`presence`]: who is at the event now, from the open connections;
//! - [`frames`]: the protocol's messages.

pub mod frames;
pub mod hub;
pub mod presence;
pub mod socket;

pub use hub::Hub;
