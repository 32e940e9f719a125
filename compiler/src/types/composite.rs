//! Composite literals: structs (keyed or positional), arrays (including
//! `[...]T`, whose length is the literal's), slices and maps. An element
//! literal without a type takes its type from the enclosing literal's
//! element type (`&T` elided to `{...}` for pointer elements).

use std::collections::HashSet;

use num_traits::ToPrimitive;

use super::check::Checker;
use super::constant;
use super::expr::{Operand, INVALID};
use super::exprstring::expr_string;
use super::ty::{Type, TypeId};
use super::{ConstValue, Mode};
use crate::syntax::ast::{Element, Expr, ExprKind};

impl Checker<'_> {
    pub fn composite_lit(
        &mut self,
        e: &Expr,
        ty: Option<&Expr>,
        elts: &[Element],
        hint: Option<TypeId>,
    ) -> Operand {
        if let (None, Some(h)) = (ty, hint) {
            if let Type::Pointer(base) = self.pkg.types.under(h) {
                let base = *base;
                let x = self.composite_lit_of(e, None, elts, Some(base));
                return if x.is_bad() { x } else { Operand::value(h) };
            }
        }
        self.composite_lit_of(e, ty, elts, hint)
    }

    fn composite_lit_of(
        &mut self,
        e: &Expr,
        ty: Option<&Expr>,
        elts: &[Element],
        hint: Option<TypeId>,
    ) -> Operand {
        let (t, open_array) = match ty {
            Some(te) => match &te.kind {
                ExprKind::ArrayType { len, elem }
                    if matches!(len.kind, ExprKind::Ellipsis(None)) =>
                {
                    let el = self.typexpr(elem);
                    (el, true)
                }
                _ => (self.typexpr(te), false),
            },
            None => match hint {
                Some(h) => (h, false),
                None => {
                    self.error(e.span, "missing type in composite literal");
                    return self.skip_elements(elts);
                }
            },
        };
        if self.pkg.types.underlying(t) == INVALID {
            // `type T [len(T{})]int`: T's declaration is still in progress.
            if let Some(o) = self.type_obj_in_progress(t) {
                self.report_path_cycle(o);
            }
            return self.skip_elements(elts);
        }
        if open_array {
            let n = self.array_elements(t, elts, None);
            let at = self.pkg.types.intern(Type::Array(n, t));
            if let Some(te) = ty {
                self.record(
                    te,
                    &Operand {
                        mode: Mode::Type,
                        ty: at,
                    },
                );
            }
            return Operand::value(at);
        }
        match self.pkg.types.under(t).clone() {
            Type::Struct(fields) => {
                self.struct_lit(e, t, &fields, elts);
            }
            Type::Array(n, elem) => {
                self.array_elements(elem, elts, Some(n));
            }
            Type::Slice(elem) => {
                self.array_elements(elem, elts, None);
            }
            Type::Map(k, v) => {
                let mut seen = HashSet::new();
                for el in elts {
                    match &el.key {
                        Some(ke) => {
                            let mut kx = self.expr_hint(ke, Some(k));
                            self.assignment(ke, &mut kx, Some(k), "map literal");
                            self.duplicate_map_key(ke, &kx, &mut seen);
                        }
                        None => self.error(el.value.span, "missing key in map literal"),
                    }
                    let mut vx = self.expr_hint(&el.value, Some(v));
                    self.assignment(&el.value, &mut vx, Some(v), "map literal");
                }
            }
            _ => {
                let msg = format!("invalid composite literal type {}", self.type_str(t));
                self.error(e.span, msg);
                return self.skip_elements(elts);
            }
        }
        Operand::value(t)
    }

    /// gc's `duplicate key K in map literal` for a constant key equal to an
    /// earlier one of the same type. Keys are compared in their type's
    /// representation (`constant::to_repr`, as `constant::compare` does), and
    /// the set is hashed: a literal with thousands of keys stays linear.
    fn duplicate_map_key(
        &mut self,
        ke: &Expr,
        kx: &Operand,
        seen: &mut HashSet<(TypeId, ConstValue)>,
    ) {
        let Some(v) = kx.val() else { return };
        let repr = super::expr::repr_for(self, kx.ty);
        let Some(key) = constant::to_repr(v, repr) else {
            return;
        };
        if !seen.insert((kx.ty, key)) {
            let msg = format!("duplicate key {} in map literal", constant::format(v));
            self.error(ke.span, msg);
        }
    }

    /// The type hint for the value of a struct literal's field of type
    /// `ft`: none for a composite literal with its type elided (the spec
    /// allows eliding only in array, slice and map literals), so that it
    /// is reported as missing.
    fn struct_elem_hint(&self, v: &Expr, ft: TypeId) -> Option<TypeId> {
        match &v.kind {
            ExprKind::CompositeLit { ty: None, .. } => None,
            _ => Some(ft),
        }
    }

    fn skip_elements(&mut self, elts: &[Element]) -> Operand {
        for el in elts {
            if let Some(k) = &el.key {
                if !matches!(k.kind, ExprKind::Name(_)) {
                    self.raw_expr(k, None);
                }
            }
            // An elided literal type is unknown (invalid) too.
            self.raw_expr(&el.value, Some(INVALID));
        }
        Operand::invalid()
    }

    /// An unexported field declared in another package.
    fn foreign_field_of(&self, f: &super::StructField) -> bool {
        !f.pkg.is_empty() && f.pkg != self.specs[self.file_package()].path
    }

    /// gc's message for a key of a struct literal that names no accessible
    /// field (types2's `lookupError` for struct literals): a field spelled
    /// with other letter cases, or unexported in another package, is named.
    fn struct_lit_lookup_error(&self, t: TypeId, name: &str) -> String {
        let ts = self.type_str(t);
        let missing = format!("unknown field {name} in struct literal of type {ts}");
        if name == "_" {
            return missing;
        }
        let Some((alt, foreign)) = self.field_folding_case(t, name) else {
            return missing;
        };
        let exported = |s: &str| s.chars().next().is_some_and(char::is_uppercase);
        let tail = |s: &str| s.chars().skip(1).collect::<String>();
        if !foreign {
            return format!("{missing}, but does have {alt}");
        }
        if exported(name) {
            if exported(&alt) {
                format!("{missing}, but does have {alt}")
            } else if tail(name) == tail(&alt) {
                format!("{missing}, but does have unexported {alt}")
            } else {
                missing
            }
        } else if exported(&alt) {
            if tail(name) == tail(&alt) {
                format!("{missing}, but does have {alt}")
            } else {
                missing
            }
        } else if name == alt {
            format!("cannot refer to unexported field {alt} in struct literal of type {ts}")
        } else {
            missing
        }
    }

    /// The shallowest field of struct type `t` whose name equals `name` up
    /// to letter case, and whether it is another package's unexported field.
    fn field_folding_case(&self, t: TypeId, name: &str) -> Option<(String, bool)> {
        let lower = name.to_lowercase();
        let super::access::FieldLookup::Found { path, .. } =
            self.lookup_field_where(t, |n| n.to_lowercase() == lower)
        else {
            return None;
        };
        let tt = &self.pkg.types;
        let last = path.len() - 1;
        let mut owner = tt.field_path_type(t, &path[..last]);
        if let Type::Pointer(e) = tt.under(owner) {
            owner = *e;
        }
        let Type::Struct(fields) = tt.under(owner) else {
            return None;
        };
        let f = &fields[path[last]];
        Some((f.name.clone(), self.foreign_field_of(f)))
    }

    fn struct_lit(
        &mut self,
        e: &Expr,
        t: TypeId,
        fields: &[super::StructField],
        elts: &[Element],
    ) -> Operand {
        if elts.is_empty() {
            return Operand::value(t);
        }
        let keyed = elts[0].key.is_some();
        if keyed {
            // Go 1.27: keys may name promoted fields; keys whose paths are
            // prefixes of each other collide (gc's trie of field paths).
            let mut seen: Vec<(Vec<usize>, String)> = Vec::new();
            for el in elts {
                let Some(k) = &el.key else {
                    self.error(
                        el.value.span,
                        "mixture of field:value and value elements in struct literal",
                    );
                    self.raw_expr(&el.value, None);
                    continue;
                };
                let ExprKind::Name(name) = &k.kind else {
                    let msg = format!("invalid field name {} in struct literal", expr_string(k));
                    self.error(k.span, msg);
                    self.raw_expr(&el.value, None);
                    continue;
                };
                let found = if name == "_" {
                    // Blank fields cannot be named.
                    super::access::FieldLookup::NotFound
                } else {
                    self.lookup_field(t, name)
                };
                let (path, indirect, ft) = match found {
                    super::access::FieldLookup::Found { path, indirect, ty }
                        if !self.foreign_field(t, &path) =>
                    {
                        (path, indirect, ty)
                    }
                    found => {
                        let msg = if matches!(found, super::access::FieldLookup::NotFound)
                            && self
                                .find_method(self.pkg.types.underlying(t), name)
                                .is_some()
                        {
                            format!("{name} is not a field")
                        } else {
                            self.struct_lit_lookup_error(t, name)
                        };
                        self.error(k.span, msg);
                        self.raw_expr(&el.value, None);
                        continue;
                    }
                };
                if indirect {
                    let msg = format!("invalid implicit pointer indirection to reach {name}");
                    self.error(k.span, msg);
                    self.raw_expr(&el.value, None);
                    continue;
                }
                self.pkg.info.selections.insert(
                    k.id,
                    super::Selection::Field {
                        path: path.clone(),
                        indirect: false,
                    },
                );
                let hint = self.struct_elem_hint(&el.value, ft);
                let mut x = self.expr_hint(&el.value, hint);
                self.assignment(&el.value, &mut x, Some(ft), "struct literal");
                let clash = seen.iter().find(|(p, _)| {
                    let n = p.len().min(path.len());
                    p[..n] == path[..n]
                });
                match clash {
                    None => seen.push((path, name.clone())),
                    Some((p, alt)) => {
                        let msg = if p.len() == path.len() {
                            format!("duplicate field name {name} in struct literal")
                        } else if p.len() < path.len() {
                            format!(
                                "cannot specify promoted field {name} and enclosing embedded field {alt}"
                            )
                        } else {
                            format!(
                                "cannot specify embedded field {name} and enclosed promoted field {alt}"
                            )
                        };
                        self.error(k.span, msg);
                    }
                }
            }
            return Operand::value(t);
        }
        for (i, el) in elts.iter().enumerate() {
            if el.key.is_some() {
                self.error(
                    el.value.span,
                    "mixture of field:value and value elements in struct literal",
                );
                continue;
            }
            let Some(f) = fields.get(i) else {
                let msg = format!(
                    "too many values in struct literal of type {}",
                    self.type_str(t)
                );
                self.error(el.value.span, msg);
                for rest in &elts[i..] {
                    self.raw_expr(&rest.value, None);
                }
                return Operand::value(t);
            };
            if self.foreign_field_of(f) {
                let msg = format!(
                    "implicit assignment to unexported field {} in struct literal of type {}",
                    f.name,
                    self.type_str(t)
                );
                self.error(el.value.span, msg);
            }
            let ft = f.ty;
            let hint = self.struct_elem_hint(&el.value, ft);
            let mut x = self.expr_hint(&el.value, hint);
            self.assignment(&el.value, &mut x, Some(ft), "struct literal");
        }
        if elts.len() < fields.len() {
            let msg = format!(
                "too few values in struct literal of type {}",
                self.type_str(t)
            );
            let at = crate::syntax::ast::Span::new(e.span.hi.saturating_sub(1), e.span.hi);
            self.error(at, msg);
        }
        Operand::value(t)
    }

    /// Checks array/slice elements against `elem`; returns the literal's
    /// length (max index + 1).
    fn array_elements(&mut self, elem: TypeId, elts: &[Element], len: Option<u64>) -> u64 {
        let mut next: u64 = 0;
        let mut max: u64 = 0;
        let mut seen = HashSet::new();
        for el in elts {
            let mut idx = next;
            if let Some(k) = &el.key {
                let mut kx = self.expr(k);
                let int = self.basic(super::ty::BasicKind::Int);
                if self.pkg.types.is_untyped(kx.ty) && !kx.is_bad() {
                    self.convert_untyped(k, &mut kx, int);
                }
                match kx.val() {
                    Some(ConstValue::Int(i)) if i.to_u64().is_some() => {
                        idx = i.to_u64().unwrap_or(0);
                    }
                    _ if kx.is_bad() => {}
                    _ => {
                        let msg = format!("index {} must be integer constant", expr_string(k));
                        self.error(k.span, msg);
                    }
                }
            }
            if let Some(n) = len {
                if idx >= n {
                    self.error(
                        el.value.span,
                        format!("index {idx} is out of bounds (>= {n})"),
                    );
                }
            }
            if !seen.insert(idx) {
                let at = el.key.as_ref().map_or(el.value.span, |k| k.span);
                self.error(
                    at,
                    format!("duplicate index {idx} in array or slice literal"),
                );
            }
            let mut x = self.expr_hint(&el.value, Some(elem));
            self.assignment(&el.value, &mut x, Some(elem), "array or slice literal");
            next = idx + 1;
            max = max.max(next);
        }
        max
    }
}
