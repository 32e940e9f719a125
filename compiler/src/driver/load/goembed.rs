//! `//go:embed` as the go command sees it (go/build and cmd/go's
//! `resolveEmbed`): the patterns of the `//go:embed` lines of files that
//! import "embed", with their positions, and the files each pattern names
//! in the package directory: globs (`path.Match` per element), directories
//! walked recursively (without files and directories whose names start
//! with `.` or `_`, unless the pattern has the `all:` prefix; nested
//! modules are left out), the go command's errors (`pattern P: no matching
//! files found`, `invalid pattern syntax`, ...). The compiler's own rules
//! (placement, types) are the checker's (`types/embed.rs`).

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::Path;

use crate::syntax::directive::embed_patterns;

/// One pattern of a `//go:embed` line: its text and its 1-based line and
/// column.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Pattern {
    pub pattern: String,
    pub line: u32,
    pub col: u32,
}

/// A package's embedding: the files every pattern names (relative to the
/// package directory, slash-separated, sorted) and all of them.
#[derive(Clone, Debug, Default)]
pub struct Embeds {
    pub patterns: BTreeMap<String, Vec<String>>,
    pub files: Vec<String>,
}

/// The patterns of the `//go:embed` lines of `text` (a file that imports
/// "embed"): comments that start a line (after blanks), outside strings
/// and block comments. Lines that do not parse are skipped (the compiler
/// reports them).
pub fn find(text: &str) -> Vec<Pattern> {
    let b = text.as_bytes();
    let (mut i, mut line, mut line_start) = (0usize, 1u32, 0usize);
    let mut out = Vec::new();
    let mut only_blanks = true;
    while i < b.len() {
        let c = b[i];
        if c == b'\n' {
            line += 1;
            line_start = i + 1;
            only_blanks = true;
            i += 1;
            continue;
        }
        if c == b' ' || c == b'\t' || c == b'\r' {
            i += 1;
            continue;
        }
        if b[i..].starts_with(b"//") {
            let end = b[i..]
                .iter()
                .position(|&c| c == b'\n')
                .map_or(b.len(), |n| i + n);
            let comment = &text[i..end];
            if only_blanks {
                if let Some(args) = comment.strip_prefix("//go:embed") {
                    if args.starts_with([' ', '\t']) {
                        let base = (i - line_start + "//go:embed".len()) as u32;
                        if let Ok(ps) = embed_patterns(args) {
                            out.extend(ps.into_iter().map(|(p, off)| Pattern {
                                pattern: p,
                                line,
                                col: base + off as u32 + 1,
                            }));
                        }
                    }
                }
            }
            i = end;
            continue;
        }
        only_blanks = false;
        if b[i..].starts_with(b"/*") {
            i += 2;
            while i < b.len() && !b[i..].starts_with(b"*/") {
                if b[i] == b'\n' {
                    line += 1;
                    line_start = i + 1;
                }
                i += 1;
            }
            i = (i + 2).min(b.len());
            continue;
        }
        if c == b'"' || c == b'\'' || c == b'`' {
            i += 1;
            while i < b.len() && b[i] != c {
                if c != b'`' && b[i] == b'\\' {
                    i += 1;
                } else if b[i] == b'\n' {
                    if c != b'`' {
                        break;
                    }
                    line += 1;
                    line_start = i + 1;
                }
                i += 1;
            }
            i += 1;
            continue;
        }
        i += 1;
    }
    out
}

/// Resolves a package's patterns (`file: line: col` of each pattern's
/// first use) in directory `dir`, as the go command does; the error is
/// the go command's message for the first failing pattern (in sorted
/// order), with that pattern's position.
pub fn resolve(dir: &Path, uses: &[(String, Pattern)]) -> Result<Embeds, String> {
    let mut first: BTreeMap<&str, (&str, u32, u32)> = BTreeMap::new();
    for (file, p) in uses {
        first
            .entry(p.pattern.as_str())
            .or_insert((file.as_str(), p.line, p.col));
    }
    let mut e = Embeds::default();
    let mut all = BTreeSet::new();
    for (&pattern, &(file, line, col)) in &first {
        let list = resolve_one(dir, pattern)
            .map_err(|err| format!("{file}:{line}:{col}: pattern {pattern}: {err}"))?;
        all.extend(list.iter().cloned());
        e.patterns.insert(pattern.to_string(), list);
    }
    e.files = all.into_iter().collect();
    Ok(e)
}

fn resolve_one(dir: &Path, pattern: &str) -> Result<Vec<String>, String> {
    let (glob, all) = match pattern.strip_prefix("all:") {
        Some(g) => (g, true),
        None => (pattern, false),
    };
    if !valid_pattern(glob) || !valid_path(glob) || glob == "." {
        return Err("invalid pattern syntax".into());
    }
    let mut list = BTreeSet::new();
    for rel in glob_rel(dir, glob) {
        let path = dir.join(&rel);
        let meta = std::fs::symlink_metadata(&path).map_err(|e| e.to_string())?;
        let what = if meta.is_dir() { "directory" } else { "file" };
        // The directories along the path: no module boundary, no bad name.
        let elems: Vec<&str> = rel.split('/').collect();
        for n in (1..=elems.len()).rev() {
            let sub = elems[..n].join("/");
            if dir.join(&sub).join("go.mod").exists() {
                return Err(format!("cannot embed {what} {rel}: in different module"));
            }
            if n < elems.len() && !dir.join(&sub).is_dir() {
                return Err(format!("cannot embed {what} {rel}: in non-directory {sub}"));
            }
            if bad_name(elems[n - 1]) {
                return Err(if n == elems.len() {
                    format!("cannot embed {what} {rel}: invalid name {}", elems[n - 1])
                } else {
                    format!(
                        "cannot embed {what} {rel}: in invalid directory {}",
                        elems[n - 1]
                    )
                });
            }
        }
        if meta.file_type().is_file() {
            list.insert(rel);
        } else if meta.is_dir() {
            let mut found = BTreeSet::new();
            walk(dir, &rel, all, &mut found)?;
            if found.is_empty() {
                return Err(format!(
                    "cannot embed directory {rel}: contains no embeddable files"
                ));
            }
            list.extend(found);
        } else {
            return Err(format!("cannot embed irregular file {rel}"));
        }
    }
    if list.is_empty() {
        return Err("no matching files found".into());
    }
    Ok(list.into_iter().collect())
}

/// The regular files below directory `rel`, in walk order.
fn walk(dir: &Path, rel: &str, all: bool, out: &mut BTreeSet<String>) -> Result<(), String> {
    let Ok(rd) = std::fs::read_dir(dir.join(rel)) else {
        return Ok(());
    };
    let mut entries: Vec<(String, std::fs::FileType)> = rd
        .filter_map(|e| e.ok())
        .filter_map(|e| Some((e.file_name().into_string().ok()?, e.file_type().ok()?)))
        .collect();
    entries.sort_by(|a, b| a.0.cmp(&b.0));
    for (name, ty) in entries {
        let sub = format!("{rel}/{name}");
        let hidden = name.starts_with('.') || name.starts_with('_');
        if bad_name(&name) || (hidden && !all) {
            if ty.is_dir() || hidden {
                continue;
            }
            return Err(format!("cannot embed file {sub}: invalid name {name}"));
        }
        if ty.is_dir() {
            if !dir.join(&sub).join("go.mod").exists() {
                walk(dir, &sub, all, out)?;
            }
        } else if ty.is_file() {
            out.insert(sub);
        }
    }
    Ok(())
}

/// `fs.ValidPath`: unrooted, slash-separated, no empty, `.` or `..`
/// elements.
fn valid_path(p: &str) -> bool {
    p == "." || (!p.is_empty() && p.split('/').all(|e| !e.is_empty() && e != "." && e != ".."))
}

/// Whether `path.Match` accepts pattern `p` (no malformed class, no
/// trailing backslash).
fn valid_pattern(p: &str) -> bool {
    let b: Vec<char> = p.chars().collect();
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            '\\' => {
                if i + 1 >= b.len() {
                    return false;
                }
                i += 2;
            }
            '[' => match class_end(&b, i) {
                Some(e) => i = e,
                None => return false,
            },
            _ => i += 1,
        }
    }
    true
}

/// The index after the character class starting at `b[i] == '['`, if it
/// is well formed.
fn class_end(b: &[char], mut i: usize) -> Option<usize> {
    i += 1;
    if b.get(i) == Some(&'^') {
        i += 1;
    }
    let mut n = 0;
    loop {
        let c = *b.get(i)?;
        if c == ']' && n > 0 {
            return Some(i + 1);
        }
        let lo = class_char(b, &mut i)?;
        if b.get(i) == Some(&'-') {
            i += 1;
            let hi = class_char(b, &mut i)?;
            if hi < lo {
                return None;
            }
        }
        n += 1;
    }
}

fn class_char(b: &[char], i: &mut usize) -> Option<char> {
    let mut c = *b.get(*i)?;
    if c == '-' || c == ']' || c == '/' {
        return None;
    }
    if c == '\\' {
        *i += 1;
        c = *b.get(*i)?;
    }
    *i += 1;
    Some(c)
}

/// `path.Match` of one path element (the pattern is valid).
fn matches(pat: &[char], name: &[char]) -> bool {
    match pat.first() {
        None => name.is_empty(),
        Some('*') => (0..=name.len()).any(|k| matches(&pat[1..], &name[k..])),
        Some('?') => !name.is_empty() && matches(&pat[1..], &name[1..]),
        Some('[') => {
            let Some(end) = class_end(pat, 0) else {
                return false;
            };
            let Some(&c) = name.first() else {
                return false;
            };
            let mut i = 1;
            let negated = pat.get(1) == Some(&'^');
            if negated {
                i += 1;
            }
            let mut hit = false;
            while i < end - 1 {
                let Some(lo) = class_char(pat, &mut i) else {
                    return false;
                };
                let hi = if pat.get(i) == Some(&'-') {
                    i += 1;
                    class_char(pat, &mut i).unwrap_or(lo)
                } else {
                    lo
                };
                hit |= lo <= c && c <= hi;
            }
            hit != negated && matches(&pat[end..], &name[1..])
        }
        Some('\\') => {
            pat.get(1) == name.first() && !name.is_empty() && matches(&pat[2..], &name[1..])
        }
        Some(&p) => name.first() == Some(&p) && matches(&pat[1..], &name[1..]),
    }
}

fn has_meta(e: &str) -> bool {
    e.contains(['*', '?', '[', '\\'])
}

/// `filepath.Glob(dir/glob)` as paths relative to `dir`, sorted.
fn glob_rel(dir: &Path, glob: &str) -> Vec<String> {
    let mut cur = vec![String::new()];
    for elem in glob.split('/') {
        let mut next = Vec::new();
        for base in &cur {
            let join = |n: &str| {
                if base.is_empty() {
                    n.to_string()
                } else {
                    format!("{base}/{n}")
                }
            };
            if !has_meta(elem) {
                let p = join(elem);
                if std::fs::symlink_metadata(dir.join(&p)).is_ok() {
                    next.push(p);
                }
                continue;
            }
            let Ok(rd) = std::fs::read_dir(dir.join(base)) else {
                continue;
            };
            let pat: Vec<char> = elem.chars().collect();
            let mut names: Vec<String> = rd
                .filter_map(|e| e.ok()?.file_name().into_string().ok())
                .filter(|n| matches(&pat, &n.chars().collect::<Vec<_>>()))
                .collect();
            names.sort();
            next.extend(names.iter().map(|n| join(n)));
        }
        cur = next;
    }
    cur
}

/// `isBadEmbedName`: names a module cannot hold (golang.org/x/mod's
/// `CheckFilePath` element rules) and version-control directories.
fn bad_name(name: &str) -> bool {
    if matches!(name, "" | ".bzr" | ".hg" | ".git" | ".svn") {
        return true;
    }
    if name.chars().all(|c| c == '.') {
        return true;
    }
    let ok_char = |c: char| {
        c.is_ascii_alphanumeric()
            || "!#$%&()+,-.=@[]^_{}~ ".contains(c)
            || (!c.is_ascii() && c.is_alphabetic())
    };
    if !name.chars().all(ok_char) {
        return true;
    }
    // Windows' reserved names, with or without an extension.
    let stem = name.split('.').next().unwrap_or("").to_ascii_uppercase();
    let reserved = ["CON", "PRN", "AUX", "NUL"].contains(&stem.as_str())
        || (stem.len() == 4
            && (stem.starts_with("COM") || stem.starts_with("LPT"))
            && stem.as_bytes()[3].is_ascii_digit());
    reserved
}

/// The contents of the package's embedded files, read from `dir`.
pub fn read_files(dir: &Path, e: &Embeds) -> Result<HashMap<String, Vec<u8>>, String> {
    let mut out = HashMap::new();
    for f in &e.files {
        let data = std::fs::read(dir.join(f)).map_err(|err| format!("embed {f}: {err}"))?;
        out.insert(f.clone(), data);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_embed_lines_outside_strings_and_comments() {
        let src = "package p\n\nimport \"embed\"\n\n//go:embed a.txt \"b c.txt\" `d`\nvar x string\nvar s = \"//go:embed no\"\n/*\n//go:embed no\n*/\n\t//go:embed   e/*.txt\nx := 1 //go:embed no\n//go:embedded no\n";
        let got: Vec<(String, u32, u32)> = find(src)
            .into_iter()
            .map(|p| (p.pattern, p.line, p.col))
            .collect();
        assert_eq!(
            got,
            [
                ("a.txt".to_string(), 5, 12),
                ("b c.txt".to_string(), 5, 18),
                ("d".to_string(), 5, 28),
                ("e/*.txt".to_string(), 11, 15),
            ]
        );
    }

    #[test]
    fn glob_patterns() {
        let m = |p: &str, n: &str| {
            matches(
                &p.chars().collect::<Vec<_>>(),
                &n.chars().collect::<Vec<_>>(),
            )
        };
        assert!(m("*.txt", "a.txt") && m("*.txt", ".x.txt") && !m("*.txt", "a.go"));
        assert!(m("[a-c]?", "bz") && !m("[^a-c]?", "bz") && m("\\*", "*"));
        assert!(
            !valid_pattern("[a")
                && !valid_pattern("a\\")
                && valid_pattern("[a]x")
                && !valid_pattern("[]a]")
        );
        assert!(!valid_path("../x") && !valid_path("/x") && !valid_path("a//b"));
        assert!(bad_name(".git") && bad_name("a:b") && bad_name("aux.txt") && !bad_name("a b"));
    }
}
