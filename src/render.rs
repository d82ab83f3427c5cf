//! The app's own screens as HTML, drawn natively (`--features ssr`) for the pages made at
//! build time (`render-pages`): the `Shell` and screens the browser draws, over the state
//! every page is built with (`first_draw`), which the app's first draw in the browser
//! repeats so that it hydrates these nodes.

use std::sync::Arc;

use hydration_context::SsrSharedContext;
use lectern_core::content::{Course, Lesson};
use lectern_core::route::Route;
use leptos::prelude::*;

use crate::app::{description_of, first_draw, title_of, Ctx, Shell};
use crate::course::{carried, Catalog};
use crate::lesson_text::Texts;

pub use crate::course::{full_course, media};

/// One static page.
pub struct Page {
    /// The inner HTML of `<body>`, exactly as hydration expects it.
    pub body: String,
    /// Plain text, not escaped.
    pub title: String,
    /// Plain text, not escaped.
    pub description: String,
    /// The whole lesson the page belongs to: the page carries its text for the app.
    pub lesson: Option<&'static Lesson>,
    /// The course outline, for the pages that list every lesson (they carry it).
    pub outline: Option<&'static Course>,
    /// A lesson's page (`og:type` article) rather than one of the site's own.
    pub article: bool,
}

/// The page for `route` in the course built into this binary.
pub fn page(route: &Route) -> Page {
    static OUTLINE: std::sync::OnceLock<Option<Course>> = std::sync::OnceLock::new();
    let outline = OUTLINE.get_or_init(|| full_course().ok().map(Course::outline));
    match (full_course(), outline) {
        (Ok(course), Some(outline)) => page_of(course, outline, route),
        (Err(e), _) => failed(e),
        (_, None) => failed("the course does not read"),
    }
}

fn failed(why: &str) -> Page {
    Page {
        body: String::new(),
        title: crate::site::site().title.clone(),
        description: why.to_string(),
        lesson: None,
        outline: None,
        article: false,
    }
}

/// The page for `route` in `course` (text included), drawn as the app first draws it in
/// the browser: over the course's `outline`, with the page's lesson text at hand. Its
/// title and description are the address's own (what a shared link names).
pub fn page_of(course: &'static Course, outline: &'static Course, route: &Route) -> Page {
    let lesson = route.lesson().and_then(|id| course.lesson(id));
    let (carried, whole) = carried(route, outline);
    let carried: &'static Course = Box::leak(Box::new(carried));
    let (progress, shown) = first_draw(carried, route.clone());
    // The shared context marks this as a server render: Leptos then skips what needs a
    // window (window event listeners, for one) instead of calling into JavaScript.
    let owner = Owner::new_root(Some(Arc::new(SsrSharedContext::new())));
    let body = owner.with(|| {
        let catalog = Catalog::new(carried, whole);
        let ctx = Ctx::new(catalog, Texts::new(lesson), progress, shown.clone());
        let notices = RwSignal::new(Vec::new());
        view! { <Shell ctx=ctx notices=notices /> }.to_html()
    });
    Page {
        body,
        title: title_of(route, course),
        description: description_of(route, course),
        lesson: lesson.filter(|_| shown.lesson().is_some()),
        outline: whole.then_some(outline),
        article: shown.lesson().is_some(),
    }
}
