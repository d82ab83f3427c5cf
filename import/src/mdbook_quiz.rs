//! mdbook-quiz files (TOML): `[[questions]]` of type MultipleChoice, ShortAnswer or Tracing,
//! with `id`, `prompt.prompt` (Markdown), `answer.answer`, `prompt.distractors`, `context`,
//! and the optional `prompt.answerIndex`, `prompt.sortAnswers`, `answer.alternatives`,
//! `prompt.response` and `multipart`. Each question is read on its own, so one bad question
//! is reported and the others still come in.

use std::collections::BTreeMap;

use lectern_core::content::Kind;
use serde::Deserialize;
use toml::{Spanned, Table, Value};

use crate::model::{line_of, Draft, DraftOption, LessonDraft, Read, Unreadable};

#[derive(Deserialize)]
struct Quiz {
    #[serde(default)]
    questions: Vec<Spanned<Table>>,
    #[serde(default)]
    multipart: BTreeMap<String, String>,
}

/// The keys each question type is read with; any other key is reported as not carried.
const KNOWN: [&str; 6] = ["id", "type", "prompt", "answer", "context", "multipart"];

/// Reads an mdbook-quiz file into one lesson named after `stem`.
pub fn read(file: &str, stem: &str, text: &str) -> Result<Read, Unreadable> {
    let quiz: Quiz = toml::from_str(text).map_err(|e| Unreadable {
        file: file.to_string(),
        line: e.span().map(|s| line_of(text, s.start)),
        message: e.message().trim().to_string(),
    })?;
    let mut read = Read::default();
    let mut lesson = LessonDraft {
        name: stem.to_string(),
        title: stem.to_string(),
        ..LessonDraft::default()
    };
    for q in quiz.questions {
        let line = line_of(text, q.span().start);
        read.take(&mut lesson, line, question(q.get_ref(), &quiz.multipart));
    }
    read.keep(lesson);
    Ok(read)
}

fn question(q: &Table, multipart: &BTreeMap<String, String>) -> Result<Draft, String> {
    let kind = text(q, "type").ok_or("the question has no type")?;
    if kind == "Tracing" {
        return Err("a Tracing question (does this program compile, what does it print) cannot be carried faithfully yet".into());
    }
    let mut draft = Draft {
        name: text(q, "id"),
        explanation: text(q, "context").filter(|c| !c.trim().is_empty()),
        ..Draft::default()
    };
    let prompt = q
        .get("prompt")
        .and_then(Value::as_table)
        .ok_or("the question has no prompt table")?;
    let answer = q
        .get("answer")
        .and_then(Value::as_table)
        .ok_or("the question has no answer table")?;
    let body = text(prompt, "prompt").ok_or("the question has no prompt.prompt")?;
    draft.prompt = match text(q, "multipart").and_then(|k| multipart.get(&k)) {
        Some(context) => format!("{}\n\n{}", context.trim(), body.trim()),
        None => body.trim().to_string(),
    };
    match kind.as_str() {
        "MultipleChoice" => multiple_choice(prompt, answer, &mut draft)?,
        "ShortAnswer" => short_answer(prompt, answer, &mut draft)?,
        other => {
            return Err(format!(
                "the question type \"{other}\" is not one mdbook-quiz defines"
            ))
        }
    }
    unknown_keys(q, &KNOWN, "", &mut draft.losses);
    Ok(draft)
}

fn multiple_choice(prompt: &Table, answer: &Table, draft: &mut Draft) -> Result<(), String> {
    let right: Vec<String> = match answer.get("answer") {
        Some(Value::String(one)) => vec![one.clone()],
        Some(Value::Array(many)) => many
            .iter()
            .filter_map(|v| v.as_str().map(str::to_string))
            .collect(),
        _ => return Err("answer.answer is neither a text nor a list of texts".into()),
    };
    if right.is_empty() {
        return Err("answer.answer lists no right answer".into());
    }
    let distractors = strings(prompt, "distractors");
    draft.kind = if right.len() > 1 {
        Kind::Multiple
    } else {
        Kind::Single
    };
    draft.options = (right.iter().map(|r| DraftOption::new(r, true)))
        .chain(distractors.iter().map(|d| DraftOption::new(d, false)))
        .collect();
    if prompt.contains_key("answerIndex")
        || prompt.get("sortAnswers").and_then(Value::as_bool) == Some(true)
    {
        draft.losses.push("the options' fixed order (answerIndex, sortAnswers) is not kept: Lectern shuffles the options of every attempt".into());
    }
    unknown_keys(
        prompt,
        &["prompt", "distractors", "answerIndex", "sortAnswers"],
        "prompt.",
        &mut draft.losses,
    );
    unknown_keys(answer, &["answer"], "answer.", &mut draft.losses);
    Ok(())
}

fn short_answer(prompt: &Table, answer: &Table, draft: &mut Draft) -> Result<(), String> {
    draft.kind = Kind::Typed;
    let first = text(answer, "answer").ok_or("answer.answer is not a text")?;
    draft.accept = std::iter::once(first)
        .chain(strings(answer, "alternatives"))
        .map(|a| a.trim().to_string())
        .collect();
    match text(prompt, "response").as_deref() {
        None | Some("short") => {}
        Some(other) => draft.losses.push(format!(
            "response = \"{other}\" is not kept: Lectern's typed answer is one line"
        )),
    }
    unknown_keys(
        prompt,
        &["prompt", "response"],
        "prompt.",
        &mut draft.losses,
    );
    unknown_keys(
        answer,
        &["answer", "alternatives"],
        "answer.",
        &mut draft.losses,
    );
    Ok(())
}

fn text(t: &Table, key: &str) -> Option<String> {
    t.get(key).and_then(Value::as_str).map(str::to_string)
}

fn strings(t: &Table, key: &str) -> Vec<String> {
    (t.get(key).and_then(Value::as_array).into_iter().flatten())
        .filter_map(|v| v.as_str().map(str::to_string))
        .collect()
}

/// Reports every key of `t` this reader does not carry.
fn unknown_keys(t: &Table, known: &[&str], prefix: &str, losses: &mut Vec<String>) {
    for key in t.keys().filter(|k| !known.contains(&k.as_str())) {
        losses.push(format!(
            "the field {prefix}{key} has no place in a Lectern question: dropped"
        ));
    }
}
