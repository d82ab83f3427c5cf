//! Spaced review of missed questions, as Leitner boxes: a missed question waits 1 day, and
//! each right answer in review moves it to the next box (1, 2, 4, 8, 16 days); a wrong one
//! sends it back to the first. Right in the last box, it graduates and leaves the queue.
//!
//! Why Leitner and not an FSRS-style model: a lesson check has at most a few dozen
//! questions and a learner reviews a handful at a time, too little data to fit memory
//! parameters; fixed doubling intervals are predictable, explainable in one sentence to the
//! learner, and cheap to store (two small numbers per question).
//!
//! Days are counted in the learner's local time: a question due "tomorrow" is due after
//! local midnight, wherever the learner is. The clock is always passed in.

use serde::{Deserialize, Serialize};

use crate::attempt::Millis;

/// Interval in days for each box.
pub const BOX_DAYS: [i64; 5] = [1, 2, 4, 8, 16];

const DAY_MS: i64 = 86_400_000;

/// A moment as the learner's clock sees it: UTC milliseconds and the offset of local time
/// from UTC in minutes (positive east of Greenwich, so UTC+2 is 120).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Clock {
    pub now: Millis,
    pub offset_minutes: i64,
}

impl Clock {
    /// The local calendar day number (days since 1970-01-01 in local time).
    pub fn today(self) -> i64 {
        (self.now + self.offset_minutes * 60_000).div_euclid(DAY_MS)
    }
}

/// A question's place in the review schedule.
/// Stored as `{"b": level, "d": due}`: one per missed question, so the names are short.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Card {
    /// Index into `BOX_DAYS`.
    #[serde(rename = "b")]
    pub level: u8,
    /// Local day number on which the question is due.
    #[serde(rename = "d")]
    pub due: i64,
}

/// What a review answer did to a card.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    Rescheduled(Card),
    Graduated,
}

impl Card {
    /// A question just missed: first box, due the next local day.
    pub fn missed(clock: Clock) -> Card {
        Card {
            level: 0,
            due: clock.today() + BOX_DAYS[0],
        }
    }

    pub fn is_due(self, clock: Clock) -> bool {
        self.due <= clock.today()
    }

    /// Applies a review answer given on `clock`'s day.
    pub fn answer(self, right: bool, clock: Clock) -> Outcome {
        if !right {
            return Outcome::Rescheduled(Card::missed(clock));
        }
        let next = usize::from(self.level) + 1;
        match BOX_DAYS.get(next) {
            Some(days) => Outcome::Rescheduled(Card {
                level: next as u8,
                due: clock.today() + days,
            }),
            None => Outcome::Graduated,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const NOON_UTC: Millis = 1_795_000_000_000 - 1_795_000_000_000 % DAY_MS + DAY_MS / 2;

    fn at(day: i64, offset_minutes: i64) -> Clock {
        Clock {
            now: NOON_UTC + day * DAY_MS,
            offset_minutes,
        }
    }

    #[test]
    fn a_missed_question_is_due_the_next_day_not_the_same_day() {
        let card = Card::missed(at(0, 0));
        assert!(!card.is_due(at(0, 0)));
        assert!(card.is_due(at(1, 0)));
    }

    #[test]
    fn right_answers_double_the_interval_and_the_last_box_graduates() {
        let mut card = Card::missed(at(0, 0));
        let mut day = 0;
        let mut gaps = Vec::new();
        loop {
            // Review on the first day it is due.
            while !card.is_due(at(day, 0)) {
                day += 1;
            }
            match card.answer(true, at(day, 0)) {
                Outcome::Rescheduled(next) => {
                    gaps.push(next.due - at(day, 0).today());
                    card = next;
                }
                Outcome::Graduated => break,
            }
        }
        assert_eq!(gaps, BOX_DAYS[1..].to_vec());
        // Missed on day 0, due day 1, then 2, 4, 8, 16 days apart: graduates on day 31.
        assert_eq!(day, 1 + 2 + 4 + 8 + 16);
    }

    #[test]
    fn a_wrong_answer_sends_the_card_back_to_the_first_box() {
        let card = Card {
            level: 3,
            due: at(5, 0).today(),
        };
        assert_eq!(
            card.answer(false, at(5, 0)),
            Outcome::Rescheduled(Card {
                level: 0,
                due: at(6, 0).today()
            })
        );
    }

    #[test]
    fn days_turn_at_local_midnight() {
        // 23:30 local in UTC+2 is 21:30 UTC: still the same local day as 00:30 local.
        let base = NOON_UTC - DAY_MS / 2; // 00:00 UTC
        let late = Clock {
            now: base + 21 * 3_600_000 + 30 * 60_000,
            offset_minutes: 120,
        };
        let early = Clock {
            now: base - 2 * 3_600_000 + 30 * 60_000,
            offset_minutes: 120,
        };
        assert_eq!(late.today(), early.today());
        // Half an hour later it is the next local day, though UTC has not turned.
        let after = Clock {
            now: late.now + 60 * 60_000,
            offset_minutes: 120,
        };
        assert_eq!(after.today(), late.today() + 1);
    }

    #[test]
    fn a_clock_that_jumps_a_year_either_way_keeps_cards_sane() {
        let card = Card::missed(at(0, 0));
        assert!(card.is_due(at(365, 0)));
        assert!(!card.is_due(at(-365, 0)));
        match card.answer(true, at(-365, 0)) {
            Outcome::Rescheduled(next) => assert_eq!(next.due, at(-365, 0).today() + 2),
            Outcome::Graduated => panic!("graduated from the first box"),
        }
    }
}
