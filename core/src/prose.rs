//! Lesson prose: the small text format authors write in a section's `body`, parsed into
//! blocks at build time. Paragraphs are separated by blank lines; a block whose lines all
//! start with "- " is a bulleted list; `**text**` is strong emphasis. Nothing else has
//! meaning, so raw HTML in a lesson is shown as the text it is, never interpreted.

use serde::{Deserialize, Serialize};

/// Embedded as `{"p": spans}` or `{"list": [spans, ...]}`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Block {
    #[serde(rename = "p")]
    Paragraph(Vec<Span>),
    #[serde(rename = "list")]
    List(Vec<Vec<Span>>),
}

/// Embedded as `{"text": "..."}` or `{"strong": "..."}`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Span {
    Text(String),
    Strong(String),
}

/// The blocks as HTML: paragraphs, lists and strong emphasis, every piece of text
/// escaped, so nothing an author wrote can become markup. Built pages and the app show
/// this same string (the app hydrates it as it is).
pub fn to_html(blocks: &[Block]) -> String {
    let mut html = String::new();
    for block in blocks {
        match block {
            Block::Paragraph(spans) => {
                html.push_str("<p>");
                spans_html(&mut html, spans);
                html.push_str("</p>");
            }
            Block::List(items) => {
                html.push_str("<ul>");
                for spans in items {
                    html.push_str("<li>");
                    spans_html(&mut html, spans);
                    html.push_str("</li>");
                }
                html.push_str("</ul>");
            }
        }
    }
    html
}

fn spans_html(html: &mut String, spans: &[Span]) {
    for span in spans {
        match span {
            Span::Text(t) => html.push_str(&escape_text(t)),
            Span::Strong(t) => {
                html.push_str("<strong>");
                html.push_str(&escape_text(t));
                html.push_str("</strong>");
            }
        }
    }
}

/// Text as it must read inside an HTML element: `&`, `<` and `>` escaped, as Leptos
/// writes every other text node of a page.
pub fn escape_text(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// Text as it must read inside an HTML element or a double- or single-quoted attribute.
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

/// Splits a section body into blocks.
pub fn parse_blocks(body: &str) -> Vec<Block> {
    let mut blocks = Vec::new();
    let mut chunk: Vec<&str> = Vec::new();
    for line in body.lines().chain(std::iter::once("")) {
        let line = line.trim();
        if line.is_empty() {
            if !chunk.is_empty() {
                blocks.push(block_of(&chunk));
                chunk.clear();
            }
        } else {
            chunk.push(line);
        }
    }
    blocks
}

fn block_of(lines: &[&str]) -> Block {
    if lines.iter().all(|l| l.starts_with("- ")) {
        Block::List(lines.iter().map(|l| parse_inline(l[2..].trim())).collect())
    } else {
        Block::Paragraph(parse_inline(&lines.join(" ")))
    }
}

/// Splits text into plain and strong spans. An unmatched `**` stays literal text.
pub fn parse_inline(text: &str) -> Vec<Span> {
    let mut spans = Vec::new();
    let mut rest = text;
    let mut plain = String::new();
    while let Some(open) = rest.find("**") {
        let after = &rest[open + 2..];
        match after.find("**") {
            Some(close) if close > 0 => {
                plain.push_str(&rest[..open]);
                if !plain.is_empty() {
                    spans.push(Span::Text(std::mem::take(&mut plain)));
                }
                spans.push(Span::Strong(after[..close].to_string()));
                rest = &after[close + 2..];
            }
            _ => {
                plain.push_str(&rest[..open + 2]);
                rest = after;
            }
        }
    }
    plain.push_str(rest);
    if !plain.is_empty() {
        spans.push(Span::Text(plain));
    }
    spans
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(s: &str) -> Span {
        Span::Text(s.into())
    }

    #[test]
    fn blank_lines_separate_paragraphs_and_lines_join_with_spaces() {
        let blocks = parse_blocks("One\ntwo.\n\nThree.\n");
        assert_eq!(
            blocks,
            vec![
                Block::Paragraph(vec![text("One two.")]),
                Block::Paragraph(vec![text("Three.")])
            ]
        );
    }

    #[test]
    fn dash_lines_form_a_list() {
        let blocks = parse_blocks("- a\n- **b** c\n");
        assert_eq!(
            blocks,
            vec![Block::List(vec![
                vec![text("a")],
                vec![Span::Strong("b".into()), text(" c")]
            ])]
        );
    }

    #[test]
    fn a_block_with_one_non_dash_line_is_a_paragraph() {
        let blocks = parse_blocks("- a\nb");
        assert_eq!(blocks, vec![Block::Paragraph(vec![text("- a b")])]);
    }

    #[test]
    fn unmatched_or_empty_strong_markers_stay_literal() {
        assert_eq!(parse_inline("a ** b"), vec![text("a ** b")]);
        assert_eq!(parse_inline("****"), vec![text("****")]);
        assert_eq!(
            parse_inline("x **y** z **w"),
            vec![text("x "), Span::Strong("y".into()), text(" z **w")]
        );
    }

    #[test]
    fn html_is_kept_as_text() {
        let blocks = parse_blocks("<script>alert(1)</script>");
        assert_eq!(
            blocks,
            vec![Block::Paragraph(vec![text("<script>alert(1)</script>")])]
        );
    }
}
