//! Moodle's GIFT format, as Moodle documents it: questions separated by blank lines, `//`
//! comments, `::title::`, a `[format]`, an answer block in braces, `$CATEGORY:` lines.
//! No maintained Rust crate reads GIFT, so this is a small parser of its own, tested with
//! arbitrary text (it reports, never panics).

use crate::gift_text::{find, unescape, Format};
use crate::model::{Draft, LessonDraft, Read};

/// Reads a GIFT file. Questions before any `$CATEGORY:` go to a lesson named after `stem`;
/// each category after that is a lesson of its own.
pub fn read(stem: &str, text: &str) -> Read {
    let mut read = Read::default();
    let mut lesson = LessonDraft {
        name: stem.to_string(),
        title: stem.to_string(),
        ..LessonDraft::default()
    };
    for (line, block) in blocks(text) {
        if let Some(path) = block.trim().strip_prefix("$CATEGORY:") {
            let next = category(path);
            let done = std::mem::replace(&mut lesson, next);
            read.keep(done);
            continue;
        }
        read.take(&mut lesson, line, question(&block));
    }
    read.keep(lesson);
    read
}

/// A category path as a lesson: its last part names the lesson, the parts before it the
/// series (Moodle's own `$course$`, `$system$`, `$module$` and `top` are left out).
fn category(path: &str) -> LessonDraft {
    let parts: Vec<String> = path
        .split('/')
        .map(|p| unescape(p.trim()))
        .filter(|p| !p.is_empty() && !p.starts_with('$') && p != "top")
        .collect();
    let name = parts.last().cloned().unwrap_or_default();
    LessonDraft {
        title: name.clone(),
        name,
        series: parts[..parts.len().saturating_sub(1)].join(" / "),
        questions: Vec::new(),
    }
}

/// The file's blocks (runs of lines between blank lines), comment lines left out, each
/// with the line it starts on.
fn blocks(text: &str) -> Vec<(usize, String)> {
    let mut out: Vec<(usize, String)> = Vec::new();
    let mut current: Option<(usize, String)> = None;
    for (i, line) in text.lines().enumerate() {
        if line.trim_start().starts_with("//") {
            continue;
        }
        if line.trim().is_empty() {
            out.extend(current.take());
            continue;
        }
        match &mut current {
            Some((_, block)) => {
                block.push('\n');
                block.push_str(line);
            }
            None => current = Some((i + 1, line.to_string())),
        }
    }
    out.extend(current);
    out
}

/// One question block.
fn question(block: &str) -> Result<Draft, String> {
    let mut draft = Draft::default();
    let mut rest = block.trim();
    if let Some(after) = rest.strip_prefix("::") {
        let end = find(after, "::", 0).ok_or("the title opened with :: is not closed with ::")?;
        draft.name = Some(unescape(&after[..end]).trim().to_string());
        rest = &after[end + 2..];
    }
    let (format, rest) = Format::split(rest);
    let Some(open) = find(rest, "{", 0) else {
        return Err("a description (text with no answer block) is not a question".into());
    };
    let close =
        find(rest, "}", open).ok_or("the answer block opened with { is not closed with }")?;
    let (before, answers, after) = (&rest[..open], &rest[open + 1..close], &rest[close + 1..]);
    if find(after, "{", 0).is_some() {
        return Err(
            "a question with several answer blocks (embedded answers, cloze) cannot be carried yet"
                .into(),
        );
    }
    draft.prompt = prompt(format, before, after, &mut draft.losses);
    if draft.prompt.is_empty() {
        return Err("the question has no text".into());
    }
    answer_block(format, answers, &mut draft)?;
    Ok(draft)
}

/// The question's text; with text after the answer block, a missing-word question, whose
/// gap is shown as a blank.
fn prompt(format: Format, before: &str, after: &str, losses: &mut Vec<String>) -> String {
    let before = format.to_markdown(before, losses);
    if after.trim().is_empty() {
        return before;
    }
    let after = format.to_markdown(after, losses);
    format!("{before} _____ {after}").trim().to_string()
}

/// The answer block: its kind of question decides what the draft becomes.
fn answer_block(format: Format, block: &str, draft: &mut Draft) -> Result<(), String> {
    let (answers, general) = match find(block, "####", 0) {
        Some(at) => (&block[..at], Some(&block[at + 4..])),
        None => (block, None),
    };
    if let Some(general) = general {
        let text = format.to_markdown(general, &mut draft.losses);
        draft.explanation = (!text.is_empty()).then_some(text);
    }
    let trimmed = answers.trim();
    if is_cloze(trimmed) {
        return Err("embedded answers (cloze) cannot be carried yet".into());
    }
    if trimmed.is_empty() {
        return Err("an essay question (an empty answer block) cannot be carried yet: every Lectern question is graded".into());
    }
    if let Some(numeric) = trimmed.strip_prefix('#') {
        return crate::gift_answers::numeric(numeric, draft);
    }
    if let Some(truth) = true_false(trimmed) {
        return crate::gift_answers::true_false(truth, trimmed, format, draft);
    }
    if find(trimmed, "->", 0).is_some() {
        return Err("a matching question (pairs written with ->) cannot be carried yet".into());
    }
    crate::gift_answers::choices(format, trimmed, draft)
}

/// `{1:MULTICHOICE:...}` and its kin: Moodle's embedded-answers syntax.
fn is_cloze(block: &str) -> bool {
    let digits = block.trim_start_matches(|c: char| c.is_ascii_digit());
    let Some(rest) = digits.strip_prefix(':') else {
        return false;
    };
    let word: String = rest
        .chars()
        .take_while(|c| c.is_ascii_alphabetic() || *c == '_')
        .collect();
    !word.is_empty() && rest[word.len()..].starts_with(':')
}

/// `T`, `TRUE`, `F` or `FALSE` before any feedback: the answer of a true/false question.
fn true_false(block: &str) -> Option<bool> {
    let head = match find(block, "#", 0) {
        Some(at) => &block[..at],
        None => block,
    };
    match head.trim().to_ascii_uppercase().as_str() {
        "T" | "TRUE" => Some(true),
        "F" | "FALSE" => Some(false),
        _ => None,
    }
}
