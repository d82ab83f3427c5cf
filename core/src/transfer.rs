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
    /// One line per lesson that would change, such as "Local models: 2 finished attempts added".
    pub changes: Vec<String>,
    /// What was left out because this site's lessons do not have it.
    pub skipped: Vec<String>,
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
    let mut skipped: Vec<String> = decoded
        .dropped
        .iter()
        .map(|l| format!("lesson \u{201c}{l}\u{201d}: unreadable"))
        .collect();

    incoming.lessons.retain(|id, _| {
        let known = course.lesson(id).is_some();
        if !known {
            skipped.push(format!("lesson \u{201c}{id}\u{201d}: not on this site"));
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
            skipped.push(format!(
                "question \u{201c}{q}\u{201d} of \u{201c}{id}\u{201d}: not in this lesson"
            ));
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
            let mut parts = Vec::new();
            let added = after.finished.len().saturating_sub(before.finished.len());
            if added > 0 {
                parts.push(format!(
                    "{added} finished attempt{} added",
                    if added == 1 { "" } else { "s" }
                ));
            }
            if after.current != before.current {
                parts.push(match &after.current {
                    Some(a) => format!(
                        "check in progress taken from the file ({} of {} answered)",
                        a.checked_count(),
                        a.len()
                    ),
                    None => "check in progress removed".to_string(),
                });
            }
            if after.reviews != before.reviews {
                parts.push(format!(
                    "review schedule updated ({} questions)",
                    after.reviews.len()
                ));
            }
            (!parts.is_empty()).then(|| format!("{}: {}", lesson.title, parts.join("; ")))
        })
        .collect();
    Ok(ImportPlan {
        merged,
        changes,
        skipped,
    })
}
