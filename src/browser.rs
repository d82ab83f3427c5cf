//! Small wrappers over browser APIs that can fail (no window, blocked features), so the
//! rest of the app calls plain functions and never unwraps a browser value.

use lectern_core::attempt::Millis;
use lectern_core::route::Route;

pub fn now() -> Millis {
    js_sys::Date::now() as Millis
}

/// The learner's clock: now, and their local offset from UTC (JS gives it west-positive).
pub fn clock() -> lectern_core::review::Clock {
    let offset = -js_sys::Date::new_0().get_timezone_offset();
    lectern_core::review::Clock { now: now(), offset_minutes: offset as i64 }
}

/// A fresh shuffle seed for a new attempt.
pub fn random_seed() -> u32 {
    (js_sys::Math::random() * 4_294_967_296.0) as u32
}

/// The site's base path (`/lectern/` on a project site), so that several sites on one
/// origin keep separate progress.
pub fn base_path() -> String {
    let path = web_sys::window()
        .and_then(|w| w.location().pathname().ok())
        .unwrap_or_else(|| "/".to_string());
    match path.rfind('/') {
        Some(i) => path[..=i].to_string(),
        None => "/".to_string(),
    }
}

pub fn current_hash() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// Puts a route in the address bar: a new history entry, or a replacement (redirects).
/// History API changes fire no `hashchange`, so the caller updates the route signal too.
pub fn set_address(route: &Route, replace: bool) {
    let Some(window) = web_sys::window() else { return };
    let hash = route.to_hash();
    if window.location().hash().ok().as_deref() == Some(hash.as_str()) {
        return;
    }
    if let Ok(history) = window.history() {
        let null = wasm_bindgen::JsValue::NULL;
        let _ = if replace {
            history.replace_state_with_url(&null, "", Some(&hash))
        } else {
            history.push_state_with_url(&null, "", Some(&hash))
        };
    }
}

pub fn set_title(title: &str) {
    if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
        doc.set_title(title);
    }
}

/// Asks the browser to keep our storage through eviction (Safari drops script-written
/// storage after 7 days without a visit unless the site is persisted).
pub fn request_persistence() {
    if let Some(window) = web_sys::window() {
        let _ = window.navigator().storage().persist();
    }
}

/// Moves keyboard focus to an element by id (headings carry `tabindex="-1"`).
pub fn focus(id: &str) {
    use wasm_bindgen::JsCast;
    let el = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(el) = el {
        let _ = el.focus();
    }
}
