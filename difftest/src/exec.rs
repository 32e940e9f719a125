//! Running compilers and compiled programs: combined output on one file (so
//! the program's own interleaving of stdout and stderr is kept), a wall-clock
//! timeout, and Go's output normalisation (the rules of scripts/gen-out and
//! DESIGN.md's Tests section), so two runs compare byte for byte.

use std::fs::File;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// How a process ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    Exit(i32),
    Signal(i32),
    Timeout,
}

pub struct Run {
    pub status: Status,
    /// stdout and stderr, in the order the process wrote them.
    pub output: Vec<u8>,
}

impl Run {
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.output).into_owned()
    }
}

/// Runs cmd with both output streams on one file under scratch, killing it
/// after timeout.
pub fn run(mut cmd: Command, scratch: &Path, timeout: Duration) -> std::io::Result<Run> {
    let log = scratch.with_extension("log");
    let file = File::create(&log)?;
    cmd.stdin(Stdio::null())
        .stdout(Stdio::from(file.try_clone()?))
        .stderr(Stdio::from(file));
    let mut child = cmd.spawn()?;
    let start = Instant::now();
    let status = loop {
        if let Some(st) = child.try_wait()? {
            break exit_status(st);
        }
        if start.elapsed() > timeout {
            let _ = child.kill();
            let _ = child.wait();
            break Status::Timeout;
        }
        std::thread::sleep(Duration::from_millis(5));
    };
    let output = std::fs::read(&log)?;
    let _ = std::fs::remove_file(&log);
    Ok(Run { status, output })
}

fn exit_status(st: std::process::ExitStatus) -> Status {
    use std::os::unix::process::ExitStatusExt;
    match (st.code(), st.signal()) {
        (Some(c), _) => Status::Exit(c),
        (None, Some(s)) => Status::Signal(s),
        (None, None) => Status::Exit(-1),
    }
}

/// Go's normalised form of a program's combined output and exit status:
/// output from the first traceback line on is dropped, `[signal ` and
/// `runtime: sp=` lines are dropped, and a non-zero status adds
/// `exit status N`.
pub fn normalise(raw: &[u8], status: Status) -> Vec<u8> {
    let mut lines: Vec<&[u8]> = raw.split(|&b| b == b'\n').collect();
    let mut trailing_newline = raw.ends_with(b"\n");
    if trailing_newline {
        lines.pop();
    }
    let mut kept: Vec<&[u8]> = Vec::new();
    for line in lines {
        if is_traceback(line) {
            trailing_newline = true;
            break;
        }
        if line.starts_with(b"[signal ") || line.starts_with(b"runtime: sp=") {
            continue;
        }
        kept.push(line);
    }
    let mut out = kept.join(&b'\n');
    if !kept.is_empty() && trailing_newline {
        out.push(b'\n');
    }
    let code = match status {
        Status::Exit(0) => return out,
        Status::Exit(c) => c.to_string(),
        Status::Signal(s) => format!("signal {s}"),
        Status::Timeout => "timeout".to_string(),
    };
    if !out.is_empty() && !out.ends_with(b"\n") {
        out.push(b'\n');
    }
    out.extend_from_slice(format!("exit status {code}\n").as_bytes());
    out
}

fn is_traceback(line: &[u8]) -> bool {
    if line.starts_with(b"runtime stack:") {
        return true;
    }
    let Some(rest) = line.strip_prefix(b"goroutine ") else {
        return false;
    };
    let digits = rest.iter().take_while(|b| b.is_ascii_digit()).count();
    digits > 0 && rest[digits..].starts_with(b" [")
}

/// Texts in a compiler's output that mean it crashed rather than diagnosed.
pub const CRASH_TEXTS: &[&str] = &[
    "panicked at",
    "internal error",
    "Verifier",
    "verifier errors",
    "RUST_BACKTRACE",
    "stack overflow",
];

/// Whether a compiler run is a crash: any status but 0 or 1, or a crash
/// text in its output.
pub fn compiler_crashed(r: &Run) -> bool {
    !matches!(r.status, Status::Exit(0) | Status::Exit(1))
        || CRASH_TEXTS.iter().any(|t| r.text().contains(t))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalise_drops_traceback_and_adds_status() {
        let raw = b"hi\npanic: x\n\ngoroutine 1 [running]:\nmain.main()\n";
        assert_eq!(
            normalise(raw, Status::Exit(2)),
            b"hi\npanic: x\n\nexit status 2\n".to_vec()
        );
    }

    #[test]
    fn normalise_keeps_clean_output() {
        assert_eq!(normalise(b"a\nb", Status::Exit(0)), b"a\nb".to_vec());
        assert_eq!(
            normalise(b"[signal SIGSEGV]\nx\n", Status::Exit(0)),
            b"x\n".to_vec()
        );
    }

    #[test]
    fn crash_detection() {
        let ok = Run {
            status: Status::Exit(1),
            output: b"a.go:1:1: golift: x is not supported yet".to_vec(),
        };
        assert!(!compiler_crashed(&ok));
        let panic = Run {
            status: Status::Exit(101),
            output: b"thread 'main' panicked at src/x.rs".to_vec(),
        };
        assert!(compiler_crashed(&panic));
    }
}
