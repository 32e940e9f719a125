//! A deliberately simple escape pass: a local variable escapes (and so lives
//! on the heap, see `func.rs`) when its address is taken anywhere in the
//! function: `&x`, `&x.f`, `&x[i]` on an array, or slicing an array
//! variable `x[i:j]`. Everything else stays in SSA variables or stack slots,
//! which is sound because no other construct can make a pointer to a local.
//!
//! `local_slices` finds the local slice variables whose backing store gc
//! would prove non-escaping: every use is `s = append(s, ...)`, `len`/`cap`,
//! indexing, `range` or `print`. gc gives the first append to such an empty
//! slice a 32-byte stack buffer; golift reproduces the resulting capacities
//! (with a heap buffer) so `cap()` matches gc.

use std::collections::HashSet;

use crate::syntax::ast::{AssignOp, Block, Expr, ExprKind, NodeId, Stmt, StmtKind, UnOp};
use crate::syntax::visit::{self as walk, Visitor};
use crate::types::ty::Type;
use crate::types::{Builtin, Mode, ObjId, ObjKind, Package, Selection};

/// The locals of `body` whose address is taken.
pub fn address_taken(pkg: &Package, body: &Block) -> HashSet<ObjId> {
    let (escapes, on_stack) = addressed(pkg, body, &HashSet::new());
    escapes.union(&on_stack).copied().collect()
}

/// The locals of `body` whose address is taken, split in two: those whose
/// address may escape, and those whose address is only ever an argument
/// `&x` of a direct call of a `noescape` function (`//go:noescape`
/// declarations: the callee keeps no pointer), which may live in a stack
/// slot. A local in both sets escapes.
pub fn addressed(
    pkg: &Package,
    body: &Block,
    noescape: &HashSet<ObjId>,
) -> (HashSet<ObjId>, HashSet<ObjId>) {
    let mut w = AddressTaken {
        pkg,
        noescape,
        out: HashSet::new(),
        on_stack: HashSet::new(),
        stack_only: false,
    };
    walk::block(&mut w, body);
    let on_stack = w.on_stack.difference(&w.out).copied().collect();
    (w.out, on_stack)
}

struct AddressTaken<'a> {
    pkg: &'a Package,
    noescape: &'a HashSet<ObjId>,
    out: HashSet<ObjId>,
    on_stack: HashSet<ObjId>,
    /// Set while marking an argument of a `noescape` call.
    stack_only: bool,
}

impl AddressTaken<'_> {
    /// A call of a `noescape` function: its `&x` arguments are marked
    /// stack-only; everything else is walked as usual.
    fn noescape_call(&mut self, fun: &Expr, args: &[Expr]) -> bool {
        let callee = match &fun.kind {
            ExprKind::Name(_) => self.pkg.info.uses.get(&fun.id),
            _ => None,
        };
        if !callee.is_some_and(|o| self.noescape.contains(o)) {
            return false;
        }
        for a in args {
            match &a.kind {
                ExprKind::Unary(UnOp::Addr, x) => {
                    self.stack_only = true;
                    self.mark_root(x);
                    self.stack_only = false;
                    walk::expr(self, x);
                }
                _ => walk::expr(self, a),
            }
        }
        true
    }
}

impl Visitor for AddressTaken<'_> {
    fn expr(&mut self, e: &Expr) -> bool {
        match &e.kind {
            ExprKind::Call { fun, args, .. } if self.noescape_call(fun, args) => return false,
            ExprKind::Unary(UnOp::Addr, x) => self.mark_root(x),
            ExprKind::Slice { x, .. } if is_array(self.pkg, x) => self.mark_root(x),
            // A method may take the receiver's address (`x.M()` with
            // `func (*T) M()` on an addressable `x`); a pointer `x` is
            // passed as it is.
            ExprKind::Selector(x, _)
                if matches!(
                    self.pkg.info.selections.get(&e.id),
                    Some(Selection::Method { .. })
                ) && !is_pointer(self.pkg, x) =>
            {
                self.mark_root(x)
            }
            _ => {}
        }
        true
    }
}

impl AddressTaken<'_> {
    /// Marks the variable at the root of an addressable expression, looking
    /// through fields and array indexing (not through pointers or slices).
    fn mark_root(&mut self, x: &Expr) {
        match &x.kind {
            ExprKind::Name(_) => {
                if let Some(&obj) = self.pkg.info.uses.get(&x.id) {
                    if matches!(self.pkg.obj(obj).kind, ObjKind::Var { global: false, .. }) {
                        if self.stack_only {
                            self.on_stack.insert(obj);
                        } else {
                            self.out.insert(obj);
                        }
                    }
                }
            }
            ExprKind::Paren(inner) => self.mark_root(inner),
            ExprKind::Selector(inner, _) => {
                let direct = matches!(
                    self.pkg.info.selections.get(&x.id),
                    Some(Selection::Field {
                        indirect: false,
                        ..
                    })
                );
                if direct {
                    self.mark_root(inner);
                }
            }
            ExprKind::Index(inner, _) if is_array(self.pkg, inner) => self.mark_root(inner),
            _ => {}
        }
    }
}

fn is_pointer(pkg: &Package, x: &Expr) -> bool {
    pkg.type_of(x.id)
        .is_some_and(|tv| matches!(pkg.types.under(tv.ty), Type::Pointer(_)))
}

fn is_array(pkg: &Package, x: &Expr) -> bool {
    pkg.type_of(x.id)
        .is_some_and(|tv| matches!(pkg.types.under(tv.ty), Type::Array(..)))
}

/// The local slice variables of `body` that only `append`, `len`, `cap`,
/// indexing, `range` and `print` use.
pub fn local_slices(pkg: &Package, body: &Block) -> HashSet<ObjId> {
    let mut v = SliceUses {
        pkg,
        candidates: HashSet::new(),
        escaped: HashSet::new(),
        harmless: HashSet::new(),
    };
    walk::block(&mut v, body);
    v.candidates.retain(|o| !v.escaped.contains(o));
    v.candidates
}

/// A use of a slice variable leaks it unless the expression it appears as
/// is in `harmless` (marked by its parent before the walk reaches it): the
/// operand of an index expression, of `range`, `len`, `cap` or `print`.
/// Declarations seen so far are the `candidates`: a function literal, type
/// switch or select makes every one of them escape (and is not looked into).
struct SliceUses<'a> {
    pkg: &'a Package,
    candidates: HashSet<ObjId>,
    escaped: HashSet<ObjId>,
    harmless: HashSet<NodeId>,
}

impl SliceUses<'_> {
    fn declare(&mut self, id: NodeId) {
        if let Some(&o) = self.pkg.info.defs.get(&id) {
            if matches!(self.pkg.types.under(self.pkg.obj(o).ty), Type::Slice(_)) {
                self.candidates.insert(o);
            }
        }
    }

    fn name_obj(&self, e: &Expr) -> Option<ObjId> {
        match &e.kind {
            ExprKind::Name(_) => self.pkg.info.uses.get(&e.id).copied(),
            ExprKind::Paren(x) => self.name_obj(x),
            _ => None,
        }
    }

    /// `s = append(s, ...)`: the append's slice operand is the target.
    fn self_append(&self, lhs: &Expr, rhs: &Expr) -> bool {
        let ExprKind::Call { fun, args, .. } = &rhs.kind else {
            return false;
        };
        let is_append = matches!(
            self.pkg.type_of(fun.id).map(|tv| &tv.mode),
            Some(Mode::Builtin(Builtin::Append))
        );
        is_append
            && args.first().and_then(|a| self.name_obj(a)).is_some()
            && self.name_obj(lhs) == args.first().and_then(|a| self.name_obj(a))
    }

    /// `s = nil` for a slice variable `s`.
    fn nil_assign(&self, lhs: &Expr, rhs: &Expr) -> bool {
        self.name_obj(lhs).is_some()
            && self
                .pkg
                .type_of(rhs.id)
                .is_some_and(|tv| tv.mode == Mode::Nil)
    }

    fn escape_all(&mut self) {
        self.escaped.extend(self.candidates.iter().copied());
    }
}

impl Visitor for SliceUses<'_> {
    fn stmt(&mut self, s: &Stmt) -> bool {
        match &s.kind {
            StmtKind::Var(specs) => {
                for n in specs.iter().flat_map(|sp| &sp.names) {
                    self.declare(n.id);
                }
            }
            StmtKind::Assign { lhs, rhs, op } => {
                if *op == AssignOp::Define {
                    for l in lhs {
                        self.declare(l.id);
                    }
                }
                // `s = nil` keeps the slice local (gc: no escape).
                if lhs.len() == 1 && rhs.len() == 1 && self.nil_assign(&lhs[0], &rhs[0]) {
                    return false;
                }
                if lhs.len() == 1 && rhs.len() == 1 && self.self_append(&lhs[0], &rhs[0]) {
                    if let ExprKind::Call { args, .. } = &rhs[0].kind {
                        for a in &args[1..] {
                            walk::expr(self, a);
                        }
                    }
                    return false;
                }
            }
            StmtKind::Range { x, .. } => {
                self.harmless.insert(x.id);
            }
            StmtKind::TypeSwitch { .. } | StmtKind::Select { .. } => {
                self.escape_all();
                return false;
            }
            _ => {}
        }
        true
    }

    fn expr(&mut self, e: &Expr) -> bool {
        match &e.kind {
            ExprKind::Name(_) if !self.harmless.contains(&e.id) => {
                if let Some(&o) = self.pkg.info.uses.get(&e.id) {
                    self.escaped.insert(o);
                }
            }
            ExprKind::Paren(x) if self.harmless.contains(&e.id) => {
                self.harmless.insert(x.id);
            }
            ExprKind::Index(x, _) => {
                self.harmless.insert(x.id);
            }
            ExprKind::Call { fun, args, .. } => {
                let harmless = matches!(
                    self.pkg.type_of(fun.id).map(|tv| &tv.mode),
                    Some(Mode::Builtin(
                        Builtin::Len | Builtin::Cap | Builtin::Print | Builtin::Println
                    ))
                );
                if harmless {
                    self.harmless.extend(args.iter().map(|a| a.id));
                }
            }
            ExprKind::FuncLit { .. } => {
                self.escape_all();
                return false;
            }
            _ => {}
        }
        true
    }
}

/// Whether any statement in `stmts` (nested ones included) assigns to one
/// of `objs` (`=`, `op=`, `++`/`--`, range assignment, select receive).
pub fn assigns_any(pkg: &Package, stmts: &[Stmt], objs: &[ObjId]) -> bool {
    let mut v = Assigns {
        pkg,
        objs,
        found: false,
    };
    for s in stmts {
        walk::stmt(&mut v, s);
    }
    v.found
}

/// Looks at statements only: expressions (function literals included) are
/// not entered.
struct Assigns<'a> {
    pkg: &'a Package,
    objs: &'a [ObjId],
    found: bool,
}

impl Assigns<'_> {
    fn hits(&self, e: &Expr) -> bool {
        let e = e.unparen();
        matches!(e.kind, ExprKind::Name(_))
            && self
                .pkg
                .info
                .uses
                .get(&e.id)
                .is_some_and(|o| self.objs.contains(o))
    }
}

impl Visitor for Assigns<'_> {
    fn stmt(&mut self, s: &Stmt) -> bool {
        self.found = self.found
            || match &s.kind {
                StmtKind::Assign { lhs, .. } => lhs.iter().any(|e| self.hits(e)),
                StmtKind::IncDec { x, .. } => self.hits(x),
                StmtKind::Range { key, value, .. } => {
                    [key, value].into_iter().flatten().any(|e| self.hits(e))
                }
                _ => false,
            };
        !self.found
    }

    fn expr(&mut self, _e: &Expr) -> bool {
        false
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lower::tests::checked_body_of_f as checked;

    fn names(pkg: &Package, set: &HashSet<ObjId>) -> Vec<String> {
        let mut v: Vec<String> = set.iter().map(|&o| pkg.obj(o).name.clone()).collect();
        v.sort();
        v
    }

    #[test]
    fn address_taken_locals_escape() {
        let (pkg, body) = checked(
            "package main\ntype T struct{ a [2]int }\nfunc f() {\n\tx, y, z := 1, 2, 3\n\tvar t T\n\tvar arr [4]int\n\tp := &x\n\tq := &t.a[1]\n\ts := arr[1:]\n\t_, _, _, _ = p, q, s, y + z\n}\nfunc main() { f() }\n",
        );
        assert_eq!(names(&pkg, &address_taken(&pkg, &body)), ["arr", "t", "x"]);
    }

    /// `v.M()` with a pointer method takes `v`'s address; on a pointer
    /// `p.M()` passes `p` itself, so `p` stays a plain local.
    #[test]
    fn method_calls_take_the_address_of_values_only() {
        let (pkg, body) = checked(
            "package main\ntype T struct{ n int }\nfunc (t *T) M() { t.n++ }\nfunc f() {\n\tvar v T\n\tp := &T{}\n\tv.M()\n\tp.M()\n}\nfunc main() { f() }\n",
        );
        assert_eq!(names(&pkg, &address_taken(&pkg, &body)), ["v"]);
    }

    #[test]
    fn local_slices_used_only_by_append_do_not_escape() {
        let (pkg, body) = checked(
            "package main\nvar g []int\nfunc f() {\n\tvar a, b, c []int\n\tfor i := 0; i < 3; i++ {\n\t\ta = append(a, i)\n\t\tb = append(b, i)\n\t\tc = append(c, len(a))\n\t}\n\tg = b\n\tprintln(a[0], len(c))\n}\nfunc main() { f() }\n",
        );
        assert_eq!(names(&pkg, &local_slices(&pkg, &body)), ["a", "c"]);
    }

    #[test]
    fn assignments_are_found_in_nested_statements() {
        let (pkg, body) = checked(
            "package main\nfunc f() {\n\tk, s := 0, 1\n\tfor i := 0; i < 2; i++ {\n\t\tif i > 0 {\n\t\t\tk++\n\t\t}\n\t}\n\tprintln(k, s)\n}\nfunc main() { f() }\n",
        );
        let obj = |n: &str| {
            let i = pkg.objects.iter().position(|o| o.name == n).unwrap();
            ObjId(i as u32)
        };
        assert!(assigns_any(&pkg, &body.stmts, &[obj("k")]));
        assert!(!assigns_any(&pkg, &body.stmts[1..], &[obj("s")]));
    }
}
