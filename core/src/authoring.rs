//! Reading lesson files as authors write them (TOML, documented in `content/README.md`) and
//! checking them. Used by the build script, so a broken lesson fails the build with every
//! problem listed as `file:line: message`, and the browser only ever sees valid content.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use serde::Deserialize;
use toml::Spanned;

use crate::content::{Choice, Course, Kind, Lesson, Matching, Question, Section};
use crate::markdown::{self, Mode, Targets};
use crate::media::{Folder, Library, Media};

/// Whether a problem stops the build.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Severity {
    /// The build stops: the content is wrong.
    Error,
    /// Reported, and the build goes on: the content works but is likely not what the
    /// author meant (raw HTML shown as text, a heavy image).
    Warning,
}

/// One problem in one content file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    pub file: String,
    pub line: Option<usize>,
    pub message: String,
    pub severity: Severity,
    /// The bytes of the file the problem is at, for the caret (`render`).
    pub span: Option<std::ops::Range<usize>>,
    /// What to do about it, where the message alone does not say.
    pub hint: Option<String>,
}

impl Diagnostic {
    fn error(file: &str, line: Option<usize>, message: &str) -> Diagnostic {
        Diagnostic {
            file: file.to_string(),
            line,
            message: message.to_string(),
            severity: Severity::Error,
            span: None,
            hint: None,
        }
    }

    /// The problem as rustc shows its own: the line of `source` (the file's text) with a
    /// caret under the place, and the hint (`diagnostics::render`).
    pub fn render(&self, source: &str) -> String {
        crate::diagnostics::render(&crate::diagnostics::Shown {
            file: &self.file,
            source,
            span: self.span.clone(),
            message: &self.message,
            warning: self.severity == Severity::Warning,
            hint: self.hint.as_deref(),
        })
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let kind = match self.severity {
            Severity::Error => "",
            Severity::Warning => "warning: ",
        };
        match self.line {
            Some(line) => write!(f, "{}:{}: {kind}{}", self.file, line, self.message),
            None => write!(f, "{}: {kind}{}", self.file, self.message),
        }
    }
}

/// Limits that keep one lesson from bloating the site or breaking the layout.
pub const MAX_OPTIONS: usize = 10;
pub const MIN_OPTIONS: usize = 2;
const MAX_ID: usize = 64;
const MAX_LINE_TEXT: usize = 300;
const MAX_TEXT: usize = 2_000;
const MAX_BODY: usize = 40_000;
/// The most accepted answers a typed answer may list.
const MAX_ACCEPTED: usize = 20;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawLesson {
    id: Spanned<String>,
    series: Spanned<String>,
    title: Spanned<String>,
    summary: Spanned<String>,
    minutes: Spanned<u32>,
    reviewed: Spanned<String>,
    /// None in a lesson that is a check alone.
    #[serde(default)]
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
    /// The section this question tests; absent when the lesson has no sections.
    #[serde(default)]
    section: Option<Spanned<String>>,
    /// Optional: "single" (the default), "multiple", "typed" or "order".
    #[serde(default)]
    kind: Option<Spanned<Kind>>,
    prompt: Spanned<String>,
    /// A typed answer's accepted answers.
    #[serde(default)]
    accept: Option<Spanned<Vec<Spanned<String>>>>,
    /// A typed answer compared exactly (case and inner whitespace count).
    #[serde(default)]
    exact: Option<Spanned<bool>>,
    /// A typed number accepted within this distance of a numeric accepted answer.
    #[serde(default)]
    tolerance: Option<Spanned<f64>>,
    /// Optional: most question banks have none.
    #[serde(default)]
    explanation: Option<Spanned<String>>,
    /// Optional: a nudge the learner may open before answering.
    #[serde(default)]
    hint: Option<Spanned<String>>,
    /// None for a typed answer.
    #[serde(default)]
    options: Option<Spanned<Vec<RawOption>>>,
}

impl RawQuestion {
    fn kind(&self) -> Kind {
        self.kind.as_ref().map(|k| *k.get_ref()).unwrap_or_default()
    }

    fn options(&self) -> &[RawOption] {
        self.options.as_ref().map_or(&[], |o| o.get_ref())
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawOption {
    id: Spanned<String>,
    text: Spanned<String>,
    #[serde(default)]
    correct: bool,
    /// Optional: why this option is right or wrong, shown when the learner checks it.
    #[serde(default)]
    feedback: Option<Spanned<String>>,
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
        self.hinted(place, message, None);
    }

    /// A problem at `place`, with what to do about it.
    fn hinted<T>(&mut self, place: &Spanned<T>, message: String, hint: Option<String>) {
        let line = Some(self.line_of(place.span().start));
        self.problems.push(Diagnostic {
            file: self.file.to_string(),
            line,
            message,
            severity: Severity::Error,
            span: Some(place.span()),
            hint,
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
            let slug = suggested_id(value);
            let hint = (!slug.is_empty()).then(|| format!("for example: \"{slug}\""));
            self.hinted(
                id,
                format!("{what} id \"{value}\" must be 1 to {MAX_ID} characters of a-z, 0-9 and -"),
                hint,
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

/// Parses and checks one lesson file on its own (links may point into it only). On
/// failure, returns every problem found.
pub fn parse_lesson(file: &str, text: &str) -> Result<Lesson, Vec<Diagnostic>> {
    let built = build(&[(file.to_string(), text.to_string())])?;
    let lesson = built.course.lessons.into_iter().next();
    lesson.ok_or_else(|| vec![Diagnostic::error(file, None, "the file holds no lesson")])
}

/// Reads and checks one lesson file, leaving its author text as written. On failure,
/// returns every problem found.
fn read_lesson(file: &str, text: &str) -> Result<RawLesson, Vec<Diagnostic>> {
    let mut report = Report {
        file,
        text,
        problems: Vec::new(),
    };
    let raw: RawLesson = match toml::from_str(text) {
        Ok(raw) => raw,
        Err(e) => return Err(vec![report.unreadable(&e)]),
    };
    report.header(&raw);
    let sections = report.sections(&raw.sections);
    report.questions(&raw.questions, &sections);
    if !report.problems.is_empty() {
        return Err(report.problems);
    }
    Ok(raw)
}

/// Line numbers of ids seen so far, to name the first use when one comes again.
type FirstUse<'r> = BTreeMap<&'r str, usize>;

// The checks, one part of a lesson file each, in the order the problems are reported.
impl Report<'_> {
    /// A file TOML cannot read as a lesson (bad syntax, a missing or unknown field): the
    /// only problem reported, since nothing else can be checked.
    fn unreadable(&self, e: &toml::de::Error) -> Diagnostic {
        Diagnostic {
            file: self.file.to_string(),
            line: e.span().map(|s| self.line_of(s.start)),
            message: e.message().trim().to_string(),
            severity: Severity::Error,
            span: e.span(),
            hint: None,
        }
    }

    /// A problem of the file as a whole, with no line to point at.
    fn whole_file(&mut self, message: &str) {
        self.problems.push(Diagnostic {
            file: self.file.to_string(),
            line: None,
            message: message.to_string(),
            severity: Severity::Error,
            span: None,
            hint: None,
        });
    }

    /// Reports an id used before in the same list, naming the line of its first use.
    fn unique<'r>(&mut self, what: &str, id: &'r Spanned<String>, seen: &mut FirstUse<'r>) {
        let line = self.line_of(id.span().start);
        if let Some(first) = seen.insert(id.get_ref(), line) {
            self.at(
                id,
                format!(
                    "{what} id \"{}\" is used twice (first on line {first})",
                    id.get_ref()
                ),
            );
        }
    }

    /// The lesson's own fields, and that it has questions at all (a lesson with no
    /// sections is a check alone, as an imported question bank is).
    fn header(&mut self, raw: &RawLesson) {
        self.id("lesson", &raw.id);
        if ["review", "progress"].contains(&raw.id.get_ref().as_str()) {
            self.at(
                &raw.id,
                format!(
                    "lesson id \"{}\" is reserved for a page of the site",
                    raw.id.get_ref()
                ),
            );
        }
        self.text("series", &raw.series, MAX_LINE_TEXT, false);
        self.text("title", &raw.title, MAX_LINE_TEXT, false);
        self.text("summary", &raw.summary, MAX_TEXT, false);
        self.text("reviewed", &raw.reviewed, MAX_LINE_TEXT, false);
        if *raw.minutes.get_ref() == 0 {
            self.at(&raw.minutes, "minutes must be at least 1".to_string());
        }
        if raw.questions.is_empty() {
            self.whole_file("the lesson has no [[questions]]");
        }
    }

    /// Every section; returns their ids, which questions must refer to.
    fn sections<'r>(&mut self, sections: &'r [RawSection]) -> FirstUse<'r> {
        let mut ids = FirstUse::new();
        for s in sections {
            self.id("section", &s.id);
            self.unique("section", &s.id, &mut ids);
            let name = s.id.get_ref();
            let title = format!("section \"{name}\" title");
            self.text(&title, &s.title, MAX_LINE_TEXT, false);
            self.text(&format!("section \"{name}\" body"), &s.body, MAX_BODY, true);
        }
        ids
    }

    fn questions(&mut self, questions: &[RawQuestion], sections: &FirstUse) {
        let mut ids = FirstUse::new();
        for q in questions {
            self.question(q, sections, &mut ids);
        }
    }

    /// One question: its id, the section it tests, its texts and its options.
    fn question<'r>(&mut self, q: &'r RawQuestion, sections: &FirstUse, ids: &mut FirstUse<'r>) {
        let qid = q.id.get_ref();
        self.id("question", &q.id);
        self.unique("question", &q.id, ids);
        self.tested_section(q, sections);
        let prompt = format!("question \"{qid}\" prompt");
        // Markdown: a prompt or an explanation may hold paragraphs and code blocks.
        self.text(&prompt, &q.prompt, MAX_TEXT, true);
        for (name, given) in [("explanation", &q.explanation), ("hint", &q.hint)] {
            if let Some(given) = given {
                self.text(&format!("question \"{qid}\" {name}"), given, MAX_TEXT, true);
            }
        }
        self.options(q);
        self.answer_key(q);
    }

    /// The section a question names: one of the lesson's, required when the lesson has
    /// sections and refused when it has none.
    fn tested_section(&mut self, q: &RawQuestion, sections: &FirstUse) {
        let qid = q.id.get_ref();
        match &q.section {
            None if sections.is_empty() => {}
            None => {
                let known: Vec<&str> = sections.keys().copied().collect();
                let message = format!(
                    "question \"{qid}\" has no section = \"...\": name the section it tests (sections: {})",
                    known.join(", ")
                );
                self.at(&q.id, message);
            }
            Some(s) if sections.is_empty() => {
                let message = format!(
                    "question \"{qid}\" tests section \"{}\", but the lesson has no [[sections]]: leave section out",
                    s.get_ref()
                );
                self.at(s, message);
            }
            Some(s) if !sections.contains_key(s.get_ref().as_str()) => {
                let known: Vec<&str> = sections.keys().copied().collect();
                let message = format!(
                    "question \"{qid}\" tests section \"{}\", which does not exist (sections: {})",
                    s.get_ref(),
                    known.join(", ")
                );
                let hint = format!(
                    "write one of this lesson's section ids: {}",
                    known.join(", ")
                );
                self.hinted(s, message, Some(hint));
            }
            Some(_) => {}
        }
    }

    /// How many options a question has, and each option's id and text.
    fn options(&mut self, q: &RawQuestion) {
        let qid = q.id.get_ref();
        let options = q.options();
        if q.kind() == Kind::Typed {
            if let Some(given) = &q.options {
                let message = format!(
                    "question \"{qid}\" is a typed answer: it has no options (list what is accepted in accept = [...])"
                );
                self.at(given, message);
            }
            return;
        }
        if !(MIN_OPTIONS..=MAX_OPTIONS).contains(&options.len()) {
            let message = format!(
                "question \"{qid}\" has {} options; a question needs {MIN_OPTIONS} to {MAX_OPTIONS}",
                options.len()
            );
            match &q.options {
                Some(given) => self.at(given, message),
                None => self.at(&q.id, message),
            }
        }
        let mut ids = BTreeSet::new();
        for o in options {
            let oid = o.id.get_ref();
            self.id("option", &o.id);
            if !ids.insert(oid.as_str()) {
                let message = format!("question \"{qid}\" has two options with id \"{oid}\"");
                self.at(&o.id, message);
            }
            let what = format!("question \"{qid}\" option \"{oid}\" text");
            self.text(&what, &o.text, MAX_TEXT, false);
            if let Some(feedback) = &o.feedback {
                let what = format!("question \"{qid}\" option \"{oid}\" feedback");
                self.text(&what, feedback, MAX_TEXT, false);
            }
        }
    }

    /// The answer key, as the question's kind needs it: one option marked correct (single),
    /// at least one (multiple), none (order: the options' order is the answer), accepted
    /// answers (typed); and the typed-answer fields only on a typed answer.
    fn answer_key(&mut self, q: &RawQuestion) {
        let qid = q.id.get_ref();
        let correct: Vec<&RawOption> = q.options().iter().filter(|o| o.correct).collect();
        let names = || {
            let ids: Vec<&str> = correct.iter().map(|o| o.id.get_ref().as_str()).collect();
            ids.join(", ")
        };
        match (q.kind(), correct.len()) {
            (Kind::Single, 1) | (Kind::Multiple, 1..) | (Kind::Order | Kind::Typed, 0) => {}
            (Kind::Single, 0) => self.at(
                &q.id,
                format!("question \"{qid}\" has no correct option: mark one with correct = true"),
            ),
            (Kind::Multiple, 0) => self.at(
                &q.id,
                format!("question \"{qid}\" has no correct option: mark every right one with correct = true"),
            ),
            (Kind::Single, n) => self.at(
                &q.id,
                format!(
                    "question \"{qid}\" has {n} correct options ({}); exactly one must be correct (for \"select all that apply\", write kind = \"multiple\")",
                    names()
                ),
            ),
            (Kind::Order | Kind::Typed, _) => self.at(
                &correct[0].id,
                format!(
                    "question \"{qid}\" is kind = \"{}\": no option is marked correct (an ordering question's answer is the order its options are written in)",
                    q.kind().name()
                ),
            ),
        }
        self.typed_fields(q);
    }

    /// `accept`, `exact` and `tolerance`: required (accept) on a typed answer, refused elsewhere.
    fn typed_fields(&mut self, q: &RawQuestion) {
        let qid = q.id.get_ref();
        if q.kind() != Kind::Typed {
            let kind = q.kind().name();
            let refuse = |name: &str| {
                format!("question \"{qid}\" has {name}, which only a typed answer (kind = \"typed\") takes; it is kind = \"{kind}\"")
            };
            if let Some(a) = &q.accept {
                self.at(a, refuse("accept"));
            }
            if let Some(e) = &q.exact {
                self.at(e, refuse("exact"));
            }
            if let Some(t) = &q.tolerance {
                self.at(t, refuse("tolerance"));
            }
            return;
        }
        let Some(accept) = &q.accept else {
            let message = format!("question \"{qid}\" is a typed answer with no accept = [...]: list at least one accepted answer");
            self.at(&q.id, message);
            return;
        };
        if accept.get_ref().is_empty() || accept.get_ref().len() > MAX_ACCEPTED {
            let message = format!(
                "question \"{qid}\" accepts {} answers; a typed answer needs 1 to {MAX_ACCEPTED}",
                accept.get_ref().len()
            );
            self.at(accept, message);
        }
        for answer in accept.get_ref() {
            self.text(
                &format!("question \"{qid}\" accepted answer"),
                answer,
                MAX_LINE_TEXT,
                false,
            );
        }
        if let Some(t) = &q.tolerance {
            let numeric = accept
                .get_ref()
                .iter()
                .any(|a| crate::grading::is_number(a.get_ref()));
            if !(t.get_ref().is_finite() && *t.get_ref() >= 0.0) {
                self.at(
                    t,
                    format!("question \"{qid}\" tolerance must be a number of 0 or more"),
                );
            } else if !numeric {
                self.at(
                    t,
                    format!(
                        "question \"{qid}\" has a tolerance but no accepted answer is a number"
                    ),
                );
            }
        }
    }
}

// A checked lesson file becomes content: author text becomes HTML (Markdown, see
// `markdown`), plain fields are trimmed, and the option marked correct becomes the
// question's answer key.

/// Renders one checked lesson's author text, gathering what the renderer finds, each at
/// its line in the lesson file.
struct Render<'a> {
    file: &'a str,
    text: &'a str,
    lesson: String,
    targets: &'a Targets,
    images: Folder<'a>,
    found: Vec<Diagnostic>,
}

impl Render<'_> {
    /// A field's Markdown as HTML. `lazy`: its images load when scrolled near.
    fn html(&mut self, field: &Spanned<String>, mode: Mode, lazy: bool) -> String {
        let mut ctx = markdown::Context {
            lesson: &self.lesson,
            targets: self.targets,
            images: &mut self.images,
            lazy_images: lazy,
        };
        let (html, findings) = markdown::render(field.get_ref(), mode, &mut ctx);
        let first = first_line(self.text, field.span().start);
        for f in findings {
            let line = first + f.line - 1;
            self.found.push(Diagnostic {
                file: self.file.to_string(),
                line: Some(line),
                message: f.message,
                severity: f.severity,
                span: line_span(self.text, line),
                hint: None,
            });
        }
        html
    }

    /// Text shown inside a line: an option, its feedback, a hint; and a prompt, which
    /// is the question page's heading, where a paragraph may not go (a prompt of several
    /// blocks, a code block say, keeps them).
    fn short(&mut self, field: &Spanned<String>) -> String {
        self.html(field, Mode::Short, false)
    }

    /// Text of its own blocks: an explanation.
    fn block(&mut self, field: &Spanned<String>) -> String {
        self.html(field, Mode::Block, false)
    }

    fn lesson(&mut self, raw: RawLesson) -> Lesson {
        Lesson {
            id: raw.id.into_inner(),
            series: trimmed(raw.series),
            title: trimmed(raw.title),
            summary: trimmed(raw.summary),
            minutes: raw.minutes.into_inner(),
            reviewed: trimmed(raw.reviewed),
            sections: (raw.sections.into_iter().enumerate())
                .map(|(i, s)| self.section(s, i > 0))
                .collect(),
            questions: (raw.questions.into_iter())
                .map(|q| self.question(q))
                .collect(),
        }
    }

    /// A section; `later`: not the lesson's first, so its images load lazily.
    fn section(&mut self, raw: RawSection, later: bool) -> Section {
        Section {
            html: self.html(&raw.body, Mode::Block, later),
            id: raw.id.into_inner(),
            title: trimmed(raw.title),
        }
    }

    fn question(&mut self, raw: RawQuestion) -> Question {
        let kind = raw.kind();
        let options = raw.options.map(Spanned::into_inner).unwrap_or_default();
        let correct = match kind {
            Kind::Typed => raw
                .accept
                .map(Spanned::into_inner)
                .unwrap_or_default()
                .into_iter()
                .map(|a| a.into_inner().trim().to_string())
                .collect(),
            Kind::Order => options.iter().map(|o| o.id.get_ref().clone()).collect(),
            Kind::Single | Kind::Multiple => options
                .iter()
                .filter(|o| o.correct)
                .map(|o| o.id.get_ref().clone())
                .collect(),
        };
        Question {
            prompt: self.short(&raw.prompt),
            explanation: raw.explanation.map(|e| self.block(&e)).unwrap_or_default(),
            hint: raw.hint.map(|h| self.short(&h)).unwrap_or_default(),
            id: raw.id.into_inner(),
            section: raw.section.map(Spanned::into_inner),
            kind,
            correct,
            matching: Matching {
                exact: raw.exact.is_some_and(Spanned::into_inner),
                tolerance: raw.tolerance.map(|t| t.into_inner().to_string()),
            },
            options: options
                .into_iter()
                .map(|o| Choice {
                    text: self.short(&o.text),
                    feedback: o.feedback.map(|f| self.short(&f)).unwrap_or_default(),
                    id: o.id.into_inner(),
                })
                .collect(),
        }
    }
}

/// The line a string value's text starts on: the line of its opening quote, or the next
/// one for a multi-line string (TOML drops the newline right after `"""` or `'''`).
fn first_line(text: &str, start: usize) -> usize {
    let line = text[..start.min(text.len())].matches('\n').count() + 1;
    let rest = text.get(start..).unwrap_or("");
    let multiline = ["\"\"\"\n", "\"\"\"\r\n", "'''\n", "'''\r\n"];
    if multiline.iter().any(|m| rest.starts_with(m)) {
        line + 1
    } else {
        line
    }
}

fn trimmed(text: Spanned<String>) -> String {
    text.into_inner().trim().to_string()
}

/// The site's settings file in the content folder, which is not a lesson.
pub const SITE_FILE: &str = "site.toml";

/// An id made of what an author wrote: lower case, dashes for anything else, at most
/// `MAX_ID` characters.
fn suggested_id(value: &str) -> String {
    let mut id = String::new();
    for c in value.trim().chars().flat_map(char::to_lowercase) {
        if c.is_ascii_lowercase() || c.is_ascii_digit() {
            id.push(c);
        } else if !id.ends_with('-') && !id.is_empty() {
            id.push('-');
        }
    }
    id.trim_end_matches('-').chars().take(MAX_ID).collect()
}

/// The bytes of line `line` (1-based) of `text`, without its line break.
fn line_span(text: &str, line: usize) -> Option<std::ops::Range<usize>> {
    let start = if line <= 1 {
        0
    } else {
        text.match_indices('\n').nth(line - 2)?.0 + 1
    };
    let end = text[start..].find('\n').map_or(text.len(), |n| start + n);
    Some(start..end)
}

/// The lesson files (`*.toml`, but not `site.toml`) of a folder, sorted by name, with their text.
pub fn lesson_files(dir: &std::path::Path) -> Result<Vec<(std::path::PathBuf, String)>, String> {
    let entries = std::fs::read_dir(dir)
        .map_err(|e| format!("{}: cannot read the content folder: {e}", dir.display()))?;
    let mut paths: Vec<std::path::PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .filter(|p| p.file_name().is_some_and(|n| n != SITE_FILE))
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

/// A built course, with what the build reports without stopping and the image files to
/// publish.
pub struct Built {
    pub course: Course,
    pub warnings: Vec<Diagnostic>,
    pub media: Vec<Media>,
}

/// Builds the course from `(file name, text)` pairs, in the given order; image paths are
/// relative to each file's folder. Every file is checked, so one run reports the problems
/// of all of them. Two passes: every file is read and checked first, so that links in
/// any text can be checked against every lesson and section.
pub fn build(files: &[(String, String)]) -> Result<Built, Vec<Diagnostic>> {
    let (read, mut problems) = read_all(files);
    let targets: Targets = read
        .iter()
        .map(|(_, _, raw)| {
            let sections = raw.sections.iter().map(|s| s.id.get_ref().clone());
            (raw.id.get_ref().clone(), sections.collect())
        })
        .collect();
    let mut library = Library::default();
    let mut lessons = Vec::new();
    let mut warnings = Vec::new();
    for (file, text, raw) in read {
        let mut render = Render {
            file,
            text,
            lesson: raw.id.get_ref().clone(),
            targets: &targets,
            images: library.folder_of(file),
            found: Vec::new(),
        };
        lessons.push(render.lesson(raw));
        for d in render.found {
            match d.severity {
                Severity::Error => problems.push(d),
                Severity::Warning => warnings.push(d),
            }
        }
    }
    if !problems.is_empty() {
        // The warnings too: an author fixing the file sees everything at once.
        problems.append(&mut warnings);
        return Err(problems);
    }
    let media = library.media();
    Ok(Built {
        course: Course { lessons },
        warnings,
        media,
    })
}

/// The course alone, as `build` makes it.
pub fn build_course(files: &[(String, String)]) -> Result<Course, Vec<Diagnostic>> {
    build(files).map(|built| built.course)
}

/// One lesson file read and checked, with its name and text.
type Read<'f> = (&'f str, &'f str, RawLesson);

/// Pass one: every file read and checked, and each lesson id used once.
fn read_all(files: &[(String, String)]) -> (Vec<Read<'_>>, Vec<Diagnostic>) {
    let mut read = Vec::new();
    let mut problems = Vec::new();
    let mut seen: BTreeMap<String, String> = BTreeMap::new();
    for (file, text) in files {
        match read_lesson(file, text) {
            Ok(raw) => {
                let id = raw.id.get_ref();
                if let Some(other) = seen.insert(id.clone(), file.clone()) {
                    let message = format!("lesson id \"{id}\" is already used by {other}");
                    problems.push(Diagnostic::error(file, None, &message));
                }
                read.push((file.as_str(), text.as_str(), raw));
            }
            Err(mut found) => problems.append(&mut found),
        }
    }
    if files.is_empty() {
        problems.push(Diagnostic::error(
            "content",
            None,
            "no lesson files (*.toml) found",
        ));
    }
    (read, problems)
}
