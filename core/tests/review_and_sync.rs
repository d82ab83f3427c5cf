//! Missed questions enter review; reviews are scheduled over simulated weeks; two
//! documents merge without losing a finished attempt; imports are checked before use.

mod common;

use common::{clock, lesson, wrong_option};
use lectern_core::attempt::{Attempt, Finished};
use lectern_core::content::{Course, Lesson};
use lectern_core::progress::{DecodeError, LessonProgress, Progress, Theme, VERSION};
use lectern_core::review::{Clock, BOX_DAYS};
use lectern_core::sync::merge;
use lectern_core::transfer::Skipped;
use lectern_core::transfer::{export, plan_import, ImportError, MAX_IMPORT_BYTES};
use proptest::prelude::*;

const DAY: i64 = 86_400_000;
const T0: i64 = 1_795_000_000_000;

/// Finishes an attempt that misses the first `wrong` questions.
fn finish_with_misses(lp: &mut LessonProgress, l: &Lesson, wrong: usize, seed: u32, at: i64) {
    let mut a = Attempt::new(l, seed, at - 60_000);
    for (i, q) in l.questions.iter().enumerate() {
        let pick = if i < wrong {
            wrong_option(q)
        } else {
            q.right_response()
        };
        a.choose(l, &q.id, &pick).expect("choose");
        a.check(l, &q.id).expect("check");
    }
    lp.current = Some(a);
    lp.finish(l, clock(at)).expect("finish");
}

fn course() -> Course {
    Course {
        lessons: vec![lesson()],
    }
}

#[test]
fn missed_questions_become_due_the_next_day_and_leave_after_five_right_reviews() {
    let l = lesson();
    let course = course();
    let mut p = Progress::default();
    finish_with_misses(p.lesson_mut(&l.id), &l, 3, 1, T0);
    assert!(
        p.due(&course, clock(T0)).is_empty(),
        "nothing is due the same day"
    );
    let due: Vec<String> = p
        .due(&course, clock(T0 + DAY))
        .iter()
        .map(|(_, q)| q.id.clone())
        .collect();
    let missed: Vec<String> = l.questions[..3].iter().map(|q| q.id.clone()).collect();
    assert_eq!(due, missed);

    // Simulate weeks: review everything due each day, always right.
    let mut reviews_per_question = 0;
    for day in 1..60 {
        let now = clock(T0 + day * DAY);
        let due: Vec<String> = p
            .due(&course, now)
            .iter()
            .map(|(_, q)| q.id.clone())
            .collect();
        if due.contains(&missed[0]) {
            reviews_per_question += 1;
        }
        for q in due {
            p.lesson_mut(&l.id).review(&q, true, now);
        }
    }
    assert_eq!(reviews_per_question, BOX_DAYS.len());
    assert!(p.lesson(&l.id).expect("lesson").reviews.is_empty());
}

#[test]
fn a_wrong_review_brings_the_question_back_the_next_day() {
    let l = lesson();
    let course = course();
    let mut p = Progress::default();
    finish_with_misses(p.lesson_mut(&l.id), &l, 1, 1, T0);
    let q = l.questions[0].id.clone();
    p.lesson_mut(&l.id).review(&q, true, clock(T0 + DAY)); // next due on day 3
    assert!(p.due(&course, clock(T0 + 2 * DAY)).is_empty());
    p.lesson_mut(&l.id).review(&q, false, clock(T0 + 3 * DAY));
    assert_eq!(p.due(&course, clock(T0 + 4 * DAY)).len(), 1);
}

#[test]
fn due_questions_are_mixed_across_lessons() {
    let a = lesson();
    let mut b = lesson();
    b.id = "second".into();
    let course = Course {
        lessons: vec![a.clone(), b.clone()],
    };
    let mut p = Progress::default();
    finish_with_misses(p.lesson_mut(&a.id), &a, 2, 1, T0);
    finish_with_misses(p.lesson_mut(&b.id), &b, 2, 1, T0);
    let order: Vec<&str> = p
        .due(&course, clock(T0 + DAY))
        .iter()
        .map(|(l, _)| l.id.as_str())
        .collect();
    assert_eq!(
        order,
        vec!["local-models", "second", "local-models", "second"]
    );
}

#[test]
fn retrying_the_missed_ones_asks_only_those() {
    let l = lesson();
    let mut lp = LessonProgress::default();
    finish_with_misses(&mut lp, &l, 4, 1, T0);
    let a = lp.start_missed(&l, 2, T0).expect("attempt").clone();
    let expected: Vec<String> = l.questions[..4].iter().map(|q| q.id.clone()).collect();
    assert_eq!(a.questions, expected);
    let mut perfect = LessonProgress::default();
    finish_with_misses(&mut perfect, &l, 0, 1, T0);
    assert!(perfect.start_missed(&l, 2, T0).is_none());
}

#[test]
fn local_days_decide_due_dates() {
    let l = lesson();
    let course = course();
    let mut p = Progress::default();
    // 22:00 UTC is already the next day at UTC+3.
    let evening = T0 - T0 % DAY + 22 * 3_600_000;
    let east = |now| Clock {
        now,
        offset_minutes: 180,
    };
    p.lesson_mut(&l.id).current = None;
    let lp = p.lesson_mut(&l.id);
    let mut a = Attempt::new(&l, 1, evening);
    for q in &l.questions {
        a.choose(&l, &q.id, &wrong_option(q)).expect("choose");
        a.check(&l, &q.id).expect("check");
    }
    lp.current = Some(a);
    lp.finish(&l, east(evening)).expect("finish");
    // Local midnight at UTC+3 is 21:00 UTC: due from 21:00 UTC of the next UTC day.
    assert!(p.due(&course, east(evening + 23 * 3_600_000)).len() == l.questions.len());
    assert!(p.due(&course, east(evening + 22 * 3_600_000)).is_empty());
}

#[test]
fn a_reset_removes_a_lesson_everywhere_it_is_merged() {
    let l = lesson();
    let mut a = Progress::default();
    finish_with_misses(a.lesson_mut(&l.id), &l, 1, 1, T0);
    let other_tab = a.clone();
    a.lesson_mut(&l.id).reset(T0 + 1_000);
    let merged = merge(&a, &other_tab);
    let lp = merged.lesson(&l.id).expect("lesson");
    assert!(lp.finished.is_empty() && lp.reviews.is_empty());
    let merged_other_way = merge(&other_tab, &a);
    assert!(merged_other_way
        .lesson(&l.id)
        .expect("lesson")
        .finished
        .is_empty());
}

#[test]
fn reset_all_empties_every_lesson_keeps_the_settings_and_holds_against_another_tab() {
    let l = lesson();
    let mut unopened = l.clone();
    unopened.id = format!("{}-again", l.id);
    let course = Course {
        lessons: vec![l.clone(), unopened.clone()],
    };
    let mut p = Progress::default();
    finish_with_misses(p.lesson_mut(&l.id), &l, 1, 1, T0);
    p.lesson_mut("no-longer-shipped").opened = true;
    p.theme = Some(Theme::Dark);
    p.last = Some(format!("#/{}", l.id));
    // Another tab finished a lesson this one has no entry for.
    let mut other_tab = Progress::default();
    finish_with_misses(other_tab.lesson_mut(&unopened.id), &unopened, 2, 1, T0);

    p.reset_all(&course, T0 + 1_000);

    let emptied = LessonProgress {
        reset: Some(T0 + 1_000),
        ..LessonProgress::default()
    };
    for id in [l.id.as_str(), unopened.id.as_str(), "no-longer-shipped"] {
        assert_eq!(p.lesson(id), Some(&emptied), "{id}");
    }
    assert_eq!(p.lessons.len(), 3);
    assert_eq!(p.theme, Some(Theme::Dark));
    assert_eq!(p.last, Some(format!("#/{}", l.id)));
    let merged = merge(&p, &other_tab);
    let lp = merged.lesson(&unopened.id).expect("lesson");
    assert!(lp.finished.is_empty() && lp.reviews.is_empty());
}

#[test]
fn the_newer_attempt_in_progress_wins_a_merge() {
    let l = lesson();
    let mut older = Progress::default();
    older.lesson_mut(&l.id).current = Some(Attempt::new(&l, 1, T0));
    let mut newer = Progress::default();
    newer.lesson_mut(&l.id).current = Some(Attempt::new(&l, 2, T0 + 5));
    for (a, b) in [(&older, &newer), (&newer, &older)] {
        assert_eq!(merge(a, b).current(&l.id).map(|x| x.seed), Some(2));
    }
}

// Property tests over generated histories.

fn arb_lesson_progress() -> impl Strategy<Value = LessonProgress> {
    let l = lesson();
    (
        proptest::collection::vec((0i64..50, 0usize..4), 0..6),
        proptest::option::of((0i64..50, 0u32..4)),
        proptest::option::of(0i64..50),
    )
        .prop_map(move |(mut finished, current, reset)| {
            // Attempts finish one after another, as in the app.
            finished.sort();
            finished.dedup_by_key(|(t, _)| *t);
            let mut lp = LessonProgress::default();
            for (t, wrong) in finished {
                finish_with_misses(&mut lp, &l, wrong, 1, T0 + t * DAY);
            }
            lp.current = current.map(|(t, seed)| Attempt::new(&l, seed, T0 + t * DAY));
            if let Some(r) = reset {
                // A reset at time r, as `reset` would leave it, applied to what came before.
                lp.reset = Some(T0 + r * DAY);
                let keep = |started: i64| started >= T0 + r * DAY;
                lp.finished.retain(|f| keep(f.started));
                if lp.current.as_ref().is_some_and(|a| !keep(a.started)) {
                    lp.current = None;
                }
            }
            lp
        })
}

fn arb_progress() -> impl Strategy<Value = Progress> {
    arb_lesson_progress().prop_map(|lp| {
        let mut p = Progress::default();
        p.lessons.insert("local-models".into(), lp);
        p
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn merging_is_idempotent(a in arb_progress(), b in arb_progress()) {
        let once = merge(&a, &b);
        prop_assert_eq!(merge(&once, &b), once.clone());
        prop_assert_eq!(merge(&once, &once), once);
    }

    #[test]
    fn merging_never_drops_a_finished_attempt_newer_than_every_reset(a in arb_progress(), b in arb_progress()) {
        let merged = merge(&a, &b);
        let lp = merged.lesson("local-models").cloned().unwrap_or_default();
        let reset = lp.reset.unwrap_or(i64::MIN);
        let same = |x: &Finished, y: &Finished| (x.started, x.finished, x.score) == (y.started, y.finished, y.score);
        for side in [&a, &b] {
            for f in side.lesson("local-models").map(|l| l.finished.clone()).unwrap_or_default() {
                if f.started >= reset {
                    prop_assert!(lp.finished.iter().any(|m| same(m, &f)), "lost {:?}", f);
                }
            }
        }
    }

    #[test]
    fn merging_keeps_the_answers_of_the_latest_attempt(a in arb_progress(), b in arb_progress()) {
        let merged = merge(&a, &b);
        let finished = merged.lesson("local-models").map(|l| l.finished.clone()).unwrap_or_default();
        if let Some((latest, older)) = finished.split_last() {
            // The latest record is one of the two sides' own latest, answers included.
            let latest_of = |p: &Progress| p.lesson("local-models").and_then(|l| l.last_finished().cloned());
            prop_assert!(latest_of(&a).as_ref() == Some(latest) || latest_of(&b).as_ref() == Some(latest), "{:?}", latest);
            prop_assert!(!latest.answers.is_empty());
            prop_assert!(older.iter().all(|f| f.answers.is_empty()));
        }
    }
}

// Imports.

#[test]
fn an_export_imports_into_an_empty_browser_as_it_was() {
    let l = lesson();
    let mut p = Progress::default();
    finish_with_misses(p.lesson_mut(&l.id), &l, 2, 1, T0);
    let plan = plan_import(&export(&p), &course(), &Progress::default()).expect("import");
    assert_eq!(plan.merged.lessons, p.lessons);
    assert_eq!(plan.changes.len(), 1);
    assert_eq!(plan.changes[0].lesson, l.title);
    assert_eq!(plan.changes[0].added, 1, "{:?}", plan.changes);
    assert!(plan.skipped.is_empty());
}

#[test]
fn a_file_exported_by_version_1_still_imports() {
    let path = format!(
        "{}/../tests/fixtures/progress/v1.json",
        env!("CARGO_MANIFEST_DIR")
    );
    let mut file: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(path).expect("fixture")).expect("json");
    let records = file["lessons"]["local-models"]["finished"]
        .as_array()
        .map_or(0, Vec::len);
    file["format"] = lectern_core::transfer::FORMAT.into();
    let plan = plan_import(&file.to_string(), &course(), &Progress::default()).expect("import");
    let lp = plan.merged.lesson("local-models").expect("lesson");
    assert_eq!(lp.finished.len(), records);
    assert!(lp.last_finished().is_some_and(|f| !f.answers.is_empty()));
}

#[test]
fn a_bad_import_is_refused_with_a_reason() {
    let course = course();
    let now = Progress::default();
    let huge = format!(
        "{{\"format\":\"lectern-progress\",\"version\":1,\"pad\":\"{}\"}}",
        "x".repeat(MAX_IMPORT_BYTES)
    );
    assert!(matches!(
        plan_import(&huge, &course, &now),
        Err(ImportError::TooLarge { .. })
    ));
    assert!(matches!(
        plan_import("not json at all", &course, &now),
        Err(ImportError::Decode(DecodeError::NotJson(_)))
    ));
    // Our storage document without the export marker, and another program's JSON.
    assert_eq!(
        plan_import("{\"version\":1}", &course, &now),
        Err(ImportError::Decode(DecodeError::NotOurs))
    );
    assert_eq!(
        plan_import("{\"name\":\"x\"}", &course, &now),
        Err(ImportError::Decode(DecodeError::NotOurs))
    );
    let newer = "{\"format\":\"lectern-progress\",\"version\":99}";
    assert!(matches!(
        plan_import(newer, &course, &now),
        Err(ImportError::Decode(DecodeError::TooNew { found: 99, .. }))
    ));
    for e in [
        ImportError::Decode(DecodeError::NotOurs),
        ImportError::TooLarge { bytes: 2_000_000 },
    ] {
        assert!(e.to_string().starts_with("This file"), "{e}");
    }
}

#[test]
fn each_import_refusal_speaks_of_the_file_and_says_what_to_do() {
    let course = course();
    let now = Progress::default();
    let message = |text: &str| match plan_import(text, &course, &now) {
        Err(e) => e.to_string(),
        Ok(_) => panic!("{text:?} was accepted"),
    };
    let not_json = message("not json at all");
    assert!(
        not_json.starts_with("This file is not a Lectern progress file: it is not JSON (")
            && not_json.ends_with(")."),
        "{not_json}"
    );
    assert_eq!(
        message("{\"name\":\"x\"}"),
        "This file is not a Lectern progress file. Choose a file made with \u{201c}Export progress\u{201d}."
    );
    assert_eq!(
        message("{\"format\":\"lectern-progress\",\"version\":99}"),
        format!("This file was made by a newer version of Lectern (format 99; this site reads up to {VERSION}). Reload to get the newest site, then import again.")
    );
    assert_eq!(
        ImportError::TooLarge { bytes: 1_100_000 }.to_string(),
        "This file is 1075 KB; a Lectern progress file is at most 1024 KB. Choose the file Lectern exported."
    );
}

#[test]
fn unknown_lessons_and_questions_in_an_import_are_reported_and_skipped() {
    let l = lesson();
    let mut p = Progress::default();
    finish_with_misses(p.lesson_mut(&l.id), &l, 1, 1, T0);
    let mut value: serde_json::Value = serde_json::from_str(&export(&p)).expect("json");
    value["lessons"]["gone-lesson"] = value["lessons"]["local-models"].clone();
    value["lessons"]["local-models"]["finished"][0][4]["gone-question"] = "x".into();
    let plan = plan_import(&value.to_string(), &course(), &Progress::default()).expect("import");
    assert!(plan.merged.lesson("gone-lesson").is_none());
    assert!(
        plan.skipped
            .contains(&Skipped::NotOnSite("gone-lesson".into())),
        "{:?}",
        plan.skipped
    );
    assert!(
        plan.skipped.contains(&Skipped::Question {
            question: "gone-question".into(),
            lesson: l.id.clone()
        }),
        "{:?}",
        plan.skipped
    );
    let lp = plan.merged.lesson(&l.id).expect("kept");
    assert_eq!(lp.finished.len(), 1);
    assert!(!lp.finished[0].answers.contains_key("gone-question"));
}

#[test]
fn importing_merges_instead_of_overwriting() {
    let l = lesson();
    let mut here = Progress::default();
    finish_with_misses(here.lesson_mut(&l.id), &l, 0, 1, T0);
    let mut there = Progress::default();
    finish_with_misses(there.lesson_mut(&l.id), &l, 5, 1, T0 + DAY);
    let plan = plan_import(&export(&there), &course(), &here).expect("import");
    assert_eq!(plan.merged.lesson(&l.id).expect("lesson").finished.len(), 2);
}

#[test]
fn an_attempt_finished_in_another_tab_is_not_brought_back_as_in_progress() {
    let l = lesson();
    let mut tab_a = Progress::default();
    let mut a = Attempt::new(&l, 4, T0);
    for q in &l.questions {
        a.choose(&l, &q.id, &q.right_response()).expect("choose");
        a.check(&l, &q.id).expect("check");
    }
    tab_a.lesson_mut(&l.id).current = Some(a);
    let tab_b = tab_a.clone();
    tab_a
        .lesson_mut(&l.id)
        .finish(&l, clock(T0 + DAY))
        .expect("finish");
    for merged in [merge(&tab_b, &tab_a), merge(&tab_a, &tab_b)] {
        let lp = merged.lesson(&l.id).expect("lesson");
        assert!(lp.current.is_none());
        assert_eq!(lp.finished.len(), 1);
    }
}

#[test]
fn the_summary_counts_completed_lessons_mastered_and_due_questions() {
    let l = lesson();
    let mut p = Progress::default();
    finish_with_misses(p.lesson_mut(&l.id), &l, 3, 1, T0);
    let s = p.summary(&course(), clock(T0 + DAY));
    assert_eq!(s.lessons_completed, 1);
    assert_eq!(s.questions_mastered, l.questions.len() - 3);
    assert_eq!(s.due, 3);
}

#[test]
fn a_perfect_retry_of_the_missed_ones_does_not_become_the_best_score() {
    let l = lesson();
    let mut lp = LessonProgress::default();
    finish_with_misses(&mut lp, &l, 2, 1, T0);
    let mut a = lp.start_missed(&l, 3, T0 + 1).expect("retry").clone();
    for q in a.questions.clone() {
        let correct = l.question(&q).expect("q").right_response();
        a.choose(&l, &q, &correct).expect("choose");
        a.check(&l, &q).expect("check");
    }
    lp.current = Some(a);
    let retry = lp.finish(&l, clock(T0 + 2)).expect("finish");
    assert_eq!(retry.total, 2);
    assert_eq!(
        lp.best().map(|b| (b.correct as usize, b.total as usize)),
        Some((l.questions.len() - 2, l.questions.len()))
    );
}

#[test]
fn importing_after_a_local_reset_brings_the_file_back() {
    let l = lesson();
    let mut before = Progress::default();
    finish_with_misses(before.lesson_mut(&l.id), &l, 1, 1, T0);
    let file = export(&before);
    let mut now = before.clone();
    now.lesson_mut(&l.id).reset(T0 + DAY);
    let plan = plan_import(&file, &course(), &now).expect("import");
    assert_eq!(plan.merged.lesson(&l.id).expect("lesson").finished.len(), 1);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(500))]

    #[test]
    fn every_valid_document_reads_back_as_written(p in arb_progress()) {
        let decoded = lectern_core::progress::decode(&lectern_core::progress::encode(&p)).expect("decode");
        prop_assert!(decoded.dropped.is_empty());
        prop_assert_eq!(decoded.progress, p);
    }

    #[test]
    fn every_export_imports_into_an_empty_browser_unchanged(p in arb_progress()) {
        let plan = plan_import(&export(&p), &course(), &Progress::default()).expect("import");
        prop_assert_eq!(plan.merged.lessons, p.lessons);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2_000))]

    #[test]
    fn arbitrary_text_never_panics_the_import_parser(text in ".{0,300}") {
        let _ = plan_import(&text, &course(), &Progress::default());
    }

    #[test]
    fn arbitrary_marked_json_never_panics_the_import_parser(lessons in proptest::collection::btree_map("[a-z-]{1,12}", any::<Option<i64>>().prop_map(|v| serde_json::json!({"finished": [{"started": v, "answers": {"q": v}}], "current": v})), 0..4)) {
        let doc = serde_json::json!({"format": "lectern-progress", "version": 1, "lessons": lessons});
        let _ = plan_import(&doc.to_string(), &course(), &Progress::default());
    }
}
