//! Modules required from the module cache: the go command fills a module
//! cache from a file-system module proxy made of `tests/modcache/{greet,util}`
//! (`example.com/Greet` v1.2.0, a Go 1.21 module whose path the cache
//! escapes, and `example.com/util` v0.3.1, Go 1.22), then `go build` and
//! `golift build` each build `tests/modcache/app`, which requires both, and
//! the two programs must print the same: the packages come from the cache,
//! with `internal/` packages, file selection as `go list`, and each
//! module's own Go version for loop variables. Needs Go and python3 (for
//! the proxy's zip files), as CI has.

use std::path::{Path, PathBuf};
use std::process::Command;

fn src() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../tests/modcache")
}

/// Publishes `dir` as `module@version` in the file-system proxy `proxy`
/// (`list`, `.info`, `.mod`, `.zip`, as GOPROXY=file:// reads them).
fn publish(proxy: &Path, module: &str, version: &str, dir: &Path) {
    let script = r#"
import json, os, sys, zipfile
proxy, module, version, src = sys.argv[1:]
esc = ''.join('!' + c.lower() if c.isupper() else c for c in module)
d = os.path.join(proxy, esc, '@v')
os.makedirs(d, exist_ok=True)
open(os.path.join(d, 'list'), 'w').write(version + '\n')
open(os.path.join(d, version + '.info'), 'w').write(json.dumps({'Version': version, 'Time': '2026-01-01T00:00:00Z'}))
open(os.path.join(d, version + '.mod'), 'w').write(open(os.path.join(src, 'go.mod')).read())
with zipfile.ZipFile(os.path.join(d, version + '.zip'), 'w') as z:
    for root, _, files in sorted(os.walk(src)):
        for f in sorted(files):
            p = os.path.join(root, f)
            z.write(p, module + '@' + version + '/' + os.path.relpath(p, src))
"#;
    let st = Command::new("python3")
        .args(["-c", script])
        .arg(proxy)
        .args([module, version])
        .arg(dir)
        .status()
        .expect("python3");
    assert!(st.success());
}

/// A command with the environment of an offline module build.
fn cmd(prog: &str, dir: &Path, tmp: &Path) -> Command {
    let mut c = Command::new(prog);
    c.current_dir(dir)
        .env("GOPROXY", format!("file://{}", tmp.join("proxy").display()))
        .env("GOSUMDB", "off")
        .env("GOFLAGS", "-mod=mod")
        .env("GOTOOLCHAIN", "local")
        .env("GOMODCACHE", tmp.join("modcache"))
        .env("GOLIFTCACHE", tmp.join("golift-cache"));
    c
}

fn run(c: &mut Command) -> String {
    let out = c.output().expect("run");
    let text =
        String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{c:?} failed:\n{text}");
    text
}

#[test]
fn modules_from_the_module_cache_build_as_with_go() {
    let tmp = tempfile::tempdir().unwrap();
    let t = tmp.path();
    publish(
        &t.join("proxy"),
        "example.com/Greet",
        "v1.2.0",
        &src().join("greet"),
    );
    publish(
        &t.join("proxy"),
        "example.com/util",
        "v0.3.1",
        &src().join("util"),
    );
    let app = t.join("app");
    std::fs::create_dir_all(&app).unwrap();
    for f in ["go.mod", "main.go"] {
        std::fs::copy(src().join("app").join(f), app.join(f)).unwrap();
    }
    run(cmd("go", &app, t).args(["mod", "download", "all"]));
    run(cmd("go", &app, t).args(["build", "-o", "prog.gc", "."]));
    let want = run(&mut cmd(&app.join("prog.gc").to_string_lossy(), &app, t));
    assert!(want.contains("[hello, GOPHER] linux"), "{want}");
    run(cmd(env!("CARGO_BIN_EXE_golift"), &app, t).args(["build", "-o", "prog.gl", "."]));
    let got = run(&mut cmd(&app.join("prog.gl").to_string_lossy(), &app, t));
    assert_eq!(got, want);

    // A requirement that is not in the cache is named.
    let missing = t.join("missing");
    std::fs::create_dir_all(&missing).unwrap();
    std::fs::write(
        missing.join("go.mod"),
        "module example.com/m\n\ngo 1.27\n\nrequire example.com/absent v1.0.0\n",
    )
    .unwrap();
    std::fs::write(
        missing.join("main.go"),
        "package main\n\nimport \"example.com/absent\"\n\nfunc main() { absent.F() }\n",
    )
    .unwrap();
    let out = cmd(env!("CARGO_BIN_EXE_golift"), &missing, t)
        .args(["build", "-o", "prog", "."])
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success());
    assert!(
        err.contains(
            "main.go:3:8: golift: module example.com/absent@v1.0.0 is not in the module cache"
        ),
        "{err}"
    );

    // The go command makes the cache read-only; let it remove it.
    run(cmd("go", &app, t).args(["clean", "-modcache"]));
}
