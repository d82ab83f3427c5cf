//! `content/site.toml`: read and checked like a lesson file; the defaults are today's site.

mod common;

use lectern_core::site::Site;
use lectern_core::site_file::parse_site;
use proptest::prelude::*;

fn fixture(name: &str) -> String {
    let path = format!(
        "{}/../tests/fixtures/site/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn line_of(name: &str, needle: &str) -> usize {
    common::line_containing(name, &fixture(name), needle)
}

#[test]
fn an_empty_file_gives_the_default_site() {
    assert_eq!(parse_site("site.toml", ""), Ok(Site::default()));
}

#[test]
fn the_shipped_site_file_is_valid() {
    let path = format!("{}/../content/site.toml", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).expect("content/site.toml");
    parse_site(&path, &text).unwrap_or_else(|p| panic!("{p:?}"));
}

#[test]
fn every_setting_is_read() {
    let text = fixture("german.toml");
    let site = parse_site("german.toml", &text).unwrap_or_else(|p| panic!("{p:?}"));
    let doc: toml::Table = toml::from_str(&text).expect("toml");
    let field = |k: &str| doc[k].as_str().expect(k).to_string();
    assert_eq!(site.title, field("title"));
    assert_eq!(site.description, field("description"));
    assert_eq!(site.language, field("language"));
    assert_eq!(site.author, field("author"));
    assert_eq!(site.licence, field("licence"));
    assert_eq!(site.theme_color, field("theme_color").to_lowercase());
    let links = doc["links"].as_table().expect("links");
    assert_eq!(site.source, links["source"].as_str().expect("source"));
    assert_eq!(site.home, links["home"].as_str().expect("home"));
    assert_eq!(Site::from_text(&site.to_text()), site);
    assert_eq!(site.direction(), "ltr");
}

#[test]
fn every_problem_is_named_at_its_line() {
    let name = "broken.toml";
    let problems = parse_site(name, &fixture(name)).expect_err("broken");
    let lines: Vec<Option<usize>> = problems.iter().map(|p| p.line).collect();
    for needle in [
        "title = \"\"",
        "language = \"fr\"",
        "theme_color = \"blue\"",
        "ftp://",
    ] {
        assert!(
            lines.contains(&Some(line_of(name, needle))),
            "{needle}: {problems:?}"
        );
    }
    assert_eq!(problems.len(), 4, "{problems:?}");
    let all = problems
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join("\n");
    assert!(all.contains("choose one of en, de, es, ar"), "{all}");
}

#[test]
fn an_unknown_setting_is_refused() {
    let name = "unknown_field.toml";
    let problems = parse_site(name, &fixture(name)).expect_err("unknown field");
    assert_eq!(problems[0].line, Some(line_of(name, "colour")));
    assert!(problems[0].message.contains("unknown field"));
}

proptest! {
    #[test]
    fn any_text_is_read_or_refused_without_a_panic(text in ".{0,200}") {
        let _ = parse_site("site.toml", &text);
    }

    #[test]
    fn the_site_settings_read_back_from_pages(title in "[^\\p{C}]{1,40}", rtl in any::<bool>()) {
        let site = Site { title, language: if rtl { "ar".into() } else { "en".into() }, ..Site::default() };
        prop_assert_eq!(Site::from_text(&site.to_text()), site.clone());
        prop_assert_eq!(site.is_rtl(), rtl);
    }
}
