//! Scores over attempts as an inline SVG line chart. Colours come from the theme's custom
//! properties through CSS classes, so it reads in light and dark; the text alternative
//! lists every score.

use leptos::prelude::*;

use crate::i18n::{percent, t};
use crate::tr;

// Whole numbers only: formatting floats would add several kilobytes to the download.
const W: u32 = 600;
const H: u32 = 200;
const PAD: u32 = 28;

/// `percents` are the scores of finished attempts, oldest first.
#[component]
pub fn ScoreChart(percents: Vec<u32>) -> impl IntoView {
    let n = percents.len();
    let x = move |i: usize| {
        if n <= 1 {
            W / 2
        } else {
            PAD + (W - 2 * PAD) * i as u32 / (n - 1) as u32
        }
    };
    let y = |p: u32| H - PAD - (H - 2 * PAD) * p.min(100) / 100;
    let points: String = percents
        .iter()
        .enumerate()
        .map(|(i, p)| format!("{},{}", x(i), y(*p)))
        .collect::<Vec<_>>()
        .join(" ");
    let scores = percents
        .iter()
        .map(|p| percent(*p))
        .collect::<Vec<_>>()
        .join(&t("list-separator"));
    let description = tr!("chart-description", count = n, scores = scores);
    let grid = [0u32, 50, 100]
        .into_iter()
        .map(|p| {
            view! {
                <line class="chart-grid" x1=PAD x2=W - PAD y1=y(p) y2=y(p) />
                <text class="chart-label" x=2 y=y(p) + 4>{percent(p)}</text>
            }
        })
        .collect_view();
    let dots = percents
        .iter()
        .enumerate()
        .map(|(i, p)| view! { <circle class="chart-dot" cx=x(i) cy=y(*p) r=5 /> })
        .collect_view();
    view! {
        <figure class="chart">
            <svg viewBox=format!("0 0 {W} {H}") role="img" aria-labelledby="chart-title" focusable="false">
                <title id="chart-title">{t("chart-title")}</title>
                {grid}
                <polyline class="chart-line" points=points />
                {dots}
            </svg>
            <figcaption>{description}</figcaption>
        </figure>
    }
}
