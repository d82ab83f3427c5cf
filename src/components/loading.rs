//! What a screen shows while something it needs is fetched from the site (a lesson's text,
//! the list of lessons), and, if that fails, why, with a way to try again.

use leptos::prelude::*;

/// "Loading the `what`…", announced politely.
pub fn loading(what: &'static str) -> AnyView {
    view! { <p class="loading" role="status">{format!("Loading {what}\u{2026}")}</p> }.into_any()
}

/// "`what` could not be loaded: `why`.", with a button that calls `retry`.
pub fn load_failed(
    what: &'static str,
    why: String,
    retry: impl Fn() + Send + Sync + 'static,
) -> AnyView {
    view! {
        <div class="card load-failed" role="alert">
            <p>{format!("{what} could not be loaded: {why}.")}</p>
            <button type="button" on:click=move |_| retry()>"Try again"</button>
        </div>
    }
    .into_any()
}
