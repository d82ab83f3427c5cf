//! The one place that reads and writes localStorage. Storage is first probed through
//! `window.localStorage` as a `Result<Option<_>>`, so a browser that blocks it gives an
//! error value, never a panic, and the app goes on from memory. Saves encode the document
//! once with serde_json and write it through gloo-storage's handle once the probe has found
//! storage (gloo reaches it through a getter that panics when access throws). The text
//! written is kept: another tab's write is told by stored text that differs from it, with
//! no read-back of our own. Stored text is read raw, because a damaged value is copied
//! aside as it is.
//! Nothing here ever clears storage: other sites on the same origin keep theirs.

use std::cell::{Cell, RefCell};
use std::fmt;

use gloo_storage::{LocalStorage, Storage as _};
use lectern_core::attempt::Millis;
use lectern_core::progress::{decode, DecodeError, Progress, VERSION};
use lectern_core::sync::merge;
use web_sys::Storage;

use crate::tr;

/// Where this site keeps its document. The base path is part of the key because every
/// project site under one `user.github.io` shares one origin, hence one localStorage.
pub fn key_for(base_path: &str) -> String {
    format!("lectern:{base_path}")
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StoreError {
    /// localStorage is missing or refuses access (privacy modes, blocked cookies).
    Unavailable,
    /// The browser refused to write (storage full, or blocked after loading).
    WriteFailed(String),
    /// The stored document belongs to a newer Lectern; we must not overwrite it.
    ReadOnly,
}

impl fmt::Display for StoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Unavailable => f.write_str(&tr!("save-unavailable", site = site_name())),
            Self::WriteFailed(e) => f.write_str(&tr!("save-refused", why = e.as_str())),
            Self::ReadOnly => f.write_str(&tr!("save-read-only", site = site_name())),
        }
    }
}

pub struct Store {
    key: String,
    storage: Result<Storage, StoreError>,
    /// The text storage holds as far as this page knows: what it last read or wrote.
    /// Stored text that differs from it was written by another tab, and only then is it
    /// merged in.
    seen: RefCell<Option<String>>,
    /// Whether another tab may have written since: the browser tells every other tab of a
    /// write (`storage` event), and only then does a save read what is stored first.
    foreign: Cell<bool>,
}

/// What loading found: the progress to start from, and what the learner should be told.
pub struct Loaded {
    pub progress: Progress,
    pub notices: Vec<String>,
}

impl Store {
    /// Opens the store and loads the document. Never fails: whatever goes wrong becomes a
    /// notice, and the original text of anything unreadable is kept aside first.
    pub fn open(base_path: &str, now: Millis) -> (Store, Loaded) {
        let key = key_for(base_path);
        let storage = probe();
        let mut store = Store {
            key,
            storage,
            seen: RefCell::new(None),
            foreign: Cell::new(true),
        };
        let loaded = store.load(now);
        (store, loaded)
    }

    /// Another tab wrote (or cleared) our key: the next save reads it and merges.
    pub fn note_foreign_write(&self) {
        self.foreign.set(true);
    }

    /// Whether saves can reach storage at all.
    pub fn is_writable(&self) -> bool {
        self.storage.is_ok()
    }

    pub fn key(&self) -> &str {
        &self.key
    }

    /// Writes the document. It is encoded once; the text written is kept, so the next save
    /// tells another tab's write from this tab's own without reading its own back. Text
    /// equal to what storage holds is not written again.
    pub fn save(&self, progress: &Progress) -> Result<(), StoreError> {
        self.storage.as_ref().map_err(Clone::clone)?;
        // Storage found at load can be blocked since; gloo would panic on it.
        probe()?;
        let text =
            serde_json::to_string(progress).map_err(|e| StoreError::WriteFailed(e.to_string()))?;
        if self.seen.borrow().as_deref() == Some(text.as_str()) {
            return Ok(());
        }
        LocalStorage::raw()
            .set_item(&self.key, &text)
            .map_err(|e| StoreError::WriteFailed(error_name(&e)))?;
        *self.seen.borrow_mut() = Some(text);
        Ok(())
    }

    /// Saves `ours` merged with what another tab may have written since we last looked,
    /// so a finished attempt from either tab survives. Returns the merged document when it
    /// differs from `ours`. What is stored but unreadable is not merged; it was kept aside
    /// on load. Stored text is only read when another tab may have written: on the first
    /// save of a visit, and after a `storage` event, until a save succeeds.
    pub fn save_merged(&self, ours: &Progress) -> Result<Option<Progress>, StoreError> {
        let storage = self.storage.as_ref().map_err(Clone::clone)?;
        if !self.foreign.get() {
            return self.save(ours).map(|()| None);
        }
        let stored = storage.get_item(&self.key).ok().flatten();
        let theirs = stored
            .as_deref()
            .filter(|text| self.seen.borrow().as_deref() != Some(*text))
            .and_then(|text| decode(text).ok())
            .map(|d| d.progress);
        // What storage holds now, whoever wrote it: `save` compares against it.
        *self.seen.borrow_mut() = stored;
        let merged = theirs
            .map(|theirs| merge(ours, &theirs))
            .filter(|merged| merged != ours);
        self.save(merged.as_ref().unwrap_or(ours))?;
        self.foreign.set(false);
        Ok(merged)
    }

    fn load(&mut self, now: Millis) -> Loaded {
        let fresh = |notice: String| Loaded {
            progress: Progress::default(),
            notices: vec![notice],
        };
        let storage = match &self.storage {
            Ok(s) => s.clone(),
            Err(_) => return fresh(tr!("memory-blocked", site = site_name())),
        };
        let text = match storage.get_item(&self.key) {
            Ok(Some(text)) => text,
            Ok(None) => {
                return Loaded {
                    progress: Progress::default(),
                    notices: Vec::new(),
                }
            }
            Err(_) => {
                self.storage = Err(StoreError::Unavailable);
                return fresh(tr!("memory-unreadable", site = site_name()));
            }
        };
        *self.seen.borrow_mut() = Some(text.clone());
        match decode(&text) {
            Ok(decoded) if decoded.dropped.is_empty() => {
                if decoded.from_version < VERSION {
                    // A migrated document is saved in the new format on the next write; the
                    // original stays aside in case this build's migration is ever wrong. With
                    // no room for the copy the migration still goes ahead: it keeps every
                    // score and the latest answers, which is all the app shows.
                    let backup = format!("{}:backup:{now}", self.key);
                    let _ = storage.set_item(&backup, &text);
                }
                Loaded {
                    progress: decoded.progress,
                    notices: Vec::new(),
                }
            }
            Ok(decoded) => {
                let aside = self.keep_aside(&storage, &text, now);
                Loaded {
                    progress: decoded.progress,
                    notices: vec![format!(
                        "{} {aside}",
                        tr!(
                            "part-unreadable",
                            lessons = decoded.dropped.join(&crate::i18n::t("list-separator"))
                        )
                    )],
                }
            }
            Err(DecodeError::TooNew { .. }) => {
                // Writing would destroy data a newer site can read: leave it untouched.
                self.storage = Err(StoreError::ReadOnly);
                fresh(tr!("newer-version", site = site_name()))
            }
            Err(e) => {
                let aside = self.keep_aside(&storage, &text, now);
                let why = e.to_string();
                fresh(format!(
                    "{} {aside}",
                    tr!("unreadable", why = why, site = site_name())
                ))
            }
        }
    }

    /// Copies unreadable text to a backup key before anything overwrites it. If even that
    /// fails, stops saving for this visit so the original stays where it was.
    fn keep_aside(&mut self, storage: &Storage, text: &str, now: Millis) -> String {
        let backup = format!("{}:backup:{now}", self.key);
        match storage.set_item(&backup, text) {
            Ok(()) => tr!("kept-aside", key = backup),
            Err(_) => {
                self.storage = Err(StoreError::ReadOnly);
                crate::i18n::t("not-kept-aside")
            }
        }
    }
}

/// localStorage, if this browser lets the page reach it.
fn probe() -> Result<Storage, StoreError> {
    web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .ok_or(StoreError::Unavailable)
}

/// Why a write failed, in a word the learner can pass on (a DOMException's name, such as
/// QuotaExceededError).
fn error_name(error: &wasm_bindgen::JsValue) -> String {
    use wasm_bindgen::JsCast;
    error
        .dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.name()))
        .unwrap_or_else(|| "Error".to_string())
}

/// The notice shown while saves fail; cleared once a save succeeds again.
pub fn save_failed_notice(error: &StoreError) -> String {
    tr!(
        "memory-save-failed",
        why = error.to_string(),
        site = site_name()
    )
}

/// The site's name, as notices call it.
fn site_name() -> &'static str {
    crate::site::site().title.as_str()
}
