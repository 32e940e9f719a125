//! Function literals, func values and calls through them (Go's funcval).
//!
//! A closure is a funcval (`funcval.rs`) whose words after the code
//! address hold the captured variables: `{fn, captured...}`.
//!
//! Captures (decided once per package, `analyze`): a local variable used
//! inside a function literal that declares it elsewhere is captured. When it
//! is never assigned after its declaration (and its address is never
//! taken, and it is no parameter or result), the closure gets a copy of its value; otherwise (`byref`) the
//! variable lives on the heap in the function that declares it (it joins the
//! escape set, `func.rs`) and closures hold the cell's address. Inside a
//! closure body each captured variable is a `Local::Heap` whose address is
//! the copy inside the closure object (by value) or the loaded cell pointer
//! (by reference), so every construct reads and writes it as usual. Nested
//! literals capture through the enclosing closure's own captures. Go 1.22
//! per-iteration loop variables come for free: a by-reference loop variable
//! gets a fresh cell per iteration (`stmt.rs`), a by-value one is copied when
//! each closure is made. Before Go 1.22 a range loop assigns its one
//! variable each iteration, so captured range variables of such files are
//! by reference.
//!
//! The funcval layout itself (allocation, calls, static funcvals of
//! top-level functions) is `funcval.rs`.
//!
//! Literal bodies are lowered after the function that contains them: the
//! literal is declared (symbol `OUTER.funcN`, nested `OUTER.funcN.M`) when
//! first lowered and queued in `ModState::pending`.

use std::collections::{HashMap, HashSet};

use cranelift_codegen::ir::{self, types, InstBuilder, UserFuncName, Value};
use cranelift_module::{FuncId, Linkage, Module};

use super::func::{trusted, Fx, Local, Place, V};
use super::{funcval, ModCx};
use crate::syntax::ast::{Expr, ExprKind, NodeId, Stmt, StmtKind};
use crate::syntax::visit::{self as walk, Visitor};
use crate::types::ty::Type;
use crate::types::{Builtin, Mode, ObjId, ObjKind, Package, Signature, TypeId};

/// Byte offset of the `unwinding` flag in the runtime's `g` (rt/ABI.md).
pub const UNWINDING_OFFSET: i32 = 24;

/// One captured variable of a closure.
#[derive(Clone, Debug)]
pub struct Capture {
    pub obj: ObjId,
    pub byref: bool,
    /// Offset in the closure object.
    pub off: i32,
}

/// A function literal waiting to be lowered.
pub struct Pending {
    pub id: FuncId,
    pub name: String,
    pub file: u32,
    pub lit: Expr,
    pub sig: Signature,
    pub captures: Vec<Capture>,
    pub kind: PendingKind,
    /// For a literal whose calls gc inlines: the offset of the word of its
    /// closure object that points at its append-buffer flags (`inlsite.rs`).
    pub flags_off: Option<i32>,
}

/// What a queued function's body is.
pub enum PendingKind {
    /// The function literal `lit`.
    Lit,
    /// A defer thunk replaying the call `lit` with the operands saved at
    /// these offsets of its context (`defer.rs`).
    Thunk(Vec<(NodeId, TypeId, i32)>),
    /// The body of a range-over-func loop (`rangefunc.rs`).
    RangeBody(Box<super::rangefunc::RangeSpec>),
}

/// Module-wide closure state.
#[derive(Default)]
pub struct ModState {
    /// Captured variables that closures reach by address.
    pub byref: HashSet<ObjId>,
    /// Whether any function defers or recovers: then panics return through
    /// every frame (rt/ABI.md "Panics and defers") and calls are checked.
    pub unwind: bool,
    lits: HashMap<NodeId, (FuncId, String, Vec<Capture>, u32)>,
    pub pending: Vec<Pending>,
    counts: HashMap<String, u32>,
    /// Symbols of functions that must not be inlined (they defer or
    /// recover: both depend on their own frame).
    pub no_inline: HashSet<String>,
    /// `Pending::flags_off` and the closure object's size of the literals
    /// declared so far, by literal.
    pub lit_flags: HashMap<NodeId, (i32, u32)>,
}

impl ModState {
    /// The next number in the sequence `key` (from 1).
    pub fn next_count(&mut self, key: &str) -> u32 {
        let c = self.counts.entry(key.to_string()).or_insert(0);
        *c += 1;
        *c
    }
}

/// Per-package analysis over the function bodies and package variable
/// initialisers: which captured variables are by reference, and whether the
/// unwinding protocol is needed.
pub fn analyze(pkg: &Package, bodies: &[&crate::syntax::ast::Block], inits: &[&Expr]) -> ModState {
    let mut a = Analysis {
        pkg,
        captured: HashSet::new(),
        assigned: HashSet::new(),
        unwind: false,
    };
    let mut addressed = HashSet::new();
    for b in bodies {
        walk::block(&mut a, b);
        addressed.extend(super::escape::address_taken(pkg, b));
    }
    for e in inits {
        walk::expr(&mut a, e);
        if let ExprKind::FuncLit { body, .. } = &e.kind {
            addressed.extend(super::escape::address_taken(pkg, body));
        }
    }
    let byref = a
        .captured
        .iter()
        .filter(|o| a.assigned.contains(o) || addressed.contains(o) || is_param(pkg, **o))
        .copied()
        .collect();
    ModState {
        byref,
        unwind: a.unwind,
        ..ModState::default()
    }
}

/// Whether `o` is a parameter or result: a `return` with values assigns
/// named results, which deferred closures must then observe, so captured
/// ones are taken by reference (parameters too, as they share the flag).
fn is_param(pkg: &Package, o: ObjId) -> bool {
    matches!(pkg.obj(o).kind, ObjKind::Var { param: true, .. })
}

struct Analysis<'a> {
    pkg: &'a Package,
    captured: HashSet<ObjId>,
    assigned: HashSet<ObjId>,
    unwind: bool,
}

impl Analysis<'_> {
    /// Records the variable that an assignment to `e` writes: `x`, and `x`
    /// in `x.f`, `x[i]` (over-approximating through slices and pointers).
    fn assign_to(&mut self, e: &Expr) {
        let mut e = e;
        while let ExprKind::Paren(x) | ExprKind::Selector(x, _) | ExprKind::Index(x, _) = &e.kind {
            e = x;
        }
        if let Some(&o) = self.pkg.info.uses.get(&e.id) {
            self.assigned.insert(o);
        }
    }
}

impl Visitor for Analysis<'_> {
    fn stmt(&mut self, s: &Stmt) -> bool {
        match &s.kind {
            StmtKind::Assign { lhs, .. } => {
                // `:=` redeclaring an existing variable assigns it (a use);
                // the new ones are definitions, not uses.
                lhs.iter().for_each(|l| self.assign_to(l));
            }
            StmtKind::IncDec { x, .. } => self.assign_to(x),
            StmtKind::Range {
                key,
                value,
                define: false,
                ..
            } => [key, value]
                .into_iter()
                .flatten()
                .for_each(|e| self.assign_to(e)),
            StmtKind::Range {
                key,
                value,
                define: true,
                ..
            } => {
                // Before Go 1.22 the loop assigns one variable each iteration.
                for e in [key, value].into_iter().flatten() {
                    if let Some(&o) = self.pkg.info.defs.get(&e.id) {
                        if self.pkg.loopvar_per_loop.contains(&self.pkg.obj(o).file) {
                            self.assigned.insert(o);
                        }
                    }
                }
            }
            StmtKind::Defer(_) => self.unwind = true,
            _ => {}
        }
        if super::rangefunc::is_range_func(self.pkg, s) {
            self.captured
                .extend(super::rangefunc::free_vars(self.pkg, s));
        }
        true
    }

    fn expr(&mut self, e: &Expr) -> bool {
        match &e.kind {
            ExprKind::FuncLit { .. } => self.captured.extend(free_vars(self.pkg, e)),
            ExprKind::Name(_) => {
                if let Some(Mode::Builtin(Builtin::Recover)) =
                    self.pkg.type_of(e.id).map(|tv| &tv.mode)
                {
                    self.unwind = true;
                }
            }
            _ => {}
        }
        true
    }
}

/// The local variables a function literal uses but does not declare, in
/// order of first use.
pub fn free_vars(pkg: &Package, lit: &Expr) -> Vec<ObjId> {
    match &lit.kind {
        ExprKind::FuncLit { body, .. } => free_in(pkg, lit.span, &[], body),
        _ => Vec::new(),
    }
}

/// The local variables that `assigned` and `body` use and that are not
/// declared within `span`.
pub fn free_in(
    pkg: &Package,
    span: crate::syntax::ast::Span,
    assigned: &[&Expr],
    body: &crate::syntax::ast::Block,
) -> Vec<ObjId> {
    struct Free<'a> {
        pkg: &'a Package,
        span: crate::syntax::ast::Span,
        seen: HashSet<ObjId>,
        out: Vec<ObjId>,
    }
    impl Visitor for Free<'_> {
        fn expr(&mut self, e: &Expr) -> bool {
            if let ExprKind::Name(_) = e.kind {
                if let Some(&o) = self.pkg.info.uses.get(&e.id) {
                    let obj = self.pkg.obj(o);
                    let local = matches!(obj.kind, ObjKind::Var { global: false, .. });
                    let inside = self.span.lo <= obj.span.lo && obj.span.hi <= self.span.hi;
                    if local && !inside && self.seen.insert(o) {
                        self.out.push(o);
                    }
                }
            }
            true
        }
    }
    let mut f = Free {
        pkg,
        span,
        seen: HashSet::new(),
        out: Vec::new(),
    };
    for e in assigned {
        walk::expr(&mut f, e);
    }
    walk::block(&mut f, body);
    f.out
}

/// Whether runtime entry point `name` may raise a panic (so that a call to
/// it is followed by the unwinding check). The `panic*` entry points always
/// raise and are followed by `Fx::after_raise` instead.
pub fn may_raise(name: &str) -> bool {
    const NEVER: &[&str] = &[
        "mallocgc",
        "newobject",
        "concatstrings",
        "cmpstring",
        "intstring",
        "decoderune",
        "memequal",
        "morestack",
        "deferproc",
        "deferpop",
        "deferstep",
        "deferexit",
        "gorecover",
        "enableunwind",
        "gopanic",
        "newproc",
        "chanrecv1",
        "chanrecv2",
        "chanlen",
        "chancap",
        "block",
        "selectnbrecv",
    ];
    !(name.starts_with("print") || name.starts_with("panic") || NEVER.contains(&name))
}

impl ModCx<'_> {
    /// Lowers the queued function literals (and those they contain).
    pub(super) fn lower_pending_closures(&mut self) {
        while let Some(p) = self.clo.pending.pop() {
            let mut func = ir::Function::with_name_signature(
                UserFuncName::user(0, p.id.as_u32()),
                funcval::signature(self.tt(), &p.sig),
            );
            let mut fctx = std::mem::take(&mut self.fctx);
            let lowered =
                std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| match &p.kind {
                    PendingKind::RangeBody(spec) => {
                        self.lower_range_body(&mut func, &mut fctx, &p, spec)
                    }
                    _ => super::func::lower_closure_body(self, &mut func, &mut fctx, &p),
                }));
            if lowered.is_err() {
                self.diags.push(crate::diag::Diagnostic::new(
                    p.file,
                    p.lit.span,
                    format!("golift: internal error: lowering {} failed", p.name),
                ));
                continue;
            }
            self.fctx = fctx;
            self.define(p.id, &p.name, func, p.file, p.lit.span);
        }
    }
}

impl Fx<'_, '_, '_> {
    /// Binds the captured variables of the closure being lowered, reading
    /// them through the context `ctx`.
    pub fn bind_captures(&mut self, ctx: Value, captures: &[Capture]) {
        for c in captures {
            let var = self.b.declare_var(types::I64);
            let p = if c.byref {
                self.b.ins().load(types::I64, trusted(), ctx, c.off)
            } else {
                self.b.ins().iadd_imm_s(ctx, c.off as i64)
            };
            self.b.def_var(var, p);
            self.locals.insert(c.obj, Local::Heap(var));
        }
    }

    /// A function literal: declares (and queues) its code on first use,
    /// then builds its closure object.
    pub fn func_lit(&mut self, e: &Expr, t: TypeId) -> V {
        let Type::Func(sig) = self.under(t).clone() else {
            return self.fail(e, t, "this function literal");
        };
        let (id, captures, size) = match self.m.clo.lits.get(&e.id) {
            Some((id, _, caps, size)) => (*id, caps.clone(), *size),
            None => match self.declare_lit(e, &sig) {
                Some(x) => x,
                None => return self.fail(e, t, "this function literal"),
            },
        };
        if captures.is_empty() && size <= 8 {
            // Nothing captured: one read-only funcval `F.funcN·f` shared by
            // every evaluation, as gc's, so the literal allocates nothing.
            let name = format!("{}·f", self.m.clo.lits[&e.id].1);
            if let Some(d) = self.m.static_funcval_data(&name, id) {
                return V::one(self.data_addr(d));
            }
        }
        let p = self.new_funcval(id, size as u64);
        self.fill_captures(p, &captures);
        V::one(p)
    }

    /// Stores the captured variables into closure object `p`.
    pub fn fill_captures(&mut self, p: Value, captures: &[Capture]) {
        for c in captures {
            let ty = self.m.pkg.obj(c.obj).ty;
            match self.local_place(c.obj) {
                Place::Mem(a) if c.byref => {
                    self.b.ins().store(trusted(), a, p, c.off);
                }
                place => {
                    let v = self.read_place(&place, ty);
                    self.store(ty, &v, p, c.off);
                }
            }
        }
    }

    /// Where each captured variable lives in a closure record whose
    /// captures start at `start`: a heap cell's address (captured by
    /// reference) or a copy of the value, each at its alignment; and the
    /// record's size.
    pub(super) fn capture_layout(&self, objs: Vec<ObjId>, start: u64) -> (Vec<Capture>, u64) {
        let mut off = start;
        let mut captures = Vec::new();
        for obj in objs {
            let byref = self.m.clo.byref.contains(&obj);
            let ty = self.m.pkg.obj(obj).ty;
            let (size, align) = if byref {
                (8, 8)
            } else {
                (self.tt.size_of(ty), self.tt.align_of(ty).max(1))
            };
            off = off.next_multiple_of(align);
            captures.push(Capture {
                obj,
                byref,
                off: off as i32,
            });
            off += size;
        }
        (captures, off.next_multiple_of(8))
    }

    fn declare_lit(&mut self, e: &Expr, sig: &Signature) -> Option<(FuncId, Vec<Capture>, u32)> {
        let (captures, size) = self.capture_layout(free_vars(self.m.pkg, e), 8);
        let mut size = size as u32;
        let flags_off = self.inlined_lit(e.id).then(|| {
            size += 8;
            size as i32 - 8
        });
        if let Some(off) = flags_off {
            self.m.clo.lit_flags.insert(e.id, (off, size));
        }
        let outer = self.symbol.clone();
        let n = self.m.clo.next_count(&outer);
        let name = if self.in_closure {
            format!("{outer}.{n}")
        } else {
            format!("{outer}.func{n}")
        };
        let clif = funcval::signature(self.tt, sig);
        let id = self
            .m
            .module
            .declare_function(&name, Linkage::Local, &clif)
            .ok()?;
        self.m
            .clo
            .lits
            .insert(e.id, (id, name.clone(), captures.clone(), size));
        self.m.clo.pending.push(Pending {
            id,
            name,
            file: self.file,
            lit: e.clone(),
            sig: sig.clone(),
            captures: captures.clone(),
            kind: PendingKind::Lit,
            flags_off,
        });
        Some((id, captures, size))
    }

    /// After a call that may panic: leave through the frame's exit path
    /// when the goroutine is unwinding (one load and a branch).
    pub fn check_unwinding(&mut self) {
        if !self.m.clo.unwind {
            return;
        }
        let g = self.b.ins().get_pinned_reg(types::I64);
        let u = self
            .b
            .ins()
            .load(types::I64, trusted(), g, UNWINDING_OFFSET);
        let exit = self.unwind_target();
        let cont = self.b.create_block();
        self.b.ins().brif(u, exit, &[], cont, &[]);
        self.b.seal_block(cont);
        self.b.switch_to_block(cont);
    }

    /// After a runtime call that always panics: the exit path when
    /// unwinding is on, else unreachable (the runtime exited).
    pub fn after_raise(&mut self) {
        if self.m.clo.unwind {
            let exit = self.unwind_target();
            self.b.ins().jump(exit, &[]);
        } else {
            self.b
                .ins()
                .trap(cranelift_codegen::ir::TrapCode::unwrap_user(2));
        }
    }
}
