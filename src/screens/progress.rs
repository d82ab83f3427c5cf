//! All progress in one place: export to a file, import from one (checked and previewed
//! before anything changes), and reset one lesson or all, each behind a confirmation.

use lectern_core::content::Lesson;
use lectern_core::progress::LessonProgress;
use lectern_core::route::Route;
use lectern_core::transfer::{export, plan_import, ImportPlan};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::app::{href, use_ctx, Ctx};
use crate::browser;
use crate::components::confirm_dialog::ConfirmDialog;

/// What the last action did, shown under the heading.
#[derive(Clone)]
struct Status {
    ok: bool,
    text: String,
}

impl Status {
    fn done(text: impl Into<String>) -> Option<Status> {
        Some(Status {
            ok: true,
            text: text.into(),
        })
    }

    fn failed(text: impl Into<String>) -> Option<Status> {
        Some(Status {
            ok: false,
            text: text.into(),
        })
    }
}

#[component]
pub fn ProgressScreen() -> impl IntoView {
    let status = RwSignal::new(None::<Status>);
    view! {
        <div class="progress-screen">
            <p class="crumb"><a href=href(&Route::Home)>"Lectern"</a></p>
            <h1 id="page-heading" tabindex="-1">"Your progress"</h1>
            <p>"Everything Lectern knows about your learning is stored in this browser, nowhere else. Export it to keep a copy or to continue on another computer."</p>
            <p class="message" role="status">
                {move || status.get().map(|s| view! { <span class:ok=s.ok class:error=!s.ok>{s.text}</span> })}
            </p>
            <TransferSection status=status.write_only() />
            <LessonsSection status=status.write_only() />
        </div>
    }
}

/// Export to a file, and import from one after showing what it would change.
#[component]
fn TransferSection(status: WriteSignal<Option<Status>>) -> impl IntoView {
    let ctx = use_ctx();
    let plan = RwSignal::new(None::<ImportPlan>);

    let on_export = move |_| {
        let text = ctx.progress.with_untracked(export);
        let name = format!("lectern-progress-{}.json", browser::today_stamp());
        status.set(match browser::download(&name, &text) {
            Ok(()) => Status::done(format!(
                "Exported to {name}. Import it in another browser to carry your progress there."
            )),
            Err(e) => Status::failed(format!("Export failed: {e}.")),
        });
    };

    let on_file = move |ev: leptos::ev::Event| {
        let Some(file) = take_chosen_file(&ev) else {
            return;
        };
        plan.set(None);
        leptos::task::spawn_local(async move {
            match plan_from_file(file, ctx).await {
                Ok(p) => {
                    status.set(None);
                    plan.set(Some(p));
                }
                Err(message) => status.set(Status::failed(message)),
            }
        });
    };

    let apply_import = move |()| {
        if let Some(p) = plan.get_untracked() {
            ctx.progress.set(p.merged);
            plan.set(None);
            status.set(Status::done(
                "Imported. Your progress now includes the file's.",
            ));
        }
    };

    view! {
        <section aria-labelledby="transfer-heading">
            <h2 id="transfer-heading">"Export and import"</h2>
            <div class="actions">
                <button type="button" class="primary" on:click=on_export>"Export progress"</button>
                <label class="button file-button">
                    "Import progress"
                    <input type="file" accept=".json,application/json" class="visually-hidden" on:change=on_file />
                </label>
            </div>
            <ConfirmDialog
                open=Signal::derive(move || plan.with(Option::is_some))
                heading_id="import-heading"
                heading="Import this file?"
                confirm="Import"
                confirm_class="primary"
                on_confirm=apply_import
                on_cancel=move |()| plan.set(None)
            >
                {move || plan.with(|p| p.as_ref().map(import_preview))}
            </ConfirmDialog>
        </section>
    }
}

/// The file the learner picked, with the input emptied so that picking the same file
/// again (after fixing it, say) still counts as a change.
fn take_chosen_file(ev: &leptos::ev::Event) -> Option<web_sys::File> {
    let input = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())?;
    let file = input.files().and_then(|f| f.get(0))?;
    input.set_value("");
    Some(file)
}

/// Reads a picked file and plans its import; an error is the learner's message.
async fn plan_from_file(file: web_sys::File, ctx: Ctx) -> Result<ImportPlan, String> {
    let text = wasm_bindgen_futures::JsFuture::from(file.text()).await;
    let text = text
        .ok()
        .and_then(|t| t.as_string())
        .ok_or("This file could not be read. Nothing was changed.")?;
    ctx.progress
        .with_untracked(|p| plan_import(&text, ctx.course_untracked(), p))
        .map_err(|e| format!("{e} Nothing was changed."))
}

/// What an import would change, and what it would leave out.
fn import_preview(plan: &ImportPlan) -> impl IntoView {
    let changes = if plan.changes.is_empty() {
        view! { <p>"The file holds nothing this browser does not already have."</p> }.into_any()
    } else {
        view! { <ul>{plan.changes.iter().map(|c| view! { <li>{c.clone()}</li> }).collect_view()}</ul> }.into_any()
    };
    let skipped = (!plan.skipped.is_empty()).then(|| {
        view! {
            <p>"Left out, because this site's lessons do not have them:"</p>
            <ul class="skipped">{plan.skipped.iter().map(|c| view! { <li>{c.clone()}</li> }).collect_view()}</ul>
        }
    });
    view! {
        {changes}
        {skipped}
        <p class="meta">"Finished checks are added to yours; nothing you have is removed."</p>
    }
}

/// A reset waiting for confirmation: one lesson, or all.
#[derive(Clone, PartialEq)]
enum ResetTarget {
    Lesson(String),
    All,
}

/// Each lesson's figures with a button to reset it, and a reset of everything; every
/// reset asks first.
#[component]
fn LessonsSection(status: WriteSignal<Option<Status>>) -> impl IntoView {
    let ctx = use_ctx();
    let target = RwSignal::new(None::<ResetTarget>);

    let apply_reset = move |()| {
        let now = browser::now();
        match target.get_untracked() {
            Some(ResetTarget::Lesson(id)) => ctx.progress.update(|p| p.lesson_mut(&id).reset(now)),
            Some(ResetTarget::All) => ctx
                .progress
                .update(|p| p.reset_all(ctx.course_untracked(), now)),
            None => return,
        }
        target.set(None);
        status.set(Status::done("Progress reset."));
    };

    let rows = ctx
        .course_untracked()
        .lessons
        .iter()
        .map(|lesson| {
            let ask = move |()| target.set(Some(ResetTarget::Lesson(lesson.id.clone())));
            view! { <LessonRow lesson=lesson on_reset=ask /> }
        })
        .collect_view();

    let question = move || {
        target.get().map(|target| {
            let what = match &target {
                ResetTarget::Lesson(id) => ctx.course_untracked().lesson(id).map(|l| format!("\u{201c}{}\u{201d}", l.title)).unwrap_or_default(),
                ResetTarget::All => "every lesson".to_string(),
            };
            view! {
                <p>{format!("Reset progress for {what}? Its checks, scores and reviews are removed from this browser. This cannot be undone; export first to keep a copy.")}</p>
            }
        })
    };

    view! {
        <section aria-labelledby="lessons-heading">
            <h2 id="lessons-heading">"Lessons"</h2>
            <ul class="progress-list">{rows}</ul>
            <div class="actions">
                <button type="button" class="danger" on:click=move |_| target.set(Some(ResetTarget::All))>"Reset all progress"</button>
            </div>
            <ConfirmDialog
                open=Signal::derive(move || target.with(Option::is_some))
                heading_id="confirm-heading"
                heading="Reset progress?"
                confirm="Yes, reset"
                confirm_class="danger"
                on_confirm=apply_reset
                on_cancel=move |()| target.set(None)
            >
                {question}
            </ConfirmDialog>
        </section>
    }
}

/// One lesson: a link to its history, what is kept about it, and a button to reset it.
#[component]
fn LessonRow(lesson: &'static Lesson, #[prop(into)] on_reset: Callback<()>) -> impl IntoView {
    let ctx = use_ctx();
    let kept = move || {
        ctx.progress.with(|p| match p.lesson(&lesson.id) {
            Some(lp) => kept_figures(lp),
            None => kept_figures(&LessonProgress::default()),
        })
    };
    view! {
        <li class="progress-row">
            <div>
                <a href=href(&Route::History(lesson.id.clone()))>{lesson.title.clone()}</a>
                <p class="meta">{kept}</p>
            </div>
            <button
                type="button"
                aria-label=format!("Reset progress for {}", lesson.title)
                on:click=move |_| on_reset.run(())
            >
                "Reset"
            </button>
        </li>
    }
}

/// Such as "2 finished checks · best 13 / 15 · 2 in review".
fn kept_figures(lp: &LessonProgress) -> String {
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
}
