//! Addresses. The app routes on the URL's hash (`#/local-models/check/3`), which works
//! under any sub-path of a static host with no server rules: a reload at any address
//! loads `index.html`. This module parses and prints routes and decides, from progress,
//! which screen an address shows.

use crate::content::Course;
use crate::progress::Progress;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    Home,
    /// Due questions, one at a time, across lessons.
    Review,
    /// All progress: export, import, reset.
    Progress,
    Lesson(String),
    /// A lesson scrolled to one of its sections.
    Section(String, String),
    /// Every finished attempt of a lesson, with a chart.
    History(String),
    /// A question of the check in progress, 1-based as shown to the learner.
    Question(String, usize),
    Result(String),
    NotFound,
}

impl Route {
    /// Parses the part of the URL after `#` (with or without the `#`).
    pub fn parse(hash: &str) -> Route {
        let path = hash.trim_start_matches('#').trim_start_matches('/');
        let parts: Vec<&str> = path.split('/').filter(|p| !p.is_empty()).collect();
        match parts.as_slice() {
            [] => Route::Home,
            ["review"] => Route::Review,
            ["progress"] => Route::Progress,
            [lesson] => Route::Lesson((*lesson).to_string()),
            [lesson, "section", section] => {
                Route::Section((*lesson).to_string(), (*section).to_string())
            }
            [lesson, "history"] => Route::History((*lesson).to_string()),
            [lesson, "check", n] => match n.parse::<usize>() {
                Ok(n) if n >= 1 => Route::Question((*lesson).to_string(), n),
                _ => Route::NotFound,
            },
            [lesson, "check"] => Route::Question((*lesson).to_string(), 1),
            [lesson, "result"] => Route::Result((*lesson).to_string()),
            _ => Route::NotFound,
        }
    }

    /// The hash for this route, starting with `#`.
    pub fn to_hash(&self) -> String {
        match self {
            Route::Home => "#/".to_string(),
            Route::Review => "#/review".to_string(),
            Route::Progress => "#/progress".to_string(),
            Route::Lesson(l) => format!("#/{l}"),
            Route::Section(l, s) => format!("#/{l}/section/{s}"),
            Route::History(l) => format!("#/{l}/history"),
            Route::Question(l, n) => format!("#/{l}/check/{n}"),
            Route::Result(l) => format!("#/{l}/result"),
            Route::NotFound => "#/not-found".to_string(),
        }
    }
}

/// What to do with an address, given the content and the learner's progress.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Resolved {
    /// Show this screen.
    Show(Route),
    /// Replace the address with this one (no new history entry).
    Redirect(Route),
    /// There is no check in progress: start one, then show its first question.
    StartCheck(String),
}

pub fn resolve(route: &Route, course: &Course, progress: &Progress) -> Resolved {
    let lesson_id = match route {
        Route::Home | Route::Review | Route::Progress | Route::NotFound => {
            return Resolved::Show(route.clone())
        }
        Route::Lesson(l)
        | Route::Section(l, _)
        | Route::History(l)
        | Route::Question(l, _)
        | Route::Result(l) => l,
    };
    let Some(lesson) = course.lesson(lesson_id) else {
        return Resolved::Show(Route::NotFound);
    };
    if let Route::Section(_, s) = route {
        if lesson.section(s).is_none() {
            return Resolved::Redirect(Route::Lesson(lesson_id.clone()));
        }
    }
    match route {
        Route::Question(l, n) => match progress.current(l) {
            None => Resolved::StartCheck(l.clone()),
            Some(attempt) => {
                // Questions up to the first unchecked one can be visited; later ones cannot.
                let reachable = (attempt.frontier() + 1).min(attempt.len());
                if *n <= reachable {
                    Resolved::Show(route.clone())
                } else {
                    Resolved::Redirect(Route::Question(l.clone(), reachable))
                }
            }
        },
        Route::Result(l) => match progress.lesson(l).and_then(|p| p.last_finished()) {
            Some(_) => Resolved::Show(route.clone()),
            None => Resolved::Redirect(Route::Lesson(l.clone())),
        },
        _ => Resolved::Show(route.clone()),
    }
}
