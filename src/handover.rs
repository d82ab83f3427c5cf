//! What the learner did on the prerendered first question before the app took over: the
//! static page's radios work without WebAssembly, so an answer chosen (or checked) there
//! is read from the page before it is removed, and the app starts that attempt with it.

use std::cell::RefCell;

use lectern_core::route::Route;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlInputElement};

/// The state of the prerendered first question the learner had on screen.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Early {
    pub lesson: String,
    pub chosen: Option<String>,
    /// Check was pressed (it only counts with an option chosen).
    pub pressed_check: bool,
}

thread_local! {
    static EARLY: RefCell<Option<Early>> = const { RefCell::new(None) };
}

/// Reads the prerendered block, if it shows a first question, before it is removed.
pub fn keep(prerendered: &Element) {
    let page = prerendered
        .query_selector("main:not([hidden])")
        .ok()
        .flatten();
    let early = page.and_then(|page| {
        let route = page.get_attribute("data-route")?;
        // A link followed before the app arrived left this page behind: it is not current.
        // A bare address shows the last place the learner was, as the app will too.
        let hash = crate::browser::current_hash();
        if hash.len() > 1 && route != hash {
            return None;
        }
        let Route::Question(lesson, 1) = Route::parse(&route) else {
            return None;
        };
        let chosen = page
            .query_selector("input[name=answer]:checked")
            .ok()
            .flatten()
            .and_then(|input| input.dyn_into::<HtmlInputElement>().ok())
            .map(|input| input.value());
        let pressed_check = page
            .query_selector("[data-pressed]")
            .ok()
            .flatten()
            .is_some();
        Some(Early {
            lesson,
            chosen,
            pressed_check,
        })
    });
    EARLY.with(|e| *e.borrow_mut() = early);
}

/// The early state for this lesson's new attempt, once; `None` when the learner did not
/// start on its prerendered first question.
pub fn take(lesson: &str) -> Option<Early> {
    EARLY.with(|e| {
        let mut early = e.borrow_mut();
        if early.as_ref().is_some_and(|x| x.lesson == lesson) {
            early.take()
        } else {
            None
        }
    })
}
