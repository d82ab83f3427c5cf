//! Lectern in the browser: the Leptos app over the pure core in `lectern-core`.
//! `app` wires state and routes, `store` is the one place that touches localStorage,
//! `screens` draw one screen each, `components` are the pieces they share.
//!
//! Built with the `hydrate` feature (the default) for the browser, where `start` hydrates
//! the page the build made; with `ssr` natively, where `render` draws the same screens to
//! HTML for those pages.

#[cfg(all(feature = "hydrate", feature = "ssr"))]
compile_error!("`hydrate` and `ssr` exclude each other: build `ssr` with `--no-default-features`");

pub mod app;
pub mod browser;
pub mod components;
#[cfg(feature = "hydrate")]
pub mod copy_code;
pub mod course;
pub mod crash;
pub mod handover;
pub mod i18n;
pub mod lesson_text;
pub mod offline;
#[cfg(feature = "ssr")]
pub mod render;
pub mod screens;
pub mod site;
pub mod store;

/// Starts the app on the page the build made for this address: hydrates it (the same
/// nodes become the app's), or, where the document holds no built page, draws the app.
/// Reading the page's data and hydrating are tasks of their own after the WebAssembly's
/// start, so the page answers input between them and no one task runs long.
#[cfg(feature = "hydrate")]
pub fn start() {
    crash::install();
    copy_code::install();
    browser::next_task(|| {
        let (catalog, texts) = page_data();
        browser::next_task(move || hydrate(catalog, texts));
    });
}

/// What the page carries for the app: its lesson's text, kept for the visit like every
/// lesson loaded later, and the course as far as the page knows it (the whole outline,
/// or the page's own lesson).
#[cfg(feature = "hydrate")]
fn page_data() -> (course::Catalog, lesson_text::Texts) {
    use lectern_core::content::{Course, Lesson};

    let page_lesson: Option<&'static Lesson> = browser::page_data("lesson-text")
        .and_then(|text| Lesson::from_text(&text).ok())
        .map(|lesson| &*Box::leak(Box::new(lesson)));
    let outline = browser::page_data("course-outline").and_then(|t| Course::from_text(&t).ok());
    let whole = outline.is_some();
    let course = outline.unwrap_or_else(|| Course {
        lessons: page_lesson.map(|l| vec![l.outline()]).unwrap_or_default(),
    });
    let catalog = course::Catalog::new(Box::leak(Box::new(course)), whole);
    (catalog, lesson_text::Texts::new(page_lesson))
}

#[cfg(feature = "hydrate")]
fn hydrate(catalog: course::Catalog, texts: lesson_text::Texts) {
    use leptos::prelude::*;

    match browser::built_page() {
        Some(page) => {
            let early = handover::read(&page);
            leptos::mount::hydrate_body(
                move || view! { <app::App page=page catalog=catalog texts=texts early=early /> },
            );
        }
        None => {
            let page = browser::address_route();
            leptos::mount::mount_to_body(
                move || view! { <app::App page=page catalog=catalog texts=texts early=None /> },
            );
        }
    }
}
