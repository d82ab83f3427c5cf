//! Lectern in the browser: the Leptos app over the pure core in `lectern-core`.
//! `app` wires state and routes, `store` is the one place that touches localStorage,
//! `screens` draw one screen each, `components` are the pieces they share.

pub mod app;
pub mod browser;
pub mod components;
pub mod course;
pub mod crash;
pub mod offline;
pub mod screens;
pub mod store;

/// Mounts the app on the page's body.
pub fn start() {
    crash::install();
    leptos::mount::mount_to_body(app::App);
}
