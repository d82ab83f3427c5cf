//! Reading lesson files as authors write them (TOML, documented in `content/README.md`) and
//! checking them. Used by the build script, so a broken lesson fails the build with every
//! problem listed as `file:line: message`, and the browser only ever sees valid content.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use serde::Deserialize;
use toml::Spanned;

use crate::content::{Choice, Course, Lesson, Question, Section};
use crate::prose::parse_blocks;

/// One problem in one content file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    pub file: String,
    pub line: Option<usize>,
    pub message: String,
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(line) => write!(f, "{}:{}: {}", self.file, line, self.message),
            None => write!(f, "{}: {}", self.file, self.message),
        }
    }
}

/// Limits that keep one lesson from bloating the site or breaking the layout.
pub const MAX_OPTIONS: usize = 6;
pub const MIN_OPTIONS: usize = 2;
const MAX_ID: usize = 64;
const MAX_LINE_TEXT: usize = 300;
const MAX_TEXT: usize = 2_000;
const MAX_BODY: usize = 40_000;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawLesson {
    id: Spanned<String>,
    series: Spanned<String>,
    title: Spanned<String>,
    summary: Spanned<String>,
    minutes: Spanned<u32>,
    reviewed: Spanned<String>,
    sections: Vec<RawSection>,
    questions: Vec<RawQuestion>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSection {
    id: Spanned<String>,
    title: Spanned<String>,
    body: Spanned<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawQuestion {
    id: Spanned<String>,
    section: Spanned<String>,
    prompt: Spanned<String>,
    explanation: Spanned<String>,
    options: Spanned<Vec<RawOption>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawOption {
    id: Spanned<String>,
    text: Spanned<String>,
    #[serde(default)]
    correct: bool,
}

/// Collects diagnostics for one file, turning byte offsets into line numbers.
struct Report<'a> {
    file: &'a str,
    text: &'a str,
    problems: Vec<Diagnostic>,
}

impl Report<'_> {
    fn line_of(&self, offset: usize) -> usize {
        let end = offset.min(self.text.len());
        self.text.as_bytes()[..end]
            .iter()
            .filter(|&&b| b == b'\n')
            .count()
            + 1
    }

    fn at<T>(&mut self, place: &Spanned<T>, message: String) {
        let line = Some(self.line_of(place.span().start));
        self.problems.push(Diagnostic {
            file: self.file.to_string(),
            line,
            message,
        });
    }

    /// Checks an id: non-empty, short, and made of lowercase letters, digits and dashes,
    /// because ids appear in addresses and key saved progress.
    fn id(&mut self, what: &str, id: &Spanned<String>) {
        let value = id.get_ref();
        let ok = !value.is_empty()
            && value.len() <= MAX_ID
            && value
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
        if !ok {
            self.at(
                id,
                format!("{what} id \"{value}\" must be 1 to {MAX_ID} characters of a-z, 0-9 and -"),
            );
        }
    }

    /// Checks a text field: present, within its length, free of control characters.
    fn text(&mut self, what: &str, field: &Spanned<String>, max: usize, multiline: bool) {
        let value = field.get_ref();
        let chars = value.chars().count();
        if value.trim().is_empty() {
            self.at(field, format!("{what} is empty"));
        } else if chars > max {
            self.at(
                field,
                format!("{what} is {chars} characters long; the limit is {max}"),
            );
        }
        let bad = value
            .chars()
            .find(|&c| c.is_control() && !(multiline && (c == '\n' || c == '\r' || c == '\t')));
        if let Some(c) = bad {
            self.at(
                field,
                format!("{what} contains the control character U+{:04X}", c as u32),
            );
        }
    }
}

/// Parses and checks one lesson file. On failure, returns every problem found.
pub fn parse_lesson(file: &str, text: &str) -> Result<Lesson, Vec<Diagnostic>> {
    let mut report = Report {
        file,
        text,
        problems: Vec::new(),
    };
    let raw: RawLesson = match toml::from_str(text) {
        Ok(raw) => raw,
        Err(e) => {
            let line = e.span().map(|s| report.line_of(s.start));
            return Err(vec![Diagnostic {
                file: file.to_string(),
                line,
                message: e.message().trim().to_string(),
            }]);
        }
    };

    report.id("lesson", &raw.id);
    if ["review", "progress"].contains(&raw.id.get_ref().as_str()) {
        report.at(
            &raw.id,
            format!(
                "lesson id \"{}\" is reserved for a page of the site",
                raw.id.get_ref()
            ),
        );
    }
    report.text("series", &raw.series, MAX_LINE_TEXT, false);
    report.text("title", &raw.title, MAX_LINE_TEXT, false);
    report.text("summary", &raw.summary, MAX_TEXT, false);
    report.text("reviewed", &raw.reviewed, MAX_LINE_TEXT, false);
    if *raw.minutes.get_ref() == 0 {
        report.at(&raw.minutes, "minutes must be at least 1".to_string());
    }
    if raw.sections.is_empty() {
        report.problems.push(Diagnostic {
            file: file.to_string(),
            line: None,
            message: "the lesson has no [[sections]]".to_string(),
        });
    }
    if raw.questions.is_empty() {
        report.problems.push(Diagnostic {
            file: file.to_string(),
            line: None,
            message: "the lesson has no [[questions]]".to_string(),
        });
    }

    let mut section_ids: BTreeMap<&str, usize> = BTreeMap::new();
    for s in &raw.sections {
        report.id("section", &s.id);
        let line = report.line_of(s.id.span().start);
        if let Some(first) = section_ids.insert(s.id.get_ref(), line) {
            report.at(
                &s.id,
                format!(
                    "section id \"{}\" is used twice (first on line {first})",
                    s.id.get_ref()
                ),
            );
        }
        report.text(
            &format!("section \"{}\" title", s.id.get_ref()),
            &s.title,
            MAX_LINE_TEXT,
            false,
        );
        report.text(
            &format!("section \"{}\" body", s.id.get_ref()),
            &s.body,
            MAX_BODY,
            true,
        );
    }

    let mut question_ids: BTreeMap<&str, usize> = BTreeMap::new();
    for q in &raw.questions {
        let qid = q.id.get_ref();
        report.id("question", &q.id);
        let line = report.line_of(q.id.span().start);
        if let Some(first) = question_ids.insert(qid, line) {
            report.at(
                &q.id,
                format!("question id \"{qid}\" is used twice (first on line {first})"),
            );
        }
        if !section_ids.contains_key(q.section.get_ref().as_str()) {
            let known: Vec<&str> = section_ids.keys().copied().collect();
            report.at(
                &q.section,
                format!(
                    "question \"{qid}\" tests section \"{}\", which does not exist (sections: {})",
                    q.section.get_ref(),
                    known.join(", ")
                ),
            );
        }
        report.text(
            &format!("question \"{qid}\" prompt"),
            &q.prompt,
            MAX_TEXT,
            false,
        );
        report.text(
            &format!("question \"{qid}\" explanation"),
            &q.explanation,
            MAX_TEXT,
            false,
        );

        let options = q.options.get_ref();
        if !(MIN_OPTIONS..=MAX_OPTIONS).contains(&options.len()) {
            report.at(
                &q.options,
                format!(
                    "question \"{qid}\" has {} options; a question needs {MIN_OPTIONS} to {MAX_OPTIONS}",
                    options.len()
                ),
            );
        }
        let mut option_ids = BTreeSet::new();
        for o in options {
            report.id("option", &o.id);
            if !option_ids.insert(o.id.get_ref().as_str()) {
                report.at(
                    &o.id,
                    format!(
                        "question \"{qid}\" has two options with id \"{}\"",
                        o.id.get_ref()
                    ),
                );
            }
            report.text(
                &format!("question \"{qid}\" option \"{}\" text", o.id.get_ref()),
                &o.text,
                MAX_TEXT,
                false,
            );
        }
        let correct: Vec<&str> = options
            .iter()
            .filter(|o| o.correct)
            .map(|o| o.id.get_ref().as_str())
            .collect();
        match correct.len() {
            1 => {}
            0 => report.at(
                &q.id,
                format!("question \"{qid}\" has no correct option: mark one with correct = true"),
            ),
            n => report.at(
                &q.id,
                format!(
                    "question \"{qid}\" has {n} correct options ({}); exactly one must be correct",
                    correct.join(", ")
                ),
            ),
        }
    }

    if !report.problems.is_empty() {
        return Err(report.problems);
    }
    Ok(Lesson {
        id: raw.id.into_inner(),
        series: raw.series.into_inner().trim().to_string(),
        title: raw.title.into_inner().trim().to_string(),
        summary: raw.summary.into_inner().trim().to_string(),
        minutes: raw.minutes.into_inner(),
        reviewed: raw.reviewed.into_inner().trim().to_string(),
        sections: raw
            .sections
            .into_iter()
            .map(|s| Section {
                id: s.id.into_inner(),
                title: s.title.into_inner().trim().to_string(),
                blocks: parse_blocks(s.body.get_ref()),
            })
            .collect(),
        questions: raw
            .questions
            .into_iter()
            .map(|q| {
                let options = q.options.into_inner();
                let correct = options
                    .iter()
                    .find(|o| o.correct)
                    .map(|o| o.id.get_ref().clone())
                    .unwrap_or_default();
                Question {
                    id: q.id.into_inner(),
                    section: q.section.into_inner(),
                    prompt: q.prompt.into_inner().trim().to_string(),
                    explanation: q.explanation.into_inner().trim().to_string(),
                    correct,
                    options: options
                        .into_iter()
                        .map(|o| Choice {
                            id: o.id.into_inner(),
                            text: o.text.into_inner().trim().to_string(),
                        })
                        .collect(),
                }
            })
            .collect(),
    })
}

/// The lesson files (`*.toml`) of a folder, sorted by name, with their text.
pub fn lesson_files(dir: &std::path::Path) -> Result<Vec<(std::path::PathBuf, String)>, String> {
    let entries = std::fs::read_dir(dir)
        .map_err(|e| format!("{}: cannot read the content folder: {e}", dir.display()))?;
    let mut paths: Vec<std::path::PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    paths.sort();
    paths
        .into_iter()
        .map(|p| match std::fs::read_to_string(&p) {
            Ok(text) => Ok((p, text)),
            Err(e) => Err(format!("{}: {e}", p.display())),
        })
        .collect()
}

/// Builds the course from `(file name, text)` pairs, in the given order. Every file is
/// checked, so one run reports the problems of all of them.
pub fn build_course(files: &[(String, String)]) -> Result<Course, Vec<Diagnostic>> {
    let mut lessons: Vec<Lesson> = Vec::new();
    let mut problems = Vec::new();
    let mut seen: BTreeMap<String, String> = BTreeMap::new();
    for (file, text) in files {
        match parse_lesson(file, text) {
            Ok(lesson) => {
                if let Some(other) = seen.insert(lesson.id.clone(), file.clone()) {
                    problems.push(Diagnostic {
                        file: file.clone(),
                        line: None,
                        message: format!("lesson id \"{}\" is already used by {other}", lesson.id),
                    });
                }
                lessons.push(lesson);
            }
            Err(mut found) => problems.append(&mut found),
        }
    }
    if files.is_empty() {
        problems.push(Diagnostic {
            file: "content".to_string(),
            line: None,
            message: "no lesson files (*.toml) found".to_string(),
        });
    }
    if problems.is_empty() {
        Ok(Course { lessons })
    } else {
        Err(problems)
    }
}
