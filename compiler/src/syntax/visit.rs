//! Pre-order walks over the syntax tree, shared by every whole-body analysis
//! (captured variables, escapes, defer placement) and rewrite (fresh node ids
//! for generic instantiations).
//!
//! Two walks, generated from one definition (`walkers!`) so they visit the
//! same nodes in the same order: `block`/`stmt`/`expr` here take a
//! `Visitor` over a shared tree, `mutable::{block, stmt, expr, func}` a
//! `VisitorMut` over a tree it may change in place.
//!
//! A visitor sees every statement and expression before their children and
//! may skip the children (return `false`), e.g. to stay out of the bodies of
//! function literals; `leave_stmt` runs after a statement's children (not
//! when they were skipped). `ident` sees every declared or selected name.
//! By default only value expressions are visited: type expressions (a
//! composite literal's or assertion's type, signatures, field and spec
//! types, type switch cases) and constant and type declarations hold no
//! variables. A visitor whose `types` returns true sees those too, that is
//! every `Expr` and `Ident` of the tree. Type arguments (`f[int]`) and
//! conversions (`[]byte(s)`) are index and call expressions: always visited.

use crate::syntax::ast::*;

macro_rules! walkers {
    ($Visitor:ident, $($m:tt)?) => {
        pub trait $Visitor {
            fn expr(&mut self, _e: &$($m)? Expr) -> bool {
                true
            }
            fn stmt(&mut self, _s: &$($m)? Stmt) -> bool {
                true
            }
            fn leave_stmt(&mut self, _s: &$($m)? Stmt) {}
            fn ident(&mut self, _i: &$($m)? Ident) {}
            /// Whether type expressions and declarations are visited too.
            fn types(&self) -> bool {
                false
            }
        }

        /// A function declaration: receiver, name, type parameters and
        /// signature (when `types`), then the body.
        pub fn func(v: &mut dyn $Visitor, f: &$($m)? FuncDecl) {
            if let Some(r) = &$($m)? f.recv {
                field(v, r);
            }
            v.ident(&$($m)? f.name);
            for p in &$($m)? f.tparams {
                field(v, p);
            }
            func_type(v, &$($m)? f.ty);
            if let Some(b) = &$($m)? f.body {
                block(v, b);
            }
        }

        pub fn block(v: &mut dyn $Visitor, b: &$($m)? Block) {
            stmts(v, &$($m)? b.stmts);
        }

        fn stmts(v: &mut dyn $Visitor, ss: &$($m)? [Stmt]) {
            for s in ss {
                stmt(v, s);
            }
        }

        fn opt_stmt(v: &mut dyn $Visitor, s: &$($m)? Option<Box<Stmt>>) {
            if let Some(s) = s {
                stmt(v, s);
            }
        }

        pub fn stmt(v: &mut dyn $Visitor, s: &$($m)? Stmt) {
            if !v.stmt(s) {
                return;
            }
            match &$($m)? s.kind {
                StmtKind::Const(specs) => {
                    if v.types() {
                        for sp in specs {
                            idents(v, &$($m)? sp.names);
                            opt_ty(v, &$($m)? sp.ty);
                            exprs(v, &$($m)? sp.values);
                        }
                    }
                }
                StmtKind::Var(specs) => {
                    for sp in specs {
                        idents(v, &$($m)? sp.names);
                        opt_ty(v, &$($m)? sp.ty);
                        exprs(v, &$($m)? sp.values);
                    }
                }
                StmtKind::Type(specs) => {
                    if v.types() {
                        for sp in specs {
                            v.ident(&$($m)? sp.name);
                            for p in &$($m)? sp.tparams {
                                field(v, p);
                            }
                            expr(v, &$($m)? sp.ty);
                        }
                    }
                }
                StmtKind::Empty => {}
                StmtKind::Labeled(l, s) => {
                    v.ident(l);
                    stmt(v, s);
                }
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
                StmtKind::Branch { label, .. } => {
                    if let Some(l) = label {
                        v.ident(l);
                    }
                }
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
                        case(v, c, true);
                    }
                }
                StmtKind::TypeSwitch {
                    init,
                    bind,
                    x,
                    body,
                    ..
                } => {
                    opt_stmt(v, init);
                    if let Some(b) = bind {
                        v.ident(b);
                    }
                    expr(v, x);
                    let types = v.types();
                    for c in body {
                        case(v, c, types);
                    }
                }
                StmtKind::Select { body } => {
                    for c in body {
                        opt_stmt(v, &$($m)? c.comm);
                        stmts(v, &$($m)? c.body);
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
            }
            v.leave_stmt(s);
        }

        /// A switch clause; `with_exprs`: whether its case list is visited.
        fn case(v: &mut dyn $Visitor, c: &$($m)? CaseClause, with_exprs: bool) {
            if let Some(es) = &$($m)? c.exprs {
                if with_exprs {
                    exprs(v, es);
                }
            }
            stmts(v, &$($m)? c.body);
            if let Some(i) = &$($m)? c.implicit {
                v.ident(i);
            }
        }

        fn idents(v: &mut dyn $Visitor, is: &$($m)? [Ident]) {
            for i in is {
                v.ident(i);
            }
        }

        fn field(v: &mut dyn $Visitor, f: &$($m)? Field) {
            idents(v, &$($m)? f.names);
            ty(v, &$($m)? f.ty);
        }

        fn func_type(v: &mut dyn $Visitor, t: &$($m)? FuncType) {
            for f in &$($m)? t.params {
                field(v, f);
            }
            for f in &$($m)? t.results {
                field(v, f);
            }
        }

        /// A type expression: visited only when `types`.
        fn ty(v: &mut dyn $Visitor, e: &$($m)? Expr) {
            if v.types() {
                expr(v, e);
            }
        }

        fn opt_ty(v: &mut dyn $Visitor, e: &$($m)? Option<Expr>) {
            if let Some(e) = e {
                ty(v, e);
            }
        }

        fn exprs(v: &mut dyn $Visitor, es: &$($m)? [Expr]) {
            for e in es {
                expr(v, e);
            }
        }

        fn opt_expr(v: &mut dyn $Visitor, e: &$($m)? Option<Box<Expr>>) {
            if let Some(e) = e {
                expr(v, e);
            }
        }

        pub fn expr(v: &mut dyn $Visitor, e: &$($m)? Expr) {
            if !v.expr(e) {
                return;
            }
            match &$($m)? e.kind {
                ExprKind::CompositeLit { ty: t, elts, .. } => {
                    if let Some(t) = t {
                        ty(v, t);
                    }
                    for el in elts {
                        if let Some(k) = &$($m)? el.key {
                            expr(v, k);
                        }
                        expr(v, &$($m)? el.value);
                    }
                }
                ExprKind::FuncLit { ty, body } => {
                    if v.types() {
                        func_type(v, ty);
                    }
                    block(v, body);
                }
                ExprKind::Paren(x) | ExprKind::Star(x) | ExprKind::Unary(_, x) => expr(v, x),
                ExprKind::Selector(x, sel) => {
                    expr(v, x);
                    v.ident(sel);
                }
                ExprKind::TypeAssert { x, ty: t } => {
                    expr(v, x);
                    if let Some(t) = t {
                        ty(v, t);
                    }
                }
                ExprKind::Index(x, is) => {
                    expr(v, x);
                    exprs(v, is);
                }
                ExprKind::Slice { x, lo, hi, max, .. } => {
                    expr(v, x);
                    opt_expr(v, lo);
                    opt_expr(v, hi);
                    opt_expr(v, max);
                }
                ExprKind::Call { fun, args, .. } => {
                    expr(v, fun);
                    exprs(v, args);
                }
                ExprKind::Binary(_, a, b) => {
                    expr(v, a);
                    expr(v, b);
                }
                ExprKind::ArrayType { len, elem } => {
                    ty(v, len);
                    ty(v, elem);
                }
                ExprKind::SliceType(x) | ExprKind::ChanType(_, x) => ty(v, x),
                ExprKind::MapType(k, x) => {
                    ty(v, k);
                    ty(v, x);
                }
                ExprKind::Ellipsis(x) => {
                    if let Some(x) = x {
                        ty(v, x);
                    }
                }
                ExprKind::StructType(fields) => {
                    for f in fields {
                        field(v, f);
                    }
                }
                ExprKind::FuncType(ft) => func_type(v, ft),
                ExprKind::InterfaceType(elems) => {
                    for el in elems {
                        match el {
                            InterfaceElem::Method { name, ty } => {
                                v.ident(name);
                                func_type(v, ty);
                            }
                            InterfaceElem::Embed(x) => ty(v, x),
                        }
                    }
                }
                ExprKind::Name(_) | ExprKind::BasicLit { .. } | ExprKind::Bad => {}
            }
        }
    };
}

walkers!(Visitor,);

/// The same walk over a tree the visitor may change.
pub mod mutable {
    use crate::syntax::ast::*;

    walkers!(VisitorMut, mut);
}

#[cfg(test)]
mod tests {
    use super::mutable::VisitorMut;
    use super::*;
    use crate::syntax::source::SourceMap;

    /// The names seen by a walk, in order; `types`: type expressions too.
    struct Names {
        types: bool,
        seen: Vec<String>,
    }

    impl Visitor for Names {
        fn expr(&mut self, e: &Expr) -> bool {
            if let ExprKind::Name(n) = &e.kind {
                self.seen.push(n.clone());
            }
            true
        }
        fn types(&self) -> bool {
            self.types
        }
    }

    fn parse_func(src: &str) -> FuncDecl {
        let mut sources = SourceMap::default();
        let fid = sources.add("t.go".into(), src.into());
        let mut next = 0;
        let (file, d) = crate::syntax::parser::parse_file(&sources, fid, &mut next);
        assert!(d.is_empty(), "{d:?}");
        match file.decls.into_iter().next() {
            Some(Decl::Func(f)) => f,
            _ => panic!("no func"),
        }
    }

    const SRC: &str = "package p\nfunc f(a int) {\n\tvar b []T = g(a)\n\tx := S{k: a}.(U)\n\tfunc(c V) { h(c) }(b)\n}\n";

    #[test]
    fn value_walk_skips_type_expressions() {
        let f = parse_func(SRC);
        let mut v = Names {
            types: false,
            seen: Vec::new(),
        };
        block(&mut v, f.body.as_ref().unwrap());
        assert_eq!(v.seen, ["g", "a", "x", "k", "a", "h", "c", "b"]);
        let mut all = Names {
            types: true,
            seen: Vec::new(),
        };
        func(&mut all, &f);
        assert_eq!(
            all.seen,
            ["int", "T", "g", "a", "x", "S", "k", "a", "U", "V", "h", "c", "b"]
        );
    }

    #[test]
    fn mutable_walk_reaches_every_id() {
        struct Zero(usize);
        impl VisitorMut for Zero {
            fn expr(&mut self, e: &mut Expr) -> bool {
                e.id = NodeId(0);
                self.0 += 1;
                true
            }
            fn ident(&mut self, i: &mut Ident) {
                i.id = NodeId(0);
                self.0 += 1;
            }
            fn types(&self) -> bool {
                true
            }
        }
        let mut f = parse_func(SRC);
        let mut z = Zero(0);
        mutable::func(&mut z, &mut f);
        struct Ids(Vec<NodeId>);
        impl Visitor for Ids {
            fn expr(&mut self, e: &Expr) -> bool {
                self.0.push(e.id);
                true
            }
            fn ident(&mut self, i: &Ident) {
                self.0.push(i.id);
            }
            fn types(&self) -> bool {
                true
            }
        }
        let mut all = Ids(Vec::new());
        func(&mut all, &f);
        assert_eq!(all.0.len(), z.0);
        assert!(all.0.iter().all(|&i| i == NodeId(0)));
    }
}
