//! Author text is Markdown, rendered at build time: the seed lesson reads as it did before
//! Markdown, and what the renderer finds is reported at its line in the lesson file.

use lectern_core::authoring::{build, Severity};

fn seed() -> (String, String) {
    let path = format!(
        "{}/../content/local-models.toml",
        env!("CARGO_MANIFEST_DIR")
    );
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    (path, text)
}

/// HTML with the whitespace between tags dropped and line breaks inside text read as
/// the spaces they show as.
fn normalised(html: &str) -> String {
    let mut out = html.replace('\n', " ");
    while out.contains("> ") || out.contains(" <") {
        out = out.replace("> <", "><");
        if !out.contains("> <") {
            break;
        }
    }
    out.trim().to_string()
}

#[test]
fn the_seed_lesson_renders_as_the_prose_format_did() {
    // Written by the prose renderer Markdown replaced (commit 9c944f2), one section a line.
    let before = include_str!("fixtures/seed-sections-prose.tsv");
    let built = build(&[seed()]).unwrap_or_else(|p| panic!("{p:?}"));
    let lesson = &built.course.lessons[0];
    assert!(built.warnings.is_empty(), "{:?}", built.warnings);
    let lines: Vec<&str> = before.lines().collect();
    assert_eq!(lines.len(), lesson.sections.len());
    for (line, section) in lines.iter().zip(&lesson.sections) {
        let (id, html) = line.split_once('\t').unwrap_or_default();
        assert_eq!(id, section.id);
        assert_eq!(normalised(&section.html), normalised(html), "section {id}");
    }
}

/// A lesson file whose body holds `body` (a multi-line string from line 9 on).
fn lesson_with(body: &str, prompt: &str) -> (String, String) {
    let text = format!(
        "id = \"x\"\nseries = \"S\"\ntitle = \"T\"\nsummary = \"S\"\nminutes = 1\nreviewed = \"2026\"\n\n[[sections]]\nid = \"one\"\ntitle = \"One\"\nbody = \"\"\"\n{body}\n\"\"\"\n\n[[questions]]\nid = \"q\"\nsection = \"one\"\nprompt = \"{prompt}\"\noptions = [\n  {{ id = \"a\", text = \"A\", correct = true }},\n  {{ id = \"b\", text = \"B\" }},\n]\n"
    );
    ("lessons/x.toml".to_string(), text)
}

fn line_of(text: &str, needle: &str) -> usize {
    text.lines()
        .position(|l| l.contains(needle))
        .map_or(0, |i| i + 1)
}

#[test]
fn raw_html_is_a_warning_at_its_line_in_the_lesson_file_and_the_build_goes_on() {
    let file = lesson_with(
        "Fine.\n\nSee <b onclick=\"x\">this</b>.",
        "Why <i>this</i>?",
    );
    let built = build(std::slice::from_ref(&file)).unwrap_or_else(|p| panic!("{p:?}"));
    let lines: Vec<String> = built.warnings.iter().map(ToString::to_string).collect();
    let body = line_of(&file.1, "See <b");
    let prompt = line_of(&file.1, "prompt = ");
    assert!(built
        .warnings
        .iter()
        .all(|w| w.severity == Severity::Warning));
    assert!(
        lines[0].starts_with(&format!(
            "lessons/x.toml:{body}: warning: raw HTML is shown as text"
        )),
        "{lines:?}"
    );
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with(&format!("lessons/x.toml:{prompt}: warning: raw HTML"))),
        "{lines:?}"
    );
}

#[test]
fn a_bad_link_stops_the_build_at_its_line() {
    let file = lesson_with(
        "One.\n\nTwo [x](lesson:nowhere) and [y](#one) and [z](#none).",
        "Q?",
    );
    let problems = build(std::slice::from_ref(&file)).err().unwrap_or_default();
    let line = line_of(&file.1, "Two [x]");
    let shown: Vec<String> = problems.iter().map(ToString::to_string).collect();
    assert_eq!(shown.len(), 2, "{shown:?}");
    assert!(
        shown[0].starts_with(&format!(
            "lessons/x.toml:{line}: link: lesson \"nowhere\" does not exist"
        )),
        "{shown:?}"
    );
    assert!(
        shown[1].contains("lesson \"x\" has no section \"none\" (sections: one)"),
        "{shown:?}"
    );
}

#[test]
fn links_between_lessons_are_checked_against_every_lesson_of_the_course() {
    let (_, a) = lesson_with("See [the other](lesson:y#two).", "Q?");
    let b = a
        .replace("id = \"x\"", "id = \"y\"")
        .replace("\"one\"", "\"two\"")
        .replace("lesson:y#two", "lesson:x");
    let built =
        build(&[("a.toml".into(), a), ("b.toml".into(), b)]).unwrap_or_else(|p| panic!("{p:?}"));
    assert!(built.course.lessons[0].sections[0]
        .html
        .contains("<a href=\"y/section/two/\">the other</a>"));
    assert!(built.course.lessons[1].sections[0]
        .html
        .contains("<a href=\"x/\">the other</a>"));
}

#[test]
fn the_fixture_course_builds_with_its_rich_and_hostile_lessons() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures/course");
    let files: Vec<(String, String)> = lectern_core::authoring::lesson_files(&dir)
        .unwrap_or_else(|e| panic!("{e}"))
        .into_iter()
        .map(|(p, t)| (p.display().to_string(), t))
        .collect();
    let built = build(&files).unwrap_or_else(|p| panic!("{p:#?}"));
    let rich = built
        .course
        .lesson("rich-text")
        .map(|l| l.sections.clone())
        .unwrap_or_default();
    let html: String = rich.iter().map(|s| s.html.as_str()).collect();
    if let Ok(out) = std::env::var("LECTERN_DUMP_RICH") {
        let _ = std::fs::write(out, &html);
    }
    assert_eq!(built.media.len(), 1);
    assert!(built.media[0].name.starts_with("media/gpu-memory-"));
    assert!(html.contains("width=\"480\" height=\"240\""), "{html}");
    assert_eq!(html.matches("class=\"copy-code\"").count(), 5);
    assert!(!html.contains("style="));
    // Raw HTML in the hostile lesson: warned, at lines of that file.
    assert!(
        built
            .warnings
            .iter()
            .all(|w| w.file.ends_with("40-hostile.toml")),
        "{:?}",
        built.warnings
    );
    assert!(!built.warnings.is_empty());
}
