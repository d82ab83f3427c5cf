//! Small wrappers over browser APIs that can fail (no window, blocked features), so the
//! rest of the app calls plain functions and never unwraps a browser value.
//!
//! Rendered natively (`ssr`, pages made at build time) there is no browser: every wrapper
//! then does nothing or gives a fixed value, so a screen that calls one while drawing
//! renders the same markup in both builds.

use lectern_core::attempt::Millis;
use lectern_core::route::Route;

/// Whether this is a native render, where no browser API may be called (off wasm, a call
/// into JavaScript panics).
const NATIVE: bool = cfg!(feature = "ssr");

/// The page's window; none in a native render, where the wrappers below fall back.
fn window() -> Option<web_sys::Window> {
    if NATIVE {
        return None;
    }
    web_sys::window()
}

/// Now, in the browser. A native render is made for no one at no particular time: it
/// gets 0, so the same content always gives the same page.
pub fn now() -> Millis {
    if NATIVE {
        return 0;
    }
    js_sys::Date::now() as Millis
}

/// The learner's clock: now, and their local offset from UTC (JS gives it west-positive).
pub fn clock() -> lectern_core::review::Clock {
    let offset = if NATIVE {
        0
    } else {
        -js_sys::Date::new_0().get_timezone_offset() as i64
    };
    lectern_core::review::Clock {
        now: now(),
        offset_minutes: offset,
    }
}

/// A fresh shuffle seed for a new attempt.
pub fn random_seed() -> u32 {
    if NATIVE {
        return 0;
    }
    (js_sys::Math::random() * 4_294_967_296.0) as u32
}

/// The site's base path (`/lectern/` on a project site), from the page's `<base>`, which
/// the build writes from its public URL: several sites on one origin keep separate
/// progress, and a page at any depth gives the same path.
pub fn base_path() -> String {
    let base = window()
        .and_then(|w| w.document())
        .and_then(|d| d.base_uri().ok().flatten())
        .and_then(|uri| web_sys::Url::new(&uri).ok())
        .map(|url| url.pathname())
        .unwrap_or_else(|| "/".to_string());
    match base.rfind('/') {
        Some(i) => base[..=i].to_string(),
        None => "/".to_string(),
    }
}

/// The route the address bar asks for: a path under the base, or an old hash address
/// (`#/local-models/check/3`) from a release that routed on the hash.
pub fn address_route() -> Route {
    let Some(location) = window().map(|w| w.location()) else {
        return Route::Home;
    };
    let hash = location.hash().unwrap_or_default();
    if hash.starts_with("#/") {
        return Route::parse(&hash);
    }
    let path = location.pathname().unwrap_or_default();
    match path.strip_prefix(&base_path()) {
        Some(rest) => Route::from_path(rest),
        None if format!("{path}/") == base_path() => Route::Home,
        None => Route::NotFound,
    }
}

/// The route the page in the document was built for (its `<main data-route>`); none when
/// the document holds no built page.
pub fn built_page() -> Option<Route> {
    let main = window()?
        .document()?
        .query_selector("main[data-route]")
        .ok()??;
    Some(Route::from_path(&main.get_attribute("data-route")?))
}

/// The text of one of the page's data blocks (`<script type="application/json" id>`),
/// which the build writes: `lesson-text` (the page's lesson), `course-outline`.
pub fn page_data(id: &str) -> Option<String> {
    window()?.document()?.get_element_by_id(id)?.text_content()
}

/// The route a click on a link within the site leads to, when the app should follow it
/// itself: a plain left click, no new tab or download, an address under the base.
pub fn link_within_site(e: &web_sys::MouseEvent) -> Option<Route> {
    use wasm_bindgen::JsCast;
    if e.default_prevented()
        || e.button() != 0
        || e.ctrl_key()
        || e.meta_key()
        || e.shift_key()
        || e.alt_key()
    {
        return None;
    }
    let anchor = e
        .target()?
        .dyn_into::<web_sys::Element>()
        .ok()?
        .closest("a[href]")
        .ok()??
        .dyn_into::<web_sys::HtmlAnchorElement>()
        .ok()?;
    let raw = anchor.get_attribute("href")?;
    if raw.starts_with('#') || anchor.has_attribute("target") || anchor.has_attribute("download") {
        return None;
    }
    let location = window()?.location();
    if anchor.origin() != location.origin().ok()? {
        return None;
    }
    let rest = anchor.pathname().strip_prefix(&base_path())?.to_string();
    Some(Route::from_path(&rest))
}

/// Puts a route in the address bar: a new history entry, or a replacement (redirects).
/// History API changes fire no `popstate`, so the caller updates the route signal too. The
/// not-found screen keeps the address the learner typed.
pub fn set_address(route: &Route, replace: bool) {
    let Some(window) = window() else {
        return;
    };
    if *route == Route::NotFound {
        return;
    }
    let url = format!("{}{}", base_path(), route.to_path());
    let location = window.location();
    let hash = location.hash().unwrap_or_default();
    if location.pathname().ok().as_deref() == Some(url.as_str()) && !hash.starts_with("#/") {
        return;
    }
    if let Ok(history) = window.history() {
        let null = wasm_bindgen::JsValue::NULL;
        let _ = if replace {
            history.replace_state_with_url(&null, "", Some(&url))
        } else {
            history.push_state_with_url(&null, "", Some(&url))
        };
    }
}

/// Marks the page as run by the app (`data-app="started"` on `<html>`), once it has
/// hydrated and the learner's state is in: what tests and tools wait for.
pub fn mark_started() {
    if let Some(root) = window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.set_attribute("data-app", "started");
    }
}

pub fn set_title(title: &str) {
    if let Some(doc) = window().and_then(|w| w.document()) {
        doc.set_title(title);
    }
}

/// Asks the browser to keep our storage through eviction (Safari drops script-written
/// storage after 7 days without a visit unless the site is persisted).
pub fn request_persistence() {
    if let Some(window) = window() {
        let _ = window.navigator().storage().persist();
    }
}

/// Runs `f` in a task of its own, after whatever the browser has queued (a zero timer);
/// at once where there is no window.
pub fn next_task(f: impl FnOnce() + 'static) {
    use wasm_bindgen::JsCast;
    let Some(window) = window() else {
        return f();
    };
    let task = wasm_bindgen::closure::Closure::once_into_js(f);
    let _ = window.set_timeout_with_callback(task.unchecked_ref());
}

/// Runs `f` as a User Timing measure named `name` (a mark `<name>:start`, then
/// `performance.measure`), so that the browser's profiler, and the bench, see how long it
/// took. Without a window it just runs.
pub fn timed<T>(name: &str, f: impl FnOnce() -> T) -> T {
    let Some(performance) = window().and_then(|w| w.performance()) else {
        return f();
    };
    let start = format!("{name}:start");
    let _ = performance.mark(&start);
    let result = f();
    let _ = performance.measure_with_start_mark(name, &start);
    performance.clear_marks_with_mark_name(&start);
    result
}

/// Runs `f` once the browser has drawn the next frame: in a task after the next animation
/// frame, so that work the learner does not wait for (saving) never delays what a click
/// shows. A hidden page draws no frames; there `f` runs in the next task.
pub fn after_next_frame(f: impl FnOnce() + 'static) {
    let hidden = window()
        .and_then(|w| w.document())
        .is_none_or(|d| d.hidden());
    if hidden {
        next_task(f);
    } else {
        leptos::prelude::request_animation_frame(move || next_task(f));
    }
}

pub fn scroll_to_top() {
    if let Some(w) = window() {
        w.scroll_to_with_x_and_y(0.0, 0.0);
    }
}

/// Moves keyboard focus to an element by id (headings carry `tabindex="-1"`).
pub fn focus(id: &str) {
    use wasm_bindgen::JsCast;
    let el = window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(el) = el {
        let _ = el.focus();
    }
}

/// Focuses the element with this id once the screen has been drawn again (after the
/// update under way), for a control that is redrawn by what it does.
pub fn focus_soon(id: String) {
    leptos::prelude::request_animation_frame(move || focus(&id));
}

/// A date in the learner's language, such as "25 Nov 2026".
pub fn format_date(ms: Millis) -> String {
    // Locale data lives in the browser. No page made at build time shows a date: dates
    // belong to a learner's finished checks.
    if NATIVE {
        return String::new();
    }
    let options = js_sys::Object::new();
    for (k, v) in [("year", "numeric"), ("month", "short"), ("day", "numeric")] {
        let _ = js_sys::Reflect::set(&options, &k.into(), &v.into());
    }
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(ms as f64));
    date.to_locale_date_string(&crate::site::site().language, &options)
        .into()
}

/// A number as the site's language writes it (`Intl.NumberFormat`); none in a native
/// render, which prints it plainly. The whole numbers the interface shows print the same
/// both ways in every language it speaks, so a built page and the app agree.
pub fn format_number(n: f64) -> Option<String> {
    use wasm_bindgen::JsValue;
    if NATIVE {
        return None;
    }
    thread_local! {
        static FORMAT: js_sys::Function = {
            let languages = js_sys::Array::of1(&JsValue::from_str(&crate::site::site().language));
            js_sys::Intl::NumberFormat::new(&languages, &js_sys::Object::new()).format()
        };
    }
    FORMAT.with(|format| {
        format
            .call1(&JsValue::NULL, &JsValue::from_f64(n))
            .ok()?
            .as_string()
    })
}

/// Formats one date while the browser is idle. Its first date formatting loads locale
/// data, a long moment (about 15 ms here, several times that on a slow phone); the result
/// screen formats a date, so a check calls this to keep that load out of "See your result".
/// Where idle callbacks are missing (Safari), nothing happens and the first format pays.
pub fn prepare_date_format() {
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsCast;
    let Some(window) = window() else {
        return;
    };
    let task = Closure::once_into_js(|| {
        let _ = format_date(0);
    });
    let _ = window.request_idle_callback(task.unchecked_ref());
}

/// A duration such as "4 min 20 s" or "35 s".
pub fn format_duration(ms: Millis) -> String {
    let seconds = ms.max(0) / 1000;
    match (seconds / 60, seconds % 60) {
        (0, s) => crate::tr!("duration-seconds", seconds = s),
        (m, 0) => crate::tr!("duration-minutes", minutes = m),
        (m, s) if m < 60 => crate::tr!("duration-minutes-seconds", minutes = m, seconds = s),
        (m, _) => crate::tr!("duration-hours-minutes", hours = m / 60, minutes = m % 60),
    }
}

/// Offers text as a file download.
pub fn download(file_name: &str, text: &str) -> Result<(), String> {
    use wasm_bindgen::JsCast;
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("application/json");
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)
        .map_err(|_| crate::i18n::t("export-unprepared"))?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)
        .map_err(|_| crate::i18n::t("export-unprepared"))?;
    let document = window()
        .and_then(|w| w.document())
        .ok_or_else(|| crate::i18n::t("export-unstarted"))?;
    let anchor = document
        .create_element("a")
        .ok()
        .and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok())
        .ok_or_else(|| crate::i18n::t("export-unstarted"))?;
    anchor.set_href(&url);
    anchor.set_download(file_name);
    anchor.click();
    let _ = web_sys::Url::revoke_object_url(&url);
    Ok(())
}

/// Today's date as YYYY-MM-DD in local time, for file names.
pub fn today_stamp() -> String {
    if NATIVE {
        return String::new();
    }
    let d = js_sys::Date::new_0();
    format!(
        "{:04}-{:02}-{:02}",
        d.get_full_year(),
        d.get_month() + 1,
        d.get_date()
    )
}

/// Applies a theme choice to the page (`data-theme` on `<html>`); `None` follows the system.
pub fn set_theme(theme: Option<lectern_core::progress::Theme>) {
    use lectern_core::progress::Theme;
    let Some(root) = window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    else {
        return;
    };
    let _ = match theme {
        Some(Theme::Dark) => root.set_attribute("data-theme", "dark"),
        Some(Theme::Light) => root.set_attribute("data-theme", "light"),
        None => root.remove_attribute("data-theme"),
    };
}

pub fn prefers_dark() -> bool {
    window()
        .and_then(|w| w.match_media("(prefers-color-scheme: dark)").ok().flatten())
        .is_some_and(|m| m.matches())
}

pub fn print() {
    if let Some(w) = window() {
        let _ = w.print();
    }
}
