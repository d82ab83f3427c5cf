//! Author text as CommonMark (with tables and strikethrough), turned into HTML once, at
//! build time, by rewriting pulldown-cmark's event stream before `push_html`: raw HTML
//! becomes text, link addresses are checked and internal links become the site's own
//! addresses, images become published files with their size, code is highlighted, table
//! alignment becomes classes. The browser receives finished HTML and no parser.
//!
//! Nothing an author writes reaches the page as markup of its own: every tag and attribute
//! in the output is written here or by pulldown-cmark's writer, every text escaped.

mod address;
mod code;

use std::collections::{BTreeMap, BTreeSet};
use std::ops::Range;

use pulldown_cmark::{
    html, Alignment, CodeBlockKind, CowStr, Event, HeadingLevel, LinkType, Options, Parser, Tag,
    TagEnd,
};

pub use address::{classify, percent_decode, Address};

use crate::authoring::Severity;
use crate::prose::escape;
use crate::route::Route;

/// How a field's text is laid out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// Blocks: a section body, a prompt, an explanation.
    Block,
    /// A short text shown inside a line (an option, a hint, a feedback): when it is one
    /// paragraph, without the `<p>` around it.
    Short,
}

/// Every lesson id with its section ids, which internal links must name.
pub type Targets = BTreeMap<String, BTreeSet<String>>;

/// An image as the site publishes it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Image {
    /// The published address, relative to the site's base (`media/gpu-1a2b3c4d.png`).
    pub src: String,
    pub width: usize,
    pub height: usize,
    /// The file's size, for the warning about heavy images.
    pub bytes: usize,
}

/// Finds the image file an author named (a path relative to the lesson's folder).
pub trait Images {
    fn image(&mut self, path: &str) -> Result<Image, String>;
}

/// Files larger than this get a build warning: every image is cached for offline use.
pub const HEAVY_IMAGE_BYTES: usize = 500 * 1024;

/// What a text is rendered against.
pub struct Context<'a> {
    /// The lesson the text belongs to (`#section` links point into it).
    pub lesson: &'a str,
    pub targets: &'a Targets,
    pub images: &'a mut dyn Images,
    /// Images load when scrolled near (`loading="lazy"`); off for a lesson's first
    /// section, whose images are likely on screen at once.
    pub lazy_images: bool,
}

/// A problem in a text, at a line counted from the text's first line (1).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    pub line: usize,
    pub severity: Severity,
    pub message: String,
}

fn options() -> Options {
    Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH
}

/// The HTML of `text`, and what is wrong with it. With any `Severity::Error` the build
/// stops; the HTML is safe to show either way.
pub fn render(text: &str, mode: Mode, ctx: &mut Context) -> (String, Vec<Finding>) {
    let events: Vec<(Event, Range<usize>)> = Parser::new_ext(text, options())
        .into_offset_iter()
        .collect();
    let mut pass = Pass {
        text,
        ctx,
        findings: Vec::new(),
        out: Vec::with_capacity(events.len()),
        table: Table::default(),
    };
    let mut i = 0;
    while i < events.len() {
        i = pass.step(&events, i);
    }
    let mut out = pass.out;
    if mode == Mode::Short {
        unwrap_one_paragraph(&mut out);
    }
    let mut html = String::with_capacity(text.len() * 2);
    html::push_html(&mut html, out.into_iter());
    (html.trim_end().to_string(), pass.findings)
}

/// Where a table's cells are: in the head or the body, and which column.
#[derive(Default)]
struct Table {
    alignments: Vec<Alignment>,
    head: bool,
    column: usize,
}

/// One rewrite of a text's events.
struct Pass<'t, 'c, 'x> {
    text: &'t str,
    ctx: &'c mut Context<'x>,
    findings: Vec<Finding>,
    out: Vec<Event<'t>>,
    table: Table,
}

impl<'t> Pass<'t, '_, '_> {
    fn line(&self, offset: usize) -> usize {
        self.text[..offset.min(self.text.len())]
            .matches('\n')
            .count()
            + 1
    }

    fn find(&mut self, at: &Range<usize>, severity: Severity, message: String) {
        let line = self.line(at.start);
        self.findings.push(Finding {
            line,
            severity,
            message,
        });
    }

    /// Rewrites the event at `i` (and those it owns); returns the index of the next one.
    fn step(&mut self, events: &[(Event<'t>, Range<usize>)], i: usize) -> usize {
        let (event, at) = &events[i];
        match event {
            Event::Start(Tag::CodeBlock(kind)) => return self.code_block(events, i, kind),
            Event::Start(Tag::Image {
                dest_url, title, ..
            }) => return self.image(events, i, dest_url, title),
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                title,
                ..
            }) => self.link(at, *link_type, dest_url, title),
            Event::Start(Tag::Table(alignments)) => self.table_start(alignments),
            Event::End(TagEnd::Table) => {
                self.out.push(Event::End(TagEnd::Table));
                self.out.push(Event::Html("</div>\n".into()));
            }
            Event::Start(Tag::TableHead) | Event::End(TagEnd::TableHead) => {
                self.table.head = matches!(event, Event::Start(_));
                self.out.push(event.clone());
            }
            Event::Start(Tag::TableRow) => {
                self.table.column = 0;
                self.out.push(event.clone());
            }
            Event::Start(Tag::TableCell) => self.cell_start(),
            Event::End(TagEnd::TableCell) => self.cell_end(),
            Event::Start(Tag::Heading { level, .. }) => self.out.push(Event::Start(Tag::Heading {
                level: below_section_title(*level),
                id: None,
                classes: Vec::new(),
                attrs: Vec::new(),
            })),
            Event::End(TagEnd::Heading(level)) => self
                .out
                .push(Event::End(TagEnd::Heading(below_section_title(*level)))),
            Event::Start(Tag::HtmlBlock) => self.out.push(Event::Start(Tag::Paragraph)),
            Event::End(TagEnd::HtmlBlock) => self.out.push(Event::End(TagEnd::Paragraph)),
            Event::Html(raw) | Event::InlineHtml(raw) => self.raw_html(at, raw),
            other => self.out.push(other.clone()),
        }
        i + 1
    }

    /// Raw HTML is shown as the text it is, and the author is told.
    fn raw_html(&mut self, at: &Range<usize>, raw: &CowStr<'t>) {
        let shown: String = raw.trim().chars().take(40).collect();
        if !shown.is_empty() {
            let message = format!(
                "raw HTML is shown as text, not interpreted: {shown}; use Markdown, or write \\< for a literal <"
            );
            self.find(at, Severity::Warning, message);
        }
        self.out.push(Event::Text(raw.clone()));
    }

    fn code_block(
        &mut self,
        events: &[(Event<'t>, Range<usize>)],
        i: usize,
        kind: &CodeBlockKind,
    ) -> usize {
        let info = match kind {
            CodeBlockKind::Fenced(info) => info.as_ref(),
            CodeBlockKind::Indented => "",
        };
        let mut code = String::new();
        let mut j = i + 1;
        while let Some((event, _)) = events.get(j) {
            j += 1;
            match event {
                Event::Text(t) => code.push_str(t),
                Event::End(TagEnd::CodeBlock) => break,
                _ => {}
            }
        }
        self.out.push(Event::Html(code::block(info, &code).into()));
        j
    }

    fn link(&mut self, at: &Range<usize>, kind: LinkType, dest: &str, title: &str) {
        let href = match kind {
            LinkType::Email => Ok(format!("mailto:{dest}")),
            _ => classify(dest).and_then(|a| self.href(a)),
        };
        let tag = match href {
            Ok(href) => {
                let external = href.starts_with("http:") || href.starts_with("https:");
                let rel = if external { " rel=\"noopener\"" } else { "" };
                format!(
                    "<a href=\"{}\"{rel}{}>",
                    escape(&href),
                    title_attribute(title)
                )
            }
            Err(why) => {
                self.find(at, Severity::Error, format!("link: {why}"));
                "<a>".to_string()
            }
        };
        self.out.push(Event::Html(tag.into()));
    }

    /// The `href` of an allowed address: internal links become the site's relative paths
    /// (pages have `<base href>`), after checking the lesson or section exists.
    fn href(&self, address: Address) -> Result<String, String> {
        let targets = self.ctx.targets;
        let sections = |lesson: &str| {
            targets.get(lesson).ok_or_else(|| {
                format!(
                    "lesson \"{lesson}\" does not exist (lessons: {})",
                    list(targets.keys())
                )
            })
        };
        let section = |lesson: &str, section: &str| -> Result<String, String> {
            let known = sections(lesson)?;
            if known.contains(section) {
                Ok(Route::Section(lesson.into(), section.into()).to_path())
            } else {
                Err(format!(
                    "lesson \"{lesson}\" has no section \"{section}\" (sections: {})",
                    list(known.iter())
                ))
            }
        };
        match address {
            Address::External(a) | Address::Mail(a) | Address::Relative(a) => Ok(a),
            Address::Lesson(id, None) => sections(&id).map(|_| Route::Lesson(id).to_path()),
            Address::Lesson(id, Some(s)) => section(&id, &s),
            Address::Section(s) => section(self.ctx.lesson, &s),
        }
    }

    fn image(
        &mut self,
        events: &[(Event<'t>, Range<usize>)],
        i: usize,
        dest: &str,
        title: &str,
    ) -> usize {
        let at = events[i].1.clone();
        let (alt, next) = alt_text(events, i);
        let tag = match self.published(dest, &alt) {
            Ok(image) => {
                if image.bytes > HEAVY_IMAGE_BYTES {
                    let message = format!(
                        "image \"{dest}\" is {} kB; above {} kB it slows the first visit, which saves every image for offline use",
                        image.bytes / 1024,
                        HEAVY_IMAGE_BYTES / 1024
                    );
                    self.find(&at, Severity::Warning, message);
                }
                img_tag(&image, &alt, title, self.ctx.lazy_images)
            }
            Err(why) => {
                self.find(&at, Severity::Error, why);
                escape(&alt)
            }
        };
        self.out.push(Event::Html(tag.into()));
        next
    }

    fn published(&mut self, dest: &str, alt: &str) -> Result<Image, String> {
        if alt.trim().is_empty() {
            return Err(format!(
                "image \"{dest}\" has no alt text: write what it shows, ![a chart of memory use]({dest})"
            ));
        }
        match classify(dest)? {
            Address::Relative(path) => self
                .ctx
                .images
                .image(&percent_decode(&path))
                .map_err(|e| format!("image \"{dest}\": {e}")),
            _ => Err(format!(
                "image \"{dest}\" is not a file beside the lesson: put the image in the lesson's folder and name it by its path"
            )),
        }
    }

    fn table_start(&mut self, alignments: &[Alignment]) {
        self.table = Table {
            alignments: alignments.to_vec(),
            ..Table::default()
        };
        // Wide tables scroll inside this box, not the page; focusable so keys scroll it.
        self.out.push(Event::Html(
            "<div class=\"table-wrap\" tabindex=\"0\">".into(),
        ));
        // No alignments for the writer: it would write them as style attributes.
        self.out.push(Event::Start(Tag::Table(Vec::new())));
    }

    fn cell_start(&mut self) {
        let cell = if self.table.head { "th" } else { "td" };
        let class = match self.table.alignments.get(self.table.column) {
            Some(Alignment::Left) => " class=\"align-left\"",
            Some(Alignment::Center) => " class=\"align-center\"",
            Some(Alignment::Right) => " class=\"align-right\"",
            _ => "",
        };
        self.out
            .push(Event::Html(format!("<{cell}{class}>").into()));
    }

    fn cell_end(&mut self) {
        let cell = if self.table.head { "th" } else { "td" };
        self.table.column += 1;
        self.out.push(Event::Html(format!("</{cell}>").into()));
    }
}

/// Headings in a text sit below the section's own title (an `h2`): `#`, `##` and `###`
/// are all an `h3`, so no level is skipped whichever an author starts with; `####` is an
/// `h4` and so on.
fn below_section_title(level: HeadingLevel) -> HeadingLevel {
    match level {
        HeadingLevel::H1 | HeadingLevel::H2 | HeadingLevel::H3 => HeadingLevel::H3,
        deeper => deeper,
    }
}

/// The plain text of an image's description, and the index after its end.
fn alt_text(events: &[(Event, Range<usize>)], i: usize) -> (String, usize) {
    let mut alt = String::new();
    let mut depth = 0;
    let mut j = i + 1;
    while let Some((event, _)) = events.get(j) {
        j += 1;
        match event {
            Event::Start(_) => depth += 1,
            Event::End(_) if depth == 0 => break,
            Event::End(_) => depth -= 1,
            Event::Text(t) | Event::Code(t) | Event::Html(t) | Event::InlineHtml(t) => {
                alt.push_str(t)
            }
            Event::SoftBreak | Event::HardBreak => alt.push(' '),
            _ => {}
        }
    }
    (alt, j)
}

fn img_tag(image: &Image, alt: &str, title: &str, lazy: bool) -> String {
    let lazy = if lazy {
        " loading=\"lazy\" decoding=\"async\""
    } else {
        ""
    };
    format!(
        "<img src=\"{}\" alt=\"{}\" width=\"{}\" height=\"{}\"{}{lazy}>",
        escape(&image.src),
        escape(alt.trim()),
        image.width,
        image.height,
        title_attribute(title)
    )
}

fn title_attribute(title: &str) -> String {
    if title.is_empty() {
        String::new()
    } else {
        format!(" title=\"{}\"", escape(title))
    }
}

fn list<'a>(names: impl Iterator<Item = &'a String>) -> String {
    names.map(String::as_str).collect::<Vec<_>>().join(", ")
}

/// Drops the `<p>` around a text that is one paragraph and nothing else.
fn unwrap_one_paragraph(events: &mut Vec<Event>) {
    let mut depth = 0usize;
    let mut blocks = 0;
    for event in events.iter() {
        match event {
            Event::Start(_) => {
                if depth == 0 {
                    blocks += 1;
                }
                depth += 1;
            }
            Event::End(_) => depth = depth.saturating_sub(1),
            _ if depth == 0 => blocks += 1,
            _ => {}
        }
    }
    let one_paragraph = blocks == 1
        && matches!(events.first(), Some(Event::Start(Tag::Paragraph)))
        && matches!(events.last(), Some(Event::End(TagEnd::Paragraph)));
    if one_paragraph {
        events.pop();
        events.remove(0);
    }
}

#[cfg(test)]
mod tests;
