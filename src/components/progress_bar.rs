//! "Question 3 of 15" with a bar of how many questions are checked.

use leptos::prelude::*;

#[component]
pub fn ProgressBar(
    /// 1-based number of the question on screen.
    number: usize,
    total: usize,
    #[prop(into)] done: Signal<usize>,
    /// What is counted: "Question" in a check, "Review" in a review session.
    #[prop(default = "Question")]
    label: &'static str,
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
    view! {
        <div class="progress">
            <p class="progress-label">{format!("{label} {number} of {total}")}</p>
            <div
                class="progress-track"
                role="progressbar"
                aria-label=format!("{label}s checked")
                aria-valuemin="0"
                aria-valuemax=total
                aria-valuenow=move || done.get()
            >
                <div class="progress-fill" node_ref=fill></div>
            </div>
        </div>
    }
}
