//! A lesson file as authors write it (content/README.md), as a serde type: the import writes
//! it and the GIFT export reads it. The core's reader (`lectern_core::authoring`) stays the
//! one that checks a file, with a line for every problem; every file written here is passed
//! through it before it is kept, so the two cannot drift apart unnoticed.

use lectern_core::content::Kind;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LessonFile {
    pub id: String,
    pub series: String,
    pub title: String,
    pub summary: String,
    pub minutes: u32,
    pub reviewed: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sections: Vec<SectionFile>,
    pub questions: Vec<QuestionFile>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SectionFile {
    pub id: String,
    pub title: String,
    pub body: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuestionFile {
    pub id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub section: Option<String>,
    #[serde(default, skip_serializing_if = "Kind::is_single")]
    pub kind: Kind,
    pub prompt: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub explanation: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hint: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub accept: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exact: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tolerance: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub options: Option<Vec<OptionFile>>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OptionFile {
    pub id: String,
    pub text: String,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub correct: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub feedback: Option<String>,
}

impl LessonFile {
    /// The file's text, with a first comment saying where it came from.
    pub fn to_text(&self, origin: &str) -> Result<String, String> {
        let body = toml::to_string_pretty(self).map_err(|e| e.to_string())?;
        Ok(format!(
            "# Imported from {origin} by `make import`.\n{body}"
        ))
    }

    /// Reads a lesson file's text (already checked by the core's reader).
    pub fn from_text(text: &str) -> Result<LessonFile, String> {
        toml::from_str(text).map_err(|e| e.message().trim().to_string())
    }
}
