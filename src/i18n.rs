//! The interface's words, from the one catalog the build embeds: `src/locales/<language>.ftl`
//! for the site's language (`build.rs` picks it, so the download carries one language).
//! `t("id")` is a message; `tr!("id", count = n)` one with arguments. Plurals follow the
//! language's rules (Fluent selectors); numbers go through the browser's `Intl.NumberFormat`
//! in the site's language, and print plainly in a native render.

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};

const CATALOG: &str = include_str!(concat!(env!("OUT_DIR"), "/locale.ftl"));

/// A message argument: text or a number.
pub type Arg<'a> = FluentValue<'a>;

thread_local! {
    static BUNDLE: Option<FluentBundle<FluentResource>> = bundle();
}

/// The site language's bundle. `build.rs` refused a catalog that does not parse, and a
/// test checks every message is there, so `None` is only a broken build's.
fn bundle() -> Option<FluentBundle<FluentResource>> {
    let site = crate::site::site();
    let language = site.language.parse().ok()?;
    let resource = FluentResource::try_new(CATALOG.to_string()).ok()?;
    let mut bundle = FluentBundle::new(vec![language]);
    // Isolation marks keep a right-to-left sentence whole around a left-to-right name; in a
    // left-to-right language they only get in the way of exact text.
    bundle.set_use_isolating(site.is_rtl());
    bundle.set_formatter(Some(|value, _| match value {
        FluentValue::Number(n) => crate::browser::format_number(n.value),
        _ => None,
    }));
    bundle.add_resource(resource).ok()?;
    Some(bundle)
}

/// The message `id`; the id itself if the catalog lacks it.
pub fn t(id: &str) -> String {
    t_args(id, &[])
}

/// The message `id` with `args` in its placeables.
pub fn t_args(id: &str, args: &[(&str, Arg)]) -> String {
    BUNDLE.with(|bundle| {
        let Some(bundle) = bundle else {
            return id.to_string();
        };
        let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
            return id.to_string();
        };
        let mut named = FluentArgs::with_capacity(args.len());
        for (name, value) in args {
            named.set(*name, value.clone());
        }
        // A missing argument shows as its name in braces, which a test would see.
        let mut errors = Vec::new();
        bundle
            .format_pattern(pattern, Some(&named), &mut errors)
            .into_owned()
    })
}

/// `tr!("id")`, or `tr!("id", name = value, ...)` with values that become `Arg`s (text,
/// whole numbers).
#[macro_export]
macro_rules! tr {
    ($id:expr) => {
        $crate::i18n::t($id)
    };
    ($id:expr, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::i18n::t_args($id, &[$((stringify!($name), $crate::i18n::Arg::from($value))),+])
    };
}

/// A percentage as the language writes it ("50%", "50 %").
pub fn percent(value: u32) -> String {
    tr!("percent", value = value)
}
