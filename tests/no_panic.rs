//! The parser and type checker never panic: truncated and mutated versions
//! of every testdata program go through `golift check`'s front end, which
//! must return (diagnostics or success), whatever the input.
//!
//! Each file's variants come from a generator seeded by its name, so a
//! failure reproduces alone. A program that imports packages beyond a few
//! light ones gets fewer variants: every variant that parses re-checks its
//! whole import closure (fmt's is most of the standard library), which
//! tells nothing new about the front end on the mutated main package and
//! made this test the longest of CI. Files are spread over the cores.

use golift_difftest::mutate::mutate;
use golift_difftest::rng::Rng;
use std::path::{Path, PathBuf};

/// Packages whose closure checks in a moment.
const LIGHT_IMPORTS: &[&str] = &["unsafe", "math", "errors", "strings", "strconv", "sort"];

/// Packages whose closure is most of the standard library and then some
/// (the network stack, TLS and x509, go/types): checking one variant takes
/// seconds, so such programs get one prefix and one mutant.
const HEAVIEST_IMPORTS: &[&str] = &[
    "net/http",
    "net/http/httptest",
    "crypto/tls",
    "crypto/x509",
    "go/types",
    "expvar",
    "testing",
];

/// Prefixes of the program and mutants of it (the differential tester's
/// mutator): 11 and 16, 2 and 2 for a program with heavier imports (most
/// of the corpus imports fmt; the light programs exercise the front end on
/// mutants far more cheaply), 1 and 1 for one that imports one of
/// `HEAVIEST_IMPORTS`.
fn variants(src: &str, rng: &mut Rng) -> Vec<String> {
    let imports: Vec<&str> = src
        .lines()
        .take_while(|l| {
            !["func ", "type ", "var ", "const "]
                .iter()
                .any(|d| l.starts_with(d))
        })
        .filter_map(|l| {
            let l = l.trim().trim_start_matches("import").trim();
            l.starts_with('"').then(|| l.trim_matches('"'))
        })
        .collect();
    let heavy = imports.iter().any(|p| !LIGHT_IMPORTS.contains(p));
    let heaviest = imports.iter().any(|p| HEAVIEST_IMPORTS.contains(p));
    let (prefixes, mutants) = match (heavy, heaviest) {
        (_, true) => (2, 1),
        (true, false) => (3, 2),
        (false, false) => (12, 16),
    };
    let bytes = src.as_bytes();
    let mut out = Vec::new();
    for i in 1..prefixes {
        out.push(String::from_utf8_lossy(&bytes[..bytes.len() * i / prefixes]).into_owned());
    }
    for _ in 0..mutants {
        out.push(mutate(src, rng));
    }
    out
}

/// A seed from the file's name (FNV-1a).
fn seed_of(name: &str) -> u64 {
    name.bytes().fold(0xcbf29ce484222325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x100000001b3)
    })
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

/// The variants of `files` on which the front end panicked.
fn panics_in(files: &[PathBuf]) -> Vec<String> {
    let dir = tempfile::tempdir().unwrap();
    let mut panics = Vec::new();
    for f in files {
        let src = std::fs::read_to_string(f).unwrap();
        let name = f.file_name().unwrap().to_string_lossy();
        let mut rng = Rng::new(seed_of(&name));
        for (i, v) in variants(&src, &mut rng).into_iter().enumerate() {
            if check_text(dir.path(), &v).is_err() {
                panics.push(format!("{} variant {i}:\n{v}", f.display()));
            }
        }
    }
    panics
}

#[test]
fn front_end_never_panics_on_mutated_programs() {
    let files = corpus();
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get().min(4));
    let panics: Vec<String> = std::thread::scope(|s| {
        let workers: Vec<_> = (0..threads)
            .map(|t| {
                let mine: Vec<PathBuf> = files.iter().skip(t).step_by(threads).cloned().collect();
                s.spawn(move || panics_in(&mine))
            })
            .collect();
        workers
            .into_iter()
            .flat_map(|w| w.join().unwrap())
            .collect()
    });
    println!("checked {} files", files.len());
    assert!(
        panics.is_empty(),
        "front end panicked on:\n{}",
        panics.join("\n---\n")
    );
}
