//! Language versions (types2's version.go and gc's noder): each file's
//! version is its module's `go` line, unless its `//go:build` line implies
//! a minimum Go release (`go/build/constraint.GoVersion`): then it is that
//! version, but at least go1.21 (gc's rule, so that a file can go back to
//! before go1.22's loop variables but not before `//go:build` versions
//! existed). Features newer than the file's version are errors worded as
//! gc's: `... requires go1.N or later (-lang was set to go1.M; check
//! go.mod)`, or `(file declares //go:build go1.N)` when the file's own line
//! set the version.

use super::check::Checker;
use crate::syntax::ast::Span;

/// The minimum minor version a `//go:build` expression implies
/// (`constraint.GoVersion`), if any.
pub fn build_minor(expr: &str) -> Option<u32> {
    let toks = tokens(expr);
    let mut p = Parser { toks, i: 0 };
    let v = p.or(1)?;
    (p.i == p.toks.len() && v >= 0).then_some(v as u32)
}

fn tokens(s: &str) -> Vec<String> {
    let mut out = Vec::new();
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c.is_ascii_whitespace() {
            i += 1;
        } else if s[i..].starts_with("&&") || s[i..].starts_with("||") {
            out.push(s[i..i + 2].to_string());
            i += 2;
        } else if c == b'!' || c == b'(' || c == b')' {
            out.push((c as char).to_string());
            i += 1;
        } else {
            let start = i;
            while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == b'_' || b[i] == b'.') {
                i += 1;
            }
            if i == start {
                i += 1;
            }
            out.push(s[start..i].to_string());
        }
    }
    out
}

/// `minVersion` over the expression: -1 means no version implied; `sign`
/// is negative under an odd number of `!`.
struct Parser {
    toks: Vec<String>,
    i: usize,
}

impl Parser {
    fn peek(&self) -> Option<&str> {
        self.toks.get(self.i).map(String::as_str)
    }

    fn or(&mut self, sign: i32) -> Option<i64> {
        let mut v = self.and(sign)?;
        while self.peek() == Some("||") {
            self.i += 1;
            let w = self.and(sign)?;
            v = if sign > 0 { v.min(w) } else { v.max(w) };
        }
        Some(v)
    }

    fn and(&mut self, sign: i32) -> Option<i64> {
        let mut v = self.unary(sign)?;
        while self.peek() == Some("&&") {
            self.i += 1;
            let w = self.unary(sign)?;
            v = if sign > 0 { v.max(w) } else { v.min(w) };
        }
        Some(v)
    }

    fn unary(&mut self, sign: i32) -> Option<i64> {
        let t = self.peek()?.to_string();
        self.i += 1;
        match t.as_str() {
            "!" => self.unary(-sign),
            "(" => {
                let v = self.or(sign)?;
                (self.peek() == Some(")")).then(|| self.i += 1)?;
                Some(v)
            }
            "&&" | "||" | ")" => None,
            tag => {
                if sign < 0 {
                    return Some(-1);
                }
                if tag == "go1" {
                    return Some(0);
                }
                Some(
                    tag.strip_prefix("go1.")
                        .and_then(|n| n.parse::<i64>().ok())
                        .unwrap_or(-1),
                )
            }
        }
    }
}

impl Checker<'_> {
    /// The current file's language version (minor) and whether its
    /// `//go:build` line set it.
    pub(super) fn file_lang(&self) -> (u32, bool) {
        let module = self.specs[self.file_spec()].go_minor;
        let Some(file) = self.files.get(self.file_idx) else {
            return (module, false);
        };
        let build = file
            .directives
            .iter()
            .find(|d| d.name == "build")
            .and_then(|d| build_minor(&d.args.join(" ")));
        match build {
            Some(v) => (v.max(21), v >= 21),
            None => (module, false),
        }
    }

    /// The current file's language version (minor).
    pub(super) fn file_minor(&self) -> u32 {
        self.file_lang().0
    }

    /// gc's `-lang` flag: the module's version, `go1.N`.
    pub(super) fn lang_flag(&self) -> String {
        format!("go1.{}", self.specs[self.file_spec()].go_minor)
    }

    /// The package of the file being checked (an instance of another
    /// package's generic function is checked in its own file, under its
    /// own package's version).
    fn file_spec(&self) -> usize {
        self.file_pkg
            .get(self.file_idx)
            .copied()
            .filter(|&p| p < self.specs.len())
            .unwrap_or(self.cur)
    }

    /// Whether the current file's version allows a feature of Go 1.`minor`.
    pub(super) fn allows(&self, minor: u32) -> bool {
        self.file_minor() >= minor
    }

    /// gc's hint after a version error.
    pub(super) fn version_hint(&self) -> String {
        match self.file_lang() {
            (v, true) => format!("(file declares //go:build go1.{v})"),
            _ => format!("(-lang was set to {}; check go.mod)", self.lang_flag()),
        }
    }

    /// Reports `what requires go1.N or later` with gc's hint unless the
    /// file's version allows it; says whether it does.
    pub(super) fn verify_version(&mut self, at: Span, minor: u32, what: &str) -> bool {
        if self.allows(minor) {
            return true;
        }
        let hint = self.version_hint();
        self.error(at, format!("{what} requires go1.{minor} or later {hint}"));
        false
    }
}

#[cfg(test)]
mod tests {
    use super::build_minor;

    #[test]
    fn versions_of_build_lines() {
        assert_eq!(build_minor("go1.21"), Some(21));
        assert_eq!(build_minor("linux && go1.22"), Some(22));
        assert_eq!(build_minor("go1.21 || go1.23"), Some(21));
        assert_eq!(build_minor("linux || go1.23"), None);
        assert_eq!(build_minor("!go1.23"), None);
        assert_eq!(
            build_minor("(go1.20 && linux) || (go1.22 && darwin)"),
            Some(20)
        );
        assert_eq!(build_minor("linux"), None);
        assert_eq!(build_minor("go1"), Some(0));
    }
}
