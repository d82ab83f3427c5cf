//! Every kind of question (single, multiple, typed, order), read from the fixture lesson
//! that has one of each, graded by `grading`, answered through `Attempt` and the review
//! session, and stored as a response string. Answer keys come from the lesson file.

use lectern_core::attempt::{Attempt, AttemptError};
use lectern_core::authoring::parse_lesson;
use lectern_core::content::{Kind, Lesson, Question};
use lectern_core::grading::{normalise, MAX_TYPED};
use lectern_core::progress::{decode, encode, Progress};
use proptest::prelude::*;

mod common;

fn lesson() -> Lesson {
    static LESSON: std::sync::OnceLock<Lesson> = std::sync::OnceLock::new();
    LESSON
        .get_or_init(|| {
            let path = format!(
                "{}/../tests/fixtures/course/60-question-kinds.toml",
                env!("CARGO_MANIFEST_DIR")
            );
            let text = std::fs::read_to_string(&path).expect("fixture lesson");
            parse_lesson(&path, &text).unwrap_or_else(|p| panic!("{p:?}"))
        })
        .clone()
}

fn of_kind(l: &Lesson, kind: Kind) -> Vec<Question> {
    l.questions
        .iter()
        .filter(|q| q.kind == kind)
        .cloned()
        .collect()
}

#[test]
fn the_fixture_has_every_kind() {
    let l = lesson();
    for kind in [Kind::Single, Kind::Multiple, Kind::Typed, Kind::Order] {
        assert!(!of_kind(&l, kind).is_empty(), "no {kind:?} question");
    }
}

#[test]
fn the_right_response_of_every_question_is_right_and_fits() {
    for q in lesson().questions {
        let right = q.right_response();
        assert_eq!(q.response(&right), Ok(Some(right.clone())), "{}", q.id);
        assert!(q.grade(&right), "{}: {right}", q.id);
    }
}

#[test]
fn multiple_answers_are_right_only_for_exactly_the_right_set() {
    for q in of_kind(&lesson(), Kind::Multiple) {
        let right: Vec<&str> = q.correct.iter().map(String::as_str).collect();
        let wrong: Vec<&str> = q
            .options
            .iter()
            .filter(|o| !q.is_right_option(&o.id))
            .map(|o| o.id.as_str())
            .collect();
        assert!(right.len() >= 2 && !wrong.is_empty(), "fixture too small");
        // Every right one plus a wrong one, and one right one short, are both wrong.
        assert!(!q.grade(&[right.clone(), vec![wrong[0]]].concat().join(",")));
        assert!(!q.grade(&right[1..].join(",")));
        // The right set in any order, and with a repeat, is right.
        let mut reversed = right.clone();
        reversed.reverse();
        assert!(q.grade(&reversed.join(",")));
        let stored = q
            .response(&reversed.join(","))
            .expect("fits")
            .expect("some");
        assert_eq!(stored, q.right_response(), "kept in the author's order");
        assert_eq!(q.response(""), Ok(None), "nothing chosen is no answer");
    }
}

#[test]
fn toggling_an_option_adds_it_or_takes_it_away() {
    for q in of_kind(&lesson(), Kind::Multiple) {
        let a = &q.options[0].id;
        let once = q.toggled(None, a);
        assert_eq!(&once, a);
        let twice = q.toggled(Some(&once), a);
        assert_eq!(q.response(&twice), Ok(None));
    }
}

#[test]
fn typed_answers_ignore_case_and_spaces_unless_exact() {
    let l = lesson();
    for q in of_kind(&l, Kind::Typed) {
        let accepted = &q.correct[0];
        let shouted = format!("  {}  ", accepted.to_uppercase().replace(' ', "   "));
        let differs_in_case = accepted.to_uppercase() != *accepted;
        assert_eq!(
            q.grade(&shouted),
            !q.matching.exact || !differs_in_case,
            "{}: {shouted:?}",
            q.id
        );
        assert!(
            q.grade(&format!(" {accepted}\t")),
            "surrounding space never counts"
        );
        assert!(!q.grade(&format!("{accepted}x")), "{}", q.id);
        for other in &q.correct {
            assert!(q.grade(other), "every accepted answer is right");
        }
    }
}

#[test]
fn a_typed_number_is_right_within_the_tolerance_only() {
    let l = lesson();
    let q = of_kind(&l, Kind::Typed)
        .into_iter()
        .find(|q| q.matching.tolerance.is_some())
        .expect("a numeric question");
    let tolerance: f64 = q
        .matching
        .tolerance
        .as_deref()
        .and_then(|t| t.parse().ok())
        .expect("tolerance");
    let target: f64 = q.correct[0].parse().expect("numeric answer");
    assert!(q.grade(&(target + tolerance * 0.9).to_string()));
    assert!(q.grade(&(target - tolerance * 0.9).to_string()));
    assert!(q.grade(&(target + tolerance * 0.5).to_string().replace('.', ",")));
    assert!(!q.grade(&(target + tolerance * 1.1).to_string()));
    assert!(!q.grade("many"));
    assert!(!q.grade(&format!("{target}e0")), "no exponent");
}

proptest! {
    /// Within the tolerance or not, decided as exact decimal arithmetic would (checked
    /// here with integers of hundredths, which floats would get wrong at the edges).
    #[test]
    fn numbers_are_compared_exactly(given in -100_000i64..100_000, target in -100_000i64..100_000, tol in 0i64..1_000) {
        let mut l = lesson();
        let q = l.questions.iter_mut().find(|q| q.matching.tolerance.is_some()).expect("numeric");
        let hundredths = |n: i64| format!("{}{}.{:02}", if n < 0 { "-" } else { "" }, n.abs() / 100, n.abs() % 100);
        q.correct = vec![hundredths(target)];
        q.matching.tolerance = Some(hundredths(tol));
        prop_assert_eq!(q.grade(&hundredths(given)), (given - target).abs() <= tol);
    }
}

#[test]
fn a_typed_answer_keeps_what_was_typed_and_refuses_too_much() {
    for q in of_kind(&lesson(), Kind::Typed) {
        assert_eq!(q.response("  a  b "), Ok(Some("  a  b ".into())));
        assert_eq!(q.response("   "), Ok(None));
        assert!(q.response(&"x".repeat(MAX_TYPED + 1)).is_err());
    }
}

#[test]
fn an_order_is_right_only_when_exact_and_must_name_every_option_once() {
    for q in of_kind(&lesson(), Kind::Order) {
        let right = q.right_response();
        let mut ids: Vec<&str> = q.correct.iter().map(String::as_str).collect();
        ids.swap(0, 1);
        assert!(!q.grade(&ids.join(",")));
        assert!(q.response(&ids[1..].join(",")).is_err(), "one missing");
        assert!(
            q.response(&format!("{right},{}", ids[0])).is_err(),
            "one twice"
        );
    }
}

#[test]
fn an_ordering_question_never_starts_in_its_right_order_and_check_takes_the_order_shown() {
    let l = lesson();
    for q in of_kind(&l, Kind::Order) {
        for seed in 0..200 {
            let mut a = Attempt::over(vec![q.id.clone()], seed, 0);
            let shown = Question::response_of(&a.options_shown(&q));
            assert_ne!(shown, q.right_response(), "seed {seed}");
            assert_eq!(a.check(&l, &q.id), Ok(false));
            assert_eq!(a.chosen(&q.id), Some(shown.as_str()));
        }
    }
}

#[test]
fn moving_items_into_the_right_order_answers_an_ordering_question() {
    let l = lesson();
    let q = of_kind(&l, Kind::Order).remove(0);
    let mut a = Attempt::over(vec![q.id.clone()], 7, 0);
    for (place, id) in q.correct.iter().enumerate() {
        let moved = q.moved(&a.options_shown(&q), id, place);
        a.choose(&l, &q.id, &moved)
            .expect("a move keeps every option");
    }
    assert_eq!(a.check(&l, &q.id), Ok(true));
}

#[test]
fn every_kind_is_answered_checked_stored_and_read_back() {
    let l = lesson();
    let mut p = Progress::default();
    let lp = p.lesson_mut(&l.id);
    lp.start(&l, 5, 1_000);
    let a = lp.current.as_mut().expect("started");
    for (i, q) in l.questions.iter().enumerate() {
        let give = if i % 2 == 0 {
            q.right_response()
        } else {
            common::wrong_option(q)
        };
        a.choose(&l, &q.id, &give).expect("choose");
        assert_eq!(a.check(&l, &q.id), Ok(i % 2 == 0), "{}", q.id);
        assert_eq!(
            a.choose(&l, &q.id, &give),
            Err(AttemptError::AlreadyChecked(q.id.clone()))
        );
    }
    let clock = lectern_core::review::Clock {
        now: 2_000,
        offset_minutes: 0,
    };
    let score = lp.finish(&l, clock).expect("finish");
    let right = l.questions.len().div_ceil(2) as u32;
    assert_eq!(score.correct, right);
    let read = decode(&encode(&p)).expect("reads back");
    assert_eq!(read.progress, p);
    let missed = read.progress.lesson(&l.id).expect("lesson").last_finished();
    assert_eq!(
        missed.map(|f| f.missed(&l).len()),
        Some(l.questions.len() - right as usize)
    );
}

proptest! {
    /// Any text given as a response to any question is refused or stored in a form that
    /// reads back as itself, and grading never panics.
    #[test]
    fn any_response_is_refused_or_stored_stably(given in ".{0,80}", pick in 0usize..6) {
        let l = lesson();
        let q = &l.questions[pick % l.questions.len()];
        if let Ok(Some(stored)) = q.response(&given) {
            prop_assert_eq!(q.response(&stored), Ok(Some(stored.clone())));
            let _ = q.grade(&stored);
        }
        let _ = q.grade(&given);
    }

    /// A set of options is right exactly when it is the right set.
    #[test]
    fn multiple_grading_is_set_equality(mask in 1u32..16) {
        let l = lesson();
        let q = of_kind(&l, Kind::Multiple).remove(0);
        let chosen: Vec<&str> = q.options.iter().enumerate()
            .filter(|(i, _)| mask & (1 << i) != 0)
            .map(|(_, o)| o.id.as_str())
            .collect();
        let is_right_set = q.options.iter().all(|o| chosen.contains(&o.id.as_str()) == q.is_right_option(&o.id));
        prop_assert_eq!(q.grade(&chosen.join(",")), is_right_set);
    }

    /// Loose matching is idempotent and ignores case and spacing.
    #[test]
    fn loose_normalising_is_stable(text in "[a-zA-Z \\t]{0,30}") {
        let once = normalise(&text, false);
        prop_assert_eq!(normalise(&once, false), once.clone());
        prop_assert_eq!(normalise(&text.to_uppercase(), false), once);
    }
}

fn at(now: i64) -> lectern_core::review::Clock {
    lectern_core::review::Clock {
        now,
        offset_minutes: 0,
    }
}

const DAY: i64 = 86_400_000;

/// Progress with one finished attempt of the lesson: questions at even positions right,
/// the others wrong.
fn finished_half_right(l: &Lesson) -> Progress {
    let mut p = Progress::default();
    let lp = p.lesson_mut(&l.id);
    lp.start(l, 11, 0);
    let a = lp.current.as_mut().expect("started");
    for (i, q) in l.questions.iter().enumerate() {
        let give = if i % 2 == 0 {
            q.right_response()
        } else {
            common::wrong_option(q)
        };
        a.choose(l, &q.id, &give).expect("choose");
        a.check(l, &q.id).expect("check");
    }
    lp.finish(l, at(1_000)).expect("finish");
    p
}

fn missed_ids(l: &Lesson) -> Vec<String> {
    l.questions
        .iter()
        .enumerate()
        .filter(|(i, _)| i % 2 == 1)
        .map(|(_, q)| q.id.clone())
        .collect()
}

#[test]
fn retry_the_missed_ones_and_the_mastered_count_work_with_every_kind() {
    let l = lesson();
    let mut p = finished_half_right(&l);
    let course = lectern_core::content::Course {
        lessons: vec![l.clone()],
    };
    let summary = p.summary(&course, at(2_000));
    assert_eq!(
        summary.questions_mastered,
        l.questions.len() - missed_ids(&l).len()
    );
    let retry = p
        .lesson_mut(&l.id)
        .start_missed(&l, 3, 3_000)
        .expect("some were missed")
        .clone();
    assert_eq!(retry.questions, missed_ids(&l));
}

#[test]
fn a_review_session_asks_and_grades_every_kind_missed() {
    let l = lesson();
    let mut p = finished_half_right(&l);
    let lessons = [&l];
    let tomorrow = at(1_000 + DAY);
    let mut session = lectern_core::review_session::ReviewSession::open_in(&p, &lessons, tomorrow);
    assert_eq!(session.total(), missed_ids(&l).len());
    let mut asked = Vec::new();
    while let Some(due) = session.current().cloned() {
        let q = due.question;
        asked.push(q.id.clone());
        // An ordering question checked as shown is graded on the order shown, never right.
        if q.kind != Kind::Order {
            session.choose(&q.right_response()).expect("choose");
        }
        let right = session.check(&mut p, tomorrow).expect("check");
        assert_eq!(right, q.kind != Kind::Order, "{}", q.id);
        session.next_question().expect("next");
    }
    assert_eq!(asked, missed_ids(&l));
}

#[test]
fn exported_answers_of_every_kind_import_whole() {
    let l = lesson();
    let p = finished_half_right(&l);
    let course = lectern_core::content::Course {
        lessons: vec![l.clone()],
    };
    let file = lectern_core::transfer::export(&p);
    let plan = lectern_core::transfer::plan_import(&file, &course, &Progress::default())
        .expect("our own export imports");
    assert!(plan.skipped.is_empty(), "{:?}", plan.skipped);
    let answers = |p: &Progress| {
        p.lesson(&l.id)
            .and_then(|lp| lp.last_finished())
            .map(|f| f.answers.clone())
    };
    assert_eq!(answers(&plan.merged), answers(&p));
    assert_eq!(
        answers(&p).map(|a| a.len()),
        Some(l.questions.len()),
        "every kind's answer is kept"
    );
}
