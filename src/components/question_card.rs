//! One question: the prompt, the way to answer it (radio buttons, checkboxes, a text field
//! or an orderable list, by the question's kind), the Check button and, once checked, the
//! feedback. It holds no progress itself: the screen hands it the answer so far (a
//! response, see `lectern_core::grading`) and whether it is checked, and callbacks that
//! change progress. New responses are made by the core's named operations.

use lectern_core::content::{Choice, Kind, Question};
use leptos::prelude::*;

use crate::components::answer::{feedback_for, right_answer};
use crate::i18n::t;
use crate::tr;

/// Id of the question heading, focused when a new question appears.
pub const HEADING_ID: &str = "question-heading";
/// Id of the text field of a typed answer.
pub const TYPED_ID: &str = "typed-answer";

/// What a question's answer controls need from the card.
#[derive(Clone)]
struct Answering {
    question: Question,
    /// The options in this attempt's order.
    order: Vec<Choice>,
    chosen: Signal<Option<String>>,
    checked: Signal<bool>,
    on_choose: Callback<String>,
    /// Set when the learner acts, to clear "Choose an answer first".
    nudge: RwSignal<bool>,
}

impl Answering {
    fn choose(&self, response: String) {
        self.nudge.set(false);
        self.on_choose.run(response);
    }

    /// The options as shown now: an ordering question in the learner's order.
    fn shown(&self) -> Vec<Choice> {
        let response = self.chosen.get();
        self.question
            .shown(self.order.iter().collect(), response.as_deref())
            .into_iter()
            .cloned()
            .collect()
    }
}

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
    #[prop(into)]
    next_label: String,
) -> impl IntoView {
    let answering = Answering {
        question: question.clone(),
        order,
        chosen,
        checked,
        on_choose,
        nudge: RwSignal::new(false),
    };
    let nudge = answering.nudge;
    // An ordering question always has an answer: the order shown, which the core's check
    // takes when the learner moved nothing.
    let ordered = question.kind == Kind::Order;
    let check = move || {
        if ordered || chosen.with_untracked(Option::is_some) {
            nudge.set(false);
            on_check.run(());
        } else {
            nudge.set(true);
        }
    };
    keyboard(answering.clone(), check, on_next);

    let nothing_yet = t(match question.kind {
        Kind::Typed => "nudge-type",
        _ => "nudge-choose",
    });
    let kind = question.kind.name();
    view! {
        <section class="question" data-kind=kind>
            <h1 id=HEADING_ID tabindex="-1" class="question-prompt" inner_html=question.prompt.clone()></h1>
            {answer_view(answering.clone())}
            {clue_view(question.hint.clone(), checked)}
            <p class="hint" role="alert">{move || nudge.get().then(|| nothing_yet.clone())}</p>
            {feedback_view(question, chosen, checked)}
            <div class="actions">
                {move || if checked.get() {
                    view! {
                        <button type="button" class="primary" on:click=move |_| on_next.run(())>
                            {next_label.clone()}
                        </button>
                    }
                    .into_any()
                } else {
                    view! {
                        // Marked by crash.js when pressed before the app has started (handover).
                        <button type="button" class="primary" data-early-check="" on:click=move |_| check()>
                            {t("check")}
                        </button>
                    }
                    .into_any()
                }}
            </div>
        </section>
    }
}

/// Keyboard: 1 to 9 and 0 pick an option of a choice question (`keys`), Enter checks and
/// then goes on. Enter on a button or link is left to the browser, which clicks it already;
/// keys typed into the answer field are text.
fn keyboard(answering: Answering, check: impl Fn() + 'static, on_next: Callback<()>) {
    let ids: Vec<String> = answering.order.iter().map(|c| c.id.clone()).collect();
    let checked = answering.checked;
    let keys = window_event_listener(leptos::ev::keydown, move |e| {
        if e.alt_key() || e.ctrl_key() || e.meta_key() || e.default_prevented() {
            return;
        }
        let target = e
            .target()
            .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok());
        let on_control = target.as_ref().is_some_and(|el| {
            matches!(
                el.tag_name().as_str(),
                "BUTTON" | "A" | "TEXTAREA" | "SELECT"
            ) || el.get_attribute("type").as_deref() == Some("file")
        });
        let typing = target
            .as_ref()
            .is_some_and(|el| el.get_attribute("type").as_deref() == Some("text"));
        let key = e.key();
        if key == "Enter" && !on_control {
            e.prevent_default();
            if checked.get_untracked() {
                on_next.run(());
            } else {
                check();
            }
        } else if typing || !answering.question.kind.picks_options() {
        } else if let Some(i) = lectern_core::keys::index_for(&key, ids.len()) {
            if !checked.get_untracked() {
                pick(&answering, &ids[i]);
                crate::browser::focus(&format!("option-{}", ids[i]));
            }
        }
    });
    on_cleanup(move || keys.remove());
}

/// Picks an option of a choice question: the one chosen (single), or in or out of the
/// set chosen (multiple).
fn pick(answering: &Answering, option: &str) {
    let response = match answering.question.kind {
        Kind::Multiple => answering
            .question
            .toggled(answering.chosen.get_untracked().as_deref(), option),
        _ => option.to_string(),
    };
    answering.choose(response);
}

/// The controls that answer the question, by its kind.
fn answer_view(answering: Answering) -> impl IntoView {
    match answering.question.kind {
        Kind::Single | Kind::Multiple => choices_view(answering).into_any(),
        Kind::Typed => typed_view(answering).into_any(),
        Kind::Order => order_view(answering).into_any(),
    }
}

/// Radio buttons (single) or checkboxes (multiple, "select all that apply").
fn choices_view(answering: Answering) -> impl IntoView {
    let multiple = answering.question.kind == Kind::Multiple;
    let options = answering
        .order
        .clone()
        .into_iter()
        .enumerate()
        .map(|(i, choice)| choice_view(&answering, i, choice))
        .collect_view();
    view! {
        <fieldset class="options" aria-labelledby=HEADING_ID aria-describedby=multiple.then_some("kind-note")>
            {multiple.then(|| view! { <p class="kind-note" id="kind-note">{t("select-all")}</p> })}
            <ul class="option-list">{options}</ul>
        </fieldset>
    }
}

fn choice_view(answering: &Answering, index: usize, choice: Choice) -> impl IntoView {
    let key_hint = lectern_core::keys::key_for(index)
        .map(String::from)
        .unwrap_or_default();
    let (chosen, checked) = (answering.chosen, answering.checked);
    let is_chosen = {
        let id = choice.id.clone();
        let multiple = answering.question.kind == Kind::Multiple;
        move || {
            chosen.with(|c| match c.as_deref() {
                Some(c) if multiple => c.split(',').any(|x| x == id),
                Some(c) => c == id,
                None => false,
            })
        }
    };
    let is_right = answering.question.is_right_option(&choice.id);
    let show_correct = move || checked.get() && is_right;
    let show_wrong = {
        let is_chosen = is_chosen.clone();
        move || checked.get() && is_chosen() && !is_right
    };
    let on_change = {
        let (answering, id) = (answering.clone(), choice.id.clone());
        move |_| pick(&answering, &id)
    };
    let is_chosen_class = is_chosen.clone();
    let kind = if answering.question.kind == Kind::Multiple {
        "checkbox"
    } else {
        "radio"
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
                    type=kind
                    id=format!("option-{}", choice.id)
                    name="answer"
                    value=choice.id.clone()
                    prop:checked=is_chosen
                    disabled=move || checked.get()
                    on:change=on_change
                />
                <span class="option-key" aria-hidden="true">{key_hint}</span>
                <span class="option-text" data-right=t("mark-right") data-yours=t("mark-yours") inner_html=choice.text></span>
            </label>
        </li>
    }
}

/// A text field. What is typed is saved as it is typed, so a reload keeps it.
fn typed_view(answering: Answering) -> impl IntoView {
    let (chosen, checked) = (answering.chosen, answering.checked);
    let first = chosen.get_untracked().unwrap_or_default();
    let numeric = answering.question.matching.tolerance.is_some();
    let right = {
        let question = answering.question.clone();
        move || chosen.with(|c| c.as_deref().is_some_and(|c| question.grade(c)))
    };
    let on_input = move |e: leptos::ev::Event| answering.choose(event_target_value(&e));
    view! {
        <div
            class="typed-answer"
            class:is-correct={let right = right.clone(); move || checked.get() && right()}
            class:is-wrong=move || checked.get() && !right()
        >
            <label for=TYPED_ID>{t("typed-label")}</label>
            <input
                type="text"
                id=TYPED_ID
                name="answer"
                autocomplete="off"
                autocapitalize="off"
                spellcheck="false"
                inputmode=numeric.then_some("decimal")
                maxlength=lectern_core::grading::MAX_TYPED
                value=first.clone()
                prop:value=first
                aria-describedby=HEADING_ID
                disabled=move || checked.get()
                on:input=on_input
            />
        </div>
    }
}

/// The options as a list the learner puts in order with Move up / Move down buttons. The
/// moved item keeps the focus, and a status line says where it went.
fn order_view(answering: Answering) -> impl IntoView {
    let said = RwSignal::new(String::new());
    let checked = answering.checked;
    let right_order = answering.question.correct.clone();
    let rows = {
        let answering = answering.clone();
        move || {
            let shown = answering.shown();
            let count = shown.len();
            shown
                .into_iter()
                .enumerate()
                .map(|(at, choice)| {
                    let in_place = right_order.get(at) == Some(&choice.id);
                    order_row(&answering, said, at, count, choice, in_place)
                })
                .collect_view()
        }
    };
    view! {
        <div class="options order" role="group" aria-labelledby=HEADING_ID aria-describedby="kind-note">
            <p class="kind-note" id="kind-note">{t("order-note")}</p>
            <ol class="order-list" class:is-checked=move || checked.get()>{rows}</ol>
            <p class="visually-hidden" role="status">{move || said.get()}</p>
        </div>
    }
}

fn order_row(
    answering: &Answering,
    said: RwSignal<String>,
    at: usize,
    count: usize,
    choice: Choice,
    in_place: bool,
) -> impl IntoView {
    let checked = answering.checked;
    let text_id = format!("order-text-{}", choice.id);
    let mover = |to: usize, button: &'static str| {
        let (answering, id) = (answering.clone(), choice.id.clone());
        move |_| {
            let shown = answering.shown();
            let refs: Vec<&Choice> = shown.iter().collect();
            answering.choose(answering.question.moved(&refs, &id, to));
            said.set(tr!("moved-to", place = to + 1, count = count));
            // The row is drawn anew; the same button of the moved item keeps the focus,
            // or the other one where this one has reached the end.
            let other = if button == "up" { "down" } else { "up" };
            let at_end = (button == "up" && to == 0) || (button == "down" && to + 1 == count);
            let focus = format!("move-{}-{id}", if at_end { other } else { button });
            crate::browser::focus_soon(focus);
        }
    };
    let up = mover(at.saturating_sub(1), "up");
    let down = mover((at + 1).min(count - 1), "down");
    view! {
        <li
            class="order-item"
            class:is-correct=move || checked.get() && in_place
            class:is-wrong=move || checked.get() && !in_place
        >
            <span class="order-place" aria-hidden="true">{at + 1}</span>
            <span class="order-text" id=text_id.clone() data-right=t("mark-in-place") data-wrong=t("mark-out-of-place") inner_html=choice.text></span>
            <span class="order-moves">
                <button
                    type="button"
                    class="move"
                    id=format!("move-up-{}", choice.id)
                    aria-describedby=text_id.clone()
                    disabled=move || checked.get() || at == 0
                    on:click=up
                >
                    <span aria-hidden="true">"↑ "</span>{t("move-up")}
                </button>
                <button
                    type="button"
                    class="move"
                    id=format!("move-down-{}", choice.id)
                    aria-describedby=text_id
                    disabled=move || checked.get() || at + 1 == count
                    on:click=down
                >
                    <span aria-hidden="true">"↓ "</span>{t("move-down")}
                </button>
            </span>
        </li>
    }
}

/// After a check: right or not, the right answer when not, what the author says about the
/// options given, and the explanation.
fn feedback_view(
    question: Question,
    chosen: Signal<Option<String>>,
    checked: Signal<bool>,
) -> impl IntoView {
    let is_right = {
        let question = question.clone();
        Signal::derive(move || chosen.with(|c| c.as_deref().is_some_and(|c| question.grade(c))))
    };
    view! {
        <div
            class="feedback"
            class:is-right=move || checked.get() && is_right.get()
            class:is-wrong=move || checked.get() && !is_right.get()
            role="status"
        >
            {move || {
                checked.get().then(|| {
                    let response = chosen.get().unwrap_or_default();
                    let right = is_right.get();
                    view! {
                        <p class="verdict">{t(if right { "verdict-right" } else { "verdict-wrong" })}</p>
                        {(!right).then(|| right_answer(&question))}
                        {feedback_for(&question, &response)}
                        {(!question.explanation.is_empty()).then(|| view! {
                            <div class="explanation" inner_html=question.explanation.clone()></div>
                        })}
                    }
                })
            }}
        </div>
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
                    {t("show-hint")}
                </button>
                {move || (open.get() && !checked.get()).then(|| view! { <div class="clue" inner_html=clue.clone()></div> })}
            </div>
        }
    })
}
