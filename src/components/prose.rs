//! Lesson prose from parsed blocks. Every string becomes a text node, so markup in a
//! lesson file is shown literally and never interpreted.

use lectern_core::prose::{Block, Span};
use leptos::prelude::*;

#[component]
pub fn Prose(blocks: Vec<Block>) -> impl IntoView {
    blocks
        .into_iter()
        .map(|block| match block {
            Block::Paragraph(spans) => view! { <p>{spans_view(spans)}</p> }.into_any(),
            Block::List(items) => view! {
                <ul>{items.into_iter().map(|spans| view! { <li>{spans_view(spans)}</li> }).collect_view()}</ul>
            }
            .into_any(),
        })
        .collect_view()
}

fn spans_view(spans: Vec<Span>) -> impl IntoView {
    spans
        .into_iter()
        .map(|span| match span {
            Span::Text(text) => text.into_any(),
            Span::Strong(text) => view! { <strong>{text}</strong> }.into_any(),
        })
        .collect_view()
}
