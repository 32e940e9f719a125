//! go.mod: the main module's path, its `go` version, its `replace`
//! directives (to directories, or to other module versions) and its
//! `require` lines, which name the modules that come from the module cache
//! or vendor/ (resolved by the loader).

use std::path::{Path, PathBuf};

#[derive(Debug, Default)]
pub struct GoMod {
    /// The module path (`module example.com/m`).
    pub module: String,
    /// The `go` directive (`1.22`), which sets per-file language semantics.
    pub go: Option<String>,
    /// `replace OLD [VERSION] => DIR` with DIR a local directory (absolute,
    /// resolved against the go.mod's directory).
    pub replace: Vec<(String, PathBuf)>,
    /// `replace OLD [VERSION] => NEW VERSION`: OLD comes from module NEW at
    /// VERSION (in the module cache).
    pub replace_mod: Vec<(String, String, String)>,
    /// Required module paths with their versions.
    pub require: Vec<(String, String)>,
}

/// Parses go.mod text; `dir` is the directory holding it.
pub fn parse(text: &str, dir: &Path) -> Result<GoMod, String> {
    let mut m = GoMod::default();
    let mut block: Option<String> = None;
    for (n, raw) in text.lines().enumerate() {
        let line = raw.split("//").next().unwrap_or("").trim();
        if line.is_empty() {
            continue;
        }
        if block.is_some() && line == ")" {
            block = None;
            continue;
        }
        let (verb, rest) = match &block {
            Some(b) => (b.clone(), line.to_string()),
            None => {
                let mut it = line.splitn(2, char::is_whitespace);
                let verb = it.next().unwrap_or("").to_string();
                let rest = it.next().unwrap_or("").trim().to_string();
                if rest == "(" {
                    block = Some(verb);
                    continue;
                }
                (verb, rest)
            }
        };
        let fields: Vec<String> = rest.split_whitespace().map(unquote).collect();
        let bad = || format!("go.mod:{}: malformed {verb} directive", n + 1);
        match verb.as_str() {
            "module" => m.module = fields.first().cloned().ok_or_else(bad)?,
            "go" => m.go = fields.first().cloned(),
            "require" => {
                if let [p, v, ..] = fields.as_slice() {
                    m.require.push((p.clone(), v.clone()));
                }
            }
            "replace" => {
                let arrow = fields.iter().position(|f| f == "=>").ok_or_else(bad)?;
                let old = fields.first().cloned().ok_or_else(bad)?;
                let new = fields.get(arrow + 1).ok_or_else(bad)?;
                let local = new.starts_with("./") || new.starts_with("../") || new.starts_with('/');
                if local {
                    m.replace.push((old, dir.join(new)));
                } else if let Some(v) = fields.get(arrow + 2) {
                    m.replace_mod.push((old, new.clone(), v.clone()));
                }
            }
            _ => {}
        }
    }
    if m.module.is_empty() {
        return Err("go.mod: no module declaration".into());
    }
    Ok(m)
}

fn unquote(s: &str) -> String {
    s.trim_matches('"').to_string()
}

/// A module path or version as the module cache spells it on disk: each
/// upper-case letter becomes `!` and its lower-case form (Go's
/// `module.EscapePath`, so that case-insensitive file systems work).
pub fn escape(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    for c in path.chars() {
        if c.is_ascii_uppercase() {
            out.push('!');
            out.push(c.to_ascii_lowercase());
        } else {
            out.push(c);
        }
    }
    out
}

/// The minor version of a `go` directive (`1.22.3` -> 22).
pub fn minor(go: &str) -> Option<u32> {
    go.strip_prefix("1.")?.split('.').next()?.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_directives() {
        let text = "module example.com/m // c\n\ngo 1.21\n\nrequire (\n\tgolang.org/x/text v0.3.0\n)\nreplace example.com/lib => ./lib\nreplace (\n\tx.org/y v1.0.0 => ../y\n\tx.org/z => x.org/w v1.2.0\n)\n";
        let m = parse(text, Path::new("/r")).unwrap();
        assert_eq!(m.module, "example.com/m");
        assert_eq!(m.go.as_deref(), Some("1.21"));
        assert_eq!(m.require, [("golang.org/x/text".into(), "v0.3.0".into())]);
        assert_eq!(
            m.replace,
            [
                ("example.com/lib".into(), PathBuf::from("/r/./lib")),
                ("x.org/y".into(), PathBuf::from("/r/../y"))
            ]
        );
        assert_eq!(
            m.replace_mod,
            [("x.org/z".into(), "x.org/w".into(), "v1.2.0".into())]
        );
        assert_eq!(minor("1.22.3"), Some(22));
        assert_eq!(
            escape("github.com/BurntSushi/toml"),
            "github.com/!burnt!sushi/toml"
        );
        assert_eq!(escape("v1.0.0-RC1"), "v1.0.0-!r!c1");
        assert!(parse("go 1.2\n", Path::new("/")).is_err());
    }
}
