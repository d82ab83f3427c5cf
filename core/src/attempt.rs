//! One run through a lesson's check: which questions, in which option order, and what the
//! learner chose and checked. State changes are named operations that refuse what makes
//! no sense (checking with nothing chosen, changing a checked answer) with an error value.

use std::collections::BTreeMap;
use std::fmt;

use serde::{Deserialize, Serialize};

use crate::content::{Choice, Kind, Lesson, Question};
use crate::shuffle::shuffled;
use crate::stored::null_as_default;

/// Milliseconds since the Unix epoch, as the browser's clock gives them.
pub type Millis = i64;

/// Stored as `{"seed", "started", "questions", "answers"}`; `answers` may be missing or null.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Attempt {
    /// Fixes every question's option order for this attempt.
    pub seed: u32,
    pub started: Millis,
    /// Question ids, in the order they are asked.
    pub questions: Vec<String>,
    /// The learner's answer per question id.
    #[serde(default, deserialize_with = "null_as_default")]
    pub answers: BTreeMap<String, Answer>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Answer {
    /// The learner's response (`grading`): for a single-choice question, the chosen
    /// option's id; the field keeps its name so every saved document still reads.
    pub option: String,
    /// Checked answers are final: they were graded and the learner saw the feedback.
    #[serde(default, deserialize_with = "null_as_default")]
    pub checked: bool,
}

/// A finished attempt as kept in history.
///
/// Stored compactly, as `[started, milliseconds taken, correct, total]`, followed by the
/// answers object for the latest attempt of a lesson only (see
/// `LessonProgress::compact`): years of history stay a few dozen bytes per attempt.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(into = "FinishedRecord", try_from = "FinishedRecord")]
pub struct Finished {
    pub started: Millis,
    pub finished: Millis,
    /// Chosen option id per question id; its keys are the questions the attempt asked.
    /// Empty for older attempts once a newer one is finished: nothing shows them.
    pub answers: BTreeMap<String, String>,
    /// The score when it was taken. Kept as a record: a later content edit does not
    /// rewrite what the learner achieved.
    pub score: Score,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Score {
    pub correct: u32,
    pub total: u32,
}

impl Score {
    /// Whole percent, rounded half up; 0 for an empty check.
    pub fn percent(self) -> u32 {
        if self.total == 0 {
            return 0;
        }
        ((u64::from(self.correct) * 200 + u64::from(self.total)) / (2 * u64::from(self.total)))
            as u32
    }

    /// Orders scores by fraction, then by size (8/10 beats 4/5).
    pub fn better_than(self, other: Score) -> bool {
        let (a, b) = (
            u64::from(self.correct) * u64::from(other.total.max(1)),
            u64::from(other.correct) * u64::from(self.total.max(1)),
        );
        a > b || (a == b && self.total > other.total)
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AttemptError {
    UnknownQuestion(String),
    /// A response that does not fit the question (an unknown option, a typed answer too long).
    Unfit {
        question: String,
        why: String,
    },
    AlreadyChecked(String),
    NothingChosen(String),
    NotComplete {
        checked: usize,
        total: usize,
    },
}

impl fmt::Display for AttemptError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::UnknownQuestion(q) => write!(f, "question \"{q}\" is not part of this attempt"),
            Self::Unfit { question, why } => write!(f, "question \"{question}\": {why}"),
            Self::AlreadyChecked(q) => write!(f, "question \"{q}\" was already checked"),
            Self::NothingChosen(q) => write!(f, "choose an answer to question \"{q}\" first"),
            Self::NotComplete { checked, total } => {
                write!(f, "only {checked} of {total} questions are checked")
            }
        }
    }
}

impl Attempt {
    /// A new attempt over every question of the lesson, in the lesson's order.
    pub fn new(lesson: &Lesson, seed: u32, now: Millis) -> Self {
        Self::over(lesson.question_ids(), seed, now)
    }

    /// A new attempt over the given questions (for example, the ones missed last time).
    pub fn over(questions: Vec<String>, seed: u32, now: Millis) -> Self {
        Attempt {
            seed,
            started: now,
            questions,
            answers: BTreeMap::new(),
        }
    }

    /// Index of the first question not yet checked; `len()` once all are.
    pub fn frontier(&self) -> usize {
        self.questions
            .iter()
            .position(|q| !self.is_checked(q))
            .unwrap_or(self.questions.len())
    }

    pub fn len(&self) -> usize {
        self.questions.len()
    }

    pub fn is_empty(&self) -> bool {
        self.questions.is_empty()
    }

    pub fn checked_count(&self) -> usize {
        self.questions.iter().filter(|q| self.is_checked(q)).count()
    }

    pub fn is_complete(&self) -> bool {
        self.frontier() == self.questions.len()
    }

    pub fn is_checked(&self, question: &str) -> bool {
        self.answers.get(question).is_some_and(|a| a.checked)
    }

    pub fn chosen(&self, question: &str) -> Option<&str> {
        self.answers.get(question).map(|a| a.option.as_str())
    }

    /// The question's options in this attempt's order. An ordering question never starts
    /// in its right order.
    pub fn option_order<'q>(&self, question: &'q Question) -> Vec<&'q Choice> {
        shuffled(question, self.seed)
    }

    /// Sets the answer to a question (a response, see `grading`): an option id, the ids
    /// chosen, the order given, or the text typed. An empty response takes the answer back.
    /// Allowed until the question is checked.
    pub fn choose(
        &mut self,
        lesson: &Lesson,
        question: &str,
        response: &str,
    ) -> Result<(), AttemptError> {
        let q = self.asked(lesson, question)?;
        let response = q.response(response).map_err(|e| AttemptError::Unfit {
            question: question.into(),
            why: e.to_string(),
        })?;
        if self.is_checked(question) {
            return Err(AttemptError::AlreadyChecked(question.into()));
        }
        match response {
            Some(option) => {
                let answer = Answer {
                    option,
                    checked: false,
                };
                self.answers.insert(question.into(), answer);
            }
            None => {
                self.answers.remove(question);
            }
        }
        Ok(())
    }

    /// The options as this attempt shows them: an ordering question in the order the
    /// learner has put them so far, any other in this attempt's shuffled order.
    pub fn options_shown<'q>(&self, question: &'q Question) -> Vec<&'q Choice> {
        question.shown(self.option_order(question), self.chosen(&question.id))
    }

    /// Grades the chosen option and locks it. Returns whether it was right.
    pub fn check(&mut self, lesson: &Lesson, question: &str) -> Result<bool, AttemptError> {
        let q = self.asked(lesson, question)?;
        if q.kind == Kind::Order && !self.answers.contains_key(question) {
            // An order left as shown is the learner's answer.
            let shown = Question::response_of(&self.option_order(q));
            self.choose(lesson, question, &shown)?;
        }
        let answer = self
            .answers
            .get_mut(question)
            .ok_or_else(|| AttemptError::NothingChosen(question.into()))?;
        if answer.checked {
            return Err(AttemptError::AlreadyChecked(question.into()));
        }
        answer.checked = true;
        Ok(q.grade(&answer.option))
    }

    /// Whether a checked question was answered right; `None` while unchecked.
    pub fn verdict(&self, lesson: &Lesson, question: &str) -> Option<bool> {
        let answer = self.answers.get(question).filter(|a| a.checked)?;
        Some(lesson.question(question)?.grade(&answer.option))
    }

    /// Grades the checked answers.
    pub fn score(&self, lesson: &Lesson) -> Score {
        let correct = self
            .questions
            .iter()
            .filter(|q| self.verdict(lesson, q) == Some(true))
            .count();
        Score {
            correct: correct as u32,
            total: self.questions.len() as u32,
        }
    }

    /// Turns a complete attempt into its history record.
    pub fn finish(&self, lesson: &Lesson, now: Millis) -> Result<Finished, AttemptError> {
        if !self.is_complete() {
            return Err(AttemptError::NotComplete {
                checked: self.checked_count(),
                total: self.len(),
            });
        }
        Ok(Finished {
            started: self.started,
            // A clock that went backwards must not make a negative duration.
            finished: now.max(self.started),
            answers: {
                let mut chosen = BTreeMap::new();
                for (q, a) in &self.answers {
                    chosen.insert(q.clone(), a.option.clone());
                }
                chosen
            },
            score: self.score(lesson),
        })
    }

    /// Drops what the current content no longer has (a removed question or option), so an
    /// edited lesson keeps every other answer. Returns whether anything was dropped.
    pub fn reconcile(&mut self, lesson: &Lesson) -> bool {
        let before = (self.questions.len(), self.answers.len());
        self.questions.retain(|q| lesson.question(q).is_some());
        let mut seen = std::collections::BTreeSet::new();
        self.questions.retain(|q| seen.insert(q.clone()));
        let questions = &self.questions;
        self.answers.retain(|q, a| {
            questions.contains(q) && lesson.question(q).is_some_and(|qq| fits(qq, &a.option))
        });
        before != (self.questions.len(), self.answers.len())
    }

    fn asked<'l>(&self, lesson: &'l Lesson, question: &str) -> Result<&'l Question, AttemptError> {
        if !self.questions.iter().any(|q| q == question) {
            return Err(AttemptError::UnknownQuestion(question.into()));
        }
        lesson
            .question(question)
            .ok_or_else(|| AttemptError::UnknownQuestion(question.into()))
    }
}

/// Whether a stored response still fits the question as it is now.
pub(crate) fn fits(question: &Question, response: &str) -> bool {
    question.response(response).is_ok_and(|r| r.is_some())
}

impl Finished {
    /// Milliseconds the attempt took.
    pub fn duration(&self) -> Millis {
        (self.finished - self.started).max(0)
    }

    /// Questions of this attempt answered wrong, judged against the current content.
    pub fn missed<'l>(&self, lesson: &'l Lesson) -> Vec<&'l Question> {
        lesson
            .questions
            .iter()
            .filter(|q| self.answers.get(&q.id).is_some_and(|o| !q.grade(o)))
            .collect()
    }
}

/// The stored shape of `Finished`: `[started, milliseconds taken, correct, total]`, and the
/// answers object only while it has any.
#[derive(Clone, Serialize, Deserialize)]
struct FinishedRecord(
    Millis,
    Millis,
    u32,
    u32,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")] BTreeMap<String, String>,
);

impl From<Finished> for FinishedRecord {
    fn from(f: Finished) -> Self {
        let took = f.duration();
        FinishedRecord(f.started, took, f.score.correct, f.score.total, f.answers)
    }
}

impl TryFrom<FinishedRecord> for Finished {
    type Error = &'static str;

    /// Refuses a record whose figures do not add up (more right than asked, negative time).
    fn try_from(
        FinishedRecord(started, took, correct, total, answers): FinishedRecord,
    ) -> Result<Self, Self::Error> {
        if correct > total {
            return Err("a finished attempt with more right answers than questions");
        }
        if took < 0 {
            return Err("a finished attempt that took negative time");
        }
        Ok(Finished {
            started,
            finished: started.saturating_add(took),
            answers,
            score: Score { correct, total },
        })
    }
}
