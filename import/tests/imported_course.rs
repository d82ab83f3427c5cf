//! `tests/fixtures/imported/` is what `make import` writes from `tests/fixtures/import/`: the
//! end-to-end test answers those lessons in a browser. This keeps the committed files equal
//! to a fresh import, so they never drift from what the importer does.

use std::path::Path;

#[test]
fn the_imported_fixture_course_is_what_the_importer_writes_today() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let into = std::env::temp_dir().join(format!("lectern-imported-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&into);
    // Paths as the Makefile gives them, so the files name their sources the same way.
    std::env::set_current_dir(&root).expect("repository root");
    let run = lectern_import::import::run(Path::new("tests/fixtures/import"), &into);
    assert!(run.unreadable.is_empty() && run.refused.is_empty());
    let committed = root.join("tests/fixtures/imported");
    let mut names: Vec<_> = run
        .written
        .iter()
        .filter_map(|p| p.file_name().map(|n| n.to_owned()))
        .collect();
    names.sort();
    let mut there: Vec<_> = std::fs::read_dir(&committed)
        .expect("tests/fixtures/imported")
        .filter_map(|e| e.ok().map(|e| e.file_name()))
        .filter(|n| n.to_string_lossy().ends_with(".toml"))
        .collect();
    there.sort();
    assert_eq!(
        names, there,
        "run `make import FROM=tests/fixtures/import INTO=tests/fixtures/imported` again"
    );
    for name in &names {
        let fresh = std::fs::read_to_string(into.join(name)).expect("written");
        let kept = std::fs::read_to_string(committed.join(name)).expect("committed");
        assert_eq!(fresh, kept, "{name:?} differs from a fresh import");
    }
    let _ = std::fs::remove_dir_all(&into);
}
