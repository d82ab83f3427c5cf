//! Addresses parse and print symmetrically, and resolve against progress.

mod common;

use common::lesson;
use lectern_core::content::Course;
use lectern_core::progress::Progress;
use lectern_core::route::{resolve, Resolved, Route};

#[test]
fn routes_round_trip_through_the_hash() {
    for route in [
        Route::Home,
        Route::Review,
        Route::Progress,
        Route::Lesson("local-models".into()),
        Route::Section("local-models".into(), "premise".into()),
        Route::History("local-models".into()),
        Route::Question("local-models".into(), 3),
        Route::Result("local-models".into()),
    ] {
        assert_eq!(Route::parse(&route.to_hash()), route);
    }
    assert_eq!(Route::parse(""), Route::Home);
    assert_eq!(Route::parse("#"), Route::Home);
    assert_eq!(Route::parse("#/x/check/0"), Route::NotFound);
    assert_eq!(Route::parse("#/x/check/abc"), Route::NotFound);
    assert_eq!(Route::parse("#/x/y/z/w"), Route::NotFound);
}

#[test]
fn a_question_address_without_a_check_in_progress_starts_one() {
    let course = Course {
        lessons: vec![lesson()],
    };
    let p = Progress::default();
    assert_eq!(
        resolve(&Route::Question("local-models".into(), 5), &course, &p),
        Resolved::StartCheck("local-models".into())
    );
}

#[test]
fn questions_beyond_the_first_unchecked_one_redirect_to_it() {
    let l = lesson();
    let course = Course {
        lessons: vec![l.clone()],
    };
    let mut p = Progress::default();
    let lp = p.lesson_mut(&l.id);
    lp.start(&l, 1, 0);
    let a = lp.current.as_mut().expect("attempt");
    for q in &l.questions[..2] {
        a.choose(&l, &q.id, &q.correct).expect("choose");
        a.check(&l, &q.id).expect("check");
    }
    let at = |n| resolve(&Route::Question(l.id.clone(), n), &course, &p);
    assert_eq!(at(1), Resolved::Show(Route::Question(l.id.clone(), 1)));
    assert_eq!(at(3), Resolved::Show(Route::Question(l.id.clone(), 3)));
    assert_eq!(at(9), Resolved::Redirect(Route::Question(l.id.clone(), 3)));
}

#[test]
fn a_result_address_without_a_finished_attempt_goes_to_the_lesson() {
    let course = Course {
        lessons: vec![lesson()],
    };
    assert_eq!(
        resolve(
            &Route::Result("local-models".into()),
            &course,
            &Progress::default()
        ),
        Resolved::Redirect(Route::Lesson("local-models".into()))
    );
}

#[test]
fn an_unknown_lesson_is_not_found() {
    let course = Course {
        lessons: vec![lesson()],
    };
    assert_eq!(
        resolve(&Route::Lesson("nope".into()), &course, &Progress::default()),
        Resolved::Show(Route::NotFound)
    );
}

#[test]
fn a_section_address_for_a_missing_section_goes_to_the_lesson() {
    let course = Course {
        lessons: vec![lesson()],
    };
    let p = Progress::default();
    assert_eq!(
        resolve(
            &Route::Section("local-models".into(), "nope".into()),
            &course,
            &p
        ),
        Resolved::Redirect(Route::Lesson("local-models".into()))
    );
    let first = course.lessons[0].sections[0].id.clone();
    let there = Route::Section("local-models".into(), first);
    assert_eq!(resolve(&there, &course, &p), Resolved::Show(there.clone()));
}
