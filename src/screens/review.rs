//! Review: the questions due today, mixed across lessons, one at a time with the same
//! instant feedback as the check. Each answer reschedules its question at once.

use lectern_core::content::{Lesson, Question};
use lectern_core::route::Route;
use lectern_core::shuffle::permutation;
use leptos::prelude::*;

use crate::app::use_ctx;
use crate::browser;
use crate::components::progress_bar::ProgressBar;
use crate::components::question_card::{QuestionCard, HEADING_ID};

#[component]
pub fn ReviewScreen() -> impl IntoView {
    let ctx = use_ctx();
    let clock = browser::clock();
    // Fixed when the session opens, so a rescheduled question does not reorder the rest.
    let items: Vec<(&'static Lesson, &'static Question)> =
        ctx.progress.with_untracked(|p| p.due(ctx.course, clock));
    let total = items.len();
    let index = RwSignal::new(0usize);
    let chosen = RwSignal::new(None::<String>);
    let checked = RwSignal::new(false);
    let reviewed = RwSignal::new(0usize);
    let right = RwSignal::new(0usize);

    let card = move || {
        let i = index.get();
        let Some(&(lesson, question)) = items.get(i) else {
            let (heading, summary) = if total == 0 {
                (
                    "Nothing to review today",
                    "Questions you miss in a check come back here the next day.".to_string(),
                )
            } else {
                ("Review done", format!("Review done: {} of {} right. Right answers come back later and later; missed ones tomorrow.", right.get(), reviewed.get()))
            };
            return view! {
                <h1 id="page-heading" tabindex="-1">{heading}</h1>
                <p class="review-done">{summary}</p>
                <div class="actions"><a class="button primary" href=Route::Home.to_hash()>"Back to your lessons"</a></div>
            }
            .into_any();
        };
        let order = permutation(question.options.len(), clock.today() as u32, &question.id)
            .into_iter()
            .map(|k| question.options[k].clone())
            .collect::<Vec<_>>();
        let section = lesson.section(&question.section).map(|s| {
            view! {
                <p class="section-link">
                    "From " <a href=Route::Lesson(lesson.id.clone()).to_hash()>{lesson.title.clone()}</a> ": "
                    <a href=Route::Section(lesson.id.clone(), s.id.clone()).to_hash()>{format!("read \u{201c}{}\u{201d} again", s.title)}</a>
                </p>
            }
        });
        let qid = question.id.clone();
        let lid = lesson.id.clone();
        view! {
            <ProgressBar number=i + 1 total=total done=Signal::derive(move || reviewed.get()) label="Review" />
            <QuestionCard
                question=question.clone()
                order=order
                chosen=chosen
                checked=checked
                on_choose=move |id: String| chosen.set(Some(id))
                on_check=move |()| {
                    let was_right = chosen.with_untracked(|c| c.as_deref().is_some_and(|c| question.is_correct(c)));
                    checked.set(true);
                    reviewed.update(|n| *n += 1);
                    if was_right {
                        right.update(|n| *n += 1);
                    }
                    ctx.progress.update(|p| p.lesson_mut(&lid).review(&qid, was_right, browser::clock()));
                }
                on_next=move |()| {
                    chosen.set(None);
                    checked.set(false);
                    index.update(|i| *i += 1);
                    browser::focus(HEADING_ID);
                }
                next_label=if i + 1 < total { "Next question" } else { "Finish review" }
            />
            {section}
        }
        .into_any()
    };
    view! {
        <div class="check review-session">
            <p class="crumb"><a href=Route::Home.to_hash()>"Lectern"</a></p>
            <p class="screen-label">"Review"</p>
            {card}
        </div>
    }
}
