//! Builds the runtime (`rt/`, a staticlib) and embeds it in the `golift`
//! binary, so the compiler needs nothing but `cc` at run time.
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
        .env("CARGO_ENCODED_RUSTFLAGS", "-Cforce-frame-pointers=yes")
        .env("CARGO_PROFILE_RELEASE_PANIC", "abort")
        .status()
        .expect("cannot run cargo to build the runtime");
    assert!(status.success(), "building the runtime failed");

    let lib = target_dir.join("release/libgolift_rt.a");
    let bytes = std::fs::read(&lib).expect("runtime library missing");
    let embedded = out_dir.join("libgolift_rt.a");
    std::fs::write(&embedded, &bytes).unwrap();
    println!("cargo:rustc-env=GOLIFT_RT_HASH={:016x}", fnv1a(&bytes));
}

/// A content hash naming the runtime's cache file, so two golift builds with
/// different runtimes never share one.
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf29ce484222325, |h, &b| {
        (h ^ b as u64).wrapping_mul(0x100000001b3)
    })
}
