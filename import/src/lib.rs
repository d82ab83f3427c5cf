//! Question banks from other tools into Lectern lessons, and a course out as GIFT.
//!
//! Each reader (`mdbook_quiz`, `quizdown`, `gift`) turns one file into drafts of questions
//! and says, with a line, what it could not carry; `assemble` gives them ids and checks them
//! with the core's reader; `import` walks a folder, writes lesson files and tallies the
//! outcome; `gift_export` writes a course's lesson files as GIFT.

pub mod assemble;
pub mod gift;
mod gift_answers;
pub mod gift_export;
pub mod gift_text;
pub mod ids;
pub mod import;
pub mod lesson_file;
pub mod mdbook_quiz;
pub mod model;
pub mod quizdown;
