//! All progress in one place: export to a file, import from one (checked and previewed
//! before anything changes), and reset one lesson or all, each behind a confirmation.

use lectern_core::route::Route;
use lectern_core::transfer::{export, plan_import, ImportPlan};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::app::use_ctx;
use crate::browser;
use crate::components::modal::Modal;

/// A reset waiting for confirmation: one lesson, or all.
#[derive(Clone, PartialEq)]
enum ResetTarget {
    Lesson(String),
    All,
}

#[component]
pub fn ProgressScreen() -> impl IntoView {
    let ctx = use_ctx();
    let message = RwSignal::new(None::<(bool, String)>);
    let plan = RwSignal::new(None::<ImportPlan>);
    let confirm_reset = RwSignal::new(None::<ResetTarget>);

    let on_export = move |_| {
        let text = ctx.progress.with_untracked(export);
        let name = format!("lectern-progress-{}.json", browser::today_stamp());
        message.set(Some(match browser::download(&name, &text) {
            Ok(()) => (true, format!("Exported to {name}. Import it in another browser to carry your progress there.")),
            Err(e) => (false, format!("Export failed: {e}.")),
        }));
    };

    let on_file = move |ev: leptos::ev::Event| {
        let input = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok());
        let Some(file) = input
            .as_ref()
            .and_then(|i| i.files())
            .and_then(|f| f.get(0))
        else {
            return;
        };
        if let Some(i) = input {
            i.set_value("");
        }
        plan.set(None);
        leptos::task::spawn_local(async move {
            let text = wasm_bindgen_futures::JsFuture::from(file.text()).await;
            let Some(text) = text.ok().and_then(|t| t.as_string()) else {
                message.set(Some((
                    false,
                    "This file could not be read. Nothing was changed.".into(),
                )));
                return;
            };
            match ctx
                .progress
                .with_untracked(|p| plan_import(&text, ctx.course, p))
            {
                Ok(p) => {
                    message.set(None);
                    plan.set(Some(p));
                }
                Err(e) => message.set(Some((false, format!("{e} Nothing was changed.")))),
            }
        });
    };

    let apply_import = move |_| {
        if let Some(p) = plan.get_untracked() {
            ctx.progress.set(p.merged);
            plan.set(None);
            message.set(Some((
                true,
                "Imported. Your progress now includes the file's.".into(),
            )));
        }
    };

    let apply_reset = move |_| {
        let now = browser::now();
        match confirm_reset.get_untracked() {
            Some(ResetTarget::Lesson(id)) => ctx.progress.update(|p| p.lesson_mut(&id).reset(now)),
            Some(ResetTarget::All) => ctx.progress.update(|p| p.reset_all(ctx.course, now)),
            None => return,
        }
        confirm_reset.set(None);
        message.set(Some((true, "Progress reset.".into())));
    };

    let lessons = ctx
        .course
        .lessons
        .iter()
        .map(|lesson| {
            let id = lesson.id.clone();
            let status = {
                let id = id.clone();
                move || {
                    ctx.progress.with(|p| {
                        let lp = p.lesson(&id).cloned().unwrap_or_default();
                        let best = lp
                            .best()
                            .map(|b| format!(" · best {} / {}", b.correct, b.total))
                            .unwrap_or_default();
                        format!(
                            "{} finished check{}{} · {} in review",
                            lp.finished.len(),
                            if lp.finished.len() == 1 { "" } else { "s" },
                            best,
                            lp.reviews.len()
                        )
                    })
                }
            };
            view! {
                <li class="progress-row">
                    <div>
                        <a href=Route::History(id.clone()).to_hash()>{lesson.title.clone()}</a>
                        <p class="meta">{status}</p>
                    </div>
                    <button
                        type="button"
                        aria-label=format!("Reset progress for {}", lesson.title)
                        on:click=move |_| confirm_reset.set(Some(ResetTarget::Lesson(id.clone())))
                    >
                        "Reset"
                    </button>
                </li>
            }
        })
        .collect_view();

    let confirm = move || {
        confirm_reset.get().map(|target| {
            let what = match &target {
                ResetTarget::Lesson(id) => ctx.course.lesson(id).map(|l| format!("\u{201c}{}\u{201d}", l.title)).unwrap_or_default(),
                ResetTarget::All => "every lesson".to_string(),
            };
            view! {
                <div class="confirm">
                    <h2 id="confirm-heading">"Reset progress?"</h2>
                    <p>{format!("Reset progress for {what}? Its checks, scores and reviews are removed from this browser. This cannot be undone; export first to keep a copy.")}</p>
                    <div class="actions">
                        <button type="button" class="danger" on:click=apply_reset>"Yes, reset"</button>
                        <button type="button" on:click=move |_| confirm_reset.set(None)>"Cancel"</button>
                    </div>
                </div>
            }
        })
    };

    let preview = move || {
        plan.get().map(|p| {
            let changes = if p.changes.is_empty() {
                view! { <p>"The file holds nothing this browser does not already have."</p> }.into_any()
            } else {
                view! { <ul>{p.changes.iter().map(|c| view! { <li>{c.clone()}</li> }).collect_view()}</ul> }.into_any()
            };
            let skipped = (!p.skipped.is_empty()).then(|| {
                view! {
                    <p>"Left out, because this site's lessons do not have them:"</p>
                    <ul class="skipped">{p.skipped.iter().map(|c| view! { <li>{c.clone()}</li> }).collect_view()}</ul>
                }
            });
            view! {
                <div class="confirm">
                    <h2 id="import-heading">"Import this file?"</h2>
                    {changes}
                    {skipped}
                    <p class="meta">"Finished checks are added to yours; nothing you have is removed."</p>
                    <div class="actions">
                        <button type="button" class="primary" on:click=apply_import>"Import"</button>
                        <button type="button" on:click=move |_| plan.set(None)>"Cancel"</button>
                    </div>
                </div>
            }
        })
    };

    view! {
        <div class="progress-screen">
            <p class="crumb"><a href=Route::Home.to_hash()>"Lectern"</a></p>
            <h1 id="page-heading" tabindex="-1">"Your progress"</h1>
            <p>"Everything Lectern knows about your learning is stored in this browser, nowhere else. Export it to keep a copy or to continue on another computer."</p>
            <p class="message" role="status">
                {move || message.get().map(|(ok, text)| view! { <span class:ok=ok class:error=!ok>{text}</span> })}
            </p>
            <section aria-labelledby="transfer-heading">
                <h2 id="transfer-heading">"Export and import"</h2>
                <div class="actions">
                    <button type="button" class="primary" on:click=on_export>"Export progress"</button>
                    <label class="button file-button">
                        "Import progress"
                        <input type="file" accept=".json,application/json" class="visually-hidden" on:change=on_file />
                    </label>
                </div>
                <Modal open=Signal::derive(move || plan.with(Option::is_some)) on_close=move |()| plan.set(None) labelled_by="import-heading">
                    {preview}
                </Modal>
            </section>
            <section aria-labelledby="lessons-heading">
                <h2 id="lessons-heading">"Lessons"</h2>
                <ul class="progress-list">{lessons}</ul>
                <div class="actions">
                    <button type="button" class="danger" on:click=move |_| confirm_reset.set(Some(ResetTarget::All))>"Reset all progress"</button>
                </div>
                <Modal open=Signal::derive(move || confirm_reset.with(Option::is_some)) on_close=move |()| confirm_reset.set(None) labelled_by="confirm-heading">
                    {confirm}
                </Modal>
            </section>
        </div>
    }
}
