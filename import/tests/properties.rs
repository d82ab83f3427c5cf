//! Properties: any text given to any reader is reported on, never a panic, with lines that
//! exist; a course exported as GIFT and imported back has the same questions.

use lectern_core::content::Kind;
use lectern_import::gift_export::export;
use lectern_import::import::{import_text, Format};
use lectern_import::lesson_file::{LessonFile, OptionFile, QuestionFile};
use proptest::prelude::*;

/// Text rich in what each format treats specially.
fn hostile() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "{",
        "}",
        "=",
        "~",
        "#",
        "####",
        ":",
        "::",
        "\\",
        "%50%",
        "->",
        "\n",
        "\n\n",
        "//",
        "$CATEGORY: a/b",
        "[html]",
        "[markdown]",
        "<b>",
        "T",
        "#1..2",
        "1:MC:",
        "---\n",
        "# Q\n",
        "- [x] a\n",
        "1. [ ] b\n",
        "> c\n",
        "    ",
        "```\n",
        "[[questions]]\n",
        "type = \"MultipleChoice\"\n",
        "prompt.prompt = \"p\"\n",
        "answer.answer = [\"x\"]\n",
        "é",
        "\u{0}",
        "x",
    ]);
    prop_oneof![
        any::<String>(),
        prop::collection::vec(pieces, 0..40).prop_map(|p| p.concat()),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn any_text_is_reported_on_with_real_lines(text in hostile()) {
        let lines = text.lines().count() + 1;
        for (name, format) in [("a.toml", Format::MdbookQuiz), ("a.md", Format::Quizdown), ("a.gift", Format::Gift)] {
            match import_text(name, format, &text) {
                Ok(imported) => {
                    for e in &imported.entries {
                        prop_assert!((1..=lines).contains(&e.line), "{name}: line {} of {lines}", e.line);
                    }
                    for n in &imported.notes {
                        prop_assert!((1..=lines).contains(&n.line), "{name}: note line {} of {lines}", n.line);
                    }
                }
                Err(e) => prop_assert!(e.line.is_none_or(|l| (1..=lines).contains(&l))),
            }
        }
    }
}

/// Author text with GIFT's and Markdown's special characters (not `>`, `%` or `<`: GIFT reads
/// `->` as a pair and a leading `%` as a weight, which the export reports instead).
fn text() -> impl Strategy<Value = String> {
    "[a-zA-Z0-9~=#{}:\\\\*_.,!?\\[\\] -]{1,24}"
        .prop_map(|s| s.trim().to_string())
        .prop_filter("not empty", |s| !s.is_empty())
}

fn long_text() -> impl Strategy<Value = String> {
    prop::collection::vec(text(), 1..3).prop_map(|p| p.join("\n\n"))
}

fn option(correct: bool) -> impl Strategy<Value = OptionFile> {
    (text(), prop::option::of(text())).prop_map(move |(text, feedback)| OptionFile {
        id: "o".into(),
        text,
        correct,
        feedback,
    })
}

fn question() -> impl Strategy<Value = QuestionFile> {
    let choice = (
        prop::bool::ANY,
        prop::collection::vec(option(false), 1..5),
        prop::collection::vec(option(true), 1..4),
    )
        .prop_map(|(single, wrong, right)| {
            let right = if single { right[..1].to_vec() } else { right };
            let kind = if single { Kind::Single } else { Kind::Multiple };
            let options: Vec<OptionFile> = right.into_iter().chain(wrong).collect();
            (kind, Some(options), None, None)
        });
    let short =
        prop::collection::vec(text(), 1..4).prop_map(|a| (Kind::Typed, None, Some(a), None));
    let numeric = (
        prop::collection::vec(-999i32..999, 1..3),
        prop::sample::select(vec![0.0, 0.5, 2.0, 10.0]),
    )
        .prop_map(|(n, t)| {
            let accept = n
                .iter()
                .map(|n| format!("{}.{}", n / 10, (n % 10).abs()))
                .collect();
            (Kind::Typed, None, Some(accept), Some(t))
        });
    (
        prop_oneof![choice, short, numeric],
        long_text(),
        prop::option::of(long_text()),
    )
        .prop_map(
            |((kind, options, accept, tolerance), prompt, explanation)| QuestionFile {
                id: String::new(),
                section: None,
                kind,
                prompt,
                explanation,
                hint: None,
                accept,
                exact: None,
                tolerance,
                options,
            },
        )
}

fn lesson(n: usize) -> impl Strategy<Value = LessonFile> {
    prop::collection::vec(question(), 1..6).prop_map(move |questions| LessonFile {
        id: format!("lesson-{n}"),
        series: "Generated".into(),
        title: "Generated".into(),
        summary: "Generated.".into(),
        minutes: 1,
        reviewed: "2026".into(),
        sections: Vec::new(),
        questions: (questions.into_iter().enumerate())
            .map(|(i, q)| QuestionFile {
                id: format!("q{i}"),
                ..q
            })
            .collect(),
    })
}

/// What a question means to a learner, option ids aside (GIFT has none).
fn meaning(q: &QuestionFile) -> impl PartialEq + std::fmt::Debug {
    let options: Vec<(String, bool, Option<String>)> = (q.options.iter().flatten())
        .map(|o| (o.text.clone(), o.correct, o.feedback.clone()))
        .collect();
    (
        q.id.clone(),
        q.kind,
        q.prompt.clone(),
        q.explanation.clone(),
        options,
        q.accept.clone(),
        q.tolerance,
    )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn a_course_exported_as_gift_imports_back_with_the_same_questions(a in lesson(1), b in lesson(2)) {
        let course = vec![("a.toml".to_string(), a), ("b.toml".to_string(), b)];
        let (gift, lost) = export(&course);
        prop_assert!(lost.is_empty(), "{lost:?}");
        let imported = import_text("course.gift", Format::Gift, &gift).map_err(|e| TestCaseError::fail(e.to_string()))?;
        let not: Vec<_> = imported.entries.iter().filter(|e| e.id.is_none()).collect();
        prop_assert!(not.is_empty(), "{not:?}\n{gift}");
        prop_assert_eq!(imported.lessons.len(), 2);
        for ((_, before), after) in course.iter().zip(&imported.lessons) {
            prop_assert_eq!(&before.id, &after.id);
            let before: Vec<_> = before.questions.iter().map(meaning).collect();
            let after: Vec<_> = after.questions.iter().map(meaning).collect();
            prop_assert_eq!(before, after, "{}", gift);
        }
    }
}
