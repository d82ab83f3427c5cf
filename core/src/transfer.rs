//! Export and import of progress as a file, so a learner can carry it to another browser.
//! An import is checked completely before anything changes, and the learner is shown what
//! it would change; merging follows `sync::merge`, so nothing they have is lost.

use std::fmt;

use serde::Serialize;

use crate::content::Course;
use crate::progress::{decode_value, parse, DecodeError, Progress};
use crate::sync::merge;

/// Marks an exported file as ours, so another JSON file is refused by name.
pub const FORMAT: &str = "lectern-progress";
/// Larger files are refused before parsing: years of progress fit well below this.
pub const MAX_IMPORT_BYTES: usize = 1024 * 1024;

/// An export file: the progress document's own fields, marked with `FORMAT` first.
#[derive(Serialize)]
struct ExportFile<'a> {
    format: &'static str,
    #[serde(flatten)]
    progress: &'a Progress,
}

/// The text of an export file.
pub fn export(progress: &Progress) -> String {
    let file = ExportFile {
        format: FORMAT,
        progress,
    };
    // Plain structs with string keys: serializing cannot fail.
    serde_json::to_string(&file).unwrap_or_default()
}

/// Why an import file was refused. Anything wrong with the document itself is the
/// storage reader's `DecodeError`; only the size is checked before that.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportError {
    TooLarge { bytes: usize },
    Decode(DecodeError),
}

impl From<DecodeError> for ImportError {
    fn from(e: DecodeError) -> Self {
        ImportError::Decode(e)
    }
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // The learner chose this file, so each message is about the file and what to do
        // next, not about stored progress as `DecodeError`'s own wording is.
        match self {
            Self::TooLarge { bytes } => write!(
                f,
                "This file is {} KB; a Lectern progress file is at most {} KB. Choose the file Lectern exported.",
                bytes.div_ceil(1024),
                MAX_IMPORT_BYTES / 1024
            ),
            Self::Decode(DecodeError::NotJson(e)) => write!(f, "This file is not a Lectern progress file: it is not JSON ({e})."),
            Self::Decode(DecodeError::NotOurs) => f.write_str("This file is not a Lectern progress file. Choose a file made with \u{201c}Export progress\u{201d}."),
            Self::Decode(DecodeError::TooNew { found, known }) => write!(
                f,
                "This file was made by a newer version of Lectern (format {found}; this site reads up to {known}). Reload to get the newest site, then import again."
            ),
        }
    }
}

/// What an import would do, for the learner to confirm.
#[derive(Clone, Debug, PartialEq)]
pub struct ImportPlan {
    /// The progress after the import.
    pub merged: Progress,
    /// One per lesson that would change; the screen says it in the site's language.
    pub changes: Vec<Change>,
    /// What was left out because this site's lessons do not have it.
    pub skipped: Vec<Skipped>,
}

/// How an import changes one lesson's progress.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Change {
    /// The lesson's title.
    pub lesson: String,
    /// Finished attempts the file adds.
    pub added: usize,
    /// The check in progress, if the import changes it.
    pub current: Option<CurrentChange>,
    /// The number of questions scheduled for review, if the schedule changes.
    pub reviews: Option<usize>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CurrentChange {
    /// The file's check in progress replaces this browser's: so many of so many answered.
    Taken {
        answered: usize,
        of: usize,
    },
    Removed,
}

/// Something in the file this site does not have, by id.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Skipped {
    /// A lesson the file holds that could not be read.
    Unreadable(String),
    /// A lesson this site does not have.
    NotOnSite(String),
    /// A question a lesson of this site no longer has.
    Question { question: String, lesson: String },
}

/// Checks an import file against the content and the current progress, and plans the merge.
pub fn plan_import(
    text: &str,
    course: &Course,
    current: &Progress,
) -> Result<ImportPlan, ImportError> {
    if text.len() > MAX_IMPORT_BYTES {
        return Err(ImportError::TooLarge { bytes: text.len() });
    }
    let value = parse(text)?;
    if value.get("format").and_then(serde_json::Value::as_str) != Some(FORMAT) {
        return Err(DecodeError::NotOurs.into());
    }
    let decoded = decode_value(value)?;
    let mut incoming = decoded.progress;
    let mut skipped: Vec<Skipped> = decoded
        .dropped
        .iter()
        .map(|l| Skipped::Unreadable(l.clone()))
        .collect();

    incoming.lessons.retain(|id, _| {
        let known = course.lesson(id).is_some();
        if !known {
            skipped.push(Skipped::NotOnSite(id.clone()));
        }
        known
    });
    for (id, lp) in incoming.lessons.iter_mut() {
        let Some(lesson) = course.lesson(id) else {
            continue;
        };
        let mut unknown = std::collections::BTreeSet::new();
        for f in &mut lp.finished {
            f.answers.retain(|q, o| {
                let ok = lesson
                    .question(q)
                    .is_some_and(|qq| crate::attempt::fits(qq, o));
                if !ok {
                    unknown.insert(q.clone());
                }
                ok
            });
        }
        lp.reviews.retain(|q, _| {
            let ok = lesson.question(q).is_some();
            if !ok {
                unknown.insert(q.clone());
            }
            ok
        });
        if let Some(a) = lp.current.as_mut() {
            let before: Vec<String> = a.questions.clone();
            a.reconcile(lesson);
            unknown.extend(before.into_iter().filter(|q| !a.questions.contains(q)));
            if a.is_empty() {
                lp.current = None;
            }
        }
        for q in unknown {
            skipped.push(Skipped::Question {
                question: q,
                lesson: id.clone(),
            });
        }
    }

    // Importing is the learner's explicit choice: a reset made here earlier must not hide
    // what the file brings back (the file's own resets still apply).
    let mut base = current.clone();
    for id in incoming.lessons.keys() {
        if let Some(lp) = base.lessons.get_mut(id) {
            lp.reset = None;
        }
    }
    let merged = merge(&base, &incoming);
    let changes = course
        .lessons
        .iter()
        .filter_map(|lesson| {
            let before = current.lesson(&lesson.id).cloned().unwrap_or_default();
            let after = merged.lesson(&lesson.id).cloned().unwrap_or_default();
            let change = Change {
                lesson: lesson.title.clone(),
                added: after.finished.len().saturating_sub(before.finished.len()),
                current: (after.current != before.current).then(|| match &after.current {
                    Some(a) => CurrentChange::Taken {
                        answered: a.checked_count(),
                        of: a.len(),
                    },
                    None => CurrentChange::Removed,
                }),
                reviews: (after.reviews != before.reviews).then_some(after.reviews.len()),
            };
            let changed = change.added > 0 || change.current.is_some() || change.reviews.is_some();
            changed.then_some(change)
        })
        .collect();
    Ok(ImportPlan {
        merged,
        changes,
        skipped,
    })
}
