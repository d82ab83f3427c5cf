//! Lectern in the browser: the Leptos app over the pure core in `lectern-core`.
//! `app` wires state and routes, `store` is the one place that touches localStorage,
//! `screens` draw one screen each, `components` are the pieces they share.
//!
//! Built with the `csr` feature (the default) for the browser, where `start` mounts the
//! app; with `ssr` natively, where `render` draws the same screens to HTML.

#[cfg(all(feature = "csr", feature = "ssr"))]
compile_error!("`csr` and `ssr` exclude each other: build `ssr` with `--no-default-features`");

pub mod app;
pub mod browser;
pub mod components;
pub mod course;
pub mod crash;
pub mod handover;
pub mod offline;
#[cfg(feature = "ssr")]
pub mod render;
pub mod screens;
pub mod store;

/// Mounts the app on the page's body.
#[cfg(feature = "csr")]
pub fn start() {
    crash::install();
    let prerendered = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("prerender"));
    let Some(pre) = prerendered else {
        leptos::mount::mount_to_body(app::App);
        return;
    };
    // The build put static copies of the home, lesson and first-question pages in the page
    // so text shows (and a first answer can be given) before the WebAssembly arrives. When
    // the WebAssembly wins that race (a warm cache, a fast line), the app waits until the
    // browser has reported the static text on screen before drawing the same screen over
    // it: the app's copy has the same boxes, so the page's first and largest paints stay
    // the static text's. When no static page matched the address (a later question, a
    // result) there is nothing to wait for.
    let shown = !pre.has_attribute("hidden");
    let take_over = move || {
        handover::keep(&pre);
        pre.remove();
        leptos::mount::mount_to_body(app::App);
    };
    if !shown || !browser::after_first_contentful_paint(take_over.clone()) {
        take_over();
    }
}
