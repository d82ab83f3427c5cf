//! One question: the prompt, its options as a native radio group, the Check button and,
//! once checked, the feedback. It holds no progress itself: the screen hands it what is
//! chosen and checked, and callbacks that change progress. The question may change while
//! the card is mounted (the check's Next): prompt, options and feedback follow it.

use leptos::prelude::*;
use lectern_core::content::{Choice, Question};

/// Id of the question heading, focused when a new question appears.
pub const HEADING_ID: &str = "question-heading";

#[component]
pub fn QuestionCard(
    #[prop(into)] question: Signal<Question>,
    /// The options in this attempt's order.
    #[prop(into)]
    order: Signal<Vec<Choice>>,
    #[prop(into)] chosen: Signal<Option<String>>,
    #[prop(into)] checked: Signal<bool>,
    #[prop(into)] on_choose: Callback<String>,
    #[prop(into)] on_check: Callback<()>,
    #[prop(into)] on_next: Callback<()>,
    /// "Next question", or "See your result" on the last one.
    #[prop(into)]
    next_label: Signal<&'static str>,
) -> impl IntoView {
    // The question whose "choose first" hint is showing: a new question starts without it.
    let hint = RwSignal::new(None::<String>);
    let show_hint = move || question.with(|q| hint.with(|h| h.as_ref() == Some(&q.id)));
    let hide_hint = move || {
        if hint.with_untracked(Option::is_some) {
            hint.set(None);
        }
    };
    let is_right = Signal::derive(move || {
        question.with(|q| chosen.with(|c| c.as_deref() == Some(q.correct.as_str())))
    });

    let check = move || {
        if chosen.with_untracked(Option::is_none) {
            hint.set(Some(question.with_untracked(|q| q.id.clone())));
        } else {
            hide_hint();
            on_check.run(());
        }
    };

    // Keyboard: 1 to 6 pick an option, Enter checks and then goes on. Enter on a button or
    // link is left to the browser, which clicks it already.
    let keys = window_event_listener(leptos::ev::keydown, move |e| {
        if e.alt_key() || e.ctrl_key() || e.meta_key() || e.default_prevented() {
            return;
        }
        let on_control = e
            .target()
            .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok())
            .is_some_and(|el| matches!(el.tag_name().as_str(), "BUTTON" | "A" | "TEXTAREA" | "SELECT") || el.get_attribute("type").as_deref() == Some("file"));
        let key = e.key();
        if key == "Enter" && !on_control {
            e.prevent_default();
            if checked.get_untracked() {
                on_next.run(());
            } else {
                check();
            }
        } else if let Some(id) = key
            .parse::<usize>()
            .ok()
            .and_then(|n| order.with_untracked(|o| Some(o.get(n.checked_sub(1)?)?.id.clone())))
        {
            if !checked.get_untracked() {
                hide_hint();
                on_choose.run(id.clone());
                crate::browser::focus(&format!("option-{id}"));
            }
        }
    });
    on_cleanup(move || keys.remove());

    // Drawn again only when the question changes; choosing and checking update the rows.
    let options = move || {
        let correct_id = question.with(|q| q.correct.clone());
        order
            .get()
            .into_iter()
            .enumerate()
            .map(|(i, choice)| {
                let key_hint = (i + 1).to_string();
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
                        hide_hint();
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
            .collect_view()
    };

    view! {
        <section class="question">
            <h1 id=HEADING_ID tabindex="-1" class="question-prompt">{move || question.with(|q| q.prompt.clone())}</h1>
            <fieldset class="options" aria-labelledby=HEADING_ID>
                <ul class="option-list">{options}</ul>
            </fieldset>
            <p class="hint" role="alert">
                {move || show_hint().then_some("Choose an answer first, then check it.")}
            </p>
            <div
                class="feedback"
                class:is-right=move || checked.get() && is_right.get()
                class:is-wrong=move || checked.get() && !is_right.get()
                role="status"
            >
                {move || {
                    checked.get().then(|| {
                        question.with(|q| {
                            let verdict = if is_right.get() {
                                "Correct.".to_string()
                            } else {
                                let right_text = q.correct_option().map(|o| o.text.as_str()).unwrap_or_default();
                                format!("Not quite. The answer is: {right_text}")
                            };
                            view! {
                                <p class="verdict">{verdict}</p>
                                <p class="explanation">{q.explanation.clone()}</p>
                            }
                        })
                    })
                }}
            </div>
            <div class="actions">
                // Both buttons are one element with a new label, so focus stays on it when
                // Check turns into Next.
                {move || if checked.get() {
                    let label = next_label.get();
                    view! {
                        <button type="button" class="primary" on:click=move |_| on_next.run(())>
                            {label}
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
