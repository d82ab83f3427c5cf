//! One module per screen.

pub mod check;
pub mod history;
pub mod home;
pub mod lesson;
pub mod not_found;
pub mod progress;
pub mod result;
pub mod review;
