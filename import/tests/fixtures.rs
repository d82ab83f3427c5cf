//! Each fixture (written for Lectern, one per format, every construct the issue lists) is
//! imported, and the test states exactly which questions come in whole, which with which
//! loss, and which are reported; the lessons written build as a course.

use lectern_core::authoring::build_course;
use lectern_import::import::{import_text, Format, Imported, Tally};
use lectern_import::model::Outcome;

fn fixture(name: &str) -> Imported {
    let path = format!(
        "{}/../tests/fixtures/import/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let format =
        Format::of(std::path::Path::new(name)).unwrap_or_else(|| panic!("{name}: no format"));
    import_text(name, format, &text).unwrap_or_else(|e| panic!("{e}"))
}

/// Line, id (none when not imported) and fate: "whole", "loss: <first words>", "not: <why>".
fn fates(imported: &Imported) -> Vec<(usize, String, String)> {
    (imported.entries.iter())
        .map(|e| {
            let fate = match &e.outcome {
                Outcome::Whole => "whole".to_string(),
                Outcome::Loss(l) => format!("loss: {}", l.join(" | ")),
                Outcome::NotImported(why) => format!("not: {why}"),
            };
            (e.line, e.id.clone().unwrap_or_default(), fate)
        })
        .collect()
}

/// Asserts each question's fate: `expected` holds (line, id, start of the fate).
fn assert_fates(name: &str, imported: &Imported, expected: &[(usize, &str, &str)]) {
    let got = fates(imported);
    let shown = got
        .iter()
        .map(|g| format!("{g:?}"))
        .collect::<Vec<_>>()
        .join("\n");
    assert_eq!(got.len(), expected.len(), "{name}:\n{shown}");
    for ((line, id, fate), (want_line, want_id, want_fate)) in got.iter().zip(expected) {
        assert_eq!(
            (line, id.as_str()),
            (want_line, *want_id),
            "{name}:\n{shown}"
        );
        assert!(
            fate.starts_with(want_fate),
            "{name}:{line}: {fate:?} does not start with {want_fate:?}"
        );
    }
}

/// The lessons written build as a course, through the build's own reader.
fn assert_builds(imported: &Imported) {
    let files: Vec<(String, String)> = (imported.lessons.iter())
        .map(|l| {
            (
                format!("{}.toml", l.id),
                l.to_text("a fixture").unwrap_or_else(|e| panic!("{e}")),
            )
        })
        .collect();
    if let Err(problems) = build_course(&files) {
        let said: Vec<String> = problems.iter().map(ToString::to_string).collect();
        panic!("{}", said.join("\n"));
    }
}

#[test]
fn gift_fixture_imports_every_construct_or_says_why_not() {
    let imported = fixture("every-construct.gift");
    assert_fates(
        "every-construct.gift",
        &imported,
        &[
            (6, "well-known-port", "whole"),
            (
                13,
                "secure-protocols",
                "loss: partial credit is not kept (50% \"HTTPS\", 50% \"SSH\", -100% \"Telnet\")",
            ),
            (19, "udp-connectionless", "whole"),
            (21, "dns-name", "whole"),
            (23, "mtu", "whole"),
            (25, "ttl-range", "whole"),
            (27, "loopback", "whole"),
            (29, "escapes", "whole"),
            (31, "markdown-text", "whole"),
            (
                33,
                "html-text",
                "loss: the HTML tag <span> has no Markdown equivalent",
            ),
            (35, "plain-text", "whole"),
            (39, "", "not: a matching question"),
            (41, "", "not: an essay question"),
            (43, "", "not: embedded answers (cloze)"),
            (
                45,
                "weighted-short",
                "loss: the answer \"RIP\" earns partial credit",
            ),
            (47, "q-e9bcda1a", "whole"),
            (49, "", "not: a description"),
        ],
    );
    assert_eq!(
        Tally::of(&imported.entries),
        Tally {
            read: 17,
            whole: 10,
            with_loss: 3,
            not_imported: 4
        }
    );
    assert_builds(&imported);
    let ids: Vec<&str> = imported.lessons.iter().map(|l| l.id.as_str()).collect();
    assert_eq!(
        ids,
        ["ports-and-protocols", "left-out"],
        "a category is a lesson"
    );
    assert_eq!(
        imported.lessons[0].series, "Networking basics",
        "its parent the series"
    );
    assert!(imported
        .notes
        .iter()
        .any(|n| n.line == 47 && n.message.contains("no id or title")));
}

#[test]
fn gift_texts_become_markdown_with_escapes_undone() {
    let imported = fixture("every-construct.gift");
    let q = |id: &str| {
        (imported.lessons.iter().flat_map(|l| &l.questions))
            .find(|q| q.id == id)
            .unwrap_or_else(|| panic!("no question {id}"))
    };
    let escapes = q("escapes");
    assert_eq!(
        escapes.prompt,
        r"Which braces does GIFT use { } and which escape : ~ = \#?"
    );
    let options = escapes.options.as_deref().unwrap_or_default();
    assert_eq!(options[0].text, r"curly ones: {}");
    assert_eq!(options[0].feedback.as_deref(), Some(r"Escaped = ~ \#."));
    assert_eq!(
        q("markdown-text").prompt,
        "Which **keyword** declares a `const`?"
    );
    assert_eq!(q("html-text").prompt, "Which tag is **bold** and styled?");
    assert_eq!(
        q("plain-text").prompt,
        r"Is 2 \* 3 = 6 written with \*stars\*?"
    );
    assert_eq!(
        q("loopback").prompt,
        "The loopback address in IPv4 is _____ for the local host."
    );
    assert_eq!(
        q("loopback").accept.as_deref(),
        Some(&["127.0.0.1".to_string(), "localhost".to_string()][..])
    );
    assert_eq!(
        (q("mtu").accept.clone(), q("mtu").tolerance),
        (Some(vec!["1500".to_string()]), Some(0.0))
    );
    assert_eq!(
        (q("ttl-range").accept.clone(), q("ttl-range").tolerance),
        (Some(vec!["80".to_string()]), Some(48.0))
    );
    assert_eq!(
        q("dns-name").explanation.as_deref(),
        Some("Names to addresses.")
    );
}

#[test]
fn mdbook_quiz_fixture_imports_every_type_or_says_why_not() {
    let imported = fixture("networking.toml");
    assert_fates(
        "networking.toml",
        &imported,
        &[
            (6, "7a5e0c1e-3b0f-4a21-9d2e-5d1c6b0f1a01", "whole"),
            (14, "7a5e0c1e-3b0f-4a21-9d2e-5d1c6b0f1a02", "whole"),
            (
                21,
                "7a5e0c1e-3b0f-4a21-9d2e-5d1c6b0f1a03",
                "loss: the options' fixed order (answerIndex, sortAnswers) is not kept",
            ),
            (
                30,
                "7a5e0c1e-3b0f-4a21-9d2e-5d1c6b0f1a04",
                "loss: the options' fixed order (answerIndex, sortAnswers) is not kept",
            ),
            (38, "q-62054efe", "whole"),
            (51, "long-answer", "loss: response = \"long\" is not kept"),
            (58, "", "not: a Tracing question"),
            (
                67,
                "7a5e0c1e-3b0f-4a21-9d2e-5d1c6b0f1a01-2",
                "loss: the field promptExplanation has no place",
            ),
        ],
    );
    assert_builds(&imported);
    let lesson = &imported.lessons[0];
    let multipart = &lesson.questions[2];
    assert!(
        multipart
            .prompt
            .starts_with("A host has the address `192.168.1.20/24`.\n\n"),
        "{}",
        multipart.prompt
    );
    let short = &lesson.questions[4];
    assert_eq!(
        short.accept.as_deref(),
        Some(&["2".to_string(), "two".to_string()][..])
    );
    assert!(short.prompt.contains("```rust"), "code in a prompt is kept");
    assert_eq!(
        lesson.questions[0].explanation.as_deref(),
        Some("IP routes packets between networks.")
    );
    assert!(imported
        .notes
        .iter()
        .any(|n| n.line == 67 && n.message.contains("taken by an earlier question")));
}

#[test]
fn quizdown_fixture_imports_every_construct_or_says_why_not() {
    let imported = fixture("networking-quiz.md");
    assert_fates(
        "networking-quiz.md",
        &imported,
        &[
            (7, "which-protocol-resolves-names", "whole"),
            (17, "which-of-these-are-private-address-ranges", "whole"),
            (24, "put-the-tcp-handshake-in-order", "whole"),
            (36, "what-does-this-command-show", "whole"),
            (
                45,
                "which-one-is-the-odd-one-out",
                "loss: a numbered list (quizdown's single choice) marks 2 answers",
            ),
            (51, "", "not: a bulleted list with no [x] / [ ] boxes"),
            (56, "", "not: the question has no list of answers"),
        ],
    );
    assert_builds(&imported);
    let lesson = &imported.lessons[0];
    assert_eq!(
        lesson.title, "Networking, a quick check",
        "the front matter's title"
    );
    let first = &lesson.questions[0];
    assert_eq!(first.hint.as_deref(), Some("It runs on port 53."));
    let options = first.options.as_deref().unwrap_or_default();
    assert_eq!(
        options[0].feedback.as_deref(),
        Some("Right: the Domain Name System.")
    );
    let order = &lesson.questions[2];
    assert_eq!(
        order.prompt,
        "Put the TCP handshake in order\n\nThe client speaks first."
    );
    assert!(lesson.questions[3]
        .prompt
        .contains("```sh\nip route show\n```"));
    let settings: Vec<usize> = imported.notes.iter().map(|n| n.line).collect();
    assert_eq!(
        settings,
        [1, 1, 27],
        "shuffle_questions, primary_color, a question's shuffle_answers"
    );
}

#[test]
fn a_broken_mdbook_quiz_file_cannot_be_read_and_says_where() {
    let Err(e) = import_text(
        "bad.toml",
        Format::MdbookQuiz,
        "[[questions]]\ntype = = 1\n",
    ) else {
        panic!("a syntax error was read");
    };
    assert_eq!(e.line, Some(2));
    assert!(
        e.to_string().starts_with("bad.toml:2: cannot be read: "),
        "{e}"
    );
}
