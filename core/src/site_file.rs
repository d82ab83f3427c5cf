//! Reading `content/site.toml` as authors write it, and checking it like a lesson file:
//! every problem as `file:line: message`, all at once. A missing file means the defaults
//! (`Site::default`); a missing field means that field's default.

use serde::Deserialize;
use toml::Spanned;

use crate::authoring::{Diagnostic, Severity};
use crate::site::{Site, LANGUAGES};

const MAX_TITLE: usize = 80;
const MAX_DESCRIPTION: usize = 300;
const MAX_LINE: usize = 200;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSite {
    title: Option<Spanned<String>>,
    description: Option<Spanned<String>>,
    language: Option<Spanned<String>>,
    author: Option<Spanned<String>>,
    licence: Option<Spanned<String>>,
    theme_color: Option<Spanned<String>>,
    #[serde(default)]
    links: Option<RawLinks>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawLinks {
    source: Option<Spanned<String>>,
    home: Option<Spanned<String>>,
}

struct Check<'a> {
    file: &'a str,
    text: &'a str,
    problems: Vec<Diagnostic>,
}

impl Check<'_> {
    fn at(&mut self, place: &Spanned<String>, message: String) {
        let end = place.span().start.min(self.text.len());
        let line = self.text.as_bytes()[..end]
            .iter()
            .filter(|&&b| b == b'\n')
            .count()
            + 1;
        self.problems.push(Diagnostic {
            file: self.file.to_string(),
            line: Some(line),
            message,
            severity: Severity::Error,
            span: Some(place.span()),
            hint: None,
        });
    }

    /// A one-line text: not blank, no control characters, at most `max` characters.
    fn line(&mut self, what: &str, field: &Option<Spanned<String>>, max: usize, required: bool) {
        let Some(field) = field else { return };
        let value = field.get_ref();
        let chars = value.chars().count();
        if required && value.trim().is_empty() {
            self.at(field, format!("{what} is empty"));
        } else if chars > max {
            self.at(
                field,
                format!("{what} is {chars} characters long; the limit is {max}"),
            );
        } else if value.chars().any(char::is_control) {
            self.at(field, format!("{what} contains a control character"));
        }
    }

    fn language(&mut self, field: &Option<Spanned<String>>) {
        let Some(field) = field else { return };
        if !LANGUAGES.contains(&field.get_ref().as_str()) {
            let message = format!(
                "language \"{}\" has no translation; choose one of {}",
                field.get_ref(),
                LANGUAGES.join(", ")
            );
            self.at(field, message);
        }
    }

    fn colour(&mut self, field: &Option<Spanned<String>>) {
        let Some(field) = field else { return };
        let value = field.get_ref();
        let ok = value.len() == 7
            && value.starts_with('#')
            && value[1..].chars().all(|c| c.is_ascii_hexdigit());
        if !ok {
            let message =
                format!("theme_color \"{value}\" must be #rrggbb, for example \"#1f5fbf\"");
            self.at(field, message);
        }
    }

    fn link(&mut self, what: &str, field: &Option<Spanned<String>>) {
        let Some(field) = field else { return };
        let value = field.get_ref();
        if !(value.starts_with("https://") || value.starts_with("http://")) {
            self.at(
                field,
                format!("links.{what} \"{value}\" must start with https:// or http://"),
            );
        }
        self.line(
            &format!("links.{what}"),
            &Some(field.clone()),
            MAX_LINE,
            true,
        );
    }
}

/// Parses and checks `site.toml`. On failure, returns every problem found.
pub fn parse_site(file: &str, text: &str) -> Result<Site, Vec<Diagnostic>> {
    let raw: RawSite = toml::from_str(text).map_err(|e| {
        let line = e
            .span()
            .map(|s| text[..s.start.min(text.len())].matches('\n').count() + 1);
        vec![Diagnostic {
            file: file.to_string(),
            line,
            message: e.message().trim().to_string(),
            severity: Severity::Error,
            span: e.span(),
            hint: None,
        }]
    })?;
    let mut check = Check {
        file,
        text,
        problems: Vec::new(),
    };
    check.line("title", &raw.title, MAX_TITLE, true);
    check.line("description", &raw.description, MAX_DESCRIPTION, true);
    check.line("author", &raw.author, MAX_LINE, false);
    check.line("licence", &raw.licence, MAX_LINE, false);
    check.language(&raw.language);
    check.colour(&raw.theme_color);
    let links = raw.links.as_ref();
    check.link("source", &links.and_then(|l| l.source.clone()));
    check.link("home", &links.and_then(|l| l.home.clone()));
    if !check.problems.is_empty() {
        return Err(check.problems);
    }
    Ok(site_of(raw))
}

fn site_of(raw: RawSite) -> Site {
    let given = |f: Option<Spanned<String>>, default: String| {
        f.map(|v| v.into_inner().trim().to_string())
            .unwrap_or(default)
    };
    let d = Site::default();
    let links = raw.links.unwrap_or(RawLinks {
        source: None,
        home: None,
    });
    Site {
        title: given(raw.title, d.title),
        description: given(raw.description, d.description),
        language: given(raw.language, d.language),
        author: given(raw.author, d.author),
        licence: given(raw.licence, d.licence),
        theme_color: given(raw.theme_color, d.theme_color).to_lowercase(),
        source: given(links.source, d.source),
        home: given(links.home, d.home),
    }
}
