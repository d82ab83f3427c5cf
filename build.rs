//! Reads every lesson in the content folder (`LECTERN_CONTENT`, default `content/`),
//! validates it, and embeds it as compact JSON. A broken lesson stops the build with one
//! `file:line: message` per problem, so the browser never sees invalid content.

use std::path::{Path, PathBuf};

use lectern_core::authoring::build_course;

fn main() {
    println!("cargo:rerun-if-env-changed=LECTERN_CONTENT");
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap_or_default());
    let dir = std::env::var("LECTERN_CONTENT").unwrap_or_else(|_| "content".to_string());
    let dir = if Path::new(&dir).is_absolute() { PathBuf::from(&dir) } else { manifest.join(&dir) };
    println!("cargo:rerun-if-changed={}", dir.display());

    let files = match read_lessons(&dir) {
        Ok(files) => files,
        Err(message) => fail(&[message]),
    };
    let course = match build_course(&files) {
        Ok(course) => course,
        Err(problems) => fail(&problems.iter().map(ToString::to_string).collect::<Vec<_>>()),
    };
    let json = match serde_json::to_string(&course) {
        Ok(json) => json,
        Err(e) => fail(&[format!("could not encode the course: {e}")]),
    };
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap_or_default()).join("course.json");
    if let Err(e) = std::fs::write(&out, json) {
        fail(&[format!("{}: {e}", out.display())]);
    }
}

/// The `.toml` files of the folder, sorted by name, as (path shown to authors, text).
fn read_lessons(dir: &Path) -> Result<Vec<(String, String)>, String> {
    let entries = std::fs::read_dir(dir)
        .map_err(|e| format!("{}: cannot read the content folder: {e}", dir.display()))?;
    let mut paths: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    paths.sort();
    let root = std::env::var("CARGO_MANIFEST_DIR").unwrap_or_default();
    paths
        .into_iter()
        .map(|p| {
            println!("cargo:rerun-if-changed={}", p.display());
            let shown = p.strip_prefix(&root).unwrap_or(&p).display().to_string();
            std::fs::read_to_string(&p)
                .map(|text| (shown.clone(), text))
                .map_err(|e| format!("{shown}: {e}"))
        })
        .collect()
}

fn fail(problems: &[String]) -> ! {
    eprintln!("\nLectern content has {} problem(s):", problems.len());
    for p in problems {
        eprintln!("  {p}");
        println!("cargo:warning={p}");
    }
    std::process::exit(1);
}
