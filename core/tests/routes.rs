//! Addresses parse and print symmetrically, and resolve against progress.

mod common;

use common::lesson;
use lectern_core::content::Course;
use lectern_core::progress::Progress;
use lectern_core::route::{resolve, Resolved, Route};

#[test]
fn routes_round_trip_through_their_paths_and_old_hashes_still_parse() {
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
        let path = route.to_path();
        assert_eq!(Route::from_path(&path), route);
        assert_eq!(Route::from_path(&format!("/{path}index.html")), route);
        // The release before paths wrote `#/` followed by the same segments.
        assert_eq!(
            Route::parse(&format!("#/{}", path.trim_end_matches('/'))),
            route
        );
    }
    assert_eq!(Route::from_path(""), Route::Home);
    assert_eq!(Route::from_path("404.html"), Route::NotFound);
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
        a.choose(&l, &q.id, &q.right_response()).expect("choose");
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

#[test]
fn every_address_of_every_lesson_has_a_page_and_no_two_share_a_path() {
    let l = lesson();
    let course = Course {
        lessons: vec![l.clone()],
    };
    let routes = Route::all(&course);
    let paths: std::collections::BTreeSet<String> = routes.iter().map(Route::to_path).collect();
    assert_eq!(paths.len(), routes.len());
    for n in 1..=l.questions.len() {
        assert!(routes.contains(&Route::Question(l.id.clone(), n)));
    }
    for s in &l.sections {
        assert!(routes.contains(&Route::Section(l.id.clone(), s.id.clone())));
    }
    assert_eq!(routes.last(), Some(&Route::NotFound));
}

#[test]
fn arriving_at_a_later_question_with_no_check_starts_one_in_the_page_order() {
    use lectern_core::route::{arrive, Start};
    let l = lesson();
    let course = Course {
        lessons: vec![l.clone()],
    };
    let first = &l.questions[0];
    let wrong = first
        .options
        .iter()
        .find(|o| !first.is_right_option(&o.id))
        .expect("a wrong option");
    let start = Start::FromPage {
        chosen: Some(wrong.id.clone()),
        pressed_check: true,
        now: 5,
    };
    let mut p = Progress::default();
    let shown = arrive(Route::Question(l.id.clone(), 7), &course, &mut p, &start);
    assert_eq!(shown, Route::Question(l.id.clone(), 1));
    let attempt = p.current(&l.id).expect("a check in progress");
    assert_eq!(attempt.seed, lectern_core::shuffle::first_page_seed(&l.id));
    assert!(attempt.is_checked(&first.id));
    // Arriving again finds the check in progress, now past its first question.
    let again = arrive(Route::Question(l.id.clone(), 7), &course, &mut p, &start);
    assert_eq!(again, Route::Question(l.id.clone(), 2));
    // A result with nothing finished is the lesson; an unknown lesson is not found.
    let result = arrive(Route::Result(l.id.clone()), &course, &mut p, &start);
    assert_eq!(result, Route::Lesson(l.id.clone()));
    let unknown = arrive(Route::Lesson("nope".into()), &course, &mut p, &start);
    assert_eq!(unknown, Route::NotFound);
}
