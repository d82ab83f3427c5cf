//! The site's own settings, from `content/site.toml`: what the course is called, what it
//! is about, its language, who wrote it and under which licence, its theme colour, and
//! optional links. Read and checked at build time (`authoring::parse_site`), embedded in
//! every page, and used for the header, titles, descriptions, manifest, footer and home.

use serde::{Deserialize, Serialize};

/// The languages the interface is translated into (see `locales/`).
pub const LANGUAGES: [&str; 4] = ["en", "de", "es", "ar"];

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Site {
    /// The course's name: the header, the home heading, the end of every page title.
    pub title: String,
    /// One or two sentences: the home page's lead, the pages' description, the manifest.
    pub description: String,
    /// The interface's language, one of `LANGUAGES`.
    pub language: String,
    /// Who wrote the course; may be empty.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub author: String,
    /// The licence of the course's text, as the author names it; may be empty.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub licence: String,
    /// `#rrggbb`: the browser's theme colour and the manifest's.
    pub theme_color: String,
    /// Where the course's source lives (a repository); may be empty.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub source: String,
    /// The author's or course's home page; may be empty.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub home: String,
}

impl Default for Site {
    /// Today's seed site, when there is no `site.toml`.
    fn default() -> Self {
        Site {
            title: "Lectern".into(),
            description: "Short lessons with an end-of-lesson check and instant feedback. Works offline; your progress stays in your browser.".into(),
            language: "en".into(),
            author: String::new(),
            licence: String::new(),
            theme_color: "#1f5fbf".into(),
            source: String::new(),
            home: String::new(),
        }
    }
}

impl Site {
    /// Whether the interface is written right to left.
    pub fn is_rtl(&self) -> bool {
        self.language == "ar"
    }

    /// `ltr` or `rtl`, for `<html dir>`.
    pub fn direction(&self) -> &'static str {
        if self.is_rtl() {
            "rtl"
        } else {
            "ltr"
        }
    }

    /// The settings as pages carry them.
    pub fn to_text(&self) -> String {
        // Plain strings: serializing cannot fail.
        serde_json::to_string(self).unwrap_or_default()
    }

    /// Reads what `to_text` wrote; the site's defaults when it does not read.
    pub fn from_text(text: &str) -> Site {
        serde_json::from_str(text).unwrap_or_default()
    }
}
