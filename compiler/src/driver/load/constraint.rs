//! Build constraints: which files of a package directory belong to the build
//! for the target, as `go list` decides for GOOS=linux, GOARCH=amd64 (or
//! arm64), compiler gc, cgo off.
//!
//! A file is excluded when its name starts with `_` or `.`, ends in
//! `_test.go`, carries a `_GOOS`, `_GOARCH` or `_GOOS_GOARCH` suffix of
//! another target, or its `//go:build` line (else its `// +build` lines)
//! evaluates to false. The tags that hold are the target's OS and
//! architecture, `unix`, `gc`, the release tags `go1.1` to `go1.27` and
//! the release's default `goexperiment.X` tags; `cgo` does not hold, and
//! `ignore` never does.

/// The target the files are selected for.
#[derive(Clone, Debug)]
pub struct Target {
    pub goos: &'static str,
    pub goarch: &'static str,
    /// Minor version of the newest release tag (`go1.27` -> 27).
    pub go_minor: u32,
}

impl Target {
    /// The machine golift runs on, Go 1.27.
    pub fn host() -> Target {
        let goarch = if cfg!(target_arch = "aarch64") {
            "arm64"
        } else {
            "amd64"
        };
        Target {
            goos: "linux",
            goarch,
            go_minor: crate::types::TOOLCHAIN_MINOR,
        }
    }

    /// Whether a build tag holds for this target.
    pub fn tag(&self, tag: &str) -> bool {
        if tag == self.goos || tag == self.goarch || tag == "unix" || tag == "gc" {
            return true;
        }
        if let Some(exp) = tag.strip_prefix("goexperiment.") {
            return DEFAULT_EXPERIMENTS.contains(&exp);
        }
        match tag.strip_prefix("go1.").and_then(|m| m.parse::<u32>().ok()) {
            Some(m) => (1..=self.go_minor).contains(&m),
            None => false,
        }
    }

    /// Whether a Go file name is selected by its name alone.
    pub fn file_name_ok(&self, name: &str) -> bool {
        name.strip_suffix(".go")
            .is_some_and(|stem| self.stem_ok(stem))
    }

    /// Whether an assembly file name (`.s`) is selected by its name alone.
    pub fn asm_name_ok(&self, name: &str) -> bool {
        name.strip_suffix(".s")
            .is_some_and(|stem| self.stem_ok(stem))
    }

    fn stem_ok(&self, stem: &str) -> bool {
        if stem.starts_with('_') || stem.starts_with('.') || stem.ends_with("_test") {
            return false;
        }
        let parts: Vec<&str> = stem.split('_').collect();
        let n = parts.len();
        if n >= 3 && is_known_os(parts[n - 2]) && is_known_arch(parts[n - 1]) {
            return parts[n - 2] == self.goos && parts[n - 1] == self.goarch;
        }
        if n >= 2 && is_known_os(parts[n - 1]) {
            return parts[n - 1] == self.goos;
        }
        if n >= 2 && is_known_arch(parts[n - 1]) {
            return parts[n - 1] == self.goarch;
        }
        true
    }

    /// Evaluates the constraint lines of a file header: the `//go:build`
    /// expression if there is one, else every `// +build` line must hold.
    pub fn header_ok(&self, build: Option<&str>, plus_build: &[String]) -> Result<bool, String> {
        if let Some(expr) = build {
            return eval(expr, &|t| self.tag(t));
        }
        Ok(plus_build.iter().all(|line| self.plus_build_ok(line)))
    }

    /// `// +build a,b c`: some space-separated option whose comma-separated
    /// terms (each possibly negated with `!`) all hold.
    fn plus_build_ok(&self, line: &str) -> bool {
        line.split_whitespace().any(|opt| {
            opt.split(',').all(|term| match term.strip_prefix('!') {
                Some(t) => !self.tag(t),
                None => self.tag(term),
            })
        })
    }
}

/// The experiments Go 1.27 enables by default on linux/amd64 and
/// linux/arm64 (internal/buildcfg's baseline), as `goexperiment.X` tags.
const DEFAULT_EXPERIMENTS: &[&str] = &[
    "regabiwrappers",
    "regabiargs",
    "dwarf5",
    "randomizedheapbase64",
    "greenteagc",
    "jsonv2",
    "sizespecializedmalloc",
];

/// GOOS values `go tool dist list` knows (file-name suffixes only count for these).
const KNOWN_OS: &[&str] = &[
    "aix",
    "android",
    "darwin",
    "dragonfly",
    "freebsd",
    "hurd",
    "illumos",
    "ios",
    "js",
    "linux",
    "nacl",
    "netbsd",
    "openbsd",
    "plan9",
    "solaris",
    "wasip1",
    "windows",
    "zos",
];

/// GOARCH values Go knows.
const KNOWN_ARCH: &[&str] = &[
    "386",
    "amd64",
    "amd64p32",
    "arm",
    "armbe",
    "arm64",
    "arm64be",
    "loong64",
    "mips",
    "mipsle",
    "mips64",
    "mips64le",
    "mips64p32",
    "mips64p32le",
    "ppc",
    "ppc64",
    "ppc64le",
    "riscv",
    "riscv64",
    "s390",
    "s390x",
    "sparc",
    "sparc64",
    "wasm",
];

fn is_known_os(s: &str) -> bool {
    KNOWN_OS.contains(&s)
}

fn is_known_arch(s: &str) -> bool {
    KNOWN_ARCH.contains(&s)
}

/// Evaluates a `//go:build` expression: tags, `!`, `&&`, `||`, parentheses.
pub fn eval(expr: &str, tag: &dyn Fn(&str) -> bool) -> Result<bool, String> {
    Ok(crate::syntax::buildexpr::parse(expr)?.eval(tag))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t() -> Target {
        Target {
            goos: "linux",
            goarch: "amd64",
            go_minor: 27,
        }
    }

    #[test]
    fn build_expressions() {
        let tag = |s: &str| t().tag(s);
        assert!(eval("linux && amd64", &tag).unwrap());
        assert!(!eval("linux && !amd64", &tag).unwrap());
        assert!(eval("(darwin || linux) && go1.21", &tag).unwrap());
        assert!(!eval("go1.28", &tag).unwrap());
        assert!(!eval("cgo", &tag).unwrap());
        assert!(!eval("ignore", &tag).unwrap());
        assert!(eval("a ||", &tag).is_err());
    }

    #[test]
    fn file_names() {
        let t = t();
        assert!(t.file_name_ok("a.go"));
        assert!(t.file_name_ok("a_linux.go"));
        assert!(t.file_name_ok("a_linux_amd64.go"));
        assert!(!t.file_name_ok("a_linux_arm64.go"));
        assert!(!t.file_name_ok("a_windows.go"));
        assert!(!t.file_name_ok("a_arm64.go"));
        assert!(!t.file_name_ok("a_test.go"));
        assert!(!t.file_name_ok("_a.go"));
        assert!(t.file_name_ok("linux.go"));
        assert!(t.file_name_ok("foo_bar.go"));
    }

    #[test]
    fn plus_build_lines() {
        let t = t();
        assert!(t.header_ok(None, &["linux,amd64 darwin".into()]).unwrap());
        assert!(!t.header_ok(None, &["!linux".into()]).unwrap());
        assert!(t.header_ok(Some("linux"), &["!linux".into()]).unwrap());
    }
}
