//! One signal, one paragraph, one button: Leptos's own weight, nothing of Lectern's.

use leptos::prelude::*;

fn main() {
    leptos::mount::mount_to_body(|| {
        let count = RwSignal::new(0);
        view! {
            <p>{move || format!("Clicked {} times", count.get())}</p>
            <button on:click=move |_| count.update(|n| *n += 1)>"Click"</button>
        }
    });
}
