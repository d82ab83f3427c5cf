//! The Copy button of every code block. The buttons come in lesson HTML the build made
//! (`lectern_core::markdown`), which hydration adopts without walking, so one click
//! listener on the document serves them all, whenever they appear. The block's status line
//! (`role="status"`) says "Copied", which screen readers announce.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Listens for clicks on Copy buttons, for the life of the page.
pub fn install() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let on_click = Closure::<dyn FnMut(web_sys::Event)>::new(on_click);
    let added =
        document.add_event_listener_with_callback("click", on_click.as_ref().unchecked_ref());
    if added.is_ok() {
        // The listener lives as long as the page.
        on_click.forget();
    }
}

fn on_click(event: web_sys::Event) {
    let button = event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|e| e.closest("button.copy-code").ok().flatten());
    let Some(block) = button.and_then(|b| b.closest(".code-block").ok().flatten()) else {
        return;
    };
    let code = block
        .query_selector("pre")
        .ok()
        .flatten()
        .and_then(|pre| pre.text_content())
        .unwrap_or_default();
    let status = block.query_selector(".copy-status").ok().flatten();
    if let Some(status) = &status {
        // Emptied first, so a second copy is announced again.
        status.set_text_content(None);
    }
    wasm_bindgen_futures::spawn_local(async move {
        let said = if copy(&code).await {
            "Copied"
        } else {
            "Could not copy: select the code and copy it"
        };
        if let Some(status) = status {
            status.set_text_content(Some(said));
        }
    });
}

/// Puts `text` on the clipboard; false where the browser has no clipboard for the page
/// (an insecure origin) or refuses.
async fn copy(text: &str) -> bool {
    let Some(navigator) = web_sys::window().map(|w| w.navigator()) else {
        return false;
    };
    // `navigator.clipboard` is undefined outside a secure context: calling into it would throw.
    let present = js_sys::Reflect::get(&navigator, &"clipboard".into())
        .is_ok_and(|c| !c.is_undefined() && !c.is_null());
    if !present {
        return false;
    }
    JsFuture::from(navigator.clipboard().write_text(text))
        .await
        .is_ok()
}
