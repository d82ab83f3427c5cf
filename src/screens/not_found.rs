//! An address that names no lesson or screen.

use lectern_core::route::Route;
use leptos::prelude::*;

use crate::app::href;

#[component]
pub fn NotFoundScreen() -> impl IntoView {
    view! {
        <h1 id="page-heading" tabindex="-1">"Page not found"</h1>
        <p>"This address does not lead to a lesson. It may have been renamed."</p>
        <p><a href=href(&Route::Home)>"Go to the home page"</a></p>
    }
}
