//! The pipeline: load the packages the command line names (`load/`), read
//! and parse their files, check the program, lower it to an object file,
//! link it with the embedded runtime.
//!
//! Every phase reports problems as `Diagnostic`s; the driver stops after the
//! first phase that reported any, so later phases only ever see well-formed,
//! well-typed input.

pub mod cache;
pub mod link;
pub mod load;
pub mod testrun;

use std::path::{Path, PathBuf};

use crate::diag::{self, Diagnostic};
use crate::syntax::{ast, parser, source::SourceMap};
use crate::{lower, types};

/// `GOLIFT_TIME=1`: runs `f` and prints how long phase `name` took to
/// stderr (`golift: time NAME 12.3ms`), to see where a build spends its
/// time.
pub fn timed<T>(name: &str, f: impl FnOnce() -> T) -> T {
    static ON: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    if !*ON.get_or_init(|| std::env::var_os("GOLIFT_TIME").is_some_and(|v| v == "1")) {
        return f();
    }
    let start = std::time::Instant::now();
    let r = f();
    eprintln!(
        "golift: time {name} {:.1}ms",
        start.elapsed().as_secs_f64() * 1e3
    );
    r
}

/// `GOLIFT_TIME=1`: the parts of lowering counted inside it, and what the
/// compiled-code cache did.
fn lower_counters(o: &lower::Object) {
    if std::env::var_os("GOLIFT_TIME").is_none_or(|v| v != "1") {
        return;
    }
    use std::sync::atomic::Ordering::Relaxed;
    for (name, c) in [
        ("cranelift", &lower::CRANELIFT_NS),
        ("inline", &lower::INLINE_NS),
        ("inline candidates", &lower::INLINE_BODIES_NS),
        ("pointer parameter summaries", &lower::PTRLEAK_NS),
        ("code keys", &lower::CODEKEY_NS),
        ("emit", &lower::EMIT_NS),
    ] {
        let ms = c.load(Relaxed) as f64 / 1e6;
        eprintln!("golift: time   of which {name} {ms:.1}ms");
    }
    eprintln!(
        "golift: functions compiled {}, reused {}",
        o.compiled, o.reused
    );
}

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

    /// Spells positions in GOROOT's sources as gc does: `$GOROOT/src/...`.
    fn abbreviate_goroot(mut self, goroot: Option<&Path>) -> Failure {
        if let Some(root) = goroot {
            let prefix = format!("{}/", root.display());
            for m in &mut self.messages {
                *m = m.replace(&prefix, "$GOROOT/");
            }
        }
        self
    }
}

/// A parsed and type-checked program: the files of all its packages (in
/// dependency order) and the checker's output for them.
pub struct Checked {
    pub sources: SourceMap,
    pub files: Vec<ast::File>,
    pub pkg: types::Package,
    /// The root package's name and the default executable name for it.
    pub name: String,
    pub exe_name: String,
}

/// Loads what the command-line arguments name: `.go` files (one package),
/// directories, `DIR/...` patterns and import paths (no arguments: `.`).
/// Returns the loader and the root packages, in argument order.
pub fn load(args: &[String]) -> Result<(load::Loader, Vec<usize>), Failure> {
    let args: Vec<String> = if args.is_empty() {
        vec![".".into()]
    } else {
        args.to_vec()
    };
    if args.iter().all(|a| a.ends_with(".go")) {
        let files: Vec<PathBuf> = args.iter().map(PathBuf::from).collect();
        let dir = files[0].parent().unwrap_or(Path::new("")).to_path_buf();
        let mut loader = load::Loader::new(&dir).map_err(Failure::msg)?;
        let root = loader.load_files(&files).map_err(Failure::msg)?;
        return Ok((loader, vec![root]));
    }
    if let Some(f) = args.iter().find(|a| a.ends_with(".go")) {
        return Err(Failure::msg(format!(
            "golift: cannot mix .go files ({f}) with packages"
        )));
    }
    let first = &args[0];
    let local = |a: &str| a.starts_with('.') || a.starts_with('/');
    let dir = if local(first) {
        PathBuf::from(first.trim_end_matches("/..."))
    } else {
        PathBuf::from(".")
    };
    let mut loader = load::Loader::new(&dir).map_err(Failure::msg)?;
    let mut roots = Vec::new();
    for a in &args {
        if let Some(base) = a.strip_suffix("/...").or((a == "...").then_some(".")) {
            let dirs = loader.match_tree(Path::new(base));
            if dirs.is_empty() {
                eprintln!("golift: warning: \"{a}\" matched no packages");
            }
            for d in dirs {
                roots.push(loader.load_dir(&d).map_err(Failure::msg)?);
            }
        } else if local(a) {
            roots.push(loader.load_dir(Path::new(a)).map_err(Failure::msg)?);
        } else {
            roots.push(loader.load_import_path(a).map_err(Failure::msg)?);
        }
    }
    Ok((loader, roots))
}

/// The packages `root` needs, itself last, in dependency order.
fn closure(loader: &load::Loader, root: usize) -> Vec<usize> {
    let by_path: std::collections::HashMap<&str, usize> = loader
        .packages
        .iter()
        .enumerate()
        .map(|(i, p)| (p.path.as_str(), i))
        .collect();
    let mut need = vec![false; loader.packages.len()];
    let mut stack = vec![root];
    while let Some(i) = stack.pop() {
        if std::mem::replace(&mut need[i], true) {
            continue;
        }
        for imp in &loader.packages[i].imports {
            stack.extend(by_path.get(imp.as_str()).copied());
        }
    }
    // Packages complete after their imports: index order is dependency order.
    (0..loader.packages.len()).filter(|&i| need[i]).collect()
}

/// A program's parsed files, its packages (ranges of `files`) and the
/// lexical errors to report with the checker's.
struct Parsed {
    /// Files of packages whose module is older than Go 1.22 (loop variables
    /// per loop).
    loopvar_per_loop: std::collections::HashSet<u32>,
    sources: SourceMap,
    files: Vec<ast::File>,
    specs: Vec<types::PackageSpec>,
    diags: Vec<Diagnostic>,
}

/// Reads and parses the files of every package of the program; every file
/// of a package must have its package clause. As in gc, only errors that
/// are syntax errors proper (`syntax error: ...`) stop the compilation
/// here; lexical errors come back with the trees so the checker still
/// runs and reports its own errors.
fn parse(loader: &load::Loader, order: &[usize], root: usize) -> Result<Parsed, Failure> {
    let mut sources = SourceMap::default();
    let mut specs = Vec::new();
    let mut loopvar_per_loop = std::collections::HashSet::new();
    for &i in order {
        let p = &loader.packages[i];
        if i != root && p.name == "main" {
            return Err(Failure::msg(format!(
                "import \"{}\" is a program, not an importable package",
                p.path
            )));
        }
        let start = sources.files.len();
        for f in &p.files {
            sources.add(f.display().to_string(), read_source(f)?);
        }
        let path = if p.name == "main" { "main" } else { &p.path };
        specs.push(types::PackageSpec {
            path: path.to_string(),
            import_path: p.path.clone(),
            files: start..sources.files.len(),
            asm: p.has_asm,
            goroot: p.goroot,
            go_minor: p.go_minor,
            embed: match &p.embeds {
                Some(e) => Some(std::sync::Arc::new(types::embed::EmbedSpec {
                    patterns: e.patterns.clone(),
                    data: load::goembed::read_files(&p.dir, e).map_err(Failure::msg)?,
                })),
                None => None,
            },
        });
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
    // Loop variables per loop before Go 1.22: by each file's language
    // version (its module's, or what its //go:build line implies).
    for spec in &specs {
        for f in &files[spec.files.clone()] {
            if types::version::file_lang(f, spec.go_minor).0 < 22 {
                loopvar_per_loop.insert(f.file);
            }
        }
    }
    for spec in &specs {
        let pkg_files = &files[spec.files.clone()];
        let Some(first) = pkg_files.first() else {
            continue;
        };
        for f in &pkg_files[1..] {
            if f.package.name != first.package.name {
                let pos = sources.position(f.file, f.package.span.lo);
                return Err(Failure::msg(format!(
                    "{pos}: package {} is not package {}",
                    f.package.name, first.package.name
                )));
            }
        }
    }
    Ok(Parsed {
        loopvar_per_loop,
        sources,
        files,
        specs,
        diags,
    })
}

fn read_source(p: &Path) -> Result<String, Failure> {
    if p.extension().and_then(|e| e.to_str()) != Some("go") {
        return Err(Failure::msg(format!(
            "{}: not a Go source file (want NAME.go)",
            p.display()
        )));
    }
    let text = load::embed::read(p)
        .map_err(|e| Failure::msg(format!("open {}: {}", p.display(), io_reason(&e))))?;
    String::from_utf8(text).map_err(|e| {
        Failure::msg(format!(
            "{}: invalid UTF-8 encoding at byte {}",
            p.display(),
            e.utf8_error().valid_up_to()
        ))
    })
}

/// Parses and type-checks the program rooted at package `root` (on a big
/// stack, as every phase runs: see `bigstack`).
pub fn check_root(loader: &load::Loader, root: usize) -> Result<Checked, Failure> {
    crate::bigstack::run(|| check_root_here(loader, root))
}

fn check_root_here(loader: &load::Loader, root: usize) -> Result<Checked, Failure> {
    let order = closure(loader, root);
    let Parsed {
        loopvar_per_loop,
        sources,
        mut files,
        specs,
        mut diags,
    } = timed("parse", || parse(loader, &order, root))?;
    let (mut pkg, check_diags) = timed("check", || types::check_program(&specs, &files, &sources));
    pkg.loopvar_per_loop = loopvar_per_loop;
    diags.extend(check_diags);
    if !diags.is_empty() {
        return Err(Failure::from_diags(diags, &sources).abbreviate_goroot(loader.goroot_found()));
    }
    types::resolve_qualified(&mut pkg, &mut files);
    let p = &loader.packages[root];
    Ok(Checked {
        sources,
        files,
        pkg,
        name: p.name.clone(),
        exe_name: exe_name(p),
    })
}

/// The executable name `go build` gives a main package: the first file's
/// name for files named on the command line, else the last element of
/// the import path.
pub fn exe_name(p: &load::Package) -> String {
    if p.path == "command-line-arguments" {
        p.files[0]
            .file_stem()
            .map_or("a.out".into(), |s| s.to_string_lossy().into_owned())
    } else {
        p.path.rsplit('/').next().unwrap_or("a.out").to_string()
    }
}

/// Builds the main package `root` to `exe` through the build cache
/// (`cache.rs`): the executable of an identical earlier build is reused
/// (not even relinked); else the program is checked and lowered, reusing
/// the compiled code of every function whose IR an earlier build compiled
/// (`lower/codecache.rs`). `verbose` (`build -v`) prints the import path of
/// each package that had a function compiled, as `go build -v` does.
pub fn build_root(
    loader: &load::Loader,
    root: usize,
    exe: &Path,
    verbose: bool,
) -> Result<(), Failure> {
    let mut opts = lower_options();
    let flags = format!(
        "opt={} verify={} looppoll={} cc={:?}",
        opts.opt,
        opts.verify,
        opts.loop_poll,
        std::env::var_os("CC")
    );
    let key = timed("key", || {
        cache::program_key(loader, &closure(loader, root), &flags)
    })?;
    if timed("cached executable", || cache::get_exe(&key, exe)) {
        return Ok(());
    }
    opts.code_cache = Some(lower::codecache::CodeCache {
        dir: link::cache_dir(),
        salt: format!("{}|{flags}", cache::compiler_salt()),
    });
    let c = check_root(loader, root)?;
    check_main(&c)?;
    let object = timed("lower", || compile(&c, &opts))?;
    lower_counters(&object);
    if verbose {
        let root_path = &loader.packages[root].path;
        for p in &object.compiled_pkgs {
            eprintln!("{}", if p == "main" { root_path } else { p });
        }
    }
    timed("link", || link::link(&object.bytes, exe))?;
    timed("cache put", || cache::put_exe(&key, exe));
    timed("cache trim", cache::trim);
    Ok(())
}

/// Parses and type-checks every package the arguments name.
pub fn check(args: &[String]) -> Result<Vec<Checked>, Failure> {
    let (loader, roots) = load(args)?;
    roots.iter().map(|&r| check_root(&loader, r)).collect()
}

/// Checks that the package is a command (package main with func main).
fn check_main(c: &Checked) -> Result<(), Failure> {
    if c.name != "main" {
        return Err(Failure::msg(format!(
            "package {} is not a main package",
            c.name
        )));
    }
    Ok(())
}

pub fn lower_options() -> lower::Options {
    lower::Options {
        code_cache: None,
        opt: true,
        verify: cfg!(debug_assertions),
        loop_poll: lower::Options::default_loop_poll(),
    }
}

/// Lowers a checked program to an object file (on a big stack).
fn compile(c: &Checked, opts: &lower::Options) -> Result<lower::Object, Failure> {
    crate::bigstack::run(|| {
        lower::compile(&c.pkg, &c.files, &c.sources, opts)
            .map_err(|d| Failure::from_diags(d, &c.sources))
    })
}

/// Compiles a checked main package to an executable at `out` (no cache).
pub fn build_checked(c: &Checked, out: &Path) -> Result<(), Failure> {
    check_main(c)?;
    let object = compile(c, &lower_options())?;
    link::link(&object.bytes, out)
}

/// `golift build`: one main package builds to `out` (default: its name),
/// through the build cache; several packages (`./...`) are checked and
/// their main packages built into `out` only when it names a directory.
pub fn build(args: &[String], out: Option<&Path>, verbose: bool) -> Result<(), Failure> {
    let (loader, roots) = timed("load", || load(args))?;
    if let [root] = roots.as_slice() {
        let p = &loader.packages[*root];
        if p.name != "main" {
            return check_root(&loader, *root).map(|_| ());
        }
        return with_output(out, &exe_name(p), |exe| {
            build_root(&loader, *root, exe, verbose)
        });
    }
    let checked: Vec<Checked> = roots
        .iter()
        .map(|&r| check_root(&loader, r))
        .collect::<Result<_, _>>()?;
    if let [c] = checked.as_slice() {
        return with_output(out, &c.exe_name, |exe| build_checked(c, exe));
    }
    for c in checked.iter().filter(|c| c.name == "main") {
        let exe = out.filter(|o| o.is_dir()).map(|d| d.join(&c.exe_name));
        match exe {
            Some(exe) => build_checked(c, &exe)?,
            None => {
                compile(c, &lower_options())?;
            }
        }
    }
    Ok(())
}

/// Runs `build` on the path where `golift build -o OUT` puts an executable
/// named `name` by default, with `go build`'s rules: no `-o` means `name`;
/// an existing directory (or a path ending in `/`) gets `name` inside it;
/// `/dev/null` builds and discards the executable (renaming a file over
/// the device would replace it); a non-empty file that is not an object
/// is not overwritten.
fn with_output(
    out: Option<&Path>,
    name: &str,
    build: impl FnOnce(&Path) -> Result<(), Failure>,
) -> Result<(), Failure> {
    let Some(out) = out else {
        return build(Path::new(name));
    };
    if out == Path::new("/dev/null") {
        let dir = tempfile::tempdir().map_err(|e| {
            Failure::msg(format!("golift: cannot create a temporary directory: {e}"))
        })?;
        return build(&dir.path().join(name));
    }
    if out.is_dir() || out.as_os_str().to_string_lossy().ends_with('/') {
        return build(&out.join(name));
    }
    if std::fs::read(out).is_ok_and(|b| !b.is_empty() && !is_object(&b)) {
        return Err(Failure::msg(format!(
            "golift: build output {:?} already exists and is not an object file",
            out.display().to_string()
        )));
    }
    build(out)
}

/// Whether `bytes` start like an object file or executable (ELF, an
/// archive), which a build may overwrite.
fn is_object(bytes: &[u8]) -> bool {
    bytes.starts_with(b"\x7fELF") || bytes.starts_with(b"!<arch>\n")
}

/// The Cranelift IR text of the program's functions.
pub fn ir(args: &[String], func: Option<&str>, optimized: bool) -> Result<String, Failure> {
    let checked = check(args)?;
    let mut text = String::new();
    for c in &checked {
        text += &crate::bigstack::run(|| {
            lower::ir(&c.pkg, &c.files, &c.sources, func, optimized)
                .map_err(|d| Failure::from_diags(d, &c.sources))
        })?;
    }
    Ok(text)
}

/// The text of an I/O error without Rust's " (os error N)" suffix.
pub fn io_reason(e: &std::io::Error) -> String {
    let s = e.to_string();
    match s.find(" (os error") {
        Some(i) => s[..i].to_lowercase(),
        None => s,
    }
}
