//! Shared by the runtime's link tests: building the runtime staticlib and
//! linking a C stand-in for compiler output against it.

use std::path::{Path, PathBuf};
use std::process::Command;

/// The runtime staticlib, freshly built. `cargo test` compiles the library
/// for the test but leaves the staticlib in `deps/` under a hashed name, so
/// ask cargo to build (a no-op when fresh) and put it in the profile directory.
pub fn staticlib() -> PathBuf {
    let exe = std::env::current_exe().unwrap();
    let profile_dir = exe.parent().unwrap().parent().unwrap();
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR")).join("Cargo.toml");
    let mut build = Command::new(cargo);
    build
        .args(["build", "-p", "golift-rt", "--manifest-path"])
        .arg(manifest);
    if profile_dir.ends_with("release") {
        build.arg("--release");
    }
    assert!(
        build.status().unwrap().success(),
        "cargo build -p golift-rt failed"
    );
    let lib = profile_dir.join("libgolift_rt.a");
    assert!(lib.exists(), "{} missing", lib.display());
    lib
}

/// Links `tests/c/SRC` (with extra `cc` flags) against the runtime as the
/// program `NAME` in the test's temporary directory.
pub fn link(src: &str, name: &str, flags: &[&str]) -> PathBuf {
    let out = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(name);
    let src = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/c")
        .join(src);
    let status = Command::new("cc")
        .args(["-O0", "-g"])
        .args(flags)
        .arg("-o")
        .arg(&out)
        .arg(&src)
        .arg(staticlib())
        .args(["-lpthread", "-ldl", "-lm"])
        .status()
        .expect("cc");
    assert!(status.success(), "linking {} failed", src.display());
    out
}

/// Runs `program` in `mode` with extra environment: (stdout + stderr, exit status).
pub fn run(program: &Path, mode: &str, env: &[(&str, &str)]) -> (String, i32) {
    let out = Command::new(program)
        .env("RT_TEST_MODE", mode)
        .envs(env.iter().copied())
        .output()
        .unwrap();
    let mut text = String::from_utf8(out.stdout).unwrap();
    text.push_str(&String::from_utf8(out.stderr).unwrap());
    (text, out.status.code().unwrap_or(-1))
}

// The goroutine tests (sema, netpoll) use these; link.rs does not.

/// Links `tests/c/SRC` once per test binary (in `cell`) with the pinned g
/// register reserved, as compiled Go code has it.
#[allow(dead_code)]
pub fn pinned_program(
    cell: &'static std::sync::OnceLock<PathBuf>,
    src: &str,
    name: &str,
) -> &'static Path {
    let pin = if cfg!(target_arch = "aarch64") {
        "-ffixed-x21"
    } else {
        "-ffixed-r15"
    };
    cell.get_or_init(|| link(src, name, &[pin]))
}

/// Runs `program` in `mode` at GOMAXPROCS=`procs`.
#[allow(dead_code)]
pub fn run_procs(program: &Path, mode: &str, procs: &str) -> (String, i32) {
    run(program, mode, &[("GOMAXPROCS", procs)])
}

/// `mode` of `program` prints `want` and exits 0 at GOMAXPROCS=1 and 4.
#[allow(dead_code)]
pub fn check_modes(program: &Path, mode: &str, want: &str) {
    for procs in ["1", "4"] {
        let (out, code) = run_procs(program, mode, procs);
        assert_eq!(
            (out.as_str(), code),
            (want, 0),
            "mode {mode}, GOMAXPROCS={procs}"
        );
    }
}
