//! The `golift` command: build, run, test, ir, check, clean.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use golift::driver::{self, Failure};

#[derive(Parser)]
#[command(
    name = "golift",
    version,
    about = "An ahead-of-time Go compiler built on Cranelift"
)]
struct Cli {
    #[command(subcommand)]
    command: Cmd,
}

#[derive(Subcommand)]
enum Cmd {
    /// Compile a main package to a native executable. Packages are `.go`
    /// files, a directory (default `.`), `DIR/...` or an import path.
    Build {
        /// Output file (default: the package's or first file's name, as `go build`).
        #[arg(short = 'o', value_name = "OUT")]
        out: Option<PathBuf>,
        /// Print the import path of each package that had code compiled
        /// (not reused from the build cache), as `go build -v`.
        #[arg(short = 'v')]
        verbose: bool,
        #[arg(value_name = "PACKAGES")]
        packages: Vec<String>,
    },
    /// Compile and run a program; its exit status becomes golift's.
    Run {
        /// The .go files (or one package), then the program's arguments.
        #[arg(
            required = true,
            trailing_var_arg = true,
            allow_hyphen_values = true,
            value_name = "PACKAGE [ARGS]"
        )]
        args: Vec<String>,
    },
    /// Run every DIR/*.go program and compare its output with DIR/NAME.out;
    /// DIR/errors/*.go must fail to compile as their `// ERROR` comments say.
    Test {
        #[arg(value_name = "DIR")]
        dir: PathBuf,
        /// Run each program once per GOMAXPROCS value in this
        /// comma-separated list (built once).
        #[arg(long, value_name = "N,N,...", value_delimiter = ',')]
        procs: Vec<String>,
    },
    /// Print the Cranelift IR of each function.
    Ir {
        #[arg(value_name = "PACKAGES")]
        packages: Vec<String>,
        /// Only this function (`main.fib` or `fib`).
        #[arg(long = "func", value_name = "NAME")]
        func: Option<String>,
        /// Show the IR after Cranelift's optimiser.
        #[arg(long)]
        opt: bool,
    },
    /// Remove golift's cached files (`-cache`: the whole build cache).
    Clean {
        /// `-cache`: empty the cache directory ($GOLIFTCACHE), as `go clean -cache`.
        #[arg(allow_hyphen_values = true, value_name = "-cache")]
        flags: Vec<String>,
    },
    /// Parse and type-check only, reporting diagnostics.
    Check {
        #[arg(value_name = "PACKAGES")]
        packages: Vec<String>,
    },
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            // Usage errors exit 1, like gc's tools; --help and --version 0.
            return if e.use_stderr() {
                ExitCode::from(1)
            } else {
                ExitCode::SUCCESS
            };
        }
    };
    match run(cli.command) {
        Ok(code) => code,
        Err(f) => {
            for m in &f.messages {
                eprintln!("{m}");
            }
            ExitCode::from(1)
        }
    }
}

fn run(cmd: Cmd) -> Result<ExitCode, Failure> {
    match cmd {
        Cmd::Build {
            out,
            verbose,
            packages,
        } => {
            driver::build(&packages, out.as_deref(), verbose)?;
            Ok(ExitCode::SUCCESS)
        }
        Cmd::Run { args } => run_program(args),
        Cmd::Test { dir, procs } => {
            let s = driver::testrun::run_dir(&dir, &procs).map_err(Failure::msg)?;
            Ok(if s.failed == 0 {
                ExitCode::SUCCESS
            } else {
                ExitCode::from(1)
            })
        }
        Cmd::Ir {
            packages,
            func,
            opt,
        } => {
            print!("{}", driver::ir(&packages, func.as_deref(), opt)?);
            Ok(ExitCode::SUCCESS)
        }
        Cmd::Clean { flags } => {
            for f in &flags {
                match f.as_str() {
                    "-cache" | "--cache" => driver::link::clean_cache()?,
                    _ => return Err(Failure::msg(format!("golift clean: unknown flag {f}"))),
                }
            }
            Ok(ExitCode::SUCCESS)
        }
        Cmd::Check { packages } => {
            driver::check(&packages)?;
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// `golift run a.go b.go arg1 arg2` or `golift run PACKAGE arg1`: the
/// leading `.go` arguments (else the first argument, a package) are the
/// program, the rest are its arguments (as `go run`).
fn run_program(args: Vec<String>) -> Result<ExitCode, Failure> {
    let n = match args.iter().take_while(|a| a.ends_with(".go")).count() {
        0 => 1,
        n => n,
    };
    let dir = tempfile::tempdir()
        .map_err(|e| Failure::msg(format!("golift: cannot create a temporary directory: {e}")))?;
    let (loader, roots) = driver::load(&args[..n])?;
    let exe = dir
        .path()
        .join(driver::exe_name(&loader.packages[roots[0]]));
    driver::build_root(&loader, roots[0], &exe, false)?;
    let status = std::process::Command::new(&exe)
        .args(&args[n..])
        .status()
        .map_err(|e| Failure::msg(format!("golift: cannot run {}: {e}", exe.display())))?;
    match status.code() {
        Some(0) => Ok(ExitCode::SUCCESS),
        Some(c) => {
            eprintln!("exit status {c}");
            Ok(ExitCode::from(c as u8))
        }
        None => {
            eprintln!("{}", signal_text(status));
            Ok(ExitCode::from(1))
        }
    }
}

#[cfg(unix)]
fn signal_text(status: std::process::ExitStatus) -> String {
    use std::os::unix::process::ExitStatusExt;
    format!("signal: {}", status.signal().unwrap_or(0))
}
