//! The site's settings (`content/site.toml`, read and checked by `build.rs`), embedded in
//! the binary. They are a few hundred bytes and fixed for a build, and the native render
//! and the browser must agree on them node for node, so both read the same copy here
//! rather than the browser reading them back from the page.

use lectern_core::site::Site;

const SITE: &str = include_str!(concat!(env!("OUT_DIR"), "/site.json"));

/// The settings this build was made with.
pub fn site() -> &'static Site {
    static CELL: std::sync::OnceLock<Site> = std::sync::OnceLock::new();
    CELL.get_or_init(|| Site::from_text(SITE))
}
