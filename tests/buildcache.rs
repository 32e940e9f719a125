//! cargo test: the build cache. A module that imports strings, strconv and
//! sort is built into a cache of its own: the second build compiles nothing
//! and leaves the executable alone; an edit of one function recompiles only
//! its package (`build -v` lists the packages that had code compiled); a
//! cold build with a warm code cache gives the same executable; two
//! concurrent builds of one module into one empty cache both succeed with
//! identical executables; entries unused for days are trimmed; `clean -cache`
//! empties it; an edit that shifts lines (same code, same number of source
//! locations) gives runtime.Caller the new lines, from compiled and from
//! cached code; an edit of a `//go:embed` file (or a new file in an
//! embedded directory) rebuilds the program.

use std::path::{Path, PathBuf};
use std::process::Command;

const GO_MOD: &str = "module example.com/cachetest\n\ngo 1.27\n";

const MAIN: &str = r#"package main

import (
	"sort"
	"strconv"
	"strings"
)

func main() {
	words := strings.Fields("pear fig apple")
	sort.Strings(words)
	println(strings.Join(words, "+"), strconv.Itoa(double(21)))
}
"#;

const UTIL: &str = "package main\n\nfunc double(x int) int { return 2 * x }\n";

fn module() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temporary directory");
    std::fs::write(dir.path().join("go.mod"), GO_MOD).unwrap();
    std::fs::write(dir.path().join("main.go"), MAIN).unwrap();
    std::fs::write(dir.path().join("util.go"), UTIL).unwrap();
    dir
}

/// `golift build -v -o prog .` in `dir` with cache `cache`: the packages
/// that had code compiled.
fn build(dir: &Path, cache: &Path, out: &str) -> Vec<String> {
    let o = Command::new(env!("CARGO_BIN_EXE_golift"))
        .args(["build", "-v", "-o", out, "."])
        .current_dir(dir)
        .env("GOLIFTCACHE", cache)
        .output()
        .expect("run golift");
    let stderr = String::from_utf8_lossy(&o.stderr).into_owned();
    assert!(o.status.success(), "golift build failed: {stderr}");
    stderr.lines().map(str::to_string).collect()
}

fn run(exe: &Path) -> String {
    let o = Command::new(exe).output().expect("run the program");
    assert!(o.status.success());
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn modified(p: &Path) -> std::time::SystemTime {
    std::fs::metadata(p).and_then(|m| m.modified()).unwrap()
}

#[test]
fn rebuilds_compile_only_what_changed() {
    let m = module();
    let cache = tempfile::tempdir().unwrap();
    let dir = m.path();
    let prog: PathBuf = dir.join("prog");
    let cold = build(dir, cache.path(), "prog");
    assert!(cold.contains(&"strings".to_string()), "{cold:?}");
    assert!(cold.contains(&"example.com/cachetest".to_string()));
    assert_eq!(run(&prog), "apple+fig+pear 42\n");
    let before = modified(&prog);

    // Nothing changed: nothing compiled, the executable left as it was.
    let warm = build(dir, cache.path(), "prog");
    assert!(warm.is_empty(), "{warm:?}");
    assert_eq!(modified(&prog), before);

    // A comment: the program is the same code, nothing compiled.
    std::fs::write(dir.join("util.go"), format!("{UTIL}// a comment\n")).unwrap();
    let comment = build(dir, cache.path(), "prog");
    assert!(comment.is_empty(), "{comment:?}");

    // An edited function: only the main package compiles.
    let edited = UTIL.replace("2 * x", "3 * x");
    std::fs::write(dir.join("util.go"), edited).unwrap();
    let touched = build(dir, cache.path(), "prog");
    assert_eq!(touched, ["example.com/cachetest"]);
    assert_eq!(run(&prog), "apple+fig+pear 63\n");

    // Back to the first version: everything comes from the cache, and the
    // executable is the first build's.
    std::fs::write(dir.join("util.go"), UTIL).unwrap();
    let back = build(dir, cache.path(), "prog");
    assert!(back.is_empty(), "{back:?}");
    assert_eq!(run(&prog), "apple+fig+pear 42\n");
}

#[test]
fn code_reused_from_the_cache_links_to_the_same_executable() {
    let m = module();
    let cache = tempfile::tempdir().unwrap();
    build(m.path(), cache.path(), "a");
    // Drop the cached executables only: the rebuild lowers the program
    // again, every function's code comes from the cache.
    std::fs::remove_dir_all(cache.path().join("exe")).unwrap();
    let again = build(m.path(), cache.path(), "b");
    assert!(again.is_empty(), "{again:?}");
    let a = std::fs::read(m.path().join("a")).unwrap();
    let b = std::fs::read(m.path().join("b")).unwrap();
    assert!(a == b, "the executables differ");
}

#[test]
fn concurrent_builds_share_one_cache() {
    // One module (the pc table holds absolute file names: the same program
    // in another directory is another executable), two outputs.
    let m = module();
    let cache = tempfile::tempdir().unwrap();
    let spawn = |out: &str| {
        Command::new(env!("CARGO_BIN_EXE_golift"))
            .args(["build", "-o", out, "."])
            .current_dir(m.path())
            .env("GOLIFTCACHE", cache.path())
            .spawn()
            .expect("run golift")
    };
    let (mut a, mut b) = (spawn("p1"), spawn("p2"));
    assert!(a.wait().unwrap().success());
    assert!(b.wait().unwrap().success());
    let p1 = std::fs::read(m.path().join("p1")).unwrap();
    let p2 = std::fs::read(m.path().join("p2")).unwrap();
    assert!(p1 == p2, "the executables differ");
    assert_eq!(run(&m.path().join("p1")), "apple+fig+pear 42\n");
    // The cache both wrote is sound: a third build, lowering the program
    // again, compiles nothing.
    std::fs::remove_dir_all(cache.path().join("exe")).unwrap();
    let third = build(m.path(), cache.path(), "p3");
    assert!(third.is_empty(), "{third:?}");

    let out = Command::new(env!("CARGO_BIN_EXE_golift"))
        .args(["clean", "-cache"])
        .env("GOLIFTCACHE", cache.path())
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(!cache.path().exists());
}

/// Sets `p`'s modification time `days` ago.
fn age_by_days(p: &Path, days: u64) {
    let t = std::time::SystemTime::now() - std::time::Duration::from_secs(days * 24 * 3600);
    std::fs::File::options()
        .write(true)
        .open(p)
        .and_then(|f| f.set_modified(t))
        .unwrap();
}

/// Every file under `dir`.
fn files_under(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).unwrap().flatten() {
        let p = e.path();
        if p.is_dir() {
            out.extend(files_under(&p));
        } else {
            out.push(p);
        }
    }
    out
}

#[test]
fn entries_unused_for_days_are_trimmed() {
    let m = module();
    let cache = tempfile::tempdir().unwrap();
    build(m.path(), cache.path(), "prog");
    // Every entry last used ten days ago, the last trim two days ago, and
    // an entry no build uses.
    let stale = cache.path().join("code/zz/zzstale");
    std::fs::create_dir_all(stale.parent().unwrap()).unwrap();
    std::fs::write(&stale, b"GLC1").unwrap();
    for p in files_under(&cache.path().join("code")) {
        age_by_days(&p, 10);
    }
    age_by_days(&cache.path().join("trim.txt"), 2);
    // A comment: the code of every function is used (and renewed) and
    // this build trims.
    std::fs::write(m.path().join("util.go"), format!("{UTIL}// a comment\n")).unwrap();
    assert!(build(m.path(), cache.path(), "prog").is_empty());
    assert!(!stale.exists(), "an unused entry was kept");
    // The entries the build used survived: the next build compiles nothing.
    std::fs::write(m.path().join("util.go"), format!("{UTIL}// another\n")).unwrap();
    let next = build(m.path(), cache.path(), "prog");
    assert!(next.is_empty(), "{next:?}");
}

const CALLER: &str = r#"package main

import "runtime"

func here() int {
	_, _, line, _ := runtime.Caller(0)
	return line
}

func from() int {
	_, _, line, _ := runtime.Caller(1)
	return line
}

func main() {
	println(here(), from())
}
"#;

/// The 1-based line of `src` that contains `needle`.
fn line_of(src: &str, needle: &str) -> usize {
    1 + src.lines().position(|l| l.contains(needle)).expect(needle)
}

#[test]
fn an_edit_that_shifts_lines_gives_the_new_lines() {
    let dir = tempfile::tempdir().unwrap();
    let cache = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("go.mod"), GO_MOD).unwrap();
    let prog = dir.path().join("prog");
    let expect = |src: &str| {
        format!(
            "{} {}\n",
            line_of(src, "Caller(0)"),
            line_of(src, "println(")
        )
    };
    std::fs::write(dir.path().join("main.go"), CALLER).unwrap();
    build(dir.path(), cache.path(), "prog");
    assert_eq!(run(&prog), expect(CALLER));
    // A comment line above a function: the same code and the same number
    // of source locations, but every line below it moves.
    let shifted = CALLER.replace("func here", "// here reports its line.\nfunc here");
    std::fs::write(dir.path().join("main.go"), &shifted).unwrap();
    build(dir.path(), cache.path(), "prog");
    assert_eq!(run(&prog), expect(&shifted));
    let warm = build(dir.path(), cache.path(), "prog");
    assert!(warm.is_empty(), "{warm:?}");
    // Cached code of both versions: going back, and lowering again from
    // the code cache alone, keeps the lines right.
    std::fs::write(dir.path().join("main.go"), CALLER).unwrap();
    let back = build(dir.path(), cache.path(), "prog");
    assert!(back.is_empty(), "{back:?}");
    assert_eq!(run(&prog), expect(CALLER));
    std::fs::remove_dir_all(cache.path().join("exe")).unwrap();
    std::fs::write(dir.path().join("main.go"), &shifted).unwrap();
    let relowered = build(dir.path(), cache.path(), "prog");
    assert!(relowered.is_empty(), "{relowered:?}");
    assert_eq!(run(&prog), expect(&shifted));
    // A function above: `here` is the same IR, but its locs have other
    // indices (and other lines).
    let added = CALLER.replace(
        "func here",
        "func other(x int) int {\n\tx++\n\treturn x * 2\n}\n\nfunc here",
    );
    // Only the main package compiles: the runtime's functions, lowered
    // after it, have other loc indices but the same keys.
    std::fs::write(dir.path().join("main.go"), &added).unwrap();
    let renumbered = build(dir.path(), cache.path(), "prog");
    assert_eq!(renumbered, ["example.com/cachetest"]);
    assert_eq!(run(&prog), expect(&added));
}

#[test]
fn an_edit_of_an_embedded_file_rebuilds() {
    let dir = tempfile::tempdir().expect("temporary directory");
    let cache = tempfile::tempdir().expect("temporary directory");
    let d = dir.path();
    std::fs::write(
        d.join("go.mod"),
        "module example.com/embedcache\n\ngo 1.27\n",
    )
    .unwrap();
    std::fs::write(
        d.join("main.go"),
        "package main\n\nimport \"embed\"\n\n//go:embed data/msg.txt\nvar msg string\n\n//go:embed data\nvar files embed.FS\n\nfunc main() {\n\tes, _ := files.ReadDir(\"data\")\n\tprintln(msg, len(es))\n}\n",
    )
    .unwrap();
    std::fs::create_dir(d.join("data")).unwrap();
    std::fs::write(d.join("data/msg.txt"), "one").unwrap();
    build(d, cache.path(), "prog");
    assert_eq!(run(&d.join("prog")), "one 1\n");
    std::fs::write(d.join("data/msg.txt"), "two").unwrap();
    build(d, cache.path(), "prog");
    assert_eq!(run(&d.join("prog")), "two 1\n");
    std::fs::write(d.join("data/more.txt"), "x").unwrap();
    build(d, cache.path(), "prog");
    assert_eq!(run(&d.join("prog")), "two 2\n");
}
