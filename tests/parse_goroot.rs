//! Parses every `.go` file of the installed Go distribution's sources
//! (`$(go env GOROOT)/src`). A file may fail only if gc's own parser
//! (`gofmt -e`) rejects it too; the parser must never panic. Skipped, with a
//! note, when `go` is not on PATH. The receiver-count checks the parser
//! makes for the type checker are not parse failures.

use golift::syntax::parser::{parse_file, RECV_MULTI, RECV_NONE};
use golift::syntax::source::SourceMap;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;

fn goroot() -> Option<PathBuf> {
    let out = Command::new("go").args(["env", "GOROOT"]).output().ok()?;
    let s = String::from_utf8(out.stdout).ok()?;
    out.status.success().then(|| PathBuf::from(s.trim()))
}

fn go_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            go_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "go") {
            out.push(path);
        }
    }
}

/// Parses one file; Some(first error) when it does not parse.
fn parse_one(path: &Path) -> Option<String> {
    let bytes = std::fs::read(path).ok()?;
    let text = String::from_utf8_lossy(&bytes).into_owned();
    let mut sources = SourceMap::default();
    let f = sources.add(path.display().to_string(), text);
    let mut next = 0;
    let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        parse_file(&sources, f, &mut next)
    }));
    match result {
        Ok((_, diags)) => diags
            .iter()
            .find(|d| d.msg != RECV_NONE && d.msg != RECV_MULTI)
            .map(|d| d.render(&sources)),
        Err(_) => Some(format!("{}: PANIC", path.display())),
    }
}

fn gofmt_rejects(gofmt: &Path, path: &Path) -> bool {
    Command::new(gofmt)
        .arg("-e")
        .arg(path)
        .output()
        .map(|o| !o.status.success())
        .unwrap_or(false)
}

#[test]
fn parse_goroot() {
    let Some(root) = goroot() else {
        println!("note: `go` is not on PATH; skipping the GOROOT parse test");
        return;
    };
    let mut files = Vec::new();
    go_files(&root.join("src"), &mut files);
    files.sort();
    let next = AtomicUsize::new(0);
    let failures = Mutex::new(Vec::new());
    let threads = std::thread::available_parallelism().map_or(2, |n| n.get());
    std::thread::scope(|s| {
        for _ in 0..threads {
            let worker = std::thread::Builder::new().stack_size(1 << 30);
            let spawned = worker.spawn_scoped(s, || loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(path) = files.get(i) else { break };
                if let Some(err) = parse_one(path) {
                    failures.lock().unwrap().push((path.clone(), err));
                }
            });
            spawned.expect("spawn a parser thread");
        }
    });
    let failures = failures.into_inner().unwrap();
    let gofmt = root.join("bin").join("gofmt");
    let bad: Vec<_> = failures
        .iter()
        .filter(|(path, err)| err.ends_with("PANIC") || !gofmt_rejects(&gofmt, path))
        .collect();
    println!(
        "parsed {} of {} files ({} rejected by gofmt too)",
        files.len() - failures.len(),
        files.len(),
        failures.len() - bad.len()
    );
    for (_, err) in &bad {
        println!("  {err}");
    }
    assert!(bad.is_empty(), "{} files failed to parse", bad.len());
}
