//! One module per screen.

pub mod check;
pub mod home;
pub mod lesson;
pub mod not_found;
pub mod result;
