//! A course's questions as GIFT that Moodle imports: single choice (`=` / `~`), multiple
//! answers (`~%weight%`), typed answers (short answer with alternatives, or numeric with a
//! tolerance), per-option feedback (`#`), the explanation as general feedback (`####`), the
//! id as title (`::id::`), one `$CATEGORY:` per lesson, every text `[markdown]` as the author
//! wrote it (the lesson files are read, not the built HTML). What GIFT cannot say (ordering
//! questions, hints, exact matching, lesson text) is reported.

use lectern_core::authoring::{build_course, lesson_files};
use lectern_core::content::Kind;

use crate::gift_text::escape;
use crate::lesson_file::{LessonFile, OptionFile, QuestionFile};

/// The GIFT text of these lessons (file name, lesson), and a line for everything left out.
pub fn export(lessons: &[(String, LessonFile)]) -> (String, Vec<String>) {
    let mut out = String::from("// Exported from Lectern by `make export-gift`.\n");
    let mut lost = Vec::new();
    for (file, lesson) in lessons {
        out.push_str(&format!("\n$CATEGORY: {}\n", lesson.id));
        if !lesson.sections.is_empty() {
            lost.push(format!(
                "{file}: the lesson text ({} sections) is not exported: GIFT holds questions only",
                lesson.sections.len()
            ));
        }
        for q in &lesson.questions {
            let mut say =
                |what: String| lost.push(format!("{file}: question \"{}\": {what}", q.id));
            if let Some(block) = answer_block(q, &mut say) {
                out.push_str(&format!(
                    "\n::{}::[markdown]{} {{\n{block}}}\n",
                    q.id,
                    escape(&q.prompt)
                ));
            }
            if q.hint.is_some() {
                say("its hint is not exported: GIFT has no hints".into());
            }
        }
    }
    (out, lost)
}

/// The course in `dir` (checked as the build checks it) as GIFT.
pub fn export_folder(dir: &std::path::Path) -> Result<(String, Vec<String>), Vec<String>> {
    let files = lesson_files(dir).map_err(|e| vec![e])?;
    let named: Vec<(String, String)> = files
        .into_iter()
        .map(|(p, t)| (p.display().to_string(), t))
        .collect();
    build_course(&named)
        .map_err(|problems| problems.iter().map(ToString::to_string).collect::<Vec<_>>())?;
    let mut lessons = Vec::new();
    for (file, text) in named {
        let lesson = LessonFile::from_text(&text).map_err(|e| vec![format!("{file}: {e}")])?;
        lessons.push((file, lesson));
    }
    Ok(export(&lessons))
}

/// The lines between `{` and `}`; None for a question GIFT cannot hold.
fn answer_block(q: &QuestionFile, say: &mut impl FnMut(String)) -> Option<String> {
    let options = q.options.as_deref().unwrap_or_default();
    let mut block = match q.kind {
        Kind::Single => options
            .iter()
            .map(|o| answer(if o.correct { "=" } else { "~" }, o))
            .collect(),
        Kind::Multiple => multiple(options),
        Kind::Typed => typed(q, say)?,
        Kind::Order => {
            say("an ordering question cannot be written in GIFT: not exported".into());
            return None;
        }
    };
    if let Some(e) = q.explanation.as_deref().filter(|e| !e.trim().is_empty()) {
        block.push_str(&format!("\t####{}\n", escape(e)));
    }
    for o in options.iter().filter(|o| o.text.contains("->")) {
        say(format!(
            "the option \"{}\" holds ->, which Moodle reads as a matching pair",
            o.id
        ));
    }
    Some(block)
}

/// One answer line: its mark (`=`, `~`, `~%50%`), text and feedback.
fn answer(mark: &str, o: &OptionFile) -> String {
    let text = escape(&o.text);
    // A leading % would read as a weight: Markdown's escape shows it as written.
    let text = match text.strip_prefix('%') {
        Some(rest) => format!("\\%{rest}"),
        None => text,
    };
    let feedback = o
        .feedback
        .as_deref()
        .map(|f| format!("#{}", escape(f)))
        .unwrap_or_default();
    format!("\t{mark}{text}{feedback}\n")
}

/// Every right option an equal share, every wrong one a full penalty: as in Lectern, only
/// exactly the right set earns the mark.
fn multiple(options: &[OptionFile]) -> String {
    let right = options.iter().filter(|o| o.correct).count().max(1);
    let share = format!("{:.5}", 100.0 / right as f64);
    let share = share.trim_end_matches('0').trim_end_matches('.');
    (options.iter())
        .map(|o| {
            let mark = if o.correct {
                format!("~%{share}%")
            } else {
                "~%-100%".to_string()
            };
            answer(&mark, o)
        })
        .collect()
}

/// A typed answer: numeric with a tolerance, else a short answer with its alternatives.
fn typed(q: &QuestionFile, say: &mut impl FnMut(String)) -> Option<String> {
    let accept = q.accept.as_deref().unwrap_or_default();
    if q.exact == Some(true) {
        say("exact = true is not exported: GIFT cannot make a short answer case-sensitive".into());
    }
    let Some(tolerance) = q.tolerance else {
        return Some(
            accept
                .iter()
                .map(|a| format!("\t={}\n", escape(a)))
                .collect(),
        );
    };
    let numbers: Vec<String> = (accept.iter())
        .filter_map(|a| {
            let n = a.trim().replace(',', ".");
            n.parse::<f64>().is_ok().then_some(n)
        })
        .collect();
    for a in accept
        .iter()
        .filter(|a| a.trim().replace(',', ".").parse::<f64>().is_err())
    {
        say(format!(
            "the accepted answer \"{a}\" is not a number: a numeric GIFT question leaves it out"
        ));
    }
    match numbers.as_slice() {
        [] => None,
        [one] => Some(format!("\t#{one}:{tolerance}\n")),
        many => Some(format!(
            "\t#\n{}",
            many.iter()
                .map(|n| format!("\t={n}:{tolerance}\n"))
                .collect::<String>()
        )),
    }
}
