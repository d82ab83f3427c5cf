//! Home: every lesson grouped by series, where the learner stands in each, and the one
//! next step for it; plus what is due for review and a short summary.

use lectern_core::content::Lesson;
use lectern_core::progress::{NextStep, Stage};
use lectern_core::route::Route;
use leptos::prelude::*;

use crate::app::{href, use_ctx, Ctx};
use crate::browser;
use crate::i18n::{percent, t};
use crate::site::site;
use crate::tr;

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
        <h1 id="page-heading" tabindex="-1">{site().title.clone()}</h1>
        <p class="lede">{site().description.clone()}</p>
        <div class="card summary-card">
            <p class="next-step">{move || next_step(ctx)}</p>
            <p class="due">
                {move || match summary.get().due {
                    0 => view! { <span class="due-count">{t("home-nothing-due")}</span> }.into_any(),
                    n => view! {
                        <span class="due-count">{tr!("home-due", count = n)}</span>
                        " "
                        <a class="button primary" href=href(&Route::Review)>{t("home-start-review")}</a>
                    }
                    .into_any(),
                }}
            </p>
            <p class="summary-line">
                {move || {
                    let s = summary.get();
                    tr!(
                        "home-summary",
                        completed = s.lessons_completed,
                        lessons = course.lessons.len(),
                        mastered = s.questions_mastered,
                        questions = total_questions,
                    )
                }}
            </p>
            <p><a href=href(&Route::Progress)>{t("home-progress-link")}</a></p>
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
            tr!(
                "next-continue",
                lesson = title(&lesson),
                number = question,
                total = of
            ),
            Route::Question(lesson, question),
        ),
        NextStep::Start { lesson } => (
            tr!("next-start", lesson = title(&lesson)),
            Route::Lesson(lesson),
        ),
        NextStep::AllDone => (t("next-all-done"), Route::Progress),
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
                t("stage-not-started"),
                t("step-start"),
                Route::Lesson(id.clone()),
            ),
            Stage::Reading => (
                t("stage-reading"),
                t("step-continue"),
                Route::Lesson(id.clone()),
            ),
            Stage::Checking { question, of } => (
                tr!("stage-checking", number = question, total = of),
                t("step-continue"),
                Route::Question(id.clone(), question),
            ),
            Stage::Finished { best } => {
                let status = tr!(
                    "best-score-percent",
                    correct = best.correct,
                    total = best.total,
                    percent = percent(best.percent()),
                );
                if due > 0 {
                    (status, t("step-review"), Route::Review)
                } else {
                    (status, t("step-retake"), Route::Question(id.clone(), 1))
                }
            }
        };
        let aria = tr!(
            "step-label",
            step = label.as_str(),
            lesson = lesson.title.as_str()
        );
        view! {
            <p class="status">{status}</p>
            <a class="button" href=href(&to) aria-label=aria>{label}</a>
        }
    };
    view! {
        <li class="card lesson-card">
            <h3><a href=href(&Route::Lesson(lesson.id.clone()))>{lesson.title.clone()}</a></h3>
            <p>{lesson.summary.clone()}</p>
            <p class="meta">{tr!("lesson-card-meta", minutes = lesson.minutes, count = lesson.questions.len())}</p>
            <div class="lesson-step">{step}</div>
        </li>
    }
}
