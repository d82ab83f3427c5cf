//! A modal dialog on the native `<dialog>` element: `showModal()` makes the rest of the page
//! inert, Escape closes it, and on closing the browser returns focus to the control that
//! opened it. Tab and Shift+Tab wrap around inside it (the browser would otherwise move
//! focus out to its own toolbar).

use leptos::html::Dialog;
use leptos::prelude::*;

#[component]
pub fn Modal(
    /// Whether the dialog is shown.
    #[prop(into)]
    open: Signal<bool>,
    /// Called when the dialog closes by itself (Escape).
    #[prop(into)]
    on_close: Callback<()>,
    /// Id of the element that names the dialog.
    labelled_by: &'static str,
    children: ChildrenFn,
) -> impl IntoView {
    let dialog = NodeRef::<Dialog>::new();
    Effect::new(move |_| {
        let Some(el) = dialog.get() else { return };
        match (open.get(), el.open()) {
            (true, false) => {
                let _ = el.show_modal();
            }
            (false, true) => el.close(),
            _ => {}
        }
    });
    let wrap_focus = move |e: leptos::ev::KeyboardEvent| {
        if e.key() != "Tab" {
            return;
        }
        let Some(el) = dialog.get() else { return };
        let Ok(list) = el.query_selector_all("button, a[href], input, select, textarea") else {
            return;
        };
        let items: Vec<web_sys::HtmlElement> = (0..list.length())
            .filter_map(|i| list.item(i))
            .filter_map(|n| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(n).ok())
            .collect();
        let (Some(first), Some(last)) = (items.first(), items.last()) else {
            return;
        };
        let active = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.active_element());
        let at = |x: &web_sys::HtmlElement| {
            active
                .as_ref()
                .is_some_and(|a| a == x.as_ref() as &web_sys::Element)
        };
        if e.shift_key() && at(first) {
            e.prevent_default();
            let _ = last.focus();
        } else if !e.shift_key() && at(last) {
            e.prevent_default();
            let _ = first.focus();
        }
    };
    view! {
        <dialog node_ref=dialog class="card modal" aria-labelledby=labelled_by on:keydown=wrap_focus on:close=move |_| {
            if open.get_untracked() {
                on_close.run(());
            }
        }>
            {move || open.get().then(|| children())}
        </dialog>
    }
}
