//! Drives the corpus in testdata/ through `golift test`: every program must
//! print what the real Go toolchain printed (its `.out`), and every program
//! in testdata/errors/ must be rejected with the expected diagnostics.

use std::path::PathBuf;
use std::process::Command;

#[test]
fn testdata_corpus_matches_go() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../testdata");
    let out = Command::new(env!("CARGO_BIN_EXE_golift"))
        .arg("test")
        .arg(&dir)
        .output()
        .expect("run golift test");
    let stdout = String::from_utf8_lossy(&out.stdout);
    print!("{stdout}");
    eprint!("{}", String::from_utf8_lossy(&out.stderr));
    let last = stdout.lines().last().unwrap_or("");
    assert!(last.ends_with(" 0 failed"), "corpus failures: {last}");
    assert!(out.status.success());
}
