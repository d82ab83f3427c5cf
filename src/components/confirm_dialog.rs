//! A question put to the learner before something happens: a heading, what it would do,
//! and a button to go ahead beside Cancel, in a `Modal`.

use leptos::prelude::*;

use crate::components::modal::Modal;
use crate::i18n::t;

#[component]
pub fn ConfirmDialog(
    /// Whether the dialog is shown.
    #[prop(into)]
    open: Signal<bool>,
    /// Id of the heading, which names the dialog.
    heading_id: &'static str,
    #[prop(into)] heading: String,
    /// The label of the button that goes ahead, such as "Import".
    #[prop(into)]
    confirm: String,
    /// That button's class: "primary", or "danger" for what cannot be undone.
    confirm_class: &'static str,
    #[prop(into)] on_confirm: Callback<()>,
    /// Called by Cancel, and when the dialog closes by itself (Escape).
    #[prop(into)]
    on_cancel: Callback<()>,
    /// What going ahead would do, between the heading and the buttons.
    children: ChildrenFn,
) -> impl IntoView {
    view! {
        <Modal open=open on_close=on_cancel labelled_by=heading_id>
            <div class="confirm">
                <h2 id=heading_id>{heading.clone()}</h2>
                {children()}
                <div class="actions">
                    <button type="button" class=confirm_class on:click=move |_| on_confirm.run(())>{confirm.clone()}</button>
                    <button type="button" on:click=move |_| on_cancel.run(())>{t("cancel")}</button>
                </div>
            </div>
        </Modal>
    }
}
