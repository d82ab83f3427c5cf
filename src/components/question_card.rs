//! One question: the prompt, its options as a native radio group, the Check button and,
//! once checked, the feedback. It holds no progress itself: the screen hands it what is
//! chosen and checked, and callbacks that change progress.

use leptos::prelude::*;
use lectern_core::content::{Choice, Question};

/// Id of the question heading, focused when a new question appears.
pub const HEADING_ID: &str = "question-heading";

#[component]
pub fn QuestionCard(
    question: Question,
    /// The options in this attempt's order.
    order: Vec<Choice>,
    #[prop(into)] chosen: Signal<Option<String>>,
    #[prop(into)] checked: Signal<bool>,
    #[prop(into)] on_choose: Callback<String>,
    #[prop(into)] on_check: Callback<()>,
    #[prop(into)] on_next: Callback<()>,
    /// "Next question", or "See your result" on the last one.
    next_label: &'static str,
) -> impl IntoView {
    let hint = RwSignal::new(false);
    let correct_id = question.correct.clone();
    let right_text = question.correct_option().map(|o| o.text.clone()).unwrap_or_default();
    let explanation = question.explanation.clone();
    let is_right = {
        let correct_id = correct_id.clone();
        Signal::derive(move || chosen.with(|c| c.as_deref() == Some(correct_id.as_str())))
    };

    let check = move || {
        if chosen.with(Option::is_none) {
            hint.set(true);
        } else {
            hint.set(false);
            on_check.run(());
        }
    };

    let options = order
        .into_iter()
        .map(|choice| {
            let id = choice.id.clone();
            let is_chosen = {
                let id = id.clone();
                move || chosen.with(|c| c.as_deref() == Some(id.as_str()))
            };
            let is_correct_option = choice.id == correct_id;
            let show_correct = move || checked.get() && is_correct_option;
            let show_wrong = {
                let is_chosen = is_chosen.clone();
                move || checked.get() && is_chosen() && !is_correct_option
            };
            let is_chosen_class = is_chosen.clone();
            let on_change = {
                let id = id.clone();
                move |_| {
                    hint.set(false);
                    on_choose.run(id.clone());
                }
            };
            view! {
                <li>
                    <label
                        class="option"
                        class:is-chosen=is_chosen_class
                        class:is-correct=show_correct
                        class:is-wrong=show_wrong
                    >
                        <input
                            type="radio"
                            name="answer"
                            value=id.clone()
                            prop:checked=is_chosen
                            disabled=move || checked.get()
                            on:change=on_change
                        />
                        <span class="option-text">{choice.text}</span>
                    </label>
                </li>
            }
        })
        .collect_view();

    view! {
        <section class="question">
            <h1 id=HEADING_ID tabindex="-1" class="question-prompt">{question.prompt.clone()}</h1>
            <fieldset class="options" aria-labelledby=HEADING_ID>
                <ul class="option-list">{options}</ul>
            </fieldset>
            <p class="hint" role="alert">
                {move || hint.get().then_some("Choose an answer first, then check it.")}
            </p>
            <div
                class="feedback"
                class:is-right=move || checked.get() && is_right.get()
                class:is-wrong=move || checked.get() && !is_right.get()
                role="status"
            >
                {move || {
                    checked.get().then(|| {
                        let verdict = if is_right.get() {
                            "Correct.".to_string()
                        } else {
                            format!("Not quite. The answer is: {right_text}")
                        };
                        view! {
                            <p class="verdict">{verdict}</p>
                            <p class="explanation">{explanation.clone()}</p>
                        }
                    })
                }}
            </div>
            <div class="actions">
                {move || if checked.get() {
                    view! {
                        <button type="button" class="primary" on:click=move |_| on_next.run(())>
                            {next_label}
                        </button>
                    }
                    .into_any()
                } else {
                    view! {
                        <button type="button" class="primary" on:click=move |_| check()>
                            "Check"
                        </button>
                    }
                    .into_any()
                }}
            </div>
        </section>
    }
}
