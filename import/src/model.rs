//! What a reader makes of a file: questions in Lectern's terms, before they get ids and
//! become lesson files, and everything that could not be carried, with its line.

use std::fmt;

use lectern_core::content::Kind;

/// How a question read from another format fared.
#[derive(Clone, Debug, PartialEq)]
pub enum Outcome {
    /// Carried with nothing lost.
    Whole,
    /// Carried, with what was lost and why.
    Loss(Vec<String>),
    /// Not carried, and why.
    NotImported(String),
}

/// One question read from a file, and what became of it.
#[derive(Clone, Debug, PartialEq)]
pub struct Entry {
    pub file: String,
    pub line: usize,
    /// The question's id in the lesson written; none when it was not imported.
    pub id: Option<String>,
    pub outcome: Outcome,
}

impl Entry {
    /// The lines the import prints for this question: one per loss, or why it was left out.
    pub fn lines(&self) -> Vec<String> {
        let at = format!("{}:{}", self.file, self.line);
        match &self.outcome {
            Outcome::Whole => Vec::new(),
            Outcome::Loss(losses) => (losses.iter())
                .map(|l| format!("{at}: imported with a loss: {l}"))
                .collect(),
            Outcome::NotImported(why) => vec![format!("{at}: not imported: {why}")],
        }
    }
}

/// Something said about a file that is not one question's fate: an id made up, a quiz-wide
/// setting with no place in Lectern.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Note {
    pub file: String,
    pub line: usize,
    pub message: String,
}

impl fmt::Display for Note {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: note: {}", self.file, self.line, self.message)
    }
}

/// A question as read, in Lectern's terms: author text is Markdown.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Draft {
    /// Where the question starts in its file.
    pub line: usize,
    /// The id or title the source gave it, as written; slugged into an id later.
    pub name: Option<String>,
    pub prompt: String,
    pub kind: Kind,
    pub options: Vec<DraftOption>,
    /// A typed answer's accepted answers.
    pub accept: Vec<String>,
    pub tolerance: Option<f64>,
    pub explanation: Option<String>,
    pub hint: Option<String>,
    /// What this question lost on the way, and why.
    pub losses: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Default)]
pub struct DraftOption {
    pub text: String,
    pub correct: bool,
    pub feedback: Option<String>,
}

impl DraftOption {
    pub fn new(text: &str, correct: bool) -> DraftOption {
        DraftOption {
            text: text.trim().to_string(),
            correct,
            feedback: None,
        }
    }
}

/// A lesson's worth of questions: a file, or one GIFT category.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct LessonDraft {
    /// The name the lesson id is made from (a file stem, a category).
    pub name: String,
    pub title: String,
    pub series: String,
    pub questions: Vec<Draft>,
}

/// What one reader made of one file.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Read {
    pub lessons: Vec<LessonDraft>,
    /// Questions read and left out, each with its line and why.
    pub left_out: Vec<(usize, String)>,
    pub notes: Vec<Note>,
}

impl Read {
    /// A question read at `line`: into `lesson` when it imports, else left out with why.
    pub fn take(&mut self, lesson: &mut LessonDraft, line: usize, read: Result<Draft, String>) {
        match read {
            Ok(mut draft) => {
                draft.line = line;
                lesson.questions.push(draft);
            }
            Err(why) => self.left_out.push((line, why)),
        }
    }

    /// Keeps a lesson that has questions; a lesson named as an earlier one (a GIFT
    /// category named twice) gathers into it.
    pub fn keep(&mut self, lesson: LessonDraft) {
        if lesson.questions.is_empty() {
            return;
        }
        match self.lessons.iter_mut().find(|l| l.name == lesson.name) {
            Some(earlier) => earlier.questions.extend(lesson.questions),
            None => self.lessons.push(lesson),
        }
    }
}

/// A file that cannot be read at all: the one case the import fails for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Unreadable {
    pub file: String,
    pub line: Option<usize>,
    pub message: String,
}

impl fmt::Display for Unreadable {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(line) => write!(
                f,
                "{}:{}: cannot be read: {}",
                self.file, line, self.message
            ),
            None => write!(f, "{}: cannot be read: {}", self.file, self.message),
        }
    }
}

/// The 1-based line of a byte offset in a text.
pub fn line_of(text: &str, offset: usize) -> usize {
    let end = offset.min(text.len());
    text.as_bytes()[..end]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}
