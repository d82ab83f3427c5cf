//! An address that names no lesson or screen.

use lectern_core::route::Route;
use leptos::prelude::*;

use crate::app::href;
use crate::i18n::t;

#[component]
pub fn NotFoundScreen() -> impl IntoView {
    view! {
        <h1 id="page-heading" tabindex="-1">{t("not-found-heading")}</h1>
        <p>{t("not-found-text")}</p>
        <p><a href=href(&Route::Home)>{t("not-found-home")}</a></p>
    }
}
