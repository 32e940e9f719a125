//! The compiler's side of `//go:embed` (gc's noder and staticdata): which
//! variable a directive applies to and gc's errors (misplaced directive,
//! `go:embed requires import "embed"`, multiple vars, initializer, inside a
//! function, language version, the variable's type, several files for a
//! string or []byte), and the files each embedded variable holds
//! (`Package::embeds`): for embed.FS every file of its patterns plus their
//! parent directories (`dir/`), sorted as embed.FS's binary search wants
//! (by directory, then name). Which files a pattern names is the go
//! command's business (`driver/load/goembed.rs`); the package spec carries
//! the result and the files' contents.

use std::collections::{BTreeMap, HashMap, HashSet};

use super::check::Checker;
use super::ty::{BasicKind, Type};
use super::{EmbedKind, Embedded};
use crate::syntax::ast::{self, Span};
use crate::syntax::directive::embed_patterns;
use crate::syntax::visit;

/// What the go command found for a package's patterns (`PackageSpec::embed`).
#[derive(Debug, Default)]
pub struct EmbedSpec {
    /// The files each pattern names, relative to the package directory.
    pub patterns: BTreeMap<String, Vec<String>>,
    /// The contents of every named file.
    pub data: HashMap<String, Vec<u8>>,
}

/// A var spec some directives apply to: what gc's checks look at.
#[derive(Clone)]
struct Target {
    /// Where the spec starts (its first name).
    lo: u32,
    names: usize,
    values: bool,
    ty: bool,
    in_func: bool,
    /// The first name and its span.
    name: (String, Span),
    /// The declared type as written (gc spells `byte` as such).
    ty_text: String,
}

impl Target {
    fn of(s: &ast::VarSpec, in_func: bool) -> Target {
        Target {
            lo: s.span.lo,
            names: s.names.len(),
            values: !s.values.is_empty(),
            ty: s.ty.is_some(),
            in_func,
            name: (s.names[0].name.clone(), s.names[0].span),
            ty_text: s
                .ty
                .as_ref()
                .map(super::exprstring::expr_string)
                .unwrap_or_default(),
        }
    }
}

/// Collects the var specs of function bodies by the start of their span.
#[derive(Default)]
struct LocalVars {
    specs: HashMap<u32, Target>,
}

impl visit::Visitor for LocalVars {
    fn stmt(&mut self, s: &ast::Stmt) -> bool {
        if let ast::StmtKind::Var(specs) = &s.kind {
            for sp in specs {
                self.specs.insert(sp.span.lo, Target::of(sp, true));
            }
        }
        true
    }
}

/// The position after blanks and comments from `i` on.
fn skip_blank(t: &[u8], mut i: usize) -> usize {
    loop {
        while i < t.len() && t[i].is_ascii_whitespace() {
            i += 1;
        }
        if t[i..].starts_with(b"//") {
            while i < t.len() && t[i] != b'\n' {
                i += 1;
            }
        } else if t[i..].starts_with(b"/*") {
            i += 2;
            while i < t.len() && !t[i..].starts_with(b"*/") {
                i += 1;
            }
            i = (i + 2).min(t.len());
        } else {
            return i;
        }
    }
}

fn is_ident_byte(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'_' || c >= 0x80
}

impl Checker<'_> {
    /// Checks the placement of the current package's `//go:embed`
    /// directives and records what each embedded variable holds (its type
    /// is checked later, by `check_embed_types`).
    pub(super) fn check_embeds(&mut self) {
        let files = self.files;
        for fi in self.cur_files() {
            let file = &files[fi];
            if !file.directives.iter().any(|d| d.name == "embed") {
                continue;
            }
            self.file_idx = fi;
            let text = self.sources.files[file.file as usize].text.as_bytes();
            let imports_embed = file.imports.iter().any(|i| i.path == "embed");
            let mut top: HashMap<u32, Target> = HashMap::new();
            let mut locals = LocalVars::default();
            for d in &file.decls {
                match d {
                    ast::Decl::Var(specs) => {
                        for s in specs {
                            top.insert(s.span.lo, Target::of(s, false));
                        }
                    }
                    ast::Decl::Func(f) => {
                        if let Some(b) = &f.body {
                            visit::block(&mut locals, b);
                        }
                    }
                    _ => {}
                }
            }
            // Each target with the position of its first directive and the
            // patterns of all of them, in order.
            let mut targets: Vec<(Target, Span, Vec<String>)> = Vec::new();
            for d in file.directives.iter().filter(|d| d.name == "embed") {
                let at = Span {
                    lo: d.span.lo + 2,
                    hi: d.span.hi,
                };
                let args = &self.sources.files[file.file as usize].text
                    [d.span.lo as usize + "//go:embed".len()..d.span.hi as usize];
                let patterns = match embed_patterns(args) {
                    Err(e) => {
                        self.error(at, e);
                        self.error(at, "usage: //go:embed pattern...");
                        continue;
                    }
                    Ok(ps) if ps.is_empty() => {
                        self.error(at, "usage: //go:embed pattern...");
                        continue;
                    }
                    Ok(ps) => ps.into_iter().map(|(p, _)| p),
                };
                let mut p = skip_blank(text, d.span.hi as usize);
                let mut after_var = false;
                if text[p..].starts_with(b"var")
                    && !text.get(p + 3).is_some_and(|&c| is_ident_byte(c))
                {
                    p = skip_blank(text, p + 3);
                    after_var = true;
                }
                let target = if after_var && text.get(p) == Some(&b'(') {
                    None
                } else {
                    let p = p as u32;
                    top.get(&p).or_else(|| locals.specs.get(&p)).cloned()
                };
                let Some(t) = target else {
                    self.error(at, "misplaced go:embed directive");
                    continue;
                };
                match targets.iter_mut().find(|(x, _, _)| x.lo == t.lo) {
                    Some((_, _, ps)) => ps.extend(patterns),
                    None => targets.push((t, at, patterns.collect())),
                }
            }
            let minor = self.file_minor();
            for (t, at, patterns) in targets {
                let s = &t;
                let msg = if !imports_embed {
                    "go:embed requires import \"embed\" (or import _ \"embed\", if package is not used)".to_string()
                } else if s.names > 1 {
                    "go:embed cannot apply to multiple vars".to_string()
                } else if s.values {
                    "go:embed cannot apply to var with initializer".to_string()
                } else if !s.ty {
                    "go:embed cannot apply to var without type".to_string()
                } else if t.in_func {
                    "go:embed cannot apply to var inside func".to_string()
                } else if minor < 16 {
                    format!(
                        "go:embed requires go1.16 or later (-lang was set to {}; check go.mod)",
                        self.lang_flag()
                    )
                } else {
                    let Some(&obj) = self.pkg_scope.get(&s.name.0) else {
                        continue;
                    };
                    self.pending_embeds
                        .push((obj, fi, s.name.1, s.ty_text.clone(), patterns));
                    continue;
                };
                self.error(at, msg);
            }
        }
    }

    /// Checks the types of the current package's embedded variables and
    /// records their files (gc's WriteEmbed).
    pub(super) fn check_embed_types(&mut self) {
        let pending = std::mem::take(&mut self.pending_embeds);
        let spec = self.specs[self.cur].embed.clone();
        for (obj, fi, at, ty_text, patterns) in pending {
            self.file_idx = fi;
            let ty = self.obj(obj).ty;
            let tt = &self.pkg.types;
            let kind = match tt.get(ty) {
                Type::Named(i)
                    if tt.named[*i as usize].name == "FS"
                        && tt.named[*i as usize].pkg == "embed" =>
                {
                    Some(EmbedKind::Files)
                }
                _ => match tt.get(tt.underlying(ty)) {
                    Type::Basic(BasicKind::String) => Some(EmbedKind::String),
                    Type::Slice(e)
                        if matches!(tt.get(tt.underlying(*e)), Type::Basic(BasicKind::Uint8)) =>
                    {
                        Some(EmbedKind::Bytes)
                    }
                    _ => None,
                },
            };
            if matches!(tt.get(ty), Type::Basic(BasicKind::Invalid)) {
                continue;
            }
            let Some(kind) = kind else {
                self.error(
                    at,
                    format!("go:embed cannot apply to var of type {ty_text}"),
                );
                continue;
            };
            let Some(spec) = spec.as_deref() else {
                self.error(
                    at,
                    "invalid go:embed: build system did not supply embed configuration",
                );
                continue;
            };
            let mut have = HashSet::new();
            let mut list: Vec<String> = Vec::new();
            for p in &patterns {
                for f in spec.patterns.get(p).into_iter().flatten() {
                    if have.insert(f.clone()) {
                        list.push(f.clone());
                    }
                    if kind == EmbedKind::Files {
                        let mut dir = f.as_str();
                        while let Some(i) = dir.rfind('/') {
                            dir = &dir[..i];
                            if !have.insert(dir.to_string()) {
                                break;
                            }
                            list.push(format!("{dir}/"));
                        }
                    }
                }
            }
            list.sort_by(|x, y| split_name(x).cmp(&split_name(y)));
            if kind != EmbedKind::Files && list.len() > 1 {
                self.error(
                    at,
                    format!("invalid go:embed: multiple files for type {ty_text}"),
                );
                continue;
            }
            let files = list
                .into_iter()
                .map(|f| {
                    let data = spec.data.get(&f).cloned();
                    (f, data)
                })
                .collect();
            self.pkg.embeds.insert(obj, Embedded { kind, files });
        }
    }
}

/// `dir` and `elem` of an embed.FS file name (`dir/elem` or `dir/elem/`,
/// `.` without a slash): the order of embed.FS's file list.
fn split_name(name: &str) -> (&str, &str) {
    let name = name.strip_suffix('/').unwrap_or(name);
    match name.rfind('/') {
        Some(i) => (&name[..i], &name[i + 1..]),
        None => (".", name),
    }
}

#[cfg(test)]
mod tests {
    use super::split_name;

    #[test]
    fn embed_fs_order() {
        let mut v = vec!["p", "q/", "q/r", "q/s/", "q/s/t", "q/s/u", "q/v", "w"];
        v.sort_by(|x, y| split_name(x).cmp(&split_name(y)));
        assert_eq!(v, ["p", "q/", "w", "q/r", "q/s/", "q/v", "q/s/t", "q/s/u"]);
    }
}
