//! A pre-order walk over the value expressions and statements of a function
//! body, for the lowering's whole-body analyses (captured variables, defer
//! placement). Type expressions are not visited: they hold no variables.
//!
//! A `Visitor` sees every statement and expression before its children and
//! may skip the children (return `false`), e.g. to stay out of the bodies of
//! function literals; `leave_stmt` runs after a statement's children.

use crate::syntax::ast::{Block, Expr, ExprKind, Stmt, StmtKind};

pub trait Visitor {
    fn expr(&mut self, _e: &Expr) -> bool {
        true
    }
    fn stmt(&mut self, _s: &Stmt) -> bool {
        true
    }
    fn leave_stmt(&mut self, _s: &Stmt) {}
}

pub fn block(v: &mut dyn Visitor, b: &Block) {
    stmts(v, &b.stmts);
}

fn stmts(v: &mut dyn Visitor, ss: &[Stmt]) {
    for s in ss {
        stmt(v, s);
    }
}

fn opt_stmt(v: &mut dyn Visitor, s: &Option<Box<Stmt>>) {
    if let Some(s) = s {
        stmt(v, s);
    }
}

pub fn stmt(v: &mut dyn Visitor, s: &Stmt) {
    if !v.stmt(s) {
        return;
    }
    match &s.kind {
        StmtKind::Var(specs) => specs.iter().for_each(|sp| exprs(v, &sp.values)),
        StmtKind::Labeled(_, s) => stmt(v, s),
        StmtKind::Expr(e) | StmtKind::Go(e) | StmtKind::Defer(e) => expr(v, e),
        StmtKind::Send(a, b) => {
            expr(v, a);
            expr(v, b);
        }
        StmtKind::IncDec { x, .. } => expr(v, x),
        StmtKind::Assign { lhs, rhs, .. } => {
            exprs(v, lhs);
            exprs(v, rhs);
        }
        StmtKind::Return(es) => exprs(v, es),
        StmtKind::Block(b) => block(v, b),
        StmtKind::If {
            init,
            cond,
            then,
            els,
        } => {
            opt_stmt(v, init);
            expr(v, cond);
            block(v, then);
            opt_stmt(v, els);
        }
        StmtKind::Switch {
            init, tag, body, ..
        } => {
            opt_stmt(v, init);
            if let Some(t) = tag {
                expr(v, t);
            }
            for c in body {
                c.exprs.iter().for_each(|es| exprs(v, es));
                stmts(v, &c.body);
            }
        }
        StmtKind::TypeSwitch { init, x, body, .. } => {
            opt_stmt(v, init);
            expr(v, x);
            body.iter().for_each(|c| stmts(v, &c.body));
        }
        StmtKind::Select { body } => {
            for c in body {
                if let Some(s) = &c.comm {
                    stmt(v, s);
                }
                stmts(v, &c.body);
            }
        }
        StmtKind::For {
            init,
            cond,
            post,
            body,
        } => {
            opt_stmt(v, init);
            if let Some(c) = cond {
                expr(v, c);
            }
            opt_stmt(v, post);
            block(v, body);
        }
        StmtKind::Range {
            key,
            value,
            x,
            body,
            ..
        } => {
            for e in [key, value].into_iter().flatten() {
                expr(v, e);
            }
            expr(v, x);
            block(v, body);
        }
        StmtKind::Const(_) | StmtKind::Type(_) | StmtKind::Empty | StmtKind::Branch { .. } => {}
    }
    v.leave_stmt(s);
}

fn exprs(v: &mut dyn Visitor, es: &[Expr]) {
    for e in es {
        expr(v, e);
    }
}

pub fn expr(v: &mut dyn Visitor, e: &Expr) {
    if !v.expr(e) {
        return;
    }
    match &e.kind {
        ExprKind::CompositeLit { elts, .. } => {
            for el in elts {
                if let Some(k) = &el.key {
                    expr(v, k);
                }
                expr(v, &el.value);
            }
        }
        ExprKind::FuncLit { body, .. } => block(v, body),
        ExprKind::Paren(x)
        | ExprKind::Selector(x, _)
        | ExprKind::Star(x)
        | ExprKind::Unary(_, x)
        | ExprKind::TypeAssert { x, .. } => expr(v, x),
        ExprKind::Index(x, is) => {
            expr(v, x);
            exprs(v, is);
        }
        ExprKind::Slice { x, lo, hi, max, .. } => {
            expr(v, x);
            for i in [lo, hi, max].into_iter().flatten() {
                expr(v, i);
            }
        }
        ExprKind::Call { fun, args, .. } => {
            expr(v, fun);
            exprs(v, args);
        }
        ExprKind::Binary(_, a, b) => {
            expr(v, a);
            expr(v, b);
        }
        ExprKind::Name(_)
        | ExprKind::BasicLit { .. }
        | ExprKind::ArrayType { .. }
        | ExprKind::SliceType(_)
        | ExprKind::Ellipsis(_)
        | ExprKind::StructType(_)
        | ExprKind::FuncType(_)
        | ExprKind::InterfaceType(_)
        | ExprKind::MapType(..)
        | ExprKind::ChanType(..)
        | ExprKind::Bad => {}
    }
}
