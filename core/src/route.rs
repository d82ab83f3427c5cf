//! Addresses. Every screen has a path under the site's base (`local-models/check/3/` under
//! `/lectern/`), and the build writes a static page at each, so a static host serves every
//! address with no server rules. Earlier releases routed on the hash
//! (`#/local-models/check/3`); those links still parse (`Route::parse`). This module parses
//! and prints routes and decides, from progress, which screen an address shows.

use crate::attempt::Millis;
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
    /// Parses an old hash address, the part of the URL after `#` (with or without the `#`).
    pub fn parse(hash: &str) -> Route {
        Route::from_path(hash.trim_start_matches('#'))
    }

    /// Parses a path relative to the site's base (`local-models/check/3/`); a leading or
    /// trailing slash and a final `index.html` are ignored.
    pub fn from_path(path: &str) -> Route {
        let path = path.strip_suffix("index.html").unwrap_or(path);
        let parts: Vec<&str> = path.split('/').filter(|p| !p.is_empty()).collect();
        match parts.as_slice() {
            [] => Route::Home,
            ["404.html"] => Route::NotFound,
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

    /// The path of this route relative to the site's base: a folder whose `index.html` is
    /// the route's static page (`""` for home); `404.html` for the not-found page.
    pub fn to_path(&self) -> String {
        match self {
            Route::Home => String::new(),
            Route::Review => "review/".to_string(),
            Route::Progress => "progress/".to_string(),
            Route::Lesson(l) => format!("{l}/"),
            Route::Section(l, s) => format!("{l}/section/{s}/"),
            Route::History(l) => format!("{l}/history/"),
            Route::Question(l, n) => format!("{l}/check/{n}/"),
            Route::Result(l) => format!("{l}/result/"),
            Route::NotFound => "404.html".to_string(),
        }
    }

    /// Every address the build writes a static page for, not-found page last.
    pub fn all(course: &Course) -> Vec<Route> {
        let mut routes = vec![Route::Home, Route::Review, Route::Progress];
        for l in &course.lessons {
            let id = &l.id;
            routes.push(Route::Lesson(id.clone()));
            routes.extend(
                l.sections
                    .iter()
                    .map(|s| Route::Section(id.clone(), s.id.clone())),
            );
            routes.extend((1..=l.questions.len()).map(|n| Route::Question(id.clone(), n)));
            routes.push(Route::Result(id.clone()));
            routes.push(Route::History(id.clone()));
        }
        routes.push(Route::NotFound);
        routes
    }

    /// The lesson this route belongs to, if any.
    pub fn lesson(&self) -> Option<&str> {
        match self {
            Route::Lesson(l)
            | Route::Section(l, _)
            | Route::History(l)
            | Route::Question(l, _)
            | Route::Result(l) => Some(l),
            Route::Home | Route::Review | Route::Progress | Route::NotFound => None,
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

/// How a check starts when an address asks for one and none is in progress.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Start {
    /// In the order the static first-question page shows (`start_from_page`), keeping
    /// what the learner did there before the app started.
    FromPage {
        chosen: Option<String>,
        pressed_check: bool,
        now: Millis,
    },
    /// In a fresh order.
    Fresh { seed: u32, now: Millis },
}

/// Follows an address to the screen it shows, changing `progress` where the address asks
/// for it: a check starts (as `start` says), a redirect is followed. Returns the route
/// shown. The static pages are this over empty progress; the app arrives the same way.
pub fn arrive(route: Route, course: &Course, progress: &mut Progress, start: &Start) -> Route {
    let mut route = route;
    // A start or a redirect leads to a route that shows: two steps at most.
    for _ in 0..4 {
        match resolve(&route, course, progress) {
            Resolved::Show(shown) => return shown,
            Resolved::Redirect(to) => route = to,
            Resolved::StartCheck(id) => {
                let Some(lesson) = course.lesson(&id) else {
                    return Route::NotFound;
                };
                let lp = progress.lesson_mut(&id);
                match start {
                    Start::FromPage {
                        chosen,
                        pressed_check,
                        now,
                    } => lp.start_from_page(lesson, *now, chosen.as_deref(), *pressed_check),
                    Start::Fresh { seed, now } => lp.start(lesson, *seed, *now),
                };
                route = Route::Question(id, 1);
            }
        }
    }
    route
}
