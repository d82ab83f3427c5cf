//! The lesson: its text, then the way into its check.

use lectern_core::route::Route;
use leptos::prelude::*;

use crate::app::use_ctx;
use crate::browser;
use crate::components::prose::Prose;

/// `section`: scroll to and focus that section's heading (links from review).
#[component]
pub fn LessonScreen(lesson_id: String, section: Option<String>) -> impl IntoView {
    let ctx = use_ctx();
    let Some(lesson) = ctx.course.lesson(&lesson_id) else {
        return ().into_any();
    };
    if !ctx
        .progress
        .with_untracked(|p| p.lesson(&lesson.id).is_some_and(|l| l.opened))
    {
        ctx.progress
            .update(|p| p.lesson_mut(&lesson.id).opened = true);
    }
    Effect::new(move |_| match &section {
        Some(s) => browser::focus(&format!("section-{s}")),
        None => browser::scroll_to_top(),
    });
    let sections = lesson
        .sections
        .iter()
        .map(|s| {
            view! {
                <section class="lesson-section">
                    <h2 id=format!("section-{}", s.id) tabindex="-1">{s.title.clone()}</h2>
                    <Prose blocks=s.blocks.clone() />
                </section>
            }
        })
        .collect_view();
    let total = lesson.questions.len();
    let call = move || {
        ctx.progress.with(|p| {
            let lp = p.lesson(&lesson.id);
            let current = lp.and_then(|l| l.current.as_ref());
            let finished = lp.and_then(|l| l.last_finished()).is_some();
            let (label, number, note) = match current {
                Some(a) => {
                    let n = (a.frontier() + 1).min(a.len());
                    ("Continue the check", n, format!("You are at question {n} of {}.", a.len()))
                }
                None if finished => ("Retake the check", 1, format!("{total} questions, with feedback after each one.")),
                None => ("Start the check", 1, format!("{total} questions, with feedback after each one.")),
            };
            let result_link = finished.then(|| {
                view! {
                    <a class="secondary" href=Route::Result(lesson.id.clone()).to_hash()>"See your last result"</a>
                    <a class="secondary" href=Route::History(lesson.id.clone()).to_hash()>"Your scores"</a>
                }
            });
            view! {
                <p class="cta-note">{note}</p>
                <div class="actions">
                    <a class="button primary" href=Route::Question(lesson.id.clone(), number).to_hash()>{label}</a>
                    {result_link}
                </div>
            }
        })
    };
    view! {
        <article class="lesson">
            <p class="series">{lesson.series.clone()}</p>
            <h1 id="page-heading" tabindex="-1">{lesson.title.clone()}</h1>
            <p class="summary">{lesson.summary.clone()}</p>
            // One text node, as the prerendered page has it: split text shapes a hair differently.
            <p class="meta">{format!("{} min · Reviewed {}", lesson.minutes, lesson.reviewed)}</p>
            {sections}
            <section class="card check-call" aria-labelledby="check-heading">
                <h2 id="check-heading">"End-of-lesson check"</h2>
                {call}
            </section>
        </article>
    }
    .into_any()
}
