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
    let width = move || format!("{}%", done.get() * 100 / total.max(1));
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
                <div class="progress-fill" style:width=width></div>
            </div>
        </div>
    }
}
