//! Statements: declarations, assignments, control flow, loops and range.
//!
//! Loops are lowered as `header (condition) -> body -> continue block (post
//! statement, stack check) -> header`; the continue block's stack check is
//! the back-edge check of rt/ABI.md. Go 1.22 per-iteration variables: range
//! variables are declared afresh in each iteration; a three-clause loop's
//! variables that live on the heap get a new cell, initialised from the old
//! one, before the post statement (the spec's rule). In files of modules
//! older than Go 1.22 (`Package::loopvar_per_loop`) a loop's variables are
//! declared once: a range variable that lives on the heap gets its cell
//! before the loop and each iteration assigns it; a three-clause loop keeps
//! its cells.

use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{types, Block, InstBuilder, Value};

use super::func::{trusted, Fx, Local, Target, V};
use crate::syntax::ast::{
    AssignOp, BinOp, BranchKind, CaseClause, Expr, ExprKind, Stmt, StmtKind, VarSpec,
};
use crate::types::ty::{BasicKind, Type};
use crate::types::{Mode, ObjId, TypeId};

/// The parts of a `for key, value := range x { body }` statement that every
/// kind of range lowering takes.
pub struct RangeClause<'s> {
    pub label: Option<String>,
    pub key: Option<&'s Expr>,
    pub value: Option<&'s Expr>,
    pub define: bool,
    pub x: &'s Expr,
    pub body: &'s crate::syntax::ast::Block,
    /// The whole statement.
    pub span: crate::syntax::ast::Span,
}

impl<'s> RangeClause<'s> {
    /// The clause of range statement `s` (None for other statements).
    pub fn of(s: &'s Stmt, label: Option<String>) -> Option<Self> {
        let StmtKind::Range {
            key,
            value,
            define,
            x,
            body,
        } = &s.kind
        else {
            return None;
        };
        Some(RangeClause {
            label,
            key: key.as_ref(),
            value: value.as_ref(),
            define: *define,
            x,
            body,
            span: s.span,
        })
    }
}

impl<'m, 'a, 'f> Fx<'m, 'a, 'f> {
    pub fn block(&mut self, stmts: &[Stmt]) {
        for s in stmts {
            self.stmt(s);
        }
    }

    pub(super) fn stmt(&mut self, s: &Stmt) {
        self.set_pos(s.span.lo);
        let label = self.pending_label.take();
        match &s.kind {
            StmtKind::Const(_) | StmtKind::Type(_) | StmtKind::Empty => {}
            StmtKind::Var(specs) => {
                for spec in specs {
                    self.var_spec(spec);
                }
            }
            StmtKind::Labeled(l, inner) => {
                let blk = self.label_block(&l.name);
                self.b.ins().jump(blk, &[]);
                self.b.switch_to_block(blk);
                self.pending_label = Some(l.name.clone());
                self.stmt(inner);
            }
            StmtKind::Expr(e) => {
                if matches!(e.kind, ExprKind::Call { .. }) {
                    self.call(e);
                } else {
                    self.full_expr(e);
                }
            }
            StmtKind::IncDec { x, inc } => self.inc_dec(x, *inc),
            StmtKind::Assign { lhs, op, rhs } => match op {
                AssignOp::Op(op) => self.op_assign(*op, &lhs[0], &rhs[0]),
                AssignOp::Define => self.define(lhs, rhs),
                AssignOp::Assign => self.assign(lhs, rhs),
            },
            StmtKind::Return(es) => self.ret(es),
            StmtKind::Branch { kind, label: l } => {
                self.branch(s, *kind, l.as_ref().map(|l| l.name.as_str()))
            }
            StmtKind::Block(b) => self.block(&b.stmts),
            StmtKind::If {
                init,
                cond,
                then,
                els,
            } => {
                if let Some(i) = init {
                    self.stmt(i);
                }
                let tb = self.b.create_block();
                let eb = self.b.create_block();
                let join = self.b.create_block();
                let facts = self.facts_here();
                self.branch_on(cond, tb, eb);
                // Only the condition branches to tb and eb.
                self.b.seal_block(tb);
                self.b.seal_block(eb);
                self.inherit_facts(tb, facts.clone());
                self.inherit_facts(eb, facts);
                self.b.switch_to_block(tb);
                self.block(&then.stmts);
                self.b.ins().jump(join, &[]);
                self.b.switch_to_block(eb);
                if let Some(e) = els {
                    self.stmt(e);
                }
                self.b.ins().jump(join, &[]);
                self.b.switch_to_block(join);
            }
            StmtKind::Switch {
                init, tag, body, ..
            } => self.switch(label, init.as_deref(), tag.as_ref(), body),
            StmtKind::For {
                init,
                cond,
                post,
                body,
            } => self.for_loop(
                label,
                init.as_deref(),
                cond.as_ref(),
                post.as_deref(),
                &body.stmts,
            ),
            StmtKind::Range { .. } => {
                if let Some(rc) = RangeClause::of(s, label) {
                    self.range(&rc);
                }
            }
            StmtKind::Send(ch, v) => self.send_stmt(ch, v),
            StmtKind::Go(call) => self.go_stmt(s, call),
            StmtKind::Defer(call) => self.defer_stmt(s, call),
            StmtKind::TypeSwitch { init, x, body, .. } => {
                self.type_switch(label, init.as_deref(), x, body)
            }
            StmtKind::Select { body } => self.select_stmt(label, body),
        }
    }

    /// Branches to `yes` or `no` on a condition, lowering `&&`, `||` and
    /// `!` into control flow rather than into a boolean value.
    fn branch_on(&mut self, cond: &Expr, yes: Block, no: Block) {
        let constant = matches!(
            self.m.pkg.type_of(cond.id).map(|tv| &tv.mode),
            Some(Mode::Constant(_))
        );
        match &cond.kind {
            ExprKind::Paren(x) if !constant => self.branch_on(x, yes, no),
            ExprKind::Unary(crate::syntax::ast::UnOp::Not, x) if !constant => {
                self.branch_on(x, no, yes)
            }
            ExprKind::Binary(op @ (BinOp::LAnd | BinOp::LOr), a, b) if !constant => {
                let mid = self.b.create_block();
                let facts = self.facts_here();
                if *op == BinOp::LAnd {
                    self.branch_on(a, mid, no);
                } else {
                    self.branch_on(a, yes, mid);
                }
                self.b.seal_block(mid);
                self.inherit_facts(mid, facts);
                self.b.switch_to_block(mid);
                self.branch_on(b, yes, no);
            }
            _ => {
                let c = self.full_expr(cond).s0();
                self.b.ins().brif(c, yes, &[], no, &[]);
            }
        }
    }

    pub(super) fn label_block(&mut self, name: &str) -> Block {
        if let Some(&b) = self.labels.get(name) {
            return b;
        }
        let b = self.b.create_block();
        self.labels.insert(name.to_string(), b);
        b
    }

    fn obj_type(&self, obj: ObjId) -> TypeId {
        self.m.pkg.obj(obj).ty
    }

    fn def_of(&self, id: crate::syntax::ast::NodeId) -> Option<ObjId> {
        self.m.pkg.info.defs.get(&id).copied()
    }

    // ---- declarations and assignments ----

    fn var_spec(&mut self, spec: &VarSpec) {
        let objs: Vec<Option<ObjId>> = spec
            .names
            .iter()
            .map(|n| self.def_of(n.id).filter(|_| n.name != "_"))
            .collect();
        if spec.values.is_empty() {
            for obj in objs.into_iter().flatten() {
                let t = self.obj_type(obj);
                self.declare_local(obj, t, None);
            }
            return;
        }
        let vals = self.rhs_values(
            &spec.values,
            &objs
                .iter()
                .map(|o| o.map(|o| self.obj_type(o)))
                .collect::<Vec<_>>(),
        );
        for (obj, v) in objs.into_iter().zip(vals) {
            if let Some(obj) = obj {
                let t = self.obj_type(obj);
                self.declare_local(obj, t, Some(v));
            }
        }
    }

    /// Evaluates right-hand sides (one multi-valued call, or one value per
    /// target) against the target types (None: keep the value's own type).
    pub(super) fn rhs_values(&mut self, rhs: &[Expr], targets: &[Option<TypeId>]) -> Vec<V> {
        self.hoist_all(rhs);
        if rhs.len() == 1 && targets.len() > 1 {
            return self.multi_as(&rhs[0], targets);
        }
        let many = rhs.len() > 1;
        rhs.iter()
            .enumerate()
            .map(|(i, e)| {
                let t = targets
                    .get(i)
                    .copied()
                    .flatten()
                    .unwrap_or_else(|| self.type_of(e));
                let v = self.expr_as(e, t);
                if many {
                    self.stabilize(t, v)
                } else {
                    v
                }
            })
            .collect()
    }

    /// The values of a multi-valued expression converted to their targets'
    /// types (None: kept as they are).
    pub(super) fn multi_as(&mut self, e: &Expr, targets: &[Option<TypeId>]) -> Vec<V> {
        let vals = self.multi(e);
        let from = self.multi_types(e);
        vals.into_iter()
            .zip(from)
            .zip(targets)
            .map(|((v, f), t)| match t {
                Some(t) if *t != f && matches!(self.under(*t), Type::Interface(_)) => {
                    self.convert_to_iface(f, v, *t)
                }
                _ => v,
            })
            .collect()
    }

    /// The types of the values of a multi-valued expression: a call's
    /// results, or a comma-ok form's value and `bool`.
    fn multi_types(&self, e: &Expr) -> Vec<TypeId> {
        let t = self.type_of(e);
        match self.under(t) {
            Type::Tuple(ts) => ts.clone(),
            _ => vec![t, self.tt.basic(BasicKind::Bool)],
        }
    }

    fn define(&mut self, lhs: &[Expr], rhs: &[Expr]) {
        let targets: Vec<Option<TypeId>> = lhs.iter().map(|l| self.lhs_type(l)).collect();
        let vals = self.rhs_values(rhs, &targets);
        for (l, v) in lhs.iter().zip(vals) {
            if let ExprKind::Name(n) = &l.kind {
                if n == "_" {
                    continue;
                }
                if let Some(obj) = self.def_of(l.id) {
                    let t = self.obj_type(obj);
                    self.declare_local(obj, t, Some(v));
                    continue;
                }
            }
            let t = self.type_of(l);
            let p = self.place(l);
            self.write_place(&p, t, &v);
        }
    }

    pub(super) fn lhs_type(&self, l: &Expr) -> Option<TypeId> {
        if matches!(&l.kind, ExprKind::Name(n) if n == "_") {
            return None;
        }
        if let Some(obj) = self.def_of(l.id) {
            return Some(self.obj_type(obj));
        }
        Some(self.type_of(l))
    }

    fn assign(&mut self, lhs: &[Expr], rhs: &[Expr]) {
        if lhs.len() > 1 {
            return self.assign_tuple(lhs, rhs);
        }
        match self.lhs_type(&lhs[0]) {
            Some(t) => self.assign_single(&lhs[0], &rhs[0], t),
            None => self.discard(&rhs[0]),
        }
    }

    fn discard(&mut self, e: &Expr) {
        if matches!(e.kind, ExprKind::Call { .. }) {
            self.call(e);
        } else {
            self.full_expr(e);
        }
    }

    fn op_assign(&mut self, op: BinOp, l: &Expr, r: &Expr) {
        let t = self.type_of(l);
        self.hoist_calls(l);
        self.hoist_calls(r);
        let p = self.place(l);
        let old = self.read_place(&p, t);
        let new = if matches!(op, BinOp::Shl | BinOp::Shr) {
            let st = self.type_of(r);
            let sc = match self.m.pkg.type_of(r.id).map(|tv| &tv.mode) {
                Some(Mode::Constant(c)) => super::expr::const_bits(c).try_into().ok(),
                _ => None,
            };
            let s = self.expr(r).s0();
            V::one(self.shift(op, t, old.s0(), s, st, sc))
        } else {
            let divisor = match self.m.pkg.type_of(r.id).map(|tv| &tv.mode) {
                Some(Mode::Constant(c)) if matches!(op, BinOp::Div | BinOp::Rem) => {
                    Some(super::expr::const_bits(c))
                }
                _ => None,
            };
            let y = self.expr_as(r, t);
            self.arith(op, t, &old, &y, divisor)
        };
        self.write_place(&p, t, &new);
    }

    fn inc_dec(&mut self, x: &Expr, inc: bool) {
        let t = self.type_of(x);
        self.hoist_calls(x);
        let p = self.place(x);
        let old = self.read_place(&p, t);
        let one = self.one_of(t);
        let op = if inc { BinOp::Add } else { BinOp::Sub };
        let new = self.arith(op, t, &old, &one, None);
        self.write_place(&p, t, &new);
    }

    fn one_of(&mut self, t: TypeId) -> V {
        match self.basic(t) {
            Some(BasicKind::Float32) => V::one(self.b.ins().f32const(1.0)),
            Some(BasicKind::Float64) => V::one(self.b.ins().f64const(1.0)),
            Some(BasicKind::Complex64) => {
                V::S(vec![self.b.ins().f32const(1.0), self.b.ins().f32const(0.0)])
            }
            Some(BasicKind::Complex128) => {
                V::S(vec![self.b.ins().f64const(1.0), self.b.ins().f64const(0.0)])
            }
            _ => {
                let ty = self.clif(t);
                V::one(self.b.ins().iconst(ty, 1))
            }
        }
    }

    // ---- return and branches ----

    pub(super) fn ret(&mut self, es: &[Expr]) {
        if self.range_return(es) {
            return;
        }
        let results = self.results.clone();
        let vals: Vec<V> = if es.is_empty() {
            let named = self.named_results.clone();
            named
                .iter()
                .zip(&results)
                .map(|(o, &t)| match o {
                    Some(o) => {
                        let p = self.local_place(*o);
                        self.read_place(&p, t)
                    }
                    None => self.zero(t),
                })
                .collect()
        } else {
            let targets: Vec<Option<TypeId>> = results.iter().map(|&t| Some(t)).collect();
            self.rhs_values(es, &targets)
        };
        self.return_values(vals);
    }

    /// Returns `vals` (the function's results) through the exit path.
    pub(super) fn return_values(&mut self, vals: Vec<V>) {
        let results = self.results.clone();
        if self.deferred_return(&vals) {
            return;
        }
        let mut rets = Vec::new();
        for (i, (v, &t)) in vals.iter().zip(&results).enumerate() {
            match self.sret[i] {
                Some(out) => self.store(t, v, out, 0),
                None => rets.extend_from_slice(v.scalars()),
            }
        }
        self.b.ins().return_(&rets);
        self.dead_block();
    }

    fn branch(&mut self, s: &Stmt, kind: BranchKind, label: Option<&str>) {
        if let Some(code) = self.range_exit_code(kind, label) {
            return self.range_exit(code);
        }
        let target = |t: &Target| label.is_none_or(|l| t.label.as_deref() == Some(l));
        match kind {
            BranchKind::Break => {
                if let Some(t) = self.targets.iter().rev().find(|t| target(t)) {
                    let b = t.brk;
                    self.jump(b);
                }
            }
            BranchKind::Continue => {
                let b = self
                    .targets
                    .iter()
                    .rev()
                    .filter(|t| t.cont.is_some())
                    .find(|t| target(t))
                    .and_then(|t| t.cont);
                if let Some(b) = b {
                    self.jump(b);
                }
            }
            BranchKind::Goto => {
                if let Some(l) = label {
                    let b = self.label_block(l);
                    self.jump(b);
                }
            }
            BranchKind::Fallthrough => match self.fallthrough.last().copied().flatten() {
                Some(b) => self.jump(b),
                None => self.unsupported(s.span, "this fallthrough"),
            },
        }
    }

    // ---- switch ----

    fn switch(
        &mut self,
        label: Option<String>,
        init: Option<&Stmt>,
        tag: Option<&Expr>,
        body: &[CaseClause],
    ) {
        if let Some(i) = init {
            self.stmt(i);
        }
        let tag = tag.map(|t| {
            let tt = self.type_of(t);
            let v = self.full_expr(t);
            (self.stabilize(tt, v), tt)
        });
        let exit = self.b.create_block();
        let bodies: Vec<Block> = body.iter().map(|_| self.b.create_block()).collect();
        let mut default = None;
        for (i, c) in body.iter().enumerate() {
            let Some(es) = &c.exprs else {
                default = Some(bodies[i]);
                continue;
            };
            for e in es {
                let next = self.b.create_block();
                match &tag {
                    Some((tv, tt)) => {
                        self.hoist_calls(e);
                        let ct = self.type_of(e);
                        let hit = if self.tt.is_interface(ct) && !self.tt.is_interface(*tt) {
                            // `switch x { case i: }` with an interface case
                            // and a concrete tag compares `any(x) == i`.
                            let v = self.expr(e);
                            let t = self.convert_to_iface(*tt, tv.clone(), ct);
                            self.compare(BinOp::Eq, ct, &t, &v)
                        } else {
                            let v = self.expr_as(e, *tt);
                            self.compare(BinOp::Eq, *tt, tv, &v)
                        };
                        self.b.ins().brif(hit, bodies[i], &[], next, &[]);
                    }
                    None => self.branch_on(e, bodies[i], next),
                }
                self.b.switch_to_block(next);
            }
        }
        self.b.ins().jump(default.unwrap_or(exit), &[]);
        self.targets.push(Target {
            label,
            brk: exit,
            cont: None,
        });
        for (i, c) in body.iter().enumerate() {
            self.b.switch_to_block(bodies[i]);
            self.fallthrough.push(bodies.get(i + 1).copied());
            self.block(&c.body);
            self.fallthrough.pop();
            self.b.ins().jump(exit, &[]);
        }
        self.targets.pop();
        self.b.switch_to_block(exit);
    }

    // ---- loops ----

    /// Runs `body` as a loop body with `brk`/`cont` targets.
    pub fn loop_body(&mut self, label: Option<String>, brk: Block, cont: Block, body: &[Stmt]) {
        self.targets.push(Target {
            label,
            brk,
            cont: Some(cont),
        });
        self.block(body);
        self.targets.pop();
        self.b.ins().jump(cont, &[]);
    }

    fn for_loop(
        &mut self,
        label: Option<String>,
        init: Option<&Stmt>,
        cond: Option<&Expr>,
        post: Option<&Stmt>,
        body: &[Stmt],
    ) {
        if let Some(i) = init {
            self.stmt(i);
        }
        let heap_vars: Vec<ObjId> = init
            .map(|i| self.defined_objs(i))
            .unwrap_or_default()
            .into_iter()
            .filter(|o| matches!(self.locals.get(o), Some(Local::Heap(_))))
            .collect();
        let header = self.b.create_block();
        let body_b = self.b.create_block();
        let cont = self.b.create_block();
        let exit = self.b.create_block();
        self.b.ins().jump(header, &[]);
        self.b.switch_to_block(header);
        match cond {
            Some(c) => {
                self.branch_on(c, body_b, exit);
            }
            None => {
                self.b.ins().jump(body_b, &[]);
            }
        }
        self.b.switch_to_block(body_b);
        let safe = self.counting_loop_pair(init, cond, post, body);
        if let Some(pair) = safe {
            self.safe_index.push(pair);
        }
        self.loop_body(label, exit, cont, body);
        if safe.is_some() {
            self.safe_index.pop();
        }
        self.b.switch_to_block(cont);
        if !self.loopvar_per_loop() {
            for obj in heap_vars {
                self.fresh_cell(obj);
            }
        }
        if let Some(p) = post {
            self.stmt(p);
        }
        self.back_edge_check();
        self.b.ins().jump(header, &[]);
        self.b.switch_to_block(exit);
    }

    /// `for i := C; i < len(s); i++` (C a non-negative constant) over a
    /// local slice or string `s` that the body assigns neither to `s` nor
    /// to `i`: `s[i]` in the body needs no bounds check.
    fn counting_loop_pair(
        &self,
        init: Option<&Stmt>,
        cond: Option<&Expr>,
        post: Option<&Stmt>,
        body: &[Stmt],
    ) -> Option<(ObjId, ObjId)> {
        let StmtKind::Assign {
            lhs,
            op: AssignOp::Define,
            rhs,
        } = &init?.kind
        else {
            return None;
        };
        let ([l], [r]) = (lhs.as_slice(), rhs.as_slice()) else {
            return None;
        };
        let i = self.def_of(l.id)?;
        let start = match self.m.pkg.type_of(r.id).map(|tv| &tv.mode) {
            Some(Mode::Constant(c)) => super::expr::const_bits(c),
            _ => return None,
        };
        let ExprKind::Binary(BinOp::Lt, a, b) = &cond?.kind else {
            return None;
        };
        let ExprKind::Call { fun, args, .. } = &b.kind else {
            return None;
        };
        let is_len = matches!(
            self.m.pkg.type_of(fun.id).map(|tv| &tv.mode),
            Some(Mode::Builtin(crate::types::Builtin::Len))
        );
        let uses = &self.m.pkg.info.uses;
        let s = args
            .first()
            .filter(|x| matches!(x.kind, ExprKind::Name(_)))
            .and_then(|x| uses.get(&x.id))?;
        let increments =
            matches!(&post?.kind, StmtKind::IncDec { x, inc: true } if uses.get(&x.id) == Some(&i));
        let ok = is_len
            && start >= 0
            && increments
            && uses.get(&a.id) == Some(&i)
            && matches!(self.locals.get(s), Some(Local::Vars(_)))
            && matches!(self.locals.get(&i), Some(Local::Vars(_)))
            && !super::escape::assigns_any(self.m.pkg, body, &[*s, i]);
        ok.then_some((*s, i))
    }

    /// Objects declared by a loop's init statement.
    fn defined_objs(&self, s: &Stmt) -> Vec<ObjId> {
        match &s.kind {
            StmtKind::Assign {
                lhs,
                op: AssignOp::Define,
                ..
            } => lhs.iter().filter_map(|l| self.def_of(l.id)).collect(),
            StmtKind::Var(specs) => specs
                .iter()
                .flat_map(|sp| sp.names.iter().filter_map(|n| self.def_of(n.id)))
                .collect(),
            _ => Vec::new(),
        }
    }

    /// Moves a heap loop variable to a new cell holding its current value.
    fn fresh_cell(&mut self, obj: ObjId) {
        let Some(Local::Heap(var)) = self.locals.get(&obj).cloned() else {
            return;
        };
        let t = self.obj_type(obj);
        let old = self.b.use_var(var);
        let new = self.new_object(t);
        let size = self.tt.size_of(t);
        self.copy_mem(new, old, size);
        self.b.def_var(var, new);
    }

    /// Whether this file's loops declare their variables once per loop
    /// (modules before Go 1.22).
    fn loopvar_per_loop(&self) -> bool {
        self.m.pkg.loopvar_per_loop.contains(&self.file)
    }

    fn range(&mut self, rc: &RangeClause) {
        if rc.define && self.loopvar_per_loop() {
            // One variable for the whole loop: declared (zero) here, assigned
            // by each iteration (`bind_range_var`).
            for e in [rc.key, rc.value].into_iter().flatten() {
                if let Some(obj) = self.def_of(e.id) {
                    let t = self.obj_type(obj);
                    self.declare_local(obj, t, None);
                }
            }
        }
        let xt = self.type_of(rc.x);
        match self.under(xt) {
            Type::Basic(_) if self.is_string(xt) => self.range_string(rc),
            Type::Basic(_) => self.range_int(rc),
            Type::Slice(_) | Type::Array(..) | Type::Pointer(_) => self.range_indexed(rc),
            Type::Map(..) => self.range_map(rc),
            Type::Chan(..) => self.range_chan(rc),
            Type::Func(_) => self.range_func(rc),
            _ => self.unsupported(rc.x.span, "this range statement"),
        }
    }

    /// Binds a range variable (declared afresh, or assigned) to `v`.
    /// Binds one iteration's values: declares the variables (`:=`), or
    /// assigns them as one tuple assignment (`for i, s[i] = range ...`
    /// indexes `s` with the previous `i`). Each value comes with its type.
    pub fn bind_range_vars(&mut self, define: bool, vars: Vec<(Option<&Expr>, V, TypeId)>) {
        if define {
            for (e, v, _) in vars {
                self.bind_range_var(e, true, v);
            }
            return;
        }
        let (lhs, vals): (Vec<&Expr>, Vec<(V, TypeId)>) = vars
            .into_iter()
            .filter_map(|(e, v, t)| e.map(|e| (e, (v, t))))
            .unzip();
        self.assign_values(&lhs, vals);
    }

    pub fn bind_range_var(&mut self, e: Option<&Expr>, define: bool, v: V) {
        let Some(e) = e else { return };
        if matches!(&e.kind, ExprKind::Name(n) if n == "_") {
            return;
        }
        if define {
            if let Some(obj) = self.def_of(e.id) {
                let t = self.obj_type(obj);
                if self.loopvar_per_loop() {
                    if let Some(Local::Heap(var)) = self.locals.get(&obj).cloned() {
                        let cell = self.b.use_var(var);
                        self.store(t, &v, cell, 0);
                        return;
                    }
                }
                self.declare_local(obj, t, Some(v));
            }
            return;
        }
        let t = self.type_of(e);
        let p = self.place(e);
        self.write_place(&p, t, &v);
    }

    /// A counted loop `for i := 0; i < n; i++` around `each(i)`.
    fn counted_loop(
        &mut self,
        label: Option<String>,
        n: Value,
        signed: bool,
        body: &[Stmt],
        each: &mut dyn FnMut(&mut Self, Value),
    ) {
        let ty = self.b.func.dfg.value_type(n);
        let i = self.b.declare_var(ty);
        let zero = self.b.ins().iconst(ty, 0);
        self.b.def_var(i, zero);
        let header = self.b.create_block();
        let body_b = self.b.create_block();
        let cont = self.b.create_block();
        let exit = self.b.create_block();
        self.b.ins().jump(header, &[]);
        self.b.switch_to_block(header);
        let iv = self.b.use_var(i);
        let cc = if signed {
            IntCC::SignedLessThan
        } else {
            IntCC::UnsignedLessThan
        };
        let c = self.b.ins().icmp(cc, iv, n);
        self.b.ins().brif(c, body_b, &[], exit, &[]);
        self.b.switch_to_block(body_b);
        let iv = self.b.use_var(i);
        each(self, iv);
        self.loop_body(label, exit, cont, body);
        self.b.switch_to_block(cont);
        let iv = self.b.use_var(i);
        let next = self.b.ins().iadd_imm_s(iv, 1);
        self.b.def_var(i, next);
        self.back_edge_check();
        self.b.ins().jump(header, &[]);
        self.b.switch_to_block(exit);
    }

    fn range_int(&mut self, rc: &RangeClause) {
        let xt = self.type_of(rc.x);
        let n = self.full_expr(rc.x).s0();
        let signed = self.is_signed(xt);
        self.counted_loop(rc.label.clone(), n, signed, &rc.body.stmts, &mut |fx, i| {
            fx.bind_range_var(rc.key, rc.define, V::one(i))
        });
    }

    fn range_indexed(&mut self, rc: &RangeClause) {
        let xt = self.type_of(rc.x);
        let et = self.elem(xt);
        let want_value = rc
            .value
            .is_some_and(|v| !matches!(&v.kind, ExprKind::Name(n) if n == "_"));
        let (ptr, len) = match self.under(xt) {
            Type::Slice(_) => {
                let s = self.full_expr(rc.x).scalars().to_vec();
                (s[0], s[1])
            }
            Type::Array(n, _) => {
                let n = *n;
                let p = if want_value {
                    let v = self.full_expr(rc.x);
                    match self.stabilize(xt, v) {
                        V::M(a) => a,
                        V::S(_) => self.b.ins().iconst(types::I64, 0),
                    }
                } else {
                    // Without a value variable the array is not read, but
                    // an expression with calls or receives is evaluated
                    // (spec: its length is not constant): `*f()` may panic.
                    if crate::types::has_call_or_recv(self.m.pkg, rc.x) {
                        self.full_expr(rc.x);
                    }
                    self.b.ins().iconst(types::I64, 0)
                };
                (p, self.b.ins().iconst(types::I64, n as i64))
            }
            _ => {
                let n = match self.under(self.elem_ptr(xt)) {
                    Type::Array(n, _) => *n,
                    _ => 0,
                };
                let p = self.full_expr(rc.x).s0();
                if want_value {
                    self.nil_check(p);
                }
                (p, self.b.ins().iconst(types::I64, n as i64))
            }
        };
        let size = self.tt.size_of(et) as i64;
        let safe = self.safe_range_pair(rc.key, rc.define, rc.x, &rc.body.stmts);
        if let Some(pair) = safe {
            self.safe_index.push(pair);
        }
        let int = self.tt.basic(BasicKind::Int);
        self.counted_loop(rc.label.clone(), len, true, &rc.body.stmts, &mut |fx, i| {
            let mut vars = vec![(rc.key, V::one(i), int)];
            if want_value {
                let off = fx.b.ins().imul_imm_s(i, size);
                let a = fx.b.ins().iadd(ptr, off);
                let v = fx.load(et, a, 0);
                let v = fx.stabilize(et, v);
                vars.push((rc.value, v, et));
            }
            fx.bind_range_vars(rc.define, vars);
        });
        if safe.is_some() {
            self.safe_index.pop();
        }
    }

    /// `for k := range s` over a local slice variable that the body assigns
    /// neither to `s` nor to `k`: `s[k]` in the body needs no bounds check.
    fn safe_range_pair(
        &self,
        key: Option<&Expr>,
        define: bool,
        x: &Expr,
        body: &[Stmt],
    ) -> Option<(ObjId, ObjId)> {
        let key = key.filter(|_| define)?;
        let k = self.def_of(key.id)?;
        let ExprKind::Name(_) = &x.kind else {
            return None;
        };
        let s = *self.m.pkg.info.uses.get(&x.id)?;
        if !matches!(self.locals.get(&s), Some(Local::Vars(_)))
            || !matches!(self.under(self.type_of(x)), Type::Slice(_))
        {
            return None;
        }
        if super::escape::assigns_any(self.m.pkg, body, &[s, k]) || self.escapes.contains(&k) {
            return None;
        }
        Some((s, k))
    }

    fn elem_ptr(&self, t: TypeId) -> TypeId {
        match self.under(t) {
            Type::Pointer(p) => *p,
            _ => t,
        }
    }

    /// `for k, r := range s`: ASCII bytes inline, others via
    /// `runtime.decoderune`.
    fn range_string(&mut self, rc: &RangeClause) {
        let s = self.full_expr(rc.x).scalars().to_vec();
        let (ptr, len) = (s[0], s[1]);
        let k = self.b.declare_var(types::I64);
        let next = self.b.declare_var(types::I64);
        let zero = self.b.ins().iconst(types::I64, 0);
        self.b.def_var(k, zero);
        self.b.def_var(next, zero);
        let header = self.b.create_block();
        let body_b = self.b.create_block();
        let cont = self.b.create_block();
        let exit = self.b.create_block();
        self.b.ins().jump(header, &[]);
        self.b.switch_to_block(header);
        let kv = self.b.use_var(k);
        let c = self.b.ins().icmp(IntCC::SignedLessThan, kv, len);
        self.b.ins().brif(c, body_b, &[], exit, &[]);
        self.b.switch_to_block(body_b);
        let kv = self.b.use_var(k);
        let a = self.b.ins().iadd(ptr, kv);
        let byte = self.b.ins().load(types::I8, trusted(), a, 0);
        let ascii = self.b.ins().icmp_imm_s(IntCC::UnsignedLessThan, byte, 0x80);
        let fast = self.b.create_block();
        let slow = self.b.create_block();
        let join = self.b.create_block();
        self.b.append_block_param(join, types::I32);
        self.b.append_block_param(join, types::I64);
        self.b.ins().brif(ascii, fast, &[], slow, &[]);
        self.b.switch_to_block(fast);
        let r = self.b.ins().uextend(types::I32, byte);
        let n1 = self.b.ins().iadd_imm_s(kv, 1);
        self.b.ins().jump(join, &[r.into(), n1.into()]);
        self.b.switch_to_block(slow);
        let res = self.call_rt("decoderune", &[ptr, len, kv], &[types::I64, types::I64]);
        let r = self.b.ins().ireduce(types::I32, res[0]);
        self.b.ins().jump(join, &[r.into(), res[1].into()]);
        self.b.switch_to_block(join);
        let (r, n) = (self.b.block_params(join)[0], self.b.block_params(join)[1]);
        self.b.def_var(next, n);
        let (int, rune) = (
            self.tt.basic(BasicKind::Int),
            self.tt.basic(BasicKind::Int32),
        );
        self.bind_range_vars(
            rc.define,
            vec![(rc.key, V::one(kv), int), (rc.value, V::one(r), rune)],
        );
        self.loop_body(rc.label.clone(), exit, cont, &rc.body.stmts);
        self.b.switch_to_block(cont);
        let n = self.b.use_var(next);
        self.b.def_var(k, n);
        self.back_edge_check();
        self.b.ins().jump(header, &[]);
        self.b.switch_to_block(exit);
    }
}
