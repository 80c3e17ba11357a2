//! Michishirube: a directory of help for refugees and asylum seekers in Japan.

pub mod address;
pub mod bookmarks;
pub mod date;
pub mod embed;
pub mod filter;
pub mod hours;
pub mod i18n;
pub mod links;
pub mod load;
pub mod model;
pub mod overlay;
pub mod phone;
pub mod route;
pub mod search;
pub mod text;
pub mod ui;
pub mod validate;
pub mod web;
