//! Drafts become lesson files: each question gets its id (the source's name, slugged, or a
//! digest of its prompt), options get ids from their text, and every question is checked by
//! the core's own reader, so a question the build would refuse is reported, not written.

use lectern_core::authoring::parse_lesson;
use lectern_core::content::Kind;

use crate::ids::{from_digest, slug, Unique, MAX_ID};
use crate::lesson_file::{LessonFile, OptionFile, QuestionFile};
use crate::model::{Draft, Entry, LessonDraft, Note, Outcome};

/// One lesson ready to write, and what became of each question read into it.
pub struct Assembled {
    /// None when no question of the lesson could be carried.
    pub lesson: Option<LessonFile>,
    pub entries: Vec<Entry>,
    pub notes: Vec<Note>,
}

/// Longest option id made from an option's text: short enough to read in saved progress.
const MAX_OPTION_ID: usize = 32;

/// Turns one lesson's drafts into a lesson file; `file` names the source in findings.
pub fn assemble(file: &str, draft: LessonDraft, origin: &str) -> Assembled {
    let mut notes = Vec::new();
    let mut entries = Vec::new();
    let mut questions = Vec::new();
    let mut ids = Unique::default();
    let lesson_id = lesson_id(&draft.name);
    let shell = shell(&lesson_id, &draft, origin);
    for q in draft.questions {
        let (id, note) = question_id(&q, &mut ids);
        if let Some(message) = note {
            notes.push(Note {
                file: file.to_string(),
                line: q.line,
                message,
            });
        }
        let written = question_file(&id, &q);
        let entry = |outcome: Outcome| Entry {
            file: file.to_string(),
            line: q.line,
            id: (!matches!(outcome, Outcome::NotImported(_))).then(|| id.clone()),
            outcome,
        };
        match check(&shell, &written) {
            Ok(()) => {
                let outcome = if q.losses.is_empty() {
                    Outcome::Whole
                } else {
                    Outcome::Loss(q.losses.clone())
                };
                entries.push(entry(outcome));
                questions.push(written);
            }
            Err(why) => entries.push(entry(Outcome::NotImported(why))),
        }
    }
    let lesson = (!questions.is_empty()).then(|| LessonFile {
        minutes: minutes(questions.len()),
        questions,
        ..shell
    });
    Assembled {
        lesson,
        entries,
        notes,
    }
}

/// The lesson id: the name slugged, or `imported` when nothing of it is left.
pub fn lesson_id(name: &str) -> String {
    let id = slug(name, MAX_ID);
    if id.is_empty() || ["review", "progress"].contains(&id.as_str()) {
        format!("imported-{id}").trim_end_matches('-').to_string()
    } else {
        id
    }
}

/// The lesson's own fields, no questions yet.
fn shell(id: &str, draft: &LessonDraft, origin: &str) -> LessonFile {
    let title = if draft.title.trim().is_empty() {
        id.to_string()
    } else {
        draft.title.trim().to_string()
    };
    let series = if draft.series.trim().is_empty() {
        "Imported".to_string()
    } else {
        draft.series.trim().to_string()
    };
    LessonFile {
        id: id.to_string(),
        series,
        title,
        summary: format!("Questions imported from {origin}."),
        minutes: 1,
        reviewed: "on import".to_string(),
        sections: Vec::new(),
        questions: Vec::new(),
    }
}

/// About half a minute a question, at least one.
fn minutes(questions: usize) -> u32 {
    u32::try_from(questions.div_ceil(2))
        .unwrap_or(u32::MAX)
        .max(1)
}

/// The question's id, unique in its lesson, and a note when it was made up or changed.
fn question_id(q: &Draft, ids: &mut Unique) -> (String, Option<String>) {
    let named = q.name.as_deref().map(|n| slug(n, MAX_ID));
    let (base, mut note) = match named {
        Some(id) if !id.is_empty() => (id, None),
        _ => {
            let id = from_digest(&q.prompt);
            let why = format!("the question has no id or title: its id \"{id}\" comes from its prompt (rewording the prompt changes it)");
            (id, Some(why))
        }
    };
    let (id, changed) = ids.claim(&base);
    if changed {
        note = Some(format!(
            "the id \"{base}\" is taken by an earlier question: this one is \"{id}\""
        ));
    }
    (id, note)
}

/// The question as the lesson file writes it.
fn question_file(id: &str, q: &Draft) -> QuestionFile {
    let typed = q.kind == Kind::Typed;
    QuestionFile {
        id: id.to_string(),
        section: None,
        kind: q.kind,
        prompt: q.prompt.trim().to_string(),
        explanation: q.explanation.clone(),
        hint: q.hint.clone(),
        accept: typed.then(|| q.accept.clone()),
        exact: None,
        tolerance: q.tolerance,
        options: (!typed).then(|| option_files(q)),
    }
}

/// Options with ids from their text, unique within the question.
fn option_files(q: &Draft) -> Vec<OptionFile> {
    let mut ids = Unique::default();
    (q.options.iter().enumerate())
        .map(|(i, o)| {
            let base = slug(&o.text, MAX_OPTION_ID);
            let base = if base.is_empty() {
                format!("option-{}", i + 1)
            } else {
                base
            };
            OptionFile {
                id: ids.claim(&base).0,
                text: one_line(&o.text),
                correct: o.correct && q.kind != Kind::Order,
                feedback: o.feedback.as_deref().map(one_line),
            }
        })
        .collect()
}

/// An option's text on one line, as options are: Markdown reads a line break inside a
/// paragraph as a space anyway.
fn one_line(text: &str) -> String {
    if text.contains('\n') {
        text.split_whitespace().collect::<Vec<_>>().join(" ")
    } else {
        text.trim().to_string()
    }
}

/// The question alone in its lesson, through the core's reader: the build's own verdict.
fn check(shell: &LessonFile, question: &QuestionFile) -> Result<(), String> {
    let lesson = LessonFile {
        questions: vec![question.clone()],
        ..shell.clone()
    };
    let text = lesson.to_text("a check")?;
    parse_lesson("imported", &text)
        .map(|_| ())
        .map_err(|problems| {
            let said: Vec<String> = problems.iter().map(|d| d.message.clone()).collect();
            format!("Lectern would refuse it: {}", said.join("; "))
        })
}
