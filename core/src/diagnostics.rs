//! Build problems as rustc shows them: the file and line, the line itself with a caret
//! under the exact place, and a hint where one helps. The layout is annotate-snippets',
//! the renderer rustc itself uses, so an author who has read a compiler error reads these.

use std::ops::Range;

use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet};

/// One problem to show: where (the file's text and a byte range in it, when known), what,
/// and what to do about it.
pub struct Shown<'a> {
    pub file: &'a str,
    pub source: &'a str,
    pub span: Option<Range<usize>>,
    pub message: &'a str,
    pub warning: bool,
    pub hint: Option<&'a str>,
}

/// The problem as plain text (no colours: it goes to a terminal, a log and a web page).
pub fn render(p: &Shown) -> String {
    let level = if p.warning {
        Level::WARNING
    } else {
        Level::ERROR
    };
    let mut group = Group::with_title(level.primary_title(p.message));
    match p.span.clone().filter(|s| within(p.source, s)) {
        Some(span) => {
            let place = Snippet::source(p.source)
                .path(p.file)
                .annotation(AnnotationKind::Primary.span(span));
            group = group.element(place);
        }
        // No place to point at (a problem of the whole file): the file's name alone.
        None => group = group.element(annotate_snippets::Origin::path(p.file)),
    }
    if let Some(hint) = p.hint {
        group = group.element(Level::HELP.message(hint));
    }
    Renderer::plain().render(&[group])
}

/// A span inside the text, on character boundaries (an author's file can be anything).
fn within(source: &str, span: &Range<usize>) -> bool {
    span.start <= span.end
        && span.end <= source.len()
        && source.is_char_boundary(span.start)
        && source.is_char_boundary(span.end)
}
