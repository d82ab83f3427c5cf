//! Never a blank page: a panic replaces the app with a short message, the details to copy,
//! and a reload link. Progress is already saved (every change is written at once), so the
//! message can say so. The hook runs before the WebAssembly instance stops, so it builds
//! plain DOM; the copy button is served by `crash.js`, which needs no WebAssembly.

use std::fmt::Write as _;

/// Installs the panic hook.
pub fn install() {
    std::panic::set_hook(Box::new(|info| show(&info.to_string())));
}

/// Shows the crash message with `details`.
pub fn show(details: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Some(body) = document.body() else { return };
    // The page's own path, whole: the page's <base> would resolve a relative address to
    // the home page.
    let reload = web_sys::window()
        .map(|w| w.location())
        .and_then(|l| Some((l.pathname().ok()?, l.hash().ok()?)))
        .map(|(path, hash)| format!("{path}?reload={}{hash}", js_sys::Date::now() as u64))
        .unwrap_or_else(|| "./".to_string());
    let mut text = String::new();
    let _ = write!(text, "Lectern {}: {details}", env!("CARGO_PKG_VERSION"));
    let t = crate::i18n::t;
    let build = |tag: &str| document.create_element(tag).ok();
    let (Some(panel), Some(heading), Some(p), Some(area), Some(actions), Some(copy), Some(link)) = (
        build("div"),
        build("h1"),
        build("p"),
        build("textarea"),
        build("p"),
        build("button"),
        build("a"),
    ) else {
        return;
    };
    panel.set_class_name("crash card");
    let _ = panel.set_attribute("role", "alert");
    heading.set_text_content(Some(&t("crash-heading")));
    p.set_text_content(Some(&t("crash-text")));
    area.set_text_content(Some(&text));
    area.set_id("crash-details");
    let _ = area.set_attribute("readonly", "");
    let _ = area.set_attribute("aria-label", &t("crash-details"));
    actions.set_class_name("actions");
    copy.set_text_content(Some(&t("crash-copy")));
    // crash.js, plain script, says the copy is done in the site's language.
    let _ = copy.set_attribute("data-copied", &t("crash-copied"));
    let _ = copy.set_attribute("type", "button");
    let _ = copy.set_attribute("data-copy", "crash-details");
    link.set_text_content(Some(&t("reload")));
    link.set_class_name("button primary");
    let _ = link.set_attribute("href", &reload);
    // A link with a target is left to the browser: the app's handler for links within the
    // site, which can outlive the panic, would only change the address, not load the page.
    let _ = link.set_attribute("target", "_self");
    let _ = actions.append_child(&link);
    let _ = actions.append_child(&copy);
    for child in [&heading, &p, &area, &actions] {
        let _ = panel.append_child(child);
    }
    body.set_inner_html("");
    let _ = body.append_child(&panel);
}

/// A deliberate panic, for the end-to-end test of the message. Only in builds made with
/// the `test-hooks` feature, never in the site as deployed.
#[cfg(feature = "test-hooks")]
#[wasm_bindgen::prelude::wasm_bindgen(js_name = lecternTestPanic)]
pub fn test_panic() {
    panic!("deliberate panic from the test hook");
}
