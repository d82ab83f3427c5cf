//! The check, one question at a time: wires a `QuestionCard` to the attempt in progress.

use lectern_core::route::Route;
use leptos::prelude::*;

use lectern_core::content::Lesson;

use crate::app::{href, use_ctx, Ctx};
use crate::browser;
use crate::components::progress_bar::ProgressBar;
use crate::components::question_card::{QuestionCard, HEADING_ID};
use crate::lesson_text::with_text;

#[component]
pub fn CheckScreen(lesson_id: String, number: usize) -> impl IntoView {
    let ctx = use_ctx();
    if ctx.course_untracked().lesson(&lesson_id).is_none() {
        return ().into_any();
    }
    // A question loaded at its address keeps the browser's focus; one moved to gets it.
    let navigated = ctx.is_ready_untracked();
    Effect::new(move |_| {
        browser::prepare_date_format();
        if navigated {
            browser::focus(HEADING_ID);
        }
    });
    with_text(ctx.texts, &lesson_id, move |lesson| {
        question(ctx, lesson, number)
    })
    .into_any()
}

/// Question `number` of the attempt in progress, wired to it.
fn question(ctx: Ctx, lesson: &'static Lesson, number: usize) -> impl IntoView {
    // The route resolver guarantees an attempt in progress that reaches this question.
    let Some((question, order, total)) = ctx.progress.with_untracked(|p| {
        let attempt = p.current(&lesson.id)?;
        let question = lesson.question(attempt.questions.get(number - 1)?)?;
        let order = attempt
            .option_order(question)
            .into_iter()
            .cloned()
            .collect::<Vec<_>>();
        Some((question, order, attempt.len()))
    }) else {
        return ().into_any();
    };
    let lid = lesson.id.clone();
    let qid = question.id.clone();

    let answer = {
        let (lid, qid) = (lid.clone(), qid.clone());
        move || {
            ctx.progress
                .with(|p| p.current(&lid).and_then(|a| a.answers.get(&qid).cloned()))
        }
    };
    let chosen = Signal::derive({
        let answer = answer.clone();
        move || answer().map(|a| a.option)
    });
    let checked = Signal::derive(move || answer().is_some_and(|a| a.checked));
    let done = Signal::derive({
        let lid = lid.clone();
        move || {
            ctx.progress
                .with(|p| p.current(&lid).map_or(0, |a| a.checked_count()))
        }
    });

    let on_choose = {
        let (lid, qid) = (lid.clone(), qid.clone());
        move |option: String| {
            ctx.progress.update(|p| {
                if let Some(a) = p.lesson_mut(&lid).current.as_mut() {
                    // Refused only for a checked question, whose radios are disabled anyway.
                    let _ = a.choose(lesson, &qid, &option);
                }
            })
        }
    };
    let on_check = {
        let (lid, qid) = (lid.clone(), qid.clone());
        move |()| {
            ctx.progress.update(|p| {
                if let Some(a) = p.lesson_mut(&lid).current.as_mut() {
                    let _ = a.check(lesson, &qid);
                }
            })
        }
    };
    let is_last = number >= total;
    let on_next = {
        let lid = lid.clone();
        move |()| {
            if is_last {
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

    view! {
        <div class="check">
            <p class="crumb"><a href=href(&Route::Lesson(lid.clone()))>{lesson.title.clone()}</a></p>
            <ProgressBar number=number total=total done=done />
            <QuestionCard
                question=question.clone()
                order=order
                chosen=chosen
                checked=checked
                on_choose=on_choose
                on_check=on_check
                on_next=on_next
                next_label=crate::i18n::t(if is_last { "see-your-result" } else { "next-question" })
            />
        </div>
    }
    .into_any()
}
