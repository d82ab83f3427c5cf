//! The stored progress document: round trip, migration, and garbage handling.

mod common;

use common::{clock, lesson};
use lectern_core::attempt::Attempt;
use lectern_core::content::Course;
use lectern_core::progress::{decode, encode, DecodeError, Progress, VERSION};
use proptest::prelude::*;

fn fixture(name: &str) -> String {
    let path = format!("{}/../tests/fixtures/progress/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("fixture {path}: {e}"))
}

fn sample() -> Progress {
    let l = lesson();
    let mut p = Progress::default();
    let lp = p.lesson_mut(&l.id);
    lp.start(&l, 9, 1_000);
    let mut a = lp.current.take().expect("attempt");
    for q in &l.questions {
        a.choose(&l, &q.id, &q.correct).expect("choose");
        a.check(&l, &q.id).expect("check");
    }
    lp.current = Some(a);
    lp.finish(&l, clock(90_000)).expect("finish");
    let lp = p.lesson_mut(&l.id);
    let mut a = Attempt::new(&l, 11, 100_000);
    a.choose(&l, &l.questions[0].id, &l.questions[0].correct).expect("choose");
    lp.current = Some(a);
    p.last = Some("#/local-models/check/1".into());
    p
}

#[test]
fn a_document_reads_back_as_written() {
    let p = sample();
    let decoded = decode(&encode(&p)).expect("decode");
    assert_eq!(decoded.progress, p);
    assert!(decoded.dropped.is_empty());
}

#[test]
fn every_released_version_fixture_still_loads() {
    // One file per released schema version; never edited once released.
    for version in 1..=VERSION {
        let text = fixture(&format!("v{version}.json"));
        let decoded = decode(&text).unwrap_or_else(|e| panic!("v{version}: {e}"));
        assert!(decoded.dropped.is_empty(), "v{version} dropped {:?}", decoded.dropped);
        let lp = decoded.progress.lesson("local-models").expect("lesson kept");
        assert!(!lp.finished.is_empty(), "v{version} lost its finished attempts");
        assert_eq!(decoded.progress.version, VERSION);
    }
}

#[test]
fn text_that_is_not_json_is_reported_as_such() {
    assert!(matches!(decode("{not json"), Err(DecodeError::NotJson(_))));
    assert!(matches!(decode(""), Err(DecodeError::NotJson(_))));
}

#[test]
fn json_that_is_not_ours_is_reported_as_such() {
    for text in ["[]", "42", "\"x\"", "{}", "{\"version\":\"1\"}", "{\"version\":0}", "null"] {
        assert_eq!(decode(text), Err(DecodeError::NotOurs), "{text}");
    }
}

#[test]
fn a_newer_version_is_refused_and_named() {
    let text = format!("{{\"version\":{},\"lessons\":{{}}}}", VERSION + 1);
    assert_eq!(
        decode(&text),
        Err(DecodeError::TooNew { found: u64::from(VERSION) + 1, known: VERSION })
    );
}

#[test]
fn one_damaged_lesson_entry_is_dropped_and_the_others_kept() {
    let good = encode(&sample());
    let mut value: serde_json::Value = serde_json::from_str(&good).expect("json");
    value["lessons"]["broken"] = serde_json::json!({"current": {"seed": "not a number"}});
    let decoded = decode(&value.to_string()).expect("decode");
    assert_eq!(decoded.dropped, vec!["broken".to_string()]);
    assert_eq!(decoded.progress.lesson("local-models"), sample().lesson("local-models"));
}

#[test]
fn progress_for_a_lesson_this_build_does_not_ship_is_kept() {
    let mut p = sample();
    let other = p.lessons["local-models"].clone();
    p.lessons.insert("retired-lesson".into(), other);
    let course = Course { lessons: vec![lesson()] };
    p.reconcile(&course);
    assert!(p.lessons.contains_key("retired-lesson"));
}

#[test]
fn has_progress_is_false_until_something_is_answered() {
    let l = lesson();
    let mut p = Progress::default();
    assert!(!p.has_progress());
    p.lesson_mut(&l.id).start(&l, 1, 0);
    assert!(!p.has_progress());
    assert!(sample().has_progress());
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2_000))]

    #[test]
    fn arbitrary_text_never_panics_the_decoder(text in ".{0,200}") {
        let _ = decode(&text);
    }

    #[test]
    fn arbitrary_bytes_never_panic_the_decoder(bytes in proptest::collection::vec(any::<u8>(), 0..200)) {
        let _ = decode(&String::from_utf8_lossy(&bytes));
    }

    #[test]
    fn arbitrary_json_never_panics_the_decoder(value in arb_json()) {
        let _ = decode(&value.to_string());
        let wrapped = serde_json::json!({"version": 1, "lessons": {"x": value.clone()}, "last": value});
        let _ = decode(&wrapped.to_string());
    }
}

fn arb_json() -> impl Strategy<Value = serde_json::Value> {
    let leaf = prop_oneof![
        Just(serde_json::Value::Null),
        any::<bool>().prop_map(serde_json::Value::from),
        any::<i64>().prop_map(serde_json::Value::from),
        "[a-z0-9]{0,8}".prop_map(serde_json::Value::from),
    ];
    leaf.prop_recursive(4, 32, 6, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..6).prop_map(serde_json::Value::from),
            proptest::collection::btree_map("[a-z]{1,8}", inner, 0..6)
                .prop_map(|m| serde_json::Value::Object(m.into_iter().collect())),
        ]
    })
}
