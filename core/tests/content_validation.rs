//! Lesson files are checked at build time: each broken file names its problem and line.

mod common;

use lectern_core::authoring::{build_course, lesson_files, parse_lesson, Diagnostic};
use lectern_core::content::{Course, Lesson};

fn fixture(name: &str) -> String {
    let path = format!(
        "{}/../tests/fixtures/lessons/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("fixture {path}: {e}"))
}

/// A folder of the repository built as a course, through the same reader as the build.
fn folder(relative: &str) -> Course {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("..")
        .join(relative);
    let files: Vec<(String, String)> = lesson_files(&dir)
        .unwrap_or_else(|e| panic!("{e}"))
        .into_iter()
        .map(|(p, t)| (p.display().to_string(), t))
        .collect();
    build_course(&files).unwrap_or_else(|p| {
        panic!(
            "{}",
            p.iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join("\n")
        )
    })
}

fn problems(name: &str) -> Vec<Diagnostic> {
    match parse_lesson(name, &fixture(name)) {
        Ok(_) => panic!("{name} was accepted"),
        Err(p) => p,
    }
}

/// The line (1-based) of the first line of the fixture containing `needle`.
fn line_of(name: &str, needle: &str) -> usize {
    common::line_containing(name, &fixture(name), needle)
}

fn assert_one(name: &str, needle: &str, message_part: &str) {
    let found = problems(name);
    assert_eq!(found.len(), 1, "{found:#?}");
    let d = &found[0];
    assert_eq!(d.file, name);
    assert_eq!(d.line, Some(line_of(name, needle)), "{d}");
    assert!(d.message.contains(message_part), "{d}");
    assert!(d
        .to_string()
        .starts_with(&format!("{name}:{}: ", line_of(name, needle))));
}

#[test]
fn a_valid_lesson_parses_with_its_sections_questions_and_answer_key() {
    let lesson = parse_lesson("valid", &fixture("valid_two_sections.toml")).expect("valid");
    assert_eq!(lesson.id, "valid");
    assert_eq!(lesson.minutes, 3);
    assert_eq!(lesson.sections.len(), 2);
    assert_eq!(
        lesson.sections[0].html,
        "<p>First paragraph with <strong>bold</strong> words.</p>\n<ul>\n<li>item a</li>\n<li>item b</li>\n</ul>"
    );
    assert_eq!(lesson.questions.len(), 2);
    assert_eq!(lesson.questions[0].correct, ["a"]);
    assert_eq!(lesson.questions[1].correct, ["c"]);
    assert_eq!(lesson.questions[1].options.len(), 3);
}

#[test]
fn a_syntax_error_names_its_line() {
    assert_one("syntax_error.toml", "minutes = = 3", "");
}

#[test]
fn a_missing_field_is_named() {
    let found = problems("missing_prompt.toml");
    assert_eq!(found.len(), 1);
    assert!(
        found[0].message.contains("missing field `prompt`"),
        "{}",
        found[0]
    );
    assert!(found[0].line.is_some());
}

#[test]
fn an_explanation_may_be_left_out() {
    let name = "no_explanation.toml";
    let lesson = parse_lesson(name, &fixture(name)).unwrap_or_else(|p| panic!("{p:?}"));
    let text = fixture(name);
    for q in &lesson.questions {
        // The one given is kept (as HTML, a paragraph); the one left out is empty, which
        // the screens leave out.
        let plain = q
            .explanation
            .trim_start_matches("<p>")
            .trim_end_matches("</p>");
        let given = text.contains(&format!("explanation = \"{plain}\""));
        assert!(q.explanation.is_empty() || given, "{}", q.id);
    }
    assert!(lesson.questions.iter().any(|q| q.explanation.is_empty()));
    assert!(lesson.questions.iter().any(|q| !q.explanation.is_empty()));
}

#[test]
fn zero_correct_options_are_refused() {
    assert_one(
        "no_correct_option.toml",
        "id = \"q1\"",
        "has no correct option",
    );
}

#[test]
fn two_correct_options_are_refused() {
    assert_one(
        "two_correct_options.toml",
        "id = \"q2\"",
        "has 2 correct options (b, c); exactly one must be correct",
    );
}

#[test]
fn duplicate_question_ids_are_refused_with_both_lines() {
    let first = line_of("duplicate_question_ids.toml", "id = \"q1\"");
    let found = problems("duplicate_question_ids.toml");
    assert_eq!(found.len(), 1, "{found:#?}");
    assert!(found[0].message.contains(&format!(
        "question id \"q1\" is used twice (first on line {first})"
    )));
    assert!(found[0].line > Some(first));
}

#[test]
fn duplicate_option_ids_are_refused() {
    let found = problems("duplicate_option_ids.toml");
    assert_eq!(found.len(), 1, "{found:#?}");
    assert!(
        found[0].message.contains("has two options with id \"a\""),
        "{}",
        found[0]
    );
}

#[test]
fn a_section_reference_that_does_not_exist_is_refused() {
    assert_one(
        "unknown_section.toml",
        "section = \"three\"",
        "tests section \"three\", which does not exist (sections: one, two)",
    );
}

#[test]
fn a_lesson_may_be_a_check_alone_with_no_sections() {
    let name = "no_sections.toml";
    let lesson = parse_lesson(name, &fixture(name)).unwrap_or_else(|p| panic!("{p:?}"));
    assert!(lesson.sections.is_empty());
    assert_eq!(lesson.questions.len(), 2);
    assert!(lesson.questions.iter().all(|q| q.section.is_none()));
}

#[test]
fn a_question_names_a_section_only_when_the_lesson_has_sections() {
    assert_one(
        "section_without_sections.toml",
        "section = \"intro\"",
        "tests section \"intro\", but the lesson has no [[sections]]: leave section out",
    );
    assert_one(
        "missing_section.toml",
        "id = \"q1\"",
        "question \"q1\" has no section = \"...\": name the section it tests (sections: one)",
    );
}

#[test]
fn fewer_than_two_or_more_than_ten_options_are_refused() {
    assert!(problems("one_option.toml")[0]
        .message
        .contains("has 1 options; a question needs 2 to 10"));
    assert!(problems("eleven_options.toml")[0]
        .message
        .contains("has 11 options; a question needs 2 to 10"));
    let name = "ten_options.toml";
    let lesson = parse_lesson(name, &fixture(name)).unwrap_or_else(|p| panic!("{p:?}"));
    assert!(lesson.questions.iter().any(|q| q.options.len() == 10));
}

#[test]
fn control_characters_are_refused() {
    assert_one(
        "control_character.toml",
        "prompt = \"First",
        "control character U+0007",
    );
}

#[test]
fn ids_must_be_address_safe() {
    assert_one(
        "bad_id.toml",
        "id = \"Q 2\"",
        "must be 1 to 64 characters of a-z, 0-9 and -",
    );
}

#[test]
fn unknown_fields_are_refused_so_typos_do_not_pass_silently() {
    let found = problems("unknown_field.toml");
    assert!(
        found[0].message.contains("unknown field `author`"),
        "{}",
        found[0]
    );
    assert_eq!(found[0].line, Some(line_of("unknown_field.toml", "author")));
}

#[test]
fn oversize_fields_are_refused() {
    let long = "x".repeat(2_001);
    let text = fixture("valid_two_sections.toml")
        .replace("prompt = \"First?\"", &format!("prompt = \"{long}\""));
    let found = parse_lesson("long.toml", &text).expect_err("oversize accepted");
    assert!(
        found[0]
            .message
            .contains("is 2001 characters long; the limit is 2000"),
        "{}",
        found[0]
    );
}

#[test]
fn every_problem_in_a_file_is_reported_at_once() {
    let text = fixture("valid_two_sections.toml")
        .replace("section = \"two\"", "section = \"nowhere\"")
        .replace(
            "{ id = \"a\", text = \"A\", correct = true }",
            "{ id = \"a\", text = \"A\" }",
        );
    let found = parse_lesson("many.toml", &text).expect_err("accepted");
    assert_eq!(found.len(), 2, "{found:#?}");
}

#[test]
fn a_course_refuses_two_lessons_with_one_id_and_an_empty_folder() {
    let v = fixture("valid_two_sections.toml");
    let found =
        build_course(&[("a.toml".into(), v.clone()), ("b.toml".into(), v)]).expect_err("dup");
    assert!(found[0]
        .to_string()
        .contains("b.toml: lesson id \"valid\" is already used by a.toml"));
    assert!(build_course(&[]).is_err());
}

#[test]
fn the_shipped_content_is_valid_and_the_seed_check_has_fifteen_questions() {
    let course = folder("content");
    let seed = course.lesson("local-models").expect("seed lesson");
    assert_eq!(seed.questions.len(), 15);
    assert_eq!(seed.questions.last().map(|q| q.options.len()), Some(2));
}

#[test]
fn the_fixture_course_has_three_lessons_with_two_and_six_option_questions() {
    let course = folder("tests/fixtures/course");
    assert!(course.lessons.len() >= 3);
    let counts: Vec<usize> = course
        .lessons
        .iter()
        .flat_map(|l| l.questions.iter().map(|q| q.options.len()))
        .collect();
    assert!(counts.contains(&2) && counts.contains(&6), "{counts:?}");
    let series: std::collections::BTreeSet<&str> =
        course.lessons.iter().map(|l| l.series.as_str()).collect();
    assert!(series.len() >= 2);
}

#[test]
fn the_embedded_course_reads_back_exactly_as_built() {
    // Both the shipped lessons and the fixture course, hostile text included.
    for dir in ["content", "tests/fixtures/course"] {
        let course = folder(dir);
        assert_eq!(
            Course::from_text(&course.to_text()).as_ref(),
            Ok(&course),
            "{dir}"
        );
    }
}

#[test]
fn a_damaged_embedded_course_is_an_error_not_a_panic() {
    let text = folder("content").to_text();
    assert!(Course::from_text(&text[..text.len() / 2]).is_err());
    assert!(Course::from_text("{}").is_err());
    assert!(Course::from_text("[{\"id\":\"x\"}]").is_err());
}

#[test]
fn the_outline_keeps_every_id_and_answer_and_no_text_and_a_lesson_reads_back() {
    let files = lectern_core::authoring::lesson_files(std::path::Path::new("../content"))
        .expect("seed content")
        .into_iter()
        .map(|(p, t)| (p.display().to_string(), t))
        .collect::<Vec<_>>();
    let course = lectern_core::authoring::build_course(&files).expect("seed builds");
    let outline = course.outline();
    let text = outline.to_text();
    let read = Course::from_text(&text).expect("outline reads");
    assert_eq!(read, outline);
    for (full, out) in course.lessons.iter().zip(&outline.lessons) {
        assert_eq!(full.question_ids(), out.question_ids());
        assert_eq!(full.title, out.title);
        for (q, o) in full.questions.iter().zip(&out.questions) {
            assert_eq!(q.correct, o.correct);
            assert!(!text.contains(&q.prompt) && !text.contains(&q.explanation));
        }
        assert!(out.sections.iter().all(|s| s.html.is_empty()));
        assert_eq!(Lesson::from_text(&full.to_text()).as_ref(), Ok(full));
    }
    assert!(Lesson::from_text("{\"id\":1}").is_err());
}

#[test]
fn author_text_is_markdown_and_raw_html_in_it_shows_as_text() {
    let text = fixture("valid_two_sections.toml").replace(
        "body = \"Second section.\"",
        "body = \"A <script>alert(1)</script> & **x** <b>y</b>\"",
    );
    let lesson = parse_lesson("valid", &text).expect("raw HTML is a warning, not an error");
    assert_eq!(
        lesson.sections[1].html,
        "<p>A &lt;script&gt;alert(1)&lt;/script&gt; &amp; <strong>x</strong> &lt;b&gt;y&lt;/b&gt;</p>"
    );
}

#[test]
fn an_option_may_say_why_it_is_right_or_wrong_and_an_empty_reason_is_refused() {
    let name = "option_feedback.toml";
    let text = fixture(name);
    let lesson = parse_lesson(name, &text).unwrap_or_else(|p| panic!("{p:?}"));
    let with: Vec<_> = lesson
        .questions
        .iter()
        .flat_map(|q| &q.options)
        .filter(|o| !o.feedback.is_empty())
        .collect();
    assert_eq!(with.len(), 1);
    assert!(text.contains(&format!("feedback = \"{}\"", with[0].feedback)));
    let outline = lesson.outline();
    assert!(outline
        .questions
        .iter()
        .flat_map(|q| &q.options)
        .all(|o| o.feedback.is_empty()));
    assert_one(
        "empty_feedback.toml",
        "feedback = ",
        "option \"b\" feedback is empty",
    );
}

#[test]
fn a_question_may_carry_a_hint_which_the_outline_leaves_out() {
    let name = "hint.toml";
    let text = fixture(name);
    let lesson = parse_lesson(name, &text).unwrap_or_else(|p| panic!("{p:?}"));
    let hinted: Vec<_> = lesson
        .questions
        .iter()
        .filter(|q| !q.hint.is_empty())
        .collect();
    assert_eq!(hinted.len(), 1);
    assert!(text.contains(&format!("hint = \"{}\"", hinted[0].hint)));
    assert!(lesson.outline().questions.iter().all(|q| q.hint.is_empty()));
}

#[test]
fn each_question_kind_needs_its_own_answer_key() {
    assert_one(
        "multiple_no_correct.toml",
        "id = \"q1\"",
        "has no correct option",
    );
    assert_one(
        "order_marked_correct.toml",
        "id = \"b\"",
        "no option is marked correct",
    );
    assert_one(
        "typed_without_accept.toml",
        "id = \"q1\"",
        "list at least one accepted answer",
    );
    assert_one(
        "typed_with_options.toml",
        "options = [",
        "a typed answer: it has no options",
    );
}

#[test]
fn typed_answer_fields_belong_to_typed_answers_only() {
    assert_one(
        "accept_on_single.toml",
        "accept = [",
        "only a typed answer (kind = \"typed\") takes",
    );
    assert_one(
        "tolerance_without_number.toml",
        "tolerance = 0.5",
        "no accepted answer is a number",
    );
}

#[test]
fn an_unknown_kind_is_refused_with_the_kinds_there_are() {
    assert_one("unknown_kind.toml", "kind = \"essay\"", "multiple");
}

#[test]
fn a_problem_is_shown_with_its_line_a_caret_under_the_place_and_a_hint() {
    let name = "bad_id.toml";
    let text = fixture(name);
    let found = problems(name);
    let shown = found[0].render(&text);
    let line = line_of(name, "\"Q 2\"");
    let source_line = text.lines().nth(line - 1).expect("line");
    let column = source_line.find("\"Q 2\"").expect("column") + 1;
    assert!(
        shown.starts_with(&format!("error: {}", found[0].message)),
        "{shown}"
    );
    assert!(
        shown.contains(&format!("--> {name}:{line}:{column}")),
        "{shown}"
    );
    assert!(
        shown.contains(&format!("{line} | {source_line}")),
        "{shown}"
    );
    // The caret sits under the id, as wide as it is.
    let caret = format!(
        "| {}{}",
        " ".repeat(column - 1),
        "^".repeat("\"Q 2\"".len())
    );
    assert!(shown.contains(&caret), "{shown}");
    assert!(shown.contains("help: for example: \"q-2\""), "{shown}");
}

#[test]
fn every_problem_has_a_place_to_point_at_or_names_its_file() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures/lessons");
    let files: Vec<(String, String)> = lesson_files(&dir)
        .expect("fixtures")
        .into_iter()
        .map(|(p, t)| (p.display().to_string(), t))
        .collect();
    let Err(found) = build_course(&files) else {
        panic!("the broken fixtures built");
    };
    for problem in &found {
        let (_, text) = files
            .iter()
            .find(|(f, _)| *f == problem.file)
            .expect("its file");
        let shown = problem.render(text);
        let first = problem.message.lines().next().unwrap_or_default();
        assert!(shown.contains(first), "{shown}");
        match problem.line {
            Some(line) => assert!(shown.contains(&format!(":{line}:")), "{shown}"),
            None => assert!(shown.contains(&problem.file), "{shown}"),
        }
    }
}
