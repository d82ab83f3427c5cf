//! Static HTML for the home page and every lesson page, written into `index.html` at build
//! time so the text paints (and reads with JavaScript off) before the WebAssembly arrives.
//! The markup mirrors the app's screens class for class; the app removes it and draws the
//! same screen in the same frame when it starts. All text is escaped here.

use std::fmt::Write as _;

use crate::content::{Course, Lesson};
use crate::prose::{Block, Span};

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
    let _ = write!(html, "<main class=\"page\" data-route=\"#/\">{}</main>", home(course));
    for lesson in &course.lessons {
        let _ = write!(
            html,
            "<main class=\"page\" data-route=\"#/{}\">{}</main>",
            escape(&lesson.id),
            lesson_page(lesson)
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
        let _ = write!(html, "<section class=\"lesson-section\"><h2>{}</h2>", escape(&s.title));
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
    Ok(format!("{}{}<script>{}</script>\n{}", &index_html[..at], render(course), PICK_SCRIPT, &index_html[at..]))
}

/// Shows the prerendered page for the address (or, for a bare address, the last place the
/// learner was); hides the block when no page matches (a question, a result).
const PICK_SCRIPT: &str = "(function(){var h=location.hash;if(h.length<2){h=\"#/\";try{var d=JSON.parse(localStorage.getItem(\"lectern:\"+location.pathname.replace(/[^/]*$/,\"\")));if(d&&d.last)h=d.last}catch(e){}}var any=false;document.querySelectorAll(\"#prerender main\").forEach(function(m){var on=m.getAttribute(\"data-route\")===h;m.hidden=!on;any=any||on});if(!any)document.getElementById(\"prerender\").hidden=true})();";

#[cfg(test)]
mod tests {
    use super::*;
    use crate::prose::parse_blocks;

    #[test]
    fn text_is_escaped_everywhere() {
        assert_eq!(escape("<a href=\"x\">&'"), "&lt;a href=&quot;x&quot;&gt;&amp;&#39;");
        let html = spans_html(&parse_inline_blocks("<script>x</script> **<b>**"));
        assert_eq!(html, "&lt;script&gt;x&lt;/script&gt; <strong>&lt;b&gt;</strong>");
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
