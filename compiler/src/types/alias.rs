//! How the user spelled a type, for messages: `byte` and `rune` are
//! aliases of `uint8` and `int32` (the same `TypeId`), and a declared alias
//! `type A = struct{ a int }` is its target type, but gc's messages say
//! `byte` or `A` where the program said so. Likewise function types keep
//! their parameter names in messages (`func(x int) int`), while the
//! canonical type has none.
//!
//! Types stay canonical; only their display is tracked: `disp` holds the
//! spelling of the type of an expression (a type expression mentioning
//! an alias or naming parameters, a use of a variable declared with one, a
//! conversion to one, a composite or function literal), `obj_disp` that of
//! declared objects. `target_disp` carries the spelling of the target type
//! into the next `assignment` or untyped conversion message; it is taken
//! (cleared) by its consumer.
//!
//! A declared function's type shows its parameter names too
//! (`func(yield func(int) bool)`): that spelling is recorded per function
//! object.

use super::check::Checker;
use super::exprstring::expr_string;
use super::ty::TypeId;
use super::ObjId;
use crate::syntax::ast::{Expr, ExprKind, Field, FuncType};

impl Checker<'_> {
    /// Whether `name` refers to a declared alias type.
    pub fn is_alias_name(&self, name: &str) -> bool {
        self.lookup(name)
            .is_some_and(|o| self.alias_objs.contains(&o))
    }

    /// Whether type expression `e` names the predeclared `byte` or `rune`,
    /// or a declared alias.
    fn mentions_alias(&self, e: &Expr) -> bool {
        match &e.kind {
            ExprKind::Name(n) if n == "byte" || n == "rune" => {
                self.lookup(n).is_some() && self.lookup(n) == self.universe.get(n.as_str()).copied()
            }
            ExprKind::Name(n) => self.is_alias_name(n),
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
        if let ExprKind::FuncType(ft) = &e.kind {
            if let Some(d) = self.func_spelling(ft).filter(|_| names_parameters(ft)) {
                self.disp.insert(e.id, d);
            }
        } else if self.mentions_alias(e) {
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
            // `pkg.F`: as F's declaration spells it.
            ExprKind::Selector(..) => match self.pkg.info.selections.get(&e.id) {
                Some(super::Selection::Qualified(o)) => self.obj_disp.get(o).cloned(),
                _ => None,
            },
            ExprKind::CompositeLit { ty: Some(t), .. } => self.disp.get(&t.id).cloned(),
            ExprKind::FuncLit { ty, .. } if names_parameters(ty) => self.func_spelling(ty),
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
    pub fn note_func_spelling(&mut self, o: ObjId, ft: &FuncType) {
        if let Some(d) = self.func_spelling(ft).filter(|_| names_parameters(ft)) {
            self.obj_disp.insert(o, d);
        }
    }

    /// `func(x int, y int, s ...string) (r int)`: a function type as gc
    /// spells one with parameter names (one name per parameter).
    fn func_spelling(&self, ft: &FuncType) -> Option<String> {
        Some(format!("func{}", self.signature_spelling(ft, true)?))
    }

    /// `(x int, y []byte) (r int)`, or with `names` false `(int, []byte)
    /// (int)` (gc's have/want lines); None if a type was not checked.
    pub fn signature_spelling(&self, ft: &FuncType, names: bool) -> Option<String> {
        let mut s = String::from("(");
        self.fields_spelling(&mut s, &ft.params, names)?;
        s.push(')');
        match ft.results.as_slice() {
            [] => {}
            [r] if r.names.is_empty() => {
                s.push(' ');
                s.push_str(&self.type_expr_spelling(&r.ty)?);
            }
            rs => {
                s.push_str(" (");
                self.fields_spelling(&mut s, rs, names)?;
                s.push(')');
            }
        }
        Some(s)
    }

    fn fields_spelling(&self, s: &mut String, fields: &[Field], names: bool) -> Option<()> {
        let mut first = true;
        for f in fields {
            let t = self.type_expr_spelling(&f.ty)?;
            let ns: Vec<Option<&str>> = if f.names.is_empty() {
                vec![None]
            } else {
                f.names.iter().map(|n| Some(n.name.as_str())).collect()
            };
            for n in ns {
                if !first {
                    s.push_str(", ");
                }
                first = false;
                if let Some(n) = n.filter(|_| names) {
                    s.push_str(n);
                    s.push(' ');
                }
                s.push_str(&t);
            }
        }
        Some(())
    }

    /// The spelling of checked type expression `e` (`...T` for a variadic
    /// parameter).
    fn type_expr_spelling(&self, e: &Expr) -> Option<String> {
        if let ExprKind::Ellipsis(Some(elem)) = &e.kind {
            return Some(format!("...{}", self.type_expr_spelling(elem)?));
        }
        match self.disp.get(&e.id) {
            Some(d) => Some(d.clone()),
            None => self
                .pkg
                .info
                .types
                .get(&e.id)
                .map(|tv| self.type_str(tv.ty)),
        }
    }
}

/// Whether a function type names any parameter or result.
fn names_parameters(ft: &FuncType) -> bool {
    ft.params
        .iter()
        .chain(&ft.results)
        .any(|f| !f.names.is_empty())
}
