//! An attempt moves through choose → check → next → finish, and refuses what makes no sense.

mod common;

use common::{clock, lesson, wrong_option};
use lectern_core::attempt::{Attempt, AttemptError, Score};
use lectern_core::progress::{LessonProgress, ProgressError};

#[test]
fn choosing_then_checking_grades_against_the_answer_key() {
    let l = lesson();
    let mut a = Attempt::new(&l, 7, 1_000);
    let q = &l.questions[0];
    a.choose(&l, &q.id, &q.right_response()).expect("choose");
    assert_eq!(a.check(&l, &q.id), Ok(true));
    let q2 = &l.questions[1];
    a.choose(&l, &q2.id, &wrong_option(q2)).expect("choose");
    assert_eq!(a.check(&l, &q2.id), Ok(false));
    assert_eq!(
        a.score(&l),
        Score {
            correct: 1,
            total: l.questions.len() as u32
        }
    );
}

#[test]
fn a_learner_may_change_their_mind_until_they_check() {
    let l = lesson();
    let mut a = Attempt::new(&l, 7, 0);
    let q = &l.questions[0];
    a.choose(&l, &q.id, &wrong_option(q)).expect("first choice");
    a.choose(&l, &q.id, &q.right_response())
        .expect("second choice");
    assert_eq!(a.check(&l, &q.id), Ok(true));
    assert_eq!(
        a.choose(&l, &q.id, &wrong_option(q)),
        Err(AttemptError::AlreadyChecked(q.id.clone()))
    );
    assert_eq!(
        a.check(&l, &q.id),
        Err(AttemptError::AlreadyChecked(q.id.clone()))
    );
    assert_eq!(a.chosen(&q.id), Some(q.right_response().as_str()));
}

#[test]
fn checking_with_nothing_chosen_is_refused() {
    let l = lesson();
    let mut a = Attempt::new(&l, 7, 0);
    let q = &l.questions[0];
    assert_eq!(
        a.check(&l, &q.id),
        Err(AttemptError::NothingChosen(q.id.clone()))
    );
    assert_eq!(a.frontier(), 0);
}

#[test]
fn unknown_questions_and_options_are_refused() {
    let l = lesson();
    let mut a = Attempt::new(&l, 7, 0);
    assert!(matches!(
        a.choose(&l, "nope", "a"),
        Err(AttemptError::UnknownQuestion(_))
    ));
    assert!(matches!(
        a.choose(&l, &l.questions[0].id, "nope"),
        Err(AttemptError::Unfit { .. })
    ));
    let mut subset = Attempt::over(vec![l.questions[1].id.clone()], 1, 0);
    assert!(matches!(
        subset.choose(&l, &l.questions[0].id, &l.questions[0].right_response()),
        Err(AttemptError::UnknownQuestion(_))
    ));
}

#[test]
fn the_frontier_advances_with_each_check_and_finish_needs_all() {
    let l = lesson();
    let mut a = Attempt::new(&l, 7, 0);
    for (i, q) in l.questions.iter().enumerate() {
        assert_eq!(a.frontier(), i);
        assert!(matches!(
            a.finish(&l, 5),
            Err(AttemptError::NotComplete { .. })
        ));
        a.choose(&l, &q.id, &q.right_response()).expect("choose");
        a.check(&l, &q.id).expect("check");
    }
    assert!(a.is_complete());
    let done = a.finish(&l, 5_000).expect("finish");
    assert_eq!(done.score.correct, l.questions.len() as u32);
    assert_eq!(done.duration(), 5_000);
}

#[test]
fn finishing_moves_the_attempt_into_history_and_best_keeps_the_highest() {
    let l = lesson();
    let mut p = LessonProgress::default();
    assert_eq!(p.finish(&l, clock(0)), Err(ProgressError::NoAttempt));
    for wrong in [1usize, 0, 2] {
        p.start(&l, 3, 0);
        let mut a = p.current.take().expect("started");
        for (i, q) in l.questions.iter().enumerate() {
            let pick = if i < wrong {
                wrong_option(q)
            } else {
                q.right_response()
            };
            a.choose(&l, &q.id, &pick).expect("choose");
            a.check(&l, &q.id).expect("check");
        }
        p.current = Some(a);
        let score = p.finish(&l, clock(10)).expect("finish");
        assert_eq!(score.correct as usize, l.questions.len() - wrong);
        assert!(p.current.is_none());
    }
    assert_eq!(p.finished.len(), 3);
    assert_eq!(
        p.best().map(|s| s.correct as usize),
        Some(l.questions.len())
    );
    assert_eq!(
        p.last_finished().map(|f| f.score.correct as usize),
        Some(l.questions.len() - 2)
    );
}

#[test]
fn a_clock_that_went_backwards_gives_no_negative_duration() {
    let l = lesson();
    let mut a = Attempt::new(&l, 1, 10_000);
    for q in &l.questions {
        a.choose(&l, &q.id, &q.right_response()).expect("choose");
        a.check(&l, &q.id).expect("check");
    }
    assert_eq!(a.finish(&l, 0).expect("finish").duration(), 0);
}

#[test]
fn option_order_is_a_stable_shuffle_of_the_question_options() {
    let l = lesson();
    let a = Attempt::new(&l, 42, 0);
    for q in &l.questions {
        let order: Vec<&str> = a.option_order(q).iter().map(|o| o.id.as_str()).collect();
        let again: Vec<&str> = a.option_order(q).iter().map(|o| o.id.as_str()).collect();
        assert_eq!(order, again);
        let mut sorted = order.clone();
        sorted.sort_unstable();
        let mut expected: Vec<&str> = q.options.iter().map(|o| o.id.as_str()).collect();
        expected.sort_unstable();
        assert_eq!(sorted, expected);
    }
    let differs = (0..50u32).any(|seed| {
        let other = Attempt::new(&l, seed, 0);
        l.questions
            .iter()
            .any(|q| other.option_order(q) != a.option_order(q))
    });
    assert!(differs, "option order never depends on the seed");
}

#[test]
fn editing_content_keeps_answers_to_the_questions_that_remain() {
    let mut l = lesson();
    let mut a = Attempt::new(&l, 1, 0);
    for q in &l.questions {
        a.choose(&l, &q.id, &q.right_response()).expect("choose");
    }
    let removed = l.questions.remove(0).id;
    // Rewording a question keeps its id, so its answer stays.
    l.questions[0].prompt = "Reworded".into();
    assert!(a.reconcile(&l));
    assert!(!a.questions.contains(&removed));
    assert_eq!(a.answers.len(), l.questions.len());
    assert!(!a.reconcile(&l), "a second reconcile changes nothing");
}

#[test]
fn percent_rounds_half_up_and_better_than_compares_fractions() {
    assert_eq!(
        Score {
            correct: 12,
            total: 15
        }
        .percent(),
        80
    );
    assert_eq!(
        Score {
            correct: 1,
            total: 8
        }
        .percent(),
        13
    );
    assert_eq!(
        Score {
            correct: 2,
            total: 3
        }
        .percent(),
        67
    );
    assert_eq!(
        Score {
            correct: 0,
            total: 0
        }
        .percent(),
        0
    );
    assert!(Score {
        correct: 8,
        total: 10
    }
    .better_than(Score {
        correct: 4,
        total: 5
    }));
    assert!(Score {
        correct: 3,
        total: 3
    }
    .better_than(Score {
        correct: 14,
        total: 15
    }));
    assert!(!Score {
        correct: 1,
        total: 2
    }
    .better_than(Score {
        correct: 2,
        total: 3
    }));
}

#[test]
fn an_answer_given_on_the_prerendered_page_is_kept_and_checked_only_if_check_was_pressed() {
    let l = lesson();
    let first = &l.questions[0];
    let wrong = wrong_option(first);
    let wrong = wrong.as_str();
    let mut lp = LessonProgress::default();
    let a = lp.start_from_page(&l, 1, Some(wrong), false).clone();
    assert_eq!(a.chosen(&first.id), Some(wrong));
    assert!(!a.is_checked(&first.id));
    let a = lp
        .start_from_page(&l, 1, Some(&first.right_response()), true)
        .clone();
    assert_eq!(a.verdict(&l, &first.id), Some(true));
    // Check pressed with nothing chosen, or an option the question does not have: nothing.
    assert!(lp.start_from_page(&l, 1, None, true).answers.is_empty());
    assert!(lp
        .start_from_page(&l, 1, Some("no-such-option"), true)
        .answers
        .is_empty());
}

#[test]
fn the_next_step_is_the_latest_check_in_progress_else_the_first_lesson_not_finished() {
    use lectern_core::progress::{NextStep, Progress};
    let mut second = common::lesson();
    second.id = "second".into();
    let first = common::lesson();
    let course = lectern_core::content::Course {
        lessons: vec![first.clone(), second.clone()],
    };
    let mut p = Progress::default();
    assert_eq!(
        p.next_step(&course),
        NextStep::Start {
            lesson: first.id.clone()
        }
    );
    p.lesson_mut(&first.id).start(&first, 1, 10);
    p.lesson_mut(&second.id).start(&second, 2, 20);
    let a = p.lesson_mut(&second.id).current.as_mut().expect("attempt");
    let q = &second.questions[0];
    a.choose(&second, &q.id, &q.right_response())
        .expect("choose");
    a.check(&second, &q.id).expect("check");
    assert_eq!(
        p.next_step(&course),
        NextStep::Continue {
            lesson: second.id.clone(),
            question: 2,
            of: second.questions.len()
        }
    );
}
