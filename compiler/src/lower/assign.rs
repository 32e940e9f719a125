//! Assignments in gc's order.
//!
//! The spec runs an assignment in two phases: first the operands of index
//! expressions and pointer indirections on the left and the expressions on
//! the right are evaluated, then the assignments happen left to right, each
//! with its own bounds, nil and map checks, so that a panic in the third
//! assignment leaves the first two done.
//!
//! gc implements the first phase lazily (walk's `ascompatee`), and golift
//! follows it exactly because the difference shows in which of two panics
//! comes first: calls (and what gc treats like calls, `Fx::hoist_calls`)
//! are evaluated first; then, going left to right, an operand of the left
//! side or a right-hand expression is evaluated early only when an
//! assignment to its left could change it (`Aliasing::affected`), and
//! every other operand is evaluated by its own assignment, which
//! evaluates its right side, then its left side (a single assignment
//! `s[i] = a[j]` checks `j` before `i`).
//!
//! Early operands are handed to the lowering of the left side as
//! `Fx::preset` values (by node id), or, for the pointer reached through
//! embedded fields, as `Fx::saved_bases`; both are dropped when the
//! statement is done.

use std::collections::HashSet;

use cranelift_codegen::ir::{types, InstBuilder};

use super::abi;
use super::func::{trusted, Fx, Place, V};
use crate::syntax::ast::{BinOp, Expr, ExprKind, NodeId, UnOp};
use crate::types::ty::Type;
use crate::types::{Mode, ObjId, ObjKind, Selection, TypeId};

/// A right-hand side of a tuple assignment: an expression, or a value
/// already in a temporary.
enum Right<'e> {
    Expr(&'e Expr),
    Value(V),
}

/// What the assignments lowered so far in a tuple assignment may have
/// changed (gc's `assigned`, `memWrite` and `deferResultWrite`).
#[derive(Default)]
struct Aliasing {
    /// Plain locals assigned so far: they change only direct uses.
    assigned: HashSet<ObjId>,
    /// Something in memory was assigned: any read of memory may change.
    mem_write: bool,
    /// A named result of a function with defers was assigned: a later
    /// panic makes it visible, so everything is evaluated early.
    result_write: bool,
}

impl Fx<'_, '_, '_> {
    /// `l = r`: calls first (left, then right), then the right side, then
    /// the left side with its checks.
    pub(super) fn assign_single(&mut self, l: &Expr, r: &Expr, t: TypeId) {
        self.hoist_calls(l);
        self.hoist_calls(r);
        if self.zero_literal(r) && abi::is_memory(self.tt, t) && self.type_of(r) == t {
            // `x = T{}` of a memory-sized T clears x where it is, as gc
            // does, instead of building a zero temporary (on the heap when
            // T is large) and copying it.
            if let Place::Mem(a) = self.place(l) {
                let size = self.tt.size_of(t);
                self.zero_mem(a, size);
                return;
            }
        }
        let v = self.expr_as(r, t);
        let p = self.place(l);
        self.write_place(&p, t, &v);
    }

    /// A composite literal with no elements (`T{}`), parenthesised or not.
    fn zero_literal(&self, e: &Expr) -> bool {
        matches!(&e.unparen().kind, ExprKind::CompositeLit { elts, .. } if elts.is_empty())
    }

    /// `l1, l2, ... = r1, r2, ...` or `l1, l2, ... = f()` (the call's
    /// results are temporaries, as gc makes them).
    pub(super) fn assign_tuple(&mut self, lhs: &[Expr], rhs: &[Expr]) {
        let targets: Vec<Option<TypeId>> = lhs.iter().map(|l| self.lhs_type(l)).collect();
        self.hoist_all(lhs);
        let right: Vec<Right> = if rhs.len() == 1 {
            let vals = self.rhs_values(rhs, &targets);
            vals.into_iter()
                .zip(&targets)
                .map(|(v, t)| Right::Value(t.map_or(v.clone(), |t| self.stabilize(t, v))))
                .collect()
        } else {
            self.hoist_all(rhs);
            rhs.iter().map(Right::Expr).collect()
        };
        let lhs: Vec<&Expr> = lhs.iter().collect();
        self.assign_ordered(&lhs, &targets, right);
    }

    /// Assigns the values of one iteration of a `range` loop (without
    /// `:=`) to `lhs`, in tuple assignment order; each value has the
    /// type paired with it and is converted to its target's type.
    pub(super) fn assign_values(&mut self, lhs: &[&Expr], vals: Vec<(V, TypeId)>) {
        let targets: Vec<Option<TypeId>> = lhs.iter().map(|l| self.lhs_type(l)).collect();
        for l in lhs {
            self.hoist_calls(l);
        }
        let right = vals
            .into_iter()
            .zip(&targets)
            .map(|((v, from), to)| match to {
                Some(to) if *to != from && matches!(self.under(*to), Type::Interface(_)) => {
                    Right::Value(self.convert_to_iface(from, v, *to))
                }
                _ => Right::Value(v),
            })
            .collect();
        self.assign_ordered(lhs, &targets, right);
    }

    /// Phase one (the early operands, walk's `ascompatee`), then the
    /// assignments left to right.
    fn assign_ordered(&mut self, lhs: &[&Expr], targets: &[Option<TypeId>], right: Vec<Right>) {
        let mut early: Vec<Option<V>> = Vec::with_capacity(lhs.len());
        let mut late: Vec<Option<&Expr>> = Vec::with_capacity(lhs.len());
        for r in right {
            match r {
                Right::Value(v) => {
                    early.push(Some(v));
                    late.push(None);
                }
                Right::Expr(e) => {
                    early.push(None);
                    late.push(Some(e));
                }
            }
        }
        let mut al = Aliasing::default();
        let mut saved = Vec::new();
        for (i, &l) in lhs.iter().enumerate() {
            self.save_left_operands(l, &al, &mut saved);
            if let Some(r) = late[i].filter(|r| self.affected(&al, r)) {
                early[i] = Some(self.right_value(r, targets[i]));
            }
            self.note_assigned(l, &mut al);
        }
        for (i, &l) in lhs.iter().enumerate() {
            let v = match (early[i].take(), late[i]) {
                (Some(v), _) => v,
                (None, Some(r)) => self.right_value(r, targets[i]),
                (None, None) => continue,
            };
            if let Some(t) = targets[i] {
                let p = self.place(l);
                self.write_place(&p, t, &v);
            }
        }
        for id in saved {
            self.preset.remove(&id);
            self.saved_bases.remove(&id);
        }
    }

    /// A right-hand expression as a value of its target's type (its own
    /// type for a blank target), safe from later stores.
    fn right_value(&mut self, r: &Expr, target: Option<TypeId>) -> V {
        let t = target.unwrap_or_else(|| self.type_of(r));
        let v = self.expr_as(r, t);
        self.stabilize(t, v)
    }

    /// The left side with gc's drill: through array indexing and field
    /// selection without indirection, to the variable, index expression
    /// or indirection that the assignment writes through.
    fn lvalue_root<'e>(&self, mut l: &'e Expr, mut each: impl FnMut(&'e Expr)) -> &'e Expr {
        loop {
            match &l.kind {
                ExprKind::Paren(x) => l = x,
                ExprKind::Index(x, idx)
                    if matches!(self.under(self.type_of(x)), Type::Array(..)) =>
                {
                    each(&idx[0]);
                    l = x;
                }
                ExprKind::Selector(x, _) if self.direct_field(l) => l = x,
                _ => return l,
            }
        }
    }

    /// Whether `e` is a field selection that dereferences no pointer.
    fn direct_field(&self, e: &Expr) -> bool {
        matches!(
            self.m.pkg.info.selections.get(&e.id),
            Some(Selection::Field {
                indirect: false,
                ..
            })
        )
    }

    /// Evaluates now the operands of `l` that earlier assignments could
    /// change (walk's `save`).
    fn save_left_operands(&mut self, l: &Expr, al: &Aliasing, saved: &mut Vec<NodeId>) {
        let mut indices = Vec::new();
        let root = self.lvalue_root(l, |i| indices.push(i));
        for i in indices {
            self.save(i, al, saved);
        }
        match &root.kind {
            ExprKind::Index(x, idx) => {
                self.save(x, al, saved);
                self.save(&idx[0], al, saved);
            }
            ExprKind::Star(x) => self.save(x, al, saved),
            ExprKind::Selector(x, _) => self.save_field_base(root, x, al, saved),
            _ => {}
        }
    }

    fn save(&mut self, e: &Expr, al: &Aliasing, saved: &mut Vec<NodeId>) {
        if !self.affected(al, e) {
            return;
        }
        let t = self.type_of(e);
        let v = self.expr(e);
        let v = self.stabilize(t, v);
        self.preset.insert(e.id, v);
        saved.push(e.id);
    }

    /// `x.f` through a pointer: the pointer is `x` itself, or the last
    /// embedded pointer on the way to `f`, saved in `Fx::saved_bases`.
    fn save_field_base(&mut self, sel: &Expr, x: &Expr, al: &Aliasing, saved: &mut Vec<NodeId>) {
        let Some(Selection::Field { path, .. }) = self.m.pkg.info.selections.get(&sel.id) else {
            return;
        };
        let path = path.clone();
        let xt = self.type_of(x);
        let steps = self.path_types(xt, &path);
        let Some(k) = steps.iter().rposition(|&t| self.is_pointer(t)) else {
            return;
        };
        if k == 0 {
            return self.save(x, al, saved);
        }
        let chain_reads = steps[..k].iter().any(|&t| self.is_pointer(t));
        if !(self.affected(al, x) || al.mem_write && chain_reads) {
            return;
        }
        let base = if self.is_pointer(xt) {
            super::expr::At::Val(self.expr(x))
        } else {
            super::expr::At::Addr(self.addr_of(x))
        };
        let p = match self.walk_fields(base, xt, &path[..k]).0 {
            super::expr::At::Val(v) => v.s0(),
            super::expr::At::Addr(a) => self.b.ins().load(types::I64, trusted(), a, 0),
        };
        self.saved_bases.insert(sel.id, (k, steps[k], p));
        saved.push(sel.id);
    }

    /// The type before each step of a field path.
    pub(super) fn path_types(&self, mut t: TypeId, path: &[usize]) -> Vec<TypeId> {
        let mut steps = Vec::with_capacity(path.len());
        for &i in path {
            steps.push(t);
            let st = match self.under(t) {
                Type::Pointer(p) => *p,
                _ => t,
            };
            let Type::Struct(fields) = self.under(st) else {
                break;
            };
            t = fields[i].ty;
        }
        steps
    }

    fn is_pointer(&self, t: TypeId) -> bool {
        matches!(self.under(t), Type::Pointer(_))
    }

    /// Records what assigning to `l` may change.
    fn note_assigned(&self, l: &Expr, al: &mut Aliasing) {
        let root = self.lvalue_root(l, |_| {});
        let ExprKind::Name(n) = &root.kind else {
            al.mem_write = true;
            return;
        };
        if n == "_" {
            return;
        }
        let info = &self.m.pkg.info;
        let Some(&obj) = info.uses.get(&root.id).or_else(|| info.defs.get(&root.id)) else {
            return;
        };
        if self.named_results.contains(&Some(obj)) && self.has_defers() {
            al.result_write = true;
        } else if self.plain_local(obj) {
            al.assigned.insert(obj);
        } else {
            al.mem_write = true;
        }
    }

    /// A local variable whose address is never taken: only a direct
    /// assignment changes it.
    fn plain_local(&self, obj: ObjId) -> bool {
        self.locals.contains_key(&obj) && !self.escapes.contains(&obj)
    }

    /// Whether the assignments so far could change the value of `e`.
    fn affected(&self, al: &Aliasing, e: &Expr) -> bool {
        al.result_write || self.touches(al, e)
    }

    fn touches(&self, al: &Aliasing, e: &Expr) -> bool {
        if matches!(
            self.mode_of(e),
            Some(Mode::Constant(_) | Mode::Nil | Mode::Type)
        ) || self.hoisted.contains_key(&e.id)
            || self.preset.contains_key(&e.id)
        {
            return false;
        }
        let here = match &e.kind {
            ExprKind::Name(_) => match self.m.pkg.info.uses.get(&e.id) {
                Some(&o) if matches!(self.m.pkg.obj(o).kind, ObjKind::Var { .. }) => {
                    al.assigned.contains(&o) || al.mem_write && !self.plain_local(o)
                }
                _ => false,
            },
            _ => al.mem_write && self.reads_memory(e),
        };
        let t = |x: &Expr| self.touches(al, x);
        here || match &e.kind {
            ExprKind::Paren(x)
            | ExprKind::Unary(_, x)
            | ExprKind::Star(x)
            | ExprKind::Selector(x, _)
            | ExprKind::TypeAssert { x, .. } => t(x),
            ExprKind::Binary(_, a, b) => t(a) || t(b),
            ExprKind::Index(x, is) => t(x) || is.iter().any(t),
            ExprKind::Slice { x, lo, hi, max, .. } => {
                t(x) || [lo, hi, max].into_iter().flatten().any(|i| t(i))
            }
            ExprKind::Call { fun, args, .. } => t(fun) || args.iter().any(t),
            ExprKind::CompositeLit { elts, .. } => elts
                .iter()
                .any(|el| el.key.as_ref().is_some_and(t) || t(&el.value)),
            _ => false,
        }
    }

    /// gc's `readsMemory`: whether evaluating `e` itself (not its operands)
    /// reads memory that an assignment through a pointer could change.
    fn reads_memory(&self, e: &Expr) -> bool {
        match &e.kind {
            ExprKind::Paren(_) | ExprKind::TypeAssert { .. } => false,
            ExprKind::Binary(op, a, _) => {
                matches!(
                    op,
                    BinOp::Eq | BinOp::Ne | BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge
                ) || *op == BinOp::Add && self.is_string(self.type_of(a))
            }
            ExprKind::Unary(op, _) => !matches!(op, UnOp::Pos | UnOp::Neg | UnOp::Xor),
            ExprKind::Selector(..) => !self.direct_field(e),
            ExprKind::Call { fun, args, .. } if self.mode_of(fun) == Some(&Mode::Type) => {
                // Conversions between strings and byte or rune slices, and
                // of integers to strings, copy or allocate; the others
                // only reinterpret their operand.
                let (to, from) = (self.type_of(e), args.first().map(|x| self.type_of(x)));
                let slice = |t: TypeId| matches!(self.under(t), Type::Slice(_));
                from.is_some_and(|f| {
                    self.is_string(to) && !self.is_string(f) || slice(to) && self.is_string(f)
                })
            }
            _ => true,
        }
    }
}
