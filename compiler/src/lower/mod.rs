//! Lowering: the checked package -> Cranelift IR -> an ELF object file.
//!
//! `compile` declares every symbol first (Go functions `main.NAME`, `init`
//! functions `main.init.N`, package variables as zero-initialised writable
//! data `main.NAME`, type descriptors `golift.type.N`, string literals
//! `golift.str.N`), then lowers each function body (`func.rs` holds the
//! per-function state, `expr.rs`, `stmt.rs`, `builtin.rs` the constructs),
//! then emits `main..init` (variable initialisers in `init_order`, then the
//! `init` functions) and the SystemV entry `golift.main` the runtime calls.
//! Value representation and calling convention: see `abi.rs`.
//!
//! With optimisation on, small functions (at most `INLINE_BUDGET` Cranelift
//! instructions) are first lowered without their prologue check and then
//! inlined into their callers by Cranelift's inliner before each caller is
//! compiled at opt_level speed. With `Options::code_cache`, a function
//! whose IR (after inlining) an earlier build compiled gets that build's
//! machine code instead of being compiled (`codecache.rs`).
//!
//! Invariants: every Go function's entry block (and every loop back-edge
//! when `Options::loop_poll` is on) carries the stack check (SP <
//! g.stackguard0 -> call `golift.morestack`,
//! a register-preserving wrapper of runtime.morestack, in a cold block); a
//! function whose compiled frame exceeds `STACK_FRAME_MAX` (the lowering
//! keeps most frames far below it by moving big locals to the heap) is
//! entered through a wrapper that checks for the whole frame first
//! (`frame.rs`);
//! unsupported constructs produce a `not supported yet` diagnostic at the
//! construct and lowering continues, so one run reports all of them; a bug
//! that panics inside lowering or Cranelift becomes an internal-error
//! diagnostic, never a crash.

pub mod abi;
mod assign;
mod builtin;
mod chan;
mod closure;
pub mod codecache;
mod defer;
mod embed;
mod escape;
mod expr;
mod frame;
mod func;
mod funcval;
mod iface;
mod iface_method;
mod inlsite;
mod intrinsic;
mod linkname;
mod map;
mod method;
mod pctab;
mod promoted;
mod ptrleak;
mod rangefunc;
mod rtentry;
mod staticinit;
mod stmt;
mod typedesc;
mod typeswitch;

use std::collections::{HashMap, HashSet};

use cranelift_codegen::ir::InstBuilder;
use cranelift_codegen::ir::{self, AbiParam, UserFuncName};
use cranelift_codegen::isa::{CallConv, OwnedTargetIsa};
use cranelift_codegen::settings::{self, Configurable};
use cranelift_codegen::Context;
use cranelift_frontend::FunctionBuilderContext;
use cranelift_module::{
    default_libcall_names, DataDescription, DataId, FuncId, Linkage, Module, ModuleReloc,
};
use cranelift_object::{ObjectBuilder, ObjectModule};

use crate::diag::Diagnostic;
use crate::syntax::ast;
use crate::syntax::directive::Pragmas;
use crate::syntax::source::SourceMap;
use crate::types::{self, ObjId, TypeId};

/// Byte offset of `stackguard0` in the runtime's `g` (rt/ABI.md).
pub const STACKGUARD0_OFFSET: i32 = 16;
/// Largest frame a compiled function may have (rt/ABI.md: the red zone
/// below `stackguard0` must cover it).
pub const STACK_FRAME_MAX: u32 = 16 * 1024;
/// Largest callee (in Cranelift instructions, without its stack check)
/// that is inlined.
const INLINE_BUDGET: usize = 40;

pub struct Options {
    /// The compiled-code cache (`codecache.rs`), if functions compiled by
    /// earlier builds are to be reused.
    pub code_cache: Option<codecache::CodeCache>,
    /// Cranelift `opt_level` speed (else none).
    pub opt: bool,
    /// Run Cranelift's IR verifier.
    pub verify: bool,
    /// Put the stack check (the cooperative preemption poll) on loop
    /// back-edges (`Options::default_loop_poll`).
    pub loop_poll: bool,
}

impl Options {
    /// Whether loops carry the poll unless told otherwise: not on x86-64,
    /// where the runtime preempts loops by signal (asynchronous
    /// preemption) and the poll cost 5-23% on loop-heavy benchmarks
    /// (README "Scheduler"); on aarch64, which has no asynchronous
    /// preemption yet, the poll is what makes loops preemptible.
    /// `GOLIFT_LOOPPOLL=1` / `=0` forces it on / off.
    pub fn default_loop_poll() -> bool {
        match std::env::var("GOLIFT_LOOPPOLL").as_deref() {
            Ok("0") => false,
            Ok("1") => true,
            _ => !cfg!(target_arch = "x86_64"),
        }
    }
}

/// Time spent in Cranelift's compilation and in its inliner (nanoseconds),
/// reported by `GOLIFT_TIME=1` (driver).
pub static CRANELIFT_NS: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
pub static EMIT_NS: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
pub static CODEKEY_NS: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
pub static INLINE_BODIES_NS: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
/// Time spent summarising which pointer parameters leak (ptrleak.rs).
pub static PTRLEAK_NS: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
pub static INLINE_NS: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);

/// Adds the time until it is dropped to a counter.
struct PhaseClock(&'static std::sync::atomic::AtomicU64, std::time::Instant);

impl PhaseClock {
    fn start(c: &'static std::sync::atomic::AtomicU64) -> PhaseClock {
        PhaseClock(c, std::time::Instant::now())
    }
}

impl Drop for PhaseClock {
    fn drop(&mut self) {
        let ns = self.1.elapsed().as_nanos() as u64;
        self.0.fetch_add(ns, std::sync::atomic::Ordering::Relaxed);
    }
}

/// An object file and how it was made.
pub struct Object {
    pub bytes: Vec<u8>,
    /// Functions compiled by Cranelift and functions whose code came from
    /// the compiled-code cache.
    pub compiled: usize,
    pub reused: usize,
    /// The paths of the packages with at least one function compiled, in
    /// the order they were lowered (`golift build -v`).
    pub compiled_pkgs: Vec<String>,
}

/// Compiles the package to an object file.
pub fn compile(
    pkg: &types::Package,
    files: &[ast::File],
    sources: &SourceMap,
    opts: &Options,
) -> Result<Object, Vec<Diagnostic>> {
    let files = with_instances(pkg, files);
    let mut cx = ModCx::new(pkg, &files, sources, opts, None)?;
    cx.lower_all();
    if !cx.diags.is_empty() {
        return Err(cx.diags);
    }
    let text = cx.tmod.take_text();
    let types = cx.tmod.id;
    let pctab = std::mem::take(&mut cx.pctab);
    let mut product = cx.module.finish();
    typedesc::add_text_relocs(&mut product, types, &text).map_err(|e| vec![e])?;
    let _t = PhaseClock::start(&EMIT_NS);
    pctab
        .emit(&mut product)
        .map_err(|e| vec![internal(format!("pc table: {e}"))])?;
    let bytes = product
        .emit()
        .map_err(|e| vec![internal(format!("writing the object file: {e}"))])?;
    let compiled_pkgs = cx
        .stats
        .pkgs
        .iter()
        .map(|&p| {
            pkg.packages
                .get(p as usize)
                .map_or("main", |p| &p.path)
                .to_string()
        })
        .collect();
    Ok(Object {
        bytes,
        compiled: cx.stats.compiled,
        reused: cx.stats.reused,
        compiled_pkgs,
    })
}

/// The source files followed by the checker's copies of generic function
/// instances, which `FuncRef`s index past the source files.
fn with_instances(pkg: &types::Package, files: &[ast::File]) -> Vec<ast::File> {
    files.iter().chain(&pkg.instance_files).cloned().collect()
}

/// The Cranelift IR text of each function (or only `func`).
pub fn ir(
    pkg: &types::Package,
    files: &[ast::File],
    sources: &SourceMap,
    func: Option<&str>,
    optimized: bool,
) -> Result<String, Vec<Diagnostic>> {
    let opts = Options {
        code_cache: None,
        opt: optimized,
        verify: true,
        loop_poll: true,
    };
    let capture = IrCapture {
        only: func.map(str::to_string),
        optimized,
        text: String::new(),
    };
    let files = with_instances(pkg, files);
    let mut cx = ModCx::new(pkg, &files, sources, &opts, Some(capture))?;
    cx.lower_all();
    if !cx.diags.is_empty() {
        return Err(cx.diags);
    }
    Ok(cx.capture.map(|c| c.text).unwrap_or_default())
}

fn internal(msg: String) -> Diagnostic {
    Diagnostic::new(
        0,
        ast::Span::default(),
        format!("golift: internal error: {msg}"),
    )
}

struct IrCapture {
    only: Option<String>,
    optimized: bool,
    text: String,
}

impl IrCapture {
    fn wants(&self, name: &str) -> bool {
        match &self.only {
            None => true,
            // `main.fib` by its full name or as `fib` (package functions
            // only: the `golift.*` helpers answer to their full names).
            Some(f) => name == f || name.strip_prefix("main.") == Some(f.as_str()),
        }
    }
}

/// What the compiled-code cache did (`Object`).
#[derive(Default)]
struct CodeStats {
    compiled: usize,
    reused: usize,
    /// Indexes of packages with a compiled function, in first-compiled order.
    pkgs: Vec<u32>,
}

/// A Go function known to the module.
#[derive(Clone)]
pub(crate) struct GoFunc {
    pub id: FuncId,
    pub sig: types::Signature,
}

/// Module-wide lowering state.
pub(crate) struct ModCx<'a> {
    pub pkg: &'a types::Package,
    pub files: &'a [ast::File],
    sources: &'a SourceMap,
    /// Bodiless functions that `//go:linkname` resolves, and their
    /// definitions (`linkname.rs`).
    linked: HashMap<ObjId, FuncId>,
    pub module: ObjectModule,
    pub isa: OwnedTargetIsa,
    pub funcs: HashMap<ObjId, GoFunc>,
    pub globals: HashMap<ObjId, DataId>,
    strings: HashMap<Vec<u8>, DataId>,
    /// How many arrays of static slices (`staticinit::static_array`) exist.
    static_arrays: usize,
    /// The program's descriptor module, `golift.types` (typedesc.rs).
    pub(crate) tmod: typedesc::TypeModule,
    /// Go signatures of generated method wrappers (method.rs).
    pub(crate) wrapper_sigs: HashMap<FuncId, types::Signature>,
    runtime: HashMap<&'static str, FuncId>,
    /// `golift.morestack`, the register-preserving wrapper of
    /// `runtime.morestack` that stack checks call.
    pub morestack: Option<FuncId>,
    /// Whether to optimise (and inline).
    opt: bool,
    /// Whether loop back-edges carry the stack check (`Options::loop_poll`).
    pub loop_poll: bool,
    /// Bodies of small Go functions, inlined into their callers.
    inline_bodies: HashMap<FuncId, ir::Function>,
    pub diags: Vec<Diagnostic>,
    capture: Option<IrCapture>,
    fctx: FunctionBuilderContext,
    /// Closures, func values and the unwinding mode (`closure.rs`).
    pub clo: closure::ModState,
    /// Static funcvals of top-level functions (`funcval.rs`).
    funcvals: HashMap<ObjId, DataId>,
    /// Static itabs by (interface, concrete type) (`iface.rs`).
    pub(crate) itabs: HashMap<(TypeId, TypeId), DataId>,
    /// Bodiless functions declared `//go:noescape`.
    pub noescape: HashSet<ObjId>,
    /// Slice parameters of the program's functions that do not leak.
    pub noleak: escape::NoLeak,
    /// Pointer parameters and receivers that their function does not leak.
    pub ptrnoleak: escape::PtrNoLeak,
    code_cache: Option<codecache::CodeCache>,
    stats: CodeStats,
    /// The package whose code is being defined (`Package::packages`
    /// index; `u32::MAX` for the program's own functions).
    cur_pkg: u32,
    /// The package of each source file with functions (closures are
    /// defined after every function: their file says whose they are).
    file_pkg: HashMap<u32, u32>,
    /// Source locations and the records of compiled functions (`pctab.rs`).
    pub(crate) pctab: pctab::PcTab,
    /// Data objects made for `//go:embed` variables so far.
    pub(crate) embed_count: usize,
}

impl<'a> ModCx<'a> {
    fn new(
        pkg: &'a types::Package,
        files: &'a [ast::File],
        sources: &'a SourceMap,
        opts: &Options,
        capture: Option<IrCapture>,
    ) -> Result<ModCx<'a>, Vec<Diagnostic>> {
        let isa = make_isa(opts).map_err(|e| vec![internal(e)])?;
        let mut builder = ObjectBuilder::new(isa.clone(), "main", default_libcall_names())
            .map_err(|e| vec![internal(e.to_string())])?;
        // One section per function: the linker's --gc-sections then drops
        // the functions nothing reaches (most of a library package's).
        builder.per_function_section(true);
        let mut module = ObjectModule::new(builder);
        let tmod = typedesc::TypeModule::declare(&mut module);
        Ok(ModCx {
            pkg,
            files,
            sources,
            linked: HashMap::new(),
            module,
            isa,
            funcs: HashMap::new(),
            globals: HashMap::new(),
            strings: HashMap::new(),
            static_arrays: 0,
            tmod,
            wrapper_sigs: HashMap::new(),
            runtime: HashMap::new(),
            morestack: None,
            opt: opts.opt,
            loop_poll: opts.loop_poll,
            inline_bodies: HashMap::new(),
            diags: Vec::new(),
            capture,
            fctx: FunctionBuilderContext::new(),
            clo: closure::ModState::default(),
            funcvals: HashMap::new(),
            itabs: HashMap::new(),
            noescape: HashSet::new(),
            noleak: escape::NoLeak::default(),
            ptrnoleak: escape::PtrNoLeak::default(),
            code_cache: opts.code_cache.clone(),
            stats: CodeStats::default(),
            cur_pkg: u32::MAX,
            file_pkg: HashMap::new(),
            pctab: pctab::PcTab::default(),
            embed_count: 0,
        })
    }

    fn lower_all(&mut self) {
        self.noleak = escape::NoLeak::compute(self.pkg, self.files, &self.pkg.funcs);
        self.analyze_closures();
        self.emit_morestack();
        self.declare_globals();
        self.declare_funcs();
        {
            let _t = PhaseClock::start(&PTRLEAK_NS);
            self.ptrnoleak =
                escape::PtrNoLeak::compute(self.pkg, self.files, &self.pkg.funcs, &self.noescape);
        }
        self.linked = self.resolve_linknames(self.sources);
        if self.opt {
            let _t = PhaseClock::start(&INLINE_BODIES_NS);
            self.collect_inline_bodies();
        }
        let pkg = self.pkg;
        // Two instances of one generic method made by different packages
        // are one symbol (one function id): it is emitted once.
        let mut defined = std::collections::HashSet::new();
        for f in &pkg.funcs {
            self.cur_pkg = pkg.obj(f.obj).pkg;
            self.file_pkg.insert(self.files[f.file].file, self.cur_pkg);
            if self.funcs.get(&f.obj).is_some_and(|g| defined.insert(g.id)) {
                self.lower_func(f);
            }
        }
        self.cur_pkg = u32::MAX;
        self.lower_init();
        self.lower_pending_closures();
        self.emit_entry();
        self.finish_types();
    }

    /// Captured variables and the unwinding mode, over every function body.
    fn analyze_closures(&mut self) {
        let pkg = self.pkg;
        let mut bodies = Vec::new();
        for f in &pkg.funcs {
            if let Some(ast::Decl::Func(d)) = self.files.get(f.file).map(|x| &x.decls[f.decl]) {
                bodies.extend(d.body.as_ref());
            }
        }
        let inits: Vec<&ast::Expr> = self
            .files
            .iter()
            .flat_map(|f| &f.decls)
            .filter_map(|d| match d {
                ast::Decl::Var(specs) => Some(specs),
                _ => None,
            })
            .flatten()
            .flat_map(|sp| &sp.values)
            .collect();
        self.clo = closure::analyze(pkg, &bodies, &inits);
    }

    pub fn tt(&self) -> &'a types::ty::TypeTable {
        &self.pkg.types
    }

    /// One data object per package-level variable; variables that
    /// `//go:linkname` binds to one symbol share one object (gc's linker
    /// keeps one definition of a symbol: the one with an initial value,
    /// else the largest).
    fn declare_globals(&mut self) {
        let pkg = self.pkg;
        let statics = self.static_values();
        let mut groups: Vec<Vec<ObjId>> = Vec::new();
        let mut by_symbol: HashMap<String, usize> = HashMap::new();
        for &g in &pkg.globals {
            let symbol = pkg
                .var_links
                .get(&g)
                .cloned()
                .unwrap_or_else(|| format!("{}.{}", pkg.link_path(g), pkg.obj(g).name));
            let i = *by_symbol.entry(symbol).or_insert_with(|| {
                groups.push(Vec::new());
                groups.len() - 1
            });
            groups[i].push(g);
        }
        for group in groups {
            // Named as its definition (a variable without a linkname target).
            let named = group
                .iter()
                .copied()
                .find(|g| !pkg.var_links.contains_key(g))
                .unwrap_or(group[0]);
            let obj = pkg.obj(named);
            let name = format!(
                "{}.{}",
                rtentry::link_prefix(pkg.link_path(named)),
                obj.name
            );
            let size = group
                .iter()
                .map(|&g| self.tt().size_of(pkg.obj(g).ty))
                .max()
                .unwrap_or(0)
                .max(1) as usize;
            let align = group
                .iter()
                .map(|&g| self.tt().align_of(pkg.obj(g).ty))
                .max()
                .unwrap_or(1)
                .max(1);
            let mut inits = group.iter().filter(|g| statics.contains_key(g));
            let init = inits.next().and_then(|g| statics.get(g));
            if let Some(&second) = inits.next() {
                let o = pkg.obj(second);
                self.diags.push(Diagnostic::new(
                    o.file,
                    o.span,
                    format!("duplicated definition of symbol {name}"),
                ));
            }
            match self
                .module
                .declare_data(&name, Linkage::Hidden, true, false)
            {
                Ok(id) => {
                    let embedded = group.iter().find_map(|g| pkg.embeds.get(g));
                    let mut d = match embedded {
                        Some(e) => self.embed_data(e, size),
                        None => self.global_data(init, size),
                    };
                    d.set_align(align);
                    self.define_data(id, d);
                    for g in group {
                        self.globals.insert(g, id);
                    }
                }
                Err(e) => self.diags.push(internal(e.to_string())),
            }
        }
    }

    pub(crate) fn define_data(&mut self, id: DataId, d: DataDescription) {
        if let Err(e) = self.module.define_data(id, &d) {
            self.diags.push(internal(e.to_string()));
        }
    }

    /// The symbol of a function declaration: `main.f`, `main.init.N`.
    pub(crate) fn symbol(&self, obj: ObjId) -> String {
        let pkg = self.pkg;
        if let Some(r) = self.method_recv(obj) {
            return r.symbol(self.tt(), &pkg.obj(obj).name);
        }
        if let Some((path, i)) = pkg.init_index(obj) {
            return format!("{path}.init.{i}");
        }
        let prefix = rtentry::link_prefix(pkg.link_path(obj));
        format!("{prefix}.{}", pkg.obj(obj).name)
    }

    fn declare_funcs(&mut self) {
        let pkg = self.pkg;
        for f in &pkg.funcs {
            let decl = match &self.files[f.file].decls[f.decl] {
                ast::Decl::Func(d) => d,
                _ => continue,
            };
            let file = self.files[f.file].file;
            if decl.body.is_none() && decl.pragmas.contains(Pragmas::NOESCAPE) {
                self.noescape.insert(f.obj);
            }
            if !decl.tparams.is_empty() {
                self.unsupported(file, decl.name.span, "generic functions");
                continue;
            }
            let types::Type::Func(mut sig) = self.tt().under(pkg.obj(f.obj).ty).clone() else {
                continue;
            };
            if decl.recv.is_some() {
                if decl.name.name == "_" {
                    // A blank method is in no method set: nothing can call
                    // it, so it is checked but not compiled.
                    continue;
                }
                let Some(recv) = self.method_recv(f.obj) else {
                    self.unsupported(file, decl.name.span, "this method");
                    continue;
                };
                sig.params.insert(0, recv.ty);
            }
            let clif = abi::go_signature(self.tt(), &sig);
            let name = self.symbol(f.obj);
            match self.module.declare_function(&name, Linkage::Hidden, &clif) {
                Ok(id) => {
                    self.funcs.insert(f.obj, GoFunc { id, sig });
                }
                Err(e) => self.diags.push(internal(e.to_string())),
            }
        }
    }

    /// An error gc reports after type checking (its walk phase), in gc's words.
    pub fn error(&mut self, file: u32, span: ast::Span, msg: String) {
        self.diags.push(Diagnostic::new(file, span, msg));
    }

    /// `t` as gc's walk-phase errors spell it in the package of the function
    /// being lowered (its own named types unqualified).
    pub fn local_type_string(&self, file: u32, span: ast::Span, t: TypeId) -> String {
        let local = match self.pkg.packages.get(self.pkg_of(file, span) as usize) {
            Some(p) => p.path.as_str(),
            None => "main",
        };
        types::typestring::walk_type_string(self.tt(), t, local)
    }

    pub fn unsupported(&mut self, file: u32, span: ast::Span, feature: &str) {
        self.diags.push(Diagnostic::new(
            file,
            span,
            format!("golift: {feature} is not supported yet"),
        ));
    }

    /// A runtime entry point (SystemV), declared on first use.
    pub fn runtime_func(
        &mut self,
        name: &'static str,
        params: &[ir::Type],
        rets: &[ir::Type],
    ) -> FuncId {
        if let Some(&id) = self.runtime.get(name) {
            return id;
        }
        let mut sig = ir::Signature::new(self.isa.default_call_conv());
        // SystemV callees (Rust included) assume narrow integer arguments
        // arrive zero-extended to 32 bits; Cranelift extends only when asked.
        sig.params.extend(params.iter().map(|&t| {
            if t.is_int() && t.bits() < 32 {
                AbiParam::new(t).uext()
            } else {
                AbiParam::new(t)
            }
        }));
        sig.returns.extend(rets.iter().map(|&t| AbiParam::new(t)));
        let sym = format!("runtime.{name}");
        let id = self
            .module
            .declare_function(&sym, Linkage::Import, &sig)
            .expect("runtime names are declared once with one signature");
        self.runtime.insert(name, id);
        id
    }

    /// The read-only data object holding a string literal's bytes.
    pub fn string_data(&mut self, s: &[u8]) -> DataId {
        if let Some(&id) = self.strings.get(s) {
            return id;
        }
        let name = format!("golift.str.{}", self.strings.len());
        let id = self
            .module
            .declare_data(&name, Linkage::Local, false, false)
            .expect("string symbols are unique");
        let mut d = DataDescription::new();
        d.define(s.to_vec().into_boxed_slice());
        self.define_data(id, d);
        self.strings.insert(s.to_vec(), id);
        id
    }

    fn lower_func(&mut self, f: &types::FuncRef) {
        if let Some((id, name, func, file, span)) = self.build_func(f, true) {
            self.define(id, &name, func, file, span);
        }
    }

    /// Lowers a function body; `stack_check: false` gives the body that is
    /// inlined into callers (whose own checks cover it).
    fn build_func(
        &mut self,
        f: &types::FuncRef,
        stack_check: bool,
    ) -> Option<(FuncId, String, ir::Function, u32, ast::Span)> {
        let ast::Decl::Func(decl) = &self.files[f.file].decls[f.decl] else {
            return None;
        };
        let file = self.files[f.file].file;
        let gf = self.funcs[&f.obj].clone();
        let name = self.symbol(f.obj);
        let mut func = ir::Function::with_name_signature(
            UserFuncName::user(0, gf.id.as_u32()),
            abi::go_signature(self.tt(), &gf.sig),
        );
        let mut fctx = std::mem::take(&mut self.fctx);
        if let Some(&def) = self.linked.get(&f.obj) {
            self.lower_linked(&mut func, &mut fctx, def);
            self.fctx = fctx;
            return Some((gf.id, name, func, file, decl.name.span));
        }
        if decl.body.is_none() && self.in_runtime(f.obj) {
            let go_name = self.pkg.obj(f.obj).name.clone();
            self.lower_c_entry(
                &mut func,
                &mut fctx,
                &go_name,
                &gf.sig,
                file,
                decl.name.span,
            );
            self.pctab.hidden.insert(gf.id);
            self.fctx = fctx;
            return Some((gf.id, name, func, file, decl.name.span));
        }
        if decl.body.is_none() || intrinsic::overrides_body(self, f.obj) {
            // Assembly or a compiler intrinsic in gc (intrinsic.rs).
            intrinsic::lower_bodiless(self, &mut func, &mut fctx, f.obj, &name);
            self.fctx = fctx;
            return Some((gf.id, name, func, file, decl.name.span));
        }
        // `//go:nosplit`: no check in the prologue (loop back-edges keep
        // theirs: they are preemption points, as gc's async preemption).
        let stack_check = stack_check && !decl.pragmas.contains(Pragmas::NOSPLIT);
        let lowered = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            func::lower_body(
                self,
                &mut func,
                &mut fctx,
                (file, &name),
                decl,
                &gf.sig,
                stack_check,
            )
        }));
        if lowered.is_err() {
            // A lowering bug must not take the compiler down: report it at
            // the function and keep going with a fresh builder context.
            self.diags.push(Diagnostic::new(
                file,
                decl.name.span,
                format!("golift: internal error: lowering {name} failed"),
            ));
            return None;
        }
        self.fctx = fctx;
        Some((gf.id, name, func, file, decl.name.span))
    }

    /// Lowers the bodies of small functions for inlining (Go's inliner
    /// works on a budget too; this one counts Cranelift instructions).
    fn collect_inline_bodies(&mut self) {
        let pkg = self.pkg;
        for f in &pkg.funcs {
            if !self.funcs.contains_key(&f.obj) || !self.may_inline(f) || self.surely_big(f) {
                continue;
            }
            let before = self.diags.len();
            let built = self.build_func(f, false);
            let clean = self.diags.len() == before;
            self.diags.truncate(before);
            let Some((id, name, func, _, _)) = built.filter(|_| clean) else {
                continue;
            };
            if self.clo.no_inline.contains(&name) {
                continue;
            }
            let size: usize = func
                .layout
                .blocks()
                .map(|b| func.layout.block_insts(b).count())
                .sum();

            if size <= INLINE_BUDGET {
                let mut func = func;
                pctab::tag_calls(&mut func);
                self.inline_bodies.insert(id, func);
            }
        }
    }

    /// Whether `f`'s body certainly lowers to more than `INLINE_BUDGET`
    /// instructions, so that building it for inlining would be wasted
    /// work (most of the bodies built are): it has more operations that
    /// each lower to at least one instruction (non-constant binary
    /// operations, calls that are not conversions or builtins; function
    /// literals are bodies of their own). Not for a body an intrinsic
    /// replaces.
    fn surely_big(&self, f: &types::FuncRef) -> bool {
        struct Ops<'p> {
            pkg: &'p types::Package,
            n: usize,
        }
        impl crate::syntax::visit::Visitor for Ops<'_> {
            fn expr(&mut self, e: &ast::Expr) -> bool {
                let mode = |id| self.pkg.type_of(id).map(|t| &t.mode);
                if matches!(
                    mode(e.id),
                    Some(types::Mode::Constant(_) | types::Mode::Type)
                ) {
                    return false;
                }
                match &e.kind {
                    ast::ExprKind::FuncLit { .. } => return false,
                    ast::ExprKind::Binary(..) => self.n += 1,
                    ast::ExprKind::Call { fun, .. }
                        if !matches!(
                            mode(fun.id),
                            Some(types::Mode::Type | types::Mode::Builtin(_))
                        ) =>
                    {
                        self.n += 1
                    }
                    _ => {}
                }
                true
            }
        }
        let ast::Decl::Func(d) = &self.files[f.file].decls[f.decl] else {
            return false;
        };
        let Some(body) = d
            .body
            .as_ref()
            .filter(|_| !intrinsic::overrides_body(self, f.obj))
        else {
            return false;
        };
        let mut ops = Ops {
            pkg: self.pkg,
            n: 0,
        };
        crate::syntax::visit::block(&mut ops, body);
        ops.n > INLINE_BUDGET
    }

    /// Whether `f`'s body may be inlined into its callers: not when it is
    /// `//go:noinline`; a bodiless function only when its intrinsic allows
    /// it.
    fn may_inline(&self, f: &types::FuncRef) -> bool {
        match &self.files[f.file].decls[f.decl] {
            ast::Decl::Func(d) if d.pragmas.contains(Pragmas::NOINLINE) => false,
            ast::Decl::Func(d) if d.body.is_none() || intrinsic::overrides_body(self, f.obj) => {
                intrinsic::inlinable(self, f.obj)
            }
            _ => true,
        }
    }

    /// `main..init`: each package's initialisation, in dependency order:
    /// its variable initialisers in dependency order, then its `init`
    /// functions in source order.
    fn lower_init(&mut self) {
        let sig = ir::Signature::new(CallConv::Tail);
        let id = match self
            .module
            .declare_function("main..init", Linkage::Hidden, &sig)
        {
            Ok(id) => id,
            Err(e) => return self.diags.push(internal(e.to_string())),
        };
        let mut func = ir::Function::with_name_signature(UserFuncName::user(0, id.as_u32()), sig);
        let mut fctx = std::mem::take(&mut self.fctx);
        func::lower_init(self, &mut func, &mut fctx);
        self.fctx = fctx;
        self.define(id, "main..init", func, 0, ast::Span::default());
    }

    /// `golift.morestack`: calls `runtime.morestack` and preserves every
    /// register (`CallConv::PreserveAll`), so that the cold stack-check call
    /// in a loop forces no spills around the hot path.
    fn emit_morestack(&mut self) {
        let sig = ir::Signature::new(CallConv::PreserveAll);
        let id = match self
            .module
            .declare_function("golift.morestack", Linkage::Local, &sig)
        {
            Ok(id) => id,
            Err(e) => return self.diags.push(internal(e.to_string())),
        };
        let target = self.runtime_func("morestack", &[], &[]);
        let mut func = ir::Function::with_name_signature(UserFuncName::user(0, id.as_u32()), sig);
        let mut fctx = std::mem::take(&mut self.fctx);
        {
            let mut b = cranelift_frontend::FunctionBuilder::new(&mut func, &mut fctx);
            let entry = b.create_block();
            b.switch_to_block(entry);
            let r = self.module.declare_func_in_func(target, b.func);
            b.ins().call(r, &[]);
            b.ins().return_(&[]);
            b.seal_all_blocks();
            b.finalize(self.isa.frontend_config());
        }
        self.fctx = fctx;
        self.morestack = Some(id);
        self.define(id, "golift.morestack", func, 0, ast::Span::default());
    }

    /// `golift.goexit`, an empty function whose pc-table record is Go's
    /// `runtime.goexit`: the outermost frame of every goroutine that a stack
    /// walk reports (rt/src/symtab.rs).
    fn emit_goexit(&mut self) -> Option<FuncId> {
        let sig = ir::Signature::new(CallConv::Tail);
        let id = match self
            .module
            .declare_function("golift.goexit", Linkage::Local, &sig)
        {
            Ok(id) => id,
            Err(e) => {
                self.diags.push(internal(e.to_string()));
                return None;
            }
        };
        let mut func = ir::Function::with_name_signature(UserFuncName::user(0, id.as_u32()), sig);
        let mut fctx = std::mem::take(&mut self.fctx);
        {
            let mut b = cranelift_frontend::FunctionBuilder::new(&mut func, &mut fctx);
            let entry = b.create_block();
            b.switch_to_block(entry);
            b.ins().return_(&[]);
            b.seal_all_blocks();
            b.finalize(self.isa.frontend_config());
        }
        self.fctx = fctx;
        self.define(id, "golift.goexit", func, 0, ast::Span::default());
        Some(id)
    }

    /// `golift.main` (SystemV): `main..init()` then `main.main()`.
    fn emit_entry(&mut self) {
        let pkg = self.pkg;
        let sig = ir::Signature::new(self.isa.default_call_conv());
        let id = match self
            .module
            .declare_function("golift.main", Linkage::Export, &sig)
        {
            Ok(id) => id,
            Err(e) => return self.diags.push(internal(e.to_string())),
        };
        let main_obj = pkg.funcs.iter().map(|f| f.obj).find(|&o| {
            pkg.obj(o).name == "main" && !pkg.inits.contains(&o) && pkg.link_path(o) == "main"
        });
        let mut func = ir::Function::with_name_signature(UserFuncName::user(0, id.as_u32()), sig);
        let init = self.module.get_name("main..init").and_then(|n| match n {
            cranelift_module::FuncOrDataId::Func(f) => Some(f),
            _ => None,
        });
        let mut callees = Vec::new();
        callees.extend(init);
        if let Some(m) = main_obj.and_then(|o| self.funcs.get(&o)) {
            callees.push(m.id);
        } else {
            self.diags.push(internal(
                "function main is undeclared in the main package".into(),
            ));
            return;
        }
        let links = if self.itabs.is_empty() {
            None
        } else {
            self.itablinks()
        };
        let Some(goexit) = self.emit_goexit() else {
            return;
        };
        {
            let mut fctx = std::mem::take(&mut self.fctx);
            let mut b = cranelift_frontend::FunctionBuilder::new(&mut func, &mut fctx);
            let entry = b.create_block();
            b.switch_to_block(entry);
            {
                let i64t = ir::types::I64;
                let id = self.runtime_func("addmoduledata", &[i64t], &[]);
                let r = self.module.declare_func_in_func(id, b.func);
                let gv = self
                    .module
                    .declare_data_in_func(self.tmod.moduledata, b.func);
                let p = b.ins().symbol_value(i64t, gv);
                b.ins().call(r, &[p]);
            }
            {
                // The pc table's records, gathered by the linker script.
                let i64t = ir::types::I64;
                let id = self.runtime_func("pctabinit", &[i64t, i64t, i64t], &[]);
                let r = self.module.declare_func_in_func(id, b.func);
                let goexit = self.module.declare_func_in_func(goexit, b.func);
                let mut bounds = Vec::new();
                for name in ["__golift_pctab_start", "__golift_pctab_end"] {
                    let d = self
                        .module
                        .declare_data(name, Linkage::Import, false, false)
                        .expect("the pc table bounds are declared once");
                    let gv = self.module.declare_data_in_func(d, b.func);
                    bounds.push(b.ins().symbol_value(i64t, gv));
                }
                bounds.push(b.ins().func_addr(i64t, goexit));
                b.ins().call(r, &bounds);
            }
            if self.clo.unwind {
                let id = self.runtime_func("enableunwind", &[], &[]);
                let r = self.module.declare_func_in_func(id, b.func);
                b.ins().call(r, &[]);
            }
            if let Some(links) = links {
                let i64t = ir::types::I64;
                let id = self.runtime_func("itabsinit", &[i64t], &[]);
                let r = self.module.declare_func_in_func(id, b.func);
                let gv = self.module.declare_data_in_func(links, b.func);
                let p = b.ins().symbol_value(i64t, gv);
                b.ins().call(r, &[p]);
            }
            let done = b.create_block();
            for c in callees {
                let r = self.module.declare_func_in_func(c, b.func);
                b.ins().call(r, &[]);
                if self.clo.unwind {
                    // An unrecovered panic: the runtime prints it.
                    let g = b.ins().get_pinned_reg(ir::types::I64);
                    let u = b.ins().load(
                        ir::types::I64,
                        func::trusted(),
                        g,
                        closure::UNWINDING_OFFSET,
                    );
                    let next = b.create_block();
                    b.ins().brif(u, done, &[], next, &[]);
                    b.switch_to_block(next);
                }
            }
            b.ins().jump(done, &[]);
            b.switch_to_block(done);
            b.ins().return_(&[]);
            b.seal_all_blocks();
            b.finalize(self.isa.frontend_config());
            self.fctx = fctx;
        }
        self.define(id, "golift.main", func, 0, ast::Span::default());
    }

    /// Compiles `func` into the module, capturing its IR text if asked; a
    /// `tail` function whose frame exceeds `STACK_FRAME_MAX` is defined
    /// behind a wrapper that checks for the whole frame (`frame.rs`).
    fn define(&mut self, id: FuncId, name: &str, func: ir::Function, file: u32, span: ast::Span) {
        let mut ctx = Context::for_function(func);
        pctab::tag_calls(&mut ctx.func);
        if self.opt && !self.inline_bodies.is_empty() {
            let inliner = Inliner {
                bodies: &self.inline_bodies,
                caller: id,
            };
            let _t = PhaseClock::start(&INLINE_NS);
            let inlined =
                std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| ctx.inline(inliner)));
            match inlined {
                Ok(Ok(_)) => {}
                Ok(Err(e)) => {
                    return self
                        .diags
                        .push(internal(format!("inlining into {name}: {e}")));
                }
                Err(_) => {
                    return self
                        .diags
                        .push(internal(format!("inlining into {name} failed")))
                }
            }
        }
        let want = self.capture.as_ref().is_some_and(|c| c.wants(name));
        let optimized = self.capture.as_ref().is_some_and(|c| c.optimized);
        if want && !optimized {
            let text = format!("; {name}\n{}\n", ctx.func.display());
            self.capture.as_mut().unwrap().text.push_str(&text);
        }
        let key = match &self.code_cache {
            Some(cache) if self.capture.is_none() => {
                let _t = PhaseClock::start(&CODEKEY_NS);
                let used = pctab::locs_used(&ctx.func);
                codecache::key(cache, &self.module, &self.pctab, &ctx.func, &used)
                    .map(|k| (cache.clone(), k, used))
            }
            _ => None,
        };
        if let Some((cache, k, used)) = &key {
            if let Some(e) = codecache::load(cache, k) {
                if let Some(tab) = e.tab_for(used) {
                    if codecache::define(&mut self.module, id, &e) {
                        self.add_pctab_record(id, &ctx, tab);
                        self.stats.reused += 1;
                        return;
                    }
                }
            }
        }
        if let Err(msg) = self.compile_ctx(&mut ctx) {
            return self.diags.push(internal(format!("compiling {name}{msg}")));
        }
        self.stats.compiled += 1;
        let pkg = self.pkg_of(file, span);
        if pkg != u32::MAX && !self.stats.pkgs.contains(&pkg) {
            self.stats.pkgs.push(pkg);
        }
        if want && optimized {
            let text = format!("; {name}\n{}\n", ctx.func.display());
            self.capture.as_mut().unwrap().text.push_str(&text);
        }
        let frame = ctx
            .compiled_code()
            .and_then(|c| c.buffer.frame_layout())
            .map_or(0, |l| l.frame_to_fp_offset);
        let defined = if frame <= STACK_FRAME_MAX {
            let store = key.as_ref().map(|(c, k, u)| (c, k.as_str(), u.as_slice()));
            self.define_compiled_caching(id, &ctx, store)
        } else if ctx.func.signature.call_conv == CallConv::Tail {
            self.define_big_frame(id, name, &ctx, frame)
        } else {
            self.diags.push(Diagnostic::new(
                file,
                span,
                format!(
                    "golift: stack frame of {name} too large ({frame} bytes > {STACK_FRAME_MAX})"
                ),
            ));
            Ok(())
        };
        if let Err(e) = defined {
            self.diags.push(internal(format!("defining {name}: {e}")));
        }
    }

    /// The package whose function is being defined: the current one, or
    /// for a function literal (defined after every function, at its span),
    /// the one of its file; none for the program's generated functions.
    fn pkg_of(&self, file: u32, span: ast::Span) -> u32 {
        if self.cur_pkg != u32::MAX || span == ast::Span::default() {
            return self.cur_pkg;
        }
        self.file_pkg.get(&file).copied().unwrap_or(u32::MAX)
    }

    /// Compiles `ctx.func` (not yet into the module); an error is the text
    /// that follows the function's name in the diagnostic.
    fn compile_ctx(&mut self, ctx: &mut Context) -> Result<(), String> {
        let isa = self.module.isa();
        let _t = PhaseClock::start(&CRANELIFT_NS);
        let compiled = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            let mut ctrl = Default::default();
            ctx.compile(isa, &mut ctrl).map(|_| ()).map_err(|e| e.inner)
        }));
        match compiled {
            Ok(Ok(())) => Ok(()),
            Ok(Err(err)) => Err(format!(
                ": {}",
                cranelift_codegen::print_errors::pretty_error(&ctx.func, err)
            )),
            Err(_) => Err(" failed".into()),
        }
    }

    /// Puts the code compiled in `ctx` into the module as function `id`.
    fn define_compiled(&mut self, id: FuncId, ctx: &Context) -> Result<(), String> {
        self.define_compiled_caching(id, ctx, None)
    }

    /// `define_compiled`, also storing the code under `store`'s key in the
    /// code cache.
    fn define_compiled_caching(
        &mut self,
        id: FuncId,
        ctx: &Context,
        store: Option<(&codecache::CodeCache, &str, &[u32])>,
    ) -> Result<(), String> {
        let code = ctx.compiled_code().ok_or("not compiled")?;
        let relocs: Vec<ModuleReloc> = code
            .buffer
            .relocs()
            .iter()
            .map(|r| ModuleReloc::from_mach_reloc(r, &ctx.func, id))
            .collect();
        // The code, then the reference to its pc-table record (`pctab.rs`).
        let (bytes, trailer) = pctab::with_trailer(code.buffer.data());
        let tab = self.pctab.derive(code, trailer);
        if let Some((cache, key, used)) = store {
            if let Some(e) = codecache::entry(&self.module, &ctx.func, code, &tab, used) {
                codecache::store(cache, key, &e);
            }
        }
        self.add_pctab_record(id, ctx, tab);
        self.module
            .define_function_bytes(id, code.buffer.alignment as u64, &bytes, &relocs)
            .map_err(|e| e.to_string())
    }

    /// Adds the pc-table record of function `id` (IR in `ctx`) whose code
    /// gave `tab`.
    fn add_pctab_record(&mut self, id: FuncId, ctx: &Context, tab: pctab::CodeTab) {
        let symbol = self
            .module
            .declarations()
            .get_function_decl(id)
            .name
            .clone();
        if let Some(symbol) = symbol {
            let params = ctx.func.signature.params.len();
            self.pctab.add(id, &symbol, params, tab);
        }
    }
}

/// Inlines direct calls of the small Go functions in `bodies` (never a
/// function into itself).
struct Inliner<'a> {
    bodies: &'a HashMap<FuncId, ir::Function>,
    caller: FuncId,
}

impl cranelift_codegen::inline::Inline for Inliner<'_> {
    fn inline(
        &mut self,
        caller: &ir::Function,
        _inst: ir::Inst,
        _opcode: ir::Opcode,
        callee: ir::FuncRef,
        _args: &[ir::Value],
    ) -> cranelift_codegen::inline::InlineCommand<'_> {
        use cranelift_codegen::inline::InlineCommand;
        let ir::ExternalName::User(name) = &caller.dfg.ext_funcs[callee].name else {
            return InlineCommand::KeepCall;
        };
        let target = &caller.params.user_named_funcs()[*name];
        let id = FuncId::from_u32(target.index);
        match self.bodies.get(&id) {
            Some(body) if target.namespace == 0 && id != self.caller => InlineCommand::Inline {
                callee: symbols_renamed_for(caller, body),
                visit_callee: false,
            },
            _ => InlineCommand::KeepCall,
        }
    }
}

/// The callee body to inline into `caller`. Cranelift 0.135's inliner
/// copies symbol global values verbatim, keeping the callee's external-name
/// references, while it re-declares the callee's names in the caller (in
/// order, reusing names the caller has). This renames the symbols of a copy
/// of the callee to the references the caller will have.
fn symbols_renamed_for<'b>(
    caller: &ir::Function,
    body: &'b ir::Function,
) -> std::borrow::Cow<'b, ir::Function> {
    if body.global_values.is_empty() {
        return std::borrow::Cow::Borrowed(body);
    }
    let mut known: HashMap<&ir::UserExternalName, ir::UserExternalNameRef> = caller
        .params
        .user_named_funcs()
        .iter()
        .map(|(r, n)| (n, r))
        .collect();
    let mut next = caller.params.user_named_funcs().len() as u32;
    let mut renamed = HashMap::new();
    for (r, n) in body.params.user_named_funcs().iter() {
        let to = *known.entry(n).or_insert_with(|| {
            next += 1;
            ir::UserExternalNameRef::from_u32(next - 1)
        });
        renamed.insert(r, to);
    }
    let mut copy = body.clone();
    for gv in copy.global_values.values_mut() {
        if let ir::GlobalValueData::Symbol {
            name: ir::ExternalName::User(r),
            ..
        } = gv
        {
            *r = renamed[r];
        }
    }
    std::borrow::Cow::Owned(copy)
}

fn make_isa(opts: &Options) -> Result<OwnedTargetIsa, String> {
    let mut fb = settings::builder();
    let set =
        |fb: &mut settings::Builder, k: &str, v: &str| fb.set(k, v).map_err(|e| e.to_string());
    set(
        &mut fb,
        "opt_level",
        if opts.opt { "speed" } else { "none" },
    )?;
    set(&mut fb, "preserve_frame_pointers", "true")?;
    set(
        &mut fb,
        "enable_verifier",
        if opts.verify { "true" } else { "false" },
    )?;
    set(&mut fb, "is_pic", "true")?;
    set(&mut fb, "enable_pinned_reg", "true")?;
    set(&mut fb, "enable_multi_ret_implicit_sret", "true")?;
    let isa = cranelift_native::builder()?
        .finish(settings::Flags::new(fb))
        .map_err(|e| e.to_string())?;
    Ok(isa)
}

#[cfg(test)]
mod tests {
    //! Lowers a small hand-built checked package (the parser and checker
    //! are tested on their own; end-to-end tests run through the driver):
    //! `func add(a, b int) int { return a + b }; func main() { println(add(1, 2)) }`.
    use super::*;
    use crate::syntax::ast::{
        Block, Decl, Expr, ExprKind, Field, File, FuncDecl, FuncType, Ident, NodeId, Span, Stmt,
        StmtKind,
    };
    use crate::types::ty::{BasicKind, Type, TypeTable};
    use crate::types::{
        Builtin, ConstValue, FuncRef, Info, Mode, ObjKind, Object, Package, Signature, TypeAndValue,
    };

    struct Build {
        next: u32,
        info: Info,
        objects: Vec<Object>,
    }

    impl Build {
        fn id(&mut self) -> NodeId {
            self.next += 1;
            NodeId(self.next)
        }
        fn ident(&mut self, name: &str) -> Ident {
            Ident {
                name: name.into(),
                span: Span::default(),
                id: self.id(),
            }
        }
        fn obj(&mut self, name: &str, kind: ObjKind, ty: TypeId) -> ObjId {
            self.objects.push(Object {
                name: name.into(),
                kind,
                ty,
                file: 0,
                span: Span::default(),
                pkg: 0,
            });
            ObjId(self.objects.len() as u32 - 1)
        }
        fn expr(&mut self, kind: ExprKind, ty: TypeId, mode: Mode) -> Expr {
            let id = self.id();
            self.info.types.insert(id, TypeAndValue { ty, mode });
            Expr {
                id,
                span: Span::default(),
                kind,
            }
        }
        fn name(&mut self, name: &str, obj: ObjId, ty: TypeId, mode: Mode) -> Expr {
            let e = self.expr(ExprKind::Name(name.into()), ty, mode);
            self.info.uses.insert(e.id, obj);
            e
        }
    }

    fn stmt(kind: StmtKind) -> Stmt {
        Stmt {
            span: Span::default(),
            kind,
        }
    }

    fn block(stmts: Vec<Stmt>) -> Block {
        Block {
            stmts,
            span: Span::default(),
        }
    }

    fn package() -> (Package, Vec<File>) {
        let mut tt = TypeTable::new();
        let int = tt.basic(BasicKind::Int);
        let add_t = tt.intern(Type::Func(Signature {
            params: vec![int, int],
            results: vec![int],
            variadic: false,
        }));
        let main_t = tt.intern(Type::Func(Signature {
            params: vec![],
            results: vec![],
            variadic: false,
        }));
        let mut b = Build {
            next: 0,
            info: Info::default(),
            objects: Vec::new(),
        };
        let add = b.obj("add", ObjKind::Func, add_t);
        let main = b.obj("main", ObjKind::Func, main_t);
        let pa = b.obj(
            "a",
            ObjKind::Var {
                global: false,
                param: true,
            },
            int,
        );
        let pb = b.obj(
            "b",
            ObjKind::Var {
                global: false,
                param: true,
            },
            int,
        );
        let println = b.obj("println", ObjKind::Builtin(Builtin::Println), int);
        let (ia, ib) = (b.ident("a"), b.ident("b"));
        b.info.defs.insert(ia.id, pa);
        b.info.defs.insert(ib.id, pb);
        let int_name = b.expr(ExprKind::Name("int".into()), int, Mode::Type);
        let int_res = b.expr(ExprKind::Name("int".into()), int, Mode::Type);
        let x = b.name("a", pa, int, Mode::Variable);
        let y = b.name("b", pb, int, Mode::Variable);
        let sum = b.expr(
            ExprKind::Binary(crate::syntax::ast::BinOp::Add, Box::new(x), Box::new(y)),
            int,
            Mode::Value,
        );
        let add_decl = FuncDecl {
            recv: None,
            name: b.ident("add"),
            tparams: vec![],
            ty: FuncType {
                params: vec![Field {
                    names: vec![ia, ib],
                    ty: int_name,
                    tag: None,
                    span: Span::default(),
                }],
                results: vec![Field {
                    names: vec![],
                    ty: int_res,
                    tag: None,
                    span: Span::default(),
                }],
                span: Span::default(),
            },
            body: Some(block(vec![stmt(StmtKind::Return(vec![sum]))])),
            pragmas: Default::default(),
            span: Span::default(),
        };
        let one = b.expr(
            ExprKind::BasicLit {
                kind: crate::syntax::ast::LitKind::Int,
                raw: "1".into(),
            },
            int,
            Mode::Constant(ConstValue::Int(1.into())),
        );
        let two = b.expr(
            ExprKind::BasicLit {
                kind: crate::syntax::ast::LitKind::Int,
                raw: "2".into(),
            },
            int,
            Mode::Constant(ConstValue::Int(2.into())),
        );
        let callee = b.name("add", add, add_t, Mode::Value);
        let call = b.expr(
            ExprKind::Call {
                fun: Box::new(callee),
                args: vec![one, two],
                ellipsis: None,
            },
            int,
            Mode::Value,
        );
        let pl = b.name("println", println, int, Mode::Builtin(Builtin::Println));
        let print = b.expr(
            ExprKind::Call {
                fun: Box::new(pl),
                args: vec![call],
                ellipsis: None,
            },
            int,
            Mode::NoValue,
        );
        let main_decl = FuncDecl {
            recv: None,
            name: b.ident("main"),
            tparams: vec![],
            ty: FuncType {
                params: vec![],
                results: vec![],
                span: Span::default(),
            },
            body: Some(block(vec![stmt(StmtKind::Expr(print))])),
            pragmas: Default::default(),
            span: Span::default(),
        };
        let pkg_ident = b.ident("main");
        let file = File {
            file: 0,
            package: pkg_ident,
            imports: vec![],
            decls: vec![Decl::Func(add_decl), Decl::Func(main_decl)],
            directives: Vec::new(),
        };
        let pkg = Package {
            path: "main".into(),
            types: tt,
            objects: b.objects,
            info: b.info,
            globals: vec![],
            funcs: vec![
                FuncRef {
                    obj: add,
                    file: 0,
                    decl: 0,
                },
                FuncRef {
                    obj: main,
                    file: 0,
                    decl: 1,
                },
            ],
            init_order: vec![],
            inits: vec![],
            packages: vec![crate::types::PackageInit {
                path: "main".into(),
                name: "main".into(),
                ..Default::default()
            }],
            instance_files: vec![],
            loopvar_per_loop: Default::default(),
            var_links: Default::default(),
            embeds: Default::default(),
        };
        (pkg, vec![file])
    }

    #[test]
    fn every_go_function_starts_with_the_stack_check() {
        let (pkg, files) = package();
        let sources = SourceMap::default();
        let text = ir(&pkg, &files, &sources, None, false).expect("lowers");
        for f in ["; main.add", "; main.main", "; main..init"] {
            let body = text.split(f).nth(1).expect(f);
            let body = body.split("\n; ").next().unwrap();
            assert!(body.contains("get_pinned_reg.i64"), "{f}: {body}");
            assert!(body.contains("get_stack_pointer.i64"), "{f}: {body}");
            assert!(body.contains("cold"), "{f}: {body}");
        }
        assert!(text.contains("iadd"));
    }

    #[test]
    fn selecting_one_function_by_go_name() {
        let (pkg, files) = package();
        let sources = SourceMap::default();
        let text = ir(&pkg, &files, &sources, Some("add"), true).expect("lowers");
        assert!(text.contains("; main.add"));
        assert!(!text.contains("; main.main"));
    }

    #[test]
    fn compiles_to_an_elf_object() {
        let (pkg, files) = package();
        let sources = SourceMap::default();
        let opts = Options {
            code_cache: None,
            opt: true,
            verify: true,
            loop_poll: true,
        };
        let obj = compile(&pkg, &files, &sources, &opts).expect("compiles");
        assert_eq!(&obj.bytes[..4], b"\x7fELF");
    }

    #[test]
    fn the_code_cache_gives_the_same_object_and_keys_by_content() {
        let src = |k: i32| {
            format!("package main\n\nfunc f(x int) int {{ return x*x + {k} }}\n\nfunc g(s []int) int {{ return s[2] + f(len(s)) }}\n\nfunc main() {{ println(g(make([]int, 3))) }}\n")
        };
        let dir = tempfile::tempdir().unwrap();
        let opts = || Options {
            code_cache: Some(codecache::CodeCache {
                dir: dir.path().to_path_buf(),
                salt: "test".into(),
            }),
            opt: false,
            verify: true,
            loop_poll: true,
        };
        let build = |k| {
            let (pkg, files, sources) = checked(&src(k));
            compile(&pkg, &files, &sources, &opts()).expect("compiles")
        };
        let first = build(1);
        assert!(first.compiled > 0);
        assert_eq!(first.compiled_pkgs, ["main"]);
        let again = build(1);
        assert_eq!(
            (again.compiled, again.reused),
            (0, first.compiled + first.reused)
        );
        assert!(again.compiled_pkgs.is_empty());
        assert!(again.bytes == first.bytes, "the objects differ");
        // Only `f` changed: it alone is compiled (unoptimised, so not
        // inlined into `g`).
        let edited = build(2);
        assert_eq!(edited.compiled, 1);
    }

    /// Parses and checks a one-file program (shared by the lowering's
    /// unit tests).
    pub(super) fn checked(src: &str) -> (Package, Vec<File>, SourceMap) {
        let mut sources = SourceMap::default();
        let fid = sources.add("t.go".into(), src.into());
        let mut next = 0;
        let (file, d) = crate::syntax::parser::parse_file(&sources, fid, &mut next);
        assert!(d.is_empty(), "{d:?}");
        let files = vec![file];
        let (pkg, d) = crate::types::check_package("main", &files, &sources);
        assert!(d.is_empty(), "{d:?}");
        (pkg, files, sources)
    }

    /// Checks a one-file program; returns the package and the body of its
    /// function `f`.
    pub(super) fn checked_body_of_f(src: &str) -> (Package, crate::syntax::ast::Block) {
        let (pkg, files, _) = checked(src);
        let body = files[0]
            .decls
            .iter()
            .find_map(|d| match d {
                crate::syntax::ast::Decl::Func(f) if f.name.name == "f" => f.body.clone(),
                _ => None,
            })
            .expect("func f");
        (pkg, body)
    }

    /// The unoptimised IR of the one-file program `src` (only `func`'s when
    /// given).
    pub(super) fn ir_of(src: &str, func: Option<&str>) -> String {
        let (pkg, files, sources) = checked(src);
        ir(&pkg, &files, &sources, func, false).expect("lowers")
    }

    #[test]
    fn many_array_locals_spill_to_the_heap_instead_of_a_huge_frame() {
        let decls: String = (0..24)
            .map(|i| format!("\tvar a{i} [120]int\n\ta{i}[n] = {i}\n\ts += a{i}[n]\n"))
            .collect();
        let src = format!("package main\nfunc f(n int) int {{\n\ts := 0\n{decls}\treturn s\n}}\nfunc main() {{ println(f(1)) }}\n");
        let (pkg, files, sources) = checked(&src);
        let opts = Options {
            code_cache: None,
            opt: true,
            verify: true,
            loop_poll: true,
        };
        assert!(compile(&pkg, &files, &sources, &opts).is_ok());
    }

    #[test]
    fn nosplit_functions_have_no_prologue_check() {
        let src = "package main\n\n//go:nosplit\nfunc f(x int) int { return x + 1 }\n\nfunc g(x int) int { return x + 2 }\n\nfunc main() { println(f(1), g(2)) }\n";
        let (pkg, files, sources) = checked(src);
        let f = ir(&pkg, &files, &sources, Some("f"), false).expect("lowers");
        assert!(!f.contains("get_stack_pointer"), "{f}");
        let g = ir(&pkg, &files, &sources, Some("g"), false).expect("lowers");
        assert!(g.contains("get_stack_pointer"), "{g}");
    }

    #[test]
    fn noinline_functions_stay_calls() {
        // Only calls of `f` and `g` have results in `main`.
        let main_ir = |pragma: &str| {
            let src = format!("package main\n\n{pragma}\nfunc f(x int) int {{ return x + 1 }}\n\nfunc main() {{ println(f(1)) }}\n");
            let (pkg, files, sources) = checked(&src);
            ir(&pkg, &files, &sources, Some("main"), true).expect("lowers")
        };
        let plain = main_ir("");
        assert!(!plain.contains("= call "), "f is inlined: {plain}");
        let kept = main_ir("//go:noinline");
        assert!(kept.contains("= call "), "f is called: {kept}");
    }

    #[test]
    fn loops_carry_the_stack_check_on_their_back_edge() {
        let (pkg, files, sources) = checked(
            "package main\nfunc main() {\n\tfor i := 0; i < 10; i++ {\n\t\tprintln(i)\n\t}\n}\n",
        );
        let text = ir(&pkg, &files, &sources, Some("main"), false).expect("lowers");
        assert_eq!(text.matches("get_stack_pointer").count(), 2, "{text}");
    }
}
