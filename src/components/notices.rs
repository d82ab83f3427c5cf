//! Quiet banners for things the learner should know (storage trouble), each dismissible.

use leptos::prelude::*;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NoticeKind {
    /// Found while loading saved progress.
    Load,
    /// Saving is failing right now; removed once a save succeeds.
    Save,
    /// A new build of the site is installed and waits for a reload.
    Update,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Notice {
    pub id: u32,
    pub kind: NoticeKind,
    pub text: String,
}

impl Notice {
    pub fn new(kind: NoticeKind, text: String) -> Self {
        use std::sync::atomic::{AtomicU32, Ordering};
        static NEXT: AtomicU32 = AtomicU32::new(1);
        Notice {
            id: NEXT.fetch_add(1, Ordering::Relaxed),
            kind,
            text,
        }
    }
}

#[component]
pub fn Notices(notices: RwSignal<Vec<Notice>>) -> impl IntoView {
    view! {
        <div class="notices">
            <For each=move || notices.get() key=|n| n.id let:notice>
                <div class="banner" role="status">
                    <p>{notice.text.clone()}</p>
                    {(notice.kind == NoticeKind::Update).then(|| view! {
                        <button type="button" class="primary" on:click=|_| crate::offline::apply_update()>{crate::i18n::t("reload")}</button>
                    })}
                    <button
                        type="button"
                        class="quiet"
                        on:click=move |_| notices.update(|all| all.retain(|n| n.id != notice.id))
                    >
                        {crate::i18n::t("dismiss")}
                    </button>
                </div>
            </For>
        </div>
    }
}
