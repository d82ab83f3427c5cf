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
    // The build put static copies of the home and lesson pages in the page so text shows
    // before the WebAssembly arrives; the app draws the same screen in this same frame.
    if let Some(pre) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("prerender"))
    {
        pre.remove();
    }
    leptos::mount::mount_to_body(app::App);
}
