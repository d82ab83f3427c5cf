//! The app's own screens as HTML, drawn natively (`--features ssr`) for pages made at build
//! time: the `Shell` and screens the browser draws, over the state a page is made for.

use std::sync::Arc;

use hydration_context::SsrSharedContext;
use lectern_core::content::Course;
use lectern_core::progress::Progress;
use lectern_core::route::{resolve, Resolved, Route};
use leptos::prelude::*;

use crate::app::{Ctx, Shell};

/// The whole page for `route` (header, notices, screen, footer) as the app first draws it
/// over `progress`. A route the app would redirect draws an empty screen: render the
/// route it redirects to instead.
///
/// A check's first question with no attempt in progress shows the attempt the app starts
/// from such a page (`start_from_page`), so its options are in the order the learner will
/// answer them in.
pub fn page(course: &'static Course, route: &Route, mut progress: Progress) -> String {
    progress.reconcile(course);
    if let Resolved::StartCheck(id) = resolve(route, course, &progress) {
        if let Some(lesson) = course.lesson(&id) {
            progress
                .lesson_mut(&id)
                .start_from_page(lesson, crate::browser::now(), None, false);
        }
    }
    // The shared context marks this as a server render: Leptos then skips what needs a
    // window (window event listeners, for one) instead of calling into JavaScript.
    let owner = Owner::new_root(Some(Arc::new(SsrSharedContext::new())));
    owner.with(|| {
        let ctx = Ctx::new(course, progress, route.clone());
        let notices = RwSignal::new(Vec::new());
        view! { <Shell ctx=ctx notices=notices /> }.to_html()
    })
}
