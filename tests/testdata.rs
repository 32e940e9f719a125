//! Drives the corpus in testdata/ through `golift test`: every program must
//! print what the real Go toolchain printed (its `.out`), and every program
//! in testdata/errors/ must be rejected with the expected diagnostics. Each
//! program runs twice, with GOMAXPROCS=1 and GOMAXPROCS=4 (`--procs 1,4`):
//! a program's output must not depend on how many Ps the scheduler has.

use std::path::PathBuf;
use std::process::Command;

/// One run of the corpus: each program is built once and runs with
/// GOMAXPROCS=1 and with GOMAXPROCS=4.
#[test]
fn testdata_corpus_matches_go_with_one_and_four_ps() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../testdata");
    let out = Command::new(env!("CARGO_BIN_EXE_golift"))
        .args(["test", "--procs", "1,4"])
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
