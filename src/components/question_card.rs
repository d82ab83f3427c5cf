//! One question: the prompt, its options as a native radio group, the Check button and,
//! once checked, the feedback. It holds no progress itself: the screen hands it what is
//! chosen and checked, and callbacks that change progress.

use lectern_core::content::{Choice, Question};
use leptos::prelude::*;

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
    let right_text = question
        .correct_option()
        .map(|o| o.text.clone())
        .unwrap_or_default();
    let explanation = question.explanation.clone();
    // What the author says about the option chosen, if anything.
    let option_feedback = {
        let order = order.clone();
        move || {
            chosen.with(|c| {
                order
                    .iter()
                    .find(|o| Some(o.id.as_str()) == c.as_deref())
                    .map(|o| o.feedback.clone())
                    .filter(|f| !f.is_empty())
            })
        }
    };
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

    // Keyboard: 1 to 9 and 0 pick an option (`keys`), Enter checks and then goes on. Enter on a button or
    // link is left to the browser, which clicks it already.
    let ids: Vec<String> = order.iter().map(|c| c.id.clone()).collect();
    let keys = window_event_listener(leptos::ev::keydown, move |e| {
        if e.alt_key() || e.ctrl_key() || e.meta_key() || e.default_prevented() {
            return;
        }
        let on_control = e
            .target()
            .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok())
            .is_some_and(|el| {
                matches!(
                    el.tag_name().as_str(),
                    "BUTTON" | "A" | "TEXTAREA" | "SELECT"
                ) || el.get_attribute("type").as_deref() == Some("file")
            });
        let key = e.key();
        if key == "Enter" && !on_control {
            e.prevent_default();
            if checked.get_untracked() {
                on_next.run(());
            } else {
                check();
            }
        } else if let Some(i) = lectern_core::keys::index_for(&key, ids.len()) {
            if !checked.get_untracked() {
                hint.set(false);
                on_choose.run(ids[i].clone());
                crate::browser::focus(&format!("option-{}", ids[i]));
            }
        }
    });
    on_cleanup(move || keys.remove());

    let options = order
        .into_iter()
        .enumerate()
        .map(|(i, choice)| {
            let key_hint = lectern_core::keys::key_for(i)
                .map(String::from)
                .unwrap_or_default();
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
                            id=format!("option-{id}")
                            name="answer"
                            value=id.clone()
                            prop:checked=is_chosen
                            disabled=move || checked.get()
                            on:change=on_change
                        />
                        <span class="option-key" aria-hidden="true">{key_hint}</span>
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
            {clue_view(question.hint.clone(), checked)}
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
                        let about = option_feedback()
                            .map(|f| view! { <p class="option-feedback">{f}</p> });
                        view! {
                            <p class="verdict">{verdict}</p>
                            {about}
                            {(!explanation.is_empty()).then(|| view! { <p class="explanation">{explanation.clone()}</p> })}
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
                        // Marked by crash.js when pressed before the app has started (handover).
                        <button type="button" class="primary" data-early-check="" on:click=move |_| check()>
                            "Check"
                        </button>
                    }
                    .into_any()
                }}
            </div>
        </section>
    }
}

/// The question's hint, if it has one, behind a button, until the answer is checked.
fn clue_view(clue: String, checked: Signal<bool>) -> impl IntoView {
    (!clue.is_empty()).then(|| {
        let open = RwSignal::new(false);
        view! {
            <div class="question-hint">
                <button
                    type="button"
                    class="quiet"
                    aria-expanded=move || open.get().to_string()
                    disabled=move || checked.get()
                    on:click=move |_| open.update(|o| *o = !*o)
                >
                    "Show a hint"
                </button>
                {move || (open.get() && !checked.get()).then(|| view! { <p>{clue.clone()}</p> })}
            </div>
        }
    })
}
