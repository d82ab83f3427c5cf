//! Lectern's domain core: lessons and questions, grading, attempts, the stored progress
//! document and routes. Plain data and plain functions: nothing here knows about a browser,
//! so all of it is tested natively in milliseconds.

pub mod attempt;
pub mod content;
pub mod grading;
pub mod keys;
pub mod progress;
pub mod prose;
pub mod review;
pub mod review_session;
pub mod route;
pub mod shuffle;
pub mod site;
mod stored;
pub mod sync;
pub mod transfer;

#[cfg(feature = "authoring")]
pub mod authoring;
#[cfg(feature = "authoring")]
pub mod diagnostics;
#[cfg(feature = "authoring")]
pub mod markdown;
#[cfg(feature = "authoring")]
pub mod media;
#[cfg(feature = "authoring")]
pub mod site_file;
