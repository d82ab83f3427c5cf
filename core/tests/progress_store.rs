//! The stored progress document: round trip, migration, and garbage handling.

mod common;

use common::{clock, lesson};
use std::collections::BTreeMap;

use lectern_core::attempt::Attempt;
use lectern_core::content::Course;
use lectern_core::progress::{decode, encode, DecodeError, Progress, VERSION};
use proptest::prelude::*;

fn fixture(name: &str) -> String {
    let path = format!(
        "{}/../tests/fixtures/progress/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("fixture {path}: {e}"))
}

fn sample() -> Progress {
    let l = lesson();
    let mut p = Progress::default();
    let lp = p.lesson_mut(&l.id);
    lp.start(&l, 9, 1_000);
    let mut a = lp.current.take().expect("attempt");
    for q in &l.questions {
        a.choose(&l, &q.id, &q.right_response()).expect("choose");
        a.check(&l, &q.id).expect("check");
    }
    lp.current = Some(a);
    lp.finish(&l, clock(90_000)).expect("finish");
    let lp = p.lesson_mut(&l.id);
    let mut a = Attempt::new(&l, 11, 100_000);
    a.choose(&l, &l.questions[0].id, &l.questions[0].right_response())
        .expect("choose");
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
        assert!(
            decoded.dropped.is_empty(),
            "v{version} dropped {:?}",
            decoded.dropped
        );
        let lp = decoded
            .progress
            .lesson("local-models")
            .expect("lesson kept");
        assert!(
            !lp.finished.is_empty(),
            "v{version} lost its finished attempts"
        );
        assert_eq!(decoded.progress.version, VERSION);
    }
}

#[test]
fn a_version_2_document_is_written_back_as_it_was_stored() {
    // The latest format reads and writes unchanged, so an older tab still reads our saves.
    let text = fixture("v2.json");
    let written = encode(&decode(&text).expect("decode").progress);
    let as_value = |t: &str| serde_json::from_str::<serde_json::Value>(t).expect("json");
    assert_eq!(as_value(&written), as_value(&text));
}

#[test]
fn a_version_1_document_keeps_every_score_and_the_latest_answers() {
    let text = fixture("v1.json");
    let v1: serde_json::Value = serde_json::from_str(&text).expect("json");
    let lp = decode(&text)
        .expect("decode")
        .progress
        .lessons
        .remove("local-models")
        .expect("lesson");
    let records = v1["lessons"]["local-models"]["finished"]
        .as_array()
        .expect("finished");
    assert_eq!(lp.finished.len(), records.len());
    for (f, r) in lp.finished.iter().zip(records) {
        assert_eq!(Some(f.started), r["started"].as_i64());
        assert_eq!(Some(f.finished), r["finished"].as_i64());
        assert_eq!(
            Some(u64::from(f.score.correct)),
            r["score"]["correct"].as_u64()
        );
        assert_eq!(Some(u64::from(f.score.total)), r["score"]["total"].as_u64());
    }
    let latest = records.last().expect("one record");
    let answers: BTreeMap<String, String> =
        serde_json::from_value(latest["answers"].clone()).expect("answers");
    assert_eq!(lp.last_finished().map(|f| &f.answers), Some(&answers));
    // The attempt in progress, read field by field with serde_json, not with our decoder.
    let stored = &v1["lessons"]["local-models"]["current"];
    let current = lp.current.expect("current kept");
    assert_eq!(Some(u64::from(current.seed)), stored["seed"].as_u64());
    assert_eq!(Some(current.started), stored["started"].as_i64());
    let questions: Vec<String> =
        serde_json::from_value(stored["questions"].clone()).expect("questions");
    assert_eq!(current.questions, questions);
    let answers = stored["answers"].as_object().expect("answers");
    assert_eq!(current.answers.len(), answers.len());
    for (q, a) in answers {
        let ours = &current.answers[q];
        assert_eq!(Some(ours.option.as_str()), a["option"].as_str());
        assert_eq!(ours.checked, a["checked"].as_bool().unwrap_or(false));
    }
}

#[test]
fn only_the_latest_finished_attempt_keeps_its_answers() {
    let l = lesson();
    let mut p = Progress::default();
    for day in 0..3 {
        let lp = p.lesson_mut(&l.id);
        let mut a = Attempt::new(&l, day, i64::from(day) * 86_400_000);
        for q in &l.questions {
            a.choose(&l, &q.id, &q.right_response()).expect("choose");
            a.check(&l, &q.id).expect("check");
        }
        lp.current = Some(a);
        lp.finish(&l, clock(i64::from(day) * 86_400_000 + 60_000))
            .expect("finish");
    }
    let lp = p.lesson(&l.id).expect("lesson");
    assert_eq!(lp.finished.len(), 3);
    assert!(lp.finished[..2]
        .iter()
        .all(|f| f.answers.is_empty() && f.score.total == l.questions.len() as u32));
    assert_eq!(lp.finished[2].answers.len(), l.questions.len());
    assert_eq!(decode(&encode(&p)).expect("decode").progress, p);
}

#[test]
fn a_long_history_costs_under_100_bytes_per_finished_attempt() {
    let l = lesson();
    let mut p = Progress::default();
    let attempts = 500;
    for i in 0..attempts {
        let lp = p.lesson_mut(&l.id);
        let start = 1_795_000_000_000 + i * 86_400_000;
        let mut a = Attempt::new(&l, i as u32, start);
        for (k, q) in l.questions.iter().enumerate() {
            let pick = if (i as usize + k).is_multiple_of(4) {
                common::wrong_option(q)
            } else {
                q.right_response()
            };
            a.choose(&l, &q.id, &pick).expect("choose");
            a.check(&l, &q.id).expect("check");
        }
        lp.current = Some(a);
        lp.finish(&l, clock(start + 431_000)).expect("finish");
    }
    let bytes = encode(&p).len();
    assert!(
        bytes < 100 * attempts as usize,
        "{bytes} bytes for {attempts} attempts"
    );
}

#[test]
fn a_finished_record_that_does_not_add_up_makes_its_lesson_unreadable() {
    for record in [
        "[1,2,16,15]",
        "[1,-5,1,15]",
        "[1,2,3]",
        "[1,2,3,4,5]",
        "{\"started\":1}",
    ] {
        let text = format!("{{\"version\":{VERSION},\"lessons\":{{\"a\":{{\"finished\":[{record}]}},\"b\":{{\"opened\":true}}}}}}");
        let decoded = decode(&text).expect("decode");
        assert_eq!(decoded.dropped, vec!["a".to_string()], "{record}");
        assert!(
            decoded.progress.lesson("b").is_some_and(|b| b.opened),
            "{record}"
        );
    }
}

#[test]
fn text_that_is_not_json_is_reported_as_such() {
    assert!(matches!(decode("{not json"), Err(DecodeError::NotJson(_))));
    assert!(matches!(decode(""), Err(DecodeError::NotJson(_))));
}

#[test]
fn json_that_is_not_ours_is_reported_as_such() {
    for text in [
        "[]",
        "42",
        "\"x\"",
        "{}",
        "{\"version\":\"1\"}",
        "{\"version\":0}",
        "null",
    ] {
        assert_eq!(decode(text), Err(DecodeError::NotOurs), "{text}");
    }
}

#[test]
fn deep_nesting_is_refused_as_not_json_not_overflowed() {
    // serde_json refuses nesting deeper than 128 before it can exhaust the stack.
    for depth in [129, 100_000] {
        let text = format!(
            "{{\"version\":2,\"lessons\":{}{}}}",
            "[".repeat(depth),
            "]".repeat(depth)
        );
        assert!(
            matches!(decode(&text), Err(DecodeError::NotJson(_))),
            "depth {depth}"
        );
    }
    let shallow = format!(
        "{{\"version\":2,\"last\":{}1{}}}",
        "[".repeat(100),
        "]".repeat(100)
    );
    assert!(decode(&shallow).is_ok());
}

#[test]
fn a_number_that_is_not_a_whole_number_makes_its_lesson_unreadable() {
    for started in ["1.5", "1e3", "18446744073709551616", "-0.0"] {
        let text =
            format!("{{\"version\":2,\"lessons\":{{\"a\":{{\"finished\":[[{started},2,1,1]]}}}}}}");
        let decoded = decode(&text).expect("decode");
        assert_eq!(decoded.dropped, vec!["a".to_string()], "{started}");
    }
}

#[test]
fn a_newer_version_is_refused_and_named() {
    let text = format!("{{\"version\":{},\"lessons\":{{}}}}", VERSION + 1);
    assert_eq!(
        decode(&text),
        Err(DecodeError::TooNew {
            found: u64::from(VERSION) + 1,
            known: VERSION
        })
    );
}

#[test]
fn one_damaged_lesson_entry_is_dropped_and_the_others_kept() {
    let good = encode(&sample());
    let mut value: serde_json::Value = serde_json::from_str(&good).expect("json");
    value["lessons"]["broken"] = serde_json::json!({"current": {"seed": "not a number"}});
    let decoded = decode(&value.to_string()).expect("decode");
    assert_eq!(decoded.dropped, vec!["broken".to_string()]);
    assert_eq!(
        decoded.progress.lesson("local-models"),
        sample().lesson("local-models")
    );
}

#[test]
fn progress_for_a_lesson_this_build_does_not_ship_is_kept() {
    let mut p = sample();
    let other = p.lessons["local-models"].clone();
    p.lessons.insert("retired-lesson".into(), other);
    let course = Course {
        lessons: vec![lesson()],
    };
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
