//! The mutator: token- and line-level edits of Go programs (delete,
//! duplicate and swap lines; change operators, literals, identifiers and
//! type names; insert stray tokens; truncate). A mutant is a pure function
//! of (source, seed). The campaign drives `golift build` (the whole
//! pipeline, not just the checker) over mutants and flags any compiler crash;
//! what builds is also run, and a compiled program killed by a signal is
//! reported (a softer signal: Go programs exit, they do not crash).

use crate::exec::{self, compiler_crashed, Status};
use crate::rng::Rng;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::Duration;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Kind {
    Ident,
    Number,
    Str,
    Op,
    Space,
    Comment,
}

/// Splits Go source into tokens (whitespace and comments included, so the
/// concatenation of the tokens is the source).
fn tokens(src: &str) -> Vec<(Kind, &str)> {
    let b = src.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        let start = i;
        let c = b[i];
        let kind = if c.is_ascii_whitespace() {
            while i < b.len() && b[i].is_ascii_whitespace() {
                i += 1;
            }
            Kind::Space
        } else if src[i..].starts_with("//") {
            while i < b.len() && b[i] != b'\n' {
                i += 1;
            }
            Kind::Comment
        } else if src[i..].starts_with("/*") {
            i = src[i + 2..]
                .find("*/")
                .map(|p| i + p + 4)
                .unwrap_or(b.len());
            Kind::Comment
        } else if c.is_ascii_alphabetic() || c == b'_' || c >= 0x80 {
            while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == b'_' || b[i] >= 0x80) {
                i += 1;
            }
            Kind::Ident
        } else if c.is_ascii_digit() || (c == b'.' && b.get(i + 1).is_some_and(u8::is_ascii_digit))
        {
            while i < b.len()
                && (b[i].is_ascii_alphanumeric()
                    || b[i] == b'.'
                    || b[i] == b'_'
                    || ((b[i] == b'+' || b[i] == b'-')
                        && matches!(b[i - 1], b'e' | b'E' | b'p' | b'P')))
            {
                i += 1;
            }
            Kind::Number
        } else if c == b'"' || c == b'\'' || c == b'`' {
            i += 1;
            while i < b.len() && b[i] != c {
                if b[i] == b'\\' && c != b'`' {
                    i += 1;
                }
                if b[i.min(b.len() - 1)] == b'\n' && c != b'`' {
                    break;
                }
                i += 1;
            }
            i = (i + 1).min(b.len());
            Kind::Str
        } else {
            i += 1;
            while i < b.len() && is_op_char(b[i]) && is_op_char(c) && i - start < 3 {
                i += 1;
            }
            Kind::Op
        };
        while !src.is_char_boundary(i) {
            i += 1;
        }
        out.push((kind, &src[start..i]));
    }
    out
}

fn is_op_char(c: u8) -> bool {
    b"+-*/%&|^<>=!:.".contains(&c)
}

const OPS: &[&str] = &[
    "+", "-", "*", "/", "%", "&", "|", "^", "&^", "<<", ">>", "==", "!=", "<", "<=", ">", ">=",
    "&&", "||", "=", ":=", "+=", "-=", "<<=", "!", "...", ".", ",", ";", ":", "<-", "++", "--",
];

const NUMBERS: &[&str] = &[
    "0",
    "1",
    "-1",
    "2",
    "7",
    "255",
    "256",
    "1<<31",
    "1<<63",
    "1<<64",
    "-9223372036854775808",
    "18446744073709551615",
    "0x7fffffff",
    "1e308",
    "1e309",
    "0.1",
    "1.5",
    "1i",
    "'a'",
    "0b101",
    "0o17",
    "1_000",
    "1e200000",
    "100000000000000000000000000000",
];

const TYPES: &[&str] = &[
    "int",
    "int8",
    "int16",
    "int32",
    "int64",
    "uint",
    "uint8",
    "uint16",
    "uint32",
    "uint64",
    "uintptr",
    "float32",
    "float64",
    "complex64",
    "complex128",
    "string",
    "bool",
    "byte",
    "rune",
    "any",
    "error",
    "[]int",
    "[4]int",
    "map[string]int",
    "*int",
    "func()",
    "chan int",
    "struct{}",
    "interface{}",
];

const PIECES: &[&str] = &[
    "{",
    "}",
    "(",
    ")",
    "[",
    "]",
    ";",
    ",",
    ".",
    ":",
    "=",
    ":=",
    "+",
    "*",
    "&",
    "<-",
    "\"",
    "'",
    "`",
    "\n",
    "func",
    "var",
    "type",
    "x",
    "0",
    "1e",
    "0x",
    "...",
    "[]",
    "map",
    "chan",
    "if",
    "for",
    "range",
    "return",
    "go",
    "defer",
    "switch",
    "case",
    "default",
    "goto L",
    "L:",
    "nil",
    "panic(1)",
    "recover()",
    "iota",
    "len(x)",
    "new(int)",
    "make([]int, -1)",
    "_",
];

const KEYWORDS: &[&str] = &[
    "break",
    "case",
    "chan",
    "const",
    "continue",
    "default",
    "defer",
    "else",
    "fallthrough",
    "for",
    "func",
    "go",
    "goto",
    "if",
    "import",
    "interface",
    "map",
    "package",
    "range",
    "return",
    "select",
    "struct",
    "switch",
    "type",
    "var",
];

/// Operators that can replace each other without breaking the types often.
const OP_CLASSES: &[&[&str]] = &[
    &["+", "-", "*", "/", "%", "&", "|", "^", "&^", "<<", ">>"],
    &["==", "!=", "<", "<=", ">", ">="],
    &["&&", "||"],
    &[
        "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "<<=", ">>=", "&^=", "=",
    ],
    &["++", "--"],
];

fn same_class_op(op: &str, rng: &mut Rng) -> String {
    match OP_CLASSES.iter().find(|c| c.contains(&op)) {
        Some(class) => rng.pick(class).to_string(),
        None => op.to_string(),
    }
}

fn is_type_name(s: &str) -> bool {
    TYPES.contains(&s)
}

/// Applies 1 to 3 random mutations to src (mostly one: a mutant that still
/// type-checks reaches lowering and code generation).
pub fn mutate(src: &str, rng: &mut Rng) -> String {
    let mut cur = src.to_string();
    let n = *rng.pick(&[1, 1, 1, 1, 1, 1, 2, 2, 2, 3]);
    for _ in 0..n {
        cur = mutate_once(&cur, rng);
    }
    cur
}

fn mutate_once(src: &str, rng: &mut Rng) -> String {
    match rng.below(20) {
        0..=3 => line_mutation(src, rng),
        4 => truncate(src, rng),
        _ => token_mutation(src, rng),
    }
}

fn line_mutation(src: &str, rng: &mut Rng) -> String {
    let mut lines: Vec<&str> = src.lines().collect();
    if lines.len() < 2 {
        return src.to_string();
    }
    let i = rng.below(lines.len());
    let j = rng.below(lines.len());
    match rng.below(3) {
        0 => {
            lines.remove(i);
        }
        1 => lines.insert(j, lines[i]),
        _ => lines.swap(i, j),
    }
    lines.join("\n") + "\n"
}

fn truncate(src: &str, rng: &mut Rng) -> String {
    let mut at = rng.below(src.len() + 1);
    while !src.is_char_boundary(at) {
        at -= 1;
    }
    src[..at].to_string()
}

fn token_mutation(src: &str, rng: &mut Rng) -> String {
    let mut toks: Vec<(Kind, String)> = tokens(src)
        .into_iter()
        .map(|(k, s)| (k, s.to_string()))
        .collect();
    let real: Vec<usize> = (0..toks.len())
        .filter(|&i| !matches!(toks[i].0, Kind::Space | Kind::Comment))
        .collect();
    if real.is_empty() {
        return src.to_string();
    }
    let idents: Vec<String> = toks
        .iter()
        .filter(|t| t.0 == Kind::Ident)
        .map(|t| t.1.clone())
        .collect();
    let at = *rng.pick(&real);
    let tok = toks[at].clone();
    let replacement = match (tok.0, rng.below(12)) {
        (_, 0) => String::new(),
        (_, 1) => format!("{} {}", tok.1, tok.1),
        (_, 2) => format!("{} {}", rng.pick(PIECES), tok.1),
        (Kind::Op, 3) => rng.pick(OPS).to_string(),
        (Kind::Op, _) => same_class_op(&tok.1, rng),
        (Kind::Number, _) => rng.pick(NUMBERS).to_string(),
        (Kind::Str, _) => rng
            .pick(&[
                "\"\"",
                "\"x\"",
                "\"\\xff\"",
                "'x'",
                "`\n`",
                "\"\\u00\"",
                "\"a",
                "\"\\400\"",
            ])
            .to_string(),
        (Kind::Ident, _) if is_type_name(&tok.1) => rng.pick(TYPES).to_string(),
        (Kind::Ident, 3) => rng.pick(KEYWORDS).to_string(),
        (Kind::Ident, 4) => rng.pick(TYPES).to_string(),
        (Kind::Ident, _) => rng.pick(&idents).clone(),
        _ => tok.1.clone(),
    };
    toks[at].1 = replacement;
    toks.into_iter().map(|t| t.1).collect()
}

pub struct Config {
    pub golift: PathBuf,
    pub work: PathBuf,
    pub findings: PathBuf,
    pub jobs: usize,
    pub build_timeout: Duration,
    pub run_timeout: Duration,
}

#[derive(Clone, Debug)]
pub enum Outcome {
    /// golift rejected the mutant with diagnostics.
    Rejected,
    /// golift built it and the program exited (any status) or timed out.
    Ran,
    /// golift crashed: a bug.
    Crash(String),
    /// The compiled program was killed by a signal (soft: reported).
    Signal(i32),
}

#[derive(Default, Debug, Clone)]
pub struct Stats {
    pub mutants: usize,
    pub rejected: usize,
    pub ran: usize,
    pub crashes: usize,
    pub signals: usize,
}

impl std::fmt::Display for Stats {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        write!(
            f,
            "{} mutants: {} rejected, {} built and ran, {} compiler crashes, {} killed by a signal",
            self.mutants, self.rejected, self.ran, self.crashes, self.signals
        )
    }
}

/// The source a mutant of seed starts from, and the mutant itself.
pub fn mutant(sources: &[(String, String)], seed: u64) -> (String, String) {
    let mut rng = Rng::new(seed);
    let (name, src) = rng.pick(sources).clone();
    (name, mutate(&src, &mut rng))
}

/// Builds (and runs) the mutants of seeds; calls report for each.
pub fn campaign(
    cfg: &Config,
    sources: &[(String, String)],
    seeds: std::ops::Range<u64>,
    report: &(dyn Fn(u64, &str, &Outcome) + Sync),
) -> std::io::Result<Stats> {
    let seeds: Vec<u64> = seeds.collect();
    let next = AtomicUsize::new(0);
    let stats = Mutex::new(Stats::default());
    std::thread::scope(|s| {
        for worker in 0..cfg.jobs.max(1) {
            let (next, stats, seeds) = (&next, &stats, &seeds);
            s.spawn(move || {
                let dir = cfg.work.join(format!("mutant-{worker}"));
                let _ = std::fs::create_dir_all(&dir);
                loop {
                    let i = next.fetch_add(1, Ordering::SeqCst);
                    if i >= seeds.len() {
                        break;
                    }
                    let (name, text) = mutant(sources, seeds[i]);
                    let out = try_mutant(cfg, &dir, &text)
                        .unwrap_or_else(|e| Outcome::Crash(format!("difftest I/O error: {e}")));
                    if let Outcome::Crash(_) | Outcome::Signal(_) = out {
                        let _ = save(cfg, seeds[i], &name, &text, &out);
                    }
                    let mut st = stats.lock().unwrap();
                    st.mutants += 1;
                    match out {
                        Outcome::Rejected => st.rejected += 1,
                        Outcome::Ran => st.ran += 1,
                        Outcome::Crash(_) => st.crashes += 1,
                        Outcome::Signal(_) => st.signals += 1,
                    }
                    drop(st);
                    report(seeds[i], &name, &out);
                }
                let _ = std::fs::remove_dir_all(&dir);
            });
        }
    });
    Ok(stats.into_inner().unwrap())
}

/// Builds one mutant with golift and runs what builds.
pub fn try_mutant(cfg: &Config, dir: &Path, text: &str) -> std::io::Result<Outcome> {
    let src = dir.join("mutant.go");
    let bin = dir.join("mutant.bin");
    let _ = std::fs::remove_file(&bin);
    std::fs::write(&src, text)?;
    let mut build = Command::new(&cfg.golift);
    build.arg("build").arg("-o").arg(&bin).arg(&src);
    let built = exec::run(build, &dir.join("build"), cfg.build_timeout)?;
    if compiler_crashed(&built) {
        let text = built.text();
        let why = text
            .lines()
            .find(|l| exec::CRASH_TEXTS.iter().any(|t| l.contains(t)))
            .or_else(|| text.lines().next())
            .unwrap_or("")
            .to_string();
        return Ok(Outcome::Crash(format!("{:?}: {why}", built.status)));
    }
    if built.status != Status::Exit(0) {
        return Ok(Outcome::Rejected);
    }
    if !bin.exists() {
        // `go build` of a package other than main checks it and writes
        // nothing; for package main a missing executable is a bug.
        return Ok(if is_main_package(text) {
            Outcome::Crash("exit 0 without an executable".into())
        } else {
            Outcome::Rejected
        });
    }
    let ran = exec::run(Command::new(&bin), &dir.join("run"), cfg.run_timeout)?;
    Ok(match ran.status {
        Status::Signal(s) => Outcome::Signal(s),
        _ => Outcome::Ran,
    })
}

/// Whether the package clause of `text` (its first tokens after comments)
/// names package main.
fn is_main_package(text: &str) -> bool {
    let mut rest = text;
    loop {
        rest = rest.trim_start();
        if let Some(r) = rest.strip_prefix("//") {
            rest = r.split_once('\n').map_or("", |(_, r)| r);
        } else if let Some(r) = rest.strip_prefix("/*") {
            rest = r.split_once("*/").map_or("", |(_, r)| r);
        } else {
            break;
        }
    }
    let mut words = rest.split(|c: char| c.is_whitespace() || c == ';');
    words.next() == Some("package") && words.find(|w| !w.is_empty()) == Some("main")
}

fn save(cfg: &Config, seed: u64, name: &str, text: &str, out: &Outcome) -> std::io::Result<()> {
    let kind = if matches!(out, Outcome::Crash(_)) {
        "crash"
    } else {
        "signal"
    };
    let dir = cfg.findings.join(format!("mutant-{seed}-{kind}"));
    std::fs::create_dir_all(&dir)?;
    std::fs::write(dir.join("main.go"), text)?;
    std::fs::write(dir.join("verdict.txt"), format!("from {name}: {out:?}\n"))
}

/// The .go programs directly in dir (sorted), as (file name, text).
pub fn corpus(dir: &Path) -> std::io::Result<Vec<(String, String)>> {
    let mut files = Vec::new();
    for e in std::fs::read_dir(dir)? {
        let p = e?.path();
        if p.extension().is_some_and(|x| x == "go") {
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            files.push((name, std::fs::read_to_string(&p)?));
        }
    }
    files.sort();
    Ok(files)
}

#[cfg(test)]
mod tests {
    #[test]
    fn package_clause_after_comments() {
        assert!(super::is_main_package("// x\n/* y */ package main\n"));
        assert!(!super::is_main_package("package mainx\n"));
        assert!(!super::is_main_package("// package main\npackage p\n"));
    }

    use super::*;

    #[test]
    fn tokens_cover_the_source() {
        let src = "package main\n// c\nfunc f() { x := 1.5e+3 + 'a'; s := \"q\\\"\" }\n";
        let toks = tokens(src);
        assert_eq!(toks.iter().map(|t| t.1).collect::<String>(), src);
        assert!(toks.contains(&(Kind::Number, "1.5e+3")));
        assert!(toks.contains(&(Kind::Str, "\"q\\\"\"")));
        assert!(toks.contains(&(Kind::Op, ":=")));
    }

    #[test]
    fn mutation_is_deterministic_and_changes_something() {
        let src = "package main\n\nfunc main() {\n\tx := 1 + 2\n\tprintln(x)\n}\n";
        let a: Vec<String> = (0..20).map(|s| mutate(src, &mut Rng::new(s))).collect();
        let b: Vec<String> = (0..20).map(|s| mutate(src, &mut Rng::new(s))).collect();
        assert_eq!(a, b);
        assert!(a.iter().filter(|m| *m != src).count() > 15);
    }
}
