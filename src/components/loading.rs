//! What a screen shows while something it needs is fetched from the site (a lesson's text,
//! the list of lessons), and, if that fails, why, with a way to try again.

use leptos::prelude::*;

use crate::i18n::t;

/// Such as "Loading the lesson…", announced politely.
pub fn loading(text: String) -> AnyView {
    view! { <p class="loading" role="status">{text}</p> }.into_any()
}

/// Why something could not be loaded, with a button that calls `retry`.
pub fn load_failed(text: String, retry: impl Fn() + Send + Sync + 'static) -> AnyView {
    view! {
        <div class="card load-failed" role="alert">
            <p>{text}</p>
            <button type="button" on:click=move |_| retry()>{t("try-again")}</button>
        </div>
    }
    .into_any()
}
