//! How the user spelled a type, for messages: `byte` and `rune` are
//! aliases of `uint8` and `int32` (the same `TypeId`), but gc's messages
//! say `byte` where the program said `byte`.
//!
//! Types stay canonical; only their display is tracked: `disp` holds the
//! spelling of the type of an expression (a type expression mentioning
//! `byte`/`rune`, a use of a variable declared with one, a conversion to
//! one), `obj_disp` that of declared objects. `target_disp` carries the
//! spelling of the target type into the next `assignment` or untyped
//! conversion message; it is taken (cleared) by its consumer.
//!
//! A declared function's type shows its parameter names, as in gc
//! (`func(yield func(int) bool)`); signatures are interned without names, so
//! that spelling is recorded per function object.

use super::check::Checker;
use super::exprstring::expr_string;
use super::ty::TypeId;
use super::ObjId;
use crate::syntax::ast::{Expr, ExprKind};

impl Checker<'_> {
    /// Whether type expression `e` names the predeclared `byte` or `rune`.
    fn mentions_alias(&self, e: &Expr) -> bool {
        match &e.kind {
            ExprKind::Name(n) if n == "byte" || n == "rune" => {
                self.lookup(n).is_some() && self.lookup(n) == self.universe.get(n.as_str()).copied()
            }
            ExprKind::Star(x)
            | ExprKind::Paren(x)
            | ExprKind::SliceType(x)
            | ExprKind::Ellipsis(Some(x)) => self.mentions_alias(x),
            ExprKind::ArrayType { elem, .. } => self.mentions_alias(elem),
            ExprKind::MapType(k, v) => self.mentions_alias(k) || self.mentions_alias(v),
            ExprKind::ChanType(_, x) => self.mentions_alias(x),
            _ => false,
        }
    }

    /// Records the spelling of type expression `e` if it uses an alias.
    pub fn note_type_spelling(&mut self, e: &Expr) {
        if self.mentions_alias(e) {
            self.disp.insert(e.id, expr_string(e));
        }
    }

    /// Propagates spellings through names, parentheses and conversions.
    pub fn note_expr_spelling(&mut self, e: &Expr) {
        let from = match &e.kind {
            ExprKind::Name(_) => self
                .pkg
                .info
                .uses
                .get(&e.id)
                .and_then(|o| self.obj_disp.get(o))
                .cloned(),
            ExprKind::Paren(x) => self.disp.get(&x.id).cloned(),
            ExprKind::Call { fun, .. } => {
                let is_conv = matches!(
                    self.pkg.info.types.get(&fun.id).map(|tv| &tv.mode),
                    Some(super::Mode::Type)
                );
                if is_conv {
                    self.disp.get(&fun.id).cloned()
                } else {
                    None
                }
            }
            _ => None,
        };
        if let Some(d) = from {
            self.disp.insert(e.id, d);
        }
    }

    /// The spelling of `e`'s type `t`.
    pub fn type_disp(&self, e: &Expr, t: TypeId) -> String {
        let recorded = self.pkg.info.types.get(&e.id).map(|tv| tv.ty);
        match self.disp.get(&e.id) {
            Some(d) if recorded == Some(t) => d.clone(),
            _ => self.type_str(t),
        }
    }

    /// Remembers how object `o`'s type was spelled (from expression `e`).
    pub fn note_obj_spelling(&mut self, o: ObjId, e: &Expr) {
        if let Some(d) = self.disp.get(&e.id).cloned() {
            self.obj_disp.insert(o, d);
        }
    }

    /// The spelling of a target type: `target_disp` if set, else canonical.
    pub fn target_str(&mut self, t: TypeId) -> String {
        match self.target_disp.take() {
            Some(d) => d,
            None => self.type_str(t),
        }
    }

    /// Records the spelling of function `o`'s type when its signature
    /// names parameters or results.
    pub fn note_func_spelling(&mut self, o: ObjId, ft: &crate::syntax::ast::FuncType) {
        let named = ft
            .params
            .iter()
            .chain(&ft.results)
            .any(|f| !f.names.is_empty());
        if !named {
            return;
        }
        let params = self.fields_spelling(&ft.params);
        let results = self.fields_spelling(&ft.results);
        let results = match (ft.results.as_slice(), results.as_slice()) {
            ([], _) => String::new(),
            ([f], [r]) if f.names.is_empty() => format!(" {r}"),
            _ => format!(" ({})", results.join(", ")),
        };
        let d = format!("func({}){results}", params.join(", "));
        self.obj_disp.insert(o, d);
    }

    /// `name T` (or `T`) for each parameter of `fields`.
    fn fields_spelling(&self, fields: &[crate::syntax::ast::Field]) -> Vec<String> {
        let mut out = Vec::new();
        for f in fields {
            let t = match &f.ty.kind {
                ExprKind::Ellipsis(Some(elem)) => {
                    let et = self.pkg.info.types.get(&elem.id).map(|tv| tv.ty);
                    format!(
                        "...{}",
                        et.map_or_else(|| expr_string(elem), |t| self.type_str(t))
                    )
                }
                _ => {
                    let t = self.pkg.info.types.get(&f.ty.id).map(|tv| tv.ty);
                    t.map_or_else(|| expr_string(&f.ty), |t| self.type_str(t))
                }
            };
            if f.names.is_empty() {
                out.push(t.clone());
            }
            for n in &f.names {
                out.push(format!("{} {t}", n.name));
            }
        }
        out
    }
}
