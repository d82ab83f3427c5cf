//! The lesson: its text, then the way into its check.

use lectern_core::route::Route;
use leptos::prelude::*;

use lectern_core::content::Lesson;

use crate::app::{href, use_ctx, Ctx};
use crate::browser;
use crate::components::prose::Prose;
use crate::i18n::t;
use crate::lesson_text::with_text;
use crate::tr;

/// `section`: scroll to and focus that section's heading (links from review). A page
/// loaded at a lesson's address is left where the browser has it.
#[component]
pub fn LessonScreen(lesson_id: String, section: Option<String>) -> impl IntoView {
    let ctx = use_ctx();
    if ctx.course_untracked().lesson(&lesson_id).is_none() {
        return ().into_any();
    }
    let navigated = ctx.is_ready_untracked();
    Effect::new(move |_| match &section {
        Some(s) => browser::focus(&format!("section-{s}")),
        None if navigated => browser::scroll_to_top(),
        None => {}
    });
    with_text(ctx.texts, &lesson_id, move |lesson| {
        lesson_text(ctx, lesson)
    })
    .into_any()
}

/// The lesson's text and the way into its check.
fn lesson_text(ctx: Ctx, lesson: &'static Lesson) -> impl IntoView {
    let sections = lesson
        .sections
        .iter()
        .map(|s| {
            view! {
                <section class="lesson-section">
                    <h2 id=format!("section-{}", s.id) tabindex="-1">{s.title.clone()}</h2>
                    <Prose html=s.html.clone() />
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
                    (t("continue-the-check"), n, tr!("check-call-at", number = n, total = a.len()))
                }
                None if finished => (t("retake-the-check"), 1, tr!("check-call-about", count = total)),
                None => (t("start-the-check"), 1, tr!("check-call-about", count = total)),
            };
            let result_link = finished.then(|| {
                view! {
                    <a class="secondary" href=href(&Route::Result(lesson.id.clone()))>{t("see-last-result")}</a>
                    <a class="secondary" href=href(&Route::History(lesson.id.clone()))>{t("your-scores")}</a>
                }
            });
            view! {
                <p class="cta-note">{note}</p>
                <div class="actions">
                    <a class="button primary" href=href(&Route::Question(lesson.id.clone(), number))>{label}</a>
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
            <p class="meta">{tr!("lesson-meta", minutes = lesson.minutes, reviewed = lesson.reviewed.as_str())}</p>
            {sections}
            <section class="card check-call" aria-labelledby="check-heading">
                <h2 id="check-heading">{t("check-call-heading")}</h2>
                {call}
            </section>
        </article>
    }
}
