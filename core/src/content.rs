//! The content model: a course of lessons, each with prose sections and a check of
//! questions. Built and validated from `content/` at compile time
//! (see `authoring`), embedded as JSON (`Course::to_text`), and read back into these types in
//! the browser (`Course::from_text`).

use serde::{Deserialize, Serialize};

/// Every lesson the site ships, in the order authors listed them (file name order).
/// Embedded as a list of lessons, each an object with the fields' own names.
#[derive(Clone, Debug, PartialEq, Default, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Course {
    pub lessons: Vec<Lesson>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Lesson {
    /// Stable id: the lesson's address and its key in saved progress.
    pub id: String,
    /// Series label shown above the title, e.g. "AI tools".
    pub series: String,
    pub title: String,
    pub summary: String,
    /// Reading time in minutes.
    pub minutes: u32,
    /// When the text was last reviewed, as the author wrote it ("2026").
    pub reviewed: String,
    pub sections: Vec<Section>,
    pub questions: Vec<Question>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Section {
    pub id: String,
    pub title: String,
    /// The body as HTML, made at build time from the author's Markdown (`markdown`).
    /// Empty in the course outline (`Course::outline`).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub html: String,
}

/// A question of a lesson's check, of one of four kinds (`Kind`); graded in `grading`.
///
/// Author texts (`prompt`, `explanation`, `hint`, an option's `text` and `feedback`) hold
/// HTML made at build time from what the author wrote (`authoring`), shown as it is.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Question {
    /// Stable id: saved answers are keyed by it, never by position.
    pub id: String,
    /// Id of the lesson section this question tests; none in a lesson with no sections
    /// (a check alone, as an imported question bank is).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub section: Option<String>,
    /// Empty in the course outline, as are the options' texts and the explanation.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub prompt: String,
    /// How the learner answers; single choice when absent.
    #[serde(default, skip_serializing_if = "Kind::is_single")]
    pub kind: Kind,
    /// Two to ten options, in the author's order (the check shuffles them per attempt);
    /// none for a typed answer.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub options: Vec<Choice>,
    /// The answer key. Single: the right option's id. Multiple: every right option's id,
    /// in the author's order. Order: every option's id, in the right order (the author's).
    /// Typed: the accepted answers, as plain text.
    pub correct: Vec<String>,
    /// How a typed answer is compared with the accepted ones.
    #[serde(default, skip_serializing_if = "Matching::is_default")]
    pub matching: Matching,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub explanation: String,
    /// A nudge the learner may open before answering; may be empty.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub hint: String,
}

/// How a question is answered.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// One option of several (radio buttons).
    #[default]
    Single,
    /// Every right option of several, "select all that apply" (checkboxes).
    Multiple,
    /// Text the learner types, compared with accepted answers.
    Typed,
    /// The options put in the right order.
    Order,
}

impl Kind {
    pub fn is_single(&self) -> bool {
        *self == Kind::Single
    }

    /// The kind as authors write it (`kind = "..."`), and as pages name it.
    pub fn name(self) -> &'static str {
        match self {
            Kind::Single => "single",
            Kind::Multiple => "multiple",
            Kind::Typed => "typed",
            Kind::Order => "order",
        }
    }

    /// Whether the learner answers by picking options (so option keys 1 to 0 apply).
    pub fn picks_options(self) -> bool {
        matches!(self, Kind::Single | Kind::Multiple)
    }
}

/// How a typed answer is compared: by default case, surrounding and repeated whitespace
/// do not matter; `exact` makes case and inner whitespace matter; `tolerance` accepts a
/// number within that distance of a numeric accepted answer.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Matching {
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub exact: bool,
    /// A decimal number as text ("0.5"): the browser build compares numbers with integer
    /// arithmetic (`grading`), carrying no floating-point parser.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tolerance: Option<String>,
}

impl Matching {
    pub fn is_default(&self) -> bool {
        *self == Matching::default()
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Choice {
    /// Stable id, unique within its question.
    pub id: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub text: String,
    /// Why this option is right or wrong, shown when the learner checks it; may be empty.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub feedback: String,
}

impl Course {
    pub fn lesson(&self, id: &str) -> Option<&Lesson> {
        self.lessons.iter().find(|l| l.id == id)
    }

    /// Lessons grouped by series, series in order of first appearance.
    pub fn by_series(&self) -> Vec<(&str, Vec<&Lesson>)> {
        let mut series: Vec<(&str, Vec<&Lesson>)> = Vec::new();
        for lesson in &self.lessons {
            match series.iter_mut().find(|(name, _)| *name == lesson.series) {
                Some((_, lessons)) => lessons.push(lesson),
                None => series.push((&lesson.series, vec![lesson])),
            }
        }
        series
    }
}

impl Lesson {
    /// This lesson as `Course::outline` keeps it.
    pub fn outline(&self) -> Lesson {
        let mut l = self.clone();
        for s in &mut l.sections {
            s.html.clear();
        }
        for q in &mut l.questions {
            q.prompt.clear();
            q.explanation.clear();
            q.hint.clear();
            for o in &mut q.options {
                o.text.clear();
                o.feedback.clear();
            }
        }
        l
    }

    /// The lesson's whole text as its pages carry it (`lesson.json`).
    pub fn to_text(&self) -> String {
        // Plain structs with string keys: serializing cannot fail.
        serde_json::to_string(self).unwrap_or_default()
    }

    /// Reads what `to_text` wrote, fetched from the site: a message if it does not read.
    pub fn from_text(text: &str) -> Result<Lesson, String> {
        serde_json::from_str(text).map_err(|e| format!("the lesson does not read: {e}"))
    }

    pub fn question(&self, id: &str) -> Option<&Question> {
        self.questions.iter().find(|q| q.id == id)
    }

    pub fn section(&self, id: &str) -> Option<&Section> {
        self.sections.iter().find(|s| s.id == id)
    }

    pub fn question_ids(&self) -> Vec<String> {
        self.questions.iter().map(|q| q.id.clone()).collect()
    }
}

impl Question {
    pub fn option(&self, id: &str) -> Option<&Choice> {
        self.options.iter().find(|o| o.id == id)
    }

    /// The options the answer key names, in the key's order: the right one(s) of a
    /// choice question, every option in the right order of an ordering question.
    pub fn correct_options(&self) -> Vec<&Choice> {
        self.correct
            .iter()
            .filter_map(|id| self.option(id))
            .collect()
    }

    /// Whether the option is one the answer key names as right (choice questions).
    pub fn is_right_option(&self, option_id: &str) -> bool {
        self.kind.picks_options() && self.correct.iter().any(|c| c == option_id)
    }
}

impl Course {
    /// The course without the text a learner reads: every lesson's titles, summary, ids,
    /// question and option ids and answers, so that progress, grading and review work for
    /// the whole course, while each lesson's text travels with that lesson's pages.
    pub fn outline(&self) -> Course {
        let lessons = self.lessons.iter().map(Lesson::outline).collect();
        Course { lessons }
    }

    /// The text `build.rs` embeds in the browser build.
    pub fn to_text(&self) -> String {
        // Plain structs with string keys: serializing cannot fail.
        serde_json::to_string(self).unwrap_or_default()
    }

    /// Reads what `to_text` wrote. Content is validated at build time, so an error here
    /// means the build itself is broken.
    pub fn from_text(text: &str) -> Result<Course, String> {
        serde_json::from_str(text).map_err(|e| format!("the course does not read: {e}"))
    }
}
