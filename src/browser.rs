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

/// The site's base path (`/lectern/` on a project site), so that several sites on one
/// origin keep separate progress.
pub fn base_path() -> String {
    let path = window()
        .and_then(|w| w.location().pathname().ok())
        .unwrap_or_else(|| "/".to_string());
    match path.rfind('/') {
        Some(i) => path[..=i].to_string(),
        None => "/".to_string(),
    }
}

pub fn current_hash() -> String {
    window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// Puts a route in the address bar: a new history entry, or a replacement (redirects).
/// History API changes fire no `hashchange`, so the caller updates the route signal too.
pub fn set_address(route: &Route, replace: bool) {
    let Some(window) = window() else {
        return;
    };
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

/// Whether the page is hidden (a background tab, a minimised window): it draws no frames.
pub fn is_hidden() -> bool {
    window()
        .and_then(|w| w.document())
        .is_some_and(|d| d.hidden())
}

/// Runs `f` just after the next frame is drawn, out of the current event's way: a frame
/// callback, then a task from it (a frame callback alone runs before the drawing). A
/// hidden page draws no frames, so there it is a task at once. Returns false, and drops
/// `f`, if the browser would not schedule it.
pub fn after_next_paint(f: impl FnOnce() + 'static) -> bool {
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsCast;
    let Some(window) = window() else {
        return false;
    };
    let task = Closure::once_into_js(f);
    if is_hidden() {
        return window
            .set_timeout_with_callback(task.unchecked_ref())
            .is_ok();
    }
    let frame = {
        let window = window.clone();
        Closure::once_into_js(move || {
            let _ = window.set_timeout_with_callback(task.unchecked_ref());
        })
    };
    window
        .request_animation_frame(frame.unchecked_ref())
        .is_ok()
}

/// Runs `f` once the browser has reported the page's first contentful paint, that is once
/// the static page is on screen; at once if that report is already in. Returns false, and
/// drops `f`, if the browser would not schedule it.
///
/// A frame callback and a task after it (`after_next_paint`) run once the frame is drawn,
/// but the report that it reached the screen comes later, and a busy page (the WebAssembly
/// starting) can push it well past that task. Chromium forgets the paint of any text
/// removed before that report, so replacing the static page then made the app's identical
/// copy count as the page's largest paint, after the WebAssembly rather than with the HTML.
pub fn after_first_contentful_paint(f: impl FnOnce() + 'static) -> bool {
    use std::cell::RefCell;
    use std::rc::Rc;
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsCast;
    const FCP: &str = "first-contentful-paint";
    // Reports came at most about 250 ms after the paint in headless Chromium on a loaded
    // machine; this only keeps the app from waiting for ever in a browser that lists paint
    // timing but does not report (a page hidden just after it loaded draws nothing).
    const AT_MOST_MS: i32 = 1000;

    let Some(window) = window() else {
        return false;
    };
    let performance = match window.performance() {
        Some(p) if reports_paints(&window) && !is_hidden() => p,
        _ => return after_next_paint(f),
    };
    if performance
        .get_entries_by_name_with_entry_type(FCP, "paint")
        .length()
        > 0
    {
        f();
        return true;
    }
    // The report and the fallback timer race; whichever comes first runs `f`, once.
    let once = Rc::new(RefCell::new(Some(f)));
    let run = move || {
        let f = once.borrow_mut().take();
        if let Some(f) = f {
            f();
        }
    };
    let on_report = {
        let run = run.clone();
        Closure::<dyn FnMut(web_sys::PerformanceObserverEntryList, web_sys::PerformanceObserver)>::new(
            move |list: web_sys::PerformanceObserverEntryList, observer: web_sys::PerformanceObserver| {
                if list.get_entries_by_name(FCP).length() > 0 {
                    observer.disconnect();
                    run();
                }
            },
        )
    };
    let Ok(observer) = web_sys::PerformanceObserver::new(on_report.as_ref().unchecked_ref()) else {
        return after_next_paint(run);
    };
    // It runs for the page's few paint reports and is disconnected after the first
    // contentful one: leaking it is simpler than keeping it somewhere.
    on_report.forget();
    // Paint entries are not buffered for `entryTypes` observers; the check above covers a
    // report that came before this, and none can arrive between the two (same task).
    observer.observe(&web_sys::PerformanceObserverInit::new(&js_sys::Array::of1(
        &"paint".into(),
    )));
    // The observer holds `f` now: even if the timer is refused, `f` must not also run from
    // the caller, so this reports success either way.
    let fallback = Closure::once_into_js(run);
    let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(
        fallback.unchecked_ref(),
        AT_MOST_MS,
    );
    true
}

/// Whether this browser reports paint timing (`first-contentful-paint`) to observers.
fn reports_paints(window: &web_sys::Window) -> bool {
    use wasm_bindgen::JsCast;
    js_sys::Reflect::get(window, &"PerformanceObserver".into())
        .and_then(|ctor| js_sys::Reflect::get(&ctor, &"supportedEntryTypes".into()))
        .ok()
        .and_then(|types| types.dyn_into::<js_sys::Array>().ok())
        .is_some_and(|types| types.includes(&"paint".into(), 0))
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

/// A date in the learner's language, such as "25 Nov 2026".
pub fn format_date(ms: Millis) -> String {
    // Locale data lives in the browser. No page made at build time shows a date: dates
    // belong to a learner's finished checks.
    if NATIVE {
        return String::new();
    }
    let language = window()
        .and_then(|w| w.navigator().language())
        .unwrap_or_else(|| "en".to_string());
    let options = js_sys::Object::new();
    for (k, v) in [("year", "numeric"), ("month", "short"), ("day", "numeric")] {
        let _ = js_sys::Reflect::set(&options, &k.into(), &v.into());
    }
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(ms as f64));
    date.to_locale_date_string(&language, &options).into()
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
        (0, s) => format!("{s} s"),
        (m, 0) => format!("{m} min"),
        (m, s) if m < 60 => format!("{m} min {s} s"),
        (m, _) => format!("{} h {} min", m / 60, m % 60),
    }
}

/// Offers text as a file download.
pub fn download(file_name: &str, text: &str) -> Result<(), String> {
    use wasm_bindgen::JsCast;
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("application/json");
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)
        .map_err(|_| "the browser could not prepare the file".to_string())?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)
        .map_err(|_| "the browser could not prepare the file".to_string())?;
    let document = window().and_then(|w| w.document()).ok_or("no document")?;
    let anchor = document
        .create_element("a")
        .ok()
        .and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok())
        .ok_or("the browser could not start the download")?;
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
