//! A review session: the questions due when it opens, each option order fixed for the day,
//! counts of what was answered, each answer rescheduling its question, nonsense refused.

mod common;

use common::{clock, fixture_course, wrong_option};
use lectern_core::content::{Course, Question};
use lectern_core::progress::Progress;
use lectern_core::review::{Card, Clock, BOX_DAYS};
use lectern_core::review_session::{ReviewError, ReviewSession};
use lectern_core::shuffle::permutation;

const DAY: i64 = 86_400_000;
const T0: i64 = 1_795_000_000_000;

/// Every question of the course missed on `T0`'s day, so all are due the next day.
fn all_missed(course: &Course) -> Progress {
    let mut p = Progress::default();
    for lesson in &course.lessons {
        for q in &lesson.questions {
            p.lesson_mut(&lesson.id)
                .reviews
                .insert(q.id.clone(), Card::missed(clock(T0)));
        }
    }
    p
}

fn tomorrow() -> Clock {
    clock(T0 + DAY)
}

fn ids(session: &ReviewSession) -> Vec<String> {
    let mut s = session.clone();
    let mut out = Vec::new();
    while let Some(due) = s.current() {
        out.push(due.question.id.clone());
        let pick = due.question.right_response();
        s.choose(&pick).expect("choose");
        s.check(&mut Progress::default(), tomorrow())
            .expect("check");
        s.next_question().expect("next");
    }
    out
}

fn card(p: &Progress, lesson: &str, question: &str) -> Option<Card> {
    p.lesson(lesson)?.reviews.get(question).copied()
}

/// Chooses and checks the question shown, right or wrong, and moves on.
fn answer(session: &mut ReviewSession, p: &mut Progress, right: bool) -> bool {
    let question: &Question = session.current().expect("a question is shown").question;
    let pick = if right {
        question.right_response()
    } else {
        wrong_option(question)
    };
    session.choose(&pick).expect("choose");
    let verdict = session.check(p, tomorrow()).expect("check");
    session.next_question().expect("next");
    verdict
}

#[test]
fn a_session_asks_the_questions_due_when_it_opens_mixed_across_lessons() {
    let course = fixture_course();
    let p = all_missed(&course);
    assert!(ReviewSession::open(&p, &course, clock(T0)).is_done());
    let session = ReviewSession::open(&p, &course, tomorrow());
    let due: Vec<String> = p
        .due(&course, tomorrow())
        .iter()
        .map(|(_, q)| q.id.clone())
        .collect();
    assert_eq!(session.total(), due.len());
    assert_eq!(ids(&session), due);
}

#[test]
fn answering_does_not_reorder_the_rest_of_the_session() {
    let course = fixture_course();
    let mut p = all_missed(&course);
    let mut session = ReviewSession::open(&p, &course, tomorrow());
    let planned = ids(&session);
    let mut asked = Vec::new();
    let mut right = false;
    while let Some(due) = session.current() {
        asked.push(due.question.id.clone());
        // Alternate, so some questions leave today's queue and some stay in it.
        answer(&mut session, &mut p, right);
        right = !right;
    }
    assert_eq!(asked, planned);
}

#[test]
fn each_question_shows_a_permutation_of_its_options_kept_all_day() {
    let course = fixture_course();
    let p = all_missed(&course);
    let later = clock(T0 + DAY + 10 * 3_600_000);
    assert_eq!(later.today(), tomorrow().today());
    let morning = ReviewSession::open(&p, &course, tomorrow());
    let evening = ReviewSession::open(&p, &course, later);
    let mut a = morning.clone();
    let mut b = evening.clone();
    while let (Some(x), Some(y)) = (a.current().cloned(), b.current().cloned()) {
        let mut shown: Vec<&str> = x.order.iter().map(|c| c.id.as_str()).collect();
        assert_eq!(
            x.order, y.order,
            "{} changed order within a day",
            x.question.id
        );
        shown.sort_unstable();
        let mut options: Vec<&str> = x.question.options.iter().map(|c| c.id.as_str()).collect();
        options.sort_unstable();
        assert_eq!(shown, options, "{}", x.question.id);
        for s in [&mut a, &mut b] {
            s.choose(&x.question.right_response()).expect("choose");
            s.check(&mut Progress::default(), tomorrow())
                .expect("check");
            s.next_question().expect("next");
        }
    }
}

#[test]
fn the_option_order_is_the_one_the_review_screen_showed_before() {
    // The day number seeds the shuffle, as the screen did before the session moved into the
    // core: a learner halfway through a review when the site updates sees the same order.
    let course = fixture_course();
    let p = all_missed(&course);
    let session = ReviewSession::open(&p, &course, tomorrow());
    let due = session.current().expect("a question is due");
    let expected: Vec<&str> = permutation(
        due.question.options.len(),
        tomorrow().today() as u32,
        &due.question.id,
    )
    .into_iter()
    .map(|k| due.question.options[k].id.as_str())
    .collect();
    let shown: Vec<&str> = due.order.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(shown, expected);
}

#[test]
fn another_day_can_bring_another_option_order() {
    let course = fixture_course();
    let p = all_missed(&course);
    let orders = |day: i64| -> Vec<Vec<String>> {
        let mut s = ReviewSession::open(&p, &course, clock(T0 + day * DAY));
        let mut out = Vec::new();
        while let Some(due) = s.current().cloned() {
            out.push(due.order.iter().map(|c| c.id.clone()).collect());
            s.choose(&due.question.right_response()).expect("choose");
            s.check(&mut Progress::default(), tomorrow())
                .expect("check");
            s.next_question().expect("next");
        }
        out
    };
    let first = orders(1);
    assert!((2..10).any(|day| orders(day) != first));
}

#[test]
fn counts_follow_right_and_wrong_answers() {
    let course = fixture_course();
    let mut p = all_missed(&course);
    let mut session = ReviewSession::open(&p, &course, tomorrow());
    let total = session.total();
    assert!(total >= 3, "the fixture course has {total} questions");
    assert_eq!(
        (session.reviewed(), session.right(), session.index()),
        (0, 0, 0)
    );

    assert!(answer(&mut session, &mut p, true));
    assert!(!answer(&mut session, &mut p, false));
    assert_eq!(
        (session.reviewed(), session.right(), session.index()),
        (2, 1, 2)
    );
    while !session.is_done() {
        assert_eq!(session.is_last(), session.index() + 1 == total);
        answer(&mut session, &mut p, true);
    }
    assert_eq!(session.reviewed(), total);
    assert_eq!(session.right(), total - 1);
    assert_eq!(session.index(), total);
    assert!(session.current().is_none());
}

#[test]
fn a_right_answer_moves_the_question_up_a_box_and_a_wrong_one_brings_it_back_tomorrow() {
    let course = fixture_course();
    let mut p = all_missed(&course);
    let mut session = ReviewSession::open(&p, &course, tomorrow());
    let first = session.current().cloned().expect("due");
    answer(&mut session, &mut p, true);
    let second = session.current().cloned().expect("due");
    answer(&mut session, &mut p, false);

    let day = tomorrow().today();
    assert_eq!(
        card(&p, &first.lesson.id, &first.question.id),
        Some(Card {
            level: 1,
            due: day + BOX_DAYS[1]
        })
    );
    assert_eq!(
        card(&p, &second.lesson.id, &second.question.id),
        Some(Card {
            level: 0,
            due: day + BOX_DAYS[0]
        })
    );
}

#[test]
fn a_right_answer_in_the_last_box_graduates_the_question() {
    let course = fixture_course();
    let lesson = &course.lessons[0];
    let question = &lesson.questions[0];
    let mut p = Progress::default();
    let last_box = Card {
        level: (BOX_DAYS.len() - 1) as u8,
        due: tomorrow().today(),
    };
    p.lesson_mut(&lesson.id)
        .reviews
        .insert(question.id.clone(), last_box);
    let mut session = ReviewSession::open(&p, &course, tomorrow());
    assert_eq!(session.total(), 1);
    assert!(answer(&mut session, &mut p, true));
    assert_eq!(card(&p, &lesson.id, &question.id), None);
    assert!(session.is_done());
}

#[test]
fn checking_with_nothing_chosen_is_refused_and_changes_nothing() {
    let course = fixture_course();
    let mut p = all_missed(&course);
    let before = p.clone();
    let mut session = ReviewSession::open(&p, &course, tomorrow());
    let qid = session.current().expect("due").question.id.clone();
    assert_eq!(
        session.check(&mut p, tomorrow()),
        Err(ReviewError::NothingChosen(qid.clone()))
    );
    assert_eq!(p, before);
    assert_eq!((session.reviewed(), session.is_checked()), (0, false));
    assert_eq!(session.next_question(), Err(ReviewError::NotChecked(qid)));
    assert_eq!(session.index(), 0);
}

#[test]
fn a_checked_answer_cannot_be_changed_or_checked_again() {
    let course = fixture_course();
    let mut p = all_missed(&course);
    let mut session = ReviewSession::open(&p, &course, tomorrow());
    let question = session.current().expect("due").question;
    let (right, wrong) = (question.right_response(), wrong_option(question));
    session.choose(&wrong).expect("choose");
    session
        .choose(&right)
        .expect("a choice can change until checked");
    assert!(session.check(&mut p, tomorrow()).expect("check"));
    let after_check = p.clone();
    assert_eq!(
        session.choose(&wrong),
        Err(ReviewError::AlreadyChecked(question.id.clone()))
    );
    assert_eq!(
        session.check(&mut p, tomorrow()),
        Err(ReviewError::AlreadyChecked(question.id.clone()))
    );
    assert_eq!(p, after_check, "a second check must not reschedule again");
    assert_eq!((session.reviewed(), session.right()), (1, 1));
    assert_eq!(session.chosen(), Some(right.as_str()));
}

#[test]
fn an_option_the_question_does_not_have_is_refused() {
    let course = fixture_course();
    let p = all_missed(&course);
    let mut session = ReviewSession::open(&p, &course, tomorrow());
    let qid = session.current().expect("due").question.id.clone();
    assert_eq!(
        session.choose("no-such-option"),
        Err(ReviewError::Unfit {
            question: qid,
            why: "the question has no option \"no-such-option\"".into()
        })
    );
    assert_eq!(session.chosen(), None);
}

#[test]
fn a_finished_or_empty_session_refuses_every_operation() {
    let course = fixture_course();
    let mut p = Progress::default();
    let mut session = ReviewSession::open(&p, &course, tomorrow());
    assert!(session.is_done());
    assert_eq!(session.total(), 0);
    assert_eq!(session.choose("a"), Err(ReviewError::Done));
    assert_eq!(session.check(&mut p, tomorrow()), Err(ReviewError::Done));
    assert_eq!(session.next_question(), Err(ReviewError::Done));
    assert_eq!(p, Progress::default());
}
