//! The checker's driver: package-level declarations and scopes.
//!
//! `check_package` works in phases:
//! 1. collect: every package-level name becomes an `Object` in the package
//!    scope (imports go into their file's scope); nothing is typed yet;
//! 2. resolve: each package-level object is type-checked on demand
//!    (`resolve_obj`), so declarations may appear in any order; an object
//!    being resolved is `InProgress`, which detects cycles among constants
//!    and types;
//! 3. bodies: function bodies are checked once every package-level object
//!    is resolved;
//! 4. initialization order (`initorder.rs`) from the dependencies recorded
//!    while checking var initializers and function bodies.
//!
//! Invariants: every `ast::Expr` checked gets an entry in `Info::types`
//! (untyped constants are retyped when their context fixes the type); local
//! scopes live on `scopes` only while their block is being checked.

use std::collections::{HashMap, HashSet};
use std::ops::Range;

use num_bigint::BigInt;

use super::ty::{BasicKind, Type, TypeId, TypeTable};
use super::{Info, ObjId, ObjKind, Object, Package};
use crate::diag::Diagnostic;
use crate::syntax::ast::{self, Decl, Span};
use crate::syntax::source::SourceMap;

/// Where a package-level object is declared.
#[derive(Clone, Copy, Debug)]
pub(crate) enum DeclRef {
    /// Constant `index` of spec `spec`; `values_spec` is the spec whose type
    /// and values apply (the previous one for an implicit repetition).
    Const {
        file: usize,
        decl: usize,
        spec: usize,
        values_spec: usize,
        index: usize,
    },
    Var {
        file: usize,
        decl: usize,
        spec: usize,
        index: usize,
    },
    Type {
        file: usize,
        decl: usize,
        spec: usize,
    },
    Func {
        file: usize,
        decl: usize,
    },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Status {
    InProgress,
    Done,
}

/// State of the function whose body is being checked.
#[derive(Default)]
pub(crate) struct FuncCtx {
    pub results: Vec<TypeId>,
    /// Named results (empty when the results are unnamed).
    pub named_results: Vec<ObjId>,
    /// Labels of the body by name.
    pub labels: HashMap<String, ObjId>,
    /// Enclosing breakable statements, innermost last: (is_loop, label).
    pub targets: Vec<(bool, Option<String>)>,
}

/// The minor version of the Go release golift follows (its language).
pub const TOOLCHAIN_MINOR: u32 = 27;

/// One package of a program to check: its symbol path (`main` for the
/// main package), its import path and its files (a range of the program's
/// files). Packages come in dependency order.
#[derive(Clone, Debug)]
pub struct PackageSpec {
    pub path: String,
    pub import_path: String,
    pub files: Range<usize>,
    /// The package has assembly (`.s`) files: functions may lack bodies.
    pub asm: bool,
    /// Part of the standard library (its imports of GOROOT's vendored
    /// packages are `vendor/PATH`).
    pub goroot: bool,
    /// Minor version of its module's `go` line (the language version of
    /// its files, unless a file's `//go:build` line sets another).
    pub go_minor: u32,
    /// Its `//go:embed` patterns' files, if it has any.
    pub embed: Option<std::sync::Arc<super::embed::EmbedSpec>>,
}

pub(crate) struct Checker<'a> {
    pub pkg: Package,
    /// The program's packages; `cur` is the one being checked.
    pub specs: Vec<PackageSpec>,
    pub cur: usize,
    /// The package of each file.
    pub file_pkg: Vec<usize>,
    /// Scopes of the packages checked before `cur`.
    pub done_scopes: Vec<HashMap<String, ObjId>>,
    /// Where the current package's entries in `pkg.funcs` start.
    pub funcs_start: usize,
    pub files: &'a [ast::File],
    pub sources: &'a SourceMap,
    pub diags: Vec<Diagnostic>,
    pub universe: HashMap<String, ObjId>,
    pub pkg_scope: HashMap<String, ObjId>,
    /// Imported package names, per file (and the names a dot import brings).
    pub file_scopes: Vec<HashMap<String, ObjId>>,
    /// The names dot imports bring into each file: name -> the import's
    /// `PkgName` object.
    pub dot_names: Vec<HashMap<String, ObjId>>,
    /// Dot imports by (file, position): their `PkgName` objects.
    pub dot_imports: HashMap<(usize, u32), ObjId>,
    /// Receivers and named results ("receiver", "result variable"), for
    /// messages naming what an object is; other parameters are
    /// "parameter".
    pub var_roles: HashMap<ObjId, &'static str>,
    /// Each (non-dot) import's `PkgName` object by (file, position).
    pub import_objs: HashMap<(usize, u32), ObjId>,
    /// Dot imports (their `PkgName` objects) whose names were used.
    pub dot_used: std::cell::RefCell<HashSet<ObjId>>,
    /// Block scopes of the function being checked, innermost last.
    pub scopes: Vec<HashMap<String, ObjId>>,
    pub decls: HashMap<ObjId, DeclRef>,
    pub status: HashMap<ObjId, Status>,
    /// Variables, imports and labels that were used.
    pub used: HashSet<ObjId>,
    /// Local variables declared in the function(s) being checked, for the
    /// "declared and not used" check.
    pub locals: Vec<ObjId>,
    /// Index into `files` of the file being checked.
    pub file_idx: usize,
    pub func: Option<FuncCtx>,
    /// The value of `iota` inside a constant declaration.
    pub iota: Option<BigInt>,
    /// The package-level var or func whose initializer/body is being checked.
    pub cur_decl: Option<ObjId>,
    /// Package-level vars and funcs each var/func refers to, in first-use order.
    pub deps: HashMap<ObjId, Vec<ObjId>>,
    pub iota_obj: ObjId,
    /// The `math` constants by name.
    pub math: HashMap<String, ObjId>,
    /// Features already reported as unsupported at a position.
    pub unsupported: HashSet<(u32, u32)>,
    /// The current package's embedded variables whose types are checked
    /// after declarations: (variable, file index, name span, type as
    /// written, patterns).
    pub pending_embeds: Vec<(ObjId, usize, Span, String, Vec<String>)>,
    /// Package-level objects being resolved, outermost first.
    pub obj_path: Vec<ObjId>,
    /// `indirections` when each entry of `obj_path` was pushed.
    pub obj_path_indir: Vec<u32>,
    /// How many pointer, slice, map, channel, function and interface type
    /// literals enclose the type expression being checked (across
    /// declarations being resolved): a declaration cycle through one of
    /// them is valid (`type B E; type E struct{ p *P }; type P struct{ b *B }`).
    pub indirections: u32,
    /// Defined types `type T U` whose `U` was still being declared (through
    /// an indirection): (T, U), T's underlying set once U's is.
    pub pending_underlying: Vec<(TypeId, TypeId)>,
    /// Local type declarations being resolved, innermost last.
    pub local_type_decls: Vec<ObjId>,
    /// `indirections` when each entry of `local_type_decls` was pushed.
    pub local_type_indir: Vec<u32>,
    /// Interfaces waiting for embedded interfaces still being declared.
    pub(crate) iface_waits: super::ifacewait::IfaceWaits,
    /// Objects already reported as part of a cycle.
    pub in_cycle: HashSet<ObjId>,
    /// Untyped expressions whose final type is not known yet; `true` marks
    /// the left operand of a non-constant shift.
    pub untyped: HashMap<ast::NodeId, bool>,
    /// A `fallthrough` here is the last statement of a case clause.
    pub fallthrough_ok: bool,
    /// ... of the last clause of its switch.
    pub fallthrough_final: bool,
    /// ... of a type switch's clause.
    pub fallthrough_typeswitch: bool,
    /// Spellings of types using `byte`/`rune` (see alias.rs).
    pub disp: HashMap<ast::NodeId, String>,
    pub obj_disp: HashMap<ObjId, String>,
    /// Type names declared as aliases (`type A = T`), shown as written.
    pub alias_objs: HashSet<ObjId>,
    /// Interface methods' signatures as written (`([]byte) int`), by
    /// name and signature, where that differs from the canonical spelling.
    pub method_disp: HashMap<(String, TypeId), String>,
    pub target_disp: Option<String>,
    /// The spelling of the type of the var spec being checked.
    pub init_disp: Option<String>,
    /// The receiver of the method whose body is checked next.
    pub pending_recv: Option<(Vec<ast::Ident>, TypeId)>,
    /// Instances of generic functions and types (generic.rs).
    pub generics: super::generic::Generics,
    /// Placeholders for type parameters (`typeparam.rs`).
    pub tparams: super::typeparam::TParamState,
    /// Generic methods (`genmethod.rs`): (receiver base type, name) -> the
    /// method's declaration object.
    pub generic_methods: HashMap<(TypeId, String), ObjId>,
    /// Generic methods of generic types: (generic type's object, name) ->
    /// the method's declaration object.
    pub generic_type_methods: HashMap<(ObjId, String), ObjId>,
    /// The selector that may name a generic method: the callee of the call
    /// being checked.
    pub gm_callee: Option<ast::NodeId>,
    /// A generic method selected by `gm_callee`, waiting for its call.
    pub gm_pending: Option<super::genmethod::GenericSel>,
    /// The argument of a generic callee being checked: if it is an
    /// uninstantiated generic function or method, it waits for the
    /// callee's inference (`deferred_args`).
    pub generic_arg: Option<ast::NodeId>,
    /// Arguments waiting for their generic callee's instantiation, which
    /// gives the parameter type their type arguments are inferred from.
    pub deferred_args: HashSet<ast::NodeId>,
}

/// Whether a receiver type is an instantiated generic type (`*List[T]`).
fn generic_receiver(t: &ast::Expr) -> bool {
    match &t.kind {
        ast::ExprKind::Star(x) | ast::ExprKind::Paren(x) => generic_receiver(x),
        ast::ExprKind::Index(..) => true,
        _ => false,
    }
}

/// Type-checks one package. Never panics on bad input: problems are
/// returned as diagnostics, sorted by position, at most 10 (then
/// "too many errors"), as gc prints them.
pub fn check_package(
    path: &str,
    files: &[ast::File],
    sources: &SourceMap,
) -> (Package, Vec<Diagnostic>) {
    check_program(&[single(path, files)], files, sources)
}

/// The one package of a single-package program.
fn single(path: &str, files: &[ast::File]) -> PackageSpec {
    PackageSpec {
        path: path.to_string(),
        import_path: path.to_string(),
        files: 0..files.len(),
        asm: false,
        goroot: false,
        go_minor: TOOLCHAIN_MINOR,
        embed: None,
    }
}

/// Type-checks a program's packages (in dependency order) with one type
/// table; stops after the first package with errors, as gc never checks a
/// package whose imports failed. At most 10 diagnostics, as gc.
pub fn check_program(
    specs: &[PackageSpec],
    files: &[ast::File],
    sources: &SourceMap,
) -> (Package, Vec<Diagnostic>) {
    let (pkg, found) = check_in_order(specs, files, sources);
    // Like gc: the first ten errors found, sorted, then "too many errors"
    // at the last one's position.
    let mut diags = dedup_in_order(found, sources);
    let too_many = diags.len() > 10;
    diags.truncate(10);
    crate::diag::sort_and_dedup(&mut diags);
    if too_many {
        if let Some(last) = diags.last().cloned() {
            diags.push(Diagnostic::new(last.file, last.span, "too many errors"));
        }
    }
    (pkg, diags)
}

/// Drops exact repeats (same position and message), keeping the order,
/// and, as gc does, a message equal to the one reported just before it on
/// the same line (`f(x undefined, y undefined)` gets one error).
fn dedup_in_order(diags: Vec<Diagnostic>, sources: &SourceMap) -> Vec<Diagnostic> {
    let mut seen = HashSet::new();
    let mut last: Option<(u32, u32, String)> = None;
    diags
        .into_iter()
        .filter(|d| {
            if !seen.insert((d.file, d.span.lo, d.msg.clone())) {
                return false;
            }
            let line = if (d.file as usize) < sources.files.len() {
                sources.file(d.file).line_col(d.span.lo).0
            } else {
                0
            };
            let here = (d.file, line, d.msg.clone());
            if last.as_ref() == Some(&here) {
                return false;
            }
            last = Some(here);
            true
        })
        .collect()
}

/// `check_package` without the limit on the number of diagnostics.
pub fn check_all(
    path: &str,
    files: &[ast::File],
    sources: &SourceMap,
) -> (Package, Vec<Diagnostic>) {
    let (pkg, mut diags) = check_in_order(&[single(path, files)], files, sources);
    crate::diag::sort_and_dedup(&mut diags);
    (pkg, diags)
}

/// Checks the package; diagnostics in the order they were found.
fn check_in_order(
    specs: &[PackageSpec],
    files: &[ast::File],
    sources: &SourceMap,
) -> (Package, Vec<Diagnostic>) {
    let mut c = Checker::new(specs, files, sources);
    for i in 0..specs.len() {
        c.begin_package(i);
        c.collect();
        c.resolve_all();
        c.check_recursive_types();
        c.check_bodies();
        c.check_instances();
        c.check_embed_types();
        c.init_order();
        c.check_imports_used();
        c.check_main();
        c.finalize_untyped();
        c.end_package();
        if !c.diags.is_empty() {
            break;
        }
    }
    c.publish_instances();
    c.pkg.types.intern_method_pointers();
    let diags = std::mem::take(&mut c.diags);
    (c.pkg, diags)
}

impl<'a> Checker<'a> {
    fn new(specs: &[PackageSpec], files: &'a [ast::File], sources: &'a SourceMap) -> Checker<'a> {
        let mut file_pkg = vec![0; files.len()];
        for (i, s) in specs.iter().enumerate() {
            for fi in s.files.clone() {
                file_pkg[fi] = i;
            }
        }
        let pkg = Package {
            path: specs.first().map(|s| s.path.clone()).unwrap_or_default(),
            types: TypeTable::new(),
            objects: Vec::new(),
            info: Info::default(),
            globals: Vec::new(),
            funcs: Vec::new(),
            init_order: Vec::new(),
            inits: Vec::new(),
            packages: Vec::new(),
            instance_files: Vec::new(),
            loopvar_per_loop: HashSet::new(),
            var_links: HashMap::new(),
            embeds: HashMap::new(),
        };
        let mut c = Checker {
            pkg,
            specs: specs.to_vec(),
            cur: 0,
            file_pkg,
            done_scopes: Vec::new(),
            funcs_start: 0,
            files,
            sources,
            diags: Vec::new(),
            universe: HashMap::new(),
            pkg_scope: HashMap::new(),
            file_scopes: vec![HashMap::new(); files.len()],
            dot_names: vec![HashMap::new(); files.len()],
            dot_imports: HashMap::new(),
            import_objs: HashMap::new(),
            var_roles: HashMap::new(),
            dot_used: Default::default(),
            scopes: Vec::new(),
            decls: HashMap::new(),
            status: HashMap::new(),
            used: HashSet::new(),
            locals: Vec::new(),
            file_idx: 0,
            func: None,
            iota: None,
            cur_decl: None,
            deps: HashMap::new(),
            iota_obj: ObjId(0),
            math: HashMap::new(),
            unsupported: HashSet::new(),
            pending_embeds: Vec::new(),
            obj_path: Vec::new(),
            obj_path_indir: Vec::new(),
            indirections: 0,
            pending_underlying: Vec::new(),
            local_type_decls: Vec::new(),
            local_type_indir: Vec::new(),
            iface_waits: Default::default(),
            in_cycle: HashSet::new(),
            untyped: HashMap::new(),
            fallthrough_ok: false,
            fallthrough_final: false,
            fallthrough_typeswitch: false,
            disp: HashMap::new(),
            obj_disp: HashMap::new(),
            alias_objs: HashSet::new(),
            method_disp: HashMap::new(),
            target_disp: None,
            init_disp: None,
            pending_recv: None,
            generics: Default::default(),
            tparams: Default::default(),
            generic_methods: HashMap::new(),
            generic_type_methods: HashMap::new(),
            gm_callee: None,
            gm_pending: None,
            generic_arg: None,
            deferred_args: HashSet::new(),
        };
        c.init_universe();
        c
    }

    /// Starts checking package `i`: its path names its types and symbols.
    fn begin_package(&mut self, i: usize) {
        self.cur = i;
        self.pkg.path = self.specs[i].path.clone();
        self.pkg_scope = HashMap::new();
        // File scopes are kept: files are numbered program-wide, and an
        // instance of another package's generic type or function is checked
        // in its own file's scope (its imports).
        self.funcs_start = self.pkg.funcs.len();
        self.file_idx = self.specs[i].files.start;
    }

    /// Hands the package's initialisation to the program and keeps its
    /// scope for the packages that import it.
    fn end_package(&mut self) {
        let spec = &self.specs[self.cur];
        let inits = self.pkg.inits.iter().copied();
        let inits = inits
            .filter(|&o| self.obj(o).pkg as usize == self.cur)
            .collect();
        let name = self.files[spec.files.clone()]
            .first()
            .map(|f| f.package.name.clone())
            .unwrap_or_default();
        self.pkg.packages.push(super::PackageInit {
            path: spec.path.clone(),
            name,
            init_order: std::mem::take(&mut self.pkg.init_order),
            inits,
        });
        self.done_scopes.push(std::mem::take(&mut self.pkg_scope));
    }

    /// Whether function `name` of file `file` may lack a body, as gc
    /// allows: its package has assembly files, or the file names it in a
    /// `//go:linkname` directive, or it is golift's runtime package (whose
    /// bodiless functions are rt's entry points). Lowering gives the others
    /// a stub that dies.
    fn bodiless_ok(&self, file: usize, name: &str) -> bool {
        let spec = &self.specs[self.file_pkg[file]];
        if spec.asm || spec.import_path == "runtime" {
            return true;
        }
        let src = self.files[file].file as usize;
        let text = self.sources.files.get(src).map_or("", |f| f.text.as_str());
        text.lines().any(|l| {
            let mut w = l.split_whitespace();
            matches!(w.next(), Some("//go:linkname" | "//go:linknamestd")) && w.next() == Some(name)
        })
    }

    /// The files of the package being checked.
    pub fn cur_files(&self) -> Range<usize> {
        self.specs[self.cur].files.clone()
    }

    /// The package scope that names in the current file resolve in (an
    /// instance of another package's generic function is checked in its
    /// own package's scope).
    pub fn scope(&self) -> &HashMap<String, ObjId> {
        self.scope_in(self.file_idx)
    }

    /// The package scope of the package of file `file`.
    pub fn scope_in(&self, file: usize) -> &HashMap<String, ObjId> {
        let p = self.file_pkg.get(file).copied().unwrap_or(self.cur);
        match self.done_scopes.get(p) {
            Some(s) if p != self.cur => s,
            _ => &self.pkg_scope,
        }
    }

    /// The package index of an import path, if the program has it. In a
    /// standard library package an import of GOROOT's vendored code
    /// (`golang.org/x/net/...`) is the package `vendor/PATH`, as the loader
    /// resolved it.
    pub fn package_of(&self, import_path: &str) -> Option<usize> {
        let find = |p: &str| {
            self.specs[..self.cur]
                .iter()
                .position(|s| s.import_path == p)
        };
        let importer = &self.specs[self.file_package().min(self.specs.len() - 1)];
        importer
            .goroot
            .then(|| find(&format!("vendor/{import_path}")))
            .flatten()
            .or_else(|| find(import_path))
    }

    /// The SourceMap index of the file being checked.
    pub fn src_file(&self) -> u32 {
        self.files.get(self.file_idx).map_or(0, |f| f.file)
    }

    pub fn error(&mut self, span: Span, msg: impl Into<String>) {
        let file = self.src_file();
        self.diags.push(Diagnostic::new(file, span, msg));
    }

    /// Reports a feature of a later issue, once per position.
    pub fn unsupported(&mut self, span: Span, feature: &str) {
        if self.unsupported.insert((self.src_file(), span.lo)) {
            self.error(span, format!("golift: {feature} is not supported yet"));
        }
    }

    /// `path:line:col` of a span in the current file (for multi-line
    /// messages that cite other declarations).
    pub fn pos(&self, file: u32, span: Span) -> String {
        if (file as usize) < self.sources.files.len() {
            self.sources.position(file, span.lo)
        } else {
            String::new()
        }
    }

    pub fn new_obj(&mut self, name: &str, kind: ObjKind, ty: TypeId, span: Span) -> ObjId {
        let file = self.src_file();
        self.pkg.objects.push(Object {
            name: name.to_string(),
            kind,
            ty,
            file,
            span,
            pkg: self
                .file_pkg
                .get(self.file_idx)
                .copied()
                .unwrap_or(self.cur) as u32,
        });
        ObjId(self.pkg.objects.len() as u32 - 1)
    }

    pub fn obj(&self, id: ObjId) -> &Object {
        &self.pkg.objects[id.0 as usize]
    }

    pub fn invalid(&self) -> TypeId {
        self.pkg.types.basic(BasicKind::Invalid)
    }

    pub fn basic(&self, k: BasicKind) -> TypeId {
        self.pkg.types.basic(k)
    }

    /// Looks a name up through the block scopes, the file scope, the package
    /// scope and the universe.
    pub fn lookup(&self, name: &str) -> Option<ObjId> {
        for s in self.scopes.iter().rev() {
            if let Some(&o) = s.get(name) {
                return Some(o);
            }
        }
        if let Some(&o) = self
            .file_scopes
            .get(self.file_idx)
            .and_then(|s| s.get(name))
        {
            if let Some(&imp) = self.dot_names.get(self.file_idx).and_then(|d| d.get(name)) {
                self.dot_used.borrow_mut().insert(imp);
            }
            return Some(o);
        }
        if let Some(&o) = self.scope().get(name) {
            return Some(o);
        }
        self.universe.get(name).copied()
    }

    /// Declares a local object in the innermost block scope (reporting a
    /// redeclaration in the same block).
    pub fn declare_local(&mut self, ident: &ast::Ident, obj: ObjId) {
        self.pkg.info.defs.insert(ident.id, obj);
        if ident.name == "_" {
            return;
        }
        let Some(scope) = self.scopes.last_mut() else {
            return;
        };
        if let Some(&prev) = scope.get(&ident.name) {
            let prev_pos = {
                let p = self.obj(prev);
                self.pos(p.file, p.span)
            };
            self.error(
                ident.span,
                format!(
                    "{} redeclared in this block\n\t{prev_pos}: other declaration of {}",
                    ident.name, ident.name
                ),
            );
            // Not reachable by name: not reported as unused either.
            self.used.insert(obj);
            return;
        }
        scope.insert(ident.name.clone(), obj);
    }

    // ---- phase 1: collect -------------------------------------------------

    fn collect(&mut self) {
        let files = self.files;
        for fi in self.cur_files() {
            let file = &files[fi];
            self.file_idx = fi;
            for imp in &file.imports {
                self.collect_import(fi, imp);
            }
            for (di, decl) in file.decls.iter().enumerate() {
                self.collect_decl(fi, di, decl);
            }
        }
        // A package-level name may not also be an import name of a file.
        for fi in self.cur_files() {
            self.file_idx = fi;
            let clashes: Vec<(String, ObjId)> = self.file_scopes[fi]
                .iter()
                .filter(|(n, _)| self.pkg_scope.contains_key(*n))
                .map(|(n, &o)| (n.clone(), o))
                .collect();
            for (name, imp) in clashes {
                let o = self.pkg_scope[&name];
                let (file, span) = (self.obj(imp).file, self.obj(imp).span);
                let at = self.pos(file, span);
                let dot = self.dot_names[fi].get(&name).copied();
                let (ofile, ospan) = (self.obj(o).file, self.obj(o).span);
                self.file_idx = self
                    .files
                    .iter()
                    .position(|f| f.file == ofile)
                    .unwrap_or(fi);
                let msg = match dot.map(|d| self.obj(d).kind.clone()) {
                    Some(ObjKind::PkgName(path)) => format!(
                        "{name} already declared through dot-import of package {} (\"{path}\")\n\t{at}: other declaration of {name}",
                        self.import_name(&path)
                    ),
                    None => {
                        let path = match &self.obj(imp).kind {
                            ObjKind::PkgName(path) => path.clone(),
                            _ => String::new(),
                        };
                        format!(
                            "{name} already declared through import of package {} (\"{path}\")\n\t{at}: other declaration of {name}",
                            self.import_name(&path)
                        )
                    }
                    _ => format!("{name} already declared through import of package {name}\n\t{at}: other declaration of {name}"),
                };
                self.error(ospan, msg);
                self.file_idx = fi;
            }
        }
        self.check_linknames();
        self.check_embeds();
    }

    fn collect_import(&mut self, fi: usize, imp: &ast::ImportSpec) {
        let default_name = self.import_name(&imp.path);
        let (name, span) = match &imp.name {
            Some(id) => (id.name.clone(), id.span),
            None => (default_name.clone(), imp.span),
        };
        if name == "." {
            self.collect_dot_import(fi, imp);
            return;
        }
        let invalid = self.invalid();
        let obj = self.new_obj(&name, ObjKind::PkgName(imp.path.clone()), invalid, span);
        if let Some(id) = &imp.name {
            self.pkg.info.defs.insert(id.id, obj);
        }
        self.import_objs.insert((fi, imp.span.lo), obj);
        if !self.known_import(&imp.path) {
            self.status.insert(obj, Status::InProgress);
        }
        if name == "_" {
            return;
        }
        if let Some(&prev) = self.file_scopes[fi].get(&name) {
            let p = self.obj(prev);
            let at = self.pos(p.file, p.span);
            self.error(
                span,
                format!("{name} redeclared in this block\n\t{at}: other declaration of {name}"),
            );
            return;
        }
        self.file_scopes[fi].insert(name, obj);
    }

    /// `import . "path"`: the package's exported package-level names join
    /// the file's scope.
    fn collect_dot_import(&mut self, fi: usize, imp: &ast::ImportSpec) {
        let Some(p) = self.package_of(&imp.path) else {
            if !self.known_import(&imp.path) {
                self.unsupported(imp.span, &format!("package {}", imp.path));
            } else {
                self.unsupported(imp.span, &format!("dot import of {}", imp.path));
            }
            return;
        };
        let invalid = self.invalid();
        let obj = self.new_obj(".", ObjKind::PkgName(imp.path.clone()), invalid, imp.span);
        if let Some(id) = &imp.name {
            self.pkg.info.defs.insert(id.id, obj);
        }
        self.dot_imports.insert((fi, imp.span.lo), obj);
        let mut names: Vec<(String, ObjId)> = self.done_scopes[p]
            .iter()
            .filter(|(n, _)| n.chars().next().is_some_and(char::is_uppercase))
            .map(|(n, &o)| (n.clone(), o))
            .collect();
        names.sort();
        for (n, o) in names {
            if let Some(&prev) = self.file_scopes[fi].get(&n) {
                let p = self.obj(prev);
                let at = self.pos(p.file, p.span);
                self.error(
                    imp.span,
                    format!("{n} redeclared in this block\n\t{at}: other declaration of {n}"),
                );
                continue;
            }
            self.file_scopes[fi].insert(n.clone(), o);
            self.dot_names[fi].insert(n, obj);
        }
    }

    /// The name an import declares without an explicit name: the imported
    /// package's name, else the last element of its path.
    fn import_name(&self, path: &str) -> String {
        match self.package_of(path) {
            Some(p) => self.done_package_name(p),
            None => path.rsplit('/').next().unwrap_or("").to_string(),
        }
    }

    fn done_package_name(&self, p: usize) -> String {
        self.pkg
            .packages
            .get(p)
            .map(|i| i.name.clone())
            .unwrap_or_default()
    }

    /// Imports the checker can resolve: `unsafe`, `math`'s constants and the
    /// program's own packages.
    fn known_import(&self, path: &str) -> bool {
        matches!(path, "unsafe" | "math") || self.package_of(path).is_some()
    }

    fn collect_decl(&mut self, fi: usize, di: usize, decl: &Decl) {
        let invalid = self.invalid();
        match decl {
            Decl::Const(specs) => {
                let mut values_spec = 0;
                for (si, spec) in specs.iter().enumerate() {
                    if !spec.values.is_empty() || spec.ty.is_some() || si == 0 {
                        values_spec = si;
                    }
                    for (i, n) in spec.names.iter().enumerate() {
                        let kind = ObjKind::Const(super::ConstValue::Bool(false));
                        let o = self.new_obj(&n.name, kind, invalid, n.span);
                        self.decls.insert(
                            o,
                            DeclRef::Const {
                                file: fi,
                                decl: di,
                                spec: si,
                                values_spec,
                                index: i,
                            },
                        );
                        self.declare_global(n, o);
                    }
                }
            }
            Decl::Var(specs) => {
                for (si, spec) in specs.iter().enumerate() {
                    for (i, n) in spec.names.iter().enumerate() {
                        let kind = ObjKind::Var {
                            global: true,
                            param: false,
                        };
                        let o = self.new_obj(&n.name, kind, invalid, n.span);
                        self.decls.insert(
                            o,
                            DeclRef::Var {
                                file: fi,
                                decl: di,
                                spec: si,
                                index: i,
                            },
                        );
                        if n.name != "_" {
                            self.pkg.globals.push(o);
                        }
                        self.declare_global(n, o);
                    }
                }
            }
            Decl::Type(specs) => {
                for (si, spec) in specs.iter().enumerate() {
                    let n = &spec.name;
                    let o = self.new_obj(&n.name, ObjKind::TypeName, invalid, n.span);
                    self.decls.insert(
                        o,
                        DeclRef::Type {
                            file: fi,
                            decl: di,
                            spec: si,
                        },
                    );
                    self.declare_global(n, o);
                }
            }
            Decl::Func(f) => {
                let n = &f.name;
                let o = self.new_obj(&n.name, ObjKind::Func, invalid, n.span);
                self.decls.insert(o, DeclRef::Func { file: fi, decl: di });
                self.pkg.info.defs.insert(n.id, o);
                if f.recv.is_some() {
                } else if n.name == "init" {
                    self.pkg.inits.push(o);
                } else if n.name != "_" {
                    self.declare_global(n, o);
                }
                if f.body.is_some() || self.bodiless_ok(fi, &n.name) {
                    self.pkg.funcs.push(super::FuncRef {
                        obj: o,
                        file: fi,
                        decl: di,
                    });
                }
            }
        }
    }

    fn declare_global(&mut self, n: &ast::Ident, o: ObjId) {
        self.pkg.info.defs.insert(n.id, o);
        if n.name == "_" {
            return;
        }
        let must_be_func = n.name == "init" || (n.name == "main" && self.pkg.path == "main");
        if must_be_func && !matches!(self.obj(o).kind, ObjKind::Func) {
            self.error(n.span, format!("cannot declare {} - must be func", n.name));
            return;
        }
        if let Some(&prev) = self.pkg_scope.get(&n.name) {
            let p = self.obj(prev);
            let at = self.pos(p.file, p.span);
            self.error(
                n.span,
                format!(
                    "{} redeclared in this block\n\t{at}: other declaration of {}",
                    n.name, n.name
                ),
            );
            return;
        }
        self.pkg_scope.insert(n.name.clone(), o);
    }

    // ---- phase 2: resolve -------------------------------------------------

    fn resolve_all(&mut self) {
        let cur = self.cur as u32;
        let mut objs: Vec<ObjId> = self
            .decls
            .keys()
            .copied()
            .filter(|&o| self.obj(o).pkg == cur)
            .collect();
        objs.sort();
        // Signatures first, then the methods go under their receiver types:
        // method sets must be known when initializers select methods or are
        // checked against interfaces, wherever the methods are declared.
        let (funcs, rest): (Vec<ObjId>, Vec<ObjId>) = objs
            .into_iter()
            .partition(|o| matches!(self.decls[o], DeclRef::Func { .. }));
        for o in funcs {
            self.resolve_obj(o);
        }
        self.attach_methods();
        for o in rest {
            self.resolve_obj(o);
        }
    }

    /// Lists each method declaration under its receiver's named type, so
    /// that selecting it reports "method is not supported yet" rather than
    /// "undefined".
    fn attach_methods(&mut self) {
        let files = self.files;
        let funcs = self.pkg.funcs[self.funcs_start..].to_vec();
        for fr in funcs {
            let Decl::Func(f) = &files[fr.file].decls[fr.decl] else {
                continue;
            };
            let Some(recv) = &f.recv else { continue };
            self.file_idx = fr.file;
            if !f.tparams.is_empty() {
                self.attach_generic_method(fr.obj, f);
                continue;
            }
            let Some(t) = self.receiver_base(&recv.ty) else {
                continue;
            };
            if !self.check_method_name(t, fr.obj) {
                continue;
            }
            if let Type::Named(i) = self.pkg.types.get(t) {
                let i = *i as usize;
                self.pkg.types.named[i].methods.push(fr.obj);
            }
        }
    }

    /// Type-checks the declaration of package-level object `o` if not done
    /// yet. Saves and restores the context, since it may be called while
    /// another declaration is being checked.
    pub fn resolve_obj(&mut self, o: ObjId) {
        let Some(&d) = self.decls.get(&o) else {
            return;
        };
        match self.status.get(&o) {
            Some(Status::Done) => return,
            Some(Status::InProgress) => {
                if matches!(self.obj(o).kind, ObjKind::Const(_)) {
                    self.report_path_cycle(o);
                }
                return;
            }
            None => {}
        }
        self.status.insert(o, Status::InProgress);
        self.obj_path.push(o);
        self.obj_path_indir.push(self.indirections);
        let saved_file = self.file_idx;
        let saved_scopes = std::mem::take(&mut self.scopes);
        let saved_func = self.func.take();
        let saved_iota = self.iota.take();
        let saved_decl = self.cur_decl.take();
        let saved_locals = std::mem::take(&mut self.locals);
        let saved_embed = std::mem::replace(&mut self.generics.in_embed, false);
        match d {
            DeclRef::Const {
                file,
                decl,
                spec,
                values_spec,
                index,
            } => {
                self.file_idx = file;
                self.resolve_const(o, file, decl, spec, values_spec, index);
            }
            DeclRef::Var {
                file, decl, spec, ..
            } => {
                self.file_idx = file;
                self.resolve_global_var(o, file, decl, spec);
            }
            DeclRef::Type { file, decl, spec } => {
                self.file_idx = file;
                self.resolve_type_decl(o, file, decl, spec);
            }
            DeclRef::Func { file, decl } => {
                self.file_idx = file;
                self.resolve_func_sig(o, file, decl);
            }
        }
        self.status.insert(o, Status::Done);
        self.obj_path.pop();
        self.obj_path_indir.pop();
        self.file_idx = saved_file;
        self.scopes = saved_scopes;
        self.func = saved_func;
        self.iota = saved_iota;
        self.cur_decl = saved_decl;
        self.locals = saved_locals;
        self.generics.in_embed = saved_embed;
    }

    /// Reports the cycle that closes at `o` on the resolution path.
    pub fn report_path_cycle(&mut self, o: ObjId) {
        let Some(at) = self.obj_path.iter().position(|&p| p == o) else {
            return;
        };
        let cycle = self.obj_path[at..].to_vec();
        self.report_cycle(&cycle, true);
    }

    /// Reports a cycle of declarations gc-style, at its first member in
    /// source order: "initialization cycle for a" (constants, variables)
    /// or "invalid recursive type T", with one "x refers to y" line per edge.
    /// `rotate`: start at the member declared first (constants, types);
    /// otherwise at `cycle[0]` (variables, as gc's initorder does).
    pub fn report_cycle(&mut self, cycle: &[ObjId], rotate: bool) {
        if cycle.iter().any(|o| self.in_cycle.contains(o)) {
            return;
        }
        self.emit_cycle(cycle, rotate);
    }

    /// `report_cycle` even when some of the cycle's members were reported
    /// in another one (gc's initialization order reports every cycle it
    /// meets; equal messages are dropped as repeats).
    pub fn emit_cycle(&mut self, cycle: &[ObjId], rotate: bool) {
        self.in_cycle.extend(cycle.iter().copied());
        let first = if rotate {
            (0..cycle.len())
                .min_by_key(|&i| {
                    let ob = self.obj(cycle[i]);
                    (ob.file, ob.span.lo)
                })
                .unwrap_or(0)
        } else {
            0
        };
        let mut cyc = cycle[first..].to_vec();
        cyc.extend_from_slice(&cycle[..first]);
        let head = &self.obj(cyc[0]);
        let (name, file, span) = (head.name.clone(), head.file, head.span);
        let is_type = matches!(head.kind, ObjKind::TypeName);
        let msg = if cyc.len() == 1 {
            if is_type {
                format!("invalid recursive type: {name} refers to itself")
            } else {
                format!("initialization cycle: {name} refers to itself")
            }
        } else {
            let mut m = if is_type {
                format!("invalid recursive type {name}")
            } else {
                format!("initialization cycle for {name}")
            };
            for i in 0..cyc.len() {
                let a = self.obj(cyc[i]);
                let b = self.obj(cyc[(i + 1) % cyc.len()]);
                m.push_str(&format!(
                    "\n\t{}: {} refers to {}",
                    self.pos(a.file, a.span),
                    a.name,
                    b.name
                ));
            }
            m
        };
        let saved = self.file_idx;
        if let Some(fi) = self.files.iter().position(|f| f.file == file) {
            self.file_idx = fi;
        }
        self.error(span, msg);
        self.file_idx = saved;
    }

    fn resolve_const(
        &mut self,
        o: ObjId,
        file: usize,
        decl: usize,
        spec: usize,
        values_spec: usize,
        index: usize,
    ) {
        let files = self.files;
        let Decl::Const(specs) = &files[file].decls[decl] else {
            return;
        };
        let own = &specs[spec];
        let src = &specs[values_spec];
        self.iota = Some(BigInt::from(own.iota));
        self.cur_decl = Some(o);
        let name = own.names[index].clone();
        let nnames = own.names.len();
        self.const_spec_value(o, &name, src.ty.as_ref(), &src.values, index, nnames);
    }

    fn resolve_global_var(&mut self, o: ObjId, file: usize, decl: usize, spec: usize) {
        let files = self.files;
        let Decl::Var(specs) = &files[file].decls[decl] else {
            return;
        };
        let s = &specs[spec];
        // All names of a spec are checked together; mark them in progress so
        // that a reference among them is a cycle.
        let objs: Vec<ObjId> = s
            .names
            .iter()
            .map(|n| self.pkg.info.defs.get(&n.id).copied().unwrap_or(o))
            .collect();
        for &v in &objs {
            self.status.insert(v, Status::InProgress);
        }
        self.cur_decl = Some(o);
        self.var_spec(s, &objs, true);
        for &v in &objs {
            self.status.insert(v, Status::Done);
            if v != o {
                let d = self.deps.get(&o).cloned().unwrap_or_default();
                self.deps.insert(v, d);
            }
        }
    }

    fn resolve_type_decl(&mut self, o: ObjId, file: usize, decl: usize, spec: usize) {
        let files = self.files;
        let Decl::Type(specs) = &files[file].decls[decl] else {
            return;
        };
        let s = &specs[spec];
        if !s.tparams.is_empty() {
            // Typed per instance (generic.rs): the packages its constraints
            // and its right side name count as used here, instantiated or not.
            self.use_qualifiers(file, |v| {
                for tp in &s.tparams {
                    crate::syntax::visit::expr(v, &tp.ty);
                }
                crate::syntax::visit::expr(v, &s.ty);
            });
        }
        self.type_spec(o, s);
    }

    fn resolve_func_sig(&mut self, o: ObjId, file: usize, decl: usize) {
        let files = self.files;
        let Decl::Func(f) = &files[file].decls[decl] else {
            return;
        };
        if !f.tparams.is_empty() {
            // A generic method's version error is its own (genmethod.rs).
            let tp = f.tparams.first().and_then(|p| p.names.first());
            if let Some(tp) = tp.filter(|_| f.recv.is_none()) {
                let saved = std::mem::replace(&mut self.file_idx, file);
                self.verify_version(tp.span, 18, "type parameter");
                self.file_idx = saved;
            }
            // Typed per instance (generic.rs); constraints are read from
            // the syntax, so the packages they name count as used here.
            self.use_constraint_imports(file, &f.tparams);
            return;
        }
        if f.recv.as_ref().is_some_and(|r| generic_receiver(&r.ty)) {
            // A method of a generic type: its type parameters are unknown.
            return;
        }
        let sig = self.signature(&f.ty);
        self.pkg.objects[o.0 as usize].ty = sig;
        self.note_func_spelling(o, &f.ty);
        if f.body.is_none() && !self.bodiless_ok(file, &f.name.name) {
            self.error(f.name.span, "missing function body");
        }
        if (f.name.name == "init" || f.name.name == "main")
            && f.recv.is_none()
            && (!f.ty.params.is_empty() || !f.ty.results.is_empty())
        {
            self.error(
                f.name.span,
                format!(
                    "func {} must have no arguments and no return values",
                    f.name.name
                ),
            );
        }
    }

    /// Marks the imports that type parameter constraints qualify
    /// (`cmp.Ordered`) as used.
    pub fn use_constraint_imports(&mut self, file: usize, tparams: &[ast::Field]) {
        self.use_qualifiers(file, |v| {
            for tp in tparams {
                crate::syntax::visit::expr(v, &tp.ty);
            }
        });
    }

    /// Marks as used the imports of `file` that the syntax `walk` visits
    /// qualifies (`pkg.Name`): for declarations that are typed per
    /// instance, whose uses are not seen until they are instantiated.
    fn use_qualifiers(
        &mut self,
        file: usize,
        walk: impl FnOnce(&mut dyn crate::syntax::visit::Visitor),
    ) {
        struct Qualifiers(Vec<String>);
        impl crate::syntax::visit::Visitor for Qualifiers {
            fn expr(&mut self, e: &ast::Expr) -> bool {
                if let ast::ExprKind::Selector(x, _) = &e.kind {
                    if let ast::ExprKind::Name(p) = &x.kind {
                        self.0.push(p.clone());
                    }
                }
                true
            }
            fn types(&self) -> bool {
                true
            }
        }
        let mut q = Qualifiers(Vec::new());
        walk(&mut q);
        for n in q.0 {
            if let Some(&o) = self.file_scopes[file].get(&n) {
                self.used.insert(o);
            }
        }
    }

    // ---- phase 3: bodies --------------------------------------------------

    fn check_bodies(&mut self) {
        let funcs = self.pkg.funcs[self.funcs_start..].to_vec();
        let files = self.files;
        for fr in funcs {
            let Decl::Func(f) = &files[fr.file].decls[fr.decl] else {
                continue;
            };
            let Some(body) = &f.body else { continue };
            self.file_idx = fr.file;
            let generic_recv = f.recv.as_ref().is_some_and(|r| generic_receiver(&r.ty));
            if !f.tparams.is_empty() && !generic_recv {
                self.generic_body(fr.obj, f, body);
                continue;
            }
            if generic_recv {
                // Typed per instance: the packages it names count as used.
                self.use_qualifiers(fr.file, |v| crate::syntax::visit::func(v, f));
                continue;
            }
            if f.recv.is_some() {
                let Some(recv) = self.receiver(f) else {
                    continue;
                };
                self.pending_recv = Some(recv);
            }
            self.cur_decl = Some(fr.obj);
            let sig = self.obj(fr.obj).ty;
            self.func_body(&f.ty, sig, body);
            self.cur_decl = None;
        }
    }

    /// The body of a generic function (typed per instance, `generic.rs`):
    /// checked with its type parameters as invalid types, so that its uses
    /// of imports and variables count and no follow-on errors arise; then
    /// its operators are checked against the constraints (`typeparam.rs`).
    fn generic_body(&mut self, o: ObjId, f: &ast::FuncDecl, body: &ast::Block) {
        self.scopes.push(HashMap::new());
        for tp in &f.tparams {
            for n in &tp.names {
                let t = self.new_obj(&n.name, ObjKind::TypeName, TypeId(0), n.span);
                self.declare_local(n, t);
            }
        }
        let sig = self.signature(&f.ty);
        self.cur_decl = Some(o);
        if f.recv.is_some() {
            self.pending_recv = self.receiver(f);
        }
        self.func_body(&f.ty, sig, body);
        self.cur_decl = None;
        self.scopes.pop();
        self.generic_operators(f, body);
    }

    /// Records that the declaration being checked refers to `o` (a
    /// package-level constant, variable or function), for initialization
    /// order and its cycles.
    pub fn add_dep(&mut self, o: ObjId) {
        let Some(d) = self.cur_decl else { return };
        if !self.decls.contains_key(&o) {
            return;
        }
        if !matches!(
            self.obj(o).kind,
            ObjKind::Var { .. } | ObjKind::Func | ObjKind::Const(_)
        ) {
            return;
        }
        let list = self.deps.entry(d).or_default();
        if !list.contains(&o) {
            list.push(o);
        }
    }

    fn check_imports_used(&mut self) {
        for fi in self.cur_files() {
            self.file_idx = fi;
            let files = self.files;
            for imp in &files[fi].imports {
                match imp.name.as_ref().map(|n| n.name.as_str()) {
                    // A blank import runs the package's initialisation: one
                    // golift cannot compile yet must not vanish silently.
                    Some("_") => {
                        if !self.known_import(&imp.path) {
                            let feature = format!("package {}", imp.path);
                            self.unsupported(imp.span, &feature);
                        }
                        continue;
                    }
                    Some(".") => {
                        if let Some(&o) = self.dot_imports.get(&(fi, imp.span.lo)) {
                            if !self.dot_used.borrow().contains(&o) {
                                let msg = format!("\"{}\" imported and not used", imp.path);
                                self.error(imp.span, msg);
                            }
                        }
                        continue;
                    }
                    _ => {}
                }
                // Each import's own object: a second import of a name
                // (reported as redeclared) is unused even when the first
                // is used.
                let Some(&o) = self.import_objs.get(&(fi, imp.span.lo)) else {
                    continue;
                };
                if self.used.contains(&o) {
                    if !self.known_import(&imp.path) {
                        let feature = format!("package {}", imp.path);
                        self.unsupported(imp.span, &feature);
                    }
                    continue;
                }
                let msg = match &imp.name {
                    Some(n) => format!("\"{}\" imported as {} and not used", imp.path, n.name),
                    None => format!("\"{}\" imported and not used", imp.path),
                };
                self.error(imp.span, msg);
            }
        }
    }

    fn check_main(&mut self) {
        if self.pkg.path != "main" {
            return;
        }
        match self.pkg_scope.get("main") {
            Some(&o) if matches!(self.obj(o).kind, ObjKind::Func) => {}
            _ => {
                let first = self.cur_files().start;
                if first < self.files.len() && self.diags.is_empty() {
                    self.file_idx = first;
                    let span = self.files[first].package.span;
                    self.error(span, "function main is undeclared in the main package");
                }
            }
        }
    }

    /// Reports struct and array types that contain themselves.
    fn check_recursive_types(&mut self) {
        let cur = self.cur as u32;
        let mut objs: Vec<ObjId> = self
            .decls
            .iter()
            .filter(|(&o, d)| matches!(d, DeclRef::Type { .. }) && self.obj(o).pkg == cur)
            .map(|(&o, _)| o)
            .collect();
        objs.sort();
        for o in objs {
            let t = self.obj(o).ty;
            if !matches!(self.pkg.types.get(t), Type::Named(_)) {
                continue;
            }
            let mut path = Vec::new();
            if let Some(cycle) = self.find_cycle(t, t, &mut path) {
                self.report_type_cycle(&cycle);
                self.invalidate(&cycle);
            }
        }
    }

    /// A local type that contains itself (local types cannot refer to
    /// later ones, so the cycle is the type alone).
    pub fn check_local_type_cycle(&mut self, o: ObjId) {
        let t = self.obj(o).ty;
        if self.in_cycle.contains(&o) {
            // An interface that embeds itself (reported where it does).
            self.invalidate(&[t]);
            return;
        }
        if !matches!(self.pkg.types.get(t), Type::Named(_)) {
            return;
        }
        if let Some(cycle) = self.find_cycle(t, t, &mut Vec::new()) {
            let (name, span) = (self.obj(o).name.clone(), self.obj(o).span);
            self.error(
                span,
                format!("invalid recursive type: {name} refers to itself"),
            );
            self.invalidate(&cycle);
        }
    }

    /// Gives the named types of a cycle an invalid underlying type, so that
    /// nothing asks for the (infinite) layout of a recursive type.
    pub(crate) fn invalidate(&mut self, cycle: &[TypeId]) {
        for &t in cycle {
            if let Type::Named(i) = self.pkg.types.get(t) {
                let i = *i as usize;
                self.pkg.types.named[i].underlying = TypeId(0);
            }
        }
    }

    /// Depth-first search for `target` inside `t`'s value representation
    /// (struct fields and array elements, not through pointers etc.).
    pub(crate) fn find_cycle(
        &self,
        t: TypeId,
        target: TypeId,
        path: &mut Vec<TypeId>,
    ) -> Option<Vec<TypeId>> {
        let tt = &self.pkg.types;
        if let Type::Named(_) = tt.get(t) {
            if !path.is_empty() && t == target {
                return Some(path.clone());
            }
            if path.contains(&t) || path.len() > 64 {
                return None;
            }
            path.push(t);
            let r = self.find_cycle_in(tt.underlying(t), target, path);
            path.pop();
            return r;
        }
        self.find_cycle_in(t, target, path)
    }

    fn find_cycle_in(
        &self,
        t: TypeId,
        target: TypeId,
        path: &mut Vec<TypeId>,
    ) -> Option<Vec<TypeId>> {
        match self.pkg.types.get(t).clone() {
            Type::Array(_, e) => self.find_cycle(e, target, path),
            Type::Struct(fields) => fields
                .iter()
                .find_map(|f| self.find_cycle(f.ty, target, path)),
            _ => None,
        }
    }

    fn report_type_cycle(&mut self, cycle: &[TypeId]) {
        let objs: Vec<ObjId> = cycle.iter().filter_map(|&t| self.type_obj(t)).collect();
        if objs.len() == cycle.len() {
            self.report_cycle(&objs, true);
        }
    }

    /// The TypeName object that declares named type `t`.
    pub fn type_obj(&self, t: TypeId) -> Option<ObjId> {
        self.decls
            .iter()
            .filter(|(o, d)| matches!(d, DeclRef::Type { .. }) && self.obj(**o).ty == t)
            .map(|(&o, _)| o)
            .min()
    }
}
