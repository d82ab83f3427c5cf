//! The course, embedded at compile time by `build.rs` (already validated there). The
//! browser build carries the outline only (`Course::outline`): each lesson's text comes
//! with that lesson's pages (`lesson_text`). Pages made at build time read the whole course.

use std::sync::OnceLock;

use lectern_core::content::Course;

const OUTLINE_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/outline.json"));

/// The embedded outline, decoded once. An error here means a build bug, and is shown to
/// the learner as a message rather than a blank page.
pub fn course() -> Result<&'static Course, &'static str> {
    static COURSE: OnceLock<Result<Course, String>> = OnceLock::new();
    decoded(&COURSE, OUTLINE_JSON)
}

/// The whole course, text included (native renders only).
#[cfg(feature = "ssr")]
pub fn full_course() -> Result<&'static Course, &'static str> {
    const COURSE_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/course.json"));
    static COURSE: OnceLock<Result<Course, String>> = OnceLock::new();
    decoded(&COURSE, COURSE_JSON)
}

fn decoded(
    cell: &'static OnceLock<Result<Course, String>>,
    json: &str,
) -> Result<&'static Course, &'static str> {
    cell.get_or_init(|| Course::from_text(json))
        .as_ref()
        .map_err(String::as_str)
}
