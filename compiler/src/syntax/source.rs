//! Source files and positions. Every span in the AST is a byte range into
//! one `SourceFile`; `SourceMap` owns the files of a compilation and turns a
//! (file, offset) pair into gc's `path:line:col` (1-based line, 1-based byte
//! column, as gc counts).

#[derive(Debug)]
pub struct SourceFile {
    /// The path as given on the command line (printed in diagnostics).
    pub path: String,
    pub text: String,
    /// Byte offset of the start of each line.
    line_starts: Vec<u32>,
}

impl SourceFile {
    pub fn new(path: String, text: String) -> SourceFile {
        let mut line_starts = vec![0];
        for (i, b) in text.bytes().enumerate() {
            if b == b'\n' {
                line_starts.push(i as u32 + 1);
            }
        }
        SourceFile {
            path,
            text,
            line_starts,
        }
    }

    /// 1-based line and byte column of `offset`.
    pub fn line_col(&self, offset: u32) -> (u32, u32) {
        let line = match self.line_starts.binary_search(&offset) {
            Ok(i) => i,
            Err(i) => i - 1,
        };
        (line as u32 + 1, offset - self.line_starts[line] + 1)
    }
}

#[derive(Debug, Default)]
pub struct SourceMap {
    pub files: Vec<SourceFile>,
}

impl SourceMap {
    pub fn add(&mut self, path: String, text: String) -> u32 {
        self.files.push(SourceFile::new(path, text));
        self.files.len() as u32 - 1
    }

    pub fn file(&self, id: u32) -> &SourceFile {
        &self.files[id as usize]
    }

    /// `path:line:col`
    pub fn position(&self, file: u32, offset: u32) -> String {
        let f = self.file(file);
        let (line, col) = f.line_col(offset);
        format!("{}:{}:{}", f.path, line, col)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_and_column_are_one_based_bytes() {
        let f = SourceFile::new("a.go".into(), "package a\n\nfunc f() {}\n".into());
        assert_eq!(f.line_col(0), (1, 1));
        assert_eq!(f.line_col(8), (1, 9));
        assert_eq!(f.line_col(10), (2, 1));
        assert_eq!(f.line_col(11), (3, 1));
        assert_eq!(f.line_col(16), (3, 6));
    }
}
