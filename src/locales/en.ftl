# Lectern's interface in English: the reference catalog. Every other catalog has exactly
# these messages (tests/locales.rs). Numbers go through the browser's Intl; a percentage,
# a quotation and a list separator are messages of their own, since languages write them
# differently.

## Shared pieces

percent = { $value }%
quoted = “{ $text }”
list-separator = {", "}
cancel = Cancel
try-again = Try again
reload = Reload
dismiss = Dismiss
your-scores = Your scores
see-last-result = See your last result
start-the-check = Start the check
retake-the-check = Retake the check
continue-the-check = Continue the check
next-question = Next question
score-fraction = { $correct } / { $total }
best-score = Best score: { $correct } / { $total }
best-score-percent = Best score: { $correct } / { $total } ({ $percent })
score-with-percent = { $correct } / { $total } ({ $percent })

## The frame of every page

theme-dark = Dark theme
footer-stored = Your progress is stored in this browser only.
footer-author = By { $author }
footer-licence = Licence: { $licence }
footer-source = Source
footer-home = Website

## Page titles (followed by the site's title)

title-review = Review
title-progress = Your progress
title-history = Your scores
title-question = Question { $number }
title-result = Your result
title-not-found = Page not found
description-not-found = This address does not lead to a lesson.

## Waiting for lessons

loading-lessons = Loading the lessons…
loading-lesson = Loading the lesson…
failed-lessons = The list of lessons could not be loaded: { $why }.
failed-lesson = This lesson could not be loaded: { $why }.
why-offline = you seem to be offline, and it is not saved on this device yet
why-status = the site answered { $status } for it
why-other-lesson = the site sent lesson “{ $lesson }” instead
why-unreadable = the site sent something that is not a lesson

## Home

home-nothing-due = Nothing is due for review today.
home-due =
    { $count ->
        [one] Due for review: { $count } question
       *[other] Due for review: { $count } questions
    }
home-start-review = Start review
home-summary = { $completed } of { $lessons } lessons completed · { $mastered } of { $questions } questions mastered
home-progress-link = Your progress: export, import, reset
next-continue = Continue: { $lesson }, question { $number } of { $total }
next-start = Start: { $lesson }
next-all-done = Every lesson done: see your progress
stage-not-started = Not started
stage-reading = Reading
stage-checking = Check in progress: question { $number } of { $total }
step-start = Start
step-continue = Continue
step-review = Review
step-retake = Retake
step-label = { $step }: { $lesson }
lesson-card-meta =
    { $count ->
        [one] { $minutes } min · { $count } question
       *[other] { $minutes } min · { $count } questions
    }

## A lesson

lesson-meta = { $minutes } min · Reviewed { $reviewed }
check-call-heading = End-of-lesson check
check-call-at = You are at question { $number } of { $total }.
check-call-about =
    { $count ->
        [one] { $count } question, with feedback after it.
       *[other] { $count } questions, with feedback after each one.
    }

## A question

progress-question = Question { $number } of { $total }
progress-questions-checked = Questions checked
progress-review = Review { $number } of { $total }
progress-reviews-checked = Reviews checked
see-your-result = See your result
check = Check
nudge-type = Type an answer first, then check it.
nudge-choose = Choose an answer first, then check it.
select-all = Select all that apply.
order-note = Put these in order: move each item up or down.
typed-label = Your answer
move-up = Move up
move-down = Move down
moved-to = Moved to position { $place } of { $count }.
verdict-right = Correct.
verdict-wrong = Not quite.
show-hint = Show a hint
mark-right = right answer
mark-yours = your answer
mark-in-place = in place
mark-out-of-place = out of place
right-answer = Right answer:
right-answers = Right answers:
right-order = Right order:
accepted-answer = Accepted answer:
your-answer = Your answer:
your-answers = Your answers:
your-order = Your order:
your-answer-gone = Your answer: (an option since removed)

## The result

result-heading = Your result
retry-missed = Retry the ones I missed
back-to-lesson = Back to the lesson
print-name = Name for the printed record (optional)
print-result = Print this result
result-review = Review
result-correct = Correct
result-missed = Missed

## Review

review-label = Review
review-from = From
review-read-again = read “{ $section }” again
finish-review = Finish review
review-none-heading = Nothing to review today
review-none = Questions you miss in a check come back here the next day.
review-done-heading = Review done
review-done = Review done: { $right } of { $total } right. Right answers come back later and later; missed ones tomorrow.
back-to-lessons = Back to your lessons

## A lesson's scores

history-empty = No finished checks yet. Your scores appear here after each one.
history-caption = Finished checks, oldest first
history-number = #
history-date = Date
history-score = Score
history-time = Time taken
duration-seconds = { $seconds } s
duration-minutes = { $minutes } min
duration-minutes-seconds = { $minutes } min { $seconds } s
duration-hours-minutes = { $hours } h { $minutes } min
chart-title = Score history
chart-description =
    { $count ->
        [one] Scores over { $count } attempt: { $scores }.
       *[other] Scores over { $count } attempts: { $scores }.
    }

## Page not found

not-found-heading = Page not found
not-found-text = This address does not lead to a lesson. It may have been renamed.
not-found-home = Go to the home page

## Your progress

progress-heading = Your progress
progress-intro = Everything { $site } knows about your learning is stored in this browser, nowhere else. Export it to keep a copy or to continue on another computer.
export-heading = Export and import
export = Export progress
import = Import progress
exported = Exported to { $file }. Import it in another browser to carry your progress there.
export-failed = Export failed: { $why }.
export-unprepared = the browser could not prepare the file
export-unstarted = the browser could not start the download
import-heading = Import this file?
import-confirm = Import
imported = Imported. Your progress now includes the file's.
import-unreadable = This file could not be read. Nothing was changed.
import-refused = { $why } Nothing was changed.
import-too-large = This file is { $size } KB; a { $site } progress file is at most { $max } KB. Choose the file { $site } exported.
import-not-json = This file is not a { $site } progress file: it is not JSON ({ $why }).
import-not-ours = This file is not a { $site } progress file. Choose a file made with “Export progress”.
import-newer = This file was made by a newer version of { $site } (format { $found }; this site reads up to { $known }). Reload to get the newest site, then import again.
import-nothing-new = The file holds nothing this browser does not already have.
import-left-out = Left out, because this site's lessons do not have them:
import-note = Finished checks are added to yours; nothing you have is removed.
import-change = { $lesson }: { $parts }
import-added = { $count ->
    [one] { $count } finished attempt added
   *[other] { $count } finished attempts added
}
import-current-taken = check in progress taken from the file ({ $answered } of { $total } answered)
import-current-removed = check in progress removed
import-reviews = review schedule updated ({ $count ->
    [one] { $count } question
   *[other] { $count } questions
})
import-skip-unreadable = lesson “{ $lesson }”: unreadable
import-skip-lesson = lesson “{ $lesson }”: not on this site
import-skip-question = question “{ $question }” of “{ $lesson }”: not in this lesson
lessons-heading = Lessons
reset = Reset
reset-all = Reset all progress
reset-heading = Reset progress?
reset-confirm = Yes, reset
reset-done = Progress reset.
reset-lesson-label = Reset progress for { $lesson }
reset-ask-lesson = Reset progress for “{ $lesson }”? Its checks, scores and reviews are removed from this browser. This cannot be undone; export first to keep a copy.
reset-ask-all = Reset progress for every lesson? Its checks, scores and reviews are removed from this browser. This cannot be undone; export first to keep a copy.
kept =
    { $checks ->
        [one] { $checks } finished check · { $reviews } in review
       *[other] { $checks } finished checks · { $reviews } in review
    }
kept-best =
    { $checks ->
        [one] { $checks } finished check · best { $correct } / { $total } · { $reviews } in review
       *[other] { $checks } finished checks · best { $correct } / { $total } · { $reviews } in review
    }

## Notices

memory-blocked = Your progress is kept only for this visit: this browser is not letting { $site } save anything (private mode or blocked storage).
memory-unreadable = Your progress is kept only for this visit: this browser refused to read { $site }'s saved data.
memory-save-failed = Your progress is kept only for this visit: { $why }. { $site } keeps trying, and saves everything as soon as the browser allows.
save-unavailable = this browser does not let { $site } store anything
save-refused = the browser refused to save ({ $why })
save-read-only = the saved progress belongs to a newer version of { $site }
part-unreadable = Part of your saved progress could not be read (lesson: { $lessons }), so that part starts fresh; everything else is as you left it.
newer-version = Your progress was saved by a newer version of { $site }. Reload the page to get the newest site. Until then your saved progress is left untouched, and what you do now is kept only for this visit.
unreadable = Your saved progress could not be read ({ $why }), so { $site } started fresh.
kept-aside = The old data is kept in this browser's storage under “{ $key }”.
not-kept-aside = It could not be copied aside, so it is left untouched, and your progress is kept only for this visit.
update-ready = A new version of { $site } is ready. Reload to use it; your progress is kept.

## The crash message

crash-heading = Something went wrong. Your progress is saved.
crash-text = Reload to carry on where you were. If it happens again, copy the details below and send them to whoever runs this site.
crash-details = Error details
crash-copy = Copy details
crash-copied = Copied
