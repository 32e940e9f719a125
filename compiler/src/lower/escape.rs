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

use crate::syntax::ast::{Block, Expr, ExprKind, Stmt, StmtKind, UnOp};
use crate::types::ty::Type;
use crate::types::{ObjId, ObjKind, Package};

/// The locals of `body` whose address is taken.
pub fn address_taken(pkg: &Package, body: &Block) -> HashSet<ObjId> {
    let mut w = Walker {
        pkg,
        out: HashSet::new(),
    };
    w.block(body);
    w.out
}

struct Walker<'a> {
    pkg: &'a Package,
    out: HashSet<ObjId>,
}

impl Walker<'_> {
    fn block(&mut self, b: &Block) {
        for s in &b.stmts {
            self.stmt(s);
        }
    }

    fn stmts(&mut self, ss: &[Stmt]) {
        for s in ss {
            self.stmt(s);
        }
    }

    fn opt_stmt(&mut self, s: &Option<Box<Stmt>>) {
        if let Some(s) = s {
            self.stmt(s);
        }
    }

    fn stmt(&mut self, s: &Stmt) {
        match &s.kind {
            StmtKind::Var(specs) => {
                for sp in specs {
                    self.exprs(&sp.values);
                }
            }
            StmtKind::Labeled(_, s) => self.stmt(s),
            StmtKind::Expr(e) | StmtKind::Go(e) | StmtKind::Defer(e) => self.expr(e),
            StmtKind::Send(a, b) => {
                self.expr(a);
                self.expr(b);
            }
            StmtKind::IncDec { x, .. } => self.expr(x),
            StmtKind::Assign { lhs, rhs, .. } => {
                self.exprs(lhs);
                self.exprs(rhs);
            }
            StmtKind::Return(es) => self.exprs(es),
            StmtKind::Block(b) => self.block(b),
            StmtKind::If {
                init,
                cond,
                then,
                els,
            } => {
                self.opt_stmt(init);
                self.expr(cond);
                self.block(then);
                self.opt_stmt(els);
            }
            StmtKind::Switch {
                init, tag, body, ..
            } => {
                self.opt_stmt(init);
                if let Some(t) = tag {
                    self.expr(t);
                }
                for c in body {
                    if let Some(es) = &c.exprs {
                        self.exprs(es);
                    }
                    self.stmts(&c.body);
                }
            }
            StmtKind::TypeSwitch { init, x, body, .. } => {
                self.opt_stmt(init);
                self.expr(x);
                for c in body {
                    self.stmts(&c.body);
                }
            }
            StmtKind::Select { body } => {
                for c in body {
                    if let Some(s) = &c.comm {
                        self.stmt(s);
                    }
                    self.stmts(&c.body);
                }
            }
            StmtKind::For {
                init,
                cond,
                post,
                body,
            } => {
                self.opt_stmt(init);
                if let Some(c) = cond {
                    self.expr(c);
                }
                self.opt_stmt(post);
                self.block(body);
            }
            StmtKind::Range {
                key,
                value,
                x,
                body,
                ..
            } => {
                for e in [key, value].into_iter().flatten() {
                    self.expr(e);
                }
                self.expr(x);
                self.block(body);
            }
            StmtKind::Const(_) | StmtKind::Type(_) | StmtKind::Empty | StmtKind::Branch { .. } => {}
        }
    }

    fn exprs(&mut self, es: &[Expr]) {
        for e in es {
            self.expr(e);
        }
    }

    fn expr(&mut self, e: &Expr) {
        match &e.kind {
            ExprKind::Unary(UnOp::Addr, x) => {
                self.mark_root(x);
                self.expr(x);
            }
            ExprKind::Slice { x, lo, hi, max, .. } => {
                if self.is_array(x) {
                    self.mark_root(x);
                }
                self.expr(x);
                for i in [lo, hi, max].into_iter().flatten() {
                    self.expr(i);
                }
            }
            ExprKind::CompositeLit { elts, .. } => {
                for el in elts {
                    if let Some(k) = &el.key {
                        self.expr(k);
                    }
                    self.expr(&el.value);
                }
            }
            ExprKind::FuncLit { body, .. } => self.block(body),
            ExprKind::Paren(x) | ExprKind::Star(x) | ExprKind::Unary(_, x) => self.expr(x),
            ExprKind::Selector(x, _) => {
                // A method may take the receiver's address (`x.M()` with
                // `func (*T) M()` on an addressable `x`).
                if matches!(
                    self.pkg.info.selections.get(&e.id),
                    Some(crate::types::Selection::Method { .. })
                ) {
                    self.mark_root(x);
                }
                self.expr(x)
            }
            ExprKind::Index(x, is) => {
                self.expr(x);
                self.exprs(is);
            }
            ExprKind::TypeAssert { x, .. } => self.expr(x),
            ExprKind::Call { fun, args, .. } => {
                self.expr(fun);
                self.exprs(args);
            }
            ExprKind::Binary(_, a, b) => {
                self.expr(a);
                self.expr(b);
            }
            _ => {}
        }
    }

    fn is_array(&self, x: &Expr) -> bool {
        self.pkg
            .type_of(x.id)
            .is_some_and(|tv| matches!(self.pkg.types.under(tv.ty), Type::Array(..)))
    }

    /// Marks the variable at the root of an addressable expression, looking
    /// through fields and array indexing (not through pointers or slices).
    fn mark_root(&mut self, x: &Expr) {
        match &x.kind {
            ExprKind::Name(_) => {
                if let Some(&obj) = self.pkg.info.uses.get(&x.id) {
                    if matches!(self.pkg.obj(obj).kind, ObjKind::Var { global: false, .. }) {
                        self.out.insert(obj);
                    }
                }
            }
            ExprKind::Paren(inner) => self.mark_root(inner),
            ExprKind::Selector(inner, _) => {
                let direct = matches!(
                    self.pkg.info.selections.get(&x.id),
                    Some(crate::types::Selection::Field {
                        indirect: false,
                        ..
                    })
                );
                if direct {
                    self.mark_root(inner);
                }
            }
            ExprKind::Index(inner, _) if self.is_array(inner) => self.mark_root(inner),
            _ => {}
        }
    }
}

/// The local slice variables of `body` that only `append`, `len`, `cap`,
/// indexing, `range` and `print` use.
pub fn local_slices(pkg: &Package, body: &Block) -> HashSet<ObjId> {
    let mut v = SliceUses {
        pkg,
        candidates: HashSet::new(),
        escaped: HashSet::new(),
    };
    v.block(body);
    v.candidates.retain(|o| !v.escaped.contains(o));
    v.candidates
}

struct SliceUses<'a> {
    pkg: &'a Package,
    candidates: HashSet<ObjId>,
    escaped: HashSet<ObjId>,
}

impl SliceUses<'_> {
    fn block(&mut self, b: &Block) {
        for s in &b.stmts {
            self.stmt(s);
        }
    }

    fn declare(&mut self, id: crate::syntax::ast::NodeId) {
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
            Some(crate::types::Mode::Builtin(crate::types::Builtin::Append))
        );
        is_append
            && args.first().and_then(|a| self.name_obj(a)).is_some()
            && self.name_obj(lhs) == args.first().and_then(|a| self.name_obj(a))
    }

    fn stmt(&mut self, s: &Stmt) {
        match &s.kind {
            StmtKind::Var(specs) => {
                for sp in specs {
                    for n in &sp.names {
                        self.declare(n.id);
                    }
                    for e in &sp.values {
                        self.expr(e, false);
                    }
                }
            }
            StmtKind::Assign { lhs, rhs, op } => {
                if *op == crate::syntax::ast::AssignOp::Define {
                    for l in lhs {
                        self.declare(l.id);
                    }
                }
                if lhs.len() == 1 && rhs.len() == 1 && self.self_append(&lhs[0], &rhs[0]) {
                    if let ExprKind::Call { args, .. } = &rhs[0].kind {
                        for a in &args[1..] {
                            self.expr(a, false);
                        }
                    }
                    return;
                }
                for l in lhs {
                    self.lhs(l);
                }
                for r in rhs {
                    self.expr(r, false);
                }
            }
            StmtKind::Range {
                key,
                value,
                x,
                body,
                ..
            } => {
                for e in [key, value].into_iter().flatten() {
                    self.lhs(e);
                }
                self.expr(x, true);
                self.block(body);
            }
            StmtKind::Labeled(_, s) => self.stmt(s),
            StmtKind::Block(b) => self.block(b),
            StmtKind::If {
                init,
                cond,
                then,
                els,
            } => {
                self.opt(init);
                self.expr(cond, false);
                self.block(then);
                self.opt(els);
            }
            StmtKind::For {
                init,
                cond,
                post,
                body,
            } => {
                self.opt(init);
                if let Some(c) = cond {
                    self.expr(c, false);
                }
                self.opt(post);
                self.block(body);
            }
            StmtKind::Switch {
                init, tag, body, ..
            } => {
                self.opt(init);
                if let Some(t) = tag {
                    self.expr(t, false);
                }
                for c in body {
                    for e in c.exprs.iter().flatten() {
                        self.expr(e, false);
                    }
                    for s in &c.body {
                        self.stmt(s);
                    }
                }
            }
            StmtKind::Expr(e) | StmtKind::Go(e) | StmtKind::Defer(e) => self.expr(e, false),
            StmtKind::IncDec { x, .. } => self.lhs(x),
            StmtKind::Return(es) => {
                for e in es {
                    self.expr(e, false);
                }
            }
            StmtKind::Send(a, b) => {
                self.expr(a, false);
                self.expr(b, false);
            }
            StmtKind::TypeSwitch { .. } | StmtKind::Select { .. } => {
                self.escaped.extend(self.candidates.iter().copied());
            }
            StmtKind::Const(_) | StmtKind::Type(_) | StmtKind::Empty | StmtKind::Branch { .. } => {}
        }
    }

    fn opt(&mut self, s: &Option<Box<Stmt>>) {
        if let Some(s) = s {
            self.stmt(s);
        }
    }

    /// An assignment target: a whole slice variable being overwritten by
    /// something other than its own append escapes (it may alias).
    fn lhs(&mut self, e: &Expr) {
        match &e.kind {
            ExprKind::Index(x, is) => {
                self.expr(x, true);
                for i in is {
                    self.expr(i, false);
                }
            }
            _ => self.expr(e, false),
        }
    }

    /// `ok`: a use of a slice variable directly here does not leak it.
    fn expr(&mut self, e: &Expr, ok: bool) {
        match &e.kind {
            ExprKind::Name(_) if !ok => {
                if let Some(&o) = self.pkg.info.uses.get(&e.id) {
                    self.escaped.insert(o);
                }
            }
            ExprKind::Paren(x) => self.expr(x, ok),
            ExprKind::Index(x, is) => {
                self.expr(x, true);
                for i in is {
                    self.expr(i, false);
                }
            }
            ExprKind::Call { fun, args, .. } => {
                use crate::types::Builtin::*;
                let harmless = matches!(
                    self.pkg.type_of(fun.id).map(|tv| &tv.mode),
                    Some(crate::types::Mode::Builtin(Len | Cap | Print | Println))
                );
                self.expr(fun, false);
                for a in args {
                    self.expr(a, harmless);
                }
            }
            ExprKind::FuncLit { .. } => {
                self.escaped.extend(self.candidates.iter().copied());
            }
            ExprKind::Selector(x, _) | ExprKind::Star(x) | ExprKind::Unary(_, x) => {
                self.expr(x, false)
            }
            ExprKind::TypeAssert { x, .. } => self.expr(x, false),
            ExprKind::Slice { x, lo, hi, max, .. } => {
                self.expr(x, false);
                for i in [lo, hi, max].into_iter().flatten() {
                    self.expr(i, false);
                }
            }
            ExprKind::Binary(_, a, b) => {
                self.expr(a, false);
                self.expr(b, false);
            }
            ExprKind::CompositeLit { elts, .. } => {
                for el in elts {
                    if let Some(k) = &el.key {
                        self.expr(k, false);
                    }
                    self.expr(&el.value, false);
                }
            }
            _ => {}
        }
    }
}

/// Whether any statement in `stmts` (nested ones included) assigns to one
/// of `objs` (`=`, `op=`, `++`/`--`, range assignment).
pub fn assigns_any(pkg: &Package, stmts: &[Stmt], objs: &[ObjId]) -> bool {
    let hits = |e: &Expr| {
        let mut e = e;
        while let ExprKind::Paren(x) = &e.kind {
            e = x;
        }
        matches!(e.kind, ExprKind::Name(_))
            && pkg.info.uses.get(&e.id).is_some_and(|o| objs.contains(o))
    };
    stmts.iter().any(|s| match &s.kind {
        StmtKind::Assign { lhs, .. } => lhs.iter().any(hits),
        StmtKind::IncDec { x, .. } => hits(x),
        StmtKind::Range {
            key, value, body, ..
        } => [key, value].into_iter().flatten().any(hits) || assigns_any(pkg, &body.stmts, objs),
        StmtKind::Labeled(_, s) => assigns_any(pkg, std::slice::from_ref(s), objs),
        StmtKind::Block(b) => assigns_any(pkg, &b.stmts, objs),
        StmtKind::If {
            init, then, els, ..
        } => {
            init.iter()
                .chain(els.iter())
                .any(|s| assigns_any(pkg, std::slice::from_ref(s), objs))
                || assigns_any(pkg, &then.stmts, objs)
        }
        StmtKind::For {
            init, post, body, ..
        } => {
            init.iter()
                .chain(post.iter())
                .any(|s| assigns_any(pkg, std::slice::from_ref(s), objs))
                || assigns_any(pkg, &body.stmts, objs)
        }
        StmtKind::Switch { init, body, .. } | StmtKind::TypeSwitch { init, body, .. } => {
            init.iter()
                .any(|s| assigns_any(pkg, std::slice::from_ref(s), objs))
                || body.iter().any(|c| assigns_any(pkg, &c.body, objs))
        }
        StmtKind::Select { body } => body.iter().any(|c| assigns_any(pkg, &c.body, objs)),
        _ => false,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::syntax::ast::Decl;
    use crate::syntax::source::SourceMap;

    /// Parses and checks `src`; returns the package and the body of `f`.
    fn checked(src: &str) -> (Package, Block) {
        let mut sources = SourceMap::default();
        let fid = sources.add("t.go".into(), src.into());
        let mut next = 0;
        let (file, d) = crate::syntax::parser::parse_file(&sources, fid, &mut next);
        assert!(d.is_empty(), "{d:?}");
        let files = vec![file];
        let (pkg, d) = crate::types::check_package("main", &files, &sources);
        assert!(d.is_empty(), "{d:?}");
        let body = files[0]
            .decls
            .iter()
            .find_map(|d| match d {
                Decl::Func(f) if f.name.name == "f" => f.body.clone(),
                _ => None,
            })
            .expect("func f");
        (pkg, body)
    }

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
