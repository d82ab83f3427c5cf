//! Static HTML for the home page and every lesson page, written into `index.html` at build
//! time so the text paints (and reads with JavaScript off) before the WebAssembly arrives.
//! The markup mirrors the app's screens class for class; the app removes it and draws the
//! same screen in the same frame when it starts. All text is escaped here.

use std::fmt::Write as _;

use crate::attempt::Attempt;
use crate::content::{Course, Lesson};
use crate::prose::{Block, Span};
use crate::shuffle::first_page_seed;

/// Escapes text for HTML element content and double-quoted attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// The whole prerendered block: the site header, one `<main>` per page (marked with the
/// route it stands for), and the footer.
pub fn render(course: &Course) -> String {
    let mut html = String::from("<div id=\"prerender\">");
    html.push_str("<header class=\"site-header\"><a class=\"brand\" href=\"#/\">Lectern</a><button type=\"button\" class=\"quiet theme-toggle\" aria-pressed=\"false\">Dark theme</button></header><div class=\"notices\"></div>");
    let _ = write!(
        html,
        "<main class=\"page\" data-route=\"#/\">{}</main>",
        home(course)
    );
    for lesson in &course.lessons {
        let id = escape(&lesson.id);
        let _ = write!(
            html,
            "<main class=\"page\" data-route=\"#/{id}\">{}</main>",
            lesson_page(lesson)
        );
        // Hidden unless the picker script shows it: with JavaScript off it could not be used.
        let _ = write!(
            html,
            "<main class=\"page\" data-route=\"#/{id}/check/1\" hidden>{}</main>",
            check_page(lesson)
        );
    }
    html.push_str("<footer class=\"site-footer\"><p>Your progress is stored in this browser only.</p></footer></div>");
    html
}

fn home(course: &Course) -> String {
    let questions: usize = course.lessons.iter().map(|l| l.questions.len()).sum();
    let mut html = format!(
        "<h1>Lectern</h1><p class=\"lede\">Short lessons, each with a check that gives feedback on every answer. Your progress stays in this browser.</p><div class=\"card summary-card\"><p class=\"due\"><span class=\"due-count\">Nothing is due for review today.</span></p><p class=\"summary-line\">0 of {} lessons completed · 0 of {questions} questions mastered</p><p><a href=\"#/progress\">Your progress: export, import, reset</a></p></div>",
        course.lessons.len()
    );
    for (name, lessons) in course.by_series() {
        let _ = write!(html, "<section class=\"series-group\"><h2 class=\"series-title\">{}</h2><ul class=\"lesson-list\">", escape(name));
        for l in lessons {
            let (id, title) = (escape(&l.id), escape(&l.title));
            let _ = write!(
                html,
                "<li class=\"card lesson-card\"><h3><a href=\"#/{id}\">{title}</a></h3><p>{}</p><p class=\"meta\">{} min · {} questions</p><div class=\"lesson-step\"><p class=\"status\">Not started</p><a class=\"button\" href=\"#/{id}\" aria-label=\"Start: {title}\">Start</a></div></li>",
                escape(&l.summary),
                l.minutes,
                l.questions.len()
            );
        }
        html.push_str("</ul></section>");
    }
    html
}

fn lesson_page(l: &Lesson) -> String {
    let mut html = format!(
        "<article class=\"lesson\"><p class=\"series\">{}</p><h1>{}</h1><p class=\"summary\">{}</p><p class=\"meta\">{} min · Reviewed {}</p>",
        escape(&l.series),
        escape(&l.title),
        escape(&l.summary),
        l.minutes,
        escape(&l.reviewed)
    );
    for s in &l.sections {
        let _ = write!(
            html,
            "<section class=\"lesson-section\"><h2>{}</h2>",
            escape(&s.title)
        );
        for block in &s.blocks {
            match block {
                Block::Paragraph(spans) => {
                    let _ = write!(html, "<p>{}</p>", spans_html(spans));
                }
                Block::List(items) => {
                    html.push_str("<ul>");
                    for item in items {
                        let _ = write!(html, "<li>{}</li>", spans_html(item));
                    }
                    html.push_str("</ul>");
                }
            }
        }
        html.push_str("</section>");
    }
    let _ = write!(
        html,
        "<section class=\"card check-call\"><h2>End-of-lesson check</h2><p class=\"cta-note\">{} questions, with feedback after each one.</p><div class=\"actions\"><a class=\"button primary\" href=\"#/{}/check/1\">Start the check</a></div></section></article>",
        l.questions.len(),
        escape(&l.id)
    );
    html
}

/// The check's first question, as `CheckScreen` draws it for a fresh attempt, with the
/// options in the order of the attempt the app starts from this page
/// (`LessonProgress::start_from_page`). The radios work before the WebAssembly arrives;
/// the app reads what was chosen when it takes over. Ids are prefixed with the lesson id,
/// so the hidden pages of other lessons never repeat one.
fn check_page(l: &Lesson) -> String {
    let Some(q) = l.questions.first() else {
        return String::new();
    };
    let (id, total) = (escape(&l.id), l.questions.len());
    let heading = format!("{id}-first-question");
    let mut html = format!(
        "<div class=\"check\"><p class=\"crumb\"><a href=\"#/{id}\">{}</a></p><div class=\"progress\"><p class=\"progress-label\">Question 1 of {total}</p><div class=\"progress-track\" role=\"progressbar\" aria-label=\"Questions checked\" aria-valuemin=\"0\" aria-valuemax=\"{total}\" aria-valuenow=\"0\"><div class=\"progress-fill\"></div></div></div><section class=\"question\"><h1 id=\"{heading}\" tabindex=\"-1\" class=\"question-prompt\">{}</h1><fieldset class=\"options\" aria-labelledby=\"{heading}\"><ul class=\"option-list\">",
        escape(&l.title),
        escape(&q.prompt)
    );
    let attempt = Attempt::new(l, first_page_seed(&l.id), 0);
    for (i, choice) in attempt.option_order(q).into_iter().enumerate() {
        let _ = write!(
            html,
            "<li><label class=\"option\"><input type=\"radio\" name=\"answer\" value=\"{}\"><span class=\"option-key\" aria-hidden=\"true\">{}</span><span class=\"option-text\">{}</span></label></li>",
            escape(&choice.id),
            i + 1,
            escape(&choice.text)
        );
    }
    html.push_str("</ul></fieldset><p class=\"hint\" role=\"alert\"></p><div class=\"feedback\" role=\"status\"></div><div class=\"actions\"><button type=\"button\" class=\"primary\" data-early-check>Check</button></div></section></div>");
    html
}

fn spans_html(spans: &[Span]) -> String {
    spans
        .iter()
        .map(|s| match s {
            Span::Text(t) => escape(t),
            Span::Strong(t) => format!("<strong>{}</strong>", escape(t)),
        })
        .collect()
}

/// Puts the prerendered block and the script that picks which page to show into
/// `index.html`, just before `</body>`. The script is inline (allowed by its hash in the
/// Content-Security-Policy, which is computed after this step).
pub fn inject(index_html: &str, course: &Course) -> Result<String, String> {
    let at = index_html
        .rfind("</body>")
        .ok_or_else(|| "index.html has no </body>".to_string())?;
    Ok(format!(
        "{}{}<script>{}</script>\n{}",
        &index_html[..at],
        render(course),
        PICK_SCRIPT,
        &index_html[at..]
    ))
}

/// Keeps only the prerendered page for the address (or, for a bare address, the last place
/// the learner was), so the document never holds two pages' ids or controls; hides the
/// block when no page matches (a result, a later question). A
/// first question is shown only while the lesson has no check in progress: otherwise the
/// app decides which question to show. A press on its Check button is marked on the button
/// for the app to act on when it takes over.
const PICK_SCRIPT: &str = "(function(){var h=location.hash,d=null;try{d=JSON.parse(localStorage.getItem(\"lectern:\"+location.pathname.replace(/[^/]*$/,\"\")))}catch(e){}if(h.length<2)h=d&&d.last||\"#/\";var c=/^#\\/([a-z0-9-]+)\\/check\\/1$/.exec(h),l=c&&d&&d.lessons&&d.lessons[c[1]];if(l&&l.current)h=\"\";var any=false;document.querySelectorAll(\"#prerender main\").forEach(function(m){var on=m.getAttribute(\"data-route\")===h;if(on)m.hidden=false;else m.remove();any=any||on});if(!any)document.getElementById(\"prerender\").hidden=true;document.querySelectorAll(\"#prerender [data-early-check]\").forEach(function(b){b.onclick=function(){b.setAttribute(\"data-pressed\",\"\")}})})();";

#[cfg(test)]
mod tests {
    use super::*;
    use crate::prose::parse_blocks;

    #[test]
    fn text_is_escaped_everywhere() {
        assert_eq!(
            escape("<a href=\"x\">&'"),
            "&lt;a href=&quot;x&quot;&gt;&amp;&#39;"
        );
        let html = spans_html(&parse_inline_blocks("<script>x</script> **<b>**"));
        assert_eq!(
            html,
            "&lt;script&gt;x&lt;/script&gt; <strong>&lt;b&gt;</strong>"
        );
    }

    fn parse_inline_blocks(text: &str) -> Vec<Span> {
        match parse_blocks(text).remove(0) {
            Block::Paragraph(spans) => spans,
            Block::List(_) => Vec::new(),
        }
    }

    #[test]
    fn the_block_goes_before_the_end_of_the_body() {
        let course = Course::default();
        let out = inject("<html><body><p>x</p></body></html>", &course).expect("inject");
        assert!(out.starts_with("<html><body><p>x</p><div id=\"prerender\">"));
        assert!(out.ends_with("</script>\n</body></html>"));
        assert!(inject("<html>", &course).is_err());
    }
}
