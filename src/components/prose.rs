//! A section's text, as the HTML the build made of the author's Markdown
//! (`lectern_core::markdown`, where raw HTML is escaped and every address checked). One
//! string in a wrapper, which hydration adopts without walking it.

use leptos::prelude::*;

#[component]
pub fn Prose(html: String) -> impl IntoView {
    view! { <div class="prose" inner_html=html></div> }
}
