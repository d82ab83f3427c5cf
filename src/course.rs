//! The course, embedded at compile time by `build.rs` (already validated there).

use std::sync::OnceLock;

use lectern_core::content::Course;

const COURSE_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/course.json"));

/// The embedded course, decoded once. An error here means a build bug, and is shown to
/// the learner as a message rather than a blank page.
pub fn course() -> Result<&'static Course, &'static str> {
    static COURSE: OnceLock<Result<Course, String>> = OnceLock::new();
    COURSE
        .get_or_init(|| Course::from_text(COURSE_JSON))
        .as_ref()
        .map_err(String::as_str)
}
