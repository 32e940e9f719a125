//! cargo test: where `golift build -o OUT` puts the executable, with
//! `go build`'s rules: `-o /dev/null` builds and discards it (the device
//! stays a device: renaming the linked file over it once replaced the
//! machine's /dev/null with an executable), `-o DIR` writes DIR/NAME, and
//! a non-empty file that is not an object is refused and left alone.

use std::os::unix::fs::FileTypeExt;
use std::path::Path;
use std::process::{Command, Output};

const HELLO: &str = "package main\n\nfunc main() { println(\"hello\") }\n";

fn golift_build(dir: &Path, out: &str) -> Output {
    Command::new(env!("CARGO_BIN_EXE_golift"))
        .args(["build", "-o", out, "hello.go"])
        .current_dir(dir)
        .env("GOLIFTCACHE", dir.join("cache"))
        .output()
        .expect("run golift")
}

fn program_dir() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temporary directory");
    std::fs::write(dir.path().join("hello.go"), HELLO).unwrap();
    dir
}

#[test]
fn dev_null_discards_the_executable() {
    let dir = program_dir();
    let before = std::fs::metadata("/dev/null").unwrap();
    // Twice: the second build takes the cached executable's path.
    for _ in 0..2 {
        let o = golift_build(dir.path(), "/dev/null");
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    }
    let after = std::fs::metadata("/dev/null").unwrap();
    assert_eq!(
        before.file_type().is_char_device(),
        after.file_type().is_char_device()
    );
    if !after.file_type().is_char_device() {
        assert_eq!(before.len(), after.len(), "/dev/null was written");
    }
    assert!(!dir.path().join("hello").exists());
}

#[test]
fn a_directory_gets_the_default_name() {
    let dir = program_dir();
    std::fs::create_dir(dir.path().join("bin")).unwrap();
    let o = golift_build(dir.path(), "bin");
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let run = Command::new(dir.path().join("bin/hello")).output().unwrap();
    assert_eq!(String::from_utf8_lossy(&run.stderr), "hello\n");
}

#[test]
fn a_file_that_is_not_an_object_is_not_overwritten() {
    let dir = program_dir();
    std::fs::write(dir.path().join("notes.txt"), "keep me\n").unwrap();
    let o = golift_build(dir.path(), "notes.txt");
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&o.stderr),
        "golift: build output \"notes.txt\" already exists and is not an object file\n"
    );
    let kept = std::fs::read_to_string(dir.path().join("notes.txt")).unwrap();
    assert_eq!(kept, "keep me\n");
}
