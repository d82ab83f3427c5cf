//! Bringing two progress documents together: another tab's write, or an imported file.
//! The rules: finished attempts are unioned and never dropped (except by a later reset);
//! of two attempts in progress the newer wins; a reset wins over anything older.

use crate::attempt::Finished;
use crate::progress::{LessonProgress, Progress};

/// Merges `theirs` into `ours`. Where the two disagree and nothing decides, ours is kept.
pub fn merge(ours: &Progress, theirs: &Progress) -> Progress {
    let mut lessons = ours.lessons.clone();
    for (id, their) in &theirs.lessons {
        let merged = match ours.lessons.get(id) {
            Some(our) => merge_lesson(our, their),
            None => normalise(their.clone()),
        };
        lessons.insert(id.clone(), merged);
    }
    Progress {
        version: ours.version,
        lessons,
        last: ours.last.clone().or_else(|| theirs.last.clone()),
        theme: ours.theme.or(theirs.theme),
    }
}

fn merge_lesson(ours: &LessonProgress, theirs: &LessonProgress) -> LessonProgress {
    let reset = ours.reset.max(theirs.reset);
    let finished: Vec<Finished> = ours
        .finished
        .iter()
        .chain(&theirs.finished)
        .cloned()
        .collect();
    let current = match (&ours.current, &theirs.current) {
        (Some(a), Some(b)) if b.started > a.started => Some(b.clone()),
        (Some(a), Some(b)) if b.started == a.started && b.seed == a.seed => {
            // The same attempt seen by two tabs: keep every checked answer.
            let mut merged = a.clone();
            for (q, answer) in &b.answers {
                let keep_ours = merged
                    .answers
                    .get(q)
                    .is_some_and(|x| x.checked || !answer.checked);
                if !keep_ours {
                    merged.answers.insert(q.clone(), answer.clone());
                }
            }
            Some(merged)
        }
        (Some(a), _) => Some(a.clone()),
        (None, b) => b.clone(),
    };
    // Reviews have no time of their own: after a reset on one side, only that side's count.
    let reviews = match ours.reset.cmp(&theirs.reset) {
        std::cmp::Ordering::Less => theirs.reviews.clone(),
        std::cmp::Ordering::Greater => ours.reviews.clone(),
        std::cmp::Ordering::Equal => {
            let mut r = ours.reviews.clone();
            for (q, card) in &theirs.reviews {
                r.entry(q.clone())
                    .and_modify(|c| {
                        if card.due > c.due {
                            *c = *card
                        }
                    })
                    .or_insert(*card);
            }
            r
        }
    };
    normalise(LessonProgress {
        current,
        finished,
        reviews,
        reset,
        opened: ours.opened || theirs.opened,
    })
}

/// Drops what a reset removed and orders history oldest first.
fn normalise(mut lp: LessonProgress) -> LessonProgress {
    if let Some(reset) = lp.reset {
        lp.finished.retain(|f| f.started >= reset);
        if lp.current.as_ref().is_some_and(|a| a.started < reset) {
            lp.current = None;
        }
    }
    // An attempt another tab already finished is not in progress any more.
    if lp
        .current
        .as_ref()
        .is_some_and(|a| lp.finished.iter().any(|f| f.started == a.started))
    {
        lp.current = None;
    }
    // The same record from both sides is kept once, with its answers if either side still
    // has them; distinct records are all kept.
    let identity = |f: &Finished| (f.finished, f.started, f.score.correct, f.score.total);
    lp.finished
        .sort_unstable_by(|a, b| (identity(a), &a.answers).cmp(&(identity(b), &b.answers)));
    lp.finished.dedup_by(|later, kept| {
        let same = identity(later) == identity(kept);
        if same && kept.answers.is_empty() {
            kept.answers = std::mem::take(&mut later.answers);
        }
        same
    });
    lp.compact();
    lp
}
