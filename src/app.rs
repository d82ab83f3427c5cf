//! The top of the app. Every address has a static page the build made by drawing `Shell`
//! natively over empty progress (`first_draw`, `render`). In the browser, `App` draws the
//! same state so that it hydrates that page node for node; then, in an effect after
//! hydration, it reads the learner's progress and the address (`arrive_for_learner`),
//! keeps the route in step with the address bar and saves progress on every change.

use std::cell::Cell;
use std::rc::Rc;

use lectern_core::attempt::Millis;
use lectern_core::content::Course;
use lectern_core::progress::{Progress, Theme};
use lectern_core::route::{arrive, resolve, Resolved, Route, Start};
use leptos::prelude::*;

use crate::browser;
use crate::components::loading::{load_failed, loading};
use crate::components::notices::{Notice, NoticeKind, Notices};
use crate::course::{needs_whole, Catalog, Reach};
use crate::handover::Early;
use crate::i18n::t;
use crate::lesson_text::Texts;
use crate::screens::{
    check::CheckScreen, history::HistoryScreen, home::HomeScreen, lesson::LessonScreen,
    not_found::NotFoundScreen, progress::ProgressScreen, result::ResultScreen,
    review::ReviewScreen,
};
use crate::site::site;
use crate::store::{save_failed_notice, Store};
use crate::tr;

/// What every screen may need: the course as far as the page knows it, the lessons'
/// text, the learner's progress, and navigation.
#[derive(Clone, Copy)]
pub struct Ctx {
    pub catalog: Catalog,
    pub texts: Texts,
    pub progress: RwSignal<Progress>,
    route: RwSignal<Route>,
    /// False while the page shows the state it was built with; true once the learner's
    /// own progress and address are in.
    ready: RwSignal<bool>,
}

impl Ctx {
    /// Context for a first draw of `route` (already the route shown) over `progress`.
    pub fn new(catalog: Catalog, texts: Texts, progress: Progress, route: Route) -> Ctx {
        Ctx {
            catalog,
            texts,
            progress: RwSignal::new(progress),
            route: RwSignal::new(route),
            ready: RwSignal::new(false),
        }
    }

    /// The course as far as the page knows it (tracked): every lesson on the pages that
    /// list them, else at least the page's own lesson.
    pub fn course(&self) -> &'static Course {
        self.catalog.get()
    }

    pub fn course_untracked(&self) -> &'static Course {
        self.catalog.get_untracked()
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

    /// Whether the learner's own state is in, untracked: a screen drawn before that is the
    /// page being hydrated, one drawn after it was navigated to.
    pub fn is_ready_untracked(&self) -> bool {
        self.ready.get_untracked()
    }
}

pub fn use_ctx() -> Ctx {
    expect_context::<Ctx>()
}

/// A link's `href` for a route, relative to the page's `<base>` (the site's public URL).
pub fn href(route: &Route) -> String {
    match route.to_path() {
        path if path.is_empty() => "./".to_string(),
        path => path,
    }
}

/// The state every page is built with: no progress, and the route the page's address
/// shows (a check's question shows its first question, in the order `start_from_page`
/// gives). The static pages are drawn from it, and the app's first draw is too.
pub fn first_draw(course: &Course, page: Route) -> (Progress, Route) {
    let mut progress = Progress::default();
    let start = Start::FromPage {
        chosen: None,
        pressed_check: false,
        now: 0,
    };
    let shown = arrive(page, course, &mut progress, &start);
    (progress, shown)
}

/// The app in the browser, over a page built for `page`: hydrates it, then starts from
/// the learner's saved progress and the address, and saves every change. `early` is what
/// the learner did on the page's first question before the app started.
#[component]
pub fn App(page: Route, catalog: Catalog, texts: Texts, early: Option<Early>) -> impl IntoView {
    let (progress, shown) = first_draw(catalog.get_untracked(), page);
    let ctx = Ctx::new(catalog, texts, progress, shown);
    let notices = RwSignal::new(Vec::new());

    // Effects run after hydration: only then does the learner's own state come in, in a
    // task of its own, so the page answers input between hydrating and reading storage.
    let mut early = Some(early);
    let owner = Owner::current();
    Effect::new(move |_| {
        if let Some(early) = early.take() {
            let owner = owner.clone();
            let arrive = move || {
                let run = || untrack(|| arrive_for_learner(ctx, notices, early));
                match owner {
                    Some(owner) => owner.with(run),
                    None => run(),
                }
            };
            browser::next_task(arrive);
        }
    });
    follow_the_address_bar(ctx);

    view! { <Shell ctx=ctx notices=notices /> }.into_any()
}

/// Reads the learner's progress and the address, and shows what they ask for in one step:
/// a screen the page already shows stays as it is (same nodes, same focus). Old hash
/// addresses (`#/local-models/check/3`) become the path they stand for.
fn arrive_for_learner(ctx: Ctx, notices: RwSignal<Vec<Notice>>, early: Option<Early>) {
    let now = browser::now();
    // An answer given on the hydrated page before this ran is in the page's own attempt.
    let early = early.map(|e| {
        ctx.progress
            .with_untracked(|p| e.again_from_page().with_answer_from(p))
    });
    let (store, loaded) = Store::open(&browser::base_path(), now);
    notices.update(|n| {
        n.extend(
            loaded
                .notices
                .into_iter()
                .map(|text| Notice::new(NoticeKind::Load, text)),
        )
    });
    let mut progress = loaded.progress;
    let course = ctx.course_untracked();
    progress.reconcile(course);
    let address = browser::address_route();
    let start = start_for(early, &address, now);
    let shown = arrive(address, course, &mut progress, &start);
    ctx.progress.set(progress);
    ctx.redirect(shown);
    ctx.ready.set(true);
    save_on_change(ctx, store, notices);
    crate::offline::register(notices);
    browser::mark_started();
}

/// How a check the address asks for starts: from the static first question the learner
/// is on (its order, and what they did there), or afresh.
fn start_for(early: Option<Early>, address: &Route, now: Millis) -> Start {
    match early {
        Some(e) if address.lesson() == Some(e.lesson.as_str()) => Start::FromPage {
            chosen: e.chosen,
            pressed_check: e.pressed_check,
            now,
        },
        _ => Start::Fresh {
            seed: browser::random_seed(),
            now,
        },
    }
}

/// Back, Forward and links within the site change the route without loading a page.
fn follow_the_address_bar(ctx: Ctx) {
    let back = window_event_listener(leptos::ev::popstate, move |_| {
        ctx.route.set(browser::address_route());
    });
    let links = window_event_listener(leptos::ev::click, move |e| {
        if let Some(route) = browser::link_within_site(&e) {
            e.prevent_default();
            ctx.go(route);
        }
    });
    on_cleanup(move || {
        back.remove();
        links.remove();
    });
}

/// What decides whether a screen is drawn anew: the route it shows, and for screens that
/// read progress once when drawn, what they read. The home and lesson screens follow
/// progress as it changes, so the learner's state arriving after hydration keeps their
/// nodes; a check question is drawn anew only if the attempt asks another question or
/// order there; history, result, review and progress are drawn anew once the learner's
/// state is in (the built page cannot know it).
#[derive(Clone, Debug, PartialEq)]
struct Screen {
    resolved: Resolved,
    key: Option<String>,
}

/// A screen, or the page still lacking the lessons its route needs (the whole outline).
#[derive(Clone, Debug, PartialEq)]
enum Shown {
    Screen(Screen),
    Waiting(Route, Reach),
}

/// What the page shows for the route, given what it knows of the course.
fn shown_of(ctx: Ctx, ready: bool) -> Shown {
    let route = ctx.route.get();
    let course = ctx.course();
    let lacks = needs_whole(&route) || route.lesson().is_some_and(|id| course.lesson(id).is_none());
    match ctx.catalog.reach() {
        Reach::Whole => {}
        reach if lacks => return Shown::Waiting(route, reach),
        _ => {}
    }
    ctx.progress
        .with(|p| Shown::Screen(screen_of(&route, course, p, ready)))
}

fn screen_of(route: &Route, course: &Course, p: &Progress, ready: bool) -> Screen {
    let resolved = resolve(route, course, p);
    let key = match &resolved {
        Resolved::Show(Route::Question(l, n)) => p.current(l).map(|a| {
            let q = a.questions.get(n - 1).map(String::as_str).unwrap_or("");
            format!("{}:{q}", a.seed)
        }),
        Resolved::Show(Route::History(_) | Route::Result(_) | Route::Review | Route::Progress) => {
            Some(ready.to_string())
        }
        _ => None,
    };
    Screen { resolved, key }
}

/// Every page: the header, the notices, the screen the route resolves to, and the footer;
/// and the effects that follow the route (redirects, starting a check, the title, the
/// theme). Effects run only in the browser, so a native render draws the route as given.
#[component]
pub fn Shell(ctx: Ctx, notices: RwSignal<Vec<Notice>>) -> impl IntoView {
    provide_context(ctx);

    let shown = Memo::new(move |_| shown_of(ctx, ctx.ready.get()));
    Effect::new(move |_| {
        let ready = ctx.ready.get();
        let resolved = match shown.get() {
            Shown::Screen(screen) => screen.resolved,
            Shown::Waiting(_, Reach::Loading) => return ctx.catalog.want_whole(),
            Shown::Waiting(..) => return,
        };
        let course = ctx.course_untracked();
        match resolved {
            Resolved::Redirect(to) => ctx.redirect(to),
            Resolved::StartCheck(_) => {
                let route = ctx.route.get_untracked();
                let start = Start::Fresh {
                    seed: browser::random_seed(),
                    now: browser::now(),
                };
                let mut shown = route.clone();
                ctx.progress
                    .update(|p| shown = arrive(route, course, p, &start));
                ctx.redirect(shown);
            }
            Resolved::Show(route) if ready => on_shown(ctx, &route),
            Resolved::Show(_) => {}
        }
    });

    Effect::new(move |_| browser::set_theme(ctx.progress.with(|p| p.theme)));
    // The built page cannot know the system's theme: it says light until the app is in.
    let dark_now = move || match ctx.progress.with(|p| p.theme) {
        Some(t) => t == Theme::Dark,
        None => ctx.ready.get() && browser::prefers_dark(),
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
            <a class="brand" href=href(&Route::Home)>{site().title.clone()}</a>
            <button type="button" class="quiet theme-toggle" aria-pressed=move || dark_now().to_string() on:click=toggle_theme>
                {t("theme-dark")}
            </button>
        </header>
        <Notices notices=notices />
        <main class="page" id="main" data-route=move || shown_route(&shown.get()).to_path()>
            {move || match shown.get() {
                Shown::Screen(screen) => screen_view(screen.resolved),
                Shown::Waiting(_, reach) => waiting_view(ctx, reach),
            }}
        </main>
        <SiteFooter />
    }
}

/// The screen a resolved route shows.
fn screen_view(resolved: Resolved) -> AnyView {
    match resolved {
        Resolved::Show(Route::Home) => view! { <HomeScreen /> }.into_any(),
        Resolved::Show(Route::Review) => view! { <ReviewScreen /> }.into_any(),
        Resolved::Show(Route::Progress) => view! { <ProgressScreen /> }.into_any(),
        Resolved::Show(Route::Lesson(id)) => {
            view! { <LessonScreen lesson_id=id section=None /> }.into_any()
        }
        Resolved::Show(Route::Section(id, s)) => {
            view! { <LessonScreen lesson_id=id section=Some(s) /> }.into_any()
        }
        Resolved::Show(Route::History(id)) => view! { <HistoryScreen lesson_id=id /> }.into_any(),
        Resolved::Show(Route::Question(id, n)) => {
            view! { <CheckScreen lesson_id=id number=n /> }.into_any()
        }
        Resolved::Show(Route::Result(id)) => view! { <ResultScreen lesson_id=id /> }.into_any(),
        Resolved::Show(Route::NotFound) => view! { <NotFoundScreen /> }.into_any(),
        Resolved::Redirect(_) | Resolved::StartCheck(_) => ().into_any(),
    }
}

/// While the course outline is on its way, or why it could not come.
fn waiting_view(ctx: Ctx, reach: Reach) -> AnyView {
    match reach {
        Reach::Failed(why) => load_failed(tr!("failed-lessons", why = why), move || {
            ctx.catalog.want_whole()
        }),
        _ => loading(t("loading-lessons")),
    }
}

/// The route the page stands for (read back before hydration).
fn shown_route(shown: &Shown) -> Route {
    match shown {
        Shown::Screen(Screen { resolved, .. }) => match resolved {
            Resolved::Show(r) | Resolved::Redirect(r) => r.clone(),
            Resolved::StartCheck(l) => Route::Question(l.clone(), 1),
        },
        Shown::Waiting(route, _) => route.clone(),
    }
}

/// What follows a screen being shown with the learner's state in: the title, and a
/// lesson's text marked as opened.
fn on_shown(ctx: Ctx, route: &Route) {
    browser::set_title(&title_of(route, ctx.course_untracked()));
    if let Route::Lesson(id) | Route::Section(id, _) = route {
        if !ctx
            .progress
            .with_untracked(|p| p.lesson(id).is_some_and(|l| l.opened))
        {
            ctx.progress.update(|p| p.lesson_mut(id).opened = true);
        }
    }
}

/// One effect writes the whole document whenever progress changes, after the next frame:
/// a click's result is drawn first, and changes made in between are saved together. A page
/// that goes away (or is hidden) with a save waiting saves at once. A failed write shows a
/// quiet notice and is retried on the next change; success clears the notice.
fn save_on_change(ctx: Ctx, store: Store, notices: RwSignal<Vec<Notice>>) {
    if !store.is_writable() {
        return;
    }
    // Another tab wrote (or cleared) our key: save again, which merges its document with
    // ours and writes the union back, so neither tab's finished attempts are lost.
    let store = Rc::new(store);
    let listener = window_event_listener(leptos::ev::storage, {
        let store = Rc::clone(&store);
        move |e| {
            if e.key().is_none_or(|k| k == store.key()) {
                store.note_foreign_write();
                ctx.progress.update(|_| {});
            }
        }
    });
    on_cleanup(move || listener.remove());

    let waiting = Rc::new(Cell::new(false));
    let save = {
        let waiting = Rc::clone(&waiting);
        let asked_persistence = Cell::new(false);
        Rc::new(move || {
            if waiting.replace(false) {
                save_now(ctx, &store, notices, &asked_persistence);
            }
        })
    };
    for event in ["pagehide", "visibilitychange"] {
        let save = Rc::clone(&save);
        let listener = window_event_listener_untyped(event, move |_| save());
        on_cleanup(move || listener.remove());
    }
    Effect::new(move |_| {
        ctx.progress.track();
        if !waiting.replace(true) {
            let save = Rc::clone(&save);
            browser::after_next_frame(move || save());
        }
    });
}

/// Writes the learner's progress (merged with another tab's, if one wrote), asks once for
/// persistent storage when there is progress, and shows or clears the save notice.
fn save_now(ctx: Ctx, store: &Store, notices: RwSignal<Vec<Notice>>, asked: &Cell<bool>) {
    let result = ctx.progress.with_untracked(|p| {
        let result = browser::timed("lectern:save", || store.save_merged(p));
        if result.is_ok() && !asked.get() && p.has_progress() {
            asked.set(true);
            browser::request_persistence();
        }
        result
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
}

/// A page's title, in the built page's `<title>` and set by the app on every screen.
pub fn title_of(route: &Route, course: &Course) -> String {
    let lesson = |id: &str| {
        course
            .lesson(id)
            .map(|l| l.title.clone())
            .unwrap_or_default()
    };
    let mut parts = match route {
        Route::Home => vec![],
        Route::Review => vec![t("title-review")],
        Route::Progress => vec![t("title-progress")],
        Route::Lesson(id) | Route::Section(id, _) => vec![lesson(id)],
        Route::History(id) => vec![t("title-history"), lesson(id)],
        Route::Question(id, n) => vec![tr!("title-question", number = *n), lesson(id)],
        Route::Result(id) => vec![t("title-result"), lesson(id)],
        Route::NotFound => vec![t("title-not-found")],
    };
    parts.push(site().title.clone());
    parts.join(" · ")
}

/// A page's description, for its `<meta name="description">` and link previews.
pub fn description_of(route: &Route, course: &Course) -> String {
    let lesson = route.lesson().and_then(|id| course.lesson(id));
    match (route, lesson) {
        (Route::NotFound, _) => t("description-not-found"),
        (_, Some(l)) => l.summary.clone(),
        _ => site().description.clone(),
    }
}

/// Where progress is kept, and the site's author, licence and links when it names them.
#[component]
fn SiteFooter() -> impl IntoView {
    let site = site();
    let link = |href: &str, text: String| {
        (!href.is_empty()).then(|| view! { <a href=href.to_string() rel="noopener">{text}</a> })
    };
    let credits = [
        (!site.author.is_empty()).then(|| tr!("footer-author", author = site.author.as_str())),
        (!site.licence.is_empty()).then(|| tr!("footer-licence", licence = site.licence.as_str())),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(" · ");
    let has_credits = !credits.is_empty() || !site.source.is_empty() || !site.home.is_empty();
    view! {
        <footer class="site-footer">
            <p>{t("footer-stored")}</p>
            {has_credits.then(|| view! {
                <p class="credits">
                    {credits}
                    {link(&site.source, t("footer-source"))}
                    {link(&site.home, t("footer-home"))}
                </p>
            })}
        </footer>
    }
}
