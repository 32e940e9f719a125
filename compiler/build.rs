//! Builds the runtime (`rt/`, a staticlib) and embeds it in the `golift`
//! binary, so the compiler needs nothing but `cc` at run time.
//!
//! golift's own Go sources (`rt/go/`: its `runtime` package) are embedded
//! too, as a generated table of `(package, file, text)` (`embedded_go.rs`),
//! and so are its overlays of GOROOT files (`rt/go/overlay/IMPORTPATH/FILE`,
//! a second table of `(import path, file, text)`).
//!
//! The runtime is always built optimised, with frame pointers (the GC and
//! tracebacks walk the FP chain) and `panic = "abort"` (a Rust panic must never
//! unwind into Go frames). It gets its own target directory under OUT_DIR so the
//! nested cargo never waits on the outer build's lock.

use std::env;
use std::path::PathBuf;
use std::process::Command;

fn main() {
    let manifest_dir = PathBuf::from(env::var("CARGO_MANIFEST_DIR").unwrap());
    let out_dir = PathBuf::from(env::var("OUT_DIR").unwrap());
    let rt = manifest_dir.join("../rt");
    println!("cargo:rerun-if-changed={}", rt.join("src").display());
    println!("cargo:rerun-if-changed={}", rt.join("std").display());
    println!("cargo:rerun-if-changed={}", rt.join("Cargo.toml").display());
    println!("cargo:rerun-if-changed={}", rt.join("go").display());
    embed_go_sources(&rt.join("go"), &out_dir.join("embedded_go.rs"));

    // `cargo clippy` only type-checks golift, which needs no runtime
    // archive, so the nested release build is not run there (CI saves its
    // time).
    println!("cargo:rerun-if-env-changed=RUSTC_WORKSPACE_WRAPPER");
    if env::var("RUSTC_WORKSPACE_WRAPPER").is_ok_and(|w| w.contains("clippy")) {
        std::fs::write(out_dir.join("libgolift_rt.a"), b"").unwrap();
        println!("cargo:rustc-env=GOLIFT_RT_HASH={:016x}", 0);
        return;
    }
    let target_dir = out_dir.join("rt-target");
    let cargo = env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let status = Command::new(cargo)
        .arg("build")
        .arg("--release")
        .arg("--lib")
        .arg("--manifest-path")
        .arg(rt.join("Cargo.toml"))
        .arg("--target-dir")
        .arg(&target_dir)
        .env_remove("RUSTFLAGS")
        .env_remove("CARGO_TARGET_DIR")
        // Under `cargo clippy` the outer build lints rt itself; the nested
        // release build needs plain rustc (clippy-driver's target probe
        // failed there on a fresh target directory).
        .env_remove("RUSTC_WORKSPACE_WRAPPER")
        .env_remove("RUSTC_WRAPPER")
        .env_remove("CLIPPY_ARGS")
        .env("CARGO_ENCODED_RUSTFLAGS", "-Cforce-frame-pointers=yes")
        .env("CARGO_PROFILE_RELEASE_PANIC", "abort")
        .stdin(std::process::Stdio::null())
        .status()
        .expect("cannot run cargo to build the runtime");
    assert!(status.success(), "building the runtime failed");

    let lib = target_dir.join("release/libgolift_rt.a");
    let bytes = std::fs::read(&lib).expect("runtime library missing");
    let embedded = out_dir.join("libgolift_rt.a");
    std::fs::write(&embedded, &bytes).unwrap();
    println!("cargo:rustc-env=GOLIFT_RT_HASH={:016x}", fnv1a(&bytes));
}

/// Writes the table of golift's Go sources: every `.go` file of every
/// package directory below `go_dir` (nested directories are nested import
/// paths: `internal/runtime/maps`), sorted, included by absolute path.
fn embed_go_sources(go_dir: &std::path::Path, out: &std::path::Path) {
    let mut rows = Vec::new();
    for pkg in sorted_entries(go_dir) {
        if pkg.file_name().is_some_and(|n| n == "overlay") || !pkg.is_dir() {
            continue;
        }
        let name = pkg.file_name().unwrap().to_string_lossy().into_owned();
        overlay_rows(&pkg, &name, &mut rows);
    }
    let mut overlays = Vec::new();
    overlay_rows(&go_dir.join("overlay"), "", &mut overlays);
    let text = format!(
        "/// golift's Go sources: (package, file name, text).\npub static GO_SOURCES: &[(&str, &str, &str)] = &[\n{}];\n\
         /// golift's replacements of GOROOT files: (import path, file name, text).\npub static GO_OVERLAYS: &[(&str, &str, &str)] = &[\n{}];\n",
        rows.concat(),
        overlays.concat()
    );
    std::fs::write(out, text).unwrap();
}

/// The rows of a source table (packages or overlays) for the `.go` files
/// below `dir`, whose import path is `path` (directories nest as import
/// paths do).
fn overlay_rows(dir: &std::path::Path, path: &str, rows: &mut Vec<String>) {
    println!("cargo:rerun-if-changed={}", dir.display());
    for entry in sorted_entries(dir) {
        let base = entry.file_name().unwrap().to_string_lossy().into_owned();
        if entry.is_dir() {
            let sub = if path.is_empty() {
                base
            } else {
                format!("{path}/{base}")
            };
            overlay_rows(&entry, &sub, rows);
        } else if base.ends_with(".go") && !path.is_empty() {
            rows.push(format!(
                "    ({path:?}, {base:?}, include_str!({:?})),\n",
                entry.display()
            ));
        }
    }
}

fn sorted_entries(dir: &std::path::Path) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|d| d.filter_map(|e| e.ok()).map(|e| e.path()).collect())
        .unwrap_or_default();
    v.sort();
    v
}

/// A content hash naming the runtime's cache file, so two golift builds with
/// different runtimes never share one.
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf29ce484222325, |h, &b| {
        (h ^ b as u64).wrapping_mul(0x100000001b3)
    })
}
