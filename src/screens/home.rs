//! Home: every lesson grouped by series, where the learner stands in each, and the one
//! next step for it; plus what is due for review and a short summary.

use lectern_core::content::Lesson;
use lectern_core::progress::{NextStep, Stage};
use lectern_core::route::Route;
use leptos::prelude::*;

use crate::app::{href, use_ctx, Ctx};
use crate::browser;

#[component]
pub fn HomeScreen() -> impl IntoView {
    let ctx = use_ctx();
    let course = ctx.course_untracked();
    let groups = course
        .by_series()
        .into_iter()
        .map(|(name, lessons)| {
            view! {
                <section class="series-group">
                    <h2 class="series-title">{name.to_string()}</h2>
                    <ul class="lesson-list">
                        {lessons.into_iter().map(|lesson| view! { <LessonCard lesson=lesson /> }).collect_view()}
                    </ul>
                </section>
            }
        })
        .collect_view();
    let summary = Memo::new(move |_| ctx.progress.with(|p| p.summary(course, browser::clock())));
    let total_questions: usize = course.lessons.iter().map(|l| l.questions.len()).sum();
    view! {
        <h1 id="page-heading" tabindex="-1">"Lectern"</h1>
        <p class="lede">"Short lessons, each with a check that gives feedback on every answer. Your progress stays in this browser."</p>
        <div class="card summary-card">
            <p class="next-step">{move || next_step(ctx)}</p>
            <p class="due">
                {move || match summary.get().due {
                    0 => view! { <span class="due-count">"Nothing is due for review today."</span> }.into_any(),
                    n => view! {
                        <span class="due-count">{format!("Due for review: {n} question{}", if n == 1 { "" } else { "s" })}</span>
                        " "
                        <a class="button primary" href=href(&Route::Review)>"Start review"</a>
                    }
                    .into_any(),
                }}
            </p>
            <p class="summary-line">
                {move || {
                    let s = summary.get();
                    format!(
                        "{} of {} lessons completed · {} of {} questions mastered",
                        s.lessons_completed,
                        course.lessons.len(),
                        s.questions_mastered,
                        total_questions
                    )
                }}
            </p>
            <p><a href=href(&Route::Progress)>"Your progress: export, import, reset"</a></p>
        </div>
        {groups}
    }
}

/// The first action: the check in progress, else the first lesson not finished. A built
/// page knows no progress and offers the first lesson; the same box then says where the
/// learner is.
fn next_step(ctx: Ctx) -> impl IntoView {
    let course = ctx.course_untracked();
    let title = |id: &str| {
        course
            .lesson(id)
            .map(|l| l.title.clone())
            .unwrap_or_default()
    };
    let (label, to) = match ctx.progress.with(|p| p.next_step(course)) {
        NextStep::Continue {
            lesson,
            question,
            of,
        } => (
            format!("Continue: {}, question {question} of {of}", title(&lesson)),
            Route::Question(lesson, question),
        ),
        NextStep::Start { lesson } => (format!("Start: {}", title(&lesson)), Route::Lesson(lesson)),
        NextStep::AllDone => (
            "Every lesson done: see your progress".to_string(),
            Route::Progress,
        ),
    };
    // Once every lesson is done, review (when due) is the page's main action, not this.
    let primary = !matches!(to, Route::Progress);
    view! { <a class="button" class:primary=primary href=href(&to)>{label}</a> }
}

#[component]
fn LessonCard(lesson: &'static Lesson) -> impl IntoView {
    let ctx = use_ctx();
    let id = lesson.id.clone();
    let state = Memo::new(move |_| {
        ctx.progress.with(|p| {
            let lp = p.lesson(&id).cloned().unwrap_or_default();
            let due = lp
                .reviews
                .values()
                .filter(|c| c.is_due(browser::clock()))
                .count();
            (lp.stage(), due)
        })
    });
    let id = lesson.id.clone();
    let step = move || {
        let (stage, due) = state.get();
        let (status, label, to) = match stage {
            Stage::NotStarted => (
                "Not started".to_string(),
                "Start",
                Route::Lesson(id.clone()),
            ),
            Stage::Reading => ("Reading".to_string(), "Continue", Route::Lesson(id.clone())),
            Stage::Checking { question, of } => (
                format!("Check in progress: question {question} of {of}"),
                "Continue",
                Route::Question(id.clone(), question),
            ),
            Stage::Finished { best } => {
                let status = format!(
                    "Best score: {} / {} ({}%)",
                    best.correct,
                    best.total,
                    best.percent()
                );
                if due > 0 {
                    (status, "Review", Route::Review)
                } else {
                    (status, "Retake", Route::Question(id.clone(), 1))
                }
            }
        };
        view! {
            <p class="status">{status}</p>
            <a class="button" href=href(&to) aria-label=format!("{label}: {}", lesson.title)>{label}</a>
        }
    };
    view! {
        <li class="card lesson-card">
            <h3><a href=href(&Route::Lesson(lesson.id.clone()))>{lesson.title.clone()}</a></h3>
            <p>{lesson.summary.clone()}</p>
            <p class="meta">{format!("{} min · {} questions", lesson.minutes, lesson.questions.len())}</p>
            <div class="lesson-step">{step}</div>
        </li>
    }
}
