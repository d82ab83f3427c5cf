//! Lesson prose from parsed blocks, as the HTML `prose::to_html` makes of them: every
//! piece of text escaped there, so markup in a lesson file is shown literally and never
//! interpreted. One string in a wrapper, which hydration adopts without walking it.

use lectern_core::prose::{to_html, Block};
use leptos::prelude::*;

#[component]
pub fn Prose(blocks: Vec<Block>) -> impl IntoView {
    view! { <div class="prose" inner_html=to_html(&blocks)></div> }
}
