//! The check, one question at a time: wires a `QuestionCard` to the attempt in progress.
//! The screen stays mounted for the whole check; Next changes `number`, and the card
//! shows the new question in place.

use leptos::prelude::*;
use lectern_core::content::{Choice, Lesson, Question};
use lectern_core::progress::Progress;
use lectern_core::route::Route;

use crate::app::use_ctx;
use crate::browser;
use crate::components::progress_bar::ProgressBar;
use crate::components::question_card::{QuestionCard, HEADING_ID};

/// The question on screen, in this attempt's option order.
#[derive(Clone, PartialEq)]
struct Shown {
    question: Question,
    order: Vec<Choice>,
    total: usize,
}

/// The attempt's question `number` (1-based), if the attempt in progress reaches it.
fn shown_at(progress: &Progress, lesson: &Lesson, number: usize) -> Option<Shown> {
    let attempt = progress.current(&lesson.id)?;
    let question = lesson.question(attempt.questions.get(number.checked_sub(1)?)?)?;
    let order = attempt.option_order(question).into_iter().cloned().collect();
    Some(Shown { question: question.clone(), order, total: attempt.len() })
}

#[component]
pub fn CheckScreen(lesson_id: String, #[prop(into)] number: Signal<usize>) -> impl IntoView {
    let ctx = use_ctx();
    let Some(lesson) = ctx.course.lesson(&lesson_id) else {
        return ().into_any();
    };
    // The route resolver guarantees an attempt in progress that reaches this question.
    let Some(first) = ctx.progress.with_untracked(|p| shown_at(p, lesson, number.get_untracked())) else {
        return ().into_any();
    };
    // The last question stays while "See your result" finishes the attempt, until the
    // result screen replaces this one.
    let shown = Memo::new(move |last: Option<&Shown>| {
        ctx.progress
            .with(|p| shown_at(p, lesson, number.get()))
            .unwrap_or_else(|| last.cloned().unwrap_or_else(|| first.clone()))
    });
    let lid = lesson.id.clone();
    let qid = move || shown.with_untracked(|s| s.question.id.clone());

    let answer = {
        let lid = lid.clone();
        move || {
            shown.with(|s| {
                ctx.progress.with(|p| p.current(&lid).and_then(|a| a.answers.get(&s.question.id).cloned()))
            })
        }
    };
    let chosen = Signal::derive({
        let answer = answer.clone();
        move || answer().map(|a| a.option)
    });
    let checked = Signal::derive(move || answer().is_some_and(|a| a.checked));
    let done = Signal::derive({
        let lid = lid.clone();
        move || ctx.progress.with(|p| p.current(&lid).map_or(0, |a| a.checked_count()))
    });
    let total = Signal::derive(move || shown.with(|s| s.total));

    let on_choose = {
        let lid = lid.clone();
        move |option: String| {
            ctx.progress.update(|p| {
                if let Some(a) = p.lesson_mut(&lid).current.as_mut() {
                    // Refused only for a checked question, whose radios are disabled anyway.
                    let _ = a.choose(lesson, &qid(), &option);
                }
            })
        }
    };
    let on_check = {
        let lid = lid.clone();
        move |()| {
            ctx.progress.update(|p| {
                if let Some(a) = p.lesson_mut(&lid).current.as_mut() {
                    let _ = a.check(lesson, &qid());
                }
            })
        }
    };
    let on_next = {
        let lid = lid.clone();
        move |()| {
            let number = number.get_untracked();
            if number >= total.get_untracked() {
                let mut finished = false;
                ctx.progress.update(|p| {
                    finished = p.lesson_mut(&lid).finish(lesson, browser::clock()).is_ok();
                });
                if finished {
                    ctx.go(Route::Result(lid.clone()));
                }
            } else {
                ctx.go(Route::Question(lid.clone(), number + 1));
            }
        }
    };

    browser::prepare_date_format();

    // On arrival and on every Next: focus goes to the new question's heading.
    Effect::new(move |_| {
        number.track();
        browser::focus(HEADING_ID);
    });

    view! {
        <div class="check">
            <p class="crumb"><a href=Route::Lesson(lid.clone()).to_hash()>{lesson.title.clone()}</a></p>
            <ProgressBar number=number total=total done=done />
            <QuestionCard
                question=Signal::derive(move || shown.with(|s| s.question.clone()))
                order=Signal::derive(move || shown.with(|s| s.order.clone()))
                chosen=chosen
                checked=checked
                on_choose=on_choose
                on_check=on_check
                on_next=on_next
                next_label=Signal::derive(move || {
                    if number.get() >= total.get() { "See your result" } else { "Next question" }
                })
            />
        </div>
    }
    .into_any()
}
