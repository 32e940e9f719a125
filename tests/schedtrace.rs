//! `GODEBUG=schedtrace=N` (and `scheddetail=1`): golift's runtime prints
//! Go's `SCHED` lines. The regular expressions below describe the lines of
//! Go 1.27's `schedtrace` (runtime/proc.go); the same expressions are
//! checked against a program built by golift and, to keep them honest,
//! against the same program built by the real Go toolchain (that test needs
//! `go` and fails without it).

use std::path::Path;
use std::process::Command;

use regex::Regex;

/// A program that keeps two goroutines busy for about half a second.
const PROGRAM: &str = "package main

func spin(n int, done chan int) {
	s := 0
	for i := 0; i < n; i++ {
		s += i & 3
	}
	done <- s
}

func main() {
	done := make(chan int)
	go spin(300000000, done)
	go spin(300000000, done)
	println(<-done + <-done)
}
";

const HEADER: &str = r"^SCHED \d+ms: gomaxprocs=2 idleprocs=\d+ threads=\d+ spinningthreads=\d+ needspinning=\d+ idlethreads=\d+ runqueue=\d+";
const SUMMARY: &str = r" \[ \d+ \d+ \] schedticks=\[ \d+ \d+ \]$";
const DETAIL_HEADER: &str =
    r" gcwaiting=(true|false) nmidlelocked=-?\d+ stopwait=-?\d+ sysmonwait=(true|false)$";
const P_LINE: &str = r"^  P\d+: status=\d+ schedtick=\d+ syscalltick=\d+ m=(\d+|nil) runqsize=\d+ gfreecnt=\d+ timerslen=\d+$";
const M_LINE: &str = r"^  M\d+: p=(\d+|nil) curg=(\d+|nil) mallocing=\d+ throwing=\d+ preemptoff=\S* locks=\d+ dying=\d+ spinning=(true|false) blocked=(true|false) lockedg=(\d+|nil)$";
const G_LINE: &str = r"^  G\d+: status=\d+\(.*\) m=(\d+|nil) lockedm=(\d+|nil)$";

/// Builds PROGRAM with `cmd` (`golift build` or `go build`) into `dir`.
fn build(dir: &Path, cmd: &mut Command) -> std::path::PathBuf {
    let src = dir.join("spin.go");
    std::fs::write(&src, PROGRAM).unwrap();
    let exe = dir.join("spin");
    let out = cmd
        .arg("build")
        .arg("-o")
        .arg(&exe)
        .arg(&src)
        .current_dir(dir)
        .output()
        .expect("run the compiler");
    assert!(out.status.success(), "{out:?}");
    exe
}

/// Runs `exe` with `godebug` at GOMAXPROCS=2 and returns its stderr lines.
fn trace(exe: &Path, godebug: &str) -> Vec<String> {
    let out = Command::new(exe)
        .env("GOMAXPROCS", "2")
        .env("GODEBUG", godebug)
        .output()
        .expect("run the program");
    assert!(out.status.success(), "{out:?}");
    String::from_utf8_lossy(&out.stderr)
        .lines()
        .map(str::to_string)
        .collect()
}

/// The summary lines: at least two, each of Go's form.
fn check_summary(lines: &[String]) {
    let re = Regex::new(&format!("{HEADER}{SUMMARY}")).unwrap();
    let sched: Vec<_> = lines.iter().filter(|l| l.starts_with("SCHED")).collect();
    assert!(sched.len() >= 2, "{lines:?}");
    for l in sched {
        assert!(re.is_match(l), "not Go's form: {l}");
    }
}

/// The detailed lines: headers, then one line per P, M and goroutine.
fn check_detail(lines: &[String]) {
    let header = Regex::new(&format!("{HEADER}{DETAIL_HEADER}")).unwrap();
    let body = [P_LINE, M_LINE, G_LINE].map(|r| Regex::new(r).unwrap());
    let mut ps = 0;
    for l in lines
        .iter()
        .filter(|l| l.starts_with("SCHED") || l.starts_with("  "))
    {
        if l.starts_with("SCHED") {
            assert!(header.is_match(l), "not Go's form: {l}");
        } else {
            assert!(body.iter().any(|r| r.is_match(l)), "not Go's form: {l}");
            ps += usize::from(l.starts_with("  P"));
        }
    }
    assert!(ps >= 2, "{lines:?}");
}

fn golift_exe(dir: &Path) -> std::path::PathBuf {
    build(dir, &mut Command::new(env!("CARGO_BIN_EXE_golift")))
}

#[test]
fn golift_prints_gos_schedtrace_lines() {
    let dir = tempfile::tempdir().unwrap();
    let exe = golift_exe(dir.path());
    check_summary(&trace(&exe, "schedtrace=50"));
    check_detail(&trace(&exe, "schedtrace=50,scheddetail=1"));
}

#[test]
fn the_expressions_describe_gos_own_lines() {
    let dir = tempfile::tempdir().unwrap();
    let exe = build(dir.path(), Command::new("go").env("GO111MODULE", "off"));
    check_summary(&trace(&exe, "schedtrace=50"));
    check_detail(&trace(&exe, "schedtrace=50,scheddetail=1"));
}
