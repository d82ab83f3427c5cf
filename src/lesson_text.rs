//! Each lesson's text. The outline (`course`) has every lesson's ids and titles; a
//! lesson's sections, prompts, options and explanations come with that lesson's pages: the
//! page's own lesson in the page (a data island the build writes), any other fetched from
//! the site (`<lesson>/lesson.json`) when a screen needs it, and kept for the visit. A
//! native render has the whole course.

use std::collections::{BTreeMap, BTreeSet};

use lectern_core::content::Lesson;
use leptos::prelude::*;

use crate::components::loading::{load_failed, loading};

#[derive(Clone, Copy)]
pub struct Texts {
    loaded: RwSignal<BTreeMap<String, &'static Lesson>>,
    failed: RwSignal<BTreeMap<String, String>>,
    pending: RwSignal<BTreeSet<String>>,
}

/// Whether the text of some lessons is here.
#[derive(Clone, Debug)]
pub enum TextState {
    Ready(Vec<&'static Lesson>),
    Loading,
    /// Why the first lesson that failed could not be loaded.
    Failed(String),
}

impl PartialEq for TextState {
    fn eq(&self, other: &Self) -> bool {
        match (self, other) {
            (Self::Ready(a), Self::Ready(b)) => {
                a.len() == b.len() && a.iter().zip(b).all(|(x, y)| std::ptr::eq(*x, *y))
            }
            (Self::Loading, Self::Loading) => true,
            (Self::Failed(a), Self::Failed(b)) => a == b,
            _ => false,
        }
    }
}

impl Texts {
    pub fn new(lessons: impl IntoIterator<Item = &'static Lesson>) -> Texts {
        Texts {
            loaded: RwSignal::new(lessons.into_iter().map(|l| (l.id.clone(), l)).collect()),
            failed: RwSignal::new(BTreeMap::new()),
            pending: RwSignal::new(BTreeSet::new()),
        }
    }

    /// The state of these lessons' text (tracked).
    pub fn state(&self, ids: &[String]) -> TextState {
        if let Some(e) = self
            .failed
            .with(|f| ids.iter().find_map(|id| f.get(id).cloned()))
        {
            return TextState::Failed(e);
        }
        self.loaded.with(|l| {
            ids.iter()
                .map(|id| l.get(id).copied())
                .collect::<Option<Vec<_>>>()
                .map_or(TextState::Loading, TextState::Ready)
        })
    }

    /// Starts loading whichever of these lessons is not here, failed ones again.
    pub fn want(&self, ids: &[String]) {
        for id in ids {
            let here = self.loaded.with_untracked(|l| l.contains_key(id))
                || self.pending.with_untracked(|p| p.contains(id));
            if !here {
                self.failed.update(|f| {
                    f.remove(id);
                });
                self.pending.update(|p| {
                    p.insert(id.clone());
                });
                self.load(id.clone());
            }
        }
    }

    #[cfg(not(feature = "ssr"))]
    fn load(&self, id: String) {
        let texts = *self;
        wasm_bindgen_futures::spawn_local(async move {
            let result = fetch(&id).await;
            texts.pending.update(|p| {
                p.remove(&id);
            });
            match result {
                // Loaded once per visit and kept: the screens hold plain references.
                Ok(lesson) => texts.loaded.update(|l| {
                    l.insert(id, Box::leak(Box::new(lesson)));
                }),
                Err(e) => texts.failed.update(|f| {
                    f.insert(id, e);
                }),
            }
        });
    }

    #[cfg(feature = "ssr")]
    fn load(&self, id: String) {
        self.failed.update(|f| {
            f.insert(id, "a page made at build time has every lesson".into());
        });
    }
}

/// Fetches `<id>/lesson.json` from the site; the service worker answers it offline once
/// the site has been visited.
#[cfg(not(feature = "ssr"))]
async fn fetch(id: &str) -> Result<Lesson, String> {
    let lesson = Lesson::from_text(&fetch_text(&format!("{id}/lesson.json")).await?)
        .map_err(|_| crate::i18n::t("why-unreadable"))?;
    if lesson.id != id {
        return Err(crate::tr!("why-other-lesson", lesson = lesson.id.as_str()));
    }
    Ok(lesson)
}

/// The text of a file of this site; `path` resolves against the page's `<base>`.
#[cfg(not(feature = "ssr"))]
pub async fn fetch_text(path: &str) -> Result<String, String> {
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;
    let offline = || crate::i18n::t("why-offline");
    let window = web_sys::window().ok_or_else(offline)?;
    let response: web_sys::Response = JsFuture::from(window.fetch_with_str(path))
        .await
        .ok()
        .and_then(|r| r.dyn_into().ok())
        .ok_or_else(offline)?;
    if !response.ok() {
        return Err(crate::tr!("why-status", status = response.status()));
    }
    match response.text() {
        Ok(promise) => JsFuture::from(promise)
            .await
            .ok()
            .and_then(|t| t.as_string()),
        Err(_) => None,
    }
    .ok_or_else(offline)
}

/// Draws `view` over these lessons' text once it is here: until then a short note, and if
/// it cannot be loaded, why, with a way to try again.
pub fn with_texts<V: IntoView + 'static>(
    texts: Texts,
    ids: Vec<String>,
    view: impl Fn(Vec<&'static Lesson>) -> V + Send + Sync + 'static,
) -> impl IntoView {
    texts.want(&ids);
    let state = {
        let ids = ids.clone();
        Memo::new(move |_| texts.state(&ids))
    };
    move || match state.get() {
        TextState::Ready(lessons) => view(lessons).into_any(),
        TextState::Loading => loading(crate::i18n::t("loading-lesson")),
        TextState::Failed(why) => {
            let ids = ids.clone();
            load_failed(crate::tr!("failed-lesson", why = why), move || {
                texts.want(&ids)
            })
        }
    }
}

/// `with_texts` for one lesson.
pub fn with_text<V: IntoView + 'static>(
    texts: Texts,
    id: &str,
    view: impl Fn(&'static Lesson) -> V + Send + Sync + 'static,
) -> impl IntoView {
    with_texts(texts, vec![id.to_string()], move |lessons| {
        lessons.first().map(|l| view(l))
    })
}
