//! The pipeline: read the source files of package main, parse, check, lower
//! to an object file, link it with the embedded runtime.
//!
//! Every phase reports problems as `Diagnostic`s; the driver stops after the
//! first phase that reported any, so later phases only ever see well-formed,
//! well-typed input.

pub mod link;
pub mod testrun;

use std::path::{Path, PathBuf};

use crate::diag::{self, Diagnostic};
use crate::syntax::{ast, parser, source::SourceMap};
use crate::{lower, types};

/// Why a command failed: diagnostics to print (already rendered) and the exit
/// status to use.
#[derive(Debug)]
pub struct Failure {
    pub messages: Vec<String>,
}

impl Failure {
    pub fn msg(m: impl Into<String>) -> Failure {
        Failure {
            messages: vec![m.into()],
        }
    }

    fn from_diags(mut diags: Vec<Diagnostic>, sources: &SourceMap) -> Failure {
        diag::sort_and_dedup(&mut diags);
        Failure {
            messages: diags.iter().map(|d| d.render(sources)).collect(),
        }
    }
}

/// A parsed and type-checked package.
pub struct Checked {
    pub sources: SourceMap,
    pub files: Vec<ast::File>,
    pub pkg: types::Package,
}

/// Reads and parses the files; every file must belong to one package.
/// As in gc, only errors that are syntax errors proper (`syntax error: ...`)
/// stop the compilation here; lexical errors (a malformed literal, say) come
/// back with the trees so the checker still runs and reports its own errors.
pub fn parse(paths: &[PathBuf]) -> Result<(SourceMap, Vec<ast::File>, Vec<Diagnostic>), Failure> {
    if paths.is_empty() {
        return Err(Failure::msg("no Go files listed"));
    }
    let mut sources = SourceMap::default();
    for p in paths {
        if p.extension().and_then(|e| e.to_str()) != Some("go") {
            return Err(Failure::msg(format!(
                "{}: not a Go source file (want NAME.go)",
                p.display()
            )));
        }
        let text = std::fs::read(p)
            .map_err(|e| Failure::msg(format!("open {}: {}", p.display(), io_reason(&e))))?;
        let text = String::from_utf8(text).map_err(|e| {
            Failure::msg(format!(
                "{}: invalid UTF-8 encoding at byte {}",
                p.display(),
                e.utf8_error().valid_up_to()
            ))
        })?;
        sources.add(p.display().to_string(), text);
    }
    let mut next_id = 0;
    let mut files = Vec::new();
    let mut diags = Vec::new();
    for i in 0..sources.files.len() {
        let (file, d) = parser::parse_file(&sources, i as u32, &mut next_id);
        files.push(file);
        diags.extend(d);
    }
    if diags.iter().any(|d| d.msg.starts_with("syntax error")) {
        return Err(Failure::from_diags(diags, &sources));
    }
    let first = &files[0].package;
    for f in &files[1..] {
        if f.package.name != first.name {
            let pos = sources.position(f.file, f.package.span.lo);
            return Err(Failure::msg(format!(
                "{pos}: package {} is not package {}",
                f.package.name, first.name
            )));
        }
    }
    Ok((sources, files, diags))
}

/// Parses and type-checks the files as one package (on a big stack, as
/// every phase runs: see `bigstack`).
pub fn check(paths: &[PathBuf]) -> Result<Checked, Failure> {
    crate::bigstack::run(|| check_here(paths))
}

fn check_here(paths: &[PathBuf]) -> Result<Checked, Failure> {
    let (sources, files, mut diags) = parse(paths)?;
    let path = files[0].package.name.clone();
    let (pkg, check_diags) = types::check_package(&path, &files, &sources);
    diags.extend(check_diags);
    if !diags.is_empty() {
        return Err(Failure::from_diags(diags, &sources));
    }
    Ok(Checked {
        sources,
        files,
        pkg,
    })
}

/// Checks that the package is a command (package main with func main).
fn check_main(c: &Checked) -> Result<(), Failure> {
    if c.files[0].package.name != "main" {
        return Err(Failure::msg(format!(
            "package {} is not a main package",
            c.files[0].package.name
        )));
    }
    Ok(())
}

pub fn lower_options() -> lower::Options {
    lower::Options {
        opt: true,
        verify: cfg!(debug_assertions),
    }
}

/// Compiles the files to an executable at `out`.
pub fn build(paths: &[PathBuf], out: &Path) -> Result<(), Failure> {
    let object = crate::bigstack::run(|| {
        let c = check_here(paths)?;
        check_main(&c)?;
        lower::compile(&c.pkg, &c.files, &c.sources, &lower_options())
            .map_err(|d| Failure::from_diags(d, &c.sources))
    })?;
    link::link(&object, out)
}

/// The Cranelift IR text of the package's functions.
pub fn ir(paths: &[PathBuf], func: Option<&str>, optimized: bool) -> Result<String, Failure> {
    crate::bigstack::run(|| {
        let c = check_here(paths)?;
        lower::ir(&c.pkg, &c.files, &c.sources, func, optimized)
            .map_err(|d| Failure::from_diags(d, &c.sources))
    })
}

/// The default executable name for `golift build`: the first file's base
/// name without `.go`, as `go build` names it.
pub fn default_output(paths: &[PathBuf]) -> PathBuf {
    let stem = paths
        .first()
        .and_then(|p| p.file_stem())
        .map(|s| s.to_os_string())
        .unwrap_or_else(|| "a.out".into());
    PathBuf::from(stem)
}

/// The text of an I/O error without Rust's " (os error N)" suffix.
pub fn io_reason(e: &std::io::Error) -> String {
    let s = e.to_string();
    match s.find(" (os error") {
        Some(i) => s[..i].to_lowercase(),
        None => s,
    }
}
