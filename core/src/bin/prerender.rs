//! Build step (trunk post_build hook): writes the prerendered home, lesson and
//! first-question pages into the staged `index.html`. Usage: prerender CONTENT_DIR INDEX_HTML

use lectern_core::authoring::{build_course, lesson_files};
use lectern_core::prerender::inject;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let (Some(dir), Some(index)) = (args.get(1), args.get(2)) else {
        eprintln!("usage: prerender CONTENT_DIR INDEX_HTML");
        std::process::exit(2);
    };
    if let Err(message) = run(dir, index) {
        eprintln!("prerender: {message}");
        std::process::exit(1);
    }
}

fn run(dir: &str, index: &str) -> Result<(), String> {
    let files: Vec<(String, String)> = lesson_files(std::path::Path::new(dir))?
        .into_iter()
        .map(|(path, text)| (path.display().to_string(), text))
        .collect();
    let course = build_course(&files).map_err(|problems| {
        problems
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join("\n")
    })?;
    let html = std::fs::read_to_string(index).map_err(|e| format!("{index}: {e}"))?;
    std::fs::write(index, inject(&html, &course)?).map_err(|e| format!("{index}: {e}"))?;
    println!(
        "prerender: the home page and {} lesson(s) with their first question written into {index}",
        course.lessons.len()
    );
    Ok(())
}
