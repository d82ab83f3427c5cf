//! "Question 3 of 15" with a bar of how many questions are checked.

use leptos::prelude::*;

use crate::i18n::t;
use crate::tr;

#[component]
pub fn ProgressBar(
    /// 1-based number of the question on screen.
    number: usize,
    total: usize,
    #[prop(into)] done: Signal<usize>,
    /// Whether reviews are counted (a review session) rather than a check's questions.
    #[prop(default = false)]
    review: bool,
) -> impl IntoView {
    // Set through the element's style object, which the Content-Security-Policy allows,
    // after the page is drawn: a `style` attribute in a built page would be refused.
    let fill = NodeRef::<leptos::html::Div>::new();
    Effect::new(move |_| {
        let width = format!("{}%", done.get() * 100 / total.max(1));
        if let Some(el) = fill.get() {
            let _ = web_sys::HtmlElement::style(&el).set_property("width", &width);
        }
    });
    let (label, checked) = if review {
        (
            tr!("progress-review", number = number, total = total),
            t("progress-reviews-checked"),
        )
    } else {
        (
            tr!("progress-question", number = number, total = total),
            t("progress-questions-checked"),
        )
    };
    view! {
        <div class="progress">
            <p class="progress-label">{label}</p>
            <div
                class="progress-track"
                role="progressbar"
                aria-label=checked
                aria-valuemin="0"
                aria-valuemax=total
                aria-valuenow=move || done.get()
            >
                <div class="progress-fill" node_ref=fill></div>
            </div>
        </div>
    }
}
