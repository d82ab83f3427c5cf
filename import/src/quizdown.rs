//! quizdown files (Markdown): a heading starts each question; paragraphs and code under it
//! belong to its prompt; a blockquote is its hint; `- [x]` / `- [ ]` items are a multiple
//! choice, `1. [x]` / `1. [ ]` items a single choice, a plain numbered list a sequence;
//! a blockquote inside an item is that answer's comment. The file may open with a YAML
//! front matter (`title`, `shuffle_answers`, ...) and a question with its own.
//! Read with pulldown-cmark, cutting the author's own Markdown out of the file by offsets.

use std::ops::Range;

use lectern_core::content::Kind;
use pulldown_cmark::{Event, Options, Parser, Tag};

use crate::model::{line_of, Draft, DraftOption, LessonDraft, Note, Read};

/// A question as laid out in the file, before it is read as one.
#[derive(Default)]
struct Layout {
    heading: Range<usize>,
    prompt: Vec<Range<usize>>,
    hints: Vec<Range<usize>>,
    lists: Vec<List>,
}

#[derive(Default)]
struct List {
    ordered: bool,
    items: Vec<Item>,
}

#[derive(Default)]
struct Item {
    range: Range<usize>,
    task: Option<bool>,
    comment: Option<Range<usize>>,
}

/// Reads a quizdown file into one lesson named after `stem`.
pub fn read(file: &str, stem: &str, text: &str) -> Read {
    let mut read = Read::default();
    let note = |line: usize, message: String| Note {
        file: file.to_string(),
        line,
        message,
    };
    let (settings, body_start) = front_matter(text);
    let mut lesson = LessonDraft {
        name: stem.to_string(),
        title: stem.to_string(),
        ..LessonDraft::default()
    };
    for (key, value) in settings {
        match key.as_str() {
            "title" => lesson.title = value.trim_matches(['"', '\'']).to_string(),
            _ => read.notes.push(note(1, setting_lost(&key, &value))),
        }
    }
    let (masked, headers) = question_headers(text, body_start);
    for (line, key, value) in headers {
        read.notes.push(note(line, setting_lost(&key, &value)));
    }
    let (layouts, stray) = layouts(&masked, body_start);
    if let Some(at) = stray {
        let message = "text before the first question heading belongs to no question: not imported"
            .to_string();
        read.notes.push(note(line_of(text, at), message));
    }
    for layout in layouts {
        let line = line_of(text, layout.heading.start);
        read.take(&mut lesson, line, question(&masked, &layout));
    }
    read.keep(lesson);
    read
}

/// What a quizdown setting does, and why Lectern has no place for it.
fn setting_lost(key: &str, value: &str) -> String {
    let why = match key {
        "shuffle_answers" | "shuffleAnswers" => "Lectern shuffles the options of every attempt",
        "shuffle_questions" | "shuffleQuestions" | "nQuestions" => {
            "Lectern asks every question, in the order written"
        }
        _ => "Lectern has no such setting",
    };
    format!("the setting {key}: {value} is not carried: {why}")
}

/// `key: value` lines between `---` lines at the start of the file, and where the rest starts.
fn front_matter(text: &str) -> (Vec<(String, String)>, usize) {
    let Some(rest) = text
        .strip_prefix("---\n")
        .or_else(|| text.strip_prefix("---\r\n"))
    else {
        return (Vec::new(), 0);
    };
    let mut settings = Vec::new();
    let mut offset = text.len() - rest.len();
    for line in rest.split_inclusive('\n') {
        offset += line.len();
        if line.trim() == "---" {
            return (settings, offset);
        }
        if let Some((k, v)) = line.split_once(':') {
            settings.push((k.trim().to_string(), v.trim().to_string()));
        }
    }
    (Vec::new(), 0)
}

/// Blanks out each question's own `---` / `key: value` / `---` header (Markdown would read it
/// as a rule and a heading), keeping every offset; returns the text and the settings found.
fn question_headers(text: &str, from: usize) -> (String, Vec<(usize, String, String)>) {
    let mut out: Vec<u8> = text.as_bytes().to_vec();
    let mut found = Vec::new();
    let lines: Vec<(usize, &str)> = line_starts(text).filter(|(s, _)| *s >= from).collect();
    let mut i = 0;
    while i < lines.len() {
        let closes = (lines[i].1.trim() == "---")
            .then(|| (i + 1..lines.len()).find(|&j| lines[j].1.trim() == "---"))
            .flatten();
        let settings =
            closes.filter(|&j| j > i + 1 && lines[i + 1..j].iter().all(|(_, l)| is_setting(l)));
        let Some(j) = settings else {
            i += 1;
            continue;
        };
        for (start, l) in &lines[i + 1..j] {
            if let Some((k, v)) = l.split_once(':') {
                found.push((
                    line_of(text, *start),
                    k.trim().to_string(),
                    v.trim().to_string(),
                ));
            }
        }
        let end = lines[j].0 + lines[j].1.len();
        for b in &mut out[lines[i].0..end] {
            if *b != b'\n' {
                *b = b' ';
            }
        }
        i = j + 1;
    }
    (String::from_utf8(out).unwrap_or_default(), found)
}

/// A YAML setting line: a word key, a colon, a value.
fn is_setting(line: &str) -> bool {
    line.split_once(':').is_some_and(|(k, _)| {
        let k = k.trim();
        !k.is_empty() && k.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
    })
}

fn line_starts(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut offset = 0;
    text.split_inclusive('\n').map(move |l| {
        let start = offset;
        offset += l.len();
        (start, l.trim_end_matches(['\n', '\r']))
    })
}

/// The questions' layouts, and where text before the first heading starts, if any.
fn layouts(text: &str, from: usize) -> (Vec<Layout>, Option<usize>) {
    let body = &text[from..];
    let mut out: Vec<Layout> = Vec::new();
    let mut stray = None;
    let mut depth = 0usize;
    let events = Parser::new_ext(body, Options::ENABLE_TASKLISTS).into_offset_iter();
    for (event, range) in events {
        let range = range.start + from..range.end + from;
        match event {
            Event::Start(tag) => {
                top_level(&tag, depth, &range, &mut out, &mut stray);
                nested(&tag, depth, &range, &mut out);
                depth += 1;
            }
            Event::End(_) => depth = depth.saturating_sub(1),
            Event::TaskListMarker(checked) if depth == 2 => {
                if let Some(item) = last_item(&mut out) {
                    item.task = Some(checked);
                }
            }
            Event::Rule | Event::Html(_) if depth == 0 && out.is_empty() => {
                stray.get_or_insert(range.start);
            }
            _ => {}
        }
    }
    (out, stray)
}

/// A block at the top of the document: a heading starts a question, the rest fill it.
fn top_level(
    tag: &Tag,
    depth: usize,
    range: &Range<usize>,
    out: &mut Vec<Layout>,
    stray: &mut Option<usize>,
) {
    if depth != 0 {
        return;
    }
    if let Tag::Heading { .. } = tag {
        out.push(Layout {
            heading: range.clone(),
            ..Layout::default()
        });
        return;
    }
    let Some(q) = out.last_mut() else {
        stray.get_or_insert(range.start);
        return;
    };
    match tag {
        Tag::BlockQuote(_) => q.hints.push(range.clone()),
        Tag::List(first) => q.lists.push(List {
            ordered: first.is_some(),
            items: Vec::new(),
        }),
        _ => q.prompt.push(range.clone()),
    }
}

/// Inside a top-level list: its items, and a blockquote in an item (the answer's comment).
fn nested(tag: &Tag, depth: usize, range: &Range<usize>, out: &mut [Layout]) {
    let Some(list) = out.last_mut().and_then(|q| q.lists.last_mut()) else {
        return;
    };
    match (tag, depth) {
        (Tag::Item, 1) => list.items.push(Item {
            range: range.clone(),
            ..Item::default()
        }),
        (Tag::BlockQuote(_), 2) => {
            if let Some(item) = list.items.last_mut() {
                item.comment.get_or_insert(range.clone());
            }
        }
        _ => {}
    }
}

fn last_item(out: &mut [Layout]) -> Option<&mut Item> {
    out.last_mut()?.lists.last_mut()?.items.last_mut()
}

/// One question from its layout, its text cut from the file as the author wrote it.
fn question(text: &str, q: &Layout) -> Result<Draft, String> {
    let heading = text[q.heading.clone()]
        .trim()
        .trim_start_matches('#')
        .trim_end_matches('#')
        .trim()
        .to_string();
    let mut parts = vec![heading.clone()];
    parts.extend(q.prompt.iter().map(|r| text[r.clone()].trim().to_string()));
    let mut draft = Draft {
        name: Some(heading),
        prompt: parts.join("\n\n"),
        ..Draft::default()
    };
    let hints: Vec<String> = q.hints.iter().map(|r| unquote(&text[r.clone()])).collect();
    draft.hint = (!hints.is_empty()).then(|| hints.join("\n\n"));
    let [list] = q.lists.as_slice() else {
        return Err(match q.lists.len() {
            0 => "the question has no list of answers".to_string(),
            n => format!("the question has {n} lists of answers; quizdown reads one"),
        });
    };
    answers(text, list, &mut draft)?;
    Ok(draft)
}

/// The list decides the kind: boxes in a bulleted list are a multiple choice, in a
/// numbered list a single choice; a numbered list with no boxes is a sequence.
fn answers(text: &str, list: &List, draft: &mut Draft) -> Result<(), String> {
    let boxed = list.items.iter().any(|i| i.task.is_some());
    let checked = list.items.iter().filter(|i| i.task == Some(true)).count();
    draft.kind = match (boxed, list.ordered) {
        (false, true) => Kind::Order,
        (false, false) => {
            return Err(
                "a bulleted list with no [x] / [ ] boxes (quizdown's pairs) cannot be carried yet"
                    .into(),
            )
        }
        (true, _) if checked == 0 => return Err("no answer is marked [x]".into()),
        (true, true) if checked == 1 => Kind::Single,
        (true, true) => {
            draft.losses.push(format!("a numbered list (quizdown's single choice) marks {checked} answers [x]: carried as select all that apply"));
            Kind::Multiple
        }
        (true, false) => Kind::Multiple,
    };
    for item in &list.items {
        let end = item.comment.as_ref().map_or(item.range.end, |c| c.start);
        let mut option = DraftOption::new(
            &item_text(&text[item.range.start..end]),
            item.task == Some(true),
        );
        option.feedback = item.comment.as_ref().map(|c| unquote(&text[c.clone()]));
        draft.options.push(option);
    }
    Ok(())
}

/// An item's own text: its marker and box taken off, continuation lines unindented.
fn item_text(raw: &str) -> String {
    let t = raw.trim_start();
    let t = t.strip_prefix(['-', '*', '+']).unwrap_or_else(|| {
        t.trim_start_matches(|c: char| c.is_ascii_digit())
            .trim_start_matches(['.', ')'])
    });
    let t = t.trim_start();
    let t = ["[x]", "[X]", "[ ]"]
        .iter()
        .find_map(|b| t.strip_prefix(b))
        .unwrap_or(t);
    let lines: Vec<&str> = t.lines().map(str::trim).collect();
    lines.join("\n").trim().to_string()
}

/// A blockquote's text: each line's `>` marker taken off.
fn unquote(raw: &str) -> String {
    let lines: Vec<&str> = raw
        .lines()
        .map(|l| {
            let l = l.trim_start();
            let l = l.strip_prefix('>').unwrap_or(l);
            l.strip_prefix(' ').unwrap_or(l)
        })
        .collect();
    lines.join("\n").trim().to_string()
}
