//! All progress in one place: export to a file, import from one (checked and previewed
//! before anything changes), and reset one lesson or all, each behind a confirmation.

use lectern_core::content::Lesson;
use lectern_core::progress::DecodeError;
use lectern_core::progress::LessonProgress;
use lectern_core::route::Route;
use lectern_core::transfer::{
    export, plan_import, Change, CurrentChange, ImportError, ImportPlan, Skipped, MAX_IMPORT_BYTES,
};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::app::{href, use_ctx, Ctx};
use crate::browser;
use crate::components::confirm_dialog::ConfirmDialog;
use crate::i18n::t;
use crate::site::site;
use crate::tr;

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
            <p class="crumb"><a href=href(&Route::Home)>{site().title.clone()}</a></p>
            <h1 id="page-heading" tabindex="-1">{t("progress-heading")}</h1>
            <p>{tr!("progress-intro", site = site().title.as_str())}</p>
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
            Ok(()) => Status::done(tr!("exported", file = name)),
            Err(e) => Status::failed(tr!("export-failed", why = e)),
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
            status.set(Status::done(t("imported")));
        }
    };

    view! {
        <section aria-labelledby="transfer-heading">
            <h2 id="transfer-heading">{t("export-heading")}</h2>
            <div class="actions">
                <button type="button" class="primary" on:click=on_export>{t("export")}</button>
                <label class="button file-button">
                    {t("import")}
                    <input type="file" accept=".json,application/json" class="visually-hidden" on:change=on_file />
                </label>
            </div>
            <ConfirmDialog
                open=Signal::derive(move || plan.with(Option::is_some))
                heading_id="import-heading"
                heading=t("import-heading")
                confirm=t("import-confirm")
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
        .ok_or_else(|| t("import-unreadable"))?;
    ctx.progress
        .with_untracked(|p| plan_import(&text, ctx.course_untracked(), p))
        .map_err(|e| tr!("import-refused", why = refusal(&e)))
}

/// Why a file was refused, in the site's language.
fn refusal(e: &ImportError) -> String {
    let site = site().title.as_str();
    match e {
        ImportError::TooLarge { bytes } => tr!(
            "import-too-large",
            size = bytes.div_ceil(1024),
            max = MAX_IMPORT_BYTES / 1024,
            site = site
        ),
        ImportError::Decode(DecodeError::NotJson(why)) => {
            tr!("import-not-json", why = why.as_str(), site = site)
        }
        ImportError::Decode(DecodeError::NotOurs) => tr!("import-not-ours", site = site),
        ImportError::Decode(DecodeError::TooNew { found, known }) => {
            tr!("import-newer", found = *found, known = *known, site = site)
        }
    }
}

/// One lesson's change, as a line: "Local models: 2 finished attempts added; …".
fn change_line(change: &Change) -> String {
    let mut parts = Vec::new();
    if change.added > 0 {
        parts.push(tr!("import-added", count = change.added));
    }
    match change.current {
        Some(CurrentChange::Taken { answered, of }) => {
            parts.push(tr!("import-current-taken", answered = answered, total = of))
        }
        Some(CurrentChange::Removed) => parts.push(t("import-current-removed")),
        None => {}
    }
    if let Some(count) = change.reviews {
        parts.push(tr!("import-reviews", count = count));
    }
    tr!(
        "import-change",
        lesson = change.lesson.clone(),
        parts = parts.join(&t("list-separator"))
    )
}

/// Something the file holds that this site does not have, as a line.
fn skipped_line(skipped: &Skipped) -> String {
    match skipped {
        Skipped::Unreadable(lesson) => tr!("import-skip-unreadable", lesson = lesson.clone()),
        Skipped::NotOnSite(lesson) => tr!("import-skip-lesson", lesson = lesson.clone()),
        Skipped::Question { question, lesson } => tr!(
            "import-skip-question",
            question = question.clone(),
            lesson = lesson.clone()
        ),
    }
}

/// What an import would change, and what it would leave out.
fn import_preview(plan: &ImportPlan) -> impl IntoView {
    let changes = if plan.changes.is_empty() {
        view! { <p>{t("import-nothing-new")}</p> }.into_any()
    } else {
        view! { <ul>{plan.changes.iter().map(|c| view! { <li>{change_line(c)}</li> }).collect_view()}</ul> }.into_any()
    };
    let skipped = (!plan.skipped.is_empty()).then(|| {
        view! {
            <p>{t("import-left-out")}</p>
            <ul class="skipped">{plan.skipped.iter().map(|c| view! { <li>{skipped_line(c)}</li> }).collect_view()}</ul>
        }
    });
    view! {
        {changes}
        {skipped}
        <p class="meta">{t("import-note")}</p>
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
        status.set(Status::done(t("reset-done")));
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
            let ask = match &target {
                ResetTarget::Lesson(id) => {
                    let title = ctx.course_untracked().lesson(id).map(|l| l.title.as_str());
                    tr!("reset-ask-lesson", lesson = title.unwrap_or_default())
                }
                ResetTarget::All => t("reset-ask-all"),
            };
            view! { <p>{ask}</p> }
        })
    };

    view! {
        <section aria-labelledby="lessons-heading">
            <h2 id="lessons-heading">{t("lessons-heading")}</h2>
            <ul class="progress-list">{rows}</ul>
            <div class="actions">
                <button type="button" class="danger" on:click=move |_| target.set(Some(ResetTarget::All))>{t("reset-all")}</button>
            </div>
            <ConfirmDialog
                open=Signal::derive(move || target.with(Option::is_some))
                heading_id="confirm-heading"
                heading=t("reset-heading")
                confirm=t("reset-confirm")
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
                aria-label=tr!("reset-lesson-label", lesson = lesson.title.as_str())
                on:click=move |_| on_reset.run(())
            >
                {t("reset")}
            </button>
        </li>
    }
}

/// Such as "2 finished checks · best 13 / 15 · 2 in review".
fn kept_figures(lp: &LessonProgress) -> String {
    let (checks, reviews) = (lp.finished.len(), lp.reviews.len());
    match lp.best() {
        Some(b) => tr!(
            "kept-best",
            checks = checks,
            correct = b.correct,
            total = b.total,
            reviews = reviews
        ),
        None => tr!("kept", checks = checks, reviews = reviews),
    }
}
