//! The progress document: everything Lectern keeps about a learner, stored as one JSON
//! value. It carries a `version`; `decode` migrates older versions forward, refuses newer
//! ones, and salvages what it can from damaged documents instead of failing whole.

use std::collections::BTreeMap;
use std::fmt;

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::attempt::{Attempt, AttemptError, Finished, Millis, Score};
use crate::content::{Course, Lesson};
use crate::review::{Card, Clock, Outcome};
use crate::stored::null_as_default;

/// The schema version this build writes.
pub const VERSION: u32 = 2;

/// Written by `encode` as `{"version", "lessons", "last", "theme"}`, the last two only when
/// set. Read by `decode`, which checks the version and reads each lesson on its own.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Progress {
    pub version: u32,
    /// Per lesson id. Entries for lessons this build does not ship are kept untouched.
    pub lessons: BTreeMap<String, LessonProgress>,
    /// The address the learner was last at, to return there on the next visit.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last: Option<String>,
    /// The learner's theme choice; none follows the system setting.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub theme: Option<Theme>,
}

/// Stored as "light" or "dark".
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Theme {
    Light,
    Dark,
}

/// Stored with only the fields that differ from their defaults; a missing or null field
/// reads as its default.
#[derive(Clone, Debug, PartialEq, Default, Serialize, Deserialize)]
pub struct LessonProgress {
    /// The attempt in progress, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub current: Option<Attempt>,
    /// Finished attempts, oldest first.
    #[serde(
        default,
        deserialize_with = "null_as_default",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub finished: Vec<Finished>,
    /// Review schedule of missed questions, by question id.
    #[serde(
        default,
        deserialize_with = "null_as_default",
        skip_serializing_if = "BTreeMap::is_empty"
    )]
    pub reviews: BTreeMap<String, Card>,
    /// Whether the learner has opened the lesson's text.
    #[serde(
        default,
        deserialize_with = "null_as_default",
        skip_serializing_if = "is_false"
    )]
    pub opened: bool,
    /// When the learner last reset this lesson: anything older is gone, also in other tabs
    /// and in merged imports.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reset: Option<Millis>,
}

fn is_false(b: &bool) -> bool {
    !b
}

impl Default for Progress {
    fn default() -> Self {
        Progress {
            version: VERSION,
            lessons: BTreeMap::new(),
            last: None,
            theme: None,
        }
    }
}

impl Progress {
    pub fn lesson(&self, id: &str) -> Option<&LessonProgress> {
        self.lessons.get(id)
    }

    pub fn lesson_mut(&mut self, id: &str) -> &mut LessonProgress {
        self.lessons.entry(id.to_string()).or_default()
    }

    /// The attempt in progress for a lesson.
    pub fn current(&self, lesson: &str) -> Option<&Attempt> {
        self.lesson(lesson)?.current.as_ref()
    }

    /// Questions due for review on the clock's local day, mixed across lessons: one from
    /// each lesson in turn, each lesson's in order of due day. Questions the content no
    /// longer has are skipped (their schedule is kept).
    pub fn due<'c>(
        &self,
        course: &'c Course,
        clock: Clock,
    ) -> Vec<(&'c Lesson, &'c crate::content::Question)> {
        self.due_in(&course.lessons.iter().collect::<Vec<_>>(), clock)
    }

    /// `due` over some lessons only (those whose text the page has).
    pub fn due_in<'c>(
        &self,
        lessons: &[&'c Lesson],
        clock: Clock,
    ) -> Vec<(&'c Lesson, &'c crate::content::Question)> {
        let mut queues: Vec<Vec<(&Lesson, &crate::content::Question, i64)>> = lessons
            .iter()
            .map(|&lesson| {
                let mut due: Vec<_> = self
                    .lesson(&lesson.id)
                    .map(|lp| {
                        lp.reviews
                            .iter()
                            .filter(|(_, card)| card.is_due(clock))
                            .filter_map(|(qid, card)| {
                                Some((lesson, lesson.question(qid)?, card.due))
                            })
                            .collect()
                    })
                    .unwrap_or_default();
                due.sort_unstable_by_key(|&(_, q, day)| {
                    (day, lesson.questions.iter().position(|x| x.id == q.id))
                });
                due
            })
            .collect();
        let mut mixed = Vec::new();
        let mut round = 0;
        while queues.iter().any(|q| q.len() > round) {
            for q in &mut queues {
                if let Some(&(l, question, _)) = q.get(round) {
                    mixed.push((l, question));
                }
            }
            round += 1;
        }
        mixed
    }

    /// Resets every lesson as `LessonProgress::reset` does: the ones with saved progress,
    /// including lessons this build no longer ships, and every lesson of the course, so that
    /// progress another tab has not saved here yet does not come back in a merge. The theme
    /// and the last address are settings, not progress, and stay.
    pub fn reset_all(&mut self, course: &Course, now: Millis) {
        let shipped = course.lessons.iter().map(|l| l.id.clone());
        let ids: Vec<String> = self.lessons.keys().cloned().chain(shipped).collect();
        for id in ids {
            self.lesson_mut(&id).reset(now);
        }
    }

    /// Whether there is anything worth protecting from eviction.
    pub fn has_progress(&self) -> bool {
        self.lessons.values().any(|l| {
            !l.finished.is_empty() || l.current.as_ref().is_some_and(|a| !a.answers.is_empty())
        })
    }

    /// Fits saved attempts to the content this build ships: answers to removed questions or
    /// options are dropped, every other answer stays. Returns whether anything changed.
    pub fn reconcile(&mut self, course: &Course) -> bool {
        let mut changed = false;
        for (id, lp) in self.lessons.iter_mut() {
            let Some(lesson) = course.lesson(id) else {
                continue;
            };
            if let Some(attempt) = lp.current.as_mut() {
                changed |= attempt.reconcile(lesson);
                if attempt.is_empty() {
                    lp.current = None;
                    changed = true;
                }
            }
        }
        changed
    }
}

impl LessonProgress {
    /// Starts a fresh attempt over the whole check, replacing any attempt in progress.
    pub fn start(&mut self, lesson: &Lesson, seed: u32, now: Millis) -> &Attempt {
        self.current.insert(Attempt::new(lesson, seed, now))
    }

    /// Starts the attempt whose first question the prerendered page showed, keeping what
    /// the learner did there before the app took over: the option chosen and, if they
    /// pressed Check with one chosen, the check itself.
    pub fn start_from_page(
        &mut self,
        lesson: &Lesson,
        now: Millis,
        chosen: Option<&str>,
        checked: bool,
    ) -> &Attempt {
        let mut attempt = Attempt::new(lesson, crate::shuffle::first_page_seed(&lesson.id), now);
        if let (Some(option), Some(first)) = (chosen, lesson.questions.first()) {
            // An option id the page offered is always valid; anything else is ignored.
            if attempt.choose(lesson, &first.id, option).is_ok() && checked {
                let _ = attempt.check(lesson, &first.id);
            }
        }
        self.current.insert(attempt)
    }

    /// Starts an attempt over only the questions missed in the last finished attempt.
    pub fn start_missed(&mut self, lesson: &Lesson, seed: u32, now: Millis) -> Option<&Attempt> {
        let missed: Vec<String> = self
            .last_finished()?
            .missed(lesson)
            .iter()
            .map(|q| q.id.clone())
            .collect();
        if missed.is_empty() {
            return None;
        }
        Some(self.current.insert(Attempt::over(missed, seed, now)))
    }

    /// Moves the complete attempt in progress into history, and puts every question it
    /// missed into review; returns its score.
    pub fn finish(&mut self, lesson: &Lesson, clock: Clock) -> Result<Score, ProgressError> {
        let attempt = self.current.as_ref().ok_or(ProgressError::NoAttempt)?;
        let record = attempt
            .finish(lesson, clock.now)
            .map_err(ProgressError::Attempt)?;
        for q in record.missed(lesson) {
            self.reviews.insert(q.id.clone(), Card::missed(clock));
        }
        let score = record.score;
        self.finished.push(record);
        self.compact();
        self.current = None;
        Ok(score)
    }

    /// Keeps the chosen answers of the latest finished attempt only. The result page,
    /// "Retry the ones I missed" and the mastered count read the latest; history shows
    /// every attempt's date, time taken and score, which are all kept.
    pub fn compact(&mut self) {
        if let Some((_, older)) = self.finished.split_last_mut() {
            for f in older {
                f.answers.clear();
            }
        }
    }

    /// Records a review answer for a question in the review queue.
    pub fn review(&mut self, question: &str, right: bool, clock: Clock) {
        if let Some(card) = self.reviews.get(question).copied() {
            match card.answer(right, clock) {
                Outcome::Rescheduled(next) => {
                    self.reviews.insert(question.to_string(), next);
                }
                Outcome::Graduated => {
                    self.reviews.remove(question);
                }
            }
        }
    }

    /// Forgets everything about this lesson, remembering when, so that other tabs and
    /// later merges do not bring it back.
    pub fn reset(&mut self, now: Millis) {
        *self = LessonProgress {
            reset: Some(now),
            ..LessonProgress::default()
        };
    }

    /// Where the learner stands, for the home page.
    pub fn stage(&self) -> Stage {
        if let Some(a) = &self.current {
            Stage::Checking {
                question: (a.frontier() + 1).min(a.len()),
                of: a.len(),
            }
        } else if let Some(best) = self.best() {
            Stage::Finished { best }
        } else if self.opened {
            Stage::Reading
        } else {
            Stage::NotStarted
        }
    }

    /// The best score on the full check: retries of only the missed questions are shorter
    /// and do not count, so 4 / 4 on a retry never hides 13 / 15.
    pub fn best(&self) -> Option<Score> {
        let full = self.finished.iter().map(|f| f.score.total).max()?;
        self.finished
            .iter()
            .map(|f| f.score)
            .filter(|s| s.total == full)
            .reduce(|best, s| if s.better_than(best) { s } else { best })
    }

    pub fn last_finished(&self) -> Option<&Finished> {
        self.finished.last()
    }
}

/// The home page's first action: where the learner picks up.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NextStep {
    /// The check most recently started and not finished, at its first unchecked question.
    Continue {
        lesson: String,
        question: usize,
        of: usize,
    },
    /// The first lesson, in course order, with no finished check.
    Start { lesson: String },
    /// Every lesson has a finished check.
    AllDone,
}

impl Progress {
    pub fn next_step(&self, course: &Course) -> NextStep {
        let in_progress = course
            .lessons
            .iter()
            .filter_map(|l| Some((l, self.current(&l.id)?)))
            .max_by_key(|(_, a)| a.started);
        if let Some((lesson, attempt)) = in_progress {
            return NextStep::Continue {
                lesson: lesson.id.clone(),
                question: (attempt.frontier() + 1).min(attempt.len()),
                of: attempt.len(),
            };
        }
        course
            .lessons
            .iter()
            .find(|l| {
                self.lesson(&l.id)
                    .and_then(|lp| lp.last_finished())
                    .is_none()
            })
            .map_or(NextStep::AllDone, |l| NextStep::Start {
                lesson: l.id.clone(),
            })
    }
}

/// A lesson's state as the home page shows it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stage {
    NotStarted,
    Reading,
    Checking { question: usize, of: usize },
    Finished { best: Score },
}

/// Course-wide figures for the home page, derived from progress.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Summary {
    /// Lessons with at least one finished check.
    pub lessons_completed: usize,
    /// Questions answered right in their lesson's latest check and not waiting for review.
    pub questions_mastered: usize,
    /// Questions due for review today.
    pub due: usize,
}

impl Progress {
    pub fn summary(&self, course: &Course, clock: Clock) -> Summary {
        let mut s = Summary {
            due: self.due(course, clock).len(),
            ..Summary::default()
        };
        for lesson in &course.lessons {
            let Some(lp) = self.lesson(&lesson.id) else {
                continue;
            };
            let Some(last) = lp.last_finished() else {
                continue;
            };
            s.lessons_completed += 1;
            s.questions_mastered += lesson
                .questions
                .iter()
                .filter(|q| {
                    last.answers.get(&q.id).is_some_and(|o| q.grade(o))
                        && !lp.reviews.contains_key(&q.id)
                })
                .count();
        }
        s
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ProgressError {
    NoAttempt,
    Attempt(AttemptError),
}

impl fmt::Display for ProgressError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::NoAttempt => f.write_str("there is no check in progress"),
            Self::Attempt(e) => e.fmt(f),
        }
    }
}

/// Why a stored document could not be used as it is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DecodeError {
    /// Not JSON at all (truncated, hand-edited, another program's value).
    NotJson(String),
    /// JSON, but not a Lectern progress document.
    NotOurs,
    /// Written by a newer Lectern; this build must not touch it.
    TooNew { found: u64, known: u32 },
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::NotJson(e) => write!(f, "it is not valid JSON ({e})"),
            Self::NotOurs => f.write_str("it is not a Lectern progress document"),
            Self::TooNew { found, known } => write!(
                f,
                "it was saved by a newer version of Lectern (format {found}; this site reads up to {known})"
            ),
        }
    }
}

/// A decoded document, with the lesson entries that had to be dropped because they were
/// damaged (the caller keeps the original text aside before saving over it).
#[derive(Clone, Debug, PartialEq)]
pub struct Decoded {
    pub progress: Progress,
    pub dropped: Vec<String>,
    /// The version the text was written in; older than `VERSION` means it was migrated,
    /// and the caller keeps the original text aside before saving over it.
    pub from_version: u32,
}

pub fn encode(progress: &Progress) -> String {
    // Serializing plain structs and maps with string keys cannot fail.
    serde_json::to_string(progress).unwrap_or_default()
}

/// Reads a stored document: migrates it to `VERSION`, and drops (reporting them) only the
/// lesson entries that cannot be read, keeping every other lesson's progress.
pub fn decode(text: &str) -> Result<Decoded, DecodeError> {
    decode_value(parse(text)?)
}

/// The JSON value of a stored or imported text, or why it is not JSON.
pub fn parse(text: &str) -> Result<Value, DecodeError> {
    serde_json::from_str(text).map_err(|e| DecodeError::NotJson(e.to_string()))
}

/// `decode` for a document already parsed (an import file is parsed once).
pub fn decode_value(value: Value) -> Result<Decoded, DecodeError> {
    let version = value
        .get("version")
        .and_then(Value::as_u64)
        .filter(|&v| v > 0)
        .ok_or(DecodeError::NotOurs)?;
    if version > u64::from(VERSION) {
        return Err(DecodeError::TooNew {
            found: version,
            known: VERSION,
        });
    }
    let mut doc = value;
    migrate(&mut doc, version as u32);

    // `last` and `theme` are conveniences: a value this build cannot read is left out.
    let mut progress = Progress {
        last: doc.get("last").and_then(Value::as_str).map(str::to_string),
        theme: doc.get("theme").and_then(|t| Theme::deserialize(t).ok()),
        ..Progress::default()
    };
    let mut dropped = Vec::new();
    match doc.get_mut("lessons").map(Value::take) {
        None | Some(Value::Null) => {}
        Some(Value::Object(lessons)) => {
            for (id, entry) in lessons {
                match LessonProgress::read(entry) {
                    Some(lp) => {
                        progress.lessons.insert(id, lp);
                    }
                    None => dropped.push(id),
                }
            }
        }
        Some(_) => dropped.push("(all lessons)".to_string()),
    }
    Ok(Decoded {
        progress,
        dropped,
        from_version: version as u32,
    })
}

impl LessonProgress {
    /// `None` when the entry is not an object or any field is of the wrong type: the
    /// caller drops this lesson only.
    fn read(entry: Value) -> Option<LessonProgress> {
        if !entry.is_object() {
            return None;
        }
        let mut lp = LessonProgress::deserialize(entry).ok()?;
        lp.compact();
        Some(lp)
    }
}

/// Brings a document of an older version up to `VERSION`, one step per version. Each
/// released version has a fixture in `tests/fixtures/progress/` that is never edited.
/// A lesson entry a step cannot convert is left as it was: decoding then reports that
/// lesson as unreadable, and the caller keeps the original text aside.
fn migrate(doc: &mut Value, from: u32) {
    debug_assert!((1..=VERSION).contains(&from));
    if from < 2 {
        // Version 1 kept each finished attempt as an object with every answer; version 2
        // keeps `[started, milliseconds taken, correct, total, answers]`, and decoding then
        // keeps the answers of each lesson's latest attempt only.
        let lessons = doc.get_mut("lessons").and_then(Value::as_object_mut);
        for entry in lessons.into_iter().flat_map(|l| l.values_mut()) {
            let finished = entry.get_mut("finished").and_then(Value::as_array_mut);
            for record in finished.into_iter().flatten() {
                if let Some(v2) = finished_v1_to_v2(record) {
                    *record = v2;
                }
            }
        }
    }
}

fn finished_v1_to_v2(record: &Value) -> Option<Value> {
    let started = record.get("started")?.as_i64()?;
    let finished = record.get("finished")?.as_i64()?;
    let score = record.get("score")?;
    let (correct, total) = (
        score.get("correct")?.as_i64()?,
        score.get("total")?.as_i64()?,
    );
    let answers = record
        .get("answers")
        .cloned()
        .unwrap_or_else(|| Value::Object(Default::default()));
    let took = finished.saturating_sub(started).max(0);
    Some(serde_json::json!([started, took, correct, total, answers]))
}
