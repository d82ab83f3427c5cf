//! One test per stored-progress fixture in `tests/fixtures/progress/`: what a released
//! build saved, and the damaged values of the fault table, each loads exactly as it did.
//! The fixtures are never edited once committed.

mod common;

use lectern_core::content::Course;
use lectern_core::progress::{decode, encode, DecodeError, Progress, Theme, VERSION};
use lectern_core::transfer::{export, plan_import};

fn fixture(name: &str) -> String {
    let path = format!(
        "{}/../tests/fixtures/progress/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("fixture {path}: {e}"))
}

#[test]
fn v2_reads_and_writes_back_the_same_document() {
    // Hand-written in the released format; its answer keys are not in the sorted order a
    // build writes, so it is compared as a value.
    let text = fixture("v2.json");
    let decoded = decode(&text).expect("v2 decodes");
    assert!(decoded.dropped.is_empty());
    assert_eq!(decoded.from_version, 2);
    let value = |t: &str| serde_json::from_str::<serde_json::Value>(t).expect("json");
    assert_eq!(value(&encode(&decoded.progress)), value(&text));
}

#[test]
fn v2_as_saved_by_the_released_build_is_written_back_byte_for_byte() {
    // Written by the released build's own encoder (from v2.json), so an older open tab
    // reads exactly what this build writes.
    let text = fixture("v2-as-saved.json");
    let decoded = decode(&text).expect("decodes");
    assert!(decoded.dropped.is_empty());
    assert_eq!(encode(&decoded.progress), text.trim_end());
}

#[test]
fn an_export_file_of_the_released_build_imports_and_exports_byte_for_byte() {
    let text = fixture("export-v2.json");
    let course = Course {
        lessons: vec![common::lesson()],
    };
    let plan = plan_import(text.trim_end(), &course, &Progress::default()).expect("ours");
    assert!(plan.skipped.is_empty(), "{:?}", plan.skipped);
    assert_eq!(export(&plan.merged), text.trim_end());
}

#[test]
fn v1_migrates_and_is_then_stable() {
    let decoded = decode(&fixture("v1.json")).expect("v1 decodes");
    assert!(decoded.dropped.is_empty());
    assert_eq!(decoded.from_version, 1);
    let text = encode(&decoded.progress);
    let again = decode(&text).expect("the migrated document decodes");
    assert_eq!(again.from_version, VERSION);
    assert_eq!(again.progress, decoded.progress);
    assert_eq!(encode(&again.progress), text);
}

#[test]
fn not_json_is_refused_as_not_json() {
    assert!(matches!(
        decode(&fixture("not-json.txt")),
        Err(DecodeError::NotJson(_))
    ));
}

#[test]
fn not_ours_is_refused_as_not_ours() {
    assert_eq!(decode(&fixture("not-ours.json")), Err(DecodeError::NotOurs));
}

#[test]
fn newer_version_is_refused_and_named() {
    assert_eq!(
        decode(&fixture("newer-version.json")),
        Err(DecodeError::TooNew {
            found: 3,
            known: VERSION
        })
    );
}

#[test]
fn one_damaged_lesson_drops_that_lesson_only() {
    let decoded = decode(&fixture("one-damaged-lesson.json")).expect("decodes");
    assert_eq!(decoded.dropped, vec!["broken".to_string()]);
    let kept = decoded.progress.lesson("local-models").expect("kept");
    assert!(kept.opened);
    assert_eq!(kept.finished.len(), 2);
    // Only the latest finished attempt keeps its answers.
    assert!(kept.finished[0].answers.is_empty());
    assert_eq!(kept.finished[1].answers.len(), 1);
    assert_eq!(decoded.progress.theme, Some(Theme::Light));
}

#[test]
fn records_that_do_not_add_up_drop_their_lessons_only() {
    let decoded = decode(&fixture("records-that-do-not-add-up.json")).expect("decodes");
    assert_eq!(
        decoded.dropped,
        vec!["local-models".to_string(), "negative-time".to_string()]
    );
    assert!(decoded.progress.lesson("other").is_some_and(|l| l.opened));
}

#[test]
fn nulls_read_as_missing_and_unknown_fields_are_ignored() {
    let decoded = decode(&fixture("nulls-and-unknown-fields.json")).expect("decodes");
    assert!(decoded.dropped.is_empty(), "{:?}", decoded.dropped);
    let empty = decoded.progress.lesson("local-models").expect("kept");
    assert_eq!(*empty, Default::default());
    let read = decoded.progress.lesson("read").expect("kept");
    assert!(read.opened);
    let card = read.reviews.get("q1").expect("card kept");
    assert_eq!((card.level, card.due), (1, 20400));
    assert_eq!(decoded.progress.last, None);
    // A theme this build does not know follows the system setting.
    assert_eq!(decoded.progress.theme, None);
}

#[test]
fn a_repeated_key_counts_the_last_time() {
    let decoded = decode(&fixture("repeated-keys.json")).expect("decodes");
    assert!(decoded.dropped.is_empty());
    assert!(decoded
        .progress
        .lesson("local-models")
        .is_some_and(|l| l.opened));
    assert_eq!(decoded.progress.theme, Some(Theme::Dark));
}
