//! The result of the latest finished attempt: score, best score, and every question
//! reviewed with the learner's answer, the right one and why.

use lectern_core::route::Route;
use leptos::prelude::*;

use lectern_core::content::Lesson;

use crate::app::{href, use_ctx, Ctx};
use crate::browser;
use crate::components::answer::{feedback_for, right_answer, your_answer};
use crate::i18n::{percent, t};
use crate::lesson_text::with_text;
use crate::tr;

#[component]
pub fn ResultScreen(lesson_id: String) -> impl IntoView {
    let ctx = use_ctx();
    if ctx.course_untracked().lesson(&lesson_id).is_none() {
        return ().into_any();
    }
    Effect::new(move |_| browser::focus("page-heading"));
    with_text(ctx.texts, &lesson_id, move |lesson| result(ctx, lesson)).into_any()
}

/// The latest finished attempt, question by question.
fn result(ctx: Ctx, lesson: &'static Lesson) -> impl IntoView {
    let Some((attempt, best)) = ctx.progress.with_untracked(|p| {
        let lp = p.lesson(&lesson.id)?;
        Some((lp.last_finished()?.clone(), lp.best()?))
    }) else {
        return ().into_any();
    };
    let score = attempt.score;
    let review = lesson
        .questions
        .iter()
        .filter_map(|q| {
            let response = attempt.answers.get(&q.id)?;
            let right = q.grade(response);
            Some(view! {
                <li class="review-item" class:is-right=right class:is-wrong=!right>
                    <p class="review-verdict">{t(if right { "result-correct" } else { "result-missed" })}</p>
                    <h3 inner_html=q.prompt.clone()></h3>
                    {your_answer(q, response)}
                    {feedback_for(q, response)}
                    {(!right).then(|| right_answer(q))}
                    {(!q.explanation.is_empty()).then(|| view! { <div class="explanation" inner_html=q.explanation.clone()></div> })}
                </li>
            })
        })
        .collect_view();

    let lid = lesson.id.clone();
    let retake = move |_| {
        ctx.progress.update(|p| {
            p.lesson_mut(&lid)
                .start(lesson, browser::random_seed(), browser::now());
        });
        ctx.go(Route::Question(lid.clone(), 1));
    };
    let has_missed = attempt.score.correct < attempt.score.total;
    let lid = lesson.id.clone();
    let retry_missed = move |_| {
        let mut started = false;
        ctx.progress.update(|p| {
            started = p
                .lesson_mut(&lid)
                .start_missed(lesson, browser::random_seed(), browser::now())
                .is_some();
        });
        if started {
            ctx.go(Route::Question(lid.clone(), 1));
        }
    };
    view! {
        <div class="result">
            <p class="crumb"><a href=href(&Route::Lesson(lesson.id.clone()))>{lesson.title.clone()}</a></p>
            <h1 id="page-heading" tabindex="-1">{t("result-heading")}</h1>
            <div class="card score-card">
                <p class="score">
                    <span class="score-fraction">{tr!("score-fraction", correct = score.correct, total = score.total)}</span>
                    <span class="score-percent">{percent(score.percent())}</span>
                </p>
                <p class="best">{tr!("best-score", correct = best.correct, total = best.total)}</p>
                <div class="actions">
                    <button type="button" class="primary" on:click=retake>{t("retake-the-check")}</button>
                    {has_missed.then(|| view! { <button type="button" on:click=retry_missed.clone()>{t("retry-missed")}</button> })}
                    <a class="secondary" href=href(&Route::History(lesson.id.clone()))>{t("your-scores")}</a>
                    <a class="secondary" href=href(&Route::Lesson(lesson.id.clone()))>{t("back-to-lesson")}</a>
                </div>
            </div>
            <div class="print-record">
                <p class="print-only">{format!("{} · {}", lesson.title, browser::format_date(attempt.finished))}</p>
                <label class="name-field">
                    {t("print-name")}
                    " "
                    <input type="text" autocomplete="name" />
                </label>
                <button type="button" on:click=|_| browser::print()>{t("print-result")}</button>
            </div>
            <h2>{t("result-review")}</h2>
            <ol class="review">{review}</ol>
        </div>
    }
    .into_any()
}
