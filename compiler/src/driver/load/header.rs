//! Reading a Go file's header without parsing the file: the build
//! constraint lines before the package clause, the package name and the
//! import paths with their positions. The loader needs only these to select
//! files and build the package graph; the parser reads each selected file
//! in full later.

/// What the loader needs from one file.
#[derive(Debug, Default)]
pub struct Header {
    /// The `//go:build` expression, if any.
    pub go_build: Option<String>,
    /// `// +build` lines (text after `+build`).
    pub plus_build: Vec<String>,
    pub package: String,
    pub imports: Vec<Import>,
    /// The `//go:embed` patterns of a file that imports "embed" (filled by
    /// the loader, `goembed::find`).
    pub embeds: Vec<super::goembed::Pattern>,
}

/// An import path and where it is written (1-based line and column of the
/// opening quote, as gc reports import errors).
#[derive(Clone, Debug)]
pub struct Import {
    pub path: String,
    pub line: u32,
    pub col: u32,
}

struct Scanner<'a> {
    b: &'a [u8],
    i: usize,
    line: u32,
    line_start: usize,
}

impl<'a> Scanner<'a> {
    fn peek(&self) -> Option<u8> {
        self.b.get(self.i).copied()
    }

    fn bump(&mut self) {
        if self.b[self.i] == b'\n' {
            self.line += 1;
            self.line_start = self.i + 1;
        }
        self.i += 1;
    }

    /// Skips white space and comments; returns the `//` comment lines seen.
    fn skip(&mut self) -> Vec<&'a str> {
        let mut comments = Vec::new();
        while let Some(c) = self.peek() {
            if c.is_ascii_whitespace() {
                self.bump();
            } else if self.b[self.i..].starts_with(b"//") {
                let start = self.i;
                while self.peek().is_some_and(|c| c != b'\n') {
                    self.bump();
                }
                comments.push(std::str::from_utf8(&self.b[start..self.i]).unwrap_or(""));
            } else if self.b[self.i..].starts_with(b"/*") {
                self.i += 2;
                while self.i < self.b.len() && !self.b[self.i..].starts_with(b"*/") {
                    self.bump();
                }
                self.i = (self.i + 2).min(self.b.len());
            } else {
                break;
            }
        }
        comments
    }

    fn word(&mut self) -> &'a str {
        let start = self.i;
        while self
            .peek()
            .is_some_and(|c| c.is_ascii_alphanumeric() || c == b'_' || c >= 0x80)
        {
            self.i += 1;
        }
        std::str::from_utf8(&self.b[start..self.i]).unwrap_or("")
    }

    fn eat(&mut self, c: u8) -> bool {
        if self.peek() == Some(c) {
            self.bump();
            true
        } else {
            false
        }
    }

    /// A string literal (interpreted or raw) at the cursor.
    fn string(&mut self) -> Option<Import> {
        let (line, col) = (self.line, (self.i - self.line_start) as u32 + 1);
        let quote = self.peek()?;
        if quote != b'"' && quote != b'`' {
            return None;
        }
        self.i += 1;
        let start = self.i;
        while self.peek().is_some_and(|c| c != quote && c != b'\n') {
            if quote == b'"' && self.peek() == Some(b'\\') {
                self.i += 1;
            }
            self.i += 1;
        }
        self.i = self.i.min(self.b.len());
        let path = std::str::from_utf8(&self.b[start..self.i])
            .ok()?
            .to_string();
        self.eat(quote).then_some(Import { path, line, col })
    }

    /// One import spec: `[name|.|_] "path"`.
    fn import_spec(&mut self) -> Option<Import> {
        if !self.eat(b'.') {
            self.word();
        }
        self.skip();
        self.string()
    }
}

/// Reads the header of a file's text. Returns `None` when there is no
/// package clause (the parser reports that file's syntax error later).
pub fn read(text: &str) -> Option<Header> {
    let mut s = Scanner {
        b: text.as_bytes(),
        i: 0,
        line: 1,
        line_start: 0,
    };
    let mut h = Header::default();
    for c in s.skip() {
        if let Some(expr) = c.strip_prefix("//go:build") {
            if h.go_build.is_none() && expr.starts_with([' ', '\t']) {
                h.go_build = Some(expr.trim().to_string());
            }
        } else if let Some(rest) = c.strip_prefix("//") {
            if let Some(line) = rest.trim_start().strip_prefix("+build") {
                h.plus_build.push(line.trim().to_string());
            }
        }
    }
    if s.word() != "package" {
        return None;
    }
    s.skip();
    h.package = s.word().to_string();
    loop {
        s.skip();
        s.eat(b';');
        s.skip();
        if s.word() != "import" {
            break;
        }
        s.skip();
        if s.eat(b'(') {
            loop {
                s.skip();
                let start = s.i;
                if s.eat(b')') || s.peek().is_none() {
                    break;
                }
                h.imports.extend(s.import_spec());
                s.skip();
                s.eat(b';');
                if s.i == start {
                    // Not an import spec: the parser reports the error.
                    break;
                }
            }
        } else {
            h.imports.extend(s.import_spec());
        }
    }
    Some(h)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_header() {
        let src = "// Copyright\n\n//go:build linux && !cgo\n\n// Package p.\npackage p // x\n\nimport \"a\"\nimport (\n\tb \"x/b\"\n\t. `c`\n\t_ \"d\" /* e */\n)\nimport \"e\"; var x = 1\n";
        let h = read(src).unwrap();
        assert_eq!(h.go_build.as_deref(), Some("linux && !cgo"));
        assert_eq!(h.package, "p");
        let paths: Vec<&str> = h.imports.iter().map(|i| i.path.as_str()).collect();
        assert_eq!(paths, ["a", "x/b", "c", "d", "e"]);
        assert_eq!((h.imports[0].line, h.imports[0].col), (8, 8));
        assert_eq!((h.imports[1].line, h.imports[1].col), (10, 4));
    }

    #[test]
    fn bad_headers_neither_panic_nor_hang() {
        for src in [
            "package p; import \"a\\",
            "package p; import (",
            "/* x",
            "package",
            "package p\nimport (\n\t\"\nnicode/utf8\"\n)\n",
            "package p\nimport ( / )\n",
        ] {
            let _ = read(src);
        }
    }
}
