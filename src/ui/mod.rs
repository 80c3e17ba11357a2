//! The interface: thin Leptos components wiring signals to the plain-Rust logic.

pub mod app;
mod cards;
mod data;
mod home;
mod legal;
mod nav;
mod organization;
mod saved;
mod status;
mod store;
mod tr;
mod widgets;
