//! The parser and type checker never panic: truncated and mutated versions
//! of every testdata program go through `golift check`'s front end, which
//! must return (diagnostics or success), whatever the input.

use std::path::{Path, PathBuf};

/// A small deterministic generator (xorshift), so failures reproduce.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

const PIECES: &[&str] = &[
    "{", "}", "(", ")", "[", "]", ";", ",", ".", ":", "=", ":=", "+", "*", "&", "<-", "\"", "'",
    "`", "\n", "func", "var", "type", "x", "0", "1e", "0x", "...", "[]", "map", "chan", "if",
    "for", "range", "return", "go", "defer", "switch", "case", "default", "goto L", "L:",
];

fn variants(src: &str, rng: &mut Rng) -> Vec<String> {
    let bytes = src.as_bytes();
    let mut out = Vec::new();
    for i in 1..12 {
        out.push(String::from_utf8_lossy(&bytes[..bytes.len() * i / 12]).into_owned());
    }
    for _ in 0..24 {
        let mut b = bytes.to_vec();
        let at = rng.below(b.len());
        match rng.below(3) {
            0 => {
                let n = 1 + rng.below(8);
                b.drain(at..(at + n).min(b.len()));
            }
            1 => {
                let piece = PIECES[rng.below(PIECES.len())];
                b.splice(at..at, piece.bytes());
            }
            _ => {
                let other = rng.below(b.len());
                b.swap(at, other);
            }
        }
        out.push(String::from_utf8_lossy(&b).into_owned());
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
    let mut rng = Rng(0x9e3779b97f4a7c15);
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
