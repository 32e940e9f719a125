//! The `difftest` command: `gen` and `mutate` campaigns, `show` to print the
//! program of a seed, `check` to judge one program file against Go.

use clap::{Parser, Subcommand};
use golift_difftest::{diff, gen, mutate};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

#[derive(Parser)]
#[command(about = "Differential testing of golift against the Go toolchain")]
struct Cli {
    #[command(subcommand)]
    cmd: Cmd,
}

#[derive(clap::Args)]
struct Common {
    /// The golift binary (default: target/release/golift, else target/debug/golift)
    #[arg(long)]
    golift: Option<PathBuf>,
    /// Number of programs
    #[arg(long, default_value_t = 100)]
    count: u64,
    /// First seed
    #[arg(long, default_value_t = 1)]
    start: u64,
    /// Parallel golift builds and runs
    #[arg(long, default_value_t = 2)]
    jobs: usize,
    /// Where failures are saved
    #[arg(long, default_value = "difftest-out")]
    out: PathBuf,
    /// Print every verdict, not only failures
    #[arg(long, short)]
    verbose: bool,
}

#[derive(Subcommand)]
enum Cmd {
    /// Generate programs, compile with Go and golift, compare outputs
    Gen {
        #[command(flatten)]
        common: Common,
        /// Comma-separated feature areas to leave out (see `features`)
        #[arg(long, default_value = "")]
        without: String,
        /// Comma-separated feature areas to add (e.g. `invalid`)
        #[arg(long, default_value = "")]
        with: String,
        /// Programs per `go build` call
        #[arg(long, default_value_t = 40)]
        batch: usize,
        /// Minimise each failure (slow: many Go builds)
        #[arg(long)]
        minimise: bool,
    },
    /// Mutate the corpus and build each mutant with golift: no crash allowed
    Mutate {
        #[command(flatten)]
        common: Common,
        /// Directory of programs to mutate
        #[arg(long, default_value = "testdata")]
        corpus: PathBuf,
        /// Also mutate this many generated programs
        #[arg(long, default_value_t = 50)]
        generated: u64,
        /// Feature areas left out of the generated programs
        #[arg(long, default_value = "")]
        without: String,
    },
    /// Print the program of a seed
    Show {
        seed: u64,
        #[arg(long, default_value = "")]
        without: String,
        #[arg(long, default_value = "")]
        with: String,
    },
    /// Print the mutant of a seed
    ShowMutant {
        seed: u64,
        #[arg(long, default_value = "testdata")]
        corpus: PathBuf,
        #[arg(long, default_value_t = 50)]
        generated: u64,
        #[arg(long, default_value = "")]
        without: String,
    },
    /// Judge one program file (Go vs golift), optionally minimising it
    Check {
        file: PathBuf,
        #[arg(long)]
        golift: Option<PathBuf>,
        #[arg(long)]
        minimise: bool,
    },
    /// List the generator's feature areas
    Features,
}

fn golift_path(given: Option<PathBuf>) -> PathBuf {
    given.unwrap_or_else(|| {
        let release = PathBuf::from("target/release/golift");
        if release.exists() {
            release
        } else {
            PathBuf::from("target/debug/golift")
        }
    })
}

fn abs(p: PathBuf) -> PathBuf {
    std::path::absolute(&p).unwrap_or(p)
}

fn features(without: &str, with: &str) -> gen::Features {
    gen::Features::all()
        .without(without)
        .and_then(|f| f.with(with))
        .unwrap_or_else(|e| {
            eprintln!("difftest: {e}");
            std::process::exit(2)
        })
}

fn sources(corpus: &Path, generated: u64, features: &gen::Features) -> Vec<(String, String)> {
    let mut s = mutate::corpus(corpus).unwrap_or_else(|e| {
        eprintln!("difftest: {}: {e}", corpus.display());
        std::process::exit(2)
    });
    s.extend((0..generated).map(|seed| (format!("gen-{seed}"), gen::generate(seed, features))));
    s
}

fn work_dir() -> PathBuf {
    std::env::temp_dir().join(format!("golift-difftest-{}", std::process::id()))
}

fn main() {
    let cli = Cli::parse();
    let code = match cli.cmd {
        Cmd::Gen {
            common,
            without,
            with,
            batch,
            minimise,
        } => run_gen(common, features(&without, &with), batch, minimise),
        Cmd::Mutate {
            common,
            corpus,
            generated,
            without,
        } => run_mutate(common, sources(&corpus, generated, &features(&without, ""))),
        Cmd::Show {
            seed,
            without,
            with,
        } => {
            print!("{}", gen::generate(seed, &features(&without, &with)));
            0
        }
        Cmd::ShowMutant {
            seed,
            corpus,
            generated,
            without,
        } => {
            let all = features(&without, "");
            let (name, text) = mutate::mutant(&sources(&corpus, generated, &all), seed);
            eprintln!("mutant of {name}");
            print!("{text}");
            0
        }
        Cmd::Check {
            file,
            golift,
            minimise,
        } => run_check(file, golift, minimise),
        Cmd::Features => {
            println!("{}", gen::FEATURE_NAMES.join("\n"));
            0
        }
    };
    std::process::exit(code)
}

fn need_go() {
    match diff::require_go() {
        Ok(v) => eprintln!("oracle: {v}"),
        Err(e) => {
            eprintln!("difftest: {e}");
            std::process::exit(2)
        }
    }
}

fn run_gen(common: Common, features: gen::Features, batch: usize, minimise: bool) -> i32 {
    need_go();
    let cfg = diff::Config {
        golift: abs(golift_path(common.golift)),
        work: work_dir(),
        findings: abs(common.out),
        features,
        jobs: common.jobs,
        batch,
        minimise,
        run_timeout: Duration::from_secs(10),
    };
    let start = Instant::now();
    let verbose = common.verbose;
    let stats = diff::campaign(
        &cfg,
        common.start..common.start + common.count,
        &mut |seed, v| {
            if verbose || v.is_bug() || matches!(v, diff::Verdict::GoTimeout) {
                println!("seed {seed}: {} {}", v.kind(), v.detail());
            }
        },
    );
    let _ = std::fs::remove_dir_all(&cfg.work);
    match stats {
        Ok(s) => {
            println!("{s} ({:.0?})", start.elapsed());
            i32::from(s.bugs() > 0)
        }
        Err(e) => {
            eprintln!("difftest: {e}");
            2
        }
    }
}

fn run_mutate(common: Common, sources: Vec<(String, String)>) -> i32 {
    let cfg = mutate::Config {
        golift: abs(golift_path(common.golift)),
        work: work_dir(),
        findings: abs(common.out),
        jobs: common.jobs,
        build_timeout: Duration::from_secs(120),
        run_timeout: Duration::from_secs(5),
    };
    let start = Instant::now();
    let verbose = common.verbose;
    let done = std::sync::atomic::AtomicUsize::new(0);
    let stats = mutate::campaign(
        &cfg,
        &sources,
        common.start..common.start + common.count,
        &|seed, name, out| {
            if verbose || !matches!(out, mutate::Outcome::Rejected | mutate::Outcome::Ran) {
                println!("mutant {seed} of {name}: {out:?}");
            }
            let n = done.fetch_add(1, std::sync::atomic::Ordering::SeqCst) + 1;
            if n.is_multiple_of(100) {
                eprintln!("{n} mutants done");
            }
        },
    );
    let _ = std::fs::remove_dir_all(&cfg.work);
    match stats {
        Ok(s) => {
            println!("{s} ({:.0?})", start.elapsed());
            i32::from(s.crashes > 0)
        }
        Err(e) => {
            eprintln!("difftest: {e}");
            2
        }
    }
}

fn run_check(file: PathBuf, golift: Option<PathBuf>, minimise: bool) -> i32 {
    need_go();
    let text = std::fs::read_to_string(&file).unwrap_or_else(|e| {
        eprintln!("difftest: {}: {e}", file.display());
        std::process::exit(2)
    });
    let cfg = diff::Config {
        golift: abs(golift_path(golift)),
        work: work_dir(),
        findings: work_dir(),
        features: gen::Features::all(),
        jobs: 1,
        batch: 1,
        minimise,
        run_timeout: Duration::from_secs(10),
    };
    let _ = std::fs::create_dir_all(&cfg.work);
    let v = match diff::check_text(&cfg, &cfg.work, &text) {
        Ok(v) => v,
        Err(e) => {
            eprintln!("difftest: {e}");
            return 2;
        }
    };
    println!("{}: {}", v.kind(), v.detail());
    if minimise && v.is_bug() {
        let kind = v.kind();
        let small = golift_difftest::minimise::minimise(&text, &mut |t| {
            diff::check_text(&cfg, &cfg.work, t)
                .map(|x| x.kind() == kind)
                .unwrap_or(false)
        });
        print!("{small}");
    }
    let _ = std::fs::remove_dir_all(&cfg.work);
    i32::from(v.is_bug())
}
