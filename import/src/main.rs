//! `lectern-import FROM INTO`: question banks into lesson files (`make import`).
//! `lectern-import --export-gift CONTENT [OUT]`: a course as GIFT (`make export-gift`).

use std::path::Path;
use std::process::ExitCode;

use lectern_import::gift_export::export_folder;
use lectern_import::import::{run, Tally};

const USAGE: &str =
    "usage: lectern-import FROM INTO  |  lectern-import --export-gift CONTENT [OUT]";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args
        .iter()
        .map(String::as_str)
        .collect::<Vec<_>>()
        .as_slice()
    {
        ["--export-gift", content] => export(content, None),
        ["--export-gift", content, out] => export(content, Some(out)),
        [from, into] if !from.starts_with("--") => import(from, into),
        _ => {
            eprintln!("{USAGE}");
            ExitCode::from(2)
        }
    }
}

/// Prints a line per loss and per file written, then the tally; fails only when a file
/// cannot be read at all.
fn import(from: &str, into: &str) -> ExitCode {
    let done = run(Path::new(from), Path::new(into));
    for e in &done.entries {
        for line in e.lines() {
            println!("{line}");
        }
    }
    done.notes.iter().for_each(|n| println!("{n}"));
    done.refused.iter().for_each(|r| println!("{r}"));
    done.written
        .iter()
        .for_each(|p| println!("wrote {}", p.display()));
    done.unreadable.iter().for_each(|u| eprintln!("{u}"));
    println!("{}", Tally::of(&done.entries));
    if done.unreadable.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

fn export(content: &str, out: Option<&str>) -> ExitCode {
    let (gift, lost) = match export_folder(Path::new(content)) {
        Ok(done) => done,
        Err(problems) => {
            problems.iter().for_each(|p| eprintln!("{p}"));
            return ExitCode::FAILURE;
        }
    };
    lost.iter().for_each(|l| eprintln!("{l}"));
    match out {
        None => print!("{gift}"),
        Some(path) => {
            if let Err(e) = std::fs::write(path, gift) {
                eprintln!("{path}: cannot write: {e}");
                return ExitCode::FAILURE;
            }
            eprintln!("wrote {path}");
        }
    }
    ExitCode::SUCCESS
}
