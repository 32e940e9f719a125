//! Fresh node ids for a copy of a declaration.
//!
//! Generic functions are instantiated by copying their declaration once per
//! instantiation and checking the copy with the type parameters bound to the
//! type arguments (`generic.rs`). `Info` is keyed by `NodeId`, so each copy
//! must carry ids of its own: `renumber_func` gives every `Expr` and `Ident`
//! of the copy a new id from a counter that starts above every id the parser
//! hands out (`FIRST_SYNTHETIC_ID`). Spans are kept, so diagnostics and
//! positions still point into the original source.

use crate::syntax::ast::*;

/// Ids at and above this value are never produced by the parser.
pub const FIRST_SYNTHETIC_ID: u32 = 1 << 30;

pub struct Renumber {
    pub next: u32,
}

impl Renumber {
    fn id(&mut self, id: &mut NodeId) {
        *id = NodeId(self.next);
        self.next += 1;
    }

    pub fn func(&mut self, f: &mut FuncDecl) {
        if let Some(r) = &mut f.recv {
            self.field(r);
        }
        self.id(&mut f.name.id);
        f.tparams.iter_mut().for_each(|p| self.field(p));
        self.func_type(&mut f.ty);
        if let Some(b) = &mut f.body {
            self.block(b);
        }
    }

    fn ident(&mut self, i: &mut Ident) {
        self.id(&mut i.id);
    }

    fn field(&mut self, f: &mut Field) {
        f.names.iter_mut().for_each(|n| self.ident(n));
        self.expr(&mut f.ty);
    }

    fn func_type(&mut self, t: &mut FuncType) {
        t.params.iter_mut().for_each(|p| self.field(p));
        t.results.iter_mut().for_each(|p| self.field(p));
    }

    fn opt(&mut self, e: &mut Option<Box<Expr>>) {
        if let Some(e) = e {
            self.expr(e);
        }
    }

    fn expr(&mut self, e: &mut Expr) {
        self.id(&mut e.id);
        match &mut e.kind {
            ExprKind::Name(_) | ExprKind::BasicLit { .. } | ExprKind::Bad => {}
            ExprKind::CompositeLit { ty, elts, .. } => {
                self.opt(ty);
                for el in elts {
                    if let Some(k) = &mut el.key {
                        self.expr(k);
                    }
                    self.expr(&mut el.value);
                }
            }
            ExprKind::FuncLit { ty, body } => {
                self.func_type(ty);
                self.block(body);
            }
            ExprKind::Paren(x)
            | ExprKind::Star(x)
            | ExprKind::Unary(_, x)
            | ExprKind::SliceType(x)
            | ExprKind::ChanType(_, x) => self.expr(x),
            ExprKind::Selector(x, sel) => {
                self.expr(x);
                self.ident(sel);
            }
            ExprKind::Index(x, idx) => {
                self.expr(x);
                idx.iter_mut().for_each(|i| self.expr(i));
            }
            ExprKind::Slice { x, lo, hi, max, .. } => {
                self.expr(x);
                self.opt(lo);
                self.opt(hi);
                self.opt(max);
            }
            ExprKind::TypeAssert { x, ty } => {
                self.expr(x);
                self.opt(ty);
            }
            ExprKind::Call { fun, args, .. } => {
                self.expr(fun);
                args.iter_mut().for_each(|a| self.expr(a));
            }
            ExprKind::Binary(_, a, b) | ExprKind::MapType(a, b) => {
                self.expr(a);
                self.expr(b);
            }
            ExprKind::ArrayType { len, elem } => {
                self.expr(len);
                self.expr(elem);
            }
            ExprKind::Ellipsis(x) => self.opt(x),
            ExprKind::StructType(fields) => fields.iter_mut().for_each(|f| self.field(f)),
            ExprKind::FuncType(ft) => self.func_type(ft),
            ExprKind::InterfaceType(elems) => {
                for el in elems {
                    match el {
                        InterfaceElem::Method { name, ty } => {
                            self.ident(name);
                            self.func_type(ty);
                        }
                        InterfaceElem::Embed(x) => self.expr(x),
                    }
                }
            }
        }
    }

    fn block(&mut self, b: &mut Block) {
        b.stmts.iter_mut().for_each(|s| self.stmt(s));
    }

    fn opt_stmt(&mut self, s: &mut Option<Box<Stmt>>) {
        if let Some(s) = s {
            self.stmt(s);
        }
    }

    fn stmt(&mut self, s: &mut Stmt) {
        match &mut s.kind {
            StmtKind::Const(specs) => {
                for sp in specs {
                    sp.names.iter_mut().for_each(|n| self.ident(n));
                    if let Some(t) = &mut sp.ty {
                        self.expr(t);
                    }
                    sp.values.iter_mut().for_each(|v| self.expr(v));
                }
            }
            StmtKind::Var(specs) => {
                for sp in specs {
                    sp.names.iter_mut().for_each(|n| self.ident(n));
                    if let Some(t) = &mut sp.ty {
                        self.expr(t);
                    }
                    sp.values.iter_mut().for_each(|v| self.expr(v));
                }
            }
            StmtKind::Type(specs) => {
                for sp in specs {
                    self.ident(&mut sp.name);
                    sp.tparams.iter_mut().for_each(|p| self.field(p));
                    self.expr(&mut sp.ty);
                }
            }
            StmtKind::Empty => {}
            StmtKind::Labeled(l, s) => {
                self.ident(l);
                self.stmt(s);
            }
            StmtKind::Expr(e) | StmtKind::Go(e) | StmtKind::Defer(e) => self.expr(e),
            StmtKind::Send(a, b) => {
                self.expr(a);
                self.expr(b);
            }
            StmtKind::IncDec { x, .. } => self.expr(x),
            StmtKind::Assign { lhs, rhs, .. } => {
                lhs.iter_mut().for_each(|e| self.expr(e));
                rhs.iter_mut().for_each(|e| self.expr(e));
            }
            StmtKind::Return(es) => es.iter_mut().for_each(|e| self.expr(e)),
            StmtKind::Branch { label, .. } => {
                if let Some(l) = label {
                    self.ident(l);
                }
            }
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
                body.iter_mut().for_each(|c| self.case(c));
            }
            StmtKind::TypeSwitch {
                init,
                bind,
                x,
                body,
                ..
            } => {
                self.opt_stmt(init);
                if let Some(b) = bind {
                    self.ident(b);
                }
                self.expr(x);
                body.iter_mut().for_each(|c| self.case(c));
            }
            StmtKind::Select { body } => {
                for c in body {
                    self.opt_stmt(&mut c.comm);
                    c.body.iter_mut().for_each(|s| self.stmt(s));
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
        }
    }

    fn case(&mut self, c: &mut CaseClause) {
        if let Some(es) = &mut c.exprs {
            es.iter_mut().for_each(|e| self.expr(e));
        }
        c.body.iter_mut().for_each(|s| self.stmt(s));
        if let Some(i) = &mut c.implicit {
            self.ident(i);
        }
    }
}
