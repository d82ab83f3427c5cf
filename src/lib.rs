//! Lectern in the browser: the Leptos app over the pure core in `lectern-core`.
//! `app` wires state and routes, `store` is the one place that touches localStorage,
//! `screens` draw one screen each, `components` are the pieces they share.

pub mod app;
pub mod browser;
pub mod components;
pub mod course;
pub mod crash;
pub mod handover;
pub mod offline;
pub mod screens;
pub mod store;

/// Mounts the app on the page's body.
pub fn start() {
    crash::install();
    let prerendered = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("prerender"));
    let Some(pre) = prerendered else {
        leptos::mount::mount_to_body(app::App);
        return;
    };
    // The build put static copies of the home and lesson pages in the page so text shows
    // before the WebAssembly arrives. When the WebAssembly wins that race (a warm cache, a
    // fast line), the static text is still painted once before the app draws the same
    // screen over it, so the page's first and largest paints stay the static text's.
    let take_over = move || {
        handover::keep(&pre);
        pre.remove();
        leptos::mount::mount_to_body(app::App);
    };
    if !browser::after_next_paint(take_over.clone()) {
        take_over();
    }
}
