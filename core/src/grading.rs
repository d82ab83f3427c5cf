//! What a learner's answer to a question is, and whether it is right, for every kind of
//! question. An answer is kept as one short string (a "response"), so saved progress stays
//! small and every older document still reads:
//!
//! - single choice: the chosen option's id (as it always was);
//! - multiple answers: the chosen options' ids, in the author's order, joined by `,`;
//! - ordering: every option's id, in the learner's order, joined by `,`;
//! - typed answer: the text as typed (at most `MAX_TYPED` characters).
//!
//! Option ids are `a-z`, `0-9` and `-` (checked at build time), so `,` never occurs in one.

use std::fmt;

use crate::content::{Choice, Kind, Question};

/// Joins option ids in a response.
pub const SEPARATOR: char = ',';

/// The longest typed answer kept, in characters.
pub const MAX_TYPED: usize = 500;

/// Why a response does not fit its question.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ResponseError {
    /// An option id the question does not have.
    UnknownOption(String),
    /// An ordering response that is not every option exactly once.
    NotAnOrder,
    /// A typed answer longer than `MAX_TYPED`.
    TooLong(usize),
}

impl fmt::Display for ResponseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::UnknownOption(o) => write!(f, "the question has no option \"{o}\""),
            Self::NotAnOrder => write!(f, "an order must name every option once"),
            Self::TooLong(n) => write!(
                f,
                "the answer is {n} characters long; at most {MAX_TYPED} are kept"
            ),
        }
    }
}

impl Question {
    /// The response in its stored form, or `None` when it holds no answer (nothing chosen,
    /// nothing typed), or why it does not fit this question.
    pub fn response(&self, given: &str) -> Result<Option<String>, ResponseError> {
        match self.kind {
            Kind::Typed => typed_response(given),
            Kind::Single if given.is_empty() => Ok(None),
            Kind::Single => match self.option(given) {
                Some(o) => Ok(Some(o.id.clone())),
                None => Err(ResponseError::UnknownOption(given.to_string())),
            },
            Kind::Multiple => self
                .picked(given)
                .map(|ids| (!ids.is_empty()).then(|| ids.join(","))),
            Kind::Order => self.ordered(given).map(Some),
        }
    }

    /// Whether a stored response is right. A response that no longer fits the question
    /// (an option removed since) is wrong.
    pub fn grade(&self, response: &str) -> bool {
        match self.kind {
            Kind::Typed => self.accepts_typed(response),
            Kind::Single => self.correct.first().is_some_and(|c| c == response),
            Kind::Multiple => self
                .picked(response)
                .is_ok_and(|ids| !ids.is_empty() && ids == self.right_set()),
            Kind::Order => split(response).eq(self.correct.iter().map(String::as_str)),
        }
    }

    /// A response that is right: the one a learner must give, or the first accepted text.
    pub fn right_response(&self) -> String {
        match self.kind {
            Kind::Typed => self.correct.first().cloned().unwrap_or_default(),
            Kind::Single | Kind::Multiple => self.right_set().join(","),
            Kind::Order => self.correct.join(","),
        }
    }

    /// The options a choice response names, in the author's order; for an ordering
    /// response, the options in the learner's order. Unknown ids are left out.
    pub fn options_in<'q>(&'q self, response: &str) -> Vec<&'q Choice> {
        match self.kind {
            Kind::Order => split(response).filter_map(|id| self.option(id)).collect(),
            _ => self
                .options
                .iter()
                .filter(|o| split(response).any(|id| id == o.id))
                .collect(),
        }
    }

    /// The options as a check shows them: an ordering question in the order of its
    /// response so far, any other (or one not yet moved) in `order`, the attempt's shuffle.
    pub fn shown<'q>(&'q self, order: Vec<&'q Choice>, response: Option<&str>) -> Vec<&'q Choice> {
        match (self.kind, response) {
            (Kind::Order, Some(given)) => self.options_in(given),
            _ => order,
        }
    }

    /// A multiple-answer response with `option` chosen if it was not, and dropped if it was.
    pub fn toggled(&self, response: Option<&str>, option: &str) -> String {
        let mut ids: Vec<&str> = response.map(split).into_iter().flatten().collect();
        if let Some(at) = ids.iter().position(|id| *id == option) {
            ids.remove(at);
        } else {
            ids.push(option);
        }
        ids.join(",")
    }

    /// An ordering response with `option` moved to position `to` (0-based, clamped).
    pub fn moved(&self, shown: &[&Choice], option: &str, to: usize) -> String {
        let mut options = shown.to_vec();
        if let Some(from) = options.iter().position(|o| o.id == option) {
            let moving = options.remove(from);
            options.insert(to.min(options.len()), moving);
        }
        Question::response_of(&options)
    }

    /// The options' ids as a response, in the order given.
    pub fn response_of(options: &[&Choice]) -> String {
        let ids: Vec<&str> = options.iter().map(|o| o.id.as_str()).collect();
        ids.join(",")
    }

    /// The option ids a choice response names, in the author's order, each once.
    fn picked(&self, given: &str) -> Result<Vec<String>, ResponseError> {
        for id in split(given) {
            if self.option(id).is_none() {
                return Err(ResponseError::UnknownOption(id.to_string()));
            }
        }
        let chosen: Vec<&str> = split(given).collect();
        Ok(self
            .options
            .iter()
            .filter(|o| chosen.contains(&o.id.as_str()))
            .map(|o| o.id.clone())
            .collect())
    }

    /// An ordering response naming every option exactly once.
    fn ordered(&self, given: &str) -> Result<String, ResponseError> {
        let ids: Vec<&str> = split(given).collect();
        if let Some(unknown) = ids.iter().find(|id| self.option(id).is_none()) {
            return Err(ResponseError::UnknownOption(unknown.to_string()));
        }
        let each_once = ids.len() == self.options.len()
            && self.options.iter().all(|o| ids.contains(&o.id.as_str()));
        if !each_once {
            return Err(ResponseError::NotAnOrder);
        }
        Ok(ids.join(","))
    }

    /// The right options' ids in the author's order.
    fn right_set(&self) -> Vec<String> {
        self.options
            .iter()
            .filter(|o| self.correct.contains(&o.id))
            .map(|o| o.id.clone())
            .collect()
    }

    fn accepts_typed(&self, response: &str) -> bool {
        let given = normalise(response, self.matching.exact);
        let near = self
            .matching
            .tolerance
            .as_deref()
            .and_then(|t| Some((Decimal::read(response)?, Decimal::read(t)?)));
        self.correct.iter().any(|accepted| {
            normalise(accepted, self.matching.exact) == given
                || near
                    .is_some_and(|(n, t)| Decimal::read(accepted).is_some_and(|a| n.within(a, t)))
        })
    }
}

/// Whether a text reads as a number a tolerance applies to: digits with at most one decimal
/// point or comma, and a sign (no exponent).
pub fn is_number(text: &str) -> bool {
    Decimal::read(text).is_some()
}

/// A typed decimal number, `-3.5` or `3,5` (a decimal comma reads as a point), held as an
/// integer count of its last digit's units: numbers are compared exactly, and the browser
/// build carries no floating-point parser (its code and tables outweigh all of grading).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Decimal {
    units: i128,
    /// Digits after the point.
    scale: u32,
}

impl Decimal {
    /// At most this many digits on either side, so any two align without overflow.
    const MAX_DIGITS: usize = 18;

    fn read(text: &str) -> Option<Decimal> {
        let text = text.trim();
        let (negative, digits) = match text.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, text.strip_prefix('+').unwrap_or(text)),
        };
        let (whole, fraction) = match digits.split_once(['.', ',']) {
            Some((w, f)) => (w, f),
            None => (digits, ""),
        };
        let plain = |s: &str| s.len() <= Self::MAX_DIGITS && s.bytes().all(|b| b.is_ascii_digit());
        if whole.is_empty() && fraction.is_empty() || !plain(whole) || !plain(fraction) {
            return None;
        }
        let units: i128 = format!("{whole}{fraction}").parse().ok()?;
        Some(Decimal {
            units: if negative { -units } else { units },
            scale: fraction.len() as u32,
        })
    }

    /// The same number with `scale` digits after the point (`scale` >= its own).
    fn at(self, scale: u32) -> i128 {
        self.units * 10i128.pow(scale - self.scale)
    }

    /// Whether `self` is within `tolerance` of `other`.
    fn within(self, other: Decimal, tolerance: Decimal) -> bool {
        let scale = self.scale.max(other.scale).max(tolerance.scale);
        (self.at(scale) - other.at(scale)).abs() <= tolerance.at(scale).abs()
    }
}

/// The ids of a choice or ordering response; nothing for an empty one.
fn split(response: &str) -> impl Iterator<Item = &str> {
    response.split(SEPARATOR).filter(|id| !id.is_empty())
}

fn typed_response(given: &str) -> Result<Option<String>, ResponseError> {
    let length = given.chars().count();
    if length > MAX_TYPED {
        return Err(ResponseError::TooLong(length));
    }
    let clean: String = given.chars().filter(|c| !c.is_control()).collect();
    Ok((!clean.trim().is_empty()).then_some(clean))
}

/// A typed text as it is compared: surrounding whitespace never counts; unless `exact`,
/// case and repeated whitespace do not either.
pub fn normalise(text: &str, exact: bool) -> String {
    if exact {
        text.trim().to_string()
    } else {
        text.split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase()
    }
}
