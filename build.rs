//! Reads every lesson in the content folder (`LECTERN_CONTENT`, default `content/`),
//! validates it, renders its Markdown, and writes it as compact JSON (`Course::to_text`)
//! for the pages made at build time (`render-pages`), which put each page's share of it
//! into the page, with the list of image files they publish (`media.txt`). A broken lesson
//! stops the build with one `file:line: message` per problem, so the browser never sees
//! invalid content; a warning (raw HTML, a heavy image) is printed and the build goes on.

use std::path::{Path, PathBuf};

use lectern_core::authoring::{build, lesson_files};
use lectern_core::media::Media;

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
    let built = match build(&files) {
        Ok(built) => built,
        Err(problems) => fail(&problems.iter().map(ToString::to_string).collect::<Vec<_>>()),
    };
    for warning in &built.warnings {
        println!("cargo:warning={warning}");
    }
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap_or_default());
    let written = [
        ("course.json", built.course.to_text()),
        ("media.txt", media_list(&manifest, &built.media)),
    ];
    for (name, text) in written {
        if let Err(e) = std::fs::write(out.join(name), text) {
            fail(&[format!("{}: {e}", out.join(name).display())]);
        }
    }
}

/// One image a line: its published name, a tab, the whole path of its file.
fn media_list(manifest: &Path, media: &[Media]) -> String {
    media
        .iter()
        .map(|m| format!("{}\t{}\n", m.name, manifest.join(&m.source).display()))
        .collect()
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
