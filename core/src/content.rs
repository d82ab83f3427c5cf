//! The content model: a course of lessons, each with prose sections and a check of
//! multiple-choice questions. Built and validated from `content/` at compile time
//! (see `authoring`), embedded as JSON (`Course::to_text`), and read back into these types in
//! the browser (`Course::from_text`).

use crate::json::{parse, Json};
use crate::prose::Block;

/// Every lesson the site ships, in the order authors listed them (file name order).
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Course {
    pub lessons: Vec<Lesson>,
}

#[derive(Clone, Debug, PartialEq)]
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

#[derive(Clone, Debug, PartialEq)]
pub struct Section {
    pub id: String,
    pub title: String,
    pub blocks: Vec<Block>,
}

/// A single-answer multiple-choice question.
#[derive(Clone, Debug, PartialEq)]
pub struct Question {
    /// Stable id: saved answers are keyed by it, never by position.
    pub id: String,
    /// Id of the lesson section this question tests.
    pub section: String,
    pub prompt: String,
    /// Two to six options, in the author's order (the check shuffles them per attempt).
    pub options: Vec<Choice>,
    /// Id of the one correct option.
    pub correct: String,
    pub explanation: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Choice {
    /// Stable id, unique within its question.
    pub id: String,
    pub text: String,
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

    pub fn is_correct(&self, option_id: &str) -> bool {
        self.correct == option_id
    }

    /// The correct option. Validation guarantees it exists for built content.
    pub fn correct_option(&self) -> Option<&Choice> {
        self.option(&self.correct)
    }
}

// The embedded form: the same names as the fields, one object per value.

impl Course {
    /// The text `build.rs` embeds in the browser build.
    pub fn to_text(&self) -> String {
        Json::Arr(self.lessons.iter().map(Lesson::to_json).collect()).text()
    }

    /// Reads what `to_text` wrote. Content is validated at build time, so an error here
    /// means the build itself is broken.
    pub fn from_text(text: &str) -> Result<Course, String> {
        let value = parse(text).map_err(|e| e.to_string())?;
        let lessons = value
            .as_array()
            .ok_or("the course is not a list of lessons")?;
        let lessons = lessons
            .iter()
            .enumerate()
            .map(|(i, l)| Lesson::from_json(l).ok_or(format!("lesson {} is incomplete", i + 1)))
            .collect::<Result<_, _>>()?;
        Ok(Course { lessons })
    }
}

fn text(v: &Json, key: &str) -> Option<String> {
    v.get(key)?.as_str().map(str::to_string)
}

fn list<T>(v: &Json, key: &str, read: impl Fn(&Json) -> Option<T>) -> Option<Vec<T>> {
    v.get(key)?.as_array()?.iter().map(read).collect()
}

/// An object of text fields followed by the other members.
fn record<const N: usize>(texts: [(&str, &str); N], rest: Vec<(&str, Json)>) -> Json {
    let texts = texts.into_iter().map(|(k, v)| (k, Json::from(v)));
    Json::Obj(texts.chain(rest).map(|(k, v)| (k.to_string(), v)).collect())
}

impl Lesson {
    fn to_json(&self) -> Json {
        record(
            [
                ("id", &self.id),
                ("series", &self.series),
                ("title", &self.title),
                ("summary", &self.summary),
                ("reviewed", &self.reviewed),
            ],
            vec![
                ("minutes", Json::Int(i64::from(self.minutes))),
                (
                    "sections",
                    Json::Arr(self.sections.iter().map(Section::to_json).collect()),
                ),
                (
                    "questions",
                    Json::Arr(self.questions.iter().map(Question::to_json).collect()),
                ),
            ],
        )
    }

    fn from_json(v: &Json) -> Option<Lesson> {
        Some(Lesson {
            id: text(v, "id")?,
            series: text(v, "series")?,
            title: text(v, "title")?,
            summary: text(v, "summary")?,
            minutes: u32::try_from(v.get("minutes")?.as_i64()?).ok()?,
            reviewed: text(v, "reviewed")?,
            sections: list(v, "sections", Section::from_json)?,
            questions: list(v, "questions", Question::from_json)?,
        })
    }
}

impl Section {
    fn to_json(&self) -> Json {
        let blocks = Json::Arr(self.blocks.iter().map(Block::to_json).collect());
        record(
            [("id", &self.id), ("title", &self.title)],
            vec![("blocks", blocks)],
        )
    }

    fn from_json(v: &Json) -> Option<Section> {
        Some(Section {
            id: text(v, "id")?,
            title: text(v, "title")?,
            blocks: list(v, "blocks", Block::from_json)?,
        })
    }
}

impl Question {
    fn to_json(&self) -> Json {
        let options = self
            .options
            .iter()
            .map(|o| record([("id", &o.id), ("text", &o.text)], Vec::new()))
            .collect();
        record(
            [
                ("id", &self.id),
                ("section", &self.section),
                ("prompt", &self.prompt),
                ("correct", &self.correct),
                ("explanation", &self.explanation),
            ],
            vec![("options", Json::Arr(options))],
        )
    }

    fn from_json(v: &Json) -> Option<Question> {
        Some(Question {
            id: text(v, "id")?,
            section: text(v, "section")?,
            prompt: text(v, "prompt")?,
            options: list(v, "options", |o| {
                Some(Choice {
                    id: text(o, "id")?,
                    text: text(o, "text")?,
                })
            })?,
            correct: text(v, "correct")?,
            explanation: text(v, "explanation")?,
        })
    }
}
