//! Type switches: `switch [init;] [v :=] x.(type) { case T1, T2: ... }`.
//! `x` must be an interface; each case is a type or `nil`. A clause's implicit
//! `v` has the case's type when the clause lists exactly one type, else `x`'s
//! type; the binding counts as used when any clause's `v` is used. Case types
//! are recorded (as types) for lowering, which compares descriptors.

use std::collections::HashMap;

use super::check::Checker;
use super::expr::INVALID;
use super::exprstring::expr_string;
use super::ty::TypeId;
use super::ObjKind;
use crate::syntax::ast::{CaseClause, Expr, ExprKind, Ident, Span, Stmt};

impl Checker<'_> {
    pub(super) fn type_switch(
        &mut self,
        init: Option<&Stmt>,
        bind: Option<&Ident>,
        x: &Expr,
        body: &[CaseClause],
        label: Option<&str>,
    ) {
        self.scopes.push(HashMap::new());
        if let Some(i) = init {
            self.simple_stmt(i);
        }
        let op = self.expr(x);
        let xdesc = self.describe(x, &op);
        let xt = if op.is_bad() {
            INVALID
        } else if !self.pkg.types.is_interface(op.ty) {
            let msg = format!("{xdesc} is not an interface");
            self.error(x.span, msg);
            INVALID
        } else {
            op.ty
        };
        if let Some(f) = self.func.as_mut() {
            f.targets.push((false, label.map(str::to_string)));
        }
        let mut seen: Vec<(TypeId, Span)> = Vec::new();
        let mut seen_nil = false;
        let mut implicits = Vec::new();
        for c in body {
            let mut single = None;
            for e in c.exprs.iter().flatten() {
                if is_nil(e) {
                    self.expr(e);
                    if std::mem::replace(&mut seen_nil, true) {
                        self.error(e.span, "multiple nil cases in type switch");
                    }
                    continue;
                }
                let t = self.typexpr(e);
                if t == INVALID {
                    continue;
                }
                self.case_type(e, t, (xt, &xdesc), &mut seen);
                single = Some(t);
            }
            let n = c.exprs.as_ref().map_or(0, Vec::len);
            let vt = match single {
                Some(t) if n == 1 => t,
                _ => xt,
            };
            self.scopes.push(HashMap::new());
            if let Some(v) = &c.implicit {
                let kind = ObjKind::Var {
                    global: false,
                    param: false,
                };
                let o = self.new_obj(&v.name, kind, vt, v.span);
                self.declare_local(v, o);
                implicits.push(o);
            }
            // `fallthrough` is never allowed here (gc says why).
            let saved_ok = std::mem::replace(&mut self.fallthrough_ok, false);
            let saved_ts = std::mem::replace(&mut self.fallthrough_typeswitch, true);
            self.stmt_list(&c.body);
            self.fallthrough_ok = saved_ok;
            self.fallthrough_typeswitch = saved_ts;
            self.scopes.pop();
        }
        if let Some(b) = bind {
            if !implicits.iter().any(|o| self.used.contains(o)) {
                self.error(b.span, format!("{} declared and not used", b.name));
            }
        }
        if let Some(f) = self.func.as_mut() {
            f.targets.pop();
        }
        self.scopes.pop();
    }

    /// Reports a duplicate case, or else a concrete type that cannot
    /// implement the interface of `x` (its type and description).
    fn case_type(
        &mut self,
        e: &Expr,
        t: TypeId,
        x: (TypeId, &str),
        seen: &mut Vec<(TypeId, Span)>,
    ) {
        // In an instance, cases that name type parameters are distinct
        // from every other case (as gc sees them in the generic body) even
        // when their type arguments make them equal: the first one matches.
        let generic = self.mentions_type_param(e);
        if generic {
            return;
        }
        if let Some(&(_, prev)) = seen.iter().find(|(s, _)| *s == t) {
            let at = self.pos(self.src_file(), prev);
            let msg = format!(
                "duplicate case {} in type switch\n\t{at}: previous case",
                expr_string(e)
            );
            self.error(e.span, msg);
            return;
        }
        seen.push((t, e.span));
        let (xt, xdesc) = x;
        if xt != INVALID && !self.pkg.types.is_interface(t) {
            if let Some(cause) = self.missing_method(t, xt) {
                let msg = format!(
                    "impossible type switch case: {}\n\t{xdesc} cannot have dynamic type {} {cause}",
                    expr_string(e),
                    self.type_str(t)
                );
                self.error(e.span, msg);
            }
        }
    }
}

impl Checker<'_> {
    /// Whether type expression `e` names a type parameter of the instance
    /// being checked.
    pub(super) fn mentions_type_param(&self, e: &Expr) -> bool {
        match &e.kind {
            ExprKind::Name(n) => self
                .lookup(n)
                .is_some_and(|o| self.generics.binding_objs.contains(&o)),
            ExprKind::Star(x)
            | ExprKind::Paren(x)
            | ExprKind::SliceType(x)
            | ExprKind::ChanType(_, x)
            | ExprKind::ArrayType { elem: x, .. } => self.mentions_type_param(x),
            ExprKind::MapType(k, v) => self.mentions_type_param(k) || self.mentions_type_param(v),
            ExprKind::Index(x, idx) => {
                self.mentions_type_param(x) || idx.iter().any(|i| self.mentions_type_param(i))
            }
            _ => false,
        }
    }
}

fn is_nil(e: &Expr) -> bool {
    matches!(&e.kind, ExprKind::Name(n) if n == "nil")
}
