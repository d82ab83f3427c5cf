//! The top of the app. `App` (the browser) loads content and progress, keeps the route in
//! step with the address bar and saves progress on every change; `Shell`, the one view
//! shared with pages rendered at build time (`render`), picks the screen to draw.

use lectern_core::content::Course;
use lectern_core::progress::{Progress, Theme};
use lectern_core::route::{resolve, Resolved, Route};
use leptos::prelude::*;

use crate::browser;
use crate::components::notices::{Notice, NoticeKind, Notices};
use crate::course::course;
use crate::screens::{
    check::CheckScreen, history::HistoryScreen, home::HomeScreen, lesson::LessonScreen,
    not_found::NotFoundScreen, progress::ProgressScreen, result::ResultScreen,
    review::ReviewScreen,
};
use crate::store::{save_failed_notice, Store};

/// What every screen may need: the content, the learner's progress, and navigation.
#[derive(Clone, Copy)]
pub struct Ctx {
    pub course: &'static Course,
    pub progress: RwSignal<Progress>,
    route: RwSignal<Route>,
}

impl Ctx {
    /// Context for a first draw: `route` as asked for (the screen shown is what it resolves
    /// to), over `progress`.
    pub fn new(course: &'static Course, progress: Progress, route: Route) -> Ctx {
        Ctx {
            course,
            progress: RwSignal::new(progress),
            route: RwSignal::new(route),
        }
    }

    /// Goes to a route with a new history entry, so Back returns here.
    pub fn go(&self, to: Route) {
        browser::set_address(&to, false);
        self.route.set(to);
    }

    fn redirect(&self, to: Route) {
        browser::set_address(&to, true);
        self.route.set(to);
    }
}

pub fn use_ctx() -> Ctx {
    expect_context::<Ctx>()
}

/// The app in the browser: the learner's saved progress and the address decide the first
/// screen, and every change is saved.
#[component]
pub fn App() -> impl IntoView {
    let course =
        match course() {
            Ok(course) => course,
            Err(e) => return view! {
                <main class="page" id="main">
                    <h1>"Lectern could not start"</h1>
                    <p>"The lessons built into this site could not be read: " {e.to_string()}</p>
                </main>
            }
            .into_any(),
        };

    let (store, loaded) = Store::open(&browser::base_path(), browser::now());
    let mut progress = loaded.progress;
    progress.reconcile(course);
    let start_route = match browser::current_hash().as_str() {
        // A bare address (a bookmark of the site, a new tab) returns to where the learner was.
        "" | "#" if progress.last.is_some() => {
            Route::parse(progress.last.as_deref().unwrap_or_default())
        }
        hash => Route::parse(hash),
    };
    let notices = RwSignal::new(
        loaded
            .notices
            .into_iter()
            .map(|text| Notice::new(NoticeKind::Load, text))
            .collect::<Vec<_>>(),
    );
    let ctx = Ctx::new(course, progress, start_route.clone());
    browser::set_address(&start_route, true);

    // The address bar is the source of truth for Back, Forward and typed addresses.
    let listener = window_event_listener(leptos::ev::hashchange, move |_| {
        ctx.route.set(Route::parse(&browser::current_hash()));
    });
    on_cleanup(move || listener.remove());

    save_on_change(ctx, store, notices);
    crate::offline::register(notices);

    view! { <Shell ctx=ctx notices=notices /> }.into_any()
}

/// Every page: the header, the notices, the screen the route resolves to, and the footer;
/// and the effects that follow the route (redirects, starting a check, the title, the
/// theme). Effects run only in the browser, so a native render draws the route as given.
#[component]
pub fn Shell(ctx: Ctx, notices: RwSignal<Vec<Notice>>) -> impl IntoView {
    let course = ctx.course;
    provide_context(ctx);

    let screen = Memo::new(move |_| ctx.progress.with(|p| resolve(&ctx.route.get(), course, p)));
    Effect::new(move |_| match screen.get() {
        Resolved::Redirect(to) => ctx.redirect(to),
        Resolved::StartCheck(lesson_id) => {
            if let Some(lesson) = course.lesson(&lesson_id) {
                let early = crate::handover::take(&lesson_id);
                ctx.progress.update(|p| {
                    let lp = p.lesson_mut(&lesson_id);
                    match early {
                        // Begun on the prerendered first question: its order, its answer.
                        Some(e) => lp.start_from_page(
                            lesson,
                            browser::now(),
                            e.chosen.as_deref(),
                            e.pressed_check,
                        ),
                        None => lp.start(lesson, browser::random_seed(), browser::now()),
                    };
                });
            }
            ctx.redirect(Route::Question(lesson_id, 1));
        }
        Resolved::Show(route) => {
            browser::set_title(&title_of(&route, course));
            if route != Route::NotFound {
                let hash = route.to_hash();
                if ctx
                    .progress
                    .with_untracked(|p| p.last.as_deref() != Some(hash.as_str()))
                {
                    ctx.progress.update(|p| p.last = Some(hash));
                }
            }
        }
    });

    Effect::new(move |_| browser::set_theme(ctx.progress.with(|p| p.theme)));
    let dark_now = move || match ctx.progress.with(|p| p.theme) {
        Some(t) => t == Theme::Dark,
        None => browser::prefers_dark(),
    };
    let toggle_theme = move |_| {
        let next = if dark_now() {
            Theme::Light
        } else {
            Theme::Dark
        };
        ctx.progress.update(|p| p.theme = Some(next));
    };

    view! {
        <header class="site-header">
            <a class="brand" href="#/">"Lectern"</a>
            <button type="button" class="quiet theme-toggle" aria-pressed=move || dark_now().to_string() on:click=toggle_theme>
                "Dark theme"
            </button>
        </header>
        <Notices notices=notices />
        <main class="page" id="main">
            {move || match screen.get() {
                Resolved::Show(Route::Home) => view! { <HomeScreen /> }.into_any(),
                Resolved::Show(Route::Review) => view! { <ReviewScreen /> }.into_any(),
                Resolved::Show(Route::Progress) => view! { <ProgressScreen /> }.into_any(),
                Resolved::Show(Route::Lesson(id)) => view! { <LessonScreen lesson_id=id section=None /> }.into_any(),
                Resolved::Show(Route::Section(id, s)) => view! { <LessonScreen lesson_id=id section=Some(s) /> }.into_any(),
                Resolved::Show(Route::History(id)) => view! { <HistoryScreen lesson_id=id /> }.into_any(),
                Resolved::Show(Route::Question(id, n)) => view! { <CheckScreen lesson_id=id number=n /> }.into_any(),
                Resolved::Show(Route::Result(id)) => view! { <ResultScreen lesson_id=id /> }.into_any(),
                Resolved::Show(Route::NotFound) => view! { <NotFoundScreen /> }.into_any(),
                Resolved::Redirect(_) | Resolved::StartCheck(_) => ().into_any(),
            }}
        </main>
        <footer class="site-footer">
            <p>"Your progress is stored in this browser only."</p>
        </footer>
    }
}

/// One effect writes the whole document whenever progress changes. A failed write shows a
/// quiet notice and is retried on the next change; success clears the notice.
fn save_on_change(ctx: Ctx, store: Store, notices: RwSignal<Vec<Notice>>) {
    if !store.is_writable() {
        return;
    }
    // Another tab wrote (or cleared) our key: save again, which merges its document with
    // ours and writes the union back, so neither tab's finished attempts are lost.
    let key = store.key().to_string();
    let listener = window_event_listener(leptos::ev::storage, move |e| {
        if e.key().is_none_or(|k| k == key) {
            ctx.progress.update(|_| {});
        }
    });
    on_cleanup(move || listener.remove());

    let mut asked_persistence = false;
    Effect::new(move |_| {
        let result = ctx.progress.with(|p| {
            let result = store.save_merged(p);
            if result.is_ok() && !asked_persistence && p.has_progress() {
                asked_persistence = true;
                browser::request_persistence();
            }
            result.map(|merged| (&merged != p).then_some(merged))
        });
        if let Ok(Some(merged)) = &result {
            ctx.progress.set(merged.clone());
        }
        let shown = notices.with_untracked(|n| n.iter().any(|n| n.kind == NoticeKind::Save));
        match result {
            Ok(_) if shown => notices.update(|n| n.retain(|n| n.kind != NoticeKind::Save)),
            Err(e) if !shown => {
                notices.update(|n| n.push(Notice::new(NoticeKind::Save, save_failed_notice(&e))))
            }
            _ => {}
        }
    });
}

fn title_of(route: &Route, course: &Course) -> String {
    let lesson = |id: &str| {
        course
            .lesson(id)
            .map(|l| l.title.clone())
            .unwrap_or_default()
    };
    match route {
        Route::Home => "Lectern".to_string(),
        Route::Review => "Review · Lectern".to_string(),
        Route::Progress => "Your progress · Lectern".to_string(),
        Route::Lesson(id) | Route::Section(id, _) => format!("{} · Lectern", lesson(id)),
        Route::History(id) => format!("Your scores · {} · Lectern", lesson(id)),
        Route::Question(id, n) => format!("Question {n} · {} · Lectern", lesson(id)),
        Route::Result(id) => format!("Your result · {} · Lectern", lesson(id)),
        Route::NotFound => "Page not found · Lectern".to_string(),
    }
}
