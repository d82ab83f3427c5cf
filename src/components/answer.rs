//! An answer as the learner reads it, for every kind of question: the right answer, shown
//! after a check and on the result page, and the learner's own. Author texts are HTML made
//! at build time (`content::Question`), shown as they are.

use lectern_core::content::{Kind, Question};
use leptos::prelude::*;

use crate::i18n::t;

/// The right answer: the option (single), every right option (multiple), the options in
/// their order (order), or the first accepted text (typed).
pub fn right_answer(question: &Question) -> impl IntoView {
    let texts = option_texts(question, &question.right_response());
    match question.kind {
        Kind::Single => view! {
            <p class="right-answer">{t("right-answer")} " " <span inner_html=texts.concat()></span></p>
        }
        .into_any(),
        Kind::Multiple => view! {
            <p class="right-answer">{t("right-answers")}</p>
            <ul class="answer-list">{items(texts)}</ul>
        }
        .into_any(),
        Kind::Order => view! {
            <p class="right-answer">{t("right-order")}</p>
            <ol class="answer-list">{items(texts)}</ol>
        }
        .into_any(),
        Kind::Typed => view! {
            <p class="right-answer">{t("accepted-answer")} " " <q class="typed-text">{question.right_response()}</q></p>
        }
        .into_any(),
    }
}

/// The learner's answer, as given.
pub fn your_answer(question: &Question, response: &str) -> impl IntoView {
    let texts = option_texts(question, response);
    let gone = texts.is_empty() && question.kind != Kind::Typed;
    if gone {
        return view! { <p class="your-answer">{t("your-answer-gone")}</p> }.into_any();
    }
    match question.kind {
        Kind::Single => view! {
            <p class="your-answer">{t("your-answer")} " " <span inner_html=texts.concat()></span></p>
        }
        .into_any(),
        Kind::Multiple => view! {
            <p class="your-answer">{t("your-answers")}</p>
            <ul class="answer-list">{items(texts)}</ul>
        }
        .into_any(),
        Kind::Order => view! {
            <p class="your-answer">{t("your-order")}</p>
            <ol class="answer-list">{items(texts)}</ol>
        }
        .into_any(),
        Kind::Typed => view! {
            <p class="your-answer">{t("your-answer")} " " <q class="typed-text">{response.to_string()}</q></p>
        }
        .into_any(),
    }
}

/// What the author says about the options a response names, each that has something.
pub fn feedback_for(question: &Question, response: &str) -> impl IntoView {
    question
        .options_in(response)
        .into_iter()
        .filter(|o| !o.feedback.is_empty())
        .map(|o| view! { <p class="option-feedback" inner_html=o.feedback.clone()></p> })
        .collect_view()
}

fn option_texts(question: &Question, response: &str) -> Vec<String> {
    question
        .options_in(response)
        .into_iter()
        .map(|o| o.text.clone())
        .collect()
}

fn items(texts: Vec<String>) -> impl IntoView {
    texts
        .into_iter()
        .map(|t| view! { <li inner_html=t></li> })
        .collect_view()
}
