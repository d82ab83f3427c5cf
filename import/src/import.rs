//! One import: files read by the reader their extension names, lessons assembled, lesson
//! files written (never over an existing file), and the tally the command prints.

use std::path::{Path, PathBuf};

use crate::assemble::assemble;
use crate::lesson_file::LessonFile;
use crate::model::{Entry, Note, Outcome, Read, Unreadable};
use crate::{gift, mdbook_quiz, quizdown};

/// What one file became, before anything is written.
#[derive(Default)]
pub struct Imported {
    pub lessons: Vec<LessonFile>,
    pub entries: Vec<Entry>,
    pub notes: Vec<Note>,
}

/// The formats read, by file extension.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    MdbookQuiz,
    Quizdown,
    Gift,
}

impl Format {
    pub fn of(path: &Path) -> Option<Format> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "toml" => Some(Format::MdbookQuiz),
            "md" | "markdown" => Some(Format::Quizdown),
            "gift" | "txt" => Some(Format::Gift),
            _ => None,
        }
    }

    fn name(self) -> &'static str {
        match self {
            Format::MdbookQuiz => "mdbook-quiz",
            Format::Quizdown => "quizdown",
            Format::Gift => "GIFT",
        }
    }
}

/// Reads one file's text in its format and assembles its lessons. `file` names it in
/// findings; its stem names a lesson that has no name of its own.
pub fn import_text(file: &str, format: Format, text: &str) -> Result<Imported, Unreadable> {
    let stem = Path::new(file)
        .file_stem()
        .map_or_else(|| file.to_string(), |s| s.to_string_lossy().into_owned());
    let read: Read = match format {
        Format::MdbookQuiz => mdbook_quiz::read(file, &stem, text)?,
        Format::Quizdown => quizdown::read(file, &stem, text),
        Format::Gift => gift::read(&stem, text),
    };
    let name = Path::new(file)
        .file_name()
        .map_or(file.into(), |n| n.to_string_lossy().into_owned());
    let origin = format!("{name} ({})", format.name());
    let mut out = Imported {
        notes: read.notes,
        ..Imported::default()
    };
    for (line, why) in read.left_out {
        out.entries.push(Entry {
            file: file.to_string(),
            line,
            id: None,
            outcome: Outcome::NotImported(why),
        });
    }
    for lesson in read.lessons {
        let assembled = assemble(file, lesson, &origin);
        out.entries.extend(assembled.entries);
        out.notes.extend(assembled.notes);
        out.lessons.extend(assembled.lesson);
    }
    out.entries.sort_by_key(|e| e.line);
    Ok(out)
}

/// The tally the command ends with.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Tally {
    pub read: usize,
    pub whole: usize,
    pub with_loss: usize,
    pub not_imported: usize,
}

impl Tally {
    pub fn of(entries: &[Entry]) -> Tally {
        let count = |f: fn(&Outcome) -> bool| entries.iter().filter(|e| f(&e.outcome)).count();
        Tally {
            read: entries.len(),
            whole: count(|o| matches!(o, Outcome::Whole)),
            with_loss: count(|o| matches!(o, Outcome::Loss(_))),
            not_imported: count(|o| matches!(o, Outcome::NotImported(_))),
        }
    }
}

impl std::fmt::Display for Tally {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "questions read: {}, imported whole: {}, imported with a loss: {}, not imported: {}",
            self.read, self.whole, self.with_loss, self.not_imported
        )
    }
}

/// Everything an import run did, for the command to print.
#[derive(Default)]
pub struct Run {
    pub entries: Vec<Entry>,
    pub notes: Vec<Note>,
    pub written: Vec<PathBuf>,
    /// Lesson files not written, and why (an existing file is never overwritten).
    pub refused: Vec<String>,
    pub unreadable: Vec<Unreadable>,
}

/// Imports a file, or every file of a folder (and its subfolders) in a format read,
/// writing one lesson file per lesson into `into`.
pub fn run(from: &Path, into: &Path) -> Run {
    let mut out = Run::default();
    let files = match sources(from) {
        Ok(files) => files,
        Err(e) => {
            out.unreadable.push(e);
            return out;
        }
    };
    for (path, format) in files {
        let file = path.display().to_string();
        let imported = std::fs::read_to_string(&path)
            .map_err(|e| Unreadable {
                file: file.clone(),
                line: None,
                message: e.to_string(),
            })
            .and_then(|text| import_text(&file, format, &text));
        match imported {
            Ok(imported) => {
                out.entries.extend(imported.entries);
                out.notes.extend(imported.notes);
                for lesson in imported.lessons {
                    write(&lesson, &file, into, &mut out);
                }
            }
            Err(e) => out.unreadable.push(e),
        }
    }
    out
}

/// Writes a lesson as `<id>.toml`, unless that file exists: then it says so and leaves it.
fn write(lesson: &LessonFile, source: &str, into: &Path, out: &mut Run) {
    let path = into.join(format!("{}.toml", lesson.id));
    if path.exists() {
        out.refused.push(format!(
            "{}: not written: the file exists and an import never overwrites a lesson (move it away, or import INTO another folder, to take the questions of {source})",
            path.display()
        ));
        return;
    }
    let origin = Path::new(source)
        .file_name()
        .map_or(source.into(), |n| n.to_string_lossy().into_owned());
    let written = lesson.to_text(&origin).and_then(|text| {
        std::fs::create_dir_all(into)
            .and_then(|()| std::fs::write(&path, text))
            .map_err(|e| e.to_string())
    });
    match written {
        Ok(()) => out.written.push(path),
        Err(e) => out
            .refused
            .push(format!("{}: not written: {e}", path.display())),
    }
}

/// The files to read: `from` itself, or the files of a folder in a format read, sorted.
fn sources(from: &Path) -> Result<Vec<(PathBuf, Format)>, Unreadable> {
    let unreadable = |message: String| Unreadable {
        file: from.display().to_string(),
        line: None,
        message,
    };
    if from.is_file() {
        let format = Format::of(from).ok_or_else(|| {
            unreadable("not a format the import reads (.toml mdbook-quiz, .md quizdown, .gift or .txt GIFT)".into())
        })?;
        return Ok(vec![(from.to_path_buf(), format)]);
    }
    let mut found = Vec::new();
    walk(from, &mut found).map_err(|e| unreadable(e.to_string()))?;
    found.sort();
    Ok(found
        .into_iter()
        .filter_map(|p| Format::of(&p).map(|f| (p, f)))
        .collect())
}

fn walk(dir: &Path, found: &mut Vec<PathBuf>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            walk(&path, found)?;
        } else {
            found.push(path);
        }
    }
    Ok(())
}
