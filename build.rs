//! Reads every lesson in the content folder (`LECTERN_CONTENT`, default `content/`),
//! validates it, and writes it as compact JSON (`Course::to_text`) for the pages made at
//! build time (`render-pages`), which put each page's share of it into the page. A broken lesson stops the build with one
//! `file:line: message` per problem, so the browser never sees invalid content.

use std::path::{Path, PathBuf};

use lectern_core::authoring::{build_course, lesson_files};

fn main() {
    println!("cargo:rerun-if-env-changed=LECTERN_CONTENT");
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap_or_default());
    let dir = std::env::var("LECTERN_CONTENT").unwrap_or_else(|_| "content".to_string());
    let dir = if Path::new(&dir).is_absolute() {
        PathBuf::from(&dir)
    } else {
        manifest.join(&dir)
    };
    println!("cargo:rerun-if-changed={}", dir.display());

    let files = match read_lessons(&dir) {
        Ok(files) => files,
        Err(message) => fail(&[message]),
    };
    let course = match build_course(&files) {
        Ok(course) => course,
        Err(problems) => fail(&problems.iter().map(ToString::to_string).collect::<Vec<_>>()),
    };
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap_or_default());
    if let Err(e) = std::fs::write(out.join("course.json"), course.to_text()) {
        fail(&[format!("{}: {e}", out.join("course.json").display())]);
    }
}

/// The lesson files, as (path shown to authors, text); cargo rebuilds when one changes.
fn read_lessons(dir: &Path) -> Result<Vec<(String, String)>, String> {
    let root = std::env::var("CARGO_MANIFEST_DIR").unwrap_or_default();
    Ok(lesson_files(dir)?
        .into_iter()
        .map(|(path, text)| {
            println!("cargo:rerun-if-changed={}", path.display());
            (
                path.strip_prefix(&root)
                    .unwrap_or(&path)
                    .display()
                    .to_string(),
                text,
            )
        })
        .collect())
}

fn fail(problems: &[String]) -> ! {
    eprintln!("\nLectern content has {} problem(s):", problems.len());
    for p in problems {
        eprintln!("  {p}");
        println!("cargo:warning={p}");
    }
    std::process::exit(1);
}
