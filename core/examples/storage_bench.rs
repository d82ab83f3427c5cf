//! `make bench` part: the progress document with 1,000 finished attempts of the seed lesson.
//! Prints its size in bytes (and per attempt) and the time to decode and encode it, and the
//! size per attempt of the fixture lesson with a question of every kind. With
//! `--write PATH` it also writes the document to PATH, for the bench to store in the
//! browser before measuring the save after a click.

use std::time::Instant;

use lectern_core::attempt::Attempt;
use lectern_core::authoring::parse_lesson;
use lectern_core::content::Lesson;

// The tests' wrong answer for any kind of question.
#[path = "../tests/common/mod.rs"]
mod common;
use lectern_core::progress::{decode, encode, Progress};
use lectern_core::review::Clock;

/// A lesson file of the repository, read as the build reads it.
fn lesson_at(relative: &str) -> Lesson {
    let path = format!("{}/../{relative}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    parse_lesson(&path, &text).unwrap_or_else(|e| panic!("{e:?}"))
}

fn main() {
    let seed = lesson_at("content/local-models.toml");
    let (progress, attempts) = finished_attempts(&seed);
    let encoded = encode(&progress);
    if let Some(path) = std::env::args().skip_while(|a| a != "--write").nth(1) {
        if let Err(e) = std::fs::write(&path, &encoded) {
            eprintln!("storage_bench: cannot write {path}: {e}");
            std::process::exit(1);
        }
    }
    let runs = 50;
    let t = Instant::now();
    for _ in 0..runs {
        std::hint::black_box(decode(std::hint::black_box(&encoded)).expect("decode"));
    }
    let decode_ms = t.elapsed().as_secs_f64() * 1000.0 / runs as f64;
    let t = Instant::now();
    for _ in 0..runs {
        std::hint::black_box(encode(std::hint::black_box(&progress)));
    }
    let encode_ms = t.elapsed().as_secs_f64() * 1000.0 / runs as f64;
    // The same over the fixture lesson with a question of every kind.
    let kinds = lesson_at("tests/fixtures/course/60-question-kinds.toml");
    let (kinds_progress, _) = finished_attempts(&kinds);
    let kinds_bytes = encode(&kinds_progress).len();
    println!(
        "{{\"attempts\":{attempts},\"bytes\":{},\"bytes_per_attempt\":{:.1},\"decode_ms\":{decode_ms:.2},\"encode_ms\":{encode_ms:.2},\"kinds_bytes\":{kinds_bytes},\"kinds_bytes_per_attempt\":{:.1}}}",
        encoded.len(),
        encoded.len() as f64 / attempts as f64,
        kinds_bytes as f64 / attempts as f64
    );
}

/// A progress document with 1,000 finished attempts of the lesson, one a day, about one
/// answer in four wrong.
fn finished_attempts(lesson: &Lesson) -> (Progress, usize) {
    let mut progress = Progress::default();
    let attempts = 1_000;
    let start = 1_795_000_000_000i64;
    for i in 0..attempts {
        let now = start + i as i64 * 86_400_000;
        let lp = progress.lesson_mut(&lesson.id);
        let mut a = Attempt::new(lesson, i as u32, now);
        for (k, q) in lesson.questions.iter().enumerate() {
            // Vary the answers: roughly one in four wrong.
            let pick = if (i + k) % 4 == 0 {
                common::wrong_option(q)
            } else {
                q.right_response()
            };
            a.choose(lesson, &q.id, &pick).expect("choose");
            a.check(lesson, &q.id).expect("check");
        }
        lp.current = Some(a);
        lp.finish(
            lesson,
            Clock {
                now: now + 300_000,
                offset_minutes: 0,
            },
        )
        .expect("finish");
    }
    (progress, attempts)
}
