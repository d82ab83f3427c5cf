//! A lesson's history: every finished attempt with its date, score and time taken, the
//! best score, and a chart of scores over attempts.

use lectern_core::route::Route;
use leptos::prelude::*;

use crate::app::{href, use_ctx};
use crate::browser;
use crate::components::chart::ScoreChart;
use crate::i18n::{percent, t};
use crate::tr;

#[component]
pub fn HistoryScreen(lesson_id: String) -> impl IntoView {
    let ctx = use_ctx();
    let Some(lesson) = ctx.course_untracked().lesson(&lesson_id) else {
        return ().into_any();
    };
    let lp = ctx
        .progress
        .with_untracked(|p| p.lesson(&lesson.id).cloned().unwrap_or_default());
    let body = if lp.finished.is_empty() {
        view! {
            <p>{t("history-empty")}</p>
            <div class="actions"><a class="button primary" href=href(&Route::Question(lesson.id.clone(), 1))>{t("start-the-check")}</a></div>
        }
        .into_any()
    } else {
        let rows = lp
            .finished
            .iter()
            .enumerate()
            .map(|(i, f)| {
                view! {
                    <tr>
                        <th scope="row">{i + 1}</th>
                        <td>{browser::format_date(f.finished)}</td>
                        <td>{tr!("score-with-percent", correct = f.score.correct, total = f.score.total, percent = percent(f.score.percent()))}</td>
                        <td>{browser::format_duration(f.duration())}</td>
                    </tr>
                }
            })
            .collect_view();
        let percents = lp
            .finished
            .iter()
            .map(|f| f.score.percent())
            .collect::<Vec<_>>();
        let best = lp.best().map(|b| {
            tr!(
                "best-score-percent",
                correct = b.correct,
                total = b.total,
                percent = percent(b.percent())
            )
        });
        view! {
            <p class="best">{best}</p>
            <ScoreChart percents=percents />
            <div class="table-wrap">
                <table class="history">
                    <caption class="visually-hidden">{t("history-caption")}</caption>
                    <thead><tr><th scope="col">{t("history-number")}</th><th scope="col">{t("history-date")}</th><th scope="col">{t("history-score")}</th><th scope="col">{t("history-time")}</th></tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
            <div class="actions">
                <a class="button" href=href(&Route::Result(lesson.id.clone()))>{t("see-last-result")}</a>
            </div>
        }
        .into_any()
    };
    view! {
        <div class="history-screen">
            <p class="crumb"><a href=href(&Route::Lesson(lesson.id.clone()))>{lesson.title.clone()}</a></p>
            <h1 id="page-heading" tabindex="-1">{t("your-scores")}</h1>
            {body}
        </div>
    }
    .into_any()
}
