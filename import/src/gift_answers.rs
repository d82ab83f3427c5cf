//! The inside of a GIFT answer block, by kind: choices (`=` right, `~` wrong, `~%50%`
//! weighted), short answers (every answer `=`), numbers (`#`) and true/false.

use lectern_core::content::Kind;

use crate::gift_text::{find, unescape, Format};
use crate::model::{Draft, DraftOption};

/// One answer of a block: `=` or `~`, its weight in percent if written, text, feedback.
struct Answer<'a> {
    right: bool,
    weight: Option<f64>,
    text: &'a str,
    feedback: Option<&'a str>,
}

impl Answer<'_> {
    /// Full marks: `=` with no weight, or any answer weighted 100%.
    fn full(&self) -> bool {
        match self.weight {
            Some(w) => (w - 100.0).abs() < 1e-9,
            None => self.right,
        }
    }

    /// Some marks: full, or a positive weight.
    fn positive(&self) -> bool {
        self.full() || self.weight.is_some_and(|w| w > 0.0)
    }
}

/// Splits a block at every `=` and `~` that is not escaped.
fn answers(block: &str) -> Result<Vec<Answer<'_>>, String> {
    let mut starts = Vec::new();
    let mut from = 0;
    while let Some(at) = next_marker(block, from) {
        starts.push(at);
        from = at + 1;
    }
    match starts.first() {
        Some(&first) if block[..first].trim().is_empty() => {}
        _ => return Err("the answer block has text before its first = or ~".into()),
    }
    let mut out = Vec::new();
    for (i, &start) in starts.iter().enumerate() {
        let end = starts.get(i + 1).copied().unwrap_or(block.len());
        out.push(answer(
            block[start..].starts_with('='),
            &block[start + 1..end],
        )?);
    }
    Ok(out)
}

fn next_marker(block: &str, from: usize) -> Option<usize> {
    let eq = find(block, "=", from);
    let tilde = find(block, "~", from);
    match (eq, tilde) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    }
}

/// One answer, from just after its `=` (`right`) or `~`.
fn answer(right: bool, raw: &str) -> Result<Answer<'_>, String> {
    let mut rest = raw.trim_start();
    let mut weight = None;
    if let Some(after) = rest.strip_prefix('%') {
        let end = after
            .find('%')
            .ok_or("a weight opened with % is not closed with %")?;
        let number = after[..end].trim();
        let w: f64 = number
            .parse()
            .map_err(|_| format!("the weight %{number}% is not a number"))?;
        weight = Some(w);
        rest = &after[end + 1..];
    }
    let (text, feedback) = match find(rest, "#", 0) {
        Some(at) => (&rest[..at], Some(&rest[at + 1..])),
        None => (rest, None),
    };
    Ok(Answer {
        right,
        weight,
        text,
        feedback,
    })
}

/// A choice question (some answer `~`) or a short answer (every answer `=`).
pub fn choices(format: Format, block: &str, draft: &mut Draft) -> Result<(), String> {
    let list = answers(block)?;
    if list.iter().all(|a| a.right) {
        return short_answer(&list, draft);
    }
    let marked = list.iter().filter(|a| a.right).count();
    if marked > 1 {
        return Err(format!("{marked} answers are marked =, any one of them right: a Lectern single choice has exactly one right option"));
    }
    draft.kind = if marked == 1 {
        Kind::Single
    } else {
        Kind::Multiple
    };
    if !list.iter().any(Answer::positive) {
        return Err("no answer is marked right (= or a positive %weight%)".into());
    }
    for a in &list {
        let correct = if marked == 1 { a.right } else { a.positive() };
        let mut option = DraftOption::new(&format.to_markdown(a.text, &mut draft.losses), correct);
        option.feedback = a
            .feedback
            .map(|f| format.to_markdown(f, &mut draft.losses))
            .filter(|f| !f.is_empty());
        draft.options.push(option);
    }
    weights_lost(&list, marked, draft);
    Ok(())
}

/// Lectern counts an answer right or wrong, with no partial marks: any weight is reported.
fn weights_lost(list: &[Answer], marked: usize, draft: &mut Draft) {
    let weighted: Vec<String> = (list.iter())
        .filter_map(|a| {
            a.weight
                .map(|w| format!("{w}% \"{}\"", unescape(a.text.trim())))
        })
        .collect();
    if weighted.is_empty() {
        return;
    }
    let rule = if marked == 1 {
        "only the option marked = counts as right"
    } else {
        "right only when exactly the options with a positive weight are chosen"
    };
    draft.losses.push(format!(
        "partial credit is not kept ({}): {rule}",
        weighted.join(", ")
    ));
}

/// A short answer: the full-marks answers are accepted; others, and feedback, are reported.
fn short_answer(list: &[Answer], draft: &mut Draft) -> Result<(), String> {
    draft.kind = Kind::Typed;
    for a in list {
        let text = unescape(a.text.trim());
        if !a.full() {
            draft.losses.push(format!(
                "the answer \"{text}\" earns partial credit in Moodle; Lectern has none, so it is not accepted"
            ));
            continue;
        }
        if text.contains('*') {
            draft.losses.push(format!(
                "the answer \"{text}\" uses * as a wildcard, which Lectern does not: it must be typed as written"
            ));
        }
        draft.accept.push(text);
    }
    feedback_lost(list, draft);
    if draft.accept.is_empty() {
        return Err("no answer earns full marks".into());
    }
    Ok(())
}

/// A typed answer has one explanation, no feedback per accepted answer.
fn feedback_lost(list: &[Answer], draft: &mut Draft) {
    if list
        .iter()
        .any(|a| a.feedback.is_some_and(|f| !f.trim().is_empty()))
    {
        draft.losses.push(
            "feedback on single answers has no place in a typed answer (it has one explanation): dropped".into(),
        );
    }
}

/// `{#...}`: one number, or several answers `=` / `~` each with `value:tolerance` or
/// `low..high`.
pub fn numeric(block: &str, draft: &mut Draft) -> Result<(), String> {
    draft.kind = Kind::Typed;
    let list = if block.trim_start().starts_with(['=', '~']) {
        answers(block)?
    } else {
        vec![answer(true, block)?]
    };
    let mut tolerances = Vec::new();
    for a in &list {
        let (value, tolerance) = number(a.text)?;
        if !a.full() {
            draft.losses.push(format!(
                "the answer {value} earns partial credit in Moodle; Lectern has none, so it is not accepted"
            ));
            continue;
        }
        draft.accept.push(value);
        tolerances.push(tolerance);
    }
    feedback_lost(&list, draft);
    let Some(&first) = tolerances.first() else {
        return Err("no numeric answer earns full marks".into());
    };
    if tolerances.iter().any(|t| (t - first).abs() > f64::EPSILON) {
        draft.losses.push(format!(
            "Lectern takes one tolerance for all accepted numbers: {first} is kept for each"
        ));
    }
    draft.tolerance = Some(first);
    Ok(())
}

/// `3.5:0.5`, `1..5` or `3.5`: the accepted number as text, and the tolerance.
fn number(raw: &str) -> Result<(String, f64), String> {
    let text = unescape(raw.trim());
    let parse = |s: &str| {
        s.trim()
            .parse::<f64>()
            .ok()
            .filter(|n| n.is_finite())
            .ok_or_else(|| format!("\"{}\" is not a number", s.trim()))
    };
    if let Some((low, high)) = text.split_once("..") {
        let (low, high) = (parse(low)?, parse(high)?);
        return Ok((
            format!("{}", (low + high) / 2.0),
            ((high - low) / 2.0).abs(),
        ));
    }
    if let Some((value, tolerance)) = text.split_once(':') {
        parse(value)?;
        let t = parse(tolerance)?;
        return Ok((value.trim().to_string(), t.abs()));
    }
    parse(&text)?;
    Ok((text.trim().to_string(), 0.0))
}

/// `{T}`, `{FALSE#wrong#right}`: two options, True and False; Moodle shows the first
/// feedback to a wrong answer and the second to a right one.
pub fn true_false(
    truth: bool,
    block: &str,
    format: Format,
    draft: &mut Draft,
) -> Result<(), String> {
    draft.kind = Kind::Single;
    let mut feedback = Vec::new();
    let mut from = 0;
    while let Some(at) = find(block, "#", from) {
        feedback.push(at);
        from = at + 1;
    }
    let piece = |i: usize| -> Option<&str> {
        let start = *feedback.get(i)? + 1;
        let end = feedback.get(i + 1).copied().unwrap_or(block.len());
        Some(&block[start..end])
    };
    let mut text = |i: usize| {
        piece(i)
            .map(|p| format.to_markdown(p, &mut draft.losses))
            .filter(|p| !p.is_empty())
    };
    let (wrong, right) = (text(0), text(1));
    let mut yes = DraftOption::new("True", truth);
    let mut no = DraftOption::new("False", !truth);
    if truth {
        (yes.feedback, no.feedback) = (right, wrong);
    } else {
        (yes.feedback, no.feedback) = (wrong, right);
    }
    draft.options = vec![yes, no];
    Ok(())
}
