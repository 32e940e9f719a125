//! Range over functions (Go 1.23): `for k, v := range f { body }` calls the
//! iterator `f` with a synthesized `yield` closure, the loop body, as gc's
//! rangefunc rewrite does.
//!
//! The body closure (`OUTER-rangeN`) has the yield signature
//! `func(k, v) bool`; its parameters are the iteration variables (fresh per
//! call, so per iteration). Its context is
//! `{fn, state, next, fp, results, captures...}`:
//! - `state` (i64, in the closure object itself): gc's `abi.RF_*` states.
//!   The body checks it is `READY` on entry (else `panicrangestate(state)`),
//!   sets `PANIC` while it runs, and leaves with `READY` (return true:
//!   `continue`, end of body) or `DONE` (return false: `break` and every
//!   other way out). After the iterator returns, the loop panics with
//!   `MISSING_PANIC` if the state is still `PANIC` (the iterator swallowed
//!   a body panic), then sets `EXHAUSTED`, so a later call of the saved
//!   yield panics too.
//! - `next`: address of an i64 cell shared by all range-func loops nested in
//!   one function (allocated by the outermost loop): how control leaves
//!   the body beyond the loop. 0: it does not; -1: `return` with values,
//!   stored in `results`; -2: bare `return`; a positive code: a labelled
//!   `break`/`continue`, or a `goto`, whose target lies outside the body
//!   (codes are numbered module-wide). After the iterator call, the loop
//!   dispatches on it: a target in the current function resets it to 0 and
//!   jumps there; one beyond (only inside another body) leaves that body
//!   too, with `DONE`; a return reaches the function that owns the loops
//!   and returns from there.
//! - `fp`: frame pointer of the function that owns the loops. `defer` in a
//!   body belongs to that function: the body pushes the record with its
//!   `fp` (`runtime.deferproc`, which keeps the chain ordered by frame), so
//!   the owner's exit paths run it. A function with a `defer` in a range
//!   body uses the defer chain (such a `defer` counts as one in a loop).
//! - `results`: a cell holding the owner's results for `return` in a body.
//!
//! Variables of the enclosing function used in the body are captured like
//! those of a function literal (`closure.rs`): `closure::analyze` treats
//! every range-func body as one.

use std::collections::{HashMap, HashSet};

use cranelift_codegen::ir::{self, condcodes::IntCC, types, Block, InstBuilder, Value};
use cranelift_frontend::FunctionBuilderContext;
use cranelift_module::{FuncId, Linkage, Module};

use super::closure::{Pending, PendingKind};
use super::func::{trusted, Fx, Target, V};
use super::stmt::RangeClause;
use super::{abi, funcval, ModCx};
use crate::syntax::ast::{self, BranchKind, Expr, ExprKind, Stmt, StmtKind};
use crate::syntax::visit::{self as walk, Visitor};
use crate::types::ty::{BasicKind, Type};
use crate::types::{ObjId, Package, Signature, TypeId};

/// gc's `abi.RF_*` loop states.
const RF_DONE: i64 = 0;
const RF_READY: i64 = 1;
const RF_PANIC: i64 = 2;
const RF_EXHAUSTED: i64 = 3;
const RF_MISSING_PANIC: i64 = 4;

/// `next` values for `return` (with values, bare).
const NEXT_RETURN: i64 = -1;
const NEXT_BARE_RETURN: i64 = -2;

/// Offsets in the body closure's context.
const STATE_OFF: i32 = 8;
const NEXT_OFF: i32 = 16;
const FP_OFF: i32 = 24;
const RESULTS_OFF: i32 = 32;
const CAPTURES_OFF: u64 = 40;

/// A way out of a loop body to a target outside it.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Exit {
    Break(String),
    Continue(String),
    Goto(String),
}

/// What the body closure of one range-func loop needs to be lowered.
pub struct RangeSpec {
    label: Option<String>,
    key: Option<Expr>,
    value: Option<Expr>,
    define: bool,
    body: ast::Block,
    yield_sig: Signature,
    /// Exits of the body with their `next` codes.
    exits: Vec<(Exit, i64)>,
    /// Result types of the function that owns the loop.
    results: Vec<TypeId>,
}

/// State of a body closure being lowered (`Fx::rangefunc`).
pub struct RangeBody {
    ctx: Value,
    next: Value,
    fp: Value,
    results_cell: Value,
    results: Vec<TypeId>,
    exits: HashMap<Exit, i64>,
    /// Sets `DONE` and returns false (created on first use).
    done: Option<Block>,
}

/// The shared cells a loop passes to its body closure.
struct Shared {
    next: Value,
    fp: Value,
    results_cell: Value,
    results: Vec<TypeId>,
}

/// The local variables the body of range statement `s` (and the iteration
/// variables it assigns) uses but does not declare, in order of first use.
pub fn free_vars(pkg: &Package, s: &Stmt) -> Vec<ObjId> {
    RangeClause::of(s, None).map_or_else(Vec::new, |rc| clause_free_vars(pkg, &rc))
}

/// The free variables of a range clause's body and assigned variables.
fn clause_free_vars(pkg: &Package, rc: &RangeClause) -> Vec<ObjId> {
    let assigned: Vec<&Expr> = match rc.define {
        true => Vec::new(),
        false => [rc.key, rc.value].into_iter().flatten().collect(),
    };
    super::closure::free_in(pkg, rc.span, &assigned, rc.body)
}

/// Whether `s` is a range statement over a function.
pub fn is_range_func(pkg: &Package, s: &Stmt) -> bool {
    let StmtKind::Range { x, .. } = &s.kind else {
        return false;
    };
    pkg.type_of(x.id)
        .is_some_and(|tv| matches!(pkg.types.under(tv.ty), Type::Func(_)))
}

/// The branches of `body` whose target lies outside it (the loop's own
/// label excepted for `break`/`continue`), and whether it has a `return`.
fn exits_of(body: &ast::Block, label: Option<&str>) -> (Vec<Exit>, bool) {
    struct Labels(HashSet<String>);
    impl Visitor for Labels {
        fn expr(&mut self, e: &Expr) -> bool {
            !matches!(e.kind, ExprKind::FuncLit { .. })
        }
        fn stmt(&mut self, s: &Stmt) -> bool {
            if let StmtKind::Labeled(l, _) = &s.kind {
                self.0.insert(l.name.clone());
            }
            true
        }
    }
    struct Branches<'a> {
        inner: &'a HashSet<String>,
        own: Option<&'a str>,
        out: Vec<Exit>,
        ret: bool,
    }
    impl Visitor for Branches<'_> {
        fn expr(&mut self, e: &Expr) -> bool {
            !matches!(e.kind, ExprKind::FuncLit { .. })
        }
        fn stmt(&mut self, s: &Stmt) -> bool {
            match &s.kind {
                StmtKind::Return(_) => self.ret = true,
                StmtKind::Branch {
                    kind,
                    label: Some(l),
                } if !self.inner.contains(&l.name) => {
                    let own = self.own == Some(l.name.as_str());
                    let exit = match kind {
                        BranchKind::Break if !own => Some(Exit::Break(l.name.clone())),
                        BranchKind::Continue if !own => Some(Exit::Continue(l.name.clone())),
                        BranchKind::Goto => Some(Exit::Goto(l.name.clone())),
                        _ => None,
                    };
                    if let Some(x) = exit.filter(|x| !self.out.contains(x)) {
                        self.out.push(x);
                    }
                }
                _ => {}
            }
            true
        }
    }
    let mut labels = Labels(HashSet::new());
    walk::block(&mut labels, body);
    let mut b = Branches {
        inner: &labels.0,
        own: label,
        out: Vec::new(),
        ret: false,
    };
    walk::block(&mut b, body);
    (b.out, b.ret)
}

impl Fx<'_, '_, '_> {
    /// `for k, v := range f { body }` with `f` a function.
    pub fn range_func(&mut self, rc: &RangeClause) {
        let xt = self.type_of(rc.x);
        let Type::Func(sig) = self.under(xt).clone() else {
            return self.unsupported(rc.x.span, "this range statement");
        };
        let yield_sig = match sig.params.first().map(|&p| self.under(p)) {
            Some(Type::Func(ys)) => ys.clone(),
            _ => return self.unsupported(rc.x.span, "this range statement"),
        };
        let iter = self.full_expr(rc.x).s0();
        let (exits, has_return) = exits_of(rc.body, rc.label.as_deref());
        let exits: Vec<(Exit, i64)> = exits
            .into_iter()
            .map(|x| {
                let code = self
                    .rangefunc
                    .as_ref()
                    .and_then(|rb| rb.exits.get(&x).copied());
                let code = code.unwrap_or_else(|| self.m.clo.next_count("#rangefunc") as i64);
                (x, code)
            })
            .collect();
        let shared = self.shared_cells(has_return);
        let spec = RangeSpec {
            label: rc.label.clone(),
            key: rc.key.cloned(),
            value: rc.value.cloned(),
            define: rc.define,
            body: rc.body.clone(),
            yield_sig,
            exits: exits.clone(),
            results: shared.results.clone(),
        };
        let Some(body_fv) = self.body_closure(rc, spec, &shared) else {
            return self.unsupported(rc.x.span, "this range statement");
        };
        self.call_value(iter, &sig, vec![V::one(body_fv)]);
        let state = self.b.ins().load(types::I64, trusted(), body_fv, STATE_OFF);
        let missing = self.b.ins().icmp_imm_s(IntCC::Equal, state, RF_PANIC);
        let code = self.b.ins().iconst(types::I64, RF_MISSING_PANIC);
        self.panic_if(missing, "panicrangestate", &[code]);
        let exhausted = self.b.ins().iconst(types::I64, RF_EXHAUSTED);
        self.b.ins().store(trusted(), exhausted, body_fv, STATE_OFF);
        self.dispatch_next(&shared, &exits, has_return);
    }

    /// The `next`, frame pointer and results cells: those of the enclosing
    /// body, or new ones when this loop is the function's outermost.
    fn shared_cells(&mut self, has_return: bool) -> Shared {
        if let Some(rb) = &self.rangefunc {
            return Shared {
                next: rb.next,
                fp: rb.fp,
                results_cell: rb.results_cell,
                results: rb.results.clone(),
            };
        }
        let next = self.raw_cell(8);
        let fp = self.b.ins().get_frame_pointer(types::I64);
        let results = self.results.clone();
        let size = self.results_layout(&results).1;
        let results_cell = if has_return && size > 0 {
            self.raw_cell(size)
        } else {
            self.b.ins().iconst(types::I64, 0)
        };
        Shared {
            next,
            fp,
            results_cell,
            results,
        }
    }

    /// A zeroed heap cell of `size` bytes.
    fn raw_cell(&mut self, size: u64) -> Value {
        let sz = self.b.ins().iconst(types::I64, size as i64);
        let nul = self.b.ins().iconst(types::I64, 0);
        let one = self.b.ins().iconst(types::I8, 1);
        let p = self.call_rt("mallocgc", &[sz, nul, one], &[types::I64])[0];
        self.nonnil.insert(p);
        p
    }

    /// Offsets of `results` in the results cell, and its size.
    fn results_layout(&self, results: &[TypeId]) -> (Vec<i32>, u64) {
        let mut off = 0u64;
        let offs = results
            .iter()
            .map(|&t| {
                off = off.next_multiple_of(self.tt.align_of(t).max(1));
                let o = off as i32;
                off += self.tt.size_of(t);
                o
            })
            .collect();
        (offs, off.next_multiple_of(8))
    }

    /// Declares (once) and builds the body closure of the loop.
    fn body_closure(
        &mut self,
        rc: &RangeClause,
        spec: RangeSpec,
        shared: &Shared,
    ) -> Option<Value> {
        let pkg = self.m.pkg;
        let free = clause_free_vars(pkg, rc);
        let (captures, size) = self.capture_layout(free, CAPTURES_OFF);
        let outer = self.symbol.clone();
        let n = self.m.clo.next_count(&format!("{outer}#range"));
        let name = format!("{outer}-range{n}");
        let clif = funcval::signature(self.tt, &spec.yield_sig);
        let id: FuncId = self
            .m
            .module
            .declare_function(&name, Linkage::Local, &clif)
            .ok()?;
        let yield_sig = spec.yield_sig.clone();
        self.m.clo.pending.push(Pending {
            id,
            name,
            file: self.file,
            lit: rc.x.clone(),
            sig: yield_sig,
            captures: captures.clone(),
            kind: PendingKind::RangeBody(Box::new(spec)),
            flags_off: None,
        });
        let p = self.new_funcval(id, size);
        let ready = self.b.ins().iconst(types::I64, RF_READY);
        self.b.ins().store(trusted(), ready, p, STATE_OFF);
        self.b.ins().store(trusted(), shared.next, p, NEXT_OFF);
        self.b.ins().store(trusted(), shared.fp, p, FP_OFF);
        self.b
            .ins()
            .store(trusted(), shared.results_cell, p, RESULTS_OFF);
        self.fill_captures(p, &captures);
        Some(p)
    }

    /// After the iterator returned: continue after the loop, or follow the
    /// way out of the body that `next` records.
    fn dispatch_next(&mut self, shared: &Shared, exits: &[(Exit, i64)], has_return: bool) {
        if exits.is_empty() && !has_return {
            return;
        }
        let n = self.b.ins().load(types::I64, trusted(), shared.next, 0);
        if has_return {
            // A bare `return` needs named results (or none).
            let bare = self.rangefunc.is_some() || self.named_results.len() == self.results.len();
            let codes: &[i64] = if bare {
                &[NEXT_RETURN, NEXT_BARE_RETURN]
            } else {
                &[NEXT_RETURN]
            };
            for &code in codes {
                let hit = self.b.create_block();
                let miss = self.b.create_block();
                let c = self.b.ins().icmp_imm_s(IntCC::Equal, n, code);
                self.b.ins().brif(c, hit, &[], miss, &[]);
                self.b.seal_block(hit);
                self.b.switch_to_block(hit);
                if self.rangefunc.is_some() {
                    self.leave_body_done();
                } else if code == NEXT_RETURN {
                    let vals = self.load_results(shared);
                    self.return_values(vals);
                } else {
                    self.ret(&[]);
                }
                self.b.seal_block(miss);
                self.b.switch_to_block(miss);
            }
        }
        for (exit, code) in exits {
            let hit = self.b.create_block();
            let miss = self.b.create_block();
            let c = self.b.ins().icmp_imm_s(IntCC::Equal, n, *code);
            self.b.ins().brif(c, hit, &[], miss, &[]);
            self.b.seal_block(hit);
            self.b.switch_to_block(hit);
            let beyond = self
                .rangefunc
                .as_ref()
                .is_some_and(|rb| rb.exits.contains_key(exit));
            if beyond {
                self.leave_body_done();
            } else {
                let zero = self.b.ins().iconst(types::I64, 0);
                self.b.ins().store(trusted(), zero, shared.next, 0);
                self.jump_to_exit(exit);
            }
            self.b.seal_block(miss);
            self.b.switch_to_block(miss);
        }
    }

    /// Jumps to the target of `exit` in the function being lowered.
    fn jump_to_exit(&mut self, exit: &Exit) {
        let found = |t: &Target, l: &str| t.label.as_deref() == Some(l);
        let to = match exit {
            Exit::Break(l) => self
                .targets
                .iter()
                .rev()
                .find(|t| found(t, l))
                .map(|t| t.brk),
            Exit::Continue(l) => self
                .targets
                .iter()
                .rev()
                .find(|t| found(t, l))
                .and_then(|t| t.cont),
            Exit::Goto(l) => Some(self.label_block(l)),
        };
        match to {
            Some(b) => self.jump(b),
            None => {
                self.b.ins().trap(ir::TrapCode::unwrap_user(1));
                self.dead_block();
            }
        }
    }

    fn load_results(&mut self, shared: &Shared) -> Vec<V> {
        let (offs, _) = self.results_layout(&shared.results);
        shared
            .results
            .iter()
            .zip(offs)
            .map(|(&t, o)| {
                let v = self.load(t, shared.results_cell, o);
                self.stabilize(t, v)
            })
            .collect()
    }

    // ---- inside a body closure ----

    /// In a body closure: the `next` code of a branch that leaves it.
    pub fn range_exit_code(&self, kind: BranchKind, label: Option<&str>) -> Option<i64> {
        let rb = self.rangefunc.as_ref()?;
        let l = label?.to_string();
        let exit = match kind {
            BranchKind::Break => Exit::Break(l),
            BranchKind::Continue => Exit::Continue(l),
            BranchKind::Goto => Exit::Goto(l),
            BranchKind::Fallthrough => return None,
        };
        rb.exits.get(&exit).copied()
    }

    /// A branch out of the body closure: records `code` and leaves.
    pub fn range_exit(&mut self, code: i64) {
        let Some(next) = self.rangefunc.as_ref().map(|rb| rb.next) else {
            return;
        };
        let c = self.b.ins().iconst(types::I64, code);
        self.b.ins().store(trusted(), c, next, 0);
        self.leave_body_done();
    }

    /// `return` inside a body closure: stores the results for the function
    /// that owns the loop and leaves.
    /// Returns false when not lowering a body closure.
    pub fn range_return(&mut self, es: &[Expr]) -> bool {
        let Some(rb) = &self.rangefunc else {
            return false;
        };
        let (cell, results) = (rb.results_cell, rb.results.clone());
        let code = if es.is_empty() {
            NEXT_BARE_RETURN
        } else {
            let targets: Vec<Option<TypeId>> = results.iter().map(|&t| Some(t)).collect();
            let vals = self.rhs_values(es, &targets);
            let (offs, _) = self.results_layout(&results);
            for ((v, &t), o) in vals.iter().zip(&results).zip(offs) {
                self.store(t, v, cell, o);
            }
            NEXT_RETURN
        };
        self.range_exit(code);
        true
    }

    /// The frame pointer `defer` in a body closure records its call under.
    pub fn range_defer_fp(&self) -> Option<Value> {
        self.rangefunc.as_ref().map(|rb| rb.fp)
    }

    /// Jumps to the block that sets `DONE` and returns false.
    fn leave_body_done(&mut self) {
        let Some(rb) = self.rangefunc.as_mut() else {
            return;
        };
        let b = match rb.done {
            Some(b) => b,
            None => {
                let b = self.b.create_block();
                rb.done = Some(b);
                b
            }
        };
        self.jump(b);
    }

    /// Ends the body closure with a return of `state`/`ok` from `blk`.
    fn body_return(&mut self, blk: Block, state: i64) {
        let ctx = self.rangefunc.as_ref().map(|rb| rb.ctx);
        let Some(ctx) = ctx else { return };
        self.b.switch_to_block(blk);
        let s = self.b.ins().iconst(types::I64, state);
        self.b.ins().store(trusted(), s, ctx, STATE_OFF);
        let ok = self.b.ins().iconst(types::I8, (state == RF_READY) as i64);
        self.b.ins().return_(&[ok]);
    }

    /// The body of a body closure (`ctx`: its context; `params`: the yield
    /// arguments).
    fn range_body(&mut self, ctx: Value, params: &[Value], spec: &RangeSpec) {
        let next = self.b.ins().load(types::I64, trusted(), ctx, NEXT_OFF);
        let fp = self.b.ins().load(types::I64, trusted(), ctx, FP_OFF);
        let results_cell = self.b.ins().load(types::I64, trusted(), ctx, RESULTS_OFF);
        self.nonnil.insert(next);
        self.rangefunc = Some(RangeBody {
            ctx,
            next,
            fp,
            results_cell,
            results: spec.results.clone(),
            exits: spec.exits.iter().cloned().collect(),
            done: None,
        });
        let bool_t = self.tt.basic(BasicKind::Bool);
        self.results = vec![bool_t];
        self.sret = vec![None];
        let state = self.b.ins().load(types::I64, trusted(), ctx, STATE_OFF);
        let bad = self.b.ins().icmp_imm_s(IntCC::NotEqual, state, RF_READY);
        self.panic_if(bad, "panicrangestate", &[state]);
        let running = self.b.ins().iconst(types::I64, RF_PANIC);
        self.b.ins().store(trusted(), running, ctx, STATE_OFF);
        self.bind_yield_params(params, spec);
        let brk = self.b.create_block();
        let cont = self.b.create_block();
        self.loop_body(spec.label.clone(), brk, cont, &spec.body.stmts);
        let done = self.rangefunc.as_mut().and_then(|rb| rb.done.take());
        self.body_return(cont, RF_READY);
        self.body_return(brk, RF_DONE);
        if let Some(d) = done {
            self.body_return(d, RF_DONE);
        }
        self.dead_block();
    }

    /// Binds the iteration variables to the yield arguments.
    fn bind_yield_params(&mut self, params: &[Value], spec: &RangeSpec) {
        let mut k = 0;
        let exprs = [spec.key.as_ref(), spec.value.as_ref()];
        let mut vars = Vec::new();
        for (&t, e) in spec.yield_sig.params.iter().zip(exprs) {
            let n = abi::scalars(self.tt, t).map_or(1, |s| s.len());
            let vals = &params[k..k + n];
            k += n;
            let v = if abi::is_memory(self.tt, t) {
                V::M(vals[0])
            } else {
                V::S(vals.to_vec())
            };
            vars.push((e, v, t));
        }
        if spec.define {
            return self.bind_range_vars(true, vars);
        }
        // gc's rewrite assigns the variables one by one (`x = #p1;
        // y = #p2`), not as one tuple assignment.
        for var in vars {
            self.bind_range_vars(false, vec![var]);
        }
    }
}

impl ModCx<'_> {
    /// Lowers a queued body closure.
    pub(super) fn lower_range_body(
        &mut self,
        func: &mut ir::Function,
        fctx: &mut FunctionBuilderContext,
        p: &Pending,
        spec: &RangeSpec,
    ) {
        let b = cranelift_frontend::FunctionBuilder::new(func, fctx);
        let (mut fx, params) = Fx::closure_entry(self, b, p, Some(&spec.body));
        let ctx = params[0];
        fx.local_slices = super::escape::local_slices(fx.m.pkg, &spec.body, &fx.m.noleak);
        fx.bind_captures(ctx, &p.captures);
        fx.start_inline_flags(&spec.body, None);
        fx.range_body(ctx, &params[1..], spec);
        fx.finish_frame();
        fx.finish_body();
    }
}

#[cfg(test)]
mod tests {
    use super::{exits_of, Exit};
    use crate::syntax::ast::{Decl, StmtKind};
    use crate::syntax::source::SourceMap;

    /// The exits and `return` flag of the first range loop in `main`
    /// (labelled `loop` when `main` starts with a labelled statement).
    fn exits(body: &str) -> (Vec<Exit>, bool) {
        let src = format!("package main\nfunc main() {{\n{body}\n}}\n");
        let mut sources = SourceMap::default();
        let fid = sources.add("t.go".into(), src);
        let mut next = 0;
        let (file, d) = crate::syntax::parser::parse_file(&sources, fid, &mut next);
        assert!(d.is_empty(), "{d:?}");
        let Some(Decl::Func(f)) = file.decls.last() else {
            panic!("no main");
        };
        let mut s = &f.body.as_ref().expect("body").stmts[0];
        let mut label = None;
        if let StmtKind::Labeled(l, inner) = &s.kind {
            label = Some(l.name.clone());
            s = inner;
        }
        let StmtKind::Range { body, .. } = &s.kind else {
            panic!("no range statement");
        };
        exits_of(body, label.as_deref())
    }

    #[test]
    fn own_label_and_inner_labels_stay_inside() {
        let (x, ret) = exits(
            "loop:\nfor v := range f {\n\tif v { continue loop }\n\tinner: for {\n\t\tbreak inner\n\t}\n\tbreak loop\n}",
        );
        assert!(x.is_empty(), "{x:?}");
        assert!(!ret);
    }

    #[test]
    fn outer_targets_and_returns_leave_the_body() {
        let (x, ret) = exits(
            "for v := range f {\n\tif v { continue outer }\n\tif v { goto done }\n\tfunc() { return }()\n\tbreak outer\n\tbreak outer\n}",
        );
        assert_eq!(
            x,
            vec![
                Exit::Continue("outer".into()),
                Exit::Goto("done".into()),
                Exit::Break("outer".into())
            ]
        );
        assert!(!ret, "a return in a function literal stays inside");
        let (_, ret) = exits("for range f {\n\treturn\n}");
        assert!(ret);
    }
}
