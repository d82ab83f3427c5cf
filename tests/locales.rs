//! Every catalog of the interface (src/locales) parses and has exactly the messages the
//! English one has, so no language shows a message id where a sentence belongs.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource};
use lectern_core::site::LANGUAGES;

fn catalog(language: &str) -> String {
    let file = format!("{}/src/locales/{language}.ftl", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&file).unwrap_or_else(|e| panic!("{file}: {e}"))
}

fn resource(language: &str) -> FluentResource {
    FluentResource::try_new(catalog(language))
        .unwrap_or_else(|(_, errors)| panic!("{language}.ftl does not parse: {errors:?}"))
}

fn ids(resource: &FluentResource) -> BTreeSet<String> {
    resource
        .entries()
        .filter_map(|entry| match entry {
            fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_string()),
            _ => None,
        })
        .collect()
}

#[test]
fn every_catalog_parses() {
    for language in LANGUAGES {
        resource(language);
    }
}

#[test]
fn every_catalog_has_exactly_the_english_messages() {
    let english = ids(&resource("en"));
    for language in LANGUAGES {
        let theirs = ids(&resource(language));
        let missing: Vec<_> = english.difference(&theirs).collect();
        let extra: Vec<_> = theirs.difference(&english).collect();
        assert!(missing.is_empty(), "{language}.ftl lacks {missing:?}");
        assert!(
            extra.is_empty(),
            "{language}.ftl has {extra:?}, which en.ftl lacks"
        );
    }
}

#[test]
fn every_message_formats_without_errors_in_every_language() {
    let mut args = FluentArgs::new();
    for name in [
        "value",
        "text",
        "correct",
        "total",
        "percent",
        "author",
        "licence",
        "number",
        "why",
        "status",
        "lesson",
        "count",
        "completed",
        "lessons",
        "mastered",
        "questions",
        "step",
        "minutes",
        "reviewed",
        "place",
        "section",
        "right",
        "seconds",
        "hours",
        "scores",
        "site",
        "file",
        "size",
        "max",
        "found",
        "known",
        "checks",
        "reviews",
        "key",
        "parts",
        "answered",
        "question",
    ] {
        args.set(name, 2);
    }
    for language in LANGUAGES {
        let mut bundle = FluentBundle::new(vec![language.parse().expect("a language tag")]);
        bundle
            .add_resource(resource(language))
            .expect("no message twice");
        for id in ids(&resource(language)) {
            let Some(pattern) = bundle.get_message(&id).and_then(|m| m.value()) else {
                panic!("{language}: {id} has no value");
            };
            let mut errors = Vec::new();
            bundle.format_pattern(pattern, Some(&args), &mut errors);
            assert!(errors.is_empty(), "{language}: {id}: {errors:?}");
        }
    }
}
