//! The parser and type checker never panic: truncated and mutated versions
//! of every testdata program go through `golift check`'s front end, which
//! must return (diagnostics or success), whatever the input.

use golift_difftest::mutate::mutate;
use golift_difftest::rng::Rng;
use std::path::{Path, PathBuf};

/// Prefixes of the program and mutants of it (the differential tester's
/// mutator: deterministic, so failures reproduce).
fn variants(src: &str, rng: &mut Rng) -> Vec<String> {
    let bytes = src.as_bytes();
    let mut out = Vec::new();
    for i in 1..12 {
        out.push(String::from_utf8_lossy(&bytes[..bytes.len() * i / 12]).into_owned());
    }
    for _ in 0..16 {
        out.push(mutate(src, rng));
    }
    out
}

fn corpus() -> Vec<PathBuf> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../testdata");
    let mut files = Vec::new();
    for dir in [root.clone(), root.join("errors")] {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for e in entries.flatten() {
            let p = e.path();
            if p.extension().is_some_and(|x| x == "go") {
                files.push(p);
            }
        }
    }
    files.sort();
    files
}

fn check_text(dir: &Path, text: &str) -> std::thread::Result<()> {
    let path = dir.join("mutant.go");
    std::fs::write(&path, text).unwrap();
    std::panic::catch_unwind(|| {
        let _ = golift::driver::check(&[path.display().to_string()]);
    })
}

#[test]
fn front_end_never_panics_on_mutated_programs() {
    let dir = tempfile::tempdir().unwrap();
    let mut rng = Rng::new(0x9e3779b97f4a7c15);
    let mut panics = Vec::new();
    let files = corpus();
    for f in &files {
        let src = std::fs::read_to_string(f).unwrap();
        for (i, v) in variants(&src, &mut rng).into_iter().enumerate() {
            if check_text(dir.path(), &v).is_err() {
                panics.push(format!("{} variant {i}:\n{v}", f.display()));
            }
        }
    }
    println!("checked {} files", files.len());
    assert!(
        panics.is_empty(),
        "front end panicked on:\n{}",
        panics.join("\n---\n")
    );
}
