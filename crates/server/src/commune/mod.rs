//! A commune's public face: the installation's list of communes, each commune's home
//! page, and the public commune information of the API (with the address search).

pub mod api;
pub mod identity;
pub mod web;
