//! The service worker: registered once the app runs, so the site works offline; when a new
//! build has installed in the background, the learner is offered a reload. Progress is
//! saved on every change, so reloading loses nothing.

use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{ServiceWorker, ServiceWorkerRegistration, ServiceWorkerState};

use crate::components::notices::{Notice, NoticeKind};

/// Registers `sw.js` next to the page. Where service workers are unavailable (or the file
/// is absent in development builds) the app simply runs online.
pub fn register(notices: RwSignal<Vec<Notice>>) {
    // Development builds (`make serve`) have no service worker: it would cache stale code.
    if cfg!(debug_assertions) {
        return;
    }
    let Some(navigator) = web_sys::window().map(|w| w.navigator()) else {
        return;
    };
    // Absent outside secure contexts; calling into it then would throw.
    if !js_sys::Reflect::has(&navigator, &"serviceWorker".into()).unwrap_or(false) {
        return;
    }
    let container = navigator.service_worker();
    let promise = container.register("sw.js");
    leptos::task::spawn_local(async move {
        let Ok(registration) = wasm_bindgen_futures::JsFuture::from(promise).await else {
            return;
        };
        let Ok(registration) = registration.dyn_into::<ServiceWorkerRegistration>() else {
            return;
        };
        let has_controller = move || {
            web_sys::window()
                .and_then(|w| w.navigator().service_worker().controller())
                .is_some()
        };
        // An update that finished installing while the page was closed.
        if registration.waiting().is_some() && has_controller() {
            offer_reload(notices);
        }
        let reg = registration.clone();
        let on_update = Closure::<dyn FnMut()>::new(move || {
            let Some(worker) = reg.installing() else {
                return;
            };
            let watched = worker.clone();
            let on_state = Closure::<dyn FnMut()>::new(move || {
                if watched.state() == ServiceWorkerState::Installed && has_controller() {
                    offer_reload(notices);
                }
            });
            worker.set_onstatechange(Some(on_state.as_ref().unchecked_ref()));
            on_state.forget();
        });
        registration.set_onupdatefound(Some(on_update.as_ref().unchecked_ref()));
        on_update.forget();
    });
}

fn offer_reload(notices: RwSignal<Vec<Notice>>) {
    if notices.with_untracked(|n| n.iter().any(|n| n.kind == NoticeKind::Update)) {
        return;
    }
    notices.update(|n| {
        n.push(Notice::new(
            NoticeKind::Update,
            crate::tr!("update-ready", site = crate::site::site().title.as_str()),
        ))
    });
}

/// Activates the waiting build and reloads once it controls the page.
pub fn apply_update() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let container = window.navigator().service_worker();
    let on_change = Closure::<dyn FnMut()>::new(move || {
        if let Some(w) = web_sys::window() {
            let _ = w.location().reload();
        }
    });
    container.set_oncontrollerchange(Some(on_change.as_ref().unchecked_ref()));
    on_change.forget();
    let promise = container.get_registration();
    leptos::task::spawn_local(async move {
        let registration = wasm_bindgen_futures::JsFuture::from(promise)
            .await
            .ok()
            .and_then(|r| r.dyn_into::<ServiceWorkerRegistration>().ok());
        match registration.and_then(|r| r.waiting()) {
            Some(worker) => post_activate(&worker),
            None => {
                if let Some(w) = web_sys::window() {
                    let _ = w.location().reload();
                }
            }
        }
    });
}

fn post_activate(worker: &ServiceWorker) {
    let _ = worker.post_message(&"lectern:activate".into());
}
