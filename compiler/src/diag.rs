//! Diagnostics shared by every phase: a message at a position in a file.
//! Phases collect them and keep going where they can; the driver prints them
//! gc-style (`path:line:col: message`), sorted by position, and exits 1.

use crate::syntax::ast::Span;
use crate::syntax::source::SourceMap;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    pub file: u32,
    pub span: Span,
    pub msg: String,
}

impl Diagnostic {
    pub fn new(file: u32, span: Span, msg: impl Into<String>) -> Diagnostic {
        Diagnostic {
            file,
            span,
            msg: msg.into(),
        }
    }

    pub fn render(&self, sources: &SourceMap) -> String {
        format!(
            "{}: {}",
            sources.position(self.file, self.span.lo),
            self.msg
        )
    }
}

/// Sorts diagnostics by position and drops exact repeats, as gc does.
pub fn sort_and_dedup(diags: &mut Vec<Diagnostic>) {
    diags.sort_by_key(|d| (d.file, d.span.lo));
    diags.dedup_by(|a, b| a.file == b.file && a.span.lo == b.span.lo && a.msg == b.msg);
}
