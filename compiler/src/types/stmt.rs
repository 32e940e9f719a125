//! Statements, function bodies and declarations (package-level specs are
//! checked here too, through `var_spec`/`const_spec_value`).
//!
//! A function body is checked in a fresh `FuncCtx`: the results to check
//! `return` against, the labels of the body (collected before the body is
//! checked, since `goto` may jump forward) and the stack of enclosing
//! breakable statements. Block scopes are pushed and popped around every
//! block; a declared name is visible from the end of its spec (`x := x`
//! refers to the outer `x`). When a body ends, the local variables never
//! used are reported ("declared and not used: x"), as gc does.

use std::collections::HashMap;

use super::check::{Checker, FuncCtx};
use super::constant;
use super::expr::{Operand, INVALID};
use super::exprstring::expr_string;
use super::ty::{BasicKind, Type, TypeId};
use super::{Builtin, ConstValue, Mode, ObjId, ObjKind};
use crate::syntax::ast::{
    self, AssignOp, BinOp, Block, BranchKind, CaseClause, ChanDir, ConstSpec, Expr, ExprKind,
    FuncType, Ident, NodeId, Span, Stmt, StmtKind, UnOp, VarSpec,
};

/// Node id of the synthetic `x op y` expression of an `x op= y` statement.
pub const ASSIGN_OP_ID: NodeId = NodeId(u32::MAX);

impl Checker<'_> {
    // ---- functions -------------------------------------------------------

    pub fn func_body(&mut self, ft: &FuncType, sig: TypeId, body: &Block) {
        let saved_locals = std::mem::take(&mut self.locals);
        self.func_body_inner(ft, sig, body);
        self.report_unused();
        self.locals = saved_locals;
    }

    /// A function literal's body: checked in the enclosing scopes (it sees
    /// the enclosing function's variables); unused variables of the
    /// literal are reported with the enclosing function's.
    pub fn func_lit_body(&mut self, ft: &FuncType, sig: TypeId, body: &Block) {
        let saved_decl = self.cur_decl;
        self.func_body_inner(ft, sig, body);
        self.cur_decl = saved_decl;
    }

    fn func_body_inner(&mut self, ft: &FuncType, sig: TypeId, body: &Block) {
        let Type::Func(s) = self.pkg.types.get(sig).clone() else {
            return;
        };
        let saved_func = self.func.replace(FuncCtx {
            results: s.results.clone(),
            ..FuncCtx::default()
        });
        self.scopes.push(HashMap::new());
        if let Some((names, t)) = self.pending_recv.take() {
            for n in &names {
                let kind = ObjKind::Var {
                    global: false,
                    param: true,
                };
                let o = self.new_obj(&n.name, kind, t, n.span);
                self.var_roles.insert(o, "receiver");
                self.declare_local(n, o);
            }
        }
        self.declare_params(&ft.params, &s.params, false);
        let named = self.declare_params(&ft.results, &s.results, true);
        if let Some(f) = self.func.as_mut() {
            f.named_results = named;
        }
        self.collect_labels(&body.stmts);
        self.check_gotos(body);
        self.stmt_list(&body.stmts);
        if !s.results.is_empty() && !is_terminating_list(&body.stmts, "") {
            self.error(
                Span::new(body.span.hi.saturating_sub(1), body.span.hi),
                "missing return",
            );
        }
        self.report_unused_labels();
        self.scopes.pop();
        self.func = saved_func;
    }

    /// Declares parameters (or results) and returns the objects of the
    /// named ones.
    fn declare_params(
        &mut self,
        fields: &[ast::Field],
        types: &[TypeId],
        results: bool,
    ) -> Vec<ObjId> {
        let mut objs = Vec::new();
        let mut i = 0;
        for f in fields {
            if f.names.is_empty() {
                i += 1;
                continue;
            }
            for n in &f.names {
                let t = types.get(i).copied().unwrap_or(INVALID);
                i += 1;
                let kind = ObjKind::Var {
                    global: false,
                    param: true,
                };
                let o = self.new_obj(&n.name, kind, t, n.span);
                self.note_obj_spelling(o, &f.ty);
                self.declare_local(n, o);
                if results {
                    self.var_roles.insert(o, "result variable");
                    objs.push(o);
                }
            }
        }
        objs
    }

    fn report_unused(&mut self) {
        let locals = std::mem::take(&mut self.locals);
        for o in locals {
            if self.used.contains(&o) {
                continue;
            }
            let ob = self.obj(o);
            if ob.name == "_" {
                continue;
            }
            let (name, span, file) = (ob.name.clone(), ob.span, ob.file);
            let saved = self.file_idx;
            if let Some(fi) = self.files.iter().position(|f| f.file == file) {
                self.file_idx = fi;
            }
            self.error(span, format!("declared and not used: {name}"));
            self.file_idx = saved;
        }
    }

    // ---- labels ----------------------------------------------------------

    fn collect_labels(&mut self, stmts: &[Stmt]) {
        for s in stmts {
            self.collect_labels_in(s);
        }
    }

    fn collect_labels_in(&mut self, s: &Stmt) {
        match &s.kind {
            StmtKind::Labeled(l, inner) => {
                if l.name != "_" {
                    let invalid = INVALID;
                    let o = self.new_obj(&l.name, ObjKind::Label, invalid, l.span);
                    self.pkg.info.defs.insert(l.id, o);
                    let prev = self
                        .func
                        .as_ref()
                        .and_then(|f| f.labels.get(&l.name).copied());
                    if let Some(p) = prev {
                        let at = self.pos(self.obj(p).file, self.obj(p).span);
                        self.error(l.span, format!("label {} already defined at {at}", l.name));
                    } else if let Some(f) = self.func.as_mut() {
                        f.labels.insert(l.name.clone(), o);
                    }
                }
                self.collect_labels_in(inner);
            }
            StmtKind::Block(b) => self.collect_labels(&b.stmts),
            StmtKind::If { then, els, .. } => {
                self.collect_labels(&then.stmts);
                if let Some(e) = els {
                    self.collect_labels_in(e);
                }
            }
            StmtKind::For { body, .. } | StmtKind::Range { body, .. } => {
                self.collect_labels(&body.stmts)
            }
            StmtKind::Switch { body, .. } | StmtKind::TypeSwitch { body, .. } => {
                for c in body {
                    self.collect_labels(&c.body);
                }
            }
            StmtKind::Select { body } => {
                for c in body {
                    self.collect_labels(&c.body);
                }
            }
            _ => {}
        }
    }

    fn report_unused_labels(&mut self) {
        let Some(f) = &self.func else { return };
        let mut labels: Vec<ObjId> = f.labels.values().copied().collect();
        labels.sort();
        for o in labels {
            if !self.used.contains(&o) {
                let (name, span) = (self.obj(o).name.clone(), self.obj(o).span);
                self.error(span, format!("label {name} defined and not used"));
            }
        }
    }

    // ---- statements --------------------------------------------------------

    pub fn stmt_list(&mut self, stmts: &[Stmt]) {
        let n = stmts.len();
        for (i, s) in stmts.iter().enumerate() {
            // `fallthrough` is allowed as the last statement of a case.
            let ft_ok = self.fallthrough_ok && i + 1 == n;
            let saved = std::mem::replace(&mut self.fallthrough_ok, ft_ok);
            let saved_final = self.fallthrough_final;
            self.fallthrough_final &= i + 1 == n;
            self.stmt(s, None);
            self.fallthrough_ok = saved;
            self.fallthrough_final = saved_final;
        }
    }

    fn block(&mut self, b: &Block) {
        self.scopes.push(HashMap::new());
        let saved = std::mem::replace(&mut self.fallthrough_ok, false);
        self.stmt_list(&b.stmts);
        self.fallthrough_ok = saved;
        self.scopes.pop();
    }

    fn stmt(&mut self, s: &Stmt, label: Option<&str>) {
        if matches!(s.kind, StmtKind::Labeled(..) | StmtKind::Branch { .. }) {
            return self.stmt_here(s, label);
        }
        // A final clause's own `fallthrough` is told so; one nested in
        // another statement is out of place (gc's branch checks).
        let saved_final = std::mem::take(&mut self.fallthrough_final);
        self.stmt_here(s, label);
        self.fallthrough_final = saved_final;
    }

    /// Checks a loop's, select's or switch's body with `f`: the innermost
    /// target of `break` is no longer a type switch.
    fn breakable<R>(&mut self, f: impl FnOnce(&mut Self) -> R) -> R {
        let saved = std::mem::take(&mut self.fallthrough_typeswitch);
        let r = f(self);
        self.fallthrough_typeswitch = saved;
        r
    }

    fn stmt_here(&mut self, s: &Stmt, label: Option<&str>) {
        match &s.kind {
            StmtKind::Empty => {}
            StmtKind::Const(specs) => self.local_consts(specs),
            StmtKind::Var(specs) => {
                for spec in specs {
                    self.local_var_spec(spec);
                }
            }
            StmtKind::Type(specs) => {
                for spec in specs {
                    let o =
                        self.new_obj(&spec.name.name, ObjKind::TypeName, INVALID, spec.name.span);
                    self.declare_local(&spec.name, o);
                    self.local_type_decls.push(o);
                    self.local_type_indir.push(self.indirections);
                    self.type_spec(o, spec);
                    self.local_type_decls.pop();
                    self.local_type_indir.pop();
                    self.check_local_type_cycle(o);
                }
            }
            StmtKind::Labeled(l, inner) => {
                self.stmt(inner, Some(&l.name));
            }
            StmtKind::Expr(e) => self.expr_stmt(e),
            StmtKind::Send(ch, v) => self.send(ch, v),
            StmtKind::IncDec { x, inc } => self.inc_dec(x, *inc),
            StmtKind::Assign { lhs, op, rhs } => match op {
                AssignOp::Define => self.short_var_decl(s, lhs, rhs),
                AssignOp::Assign => self.assign(lhs, rhs),
                AssignOp::Op(bop) => self.assign_op(s, *bop, lhs, rhs),
            },
            StmtKind::Go(e) => self.go_defer_stmt(e, "go"),
            StmtKind::Defer(e) => self.go_defer_stmt(e, "defer"),
            StmtKind::Return(results) => self.return_stmt(s, results),
            StmtKind::Branch { kind, label } => self.branch(s, *kind, label.as_ref()),
            StmtKind::Block(b) => self.block(b),
            StmtKind::If { .. } => self.if_chain(s),
            StmtKind::Switch {
                init, tag, body, ..
            } => self.switch(init.as_deref(), tag.as_ref(), body, label),
            StmtKind::TypeSwitch {
                init,
                bind,
                x,
                body,
                ..
            } => self.type_switch(init.as_deref(), bind.as_ref(), x, body, label),
            StmtKind::Select { body } => {
                if let Some(f) = self.func.as_mut() {
                    f.targets.push((false, label.map(str::to_string)));
                }
                for c in body {
                    self.scopes.push(HashMap::new());
                    if let Some(comm) = &c.comm {
                        self.simple_stmt(comm);
                    }
                    self.breakable(|c2| c2.stmt_list(&c.body));
                    self.scopes.pop();
                }
                if let Some(f) = self.func.as_mut() {
                    f.targets.pop();
                }
            }
            StmtKind::For {
                init,
                cond,
                post,
                body,
            } => {
                self.scopes.push(HashMap::new());
                if let Some(i) = init {
                    self.simple_stmt(i);
                }
                if let Some(c) = cond {
                    self.condition(c, "for statement");
                }
                if let Some(p) = post {
                    if let StmtKind::Assign {
                        op: AssignOp::Define,
                        ..
                    } = p.kind
                    {
                        self.error(p.span, "cannot declare in post statement of for loop");
                    } else {
                        self.simple_stmt(p);
                    }
                }
                self.loop_body(body, label);
                self.scopes.pop();
            }
            StmtKind::Range {
                key,
                value,
                define,
                x,
                body,
            } => self.range(key.as_ref(), value.as_ref(), *define, x, body, label),
        }
    }

    /// An `if` with its `else if` chain, iteratively (long chains must not
    /// exhaust the stack). Each `if` opens a scope that encloses its else
    /// branch.
    fn if_chain(&mut self, s: &Stmt) {
        let saved = std::mem::replace(&mut self.fallthrough_ok, false);
        let mut depth = 0;
        let mut cur = s;
        while let StmtKind::If {
            init,
            cond,
            then,
            els,
        } = &cur.kind
        {
            self.scopes.push(HashMap::new());
            depth += 1;
            if let Some(i) = init {
                self.simple_stmt(i);
            }
            self.condition(cond, "if statement");
            self.block(then);
            match els {
                Some(e) => cur = e,
                None => break,
            }
        }
        if !matches!(cur.kind, StmtKind::If { .. }) {
            self.stmt(cur, None);
        }
        for _ in 0..depth {
            self.scopes.pop();
        }
        self.fallthrough_ok = saved;
    }

    pub(super) fn simple_stmt(&mut self, s: &Stmt) {
        let saved = std::mem::replace(&mut self.fallthrough_ok, false);
        self.stmt(s, None);
        self.fallthrough_ok = saved;
    }

    fn loop_body(&mut self, body: &Block, label: Option<&str>) {
        if let Some(f) = self.func.as_mut() {
            f.targets.push((true, label.map(str::to_string)));
        }
        self.breakable(|c| c.block(body));
        if let Some(f) = self.func.as_mut() {
            f.targets.pop();
        }
    }

    fn condition(&mut self, cond: &Expr, what: &str) {
        let mut x = self.expr(cond);
        if x.is_bad() {
            return;
        }
        if !self.pkg.types.is_boolean(x.ty) {
            self.error(cond.span, format!("non-boolean condition in {what}"));
            return;
        }
        if self.pkg.types.is_untyped(x.ty) {
            let b = self.basic(BasicKind::Bool);
            self.convert_untyped(cond, &mut x, b);
        }
    }

    fn expr_stmt(&mut self, e: &Expr) {
        let x = self.raw_expr(e, None);
        if x.is_bad() {
            return;
        }
        let inner = e.unparen();
        let is_stmt = match &inner.kind {
            ExprKind::Call { fun, .. } => {
                let f = self.pkg.info.types.get(&fun.id).map(|tv| tv.mode.clone());
                match f {
                    Some(Mode::Type) => false,
                    Some(Mode::Builtin(b)) => statement_builtin(b),
                    _ => true,
                }
            }
            ExprKind::Unary(crate::syntax::ast::UnOp::Recv, _) => true,
            _ => false,
        };
        if is_stmt {
            return;
        }
        let msg = match x.mode {
            Mode::Builtin(_) => "must be called",
            Mode::Type => "is not an expression",
            _ => "is not used",
        };
        let d = self.describe(e, &x);
        self.error(e.span, format!("{d} {msg}"));
    }

    /// `defer e`: `e` must be a call of a function or of a builtin allowed
    /// in statement context.
    /// `go call` and `defer call` (`kw`).
    fn go_defer_stmt(&mut self, e: &Expr, kw: &str) {
        let inner = e.unparen();
        let ExprKind::Call { fun, .. } = &inner.kind else {
            self.raw_expr(e, None);
            self.error(e.span, format!("expression in {kw} must be function call"));
            return;
        };
        let x = self.raw_expr(e, None);
        if x.is_bad() {
            return;
        }
        let f = self.pkg.info.types.get(&fun.id).map(|tv| tv.mode.clone());
        let ok = match f {
            Some(Mode::Type) => {
                let d = self.describe(e, &x);
                self.error(
                    e.span,
                    format!("{kw} requires function call, not conversion {d}"),
                );
                return;
            }
            Some(Mode::Builtin(b)) => statement_builtin(b),
            _ => true,
        };
        if !ok {
            let d = self.describe(e, &x);
            self.error(e.span, format!("{kw} discards result of {d}"));
        }
    }

    fn inc_dec(&mut self, x: &Expr, inc: bool) {
        let xo = self.expr(x);
        if xo.is_bad() {
            return;
        }
        if !self.pkg.types.is_numeric(xo.ty) {
            let op = if inc { "++" } else { "--" };
            let msg = format!(
                "invalid operation: {}{op} (non-numeric type {})",
                expr_string(x),
                self.type_str(xo.ty)
            );
            self.error(x.span, msg);
            return;
        }
        self.check_assignable_lhs(x, &xo);
    }

    /// Reports an operand that cannot be assigned to.
    fn check_assignable_lhs(&mut self, e: &Expr, x: &Operand) -> bool {
        match x.mode {
            Mode::Variable | Mode::MapIndex => true,
            _ if x.is_bad() => false,
            _ if self.is_map_elem_field(e) => {
                let msg = format!("cannot assign to struct field {} in map", expr_string(e));
                self.error(e.span, msg);
                false
            }
            _ => {
                let msg = format!(
                    "cannot assign to {} (neither addressable nor a map index expression)",
                    expr_string(e)
                );
                self.error(e.span, msg);
                false
            }
        }
    }

    /// Whether `e` selects a field of a map element (`m[k].f`).
    fn is_map_elem_field(&self, e: &Expr) -> bool {
        match &e.kind {
            ExprKind::Paren(x) => self.is_map_elem_field(x),
            ExprKind::Selector(x, _) => {
                let mut base = &**x;
                while let ExprKind::Paren(inner) = &base.kind {
                    base = inner;
                }
                matches!(
                    self.pkg.info.types.get(&base.id).map(|tv| &tv.mode),
                    Some(Mode::MapIndex)
                )
            }
            _ => false,
        }
    }

    /// The type of an assignment's left operand (None for `_`).
    fn lhs_var(&mut self, l: &Expr) -> Option<TypeId> {
        if let ExprKind::Name(n) = &l.kind {
            if n == "_" {
                self.pkg.info.types.insert(
                    l.id,
                    super::TypeAndValue {
                        ty: INVALID,
                        mode: Mode::Variable,
                    },
                );
                return None;
            }
            if let Some(o) = self.lookup(n) {
                if matches!(self.obj(o).kind, ObjKind::Var { .. }) {
                    self.pkg.info.uses.insert(l.id, o);
                    let x = self.object_operand(l, o, false);
                    self.record(l, &x);
                    self.note_expr_spelling(l);
                    return Some(x.ty);
                }
            }
        }
        let x = self.expr(l);
        if !self.check_assignable_lhs(l, &x) {
            return Some(INVALID);
        }
        Some(x.ty)
    }

    fn assign(&mut self, lhs: &[Expr], rhs: &[Expr]) {
        if lhs.len() == rhs.len() && !self.single_multi_value(lhs, rhs) {
            for (l, r) in lhs.iter().zip(rhs) {
                let lt = self.lhs_var(l);
                let mut x = self.expr_hint(r, lt);
                let blank = lt.is_none();
                let lt = lt.filter(|&t| t != INVALID);
                self.target_disp = self.disp.get(&l.id).cloned();
                let ctx = if blank {
                    "assignment to _ identifier"
                } else {
                    "assignment"
                };
                self.assignment(r, &mut x, lt, ctx);
            }
            return;
        }
        if rhs.len() == 1 {
            let x = self.raw_expr(&rhs[0], None);
            if x.is_bad() {
                for l in lhs {
                    self.lhs_var(l);
                }
                return;
            }
            if lhs.len() == 2 && self.comma_ok(&rhs[0], &x) {
                let b = self.basic(BasicKind::Bool);
                for (l, t) in lhs.iter().zip([x.ty, b]) {
                    let lt = self.lhs_var(l);
                    self.assign_tuple_elem(&rhs[0], t, lt, "assignment");
                }
                return;
            }
            if let Type::Tuple(ts) = self.pkg.types.get(x.ty).clone() {
                if x.mode != Mode::NoValue {
                    if ts.len() == lhs.len() {
                        for (l, t) in lhs.iter().zip(ts) {
                            let lt = self.lhs_var(l);
                            self.assign_tuple_elem(&rhs[0], t, lt, "assignment");
                        }
                    } else {
                        for l in lhs {
                            self.lhs_var(l);
                        }
                        self.assign_error(rhs, lhs.len(), ts.len());
                    }
                    return;
                }
            }
            if lhs.len() == 1 {
                let lt = self.lhs_var(&lhs[0]);
                let mut x = self.single_value(&rhs[0], x);
                let ctx = if lt.is_none() {
                    "assignment to _ identifier"
                } else {
                    "assignment"
                };
                let lt = lt.filter(|&t| t != INVALID);
                self.assignment(&rhs[0], &mut x, lt, ctx);
                return;
            }
        } else {
            for r in rhs {
                self.raw_expr(r, None);
            }
        }
        for l in lhs {
            self.lhs_var(l);
        }
        self.assign_error(rhs, lhs.len(), rhs.len());
    }

    /// Whether `e` (checked as `x`) is a comma-ok expression in a
    /// two-value context (`v, ok := m[k]`, `x.(T)`); records its mode.
    fn comma_ok(&mut self, e: &Expr, x: &Operand) -> bool {
        let inner = e.unparen();
        let ok = x.mode == Mode::MapIndex
            || matches!(
                inner.kind,
                ExprKind::TypeAssert { .. } | ExprKind::Unary(UnOp::Recv, _)
            );
        if ok {
            for id in [e.id, inner.id] {
                if let Some(tv) = self.pkg.info.types.get_mut(&id) {
                    tv.mode = Mode::CommaOk;
                }
            }
        }
        ok
    }

    /// `x = f()`: one variable and one call, which may return several
    /// values (then it is a count mismatch, not a single-value error).
    fn single_multi_value(&self, lhs: &[Expr], rhs: &[Expr]) -> bool {
        lhs.len() == 1 && rhs.len() == 1 && is_call(&rhs[0])
    }

    fn assign_tuple_elem(&mut self, call: &Expr, t: TypeId, target: Option<TypeId>, context: &str) {
        let Some(lt) = target.filter(|&t| t != INVALID) else {
            return;
        };
        let x = Operand::value(t);
        if !self.assignable(&x, lt) {
            let msg = format!(
                "cannot use {} (value of type {}) as {} value in {context}{}",
                expr_string(call),
                self.type_str(t),
                self.type_str(lt),
                self.assign_cause(t, lt)
            );
            self.error(call.span, msg);
        }
    }

    pub fn assign_error(&mut self, rhs: &[Expr], l: usize, r: usize) {
        let measure = |n: usize, w: &str| format!("{n} {w}{}", if n == 1 { "" } else { "s" });
        let vars = measure(l, "variable");
        let vals = measure(r, "value");
        let Some(r0) = rhs.first() else { return };
        let inner = r0.unparen();
        let msg = if let (1, ExprKind::Call { fun, .. }) = (rhs.len(), &inner.kind) {
            format!(
                "assignment mismatch: {vars} but {} returns {vals}",
                expr_string(fun)
            )
        } else {
            format!("assignment mismatch: {vars} but {vals}")
        };
        self.error(r0.span, msg);
    }

    fn assign_op(&mut self, s: &Stmt, op: BinOp, lhs: &[Expr], rhs: &[Expr]) {
        let (Some(l), Some(r)) = (lhs.first(), rhs.first()) else {
            return;
        };
        let synth = Expr {
            id: ASSIGN_OP_ID,
            span: s.span,
            kind: ExprKind::Binary(op, Box::new(l.clone()), Box::new(r.clone())),
        };
        let lo = self.expr(l);
        if lo.is_bad() {
            self.expr(r);
            return;
        }
        let mut x = self.binary_with(&synth, op, l, lo.clone(), r);
        if x.is_bad() {
            return;
        }
        if !self.check_assignable_lhs(l, &lo) {
            return;
        }
        let lt = lo.ty;
        self.assignment(&synth, &mut x, Some(lt), "assignment");
    }

    fn short_var_decl(&mut self, s: &Stmt, lhs: &[Expr], rhs: &[Expr]) {
        // Which names are new: those not declared in the current block.
        let mut targets: Vec<Option<ObjId>> = Vec::new();
        let mut new_objs: Vec<(Ident, ObjId)> = Vec::new();
        let mut any_new = false;
        let mut bad = false;
        let mut seen: Vec<&str> = Vec::new();
        for l in lhs {
            let ExprKind::Name(n) = &l.kind else {
                self.raw_expr(l, None);
                let msg = format!("non-name {} on left side of :=", expr_string(l));
                self.error(l.span, msg);
                targets.push(None);
                bad = true;
                continue;
            };
            if n != "_" && seen.contains(&n.as_str()) {
                self.error(l.span, format!("{n} repeated on left side of :="));
                targets.push(None);
                bad = true;
                continue;
            }
            seen.push(n);
            let existing = self.scopes.last().and_then(|sc| sc.get(n).copied());
            match existing {
                Some(o) if n != "_" => {
                    self.pkg.info.uses.insert(l.id, o);
                    targets.push(Some(o));
                }
                _ => {
                    let kind = ObjKind::Var {
                        global: false,
                        param: false,
                    };
                    let o = self.new_obj(n, kind, INVALID, l.span);
                    self.pkg.info.defs.insert(l.id, o);
                    if n != "_" {
                        any_new = true;
                        self.locals.push(o);
                    }
                    new_objs.push((
                        Ident {
                            name: n.clone(),
                            span: l.span,
                            id: l.id,
                        },
                        o,
                    ));
                    targets.push(Some(o));
                }
            }
        }
        if !any_new && !bad {
            let at = self.define_op_span(s, lhs);
            self.error(at, "no new variables on left side of :=");
        }
        let is_new = |o: ObjId| new_objs.iter().any(|(_, n)| *n == o);
        let lhs_types: Vec<Option<TypeId>> = targets
            .iter()
            .map(|t| match t {
                Some(o) if !is_new(*o) => Some(self.obj(*o).ty),
                _ => None,
            })
            .collect();
        let types = self.init_vars(&lhs_types, rhs, "assignment");
        for (i, t) in targets.iter().enumerate() {
            if let Some(o) = t {
                if is_new(*o) {
                    let ty = types.get(i).copied().unwrap_or(INVALID);
                    self.pkg.objects[o.0 as usize].ty = ty;
                }
            }
        }
        for (i, t) in targets.iter().enumerate() {
            if let (Some(o), Some(l)) = (t, lhs.get(i)) {
                let ty = self.obj(*o).ty;
                self.pkg.info.types.insert(
                    l.id,
                    super::TypeAndValue {
                        ty,
                        mode: Mode::Variable,
                    },
                );
            }
        }
        if lhs.len() == rhs.len() {
            for (l, r) in lhs.iter().zip(rhs) {
                if let Some(&o) = self.pkg.info.defs.get(&l.id) {
                    self.note_obj_spelling(o, r);
                }
            }
        }
        for (id, o) in new_objs {
            self.declare_local(&id, o);
        }
    }

    /// The position of `:=` in a short variable declaration.
    fn define_op_span(&self, s: &Stmt, lhs: &[Expr]) -> Span {
        let from = lhs.last().map_or(s.span.lo, |l| l.span.hi);
        let file = self.src_file();
        if let Some(f) = self.sources.files.get(file as usize) {
            if let Some(text) = f.text.get(from as usize..s.span.hi as usize) {
                if let Some(i) = text.find(":=") {
                    let at = from + i as u32;
                    return Span::new(at, at + 2);
                }
            }
        }
        s.span
    }

    /// Checks initialization values for variables of the given types (None:
    /// the type comes from the value) and returns the variables' types.
    fn init_vars(&mut self, lhs: &[Option<TypeId>], rhs: &[Expr], context: &str) -> Vec<TypeId> {
        let n = lhs.len();
        if n == rhs.len() && !(n == 1 && is_call(&rhs[0])) {
            let mut out = Vec::new();
            for (t, r) in lhs.iter().zip(rhs) {
                let mut x = self.expr_hint(r, *t);
                self.target_disp = self.init_disp.clone();
                self.assignment(r, &mut x, *t, context);
                out.push(if x.is_bad() {
                    INVALID
                } else {
                    t.unwrap_or(x.ty)
                });
            }
            return out;
        }
        if rhs.len() == 1 {
            let x = self.raw_expr(&rhs[0], None);
            if x.is_bad() {
                return vec![INVALID; n];
            }
            if n == 2 && self.comma_ok(&rhs[0], &x) {
                let b = self.basic(BasicKind::Bool);
                for (t, et) in lhs.iter().zip([x.ty, b]) {
                    self.assign_tuple_elem(&rhs[0], et, *t, context);
                }
                return vec![lhs[0].unwrap_or(x.ty), lhs[1].unwrap_or(b)];
            }
            if let Type::Tuple(ts) = self.pkg.types.get(x.ty).clone() {
                if x.mode != Mode::NoValue {
                    if ts.len() == n {
                        for (t, et) in lhs.iter().zip(&ts) {
                            self.assign_tuple_elem(&rhs[0], *et, *t, context);
                        }
                        return lhs.iter().zip(ts).map(|(t, et)| t.unwrap_or(et)).collect();
                    }
                    self.assign_error(rhs, n, ts.len());
                    return vec![INVALID; n];
                }
            }
            let mut x = self.single_value(&rhs[0], x);
            if x.is_bad() {
                return vec![INVALID; n];
            }
            if n == 1 {
                self.assignment(&rhs[0], &mut x, lhs[0], context);
                return vec![if x.is_bad() {
                    INVALID
                } else {
                    lhs[0].unwrap_or(x.ty)
                }];
            }
        } else {
            for r in rhs {
                self.raw_expr(r, None);
            }
        }
        self.assign_error(rhs, n, rhs.len());
        vec![INVALID; n]
    }

    fn return_stmt(&mut self, s: &Stmt, results: &[Expr]) {
        let want = self
            .func
            .as_ref()
            .map(|f| f.results.clone())
            .unwrap_or_default();
        let named = self
            .func
            .as_ref()
            .is_some_and(|f| !f.named_results.is_empty());
        if results.is_empty() {
            if named {
                self.check_results_in_scope(s);
            }
            if !want.is_empty() && !named {
                let w = self.types_summary(&want, false);
                self.error(
                    s.span,
                    format!("not enough return values\n\thave ()\n\twant {w}"),
                );
            }
            return;
        }
        if results.len() == want.len() {
            for (r, &t) in results.iter().zip(&want) {
                let mut x = self.expr_hint(r, Some(t));
                self.assignment(r, &mut x, Some(t), "return statement");
            }
            return;
        }
        let mut have = Vec::new();
        if results.len() == 1 {
            let x = self.raw_expr(&results[0], None);
            if x.is_bad() {
                return;
            }
            if let Type::Tuple(ts) = self.pkg.types.get(x.ty).clone() {
                if ts.len() == want.len() && x.mode != Mode::NoValue {
                    for (et, &t) in ts.iter().zip(&want) {
                        self.assign_tuple_elem(&results[0], *et, Some(t), "return statement");
                    }
                    return;
                }
                have = ts;
            } else {
                let x = self.single_value(&results[0], x);
                if x.is_bad() {
                    return;
                }
                have.push(x.ty);
            }
        } else {
            for r in results {
                let x = self.expr(r);
                if x.is_bad() {
                    return;
                }
                have.push(x.ty);
            }
        }
        let what = if have.len() < want.len() {
            "not enough"
        } else {
            "too many"
        };
        let h = self.types_summary(&have, false);
        let w = self.types_summary(&want, false);
        // gc points at the first value too many, else at the first value.
        let at = results.get(want.len()).unwrap_or(&results[0]).span;
        self.error(at, format!("{what} return values\n\thave {h}\n\twant {w}"));
    }

    /// A bare return needs the named results visible, not shadowed.
    fn check_results_in_scope(&mut self, s: &Stmt) {
        let named = self
            .func
            .as_ref()
            .map(|f| f.named_results.clone())
            .unwrap_or_default();
        for r in named {
            let name = self.obj(r).name.clone();
            if name == "_" {
                continue;
            }
            let Some(alt) = self.lookup(&name) else {
                continue;
            };
            if alt == r {
                continue;
            }
            let ob = self.obj(alt);
            let at = self.pos(ob.file, ob.span);
            let what = match ob.kind {
                ObjKind::Var { .. } => format!("var {name} {}", self.type_str(ob.ty)),
                ObjKind::Const(_) => format!("const {name} {}", self.type_str(ob.ty)),
                ObjKind::TypeName => format!("type {name} {}", self.type_str(ob.ty)),
                _ => name.clone(),
            };
            let msg = format!(
                "result parameter {name} not in scope at return\n\t{at}: inner declaration of {what}"
            );
            self.error(s.span, msg);
        }
    }

    fn branch(&mut self, s: &Stmt, kind: BranchKind, label: Option<&Ident>) {
        let Some(f) = &self.func else { return };
        let targets = f.targets.clone();
        match (kind, label) {
            (BranchKind::Fallthrough, _) => {
                if !self.fallthrough_ok {
                    let msg = if self.fallthrough_final {
                        "cannot fallthrough final case in switch"
                    } else if self.fallthrough_typeswitch {
                        "cannot fallthrough in type switch"
                    } else {
                        "fallthrough statement out of place"
                    };
                    self.error(s.span, msg);
                }
            }
            (BranchKind::Goto, Some(l)) => {
                match self
                    .func
                    .as_ref()
                    .and_then(|f| f.labels.get(&l.name).copied())
                {
                    Some(o) => {
                        self.used.insert(o);
                        self.pkg.info.uses.insert(l.id, o);
                    }
                    None => self.error(l.span, format!("label {} not defined", l.name)),
                }
            }
            (BranchKind::Break, None) => {
                if targets.is_empty() {
                    self.error(s.span, "break is not in a loop, switch, or select");
                }
            }
            (BranchKind::Continue, None) => {
                if !targets.iter().any(|t| t.0) {
                    self.error(s.span, "continue is not in a loop");
                }
            }
            (BranchKind::Break | BranchKind::Continue, Some(l)) => {
                let word = if kind == BranchKind::Break {
                    "break"
                } else {
                    "continue"
                };
                let Some(o) = self
                    .func
                    .as_ref()
                    .and_then(|f| f.labels.get(&l.name).copied())
                else {
                    self.error(l.span, format!("{word} label not defined: {}", l.name));
                    return;
                };
                self.used.insert(o);
                self.pkg.info.uses.insert(l.id, o);
                let ok = targets.iter().any(|(is_loop, name)| {
                    name.as_deref() == Some(l.name.as_str())
                        && (kind == BranchKind::Break || *is_loop)
                });
                if !ok {
                    self.error(l.span, format!("invalid {word} label {}", l.name));
                }
            }
            (BranchKind::Goto, None) => self.error(s.span, "missing label in goto"),
        }
    }

    fn switch(
        &mut self,
        init: Option<&Stmt>,
        tag: Option<&Expr>,
        body: &[CaseClause],
        label: Option<&str>,
    ) {
        self.scopes.push(HashMap::new());
        if let Some(i) = init {
            self.simple_stmt(i);
        }
        let mut tag_op = None;
        if let Some(t) = tag {
            let mut x = self.expr(t);
            self.assignment(t, &mut x, None, "switch expression");
            if !x.is_bad() && !self.pkg.types.comparable(x.ty) && !self.pkg.types.has_nil(x.ty) {
                let msg = format!("cannot switch on {}", self.describe(t, &x));
                self.error(t.span, msg);
                x = Operand::invalid();
            }
            tag_op = Some(x);
        }
        if let Some(f) = self.func.as_mut() {
            f.targets.push((false, label.map(str::to_string)));
        }
        let mut seen: Vec<(ConstValue, TypeId, Span)> = Vec::new();
        let mut first_default: Option<Span> = None;
        for (ci, clause) in body.iter().enumerate() {
            match &clause.exprs {
                None => match first_default {
                    Some(first) => {
                        let at = self.pos(self.src_file(), first);
                        self.error(clause.span, format!("multiple defaults (first at {at})"));
                    }
                    None => first_default = Some(clause.span),
                },
                Some(exprs) => {
                    for ce in exprs {
                        self.case_value(ce, tag, tag_op.as_ref(), &mut seen);
                    }
                }
            }
            self.scopes.push(HashMap::new());
            let last = ci + 1 == body.len();
            let saved_ok = std::mem::replace(&mut self.fallthrough_ok, !last);
            let saved_final = std::mem::replace(&mut self.fallthrough_final, last);
            self.breakable(|c| c.stmt_list(&clause.body));
            self.fallthrough_ok = saved_ok;
            self.fallthrough_final = saved_final;
            self.scopes.pop();
        }
        if let Some(f) = self.func.as_mut() {
            f.targets.pop();
        }
        self.scopes.pop();
    }

    fn case_value(
        &mut self,
        ce: &Expr,
        tag: Option<&Expr>,
        tag_op: Option<&Operand>,
        seen: &mut Vec<(ConstValue, TypeId, Span)>,
    ) {
        let mut y = self.expr(ce);
        if y.is_bad() {
            return;
        }
        let (tt_ty, tag_str) = match (tag, tag_op) {
            (Some(t), Some(x)) => {
                if x.is_bad() {
                    return;
                }
                (x.ty, expr_string(t))
            }
            _ => (self.basic(BasicKind::Bool), "true".to_string()),
        };
        self.convert_untyped(ce, &mut y, tt_ty);
        if y.is_bad() {
            return;
        }
        let xo = Operand::value(tt_ty);
        if !self.assignable(&y, tt_ty) && !self.assignable(&xo, y.ty) {
            let msg = format!(
                "invalid case {} in switch on {tag_str} (mismatched types {} and {})",
                expr_string(ce),
                self.type_str(y.ty),
                self.type_str(tt_ty)
            );
            self.error(ce.span, msg);
            return;
        }
        if self.pkg.types.is_untyped(y.ty) {
            let d = self.pkg.types.default_type(y.ty);
            self.update_expr_type(ce, d, true);
        }
        // gc checks duplicates only among integer, floating-point and
        // string constants (go/types' goVal): `case false, false` is valid.
        let checked = |v: &ConstValue| {
            matches!(
                v,
                ConstValue::Int(_) | ConstValue::Float(_) | ConstValue::String(_)
            )
        };
        if let Some(v) = y.val().filter(|v| checked(v)) {
            let dup = seen.iter().find(|(sv, st, _)| {
                *st == y.ty
                    && constant::compare(BinOp::Eq, sv, v, super::expr::repr_for(self, y.ty))
                        .unwrap_or(false)
            });
            if let Some((_, _, at)) = dup {
                let at = self.pos(self.src_file(), *at);
                let msg = format!(
                    "duplicate case {} in expression switch\n\t{at}: previous case",
                    self.describe(ce, &y)
                );
                self.error(ce.span, msg);
            } else {
                seen.push((v.clone(), y.ty, ce.span));
            }
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn range(
        &mut self,
        key: Option<&Expr>,
        value: Option<&Expr>,
        define: bool,
        x: &Expr,
        body: &Block,
        label: Option<&str>,
    ) {
        self.scopes.push(HashMap::new());
        let mut xo = self.expr(x);
        let x_desc = self.describe(x, &xo);
        let int = self.basic(BasicKind::Int);
        let mut kv: Option<super::rangefunc::KeyVal> = None;
        if !xo.is_bad()
            && self.pkg.types.is_untyped(xo.ty)
            && xo.val().is_some()
            && self.pkg.types.is_integer(xo.ty)
        {
            // The spec: the iteration values take the type of a
            // pre-existing iteration variable, else n's default type
            // (`for i := range 'a'` gives rune values).
            let mut target = self.pkg.types.default_type(xo.ty);
            if let (false, Some(ExprKind::Name(n))) = (define, key.map(|k| &k.kind)) {
                let vt = self.lookup(n).map(|o| self.obj(o).ty);
                if let Some(vt) = vt.filter(|&t| self.pkg.types.is_integer(t)) {
                    target = vt;
                }
            }
            self.convert_untyped(x, &mut xo, target);
        }
        if !xo.is_bad() {
            let mut cause = None;
            // Ranges over integers (Go 1.22) and functions (Go 1.23).
            let tt = &self.pkg.types;
            let need = match tt.under(xo.ty) {
                _ if tt.is_integer(xo.ty) => 22,
                Type::Func(_) => 23,
                _ => 0,
            };
            let tt = &self.pkg.types;
            kv = match tt.under(xo.ty).clone() {
                _ if need > 0 && !self.allows(need) => {
                    cause = Some(format!(
                        "requires go1.{need} or later {}",
                        self.version_hint()
                    ));
                    None
                }
                _ if tt.is_integer(xo.ty) => Some((Some(xo.ty), None)),
                _ if tt.is_string(xo.ty) => Some((Some(int), Some(self.basic(BasicKind::Int32)))),
                Type::Array(_, e) | Type::Slice(e) => Some((Some(int), Some(e))),
                Type::Pointer(p) => match tt.under(p) {
                    Type::Array(_, e) => Some((Some(int), Some(*e))),
                    _ => None,
                },
                Type::Map(k, v) => Some((Some(k), Some(v))),
                Type::Chan(ChanDir::Send, _) => {
                    cause = Some(format!(
                        "receive from send-only channel {}",
                        self.type_str(xo.ty)
                    ));
                    None
                }
                Type::Chan(_, e) => Some((Some(e), None)),
                Type::Func(sig) => match self.range_func_kv(&sig) {
                    Ok(kv) => Some(kv),
                    Err(c) => {
                        cause = Some(c);
                        None
                    }
                },
                _ => None,
            };
            match (kv, cause) {
                (None, Some(c)) => {
                    let msg = format!("cannot range over {x_desc}: {c}");
                    self.error(x.span, msg);
                }
                (None, None) => {
                    let msg = format!("cannot range over {x_desc}");
                    self.error(x.span, msg);
                }
                (Some((None, _)), _) if key.is_some() => {
                    let msg = format!("range over {x_desc} permits no iteration variables");
                    self.error(key.map_or(x.span, |k| k.span), msg);
                }
                (Some((_, None)), _) if value.is_some() => {
                    let msg = format!("range over {x_desc} permits only one iteration variable");
                    self.error(value.map_or(x.span, |v| v.span), msg);
                }
                _ => {}
            }
        }
        let types = [kv.and_then(|k| k.0), kv.and_then(|k| k.1)];
        let vars = [key, value];
        if define {
            let mut new = Vec::new();
            let over_string = !xo.is_bad() && self.pkg.types.is_string(xo.ty);
            for (i, (v, t)) in vars.iter().zip(types).enumerate() {
                let Some(v) = v else { continue };
                let ty = t.unwrap_or(INVALID);
                match &v.kind {
                    ExprKind::Name(n) => {
                        let kind = ObjKind::Var {
                            global: false,
                            param: false,
                        };
                        let o = self.new_obj(n, kind, ty, v.span);
                        if i == 1 && over_string {
                            self.obj_disp.insert(o, "rune".into());
                        }
                        if n != "_" {
                            self.locals.push(o);
                        }
                        self.pkg.info.types.insert(
                            v.id,
                            super::TypeAndValue {
                                ty,
                                mode: Mode::Variable,
                            },
                        );
                        new.push((
                            Ident {
                                name: n.clone(),
                                span: v.span,
                                id: v.id,
                            },
                            o,
                        ));
                    }
                    _ => {
                        let msg = format!("non-name {} on left side of :=", expr_string(v));
                        self.error(v.span, msg);
                    }
                }
            }
            for (id, o) in new {
                self.declare_local(&id, o);
            }
        } else {
            for (v, t) in vars.iter().zip(types) {
                let Some(v) = v else { continue };
                let lt = self.lhs_var(v);
                if let (Some(lt), Some(t)) = (lt, t) {
                    if lt != INVALID && !self.assignable(&Operand::value(t), lt) {
                        let msg = format!(
                            "cannot use {} (value of type {}) as {} value in range clause{}",
                            expr_string(v),
                            self.type_str(t),
                            self.type_str(lt),
                            self.assign_cause(t, lt)
                        );
                        self.error(v.span, msg);
                    }
                }
            }
        }
        self.loop_body(body, label);
        self.scopes.pop();
    }

    // ---- declarations ------------------------------------------------------

    fn local_consts(&mut self, specs: &[ConstSpec]) {
        let mut values_spec = 0;
        for (si, spec) in specs.iter().enumerate() {
            if !spec.values.is_empty() || spec.ty.is_some() || si == 0 {
                values_spec = si;
            }
            let src = &specs[values_spec];
            let saved = self.iota.replace(num_bigint::BigInt::from(spec.iota));
            let mut objs = Vec::new();
            for (i, n) in spec.names.iter().enumerate() {
                let o = self.new_obj(
                    &n.name,
                    ObjKind::Const(ConstValue::Bool(false)),
                    INVALID,
                    n.span,
                );
                self.const_spec_value(o, n, src.ty.as_ref(), &src.values, i, spec.names.len());
                objs.push((n, o));
            }
            self.iota = saved;
            for (n, o) in objs {
                self.declare_local(n, o);
            }
        }
    }

    /// Computes constant `o` (name `n`, value `values[index]`).
    #[allow(clippy::too_many_arguments)]
    pub fn const_spec_value(
        &mut self,
        o: ObjId,
        n: &Ident,
        ty: Option<&Expr>,
        values: &[Expr],
        index: usize,
        nnames: usize,
    ) {
        self.pkg.info.defs.insert(n.id, o);
        let t = ty.map(|te| self.typexpr(te));
        if let Some(t) = t {
            if t != INVALID && !self.pkg.types.is_const_type(t) {
                let msg = format!("invalid constant type {}", self.type_str(t));
                if let Some(te) = ty {
                    self.error(te.span, msg);
                }
                return;
            }
        }
        let Some(ve) = values.get(index) else {
            if index == values.len() {
                self.error(n.span, format!("missing init expr for {}", n.name));
            }
            return;
        };
        if index + 1 == nnames && values.len() > nnames {
            let extra = &values[nnames];
            let msg = format!("extra init expr {}", expr_string(extra));
            self.error(extra.span, msg);
        }
        let mut x = self.expr(ve);
        if x.is_bad() {
            return;
        }
        if x.val().is_none() {
            let msg = format!("{} is not constant", self.describe(ve, &x));
            self.error(ve.span, msg);
            return;
        }
        if let Some(t) = t {
            if t == INVALID {
                return;
            }
            self.target_disp = ty.and_then(|te| self.disp.get(&te.id).cloned());
            if let Some(te) = ty {
                self.note_obj_spelling(o, te);
            }
            self.assignment(ve, &mut x, Some(t), "constant declaration");
            if x.is_bad() {
                return;
            }
        }
        let v = x.val().cloned().unwrap_or(ConstValue::Bool(false));
        let ob = &mut self.pkg.objects[o.0 as usize];
        ob.kind = ObjKind::Const(v);
        ob.ty = x.ty;
    }

    fn local_var_spec(&mut self, spec: &VarSpec) {
        let mut objs = Vec::new();
        for n in &spec.names {
            let kind = ObjKind::Var {
                global: false,
                param: false,
            };
            let o = self.new_obj(&n.name, kind, INVALID, n.span);
            if n.name != "_" {
                self.locals.push(o);
            }
            objs.push(o);
        }
        self.var_spec(spec, &objs, false);
        for (n, &o) in spec.names.iter().zip(&objs) {
            self.declare_local(n, o);
        }
    }

    /// Types the variables `objs` of `spec` from its type and values.
    pub fn var_spec(&mut self, spec: &VarSpec, objs: &[ObjId], _global: bool) {
        for (n, &o) in spec.names.iter().zip(objs) {
            self.pkg.info.defs.insert(n.id, o);
        }
        let t = spec.ty.as_ref().map(|te| self.typexpr(te));
        self.init_disp = spec
            .ty
            .as_ref()
            .and_then(|te| self.disp.get(&te.id).cloned());
        let (l, r) = (spec.names.len(), spec.values.len());
        let arity_error = if l < r {
            let extra = &spec.values[l];
            let msg = format!("extra init expr {}", expr_string(extra));
            self.error(extra.span, msg);
            true
        } else if r > 1 && l > r {
            let n = &spec.names[r];
            self.error(n.span, format!("missing init expr for {}", n.name));
            true
        } else {
            false
        };
        if arity_error {
            for v in &spec.values {
                self.raw_expr(v, None);
            }
        }
        let types = if spec.values.is_empty() || arity_error {
            vec![t.unwrap_or(INVALID); objs.len()]
        } else {
            let lhs = vec![t; objs.len()];
            self.init_vars(&lhs, &spec.values, "variable declaration")
        };
        self.init_disp = None;
        for (i, &o) in objs.iter().enumerate() {
            match (&spec.ty, spec.values.get(i)) {
                (Some(te), _) => self.note_obj_spelling(o, te),
                (None, Some(v)) if spec.values.len() == objs.len() => self.note_obj_spelling(o, v),
                _ => {}
            }
        }
        for (&o, ty) in objs.iter().zip(types) {
            let ty = if ty == INVALID {
                t.unwrap_or(INVALID)
            } else {
                ty
            };
            self.pkg.objects[o.0 as usize].ty = ty;
        }
    }
}

fn is_call(e: &Expr) -> bool {
    let e = e.unparen();
    matches!(e.kind, ExprKind::Call { .. })
}

/// Spec: Terminating statements.
fn is_terminating_list(stmts: &[Stmt], label: &str) -> bool {
    let last = stmts
        .iter()
        .rev()
        .find(|s| !matches!(s.kind, StmtKind::Empty));
    last.is_some_and(|s| is_terminating(s, label))
}

fn is_terminating(s: &Stmt, label: &str) -> bool {
    match &s.kind {
        StmtKind::Return(_) => true,
        StmtKind::Branch {
            kind: BranchKind::Goto,
            ..
        } => true,
        StmtKind::Expr(e) => is_panic_call(e),
        StmtKind::Block(b) => is_terminating_list(&b.stmts, ""),
        StmtKind::If { then, els, .. } => {
            els.as_ref().is_some_and(|e| is_terminating(e, ""))
                && is_terminating_list(&then.stmts, "")
        }
        StmtKind::Labeled(l, inner) => is_terminating(inner, &l.name),
        StmtKind::For { cond, body, .. } => cond.is_none() && !has_break(&body.stmts, label, true),
        StmtKind::Switch { body, .. } | StmtKind::TypeSwitch { body, .. } => {
            body.iter().any(|c| c.exprs.is_none())
                && body.iter().all(|c| {
                    !has_break(&c.body, label, true)
                        && (is_terminating_list(&c.body, "") || ends_in_fallthrough(&c.body))
                })
        }
        StmtKind::Select { body } => body
            .iter()
            .all(|c| !has_break(&c.body, label, true) && is_terminating_list(&c.body, "")),
        _ => false,
    }
}

fn ends_in_fallthrough(stmts: &[Stmt]) -> bool {
    matches!(
        stmts.last().map(|s| &s.kind),
        Some(StmtKind::Branch {
            kind: BranchKind::Fallthrough,
            ..
        })
    )
}

fn is_panic_call(e: &Expr) -> bool {
    let e = e.unparen();
    matches!(&e.kind, ExprKind::Call { fun, .. } if matches!(&fun.kind, ExprKind::Name(n) if n == "panic"))
}

/// Whether `stmts` contain a break that targets the enclosing statement
/// (unlabeled at the top nesting level, or labeled with `label`).
fn has_break(stmts: &[Stmt], label: &str, top: bool) -> bool {
    stmts.iter().any(|s| stmt_has_break(s, label, top))
}

fn stmt_has_break(s: &Stmt, label: &str, top: bool) -> bool {
    match &s.kind {
        StmtKind::Branch {
            kind: BranchKind::Break,
            label: l,
        } => match l {
            None => top,
            Some(l) => !label.is_empty() && l.name == label,
        },
        StmtKind::Block(b) => has_break(&b.stmts, label, top),
        StmtKind::Labeled(_, inner) => stmt_has_break(inner, label, top),
        StmtKind::If { then, els, .. } => {
            has_break(&then.stmts, label, top)
                || els.as_ref().is_some_and(|e| stmt_has_break(e, label, top))
        }
        StmtKind::For { body, .. } | StmtKind::Range { body, .. } => {
            has_break(&body.stmts, label, false)
        }
        StmtKind::Switch { body, .. } | StmtKind::TypeSwitch { body, .. } => {
            body.iter().any(|c| has_break(&c.body, label, false))
        }
        StmtKind::Select { body } => body.iter().any(|c| has_break(&c.body, label, false)),
        _ => false,
    }
}

/// The builtins whose calls may stand as statements (and be deferred): the
/// others only compute a value.
fn statement_builtin(b: Builtin) -> bool {
    matches!(
        b,
        Builtin::Clear
            | Builtin::Close
            | Builtin::Copy
            | Builtin::Delete
            | Builtin::Panic
            | Builtin::Print
            | Builtin::Println
            | Builtin::Recover
    )
}
