//! Review: the questions due today, mixed across lessons, one at a time with the same
//! instant feedback as the check. The session and its rules live in the core
//! (`ReviewSession`); this screen draws it and calls its operations.

use lectern_core::content::Lesson;
use lectern_core::review_session::ReviewSession;
use lectern_core::route::Route;
use leptos::prelude::*;

use crate::app::{href, use_ctx, Ctx};
use crate::browser;
use crate::components::progress_bar::ProgressBar;
use crate::components::question_card::{QuestionCard, HEADING_ID};
use crate::i18n::t;
use crate::lesson_text::with_texts;
use crate::site::site;
use crate::tr;

#[component]
pub fn ReviewScreen() -> impl IntoView {
    let ctx = use_ctx();
    // The lessons with a question due: their text is loaded before the session opens.
    let mut lessons: Vec<String> = Vec::new();
    ctx.progress.with_untracked(|p| {
        for (lesson, _) in p.due(ctx.course_untracked(), browser::clock()) {
            if !lessons.contains(&lesson.id) {
                lessons.push(lesson.id.clone());
            }
        }
    });
    view! {
        <div class="check review-session">
            <p class="crumb"><a href=href(&Route::Home)>{site().title.clone()}</a></p>
            <p class="screen-label">{t("review-label")}</p>
            {with_texts(ctx.texts, lessons, move |lessons| session(ctx, lessons))}
        </div>
    }
}

/// One question at a time over the questions due in these lessons.
fn session(ctx: Ctx, lessons: Vec<&'static Lesson>) -> impl IntoView {
    let session = RwSignal::new(
        ctx.progress
            .with_untracked(|p| ReviewSession::open_in(p, &lessons, browser::clock())),
    );
    // The card is drawn again only when the question changes, not on every choice.
    let index = Memo::new(move |_| session.with(|s| s.index()));
    let chosen = Signal::derive(move || session.with(|s| s.chosen().map(str::to_string)));
    let checked = Signal::derive(move || session.with(|s| s.is_checked()));
    let reviewed = Signal::derive(move || session.with(|s| s.reviewed()));

    // The card only offers what the session accepts (Check needs a choice, a checked
    // question's radios are disabled), so a refusal here has nothing to tell the learner.
    let on_choose = move |option: String| {
        session.update(|s| {
            let _ = s.choose(&option);
        })
    };
    let on_check = move |()| {
        ctx.progress.maybe_update(|p| {
            session
                .try_update(|s| s.check(p, browser::clock()).is_ok())
                .unwrap_or(false)
        })
    };
    let on_next = move |()| {
        session.update(|s| {
            let _ = s.next_question();
        });
        browser::focus(HEADING_ID);
    };

    let card = move || {
        let number = index.get() + 1;
        let (due, total, is_last) =
            session.with_untracked(|s| (s.current().cloned(), s.total(), s.is_last()));
        let Some(due) = due else {
            return session.with_untracked(|s| finished(s)).into_any();
        };
        let (lesson, question) = (due.lesson, due.question);
        // A lesson with no sections (a check alone) has no text to read again: name it only.
        let again = (question.section.as_deref())
            .and_then(|s| lesson.section(s))
            .map(|s| {
                view! {
                    ": "
                    <a href=href(&Route::Section(lesson.id.clone(), s.id.clone()))>{tr!("review-read-again", section = s.title.as_str())}</a>
                }
            });
        let section = view! {
            <p class="section-link">
                {t("review-from")} " " <a href=href(&Route::Lesson(lesson.id.clone()))>{lesson.title.clone()}</a>
                {again}
            </p>
        };
        view! {
            <ProgressBar number=number total=total done=reviewed review=true />
            <QuestionCard
                question=question.clone()
                order=due.order.into_iter().cloned().collect()
                chosen=chosen
                checked=checked
                on_choose=on_choose
                on_check=on_check
                on_next=on_next
                next_label=t(if is_last { "finish-review" } else { "next-question" })
            />
            {section}
        }
        .into_any()
    };
    card
}

/// What the screen shows once no question is left: the tally, or that none was due.
fn finished(session: &ReviewSession) -> impl IntoView {
    let (heading, summary) = if session.total() == 0 {
        (t("review-none-heading"), t("review-none"))
    } else {
        (
            t("review-done-heading"),
            tr!(
                "review-done",
                right = session.right(),
                total = session.reviewed()
            ),
        )
    };
    view! {
        <h1 id="page-heading" tabindex="-1">{heading}</h1>
        <p class="review-done">{summary}</p>
        <div class="actions"><a class="button primary" href=href(&Route::Home)>{t("back-to-lessons")}</a></div>
    }
}
