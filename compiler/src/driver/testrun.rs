//! `golift test DIR`: compiles and runs every `DIR/*.go` program and compares
//! what it prints with `DIR/NAME.out`; every module `DIR/modules/NAME/`
//! (a directory with a go.mod) is built from its root, as `golift build .`,
//! and must print `DIR/modules/NAME.out`; every `DIR/errors/*.go` program
//! must be rejected with the diagnostics its `// ERROR "regexp"` comments
//! expect (by the checker, or for a program that checks, by lowering: gc's
//! walk-phase errors); every module `DIR/errors/modules/NAME/` must be rejected with the
//! diagnostics `go build .` printed, kept in `DIR/errors/modules/NAME.out`
//! (for errors at directives, which cannot carry an `// ERROR` comment on
//! their line, and errors that need a module: its `go` line, embedded files).
//!
//! `--procs 1,4` runs each built program once per GOMAXPROCS value (built
//! once: the executable does not depend on it); a program's output must
//! not depend on how many Ps the scheduler has.
//!
//! Output normalisation (the `.out` files were made from `go run` the same
//! way): stdout and stderr share one pipe; from the first traceback line
//! (`goroutine N [` or `runtime stack:`) on, output is dropped, and so are
//! lines starting with `[signal ` or `runtime: sp=` (addresses differ from run
//! to run); a nonzero exit status adds a last line `exit status N`.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use regex::Regex;

/// How long one test program may run.
const RUN_TIMEOUT: Duration = Duration::from_secs(30);

pub struct Summary {
    pub passed: usize,
    pub failed: usize,
}

/// Runs the corpus in `dir`, printing a block per failure and the closing
/// `N passed, N failed` line.
pub fn run_dir(dir: &Path, procs: &[String]) -> Result<Summary, String> {
    let mut cases: Vec<Case> = go_files(dir)?.into_iter().map(Case::Run).collect();
    cases.extend(modules(&dir.join("modules")).into_iter().map(Case::Module));
    let errors = dir.join("errors");
    if errors.is_dir() {
        cases.extend(go_files(&errors)?.into_iter().map(Case::Reject));
        let mods = modules(&errors.join("modules"));
        cases.extend(mods.into_iter().map(Case::RejectModule));
    }
    if cases.is_empty() {
        return Err(format!("no Go programs in {}", dir.display()));
    }
    let work =
        tempfile::tempdir().map_err(|e| format!("cannot create a temporary directory: {e}"))?;
    let next = AtomicUsize::new(0);
    let results: Mutex<Vec<(usize, Result<(), String>)>> = Mutex::new(Vec::new());
    let threads = std::thread::available_parallelism().map_or(2, |n| n.get());
    std::thread::scope(|s| {
        for _ in 0..threads {
            s.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::SeqCst);
                let Some(case) = cases.get(i) else { break };
                let r = case.run(work.path(), i, procs);
                results.lock().unwrap().push((i, r));
            });
        }
    });
    let mut results = results.into_inner().unwrap();
    results.sort_by_key(|(i, _)| *i);
    let mut summary = Summary {
        passed: 0,
        failed: 0,
    };
    for (i, r) in results {
        match r {
            Ok(()) => summary.passed += 1,
            Err(why) => {
                summary.failed += 1;
                println!("FAIL {}\n{}", cases[i].path().display(), indent(&why));
            }
        }
    }
    println!("{} passed, {} failed", summary.passed, summary.failed);
    Ok(summary)
}

enum Case {
    /// A program to build and run; its output must equal NAME.out.
    Run(PathBuf),
    /// A module whose main package is its root directory.
    Module(PathBuf),
    /// A program that must fail to compile as its ERROR comments say.
    Reject(PathBuf),
    /// A module that must fail to build with the errors of NAME.out.
    RejectModule(PathBuf),
}

impl Case {
    fn path(&self) -> &Path {
        match self {
            Case::Run(p) | Case::Module(p) | Case::Reject(p) | Case::RejectModule(p) => p,
        }
    }

    fn run(&self, work: &Path, index: usize, procs: &[String]) -> Result<(), String> {
        match self {
            Case::Run(p) => run_program(p, &work.join(format!("t{index}")), procs),
            Case::Module(p) => run_module(p, &work.join(format!("t{index}")), procs),
            Case::Reject(p) => check_rejected(p),
            Case::RejectModule(p) => check_rejected_module(p),
        }
    }
}

fn go_files(dir: &Path) -> Result<Vec<PathBuf>, String> {
    let entries = std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let mut files: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "go") && p.is_file())
        .collect();
    files.sort();
    Ok(files)
}

/// The module directories (holding a go.mod) in `dir`.
fn modules(dir: &Path) -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut mods: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.join("go.mod").is_file())
        .collect();
    mods.sort();
    mods
}

fn run_program(src: &Path, exe: &Path, procs: &[String]) -> Result<(), String> {
    compare(src, &src.with_extension("out"), exe, procs)
}

/// Builds module `dir` from its root (an absolute path, so that it is a
/// directory and not an import path) and compares with `dir.out`.
fn run_module(dir: &Path, exe: &Path, procs: &[String]) -> Result<(), String> {
    let abs = std::path::absolute(dir).map_err(|e| e.to_string())?;
    compare(&abs, &dir.with_extension("out"), exe, procs)
}

/// Builds the package `src` names, runs it (once per GOMAXPROCS value of
/// `procs`, or once as the environment has it) and compares with
/// `want_path`.
fn compare(src: &Path, want_path: &Path, exe: &Path, procs: &[String]) -> Result<(), String> {
    let want = std::fs::read(want_path).map_err(|e| format!("{}: {e}", want_path.display()))?;
    // Each program is built once: straight through, not via the cache.
    let built = super::check(&[src.display().to_string()])
        .and_then(|c| c.iter().try_for_each(|c| super::build_checked(c, exe)));
    built.map_err(|f| f.messages.join("\n"))?;
    let runs: Vec<Option<&str>> = if procs.is_empty() {
        vec![None]
    } else {
        procs.iter().map(|p| Some(p.as_str())).collect()
    };
    for p in runs {
        let got = run_merged(exe, p)?;
        if got != want {
            let diff = short_diff(
                &String::from_utf8_lossy(&want),
                &String::from_utf8_lossy(&got),
            );
            return Err(match p {
                Some(p) => format!("with GOMAXPROCS={p}:\n{diff}"),
                None => diff,
            });
        }
    }
    Ok(())
}

/// Runs `exe` (with `GOMAXPROCS=procs` when given) with stdout and stderr
/// on one pipe; returns the normalised output.
pub fn run_merged(exe: &Path, procs: Option<&str>) -> Result<Vec<u8>, String> {
    let (mut reader, writer) = std::io::pipe().map_err(|e| e.to_string())?;
    let writer2 = writer.try_clone().map_err(|e| e.to_string())?;
    let mut cmd = Command::new(exe);
    if let Some(p) = procs {
        cmd.env("GOMAXPROCS", p);
    }
    let mut child = cmd
        .stdin(Stdio::null())
        .stdout(writer)
        .stderr(writer2)
        .spawn()
        .map_err(|e| format!("cannot run {}: {e}", exe.display()))?;
    // The pipe's write ends live in `cmd`: the reader sees EOF only once
    // they are closed here too.
    drop(cmd);
    let collector = std::thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = reader.read_to_end(&mut buf);
        buf
    });
    let start = Instant::now();
    let status = loop {
        if let Some(st) = child.try_wait().map_err(|e| e.to_string())? {
            break st;
        }
        if start.elapsed() > RUN_TIMEOUT {
            let _ = child.kill();
            let _ = child.wait();
            return Err(format!("timed out after {}s", RUN_TIMEOUT.as_secs()));
        }
        std::thread::sleep(Duration::from_millis(5));
    };
    let out = collector.join().unwrap_or_default();
    Ok(normalise(&out, exit_code(status)))
}

#[cfg(unix)]
fn exit_code(status: std::process::ExitStatus) -> Result<i32, i32> {
    use std::os::unix::process::ExitStatusExt;
    match status.code() {
        Some(c) => Ok(c),
        None => Err(status.signal().unwrap_or(0)),
    }
}

/// Applies the `.out` normalisation to raw output bytes; `status` is the exit
/// code, or the signal that ended the program. Output that does not end in
/// a newline keeps its last line unterminated.
pub fn normalise(output: &[u8], status: Result<i32, i32>) -> Vec<u8> {
    let mut text = Vec::new();
    for line in output.split_inclusive(|&b| b == b'\n') {
        if is_traceback_start(line) {
            break;
        }
        if line.starts_with(b"[signal ") || line.starts_with(b"runtime: sp=") {
            continue;
        }
        text.extend_from_slice(line);
    }
    let trailer = match status {
        Ok(0) => return text,
        Ok(code) => format!("exit status {code}\n"),
        Err(sig) => format!("signal: {sig}\n"),
    };
    if !text.is_empty() && !text.ends_with(b"\n") {
        text.push(b'\n');
    }
    text.extend_from_slice(trailer.as_bytes());
    text
}

fn is_traceback_start(line: &[u8]) -> bool {
    if line.starts_with(b"runtime stack:") {
        return true;
    }
    let Some(rest) = line.strip_prefix(b"goroutine ") else {
        return false;
    };
    let digits = rest.iter().take_while(|b| b.is_ascii_digit()).count();
    digits > 0 && rest[digits..].starts_with(b" [")
}

/// The first differing lines of two texts.
fn short_diff(want: &str, got: &str) -> String {
    let w: Vec<&str> = want.lines().collect();
    let g: Vec<&str> = got.lines().collect();
    let first = w.iter().zip(&g).take_while(|(a, b)| a == b).count();
    let mut s = format!("output differs from line {}:\n", first + 1);
    for l in w.iter().skip(first).take(5) {
        s.push_str(&format!("- {l}\n"));
    }
    for l in g.iter().skip(first).take(5) {
        s.push_str(&format!("+ {l}\n"));
    }
    s
}

fn indent(s: &str) -> String {
    s.lines().map(|l| format!("    {l}\n")).collect()
}

/// An expected diagnostic: `// ERROR "regexp"` on line `line`.
struct Expectation {
    line: u32,
    re: Regex,
}

fn expectations(src: &str) -> Result<Vec<Expectation>, String> {
    let comment = Regex::new(r#"//\s*ERROR\s+(.*)$"#).unwrap();
    let quoted = Regex::new(r#""((?:[^"\\]|\\.)*)"|`([^`]*)`"#).unwrap();
    let mut out = Vec::new();
    for (i, line) in src.lines().enumerate() {
        let Some(c) = comment.captures(line) else {
            continue;
        };
        for q in quoted.captures_iter(&c[1]) {
            let pat = match (q.get(1), q.get(2)) {
                (Some(m), _) => m.as_str().replace("\\\"", "\""),
                (_, Some(m)) => m.as_str().to_string(),
                _ => continue,
            };
            let re = go_regexp(&pat).map_err(|e| format!("line {}: bad regexp: {e}", i + 1))?;
            out.push(Expectation {
                line: i as u32 + 1,
                re,
            });
        }
    }
    Ok(out)
}

/// Compiles a regexp written for Go's regexp package. RE2 (Go) reads a `{`
/// that does not start a repetition as a literal brace; Rust's regex crate
/// rejects it, so such patterns are retried with their braces escaped.
fn go_regexp(pat: &str) -> Result<Regex, regex::Error> {
    Regex::new(pat).or_else(|_| Regex::new(&pat.replace('{', "\\{").replace('}', "\\}")))
}

/// `path:LINE:COL: message` -> (LINE, message)
fn split_diagnostic(d: &str) -> Option<(u32, &str)> {
    let mut parts = d.splitn(4, ':');
    let _path = parts.next()?;
    let line = parts.next()?.parse().ok()?;
    let _col = parts.next()?;
    Some((line, parts.next()?.trim_start()))
}

fn check_rejected(src: &Path) -> Result<(), String> {
    let text = std::fs::read_to_string(src).map_err(|e| e.to_string())?;
    let expected = expectations(&text)?;
    if expected.is_empty() {
        return Err("no // ERROR comments".into());
    }
    // gc reports some errors after type checking (its walk phase): golift's
    // lowering does, for a program that checks.
    let lowered = super::check(&[src.display().to_string()]).and_then(|checked| {
        checked
            .iter()
            .try_for_each(|c| super::compile(c, &super::lower_options()).map(drop))
    });
    let messages = match lowered {
        Ok(()) => return Err("compiled without errors".into()),
        Err(f) => f.messages,
    };
    let diags: Vec<(u32, &str)> = messages
        .iter()
        .filter(|m| !m.ends_with("too many errors"))
        .filter_map(|m| split_diagnostic(m))
        .collect();
    let mut problems = Vec::new();
    for (line, msg) in &diags {
        if !expected
            .iter()
            .any(|e| e.line == *line && e.re.is_match(msg))
        {
            problems.push(format!("unexpected error at line {line}: {msg}"));
        }
    }
    for e in &expected {
        if !diags.iter().any(|(l, m)| *l == e.line && e.re.is_match(m)) {
            problems.push(format!(
                "line {}: no error matching {:?}",
                e.line,
                e.re.as_str()
            ));
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems.join("\n"))
    }
}

/// Builds module `dir` (which must fail) and compares its diagnostics with
/// `dir.out`, what `go build .` printed there: the `# PKG` header lines
/// are dropped, `./` before paths too; golift's paths are made relative to
/// the module root. Both sides are compared as sorted lists of lines.
fn check_rejected_module(dir: &Path) -> Result<(), String> {
    let out = dir.with_extension("out");
    let want = std::fs::read_to_string(&out).map_err(|e| format!("{}: {e}", out.display()))?;
    // Diagnostics name files by their cleaned path, relative to the working
    // directory when they are below it.
    let abs = std::fs::canonicalize(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let messages = match super::check(&[abs.display().to_string()]) {
        Ok(_) => return Err("compiled without errors".into()),
        Err(f) => f.messages,
    };
    let root = format!("{}/", abs.display());
    let cwd = std::env::current_dir().and_then(std::fs::canonicalize);
    let rel = cwd
        .ok()
        .and_then(|cwd| {
            abs.strip_prefix(cwd)
                .ok()
                .map(|r| format!("{}/", r.display()))
        })
        .unwrap_or_else(|| root.clone());
    let mut got: Vec<String> = messages
        .iter()
        .flat_map(|m| m.lines())
        .map(|l| l.replace(&root, "").replace(&rel, ""))
        .collect();
    let mut want: Vec<String> = want
        .lines()
        .filter(|l| !l.starts_with("# "))
        .map(|l| l.strip_prefix("./").unwrap_or(l).replace("\t./", "\t"))
        .collect();
    got.sort();
    want.sort();
    if got == want {
        return Ok(());
    }
    Err(short_diff(&want.join("\n"), &got.join("\n")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalise_cuts_traceback_and_adds_status() {
        let out =
            b"x\npanic: boom\n[signal SIGSEGV: segv]\n\ngoroutine 1 [running]:\nmain.main()\n";
        assert_eq!(normalise(out, Ok(2)), b"x\npanic: boom\n\nexit status 2\n");
        assert_eq!(normalise(b"a\nb", Ok(0)), b"a\nb");
        assert_eq!(normalise(b"a\nb", Ok(1)), b"a\nb\nexit status 1\n");
        assert_eq!(normalise(b"\xff\n", Ok(0)), b"\xff\n");
        let so = b"runtime: goroutine stack exceeds 1000000000-byte limit\nruntime: sp=0x1 stack=[0x0, 0x2]\nfatal error: stack overflow\n\nruntime stack:\nruntime.throw()\n";
        assert_eq!(
            normalise(so, Ok(2)),
            b"runtime: goroutine stack exceeds 1000000000-byte limit\nfatal error: stack overflow\n\nexit status 2\n"
        );
    }

    #[test]
    fn goroutine_lines_need_a_number_and_bracket() {
        assert!(is_traceback_start(b"goroutine 12 [running]:\n"));
        assert!(!is_traceback_start(b"goroutine x [\n"));
        assert!(!is_traceback_start(b"goroutines 1 [\n"));
    }

    #[test]
    fn error_comments_are_parsed() {
        let src =
            "package main\nvar x int = \"s\" // ERROR \"cannot use\" \"second\"\n// ERROR `a.b`\n";
        let e = expectations(src).unwrap();
        assert_eq!(e.len(), 3);
        assert_eq!(e[0].line, 2);
        assert!(e[1].re.is_match("second"));
        assert_eq!(e[2].line, 3);
        let braces = expectations("x // ERROR \"expected {\"\n").unwrap();
        assert!(braces[0].re.is_match("unexpected name y, expected {"));
    }

    #[test]
    fn diagnostics_split_into_line_and_message() {
        assert_eq!(
            split_diagnostic("dir/a.go:12:5: undefined: x"),
            Some((12, "undefined: x"))
        );
    }
}
