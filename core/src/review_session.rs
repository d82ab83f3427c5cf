//! One sitting of review: the questions due when it opens, one at a time, each answered,
//! checked (which reschedules it in the progress document at once) and left with `next_question`.
//! The review screen only calls these operations; what makes no sense is refused with an
//! error value, as `Attempt` does for the check.

use std::fmt;

use crate::content::{Choice, Course, Kind, Lesson, Question};
use crate::progress::Progress;
use crate::review::Clock;
use crate::shuffle::shuffled;

/// A question due for review, with its options in the order shown today.
#[derive(Clone, Debug, PartialEq)]
pub struct DueQuestion<'c> {
    pub lesson: &'c Lesson,
    pub question: &'c Question,
    pub order: Vec<&'c Choice>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ReviewSession<'c> {
    /// Fixed when the session opens, so a rescheduled question does not reorder the rest.
    due: Vec<DueQuestion<'c>>,
    /// Index into `due` of the question shown; `due.len()` once the session is done.
    index: usize,
    chosen: Option<String>,
    checked: bool,
    reviewed: usize,
    right: usize,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ReviewError {
    /// Every question of the session was answered.
    Done,
    /// A response that does not fit the question (an unknown option, a typed answer too long).
    Unfit {
        question: String,
        why: String,
    },
    AlreadyChecked(String),
    NothingChosen(String),
    NotChecked(String),
}

impl fmt::Display for ReviewError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Done => f.write_str("this review is done; open the review again for more"),
            Self::Unfit { question, why } => write!(f, "question \"{question}\": {why}"),
            Self::AlreadyChecked(q) => write!(f, "question \"{q}\" was already checked"),
            Self::NothingChosen(q) => write!(f, "choose an answer to question \"{q}\" first"),
            Self::NotChecked(q) => write!(f, "check question \"{q}\" before going on"),
        }
    }
}

impl<'c> ReviewSession<'c> {
    /// Opens a session over the questions due on the clock's local day. Options are shuffled
    /// by the day and the question: the same question shows the same order all day, and a
    /// new one the next time it comes back.
    pub fn open(progress: &Progress, course: &'c Course, clock: Clock) -> Self {
        Self::open_in(progress, &course.lessons.iter().collect::<Vec<_>>(), clock)
    }

    /// `open` over some lessons only: the app passes those whose text it has loaded.
    pub fn open_in(progress: &Progress, lessons: &[&'c Lesson], clock: Clock) -> Self {
        let day_seed = clock.today() as u32;
        let due = progress
            .due_in(lessons, clock)
            .into_iter()
            .map(|(lesson, question)| DueQuestion {
                lesson,
                question,
                order: shuffled(question, day_seed),
            })
            .collect();
        ReviewSession {
            due,
            index: 0,
            chosen: None,
            checked: false,
            reviewed: 0,
            right: 0,
        }
    }

    /// The question shown; `None` once the session is done.
    pub fn current(&self) -> Option<&DueQuestion<'c>> {
        self.due.get(self.index)
    }

    /// Index of the question shown (0-based); `total()` once done.
    pub fn index(&self) -> usize {
        self.index
    }

    /// Questions in this session.
    pub fn total(&self) -> usize {
        self.due.len()
    }

    /// Questions checked so far.
    pub fn reviewed(&self) -> usize {
        self.reviewed
    }

    /// Questions answered right so far.
    pub fn right(&self) -> usize {
        self.right
    }

    pub fn is_done(&self) -> bool {
        self.index >= self.due.len()
    }

    /// Whether the question shown is the session's last.
    pub fn is_last(&self) -> bool {
        self.index + 1 >= self.due.len()
    }

    /// The answer given to the question shown (a response, see `grading`).
    pub fn chosen(&self) -> Option<&str> {
        self.chosen.as_deref()
    }

    /// Whether the question shown was checked.
    pub fn is_checked(&self) -> bool {
        self.checked
    }

    /// Sets the answer to the question shown (a response, see `grading`); an empty one
    /// takes it back. Allowed until it is checked.
    pub fn choose(&mut self, response: &str) -> Result<(), ReviewError> {
        let question = self.current().ok_or(ReviewError::Done)?.question;
        let response = question
            .response(response)
            .map_err(|e| ReviewError::Unfit {
                question: question.id.clone(),
                why: e.to_string(),
            })?;
        if self.checked {
            return Err(ReviewError::AlreadyChecked(question.id.clone()));
        }
        self.chosen = response;
        Ok(())
    }

    /// Grades the chosen option, counts it, and reschedules the question in `progress`
    /// (see `LessonProgress::review`). Returns whether it was right.
    pub fn check(&mut self, progress: &mut Progress, clock: Clock) -> Result<bool, ReviewError> {
        let due = self.current().ok_or(ReviewError::Done)?.clone();
        let (lesson, question) = (due.lesson, due.question);
        if self.checked {
            return Err(ReviewError::AlreadyChecked(question.id.clone()));
        }
        if question.kind == Kind::Order && self.chosen.is_none() {
            // An order left as shown is the learner's answer.
            self.chosen = Some(Question::response_of(&due.order));
        }
        let chosen = self
            .chosen
            .as_deref()
            .ok_or_else(|| ReviewError::NothingChosen(question.id.clone()))?;
        let right = question.grade(chosen);
        progress
            .lesson_mut(&lesson.id)
            .review(&question.id, right, clock);
        self.checked = true;
        self.reviewed += 1;
        if right {
            self.right += 1;
        }
        Ok(right)
    }

    /// Leaves the checked question for the next one, or ends the session after the last.
    pub fn next_question(&mut self) -> Result<(), ReviewError> {
        let question = self.current().ok_or(ReviewError::Done)?.question;
        if !self.checked {
            return Err(ReviewError::NotChecked(question.id.clone()));
        }
        self.index += 1;
        self.chosen = None;
        self.checked = false;
        Ok(())
    }
}
