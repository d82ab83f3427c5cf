//! Shared test helpers: the shipped seed lesson, read through the same pipeline as the build.

use lectern_core::authoring::parse_lesson;
use lectern_core::content::{Kind, Lesson, Question};

#[allow(dead_code)]
pub fn lesson() -> Lesson {
    // Parsed once per test binary: property tests ask for it thousands of times.
    static LESSON: std::sync::OnceLock<Lesson> = std::sync::OnceLock::new();
    LESSON
        .get_or_init(|| {
            let path = format!(
                "{}/../content/local-models.toml",
                env!("CARGO_MANIFEST_DIR")
            );
            let text = std::fs::read_to_string(&path).expect("seed lesson");
            parse_lesson(&path, &text).expect("seed lesson is valid")
        })
        .clone()
}

/// A wrong answer of the right shape for any kind of question: an option that is not
/// right, the right order reversed, or text no accepted answer matches.
#[allow(dead_code)] // not every test file that shares this module needs it
pub fn wrong_option(q: &Question) -> String {
    match q.kind {
        Kind::Typed => format!("not {}", q.right_response()),
        Kind::Order => {
            let mut ids = q.correct.clone();
            ids.reverse();
            ids.join(",")
        }
        Kind::Single | Kind::Multiple => q
            .options
            .iter()
            .find(|o| !q.is_right_option(&o.id))
            .map(|o| o.id.clone())
            .expect("every choice question has a wrong option"),
    }
}

/// A UTC clock at the given milliseconds.
#[allow(dead_code)]
pub fn clock(now: i64) -> lectern_core::review::Clock {
    lectern_core::review::Clock {
        now,
        offset_minutes: 0,
    }
}

/// The fixture course (several lessons, two to six options), read as the build reads it.
#[allow(dead_code)]
pub fn fixture_course() -> lectern_core::content::Course {
    use lectern_core::authoring::{build_course, lesson_files};
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures/course");
    let files: Vec<(String, String)> = lesson_files(&dir)
        .expect("fixture course folder")
        .into_iter()
        .map(|(p, t)| (p.display().to_string(), t))
        .collect();
    build_course(&files).unwrap_or_else(|problems| panic!("fixture course: {problems:?}"))
}

/// The line (1-based) of the first line of `text` (the file `name`) containing `needle`.
#[allow(dead_code)]
pub fn line_containing(name: &str, text: &str, needle: &str) -> usize {
    text.lines()
        .position(|l| l.contains(needle))
        .map(|i| i + 1)
        .unwrap_or_else(|| panic!("{needle:?} not in {name}"))
}
