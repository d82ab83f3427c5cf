//! Home: every lesson, grouped by series, with where the learner stands in each.

use leptos::prelude::*;
use lectern_core::content::Lesson;
use lectern_core::route::Route;

use crate::app::use_ctx;

#[component]
pub fn HomeScreen() -> impl IntoView {
    let ctx = use_ctx();
    let lessons = ctx.course.lessons.iter().map(|lesson| view! { <LessonCard lesson=lesson /> }).collect_view();
    view! {
        <h1 id="page-heading" tabindex="-1">"Lectern"</h1>
        <p class="lede">"Short lessons, each with a check that gives feedback on every answer. Your progress stays in this browser."</p>
        <ul class="lesson-list">{lessons}</ul>
    }
}

#[component]
fn LessonCard(lesson: &'static Lesson) -> impl IntoView {
    let ctx = use_ctx();
    let id = lesson.id.clone();
    let status = move || {
        ctx.progress.with(|p| {
            let lp = p.lesson(&id);
            if let Some(a) = lp.and_then(|l| l.current.as_ref()) {
                format!("Check in progress: question {} of {}", (a.frontier() + 1).min(a.len()), a.len())
            } else if let Some(best) = lp.and_then(|l| l.best()) {
                format!("Best score: {} / {} ({}%)", best.correct, best.total, best.percent())
            } else {
                "Not started".to_string()
            }
        })
    };
    view! {
        <li class="card lesson-card">
            <p class="series">{lesson.series.clone()}</p>
            <h2><a href=Route::Lesson(lesson.id.clone()).to_hash()>{lesson.title.clone()}</a></h2>
            <p>{lesson.summary.clone()}</p>
            <p class="meta">
                {format!("{} min · {} questions · ", lesson.minutes, lesson.questions.len())}
                <span class="status">{status}</span>
            </p>
        </li>
    }
}
