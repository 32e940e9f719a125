//! The loader against the go command (these tests need Go 1.27 and fail
//! without it): golift's file selection must equal what `go list -deps`
//! reports for linux (cgo off) on standard library packages and on the
//! modules of testdata/modules; and errors the go command reports for a
//! module's package graph (import cycles, internal packages, unknown
//! packages) must come out of `golift build` with the go command's wording.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use golift::driver::load::Loader;

/// Import path -> selected file names, per `go list -deps`.
fn go_list(dir: &Path, patterns: &[&str]) -> BTreeMap<String, Vec<String>> {
    let out = Command::new("go")
        .args([
            "list",
            "-deps",
            "-f",
            "{{.ImportPath}}:{{join .GoFiles \",\"}}",
        ])
        .args(patterns)
        .env("CGO_ENABLED", "0")
        .env("GOOS", "linux")
        .env("GOFLAGS", "")
        .env("GOPROXY", "off")
        .current_dir(dir)
        .output()
        .expect("these tests need the go command (Go 1.27) on PATH");
    assert!(
        out.status.success(),
        "go list: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter_map(|l| l.split_once(':'))
        .filter(|(p, _)| *p != "unsafe")
        .map(|(p, f)| {
            let files = f.split(',').filter(|f| !f.is_empty()).map(String::from);
            (p.to_string(), files.collect())
        })
        .collect()
}

/// The same map from golift's loader.
fn golift_list(loader: &Loader) -> BTreeMap<String, Vec<String>> {
    loader
        .packages
        .iter()
        .map(|p| {
            let names = p.files.iter().map(|f| {
                f.file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default()
            });
            (p.path.clone(), names.collect())
        })
        .collect()
}

fn assert_same(want: &BTreeMap<String, Vec<String>>, got: &BTreeMap<String, Vec<String>>) {
    for (p, files) in want {
        assert_eq!(got.get(p), Some(files), "files of package {p}");
    }
    for p in got.keys() {
        assert!(want.contains_key(p), "golift loaded {p}, go list did not");
    }
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..")
}

#[test]
fn std_file_selection_matches_go_list() {
    let pkgs = [
        "errors",
        "unicode/utf8",
        "strings",
        "strconv",
        "sort",
        "fmt",
        "os",
        "math/big",
        "regexp",
        "net/http",
    ];
    let mut loader = Loader::new(&root()).unwrap();
    loader.load_std = true;
    for p in pkgs {
        loader.load_import_path(p).unwrap();
    }
    // golift's own runtime package replaces GOROOT's, with its own files
    // and imports: GOROOT's runtime and the packages only it needs are no
    // deps of golift's programs, every other package must match.
    let mut got = golift_list(&loader);
    let golift_runtime = got.remove("runtime").expect("golift's runtime is loaded");
    assert!(golift_runtime.contains(&"extern.go".to_string()));
    let runtime_only: Vec<String> = go_list(&root(), &["runtime"]).into_keys().collect();
    let want = go_list(&root(), &pkgs)
        .into_iter()
        .filter(|(p, _)| !runtime_only.contains(p) || got.contains_key(p))
        .collect();
    assert_same(&want, &got);
}

#[test]
fn module_file_selection_matches_go_list() {
    for entry in std::fs::read_dir(root().join("testdata/modules")).unwrap() {
        let dir = entry.unwrap().path();
        if !dir.join("go.mod").is_file() {
            continue;
        }
        let mut loader = Loader::new(&dir).unwrap();
        loader.load_std = true;
        for d in loader.match_tree(&dir) {
            loader.load_dir(&d).unwrap();
        }
        // go list adds the runtime's closure to every main package;
        // golift supplies its own runtime: compare what the sources import.
        let mut got = golift_list(&loader);
        got.remove("runtime");
        let want = go_list(&dir, &["./..."]);
        assert_same(
            &want
                .into_iter()
                .filter(|(p, _)| got.contains_key(p))
                .collect(),
            &got,
        );
        // A module may import nothing (loopvar121): at least its main package.
        assert!(!got.is_empty(), "{}: no packages loaded", dir.display());
    }
}

#[test]
fn module_embed_files_match_go_list() {
    // Every package of testdata/modules: its //go:embed patterns and the
    // files they name, as `go list` shows them (EmbedPatterns, EmbedFiles).
    let mut embedding = 0;
    for entry in std::fs::read_dir(root().join("testdata/modules")).unwrap() {
        let dir = entry.unwrap().path();
        if !dir.join("go.mod").is_file() {
            continue;
        }
        let out = Command::new("go")
            .args([
                "list",
                "-f",
                "{{.ImportPath}}{{range .EmbedPatterns}}|{{.}}{{end}}{{range .EmbedFiles}}|={{.}}{{end}}",
                "./...",
            ])
            .current_dir(&dir)
            .env("GOFLAGS", "")
            .env("GOPROXY", "off")
            .output()
            .expect("go list runs");
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let want: BTreeMap<String, String> = String::from_utf8(out.stdout)
            .unwrap()
            .lines()
            .map(|l| {
                let (p, rest) = l.split_once('|').unwrap_or((l, ""));
                (p.to_string(), rest.to_string())
            })
            .collect();
        let mut loader = Loader::new(&dir).unwrap();
        for d in loader.match_tree(&dir) {
            loader.load_dir(&d).unwrap();
        }
        for p in &loader.packages {
            let Some(w) = want.get(&p.path) else {
                continue;
            };
            let got = match &p.embeds {
                None => String::new(),
                Some(e) => {
                    let mut parts: Vec<String> = e.patterns.keys().cloned().collect();
                    parts.extend(e.files.iter().map(|f| format!("={f}")));
                    parts.join("|")
                }
            };
            assert_eq!(&got, w, "{}: embeds of {}", dir.display(), p.path);
            embedding += usize::from(!got.is_empty());
        }
    }
    assert!(embedding >= 2, "the embedfs module's packages embed files");
}

/// Writes a module `example.com/m` with the given files into a new
/// temporary directory.
fn module(files: &[(&str, &str)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("go.mod"),
        "module example.com/m\n\ngo 1.27\n",
    )
    .unwrap();
    for (name, text) in files {
        let p = dir.path().join(name);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, text).unwrap();
    }
    dir
}

/// What `golift build .` prints (stderr) in `dir`; the build must fail.
fn golift_build_error(dir: &Path) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_golift"))
        .args(["build", "-o", "prog", "."])
        .current_dir(dir)
        .output()
        .unwrap();
    assert!(!out.status.success(), "golift build succeeded");
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// What `go build .` prints in `dir`; the build must fail.
fn go_build_error(dir: &Path) -> String {
    let out = Command::new("go")
        .args(["build", "-o", "prog", "."])
        .current_dir(dir)
        .output()
        .unwrap();
    assert!(!out.status.success(), "go build succeeded");
    String::from_utf8_lossy(&out.stderr).into_owned()
}

#[test]
fn import_cycle_is_reported_as_go_does() {
    let m = module(&[
        (
            "main.go",
            "package main\n\nimport \"example.com/m/a\"\n\nfunc main() { println(a.A) }\n",
        ),
        (
            "a/a.go",
            "package a\n\nimport \"example.com/m/b\"\n\nvar A = b.B\n",
        ),
        (
            "b/b.go",
            "package b\n\nimport \"example.com/m/a\"\n\nvar B = a.A\n",
        ),
    ]);
    let got = golift_build_error(m.path());
    assert_eq!(got.trim_end(), go_build_error(m.path()).trim_end());
    assert!(got.contains("import cycle not allowed"));
}

#[test]
fn internal_package_from_outside_is_rejected() {
    let m = module(&[
        ("main.go", "package main\n\nimport \"example.com/m/c/internal/x\"\n\nfunc main() { println(x.X) }\n"),
        ("c/internal/x/x.go", "package x\n\nvar X = 1\n"),
    ]);
    let got = golift_build_error(m.path());
    assert_eq!(got.trim_end(), go_build_error(m.path()).trim_end());
    assert!(got.contains("use of internal package example.com/m/c/internal/x not allowed"));
}

#[test]
fn unknown_std_package_is_not_in_std() {
    let m = module(&[(
        "main.go",
        "package main\n\nimport \"foo/bar\"\n\nfunc main() { bar.X() }\n",
    )]);
    let got = golift_build_error(m.path());
    assert_eq!(got.trim_end(), go_build_error(m.path()).trim_end());
    assert!(got.starts_with("main.go:3:8: package foo/bar is not in std ("));
}

#[test]
fn unexported_and_unused_imports_are_gc_errors() {
    let m = module(&[
        (
            "main.go",
            "package main\n\nimport (\n\t\"example.com/m/p\"\n\tq \"example.com/m/p\"\n)\n\nfunc main() { println(p.hidden, p.Missing) }\n",
        ),
        ("p/p.go", "package p\n\nvar hidden = 1\n"),
    ]);
    let got = golift_build_error(m.path());
    // go passes ./main.go to the compiler; golift names it main.go.
    let want = go_build_error(m.path()).replace("./main.go", "main.go");
    for line in want.lines().filter(|l| !l.starts_with('#')) {
        assert!(got.contains(line), "missing {line:?} in {got:?}");
    }
    assert!(got.contains("main.go:8:25: undefined: p.hidden"));
    assert!(got.contains("\"example.com/m/p\" imported as q and not used"));
}

/// `golift build` of `main.go` in `dir` with extra environment variables.
fn golift_build_env(dir: &Path, env: &[(&str, &str)]) -> std::process::Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_golift"));
    cmd.args(["build", "-o", "prog", "main.go"])
        .current_dir(dir);
    for (k, v) in env {
        cmd.env(k, v);
    }
    cmd.output().unwrap()
}

#[test]
fn goroot_must_be_the_targeted_release() {
    let m = module(&[(
        "main.go",
        "package main\n\nimport \"unicode/utf8\"\n\nfunc main() { println(utf8.RuneLen('x')) }\n",
    )]);
    let old = tempfile::tempdir().unwrap();
    std::fs::write(old.path().join("VERSION"), "go1.20.1\ntime 2023-01-01\n").unwrap();
    let out = golift_build_env(m.path(), &[("GOROOT", old.path().to_str().unwrap())]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success());
    assert!(err.contains("is go1.20.1; golift needs go1.27"), "{err}");

    let out = golift_build_env(m.path(), &[("GOROOT", "/nonexistent/go")]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success());
    assert!(
        err.contains("/nonexistent/go is not a Go installation"),
        "{err}"
    );
}

#[test]
fn a_program_that_imports_nothing_needs_no_go() {
    let m = module(&[("main.go", "package main\n\nfunc main() { println(1) }\n")]);
    let out = golift_build_env(
        m.path(),
        &[("GOROOT", "/nonexistent/go"), ("PATH", "/usr/bin:/bin")],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn clean_cache_empties_golift_cache() {
    let m = module(&[("main.go", "package main\n\nfunc main() { println(1) }\n")]);
    let cache = m.path().join("cache");
    let cache_env = cache.to_str().unwrap();
    let out = golift_build_env(m.path(), &[("GOLIFTCACHE", cache_env)]);
    assert!(out.status.success());
    assert!(std::fs::read_dir(&cache).unwrap().count() > 0);
    let out = Command::new(env!("CARGO_BIN_EXE_golift"))
        .args(["clean", "-cache"])
        .env("GOLIFTCACHE", cache_env)
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(!cache.exists());
}

#[test]
fn functions_without_bodies_are_stubs_that_die_when_called() {
    let m = module(&[
        ("p/add_amd64.s", "// Add would be implemented here.\n"),
        ("p/add_arm64.s", "// Add would be implemented here.\n"),
        ("p/p.go", "package p\n\nfunc Add(a, b int) int\n\nfunc Sub(a, b int) int { return a - b }\n"),
        (
            "main.go",
            "package main\n\nimport (\n\t\"example.com/m/p\"\n\t_ \"unsafe\"\n)\n\n//go:linkname now runtime.nanotime\nfunc now() int64\n\nfunc main() {\n\tprintln(p.Sub(3, 1))\n\tif len(\"x\") == 2 {\n\t\tprintln(now())\n\t}\n\tprintln(p.Add(1, 2))\n}\n",
        ),
    ]);
    let out = Command::new(env!("CARGO_BIN_EXE_golift"))
        .args(["run", "."])
        .current_dir(m.path())
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(
        err.starts_with("2\nfatal error: golift: example.com/m/p.Add is not implemented\n"),
        "{err}"
    );

    let m = module(&[(
        "main.go",
        "package main\n\nfunc f() int\n\nfunc main() { println(f()) }\n",
    )]);
    let got = golift_build_error(m.path());
    assert_eq!(got.trim_end(), "main.go:3:6: missing function body");
}

/// The executables in the build cache `cache` (tests/buildcache.rs tests
/// the compiled-code level).
fn cached_objects(cache: &Path) -> Vec<PathBuf> {
    let mut objs: Vec<PathBuf> = std::fs::read_dir(cache.join("exe"))
        .map(|d| d.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    objs.sort();
    objs
}

#[test]
fn unchanged_programs_are_not_recompiled() {
    let m = module(&[
        (
            "main.go",
            "package main\n\nimport \"example.com/m/p\"\n\nfunc main() { println(p.N) }\n",
        ),
        ("p/p.go", "package p\n\nvar N = 1\n"),
    ]);
    let cache = m.path().join("cache");
    let env = [("GOLIFTCACHE", cache.to_str().unwrap())];
    let build = |dir: &Path| {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_golift"));
        cmd.args(["build", "-o", "prog", "."]).current_dir(dir);
        cmd.envs(env);
        let out = cmd.output().unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        Command::new(dir.join("prog")).output().unwrap().stderr
    };
    assert_eq!(build(m.path()), b"1\n");
    let first = cached_objects(&cache);
    assert_eq!(first.len(), 1);
    let stamp = std::fs::metadata(&first[0]).unwrap().modified().unwrap();
    assert_eq!(build(m.path()), b"1\n");
    assert_eq!(
        cached_objects(&cache),
        first,
        "a rebuild made a new executable"
    );
    let again = std::fs::metadata(&first[0]).unwrap().modified().unwrap();
    assert_eq!(stamp, again, "a rebuild rewrote the cached executable");

    std::fs::write(m.path().join("p/p.go"), "package p\n\nvar N = 2\n").unwrap();
    assert_eq!(build(m.path()), b"2\n");
    assert_eq!(cached_objects(&cache).len(), 2);
}

#[test]
fn unexported_fields_and_methods_of_other_packages_are_invisible() {
    let m = module(&[
        (
            "p/p.go",
            "package p\n\ntype T struct {\n\tX      int\n\thidden int\n}\n\nfunc (T) m() int { return 1 }\n\nfunc (T) M() int { return 2 }\n\ntype I interface{ m() }\n\nvar V T\n",
        ),
        (
            "main.go",
            "package main\n\nimport (\n\t_ \"example.com/m/p\"\n\tq \"example.com/m/p\"\n)\n\ntype S struct{ q.T }\n\nfunc main() {\n\tvar t q.T\n\tprintln(t.hidden, t.X, t.m(), t.M())\n\t_ = q.T{hidden: 1}\n\t_ = q.T{1, 2}\n\tvar s S\n\tprintln(s.hidden)\n\tvar i q.I = t\n\t_ = i\n\tvar x int = q.V\n\t_ = x\n}\n",
        ),
    ]);
    let got = golift_build_error(m.path());
    let want = go_build_error(m.path()).replace("./main.go", "main.go");
    let want: Vec<&str> = want.lines().filter(|l| !l.starts_with('#')).collect();
    assert_eq!(got.lines().collect::<Vec<_>>(), want);
}
