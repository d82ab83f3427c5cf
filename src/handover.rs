//! What the learner did on a built first-question page before the app started: the
//! page's radios, checkboxes and text field work without WebAssembly, and
//! `assets/early-press.js` (a plain script inlined in the head) marks a press of its Check
//! button, so both are read from the page before hydration, and again once hydrated, and
//! the app starts that attempt with them (`Start::FromPage`).

use lectern_core::route::Route;
use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;

/// The state of the built first question the learner had on screen.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Early {
    pub lesson: String,
    pub chosen: Option<String>,
    /// Check was pressed (it only counts with an option chosen).
    pub pressed_check: bool,
}

impl Early {
    /// This state, updated with an answer to the first question in `page_state` (the
    /// progress the page was built with, which the app answers into once hydrated).
    pub fn with_answer_from(mut self, page_state: &lectern_core::progress::Progress) -> Early {
        let answer = page_state.current(&self.lesson).and_then(|a| {
            let first = a.questions.first()?;
            a.answers.get(first).cloned()
        });
        if let Some(answer) = answer {
            self.chosen = Some(answer.option);
            self.pressed_check |= answer.checked;
        }
        self
    }

    /// This state with what the page shows now: a press of the built Check button made
    /// while the app was hydrating is only on the page's mark, read here once hydrated.
    pub fn again_from_page(self) -> Early {
        let Some(now) = read(&Route::Question(self.lesson.clone(), 1)) else {
            return self;
        };
        Early {
            chosen: now.chosen.or(self.chosen),
            pressed_check: self.pressed_check || now.pressed_check,
            lesson: self.lesson,
        }
    }
}

/// The answer on the page, as a response (`lectern_core::grading`): the options ticked
/// (one radio, or checkboxes in page order, which the core puts in its own order), or the
/// text typed.
fn response_on(document: &web_sys::Document) -> Option<String> {
    let inputs = document.query_selector_all("input[name=answer]").ok()?;
    let mut picked = Vec::new();
    for i in 0..inputs.length() {
        let Some(input) = inputs
            .item(i)
            .and_then(|n| n.dyn_into::<HtmlInputElement>().ok())
        else {
            continue;
        };
        match input.type_().as_str() {
            "text" => return Some(input.value()).filter(|v| !v.trim().is_empty()),
            _ if input.checked() => picked.push(input.value()),
            _ => {}
        }
    }
    (!picked.is_empty()).then(|| picked.join(","))
}

/// Reads the page, built for `page`, if it shows a check's first question.
pub fn read(page: &Route) -> Option<Early> {
    let Route::Question(lesson, 1) = page else {
        return None;
    };
    let document = web_sys::window()?.document()?;
    let chosen = response_on(&document);
    let pressed_check = document
        .query_selector("[data-pressed]")
        .ok()
        .flatten()
        .is_some();
    Some(Early {
        lesson: lesson.clone(),
        chosen,
        pressed_check,
    })
}
