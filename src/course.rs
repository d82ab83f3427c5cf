//! The lessons a page knows (`Catalog`). The browser build embeds no course: a page that
//! lists every lesson (home, review, progress) carries the course outline
//! (`Course::outline`: ids, titles, summaries, answers) in a data block, a lesson's pages
//! carry that lesson, and the outline is fetched from the site (`outline.json`) when the
//! learner moves in the app from a lesson's page to one that needs it. So a lesson's page
//! costs the same in a course of one lesson or of hundreds. Each lesson's text is
//! `lesson_text`'s.
//!
//! Native renders (`ssr`) read the whole course, embedded at compile time by `build.rs`.

use lectern_core::content::Course;
use lectern_core::route::Route;
use leptos::prelude::*;

/// The course this page knows, and whether it is the whole outline.
#[derive(Clone, Copy)]
pub struct Catalog {
    course: RwSignal<&'static Course>,
    whole: RwSignal<bool>,
    failed: RwSignal<Option<String>>,
    pending: RwSignal<bool>,
}

/// How far the page's knowledge of the course goes.
#[derive(Clone, Debug, PartialEq)]
pub enum Reach {
    Whole,
    Loading,
    Failed(String),
}

impl Catalog {
    pub fn new(course: &'static Course, whole: bool) -> Catalog {
        Catalog {
            course: RwSignal::new(course),
            whole: RwSignal::new(whole),
            failed: RwSignal::new(None),
            pending: RwSignal::new(false),
        }
    }

    /// The course as far as the page knows it (tracked).
    pub fn get(&self) -> &'static Course {
        self.course.get()
    }

    pub fn get_untracked(&self) -> &'static Course {
        self.course.get_untracked()
    }

    /// Whether the whole outline is here (tracked); starts loading it if not.
    pub fn reach(&self) -> Reach {
        if self.whole.get() {
            return Reach::Whole;
        }
        if let Some(why) = self.failed.get() {
            return Reach::Failed(why);
        }
        Reach::Loading
    }

    /// Starts loading the whole outline unless it is here or on its way.
    pub fn want_whole(&self) {
        if self.whole.get_untracked() || self.pending.get_untracked() {
            return;
        }
        self.failed.set(None);
        self.pending.set(true);
        self.load();
    }

    #[cfg(not(feature = "ssr"))]
    fn load(&self) {
        let catalog = *self;
        wasm_bindgen_futures::spawn_local(async move {
            let result = crate::lesson_text::fetch_text("outline.json")
                .await
                .and_then(|text| {
                    Course::from_text(&text).map_err(|_| crate::i18n::t("why-unreadable"))
                });
            catalog.pending.set(false);
            match result {
                // Loaded once per visit and kept: screens hold plain references.
                Ok(course) => {
                    catalog.course.set(Box::leak(Box::new(course)));
                    catalog.whole.set(true);
                }
                Err(e) => catalog.failed.set(Some(e)),
            }
        });
    }

    #[cfg(feature = "ssr")]
    fn load(&self) {
        self.pending.set(false);
        self.failed.set(Some(
            "a page made at build time carries what it shows".into(),
        ));
    }
}

/// Whether a route's screen lists every lesson, so its page carries the whole outline.
pub fn needs_whole(route: &Route) -> bool {
    matches!(route, Route::Home | Route::Review | Route::Progress)
}

/// The course a page for `route` carries, and whether it is the whole outline: all of it
/// for the pages that list every lesson, a lesson's own for its pages, none otherwise.
pub fn carried(route: &Route, outline: &Course) -> (Course, bool) {
    if needs_whole(route) {
        return (outline.clone(), true);
    }
    let lessons = route
        .lesson()
        .and_then(|id| outline.lesson(id))
        .map(|l| vec![l.clone()])
        .unwrap_or_default();
    (Course { lessons }, false)
}

/// The whole course, text included (native renders only).
#[cfg(feature = "ssr")]
pub fn full_course() -> Result<&'static Course, &'static str> {
    const COURSE_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/course.json"));
    static COURSE: std::sync::OnceLock<Result<Course, String>> = std::sync::OnceLock::new();
    COURSE
        .get_or_init(|| Course::from_text(COURSE_JSON))
        .as_ref()
        .map_err(String::as_str)
}

/// The image files the course publishes, as `(published name, file)` (native renders
/// only: `render-pages` copies them into the site).
#[cfg(feature = "ssr")]
pub fn media() -> Vec<(&'static str, &'static str)> {
    const MEDIA: &str = include_str!(concat!(env!("OUT_DIR"), "/media.txt"));
    MEDIA.lines().filter_map(|l| l.split_once('\t')).collect()
}
