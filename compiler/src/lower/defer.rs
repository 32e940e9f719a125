//! `defer`, the exit paths of a frame, and `recover` (rt/ABI.md "Panics and
//! defers").
//!
//! A deferred call becomes a funcval of type `func()` at the `defer`
//! statement: the function value itself when it takes and returns nothing,
//! else a thunk closure (`OUTER.deferwrapN`) that captured the callee and
//! the arguments evaluated there, and whose body replays the call with those
//! values (`Fx::preset`).
//!
//! Open-coded defers (at most `MAX_OPEN` `defer` statements, none in a loop
//! and no `goto` in the function): each statement has a bit in the `bits`
//! variable and a variable holding its funcval; the exit paths test the bits
//! newest first and clear a bit before calling its defer. Otherwise the
//! funcvals go on the goroutine's defer chain (`runtime.deferproc(fp, fv)`)
//! and the exit paths pop them (`runtime.deferpop(fp)`). `fp` is the frame
//! pointer of the deferring function.
//!
//! In a frame with defers, `return` stores the results in their places (the
//! named result variables, or hidden ones) and jumps to the normal exit,
//! which runs the defers and returns the then-current results; a deferred
//! call that panics branches to the panic exit, which runs the remaining
//! defers with `runtime.deferstep(fp)` after each and returns normally when
//! `runtime.deferexit(fp)` says the panic was recovered. A frame without
//! defers leaves on a panic by returning zero values.

use cranelift_codegen::ir::{self, condcodes::IntCC, types, Block, InstBuilder, Value};
use cranelift_frontend::Variable;

use super::abi;
use super::closure::{Pending, PendingKind};
use super::func::{trusted, Fx, Place, V};
use crate::syntax::ast::{Block as AstBlock, Expr, ExprKind, Stmt, StmtKind};
use crate::syntax::visit::{self as walk, Visitor};
use crate::types::ty::Type;
use crate::types::{Mode, ObjKind, Selection, Signature, TypeId};

/// Most `defer` statements a function may have and still be open-coded.
pub const MAX_OPEN: usize = 8;

/// Exit-path state of the function being lowered.
#[derive(Default)]
pub struct Frame {
    /// Where a frame without defers goes when unwinding.
    unwind: Option<Block>,
    defers: Option<Defers>,
}

struct Defers {
    open: bool,
    bits: Variable,
    fvs: Vec<Variable>,
    next: usize,
    normal_exit: Block,
    panic_exit: Block,
    results: Vec<Place>,
}

/// How many `defer` statements `body` has (outside function literals) and
/// whether one of them is in a loop or the function uses `goto`.
fn defer_plan(body: &AstBlock) -> (usize, bool) {
    struct Plan {
        count: usize,
        loops: usize,
        looped: bool,
    }
    impl Visitor for Plan {
        fn expr(&mut self, e: &Expr) -> bool {
            !matches!(e.kind, ExprKind::FuncLit { .. })
        }
        fn stmt(&mut self, s: &Stmt) -> bool {
            match &s.kind {
                StmtKind::Defer(_) => {
                    self.count += 1;
                    self.looped |= self.loops > 0;
                }
                StmtKind::For { .. } | StmtKind::Range { .. } => self.loops += 1,
                StmtKind::Branch {
                    kind: crate::syntax::ast::BranchKind::Goto,
                    ..
                } => self.looped = true,
                _ => {}
            }
            true
        }
        fn leave_stmt(&mut self, s: &Stmt) {
            if matches!(s.kind, StmtKind::For { .. } | StmtKind::Range { .. }) {
                self.loops -= 1;
            }
        }
    }
    let mut p = Plan {
        count: 0,
        loops: 0,
        looped: false,
    };
    walk::block(&mut p, body);
    (p.count, p.looped)
}

fn empty_sig() -> Signature {
    Signature {
        params: vec![],
        results: vec![],
        variadic: false,
    }
}

impl Fx<'_, '_, '_> {
    /// Sets up the defer state of a body (after its parameters are bound).
    pub fn start_frame(&mut self, body: &AstBlock) {
        let (count, looped) = defer_plan(body);
        if count == 0 {
            return;
        }
        self.m.clo.no_inline.insert(self.symbol.clone());
        let open = count <= MAX_OPEN && !looped;
        let bits = self.b.declare_var(types::I8);
        let z8 = self.b.ins().iconst(types::I8, 0);
        self.b.def_var(bits, z8);
        let nfv = if open { count } else { 0 };
        let fvs = (0..nfv)
            .map(|_| {
                let v = self.b.declare_var(types::I64);
                let z = self.b.ins().iconst(types::I64, 0);
                self.b.def_var(v, z);
                v
            })
            .collect();
        let results = self.result_places();
        self.frame.defers = Some(Defers {
            open,
            bits,
            fvs,
            next: 0,
            normal_exit: self.b.create_block(),
            panic_exit: self.b.create_block(),
            results,
        });
    }

    /// Where each result lives while defers run: the named result
    /// variables, else hidden variables (scalars) or the out-pointer.
    fn result_places(&mut self) -> Vec<Place> {
        let results = self.results.clone();
        let mut places = Vec::new();
        for (i, &t) in results.iter().enumerate() {
            let named = self.named_results.get(i).copied().flatten();
            let place = match (named, self.sret[i]) {
                (Some(o), _) => self.local_place(o),
                (None, Some(out)) => Place::Mem(out),
                (None, None) => {
                    let tys = abi::scalars(self.tt, t).unwrap_or_default();
                    let zs = self.zero_scalars(&tys);
                    Place::Vars(
                        tys.iter()
                            .zip(zs)
                            .map(|(&ty, z)| {
                                let v = self.b.declare_var(ty);
                                self.b.def_var(v, z);
                                v
                            })
                            .collect(),
                    )
                }
            };
            places.push(place);
        }
        places
    }

    /// `return` in a frame with defers: assigns the results and jumps to
    /// the normal exit. False when the frame has no defers.
    pub fn deferred_return(&mut self, vals: &[V]) -> bool {
        let Some(d) = &self.frame.defers else {
            return false;
        };
        let (places, exit) = (d.results.clone(), d.normal_exit);
        let results = self.results.clone();
        let vals: Vec<V> = vals
            .iter()
            .zip(&results)
            .map(|(v, &t)| self.stabilize(t, v.clone()))
            .collect();
        for ((p, v), &t) in places.iter().zip(&vals).zip(&results) {
            self.write_place(p, t, v);
        }
        self.jump(exit);
        true
    }

    /// Whether the function being lowered has `defer` statements.
    pub fn has_defers(&self) -> bool {
        self.frame.defers.is_some()
    }

    /// The block a call's unwinding check branches to.
    pub fn unwind_target(&mut self) -> Block {
        if let Some(d) = &self.frame.defers {
            return d.panic_exit;
        }
        if let Some(b) = self.frame.unwind {
            return b;
        }
        let b = self.b.create_block();
        self.frame.unwind = Some(b);
        b
    }

    /// `defer call`.
    pub fn defer_stmt(&mut self, s: &Stmt, call: &Expr) {
        let Some(fv) = self.deferred_funcval(call) else {
            return self.unsupported(s.span, "this deferred call");
        };
        if let Some(fp) = self.range_defer_fp() {
            self.call_rt("deferproc", &[fp, fv], &[]);
            return;
        }
        let Some(d) = self.frame.defers.as_mut() else {
            return;
        };
        if d.open {
            let i = d.next;
            d.next += 1;
            let (bits, var) = (d.bits, d.fvs[i]);
            self.b.def_var(var, fv);
            let old = self.b.use_var(bits);
            let new = self.b.ins().bor_imm_u(old, 1i64 << i);
            self.b.def_var(bits, new);
        } else {
            let fp = self.b.ins().get_frame_pointer(types::I64);
            self.call_rt("deferproc", &[fp, fv], &[]);
        }
    }

    /// The `func()` funcval that runs `call` with its operands evaluated
    /// now.
    pub(super) fn deferred_funcval(&mut self, call: &Expr) -> Option<Value> {
        let ExprKind::Call {
            fun,
            args,
            ellipsis,
        } = &call.kind
        else {
            return None;
        };
        let ft = self.type_of(fun);
        let builtin = matches!(self.mode_of(fun), Some(Mode::Builtin(_)));
        let direct = match &fun.kind {
            ExprKind::Name(_) => self
                .m
                .pkg
                .info
                .uses
                .get(&fun.id)
                .is_some_and(|o| matches!(self.m.pkg.obj(*o).kind, ObjKind::Func)),
            _ => false,
        };
        let plain = !builtin
            && args.is_empty()
            && matches!(self.under(ft), Type::Func(s) if s.params.is_empty() && s.results.is_empty());
        if plain {
            let v = self.expr(fun).s0();
            if direct || matches!(fun.kind, ExprKind::FuncLit { .. }) {
                return Some(v);
            }
            return self.nil_deferred(call, fun, ft, v);
        }
        if ellipsis.is_some() && builtin {
            return None;
        }
        let mut operands: Vec<&Expr> = Vec::new();
        let mut receiver_addr = None;
        // `x.N[A](args)` of a generic method is a method call too.
        let sel = match &fun.kind {
            ExprKind::Index(x, _) if self.generic_method_operand(x) => x.unparen(),
            _ => fun,
        };
        match &sel.kind {
            ExprKind::Selector(x, _) => match self.m.pkg.info.selections.get(&sel.id) {
                Some(Selection::Method { func, path, .. })
                    if self.takes_address(x, *func, path) =>
                {
                    receiver_addr = Some(x)
                }
                Some(Selection::Method { .. }) => operands.push(x),
                _ if !builtin && !direct => operands.push(fun),
                _ => {}
            },
            _ if !builtin && !direct => operands.push(fun),
            _ => {}
        }
        for a in args {
            let m = self.mode_of(a);
            if matches!(m, Some(Mode::Constant(_) | Mode::Nil | Mode::Type)) {
                continue;
            }
            operands.push(a);
        }
        self.hoist_calls(fun);
        self.hoist_all(args);
        let mut off = 8u64;
        let mut layout = Vec::new();
        let mut vals = Vec::new();
        if let Some(x) = receiver_addr {
            // The receiver's address, saved as an unsafe.Pointer under
            // `x`'s id.
            let a = self.addr_of(x);
            let up = self.tt.basic(crate::types::ty::BasicKind::UnsafePointer);
            layout.push((x.id, up, off as i32));
            vals.push(V::one(a));
            off += 8;
        }
        for o in &operands {
            // A multi-valued call `g(f())` saves each of f's results under
            // f's node id; the thunk hands them back as f's hoisted results.
            let parts: Vec<(TypeId, V)> = match self.under(self.type_of(o)) {
                Type::Tuple(ts) => {
                    let ts = ts.clone();
                    ts.into_iter().zip(self.multi(o)).collect()
                }
                _ => vec![(self.type_of(o), self.expr(o))],
            };
            for (t, v) in parts {
                let v = self.stabilize(t, v);
                off = off.next_multiple_of(self.tt.align_of(t).max(1));
                layout.push((o.id, t, off as i32));
                vals.push(v);
                off += self.tt.size_of(t);
            }
        }
        let size = off.next_multiple_of(8);
        let id = self.declare_thunk(call, layout.clone())?;
        let p = self.new_funcval(id, size);
        for ((_, t, o), v) in layout.iter().zip(&vals) {
            self.store(*t, v, p, *o);
        }
        Some(p)
    }

    /// Funcval `v` of a plain deferred call, or when it is nil a thunk
    /// that calls it, so that the nil call panics when the deferred call
    /// runs rather than reading as the end of the defer chain.
    fn nil_deferred(
        &mut self,
        call: &Expr,
        fun: &Expr,
        ft: crate::types::TypeId,
        v: Value,
    ) -> Option<Value> {
        let id = self.declare_thunk(call, vec![(fun.id, ft, 8)])?;
        let nil = self.b.create_block();
        let join = self.b.create_block();
        let out = self.b.append_block_param(join, types::I64);
        self.b.ins().brif(v, join, &[v.into()], nil, &[]);
        self.b.seal_block(nil);
        self.b.switch_to_block(nil);
        let p = self.new_funcval(id, 16);
        let zero = self.b.ins().iconst(types::I64, 0);
        self.b.ins().store(trusted(), zero, p, 8);
        self.b.ins().jump(join, &[p.into()]);
        self.b.seal_block(join);
        self.b.switch_to_block(join);
        Some(out)
    }

    fn declare_thunk(
        &mut self,
        call: &Expr,
        layout: Vec<(crate::syntax::ast::NodeId, crate::types::TypeId, i32)>,
    ) -> Option<cranelift_module::FuncId> {
        use cranelift_module::Module;
        let outer = self.symbol.clone();
        let n = self.m.clo.next_count(&format!("{outer}#defer"));
        let name = format!("{outer}.deferwrap{n}");
        let clif = super::funcval::signature(self.tt, &empty_sig());
        let id = self
            .m
            .module
            .declare_function(&name, cranelift_module::Linkage::Local, &clif)
            .ok()?;
        self.m.clo.pending.push(Pending {
            id,
            name,
            file: self.file,
            lit: call.clone(),
            sig: empty_sig(),
            captures: Vec::new(),
            kind: PendingKind::Thunk(layout),
            flags_off: None,
        });
        Some(id)
    }

    /// Whether `defer x.M()` takes `x`'s address when it is deferred: `M`
    /// has a pointer receiver and `x` is a variable (not a pointer), so the
    /// call at the end works on `x` itself, as gc's does.
    fn takes_address(&self, x: &Expr, method: crate::types::ObjId, path: &[usize]) -> bool {
        let ptr = self.m.method_recv(method).is_some_and(|r| r.ptr);
        let xt = self.type_of(x);
        ptr && !matches!(self.tt.get(xt), Type::Pointer(_))
            && (self.mode_of(x) == Some(&Mode::Variable) || path.is_empty())
    }

    /// Whether the operand saved under `id` is a receiver's address (saved
    /// as an unsafe.Pointer for an expression of another type: a type
    /// with methods is never unsafe.Pointer).
    fn saved_address(
        &self,
        id: crate::syntax::ast::NodeId,
        layout: &[(crate::syntax::ast::NodeId, crate::types::TypeId, i32)],
    ) -> bool {
        let Some(tv) = self.m.pkg.info.types.get(&id) else {
            return false;
        };
        let up = self.tt.basic(crate::types::ty::BasicKind::UnsafePointer);
        tv.ty != up && layout.iter().any(|&(i, t, _)| i == id && t == up)
    }

    /// A thunk's body: loads the saved operands, then replays the call.
    pub fn thunk_body(
        &mut self,
        ctx: Value,
        call: &Expr,
        layout: &[(crate::syntax::ast::NodeId, crate::types::TypeId, i32)],
    ) {
        let mut saved: Vec<(crate::syntax::ast::NodeId, Vec<V>)> = Vec::new();
        for &(id, t, off) in layout {
            let v = self.load(t, ctx, off);
            match saved.last_mut() {
                Some((last, vs)) if *last == id => vs.push(v),
                _ => saved.push((id, vec![v])),
            }
        }
        for (id, mut vs) in saved {
            if self.saved_address(id, layout) {
                let a = vs.swap_remove(0).s0();
                self.preset_addr.insert(id, a);
            } else if vs.len() == 1 {
                self.preset.insert(id, vs.swap_remove(0));
            } else {
                self.hoisted.insert(id, vs);
            }
        }
        if let ExprKind::Call { fun, .. } = &call.kind {
            // `defer recover()`: recover is the deferred call itself, not
            // called by one, so it returns nil and stops no panic (spec).
            if self.mode_of(fun) == Some(&Mode::Builtin(crate::types::Builtin::Recover)) {
                return;
            }
        }
        self.tail_call = true;
        self.call(call);
        self.tail_call = false;
    }

    /// `recover()`: `runtime.gorecover(caller's frame pointer)`.
    pub fn recover(&mut self) -> V {
        self.m.clo.no_inline.insert(self.symbol.clone());
        let fp = self.b.ins().get_frame_pointer(types::I64);
        let parent = self.b.ins().load(types::I64, trusted(), fp, 0);
        V::S(self.call_rt("gorecover", &[parent], &[types::I64, types::I64]))
    }

    /// Emits the exit paths at the end of a body.
    /// The block lowering is in (the end of the body) is closed first:
    /// falling off the end returns (through the defers).
    pub fn finish_frame(&mut self) {
        let defers = self.frame.defers.take();
        match (&defers, self.results.is_empty()) {
            (Some(d), true) => {
                self.b.ins().jump(d.normal_exit, &[]);
            }
            (None, true) => {
                self.b.ins().return_(&[]);
            }
            (_, false) => {
                self.b.ins().trap(ir::TrapCode::unwrap_user(1));
            }
        }
        if let Some(u) = self.frame.unwind {
            self.b.switch_to_block(u);
            self.return_zeros();
        }
        let Some(d) = defers else {
            self.dead_block();
            return;
        };
        let final_ret = self.b.create_block();
        self.b.switch_to_block(d.normal_exit);
        self.run_defers(&d, Some(d.panic_exit));
        self.b.ins().jump(final_ret, &[]);
        self.b.switch_to_block(d.panic_exit);
        let fp = self.b.ins().get_frame_pointer(types::I64);
        self.call_rt("deferstep", &[fp], &[]);
        self.run_defers(&d, None);
        let fp = self.b.ins().get_frame_pointer(types::I64);
        let r = self.call_rt("deferexit", &[fp], &[types::I8])[0];
        let unwinding = self.b.create_block();
        self.b.ins().brif(r, final_ret, &[], unwinding, &[]);
        self.b.switch_to_block(unwinding);
        self.return_zeros();
        self.b.switch_to_block(final_ret);
        self.return_results(&d.results);
        self.dead_block();
    }

    /// Runs the pending defers newest first; `panic_exit`: check for a new
    /// panic after each (normal exit), else `deferstep` after each.
    fn run_defers(&mut self, d: &Defers, panic_exit: Option<Block>) {
        for i in (0..d.fvs.len()).rev() {
            let bits = self.b.use_var(d.bits);
            let bit = self.b.ins().band_imm_u(bits, 1i64 << i);
            let call = self.b.create_block();
            let next = self.b.create_block();
            self.b.ins().brif(bit, call, &[], next, &[]);
            self.b.switch_to_block(call);
            let cleared = self.b.ins().band_imm_u(bits, !(1i64 << i) & 0xff);
            self.b.def_var(d.bits, cleared);
            let fv = self.b.use_var(d.fvs[i]);
            self.after_deferred_call(fv, panic_exit);
            self.b.ins().jump(next, &[]);
            self.b.switch_to_block(next);
        }
        if d.open {
            return;
        }
        let head = self.b.create_block();
        let call = self.b.create_block();
        let done = self.b.create_block();
        self.b.ins().jump(head, &[]);
        self.b.switch_to_block(head);
        let fp = self.b.ins().get_frame_pointer(types::I64);
        let fv = self.call_rt("deferpop", &[fp], &[types::I64])[0];
        let z = self.b.ins().icmp_imm_u(IntCC::Equal, fv, 0);
        self.b.ins().brif(z, done, &[], call, &[]);
        self.b.switch_to_block(call);
        self.after_deferred_call(fv, panic_exit);
        self.b.ins().jump(head, &[]);
        self.b.switch_to_block(done);
    }

    fn after_deferred_call(&mut self, fv: Value, panic_exit: Option<Block>) {
        let code = self.b.ins().load(types::I64, trusted(), fv, 0);
        let clif = super::funcval::signature(self.tt, &empty_sig());
        let sref = self.b.import_signature(clif);
        self.b.ins().call_indirect(sref, code, &[fv]);
        match panic_exit {
            Some(exit) => {
                let g = self.b.ins().get_pinned_reg(types::I64);
                let u =
                    self.b
                        .ins()
                        .load(types::I64, trusted(), g, super::closure::UNWINDING_OFFSET);
                let cont = self.b.create_block();
                self.b.ins().brif(u, exit, &[], cont, &[]);
                self.b.switch_to_block(cont);
            }
            None => {
                let fp = self.b.ins().get_frame_pointer(types::I64);
                self.call_rt("deferstep", &[fp], &[]);
            }
        }
    }

    fn return_results(&mut self, places: &[Place]) {
        let results = self.results.clone();
        let mut rets = Vec::new();
        for (i, (p, &t)) in places.iter().zip(&results).enumerate() {
            let v = self.read_place(p, t);
            match self.sret[i] {
                Some(out) => {
                    if !matches!(p, Place::Mem(a) if *a == out) {
                        self.store(t, &v, out, 0);
                    }
                }
                None => rets.extend_from_slice(v.scalars()),
            }
        }
        self.b.ins().return_(&rets);
    }

    /// Returns zero values of the function's result registers (the caller
    /// ignores them: it is unwinding).
    fn return_zeros(&mut self) {
        let tys: Vec<ir::Type> = self
            .b
            .func
            .signature
            .returns
            .iter()
            .map(|r| r.value_type)
            .collect();
        let zs = self.zero_scalars(&tys);
        self.b.ins().return_(&zs);
    }
}

#[cfg(test)]
mod tests {

    /// The unoptimised IR of `func` in the one-file program `src`.
    fn ir_of(src: &str, func: &str) -> String {
        crate::lower::tests::ir_of(src, Some(func))
    }

    #[test]
    fn two_defers_are_open_coded_with_defer_bits() {
        let text = ir_of(
            "package main\nfunc f() {\n\tdefer println(1)\n\tdefer func() { println(2) }()\n\tprintln(3)\n}\nfunc main() { f() }\n",
            "f",
        );
        // One bit set per defer statement; each exit path tests and clears
        // both bits and calls the two funcvals; no defer record is pushed
        // (`runtime.deferproc(fp, fv)` is the only `(i64, i64)` runtime
        // call without results).
        assert_eq!(text.matches(" bor ").count(), 2, "{text}");
        assert_eq!(text.matches(" band").count(), 8, "{text}");
        assert_eq!(text.matches("call_indirect").count(), 4, "{text}");
        assert!(!text.contains("(i64, i64) system_v"), "{text}");
    }

    #[test]
    fn a_defer_in_a_loop_uses_the_defer_chain() {
        let text = ir_of(
            "package main\nfunc f() {\n\tfor i := 0; i < 3; i++ {\n\t\tdefer println(i)\n\t}\n}\nfunc main() { f() }\n",
            "f",
        );
        assert_eq!(text.matches(" bor ").count(), 0, "{text}");
        assert!(text.contains("(i64, i64) system_v"), "{text}");
        // The pop loop of both exit paths calls each popped funcval.
        assert_eq!(text.matches("call_indirect").count(), 2, "{text}");
    }
}
