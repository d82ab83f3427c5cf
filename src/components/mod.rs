//! Small pieces shared by the screens.

pub mod answer;
pub mod chart;
pub mod confirm_dialog;
pub mod loading;
pub mod modal;
pub mod notices;
pub mod progress_bar;
pub mod prose;
pub mod question_card;
