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
use crate::syntax::ast::{File, Span};
use crate::syntax::buildexpr;

/// A file's language version (minor) in a module of version `module`, and
/// whether the file's own `//go:build` line set it: that line's implied
/// version, but at least go1.21, else the module's.
pub fn file_lang(file: &File, module: u32) -> (u32, bool) {
    let build = file
        .directives
        .iter()
        .find(|d| d.name == "build")
        .and_then(|d| buildexpr::parse(&d.args.join(" ")).ok()?.go_minor());
    match build {
        Some(v) => (v.max(21), v >= 21),
        None => (module, false),
    }
}

impl Checker<'_> {
    /// The current file's language version (minor) and whether its
    /// `//go:build` line set it.
    pub(super) fn file_lang(&self) -> (u32, bool) {
        let module = self.specs[self.file_spec()].go_minor;
        match self.files.get(self.file_idx) {
            Some(file) => file_lang(file, module),
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
