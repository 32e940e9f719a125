//! A deliberately simple escape pass: a local variable escapes (and so lives
//! on the heap, see `func.rs`) when its address is taken anywhere in the
//! function: `&x`, `&x.f`, `&x[i]` on an array, or slicing an array
//! variable `x[i:j]`. Everything else stays in SSA variables or stack slots,
//! which is sound because no other construct can make a pointer to a local.

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
            ExprKind::Selector(x, _) => self.expr(x),
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
