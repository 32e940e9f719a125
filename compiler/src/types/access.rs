//! Selectors (`x.f`, `pkg.Name`), index expressions and slice expressions.
//!
//! Field selection finds the shallowest field of that name through embedded
//! structs (spec: Selectors); the path of field indices is recorded in
//! `Info::selections` so lowering can follow it, dereferencing embedded
//! pointers on the way (`indirect`).

use std::collections::HashSet;

use num_traits::{Signed, ToPrimitive};

use super::check::Checker;
use super::expr::Operand;
use super::methods::MethodFound;
use super::ty::{BasicKind, Type, TypeId};
use super::{ConstValue, Mode, ObjKind, Selection};
use crate::syntax::ast::{Expr, ExprKind, Ident};

/// The outcome of looking a field up.
pub enum FieldLookup {
    Found {
        path: Vec<usize>,
        indirect: bool,
        ty: TypeId,
    },
    Ambiguous,
    NotFound,
}

impl Checker<'_> {
    /// Finds field `name` in type `t` (a struct or a pointer to one), at the
    /// shallowest embedding depth.
    pub fn lookup_field(&self, t: TypeId, name: &str) -> FieldLookup {
        self.lookup_field_where(t, |n| n == name)
    }

    /// `lookup_field` for the fields whose names satisfy `matches`.
    pub fn lookup_field_where(&self, t: TypeId, matches: impl Fn(&str) -> bool) -> FieldLookup {
        let tt = &self.pkg.types;
        let (start, ind0) = match tt.under(t) {
            // Also through a defined pointer type (fields only, spec: Selectors).
            Type::Pointer(e) => (*e, true),
            _ => (t, false),
        };
        let mut current = vec![(start, Vec::new(), ind0)];
        let mut seen = HashSet::new();
        while !current.is_empty() {
            let mut found: Option<(Vec<usize>, bool, TypeId)> = None;
            let mut count = 0;
            let mut next = Vec::new();
            for (typ, path, ind) in current {
                if matches!(tt.get(typ), Type::Named(_)) && !seen.insert(typ) {
                    continue;
                }
                let Type::Struct(fields) = tt.under(typ) else {
                    continue;
                };
                for (i, f) in fields.iter().enumerate() {
                    let mut p = path.clone();
                    p.push(i);
                    if matches(&f.name) {
                        count += 1;
                        found = Some((p.clone(), ind, f.ty));
                    }
                    if f.embedded {
                        match tt.get(f.ty) {
                            Type::Pointer(e) => next.push((*e, p, true)),
                            _ => next.push((f.ty, p, ind)),
                        }
                    }
                }
            }
            if count > 1 {
                return FieldLookup::Ambiguous;
            }
            if let Some((path, indirect, ty)) = found {
                return FieldLookup::Found { path, indirect, ty };
            }
            current = next;
        }
        FieldLookup::NotFound
    }

    /// Whether `t` has a method `name` promoted through fewer embedded
    /// fields than `depth`.
    fn method_above(&self, t: TypeId, name: &str, depth: usize) -> bool {
        depth > 0
            && matches!(self.lookup_method(t, name), MethodFound::Found(m) if m.path.len() < depth)
    }

    /// `x.sel`; `hint` is the type a value is assigned to (which infers a
    /// generic method value's type arguments).
    pub fn selector(&mut self, e: &Expr, xe: &Expr, sel: &Ident, hint: Option<TypeId>) -> Operand {
        if let ExprKind::Name(n) = &xe.kind {
            if let Some(o) = self.lookup(n) {
                if let ObjKind::PkgName(path) = self.obj(o).kind.clone() {
                    self.pkg.info.uses.insert(xe.id, o);
                    self.used.insert(o);
                    return self.qualified(e, &path, sel);
                }
            }
        }
        let x = self.expr_or_type(xe);
        if x.is_bad() {
            return Operand::invalid();
        }
        if x.mode == Mode::Type {
            if let Some(m) = self.find_method(x.ty, &sel.name) {
                return self.method_expr(e, x.ty, m);
            }
            if let Some(op) = self.generic_method_expr_sel(e, x.ty, sel, hint) {
                return op;
            }
            let msg = format!(
                "{} undefined (type {} has no field or method {})",
                super::exprstring::expr_string(e),
                self.type_str(x.ty),
                sel.name
            );
            self.error(sel.span, msg);
            return Operand::invalid();
        }
        let field = match self.lookup_field(x.ty, &sel.name) {
            // A method at a shallower depth than the field is the selector
            // (text/template's Template.Name() over its embedded
            // *parse.Tree's Name field).
            FieldLookup::Found { path, .. }
                if self.method_above(x.ty, &sel.name, path.len() - 1) =>
            {
                FieldLookup::NotFound
            }
            f => f,
        };
        match field {
            FieldLookup::Found { path, indirect, ty } => {
                if self.foreign_field(x.ty, &path) {
                    let what = format!("cannot refer to unexported field {}", sel.name);
                    return self.not_visible(e, sel, &what);
                }
                self.pkg
                    .info
                    .selections
                    .insert(e.id, Selection::Field { path, indirect });
                let mode = if x.mode == Mode::Variable || indirect {
                    Mode::Variable
                } else {
                    Mode::Value
                };
                Operand { mode, ty }
            }
            FieldLookup::Ambiguous => {
                let msg = format!("ambiguous selector {}", super::exprstring::expr_string(e));
                self.error(sel.span, msg);
                Operand::invalid()
            }
            FieldLookup::NotFound => {
                match self.lookup_method(x.ty, &sel.name) {
                    MethodFound::Found(m) if m.func.is_some_and(|f| self.foreign_unexported(f)) => {
                        let what = format!("cannot refer to unexported method {}", sel.name);
                        return self.not_visible(e, sel, &what);
                    }
                    MethodFound::Found(m) => return self.method_value(e, &x, m),
                    MethodFound::Ambiguous => {
                        let msg =
                            format!("ambiguous selector {}", super::exprstring::expr_string(e));
                        self.error(sel.span, msg);
                        return Operand::invalid();
                    }
                    MethodFound::NotFound => {}
                }
                if let Some(op) = self.generic_method_sel(e, &x, sel, hint) {
                    return op;
                }
                if self.embeds_invalid(x.ty, 0) {
                    // The name may come from an embedded type in error.
                    return Operand::invalid();
                }
                if self.has_method(x.ty, &sel.name) {
                    self.unsupported(e.span, "method call or value");
                    return Operand::invalid();
                }
                let what = if matches!(self.pkg.types.under(x.ty), Type::Pointer(p) if self.pkg.types.is_interface(*p))
                {
                    format!(
                        "type {} is pointer to interface, not interface",
                        self.type_str(x.ty)
                    )
                } else {
                    let hint = self.field_with_other_case(x.ty, &sel.name);
                    format!(
                        "type {} has no field or method {}{hint}",
                        self.type_disp(xe, x.ty),
                        sel.name
                    )
                };
                let msg = format!("{} undefined ({what})", super::exprstring::expr_string(e));
                self.error(sel.span, msg);
                Operand::invalid()
            }
        }
    }

    /// Whether a struct type embeds (directly or deeper) an invalid type.
    fn embeds_invalid(&self, t: TypeId, depth: u32) -> bool {
        let tt = &self.pkg.types;
        let base = match tt.under(t) {
            Type::Pointer(e) => *e,
            _ => t,
        };
        let Type::Struct(fields) = tt.under(base) else {
            return false;
        };
        depth < 8
            && fields.iter().filter(|f| f.embedded).any(|f| {
                let ft = match tt.get(f.ty) {
                    Type::Pointer(e) => *e,
                    _ => f.ty,
                };
                tt.underlying(ft) == TypeId(0) || self.embeds_invalid(ft, depth + 1)
            })
    }

    /// ", but does have field Name" when a field differs only in case.
    fn field_with_other_case(&self, t: TypeId, name: &str) -> String {
        let tt = &self.pkg.types;
        let base = match tt.under(t) {
            Type::Pointer(e) => *e,
            _ => t,
        };
        let Type::Struct(fields) = tt.under(base) else {
            return String::new();
        };
        fields
            .iter()
            .find(|f| f.name != name && f.name.eq_ignore_ascii_case(name))
            .map_or(String::new(), |f| {
                format!(", but does have field {}", f.name)
            })
    }

    /// Whether named type `t` (or `*t`) declares a method `name`.
    fn has_method(&self, t: TypeId, name: &str) -> bool {
        let tt = &self.pkg.types;
        let base = match tt.get(t) {
            Type::Pointer(e) => *e,
            _ => t,
        };
        if let Type::Interface(ms) = tt.under(base) {
            return ms.iter().any(|(n, _)| n == name);
        }
        match tt.get(base) {
            Type::Named(i) => tt.named[*i as usize]
                .methods
                .iter()
                .any(|&m| self.obj(m).name == name),
            _ => false,
        }
    }

    /// `pkg.Name`: an exported name of one of the program's packages, or
    /// of the packages golift knows (`unsafe`, `math` constants).
    fn qualified(&mut self, e: &Expr, path: &str, sel: &Ident) -> Operand {
        if let Some(p) = self.package_of(path) {
            return self.imported(e, p, sel);
        }
        let member = match path {
            "unsafe" => self.unsafe_member(&sel.name),
            "math" => self.math.get(&sel.name).copied(),
            _ => return Operand::invalid(),
        };
        let Some(o) = member else {
            if path == "math" {
                self.unsupported(e.span, "package math");
            } else {
                let msg = format!("undefined: {path}.{}", sel.name);
                self.error(sel.span, msg);
            }
            return Operand::invalid();
        };
        if path == "unsafe"
            && !matches!(
                sel.name.as_str(),
                "Sizeof"
                    | "Alignof"
                    | "Offsetof"
                    | "Pointer"
                    | "Add"
                    | "Slice"
                    | "SliceData"
                    | "String"
                    | "StringData"
            )
        {
            self.unsupported(e.span, &format!("unsafe.{}", sel.name));
            return Operand::invalid();
        }
        self.pkg.info.uses.insert(sel.id, o);
        self.pkg
            .info
            .selections
            .insert(e.id, Selection::Qualified(o));
        self.object_operand(e, o, true)
    }

    /// Whether the field at `path` in `t` is an unexported field of another
    /// package.
    pub(crate) fn foreign_field(&self, t: TypeId, path: &[usize]) -> bool {
        let tt = &self.pkg.types;
        let mut t = t;
        let mut last = None;
        for &i in path {
            if let Type::Pointer(e) = tt.under(t) {
                t = *e;
            }
            let Type::Struct(fields) = tt.under(t) else {
                return false;
            };
            let Some(f) = fields.get(i) else { return false };
            t = f.ty;
            last = Some(f.pkg.as_str());
        }
        let here = &self.specs[self.file_package()].path;
        last.is_some_and(|p| !p.is_empty() && p != here)
    }

    /// The package of the file being checked (an instance of another
    /// package's generic code is checked in that package's file).
    pub(crate) fn file_package(&self) -> usize {
        self.file_pkg
            .get(self.file_idx)
            .copied()
            .unwrap_or(self.cur)
    }

    /// Whether object `o` (a method) is unexported and of another package.
    pub fn foreign_unexported(&self, o: super::ObjId) -> bool {
        let ob = self.obj(o);
        let exported = ob.name.chars().next().is_some_and(char::is_uppercase);
        !exported && ob.pkg as usize != self.file_package()
    }

    /// gc's `x.f undefined (cannot refer to unexported ...)`.
    fn not_visible(&mut self, e: &Expr, sel: &Ident, what: &str) -> Operand {
        let msg = format!("{} undefined ({what})", super::exprstring::expr_string(e));
        self.error(sel.span, msg);
        Operand::invalid()
    }

    /// Marks the package named in a qualified identifier `p.N` as used.
    pub fn use_qualifier(&mut self, e: &Expr) {
        let ExprKind::Selector(x, _) = &e.unparen().kind else {
            return;
        };
        let ExprKind::Name(n) = &x.kind else { return };
        let Some(o) = self.lookup(n) else { return };
        if matches!(self.obj(o).kind, ObjKind::PkgName(_)) {
            self.used.insert(o);
            self.pkg.info.uses.insert(x.id, o);
        }
    }

    /// The exported object `x.name` when `x` names an imported package of
    /// the program.
    pub fn imported_obj(&self, x: &Expr, name: &str) -> Option<super::ObjId> {
        let ExprKind::Name(n) = &x.kind else {
            return None;
        };
        let ObjKind::PkgName(path) = &self.obj(self.lookup(n)?).kind else {
            return None;
        };
        let p = self.package_of(path)?;
        let exported = name.chars().next().is_some_and(char::is_uppercase);
        self.done_scopes[p].get(name).copied().filter(|_| exported)
    }

    /// `pkg.Name` for package `p` of the program: only exported names are
    /// visible (gc reports others as undefined).
    fn imported(&mut self, e: &Expr, p: usize, sel: &Ident) -> Operand {
        let exported = sel.name.chars().next().is_some_and(char::is_uppercase);
        let found = self.done_scopes[p].get(&sel.name).copied();
        let Some(o) = found.filter(|_| exported) else {
            let msg = format!("undefined: {}", super::exprstring::expr_string(e));
            self.error(sel.span, msg);
            return Operand::invalid();
        };
        self.pkg.info.uses.insert(sel.id, o);
        self.pkg
            .info
            .selections
            .insert(e.id, Selection::Qualified(o));
        self.object_operand(e, o, true)
    }

    /// Checks an index operand: an integer (untyped constants become int),
    /// non-negative, below `max` when known. Returns its constant value.
    pub fn index(&mut self, e: &Expr, max: Option<u64>) -> Option<i128> {
        let mut x = self.expr(e);
        if x.is_bad() {
            return None;
        }
        let int = self.basic(BasicKind::Int);
        if self.pkg.types.is_untyped(x.ty) {
            if x.val().is_some() && !self.pkg.types.is_numeric(x.ty) {
                let msg = format!(
                    "invalid argument: index {} must be integer",
                    self.describe(e, &x)
                );
                self.error(e.span, msg);
                return None;
            }
            self.convert_untyped(e, &mut x, int);
            if x.is_bad() {
                return None;
            }
        }
        if !self.pkg.types.is_integer(x.ty) {
            let msg = format!(
                "invalid argument: index {} must be integer",
                self.describe(e, &x)
            );
            self.error(e.span, msg);
            return None;
        }
        let Some(ConstValue::Int(i)) = x.val() else {
            return None;
        };
        if i.is_negative() {
            let msg = format!(
                "invalid argument: index {} must not be negative",
                self.describe(e, &x)
            );
            self.error(e.span, msg);
            return None;
        }
        let v = i.to_i128()?;
        if let Some(m) = max {
            if v >= m as i128 {
                let msg = format!(
                    "invalid argument: index {} out of bounds [0:{m}]",
                    super::exprstring::expr_string(e)
                );
                self.error(e.span, msg);
                return None;
            }
        }
        Some(v)
    }

    pub fn index_expr(
        &mut self,
        e: &Expr,
        xe: &Expr,
        idx: &[Expr],
        hint: Option<TypeId>,
    ) -> Operand {
        if let Some(x) = self.generic_index(e, xe, idx) {
            return x;
        }
        // `x.N[A]`: the selector may name a generic method to instantiate.
        let sel = self.generic_method_operand(xe);
        let saved = self.gm_callee;
        if sel.is_some() {
            self.gm_callee = sel;
        }
        let x = self.expr_or_type(xe);
        self.gm_callee = saved;
        if sel.is_some() {
            if let Some(p) = self.gm_pending.take() {
                return self.generic_method_index(e, xe, p, idx, hint);
            }
        }
        if x.is_bad() {
            // The indices of an invalid type (an unsupported generic) may be
            // type arguments; those of an invalid value are values.
            if x.mode != Mode::Type {
                for i in idx {
                    self.raw_expr(i, None);
                }
            }
            return Operand::invalid();
        }
        if x.mode == Mode::Type {
            self.unsupported(e.span, "generic type instantiation");
            return Operand::invalid();
        }
        if idx.len() != 1 {
            self.error(e.span, "invalid operation: more than one index");
            return Operand::invalid();
        }
        let ie = &idx[0];
        let tt = &self.pkg.types;
        let u = tt.under(x.ty).clone();
        match u {
            Type::Basic(_) if tt.is_string(x.ty) => {
                let len = match x.val() {
                    Some(ConstValue::String(s)) => Some(s.len() as u64),
                    _ => None,
                };
                self.index(ie, len);
                // go/types types a string's bytes as `byte`.
                self.disp.insert(e.id, "byte".into());
                Operand::value(self.basic(BasicKind::Uint8))
            }
            Type::Array(n, elem) => {
                self.index(ie, Some(n));
                let mode = if x.mode == Mode::Variable {
                    Mode::Variable
                } else {
                    Mode::Value
                };
                Operand { mode, ty: elem }
            }
            Type::Pointer(p) => match self.pkg.types.under(p).clone() {
                Type::Array(n, elem) => {
                    self.index(ie, Some(n));
                    Operand {
                        mode: Mode::Variable,
                        ty: elem,
                    }
                }
                _ => self.not_indexable(xe, &x, ie),
            },
            Type::Slice(elem) => {
                self.index(ie, None);
                Operand {
                    mode: Mode::Variable,
                    ty: elem,
                }
            }
            Type::Map(k, v) => {
                let mut key = self.expr(ie);
                self.assignment(ie, &mut key, Some(k), "map index");
                Operand {
                    mode: Mode::MapIndex,
                    ty: v,
                }
            }
            _ => self.not_indexable(xe, &x, ie),
        }
    }

    fn not_indexable(&mut self, xe: &Expr, x: &Operand, ie: &Expr) -> Operand {
        self.raw_expr(ie, None);
        let msg = format!("cannot index {}", self.describe(xe, x));
        let at = self.op_span(xe.span.hi, "[");
        self.error(at, msg);
        Operand::invalid()
    }

    pub fn slice_expr(
        &mut self,
        e: &Expr,
        xe: &Expr,
        lo: Option<&Expr>,
        hi: Option<&Expr>,
        max: Option<&Expr>,
        three: bool,
    ) -> Operand {
        let x = self.expr(xe);
        if x.is_bad() {
            for i in [lo, hi, max].into_iter().flatten() {
                self.raw_expr(i, None);
            }
            return Operand::invalid();
        }
        let tt = &self.pkg.types;
        let mut length: Option<u64> = None;
        let result = match tt.under(x.ty).clone() {
            Type::Basic(_) if tt.is_string(x.ty) => {
                if three {
                    self.error(e.span, "invalid operation: 3-index slice of string");
                    return Operand::invalid();
                }
                if let Some(ConstValue::String(s)) = x.val() {
                    length = Some(s.len() as u64);
                }
                if tt.is_untyped(x.ty) {
                    self.basic(BasicKind::String)
                } else {
                    x.ty
                }
            }
            Type::Array(n, elem) => {
                if x.mode != Mode::Variable {
                    let msg = format!(
                        "invalid operation: {} (slice of unaddressable value)",
                        super::exprstring::expr_string(e)
                    );
                    self.error(e.span, msg);
                    return Operand::invalid();
                }
                length = Some(n);
                self.pkg.types.intern(Type::Slice(elem))
            }
            Type::Pointer(p) => match self.pkg.types.under(p).clone() {
                Type::Array(n, elem) => {
                    length = Some(n);
                    self.pkg.types.intern(Type::Slice(elem))
                }
                _ => return self.cannot_slice(xe, &x),
            },
            Type::Slice(_) => x.ty,
            _ => return self.cannot_slice(xe, &x),
        };
        let bound = length.map(|n| n + 1);
        let mut vals = Vec::new();
        for i in [lo, hi, max] {
            match i {
                Some(i) => vals.push(self.index(i, bound)),
                None => vals.push(None),
            }
        }
        // Constant indices must be non-decreasing.
        let known: Vec<(usize, i128)> = vals
            .iter()
            .enumerate()
            .filter_map(|(k, v)| v.map(|v| (k, v)))
            .collect();
        for w in known.windows(2) {
            if w[0].1 > w[1].1 {
                let at = [lo, hi, max][w[1].0].map_or(e.span, |x| x.span);
                self.error(
                    at,
                    format!("invalid slice indices: {} < {}", w[1].1, w[0].1),
                );
                break;
            }
        }
        Operand::value(result)
    }

    fn cannot_slice(&mut self, xe: &Expr, x: &Operand) -> Operand {
        let msg = format!("cannot slice {}", self.describe(xe, x));
        self.error(xe.span, msg);
        Operand::invalid()
    }

    /// The byte offset of the field selected by `x.f` (for unsafe.Offsetof):
    /// only fields reached without a pointer indirection.
    pub fn field_offset(&self, x: TypeId, path: &[usize]) -> Option<u64> {
        let mut t = x;
        let mut off = 0;
        for &i in path {
            let offs = self.pkg.types.field_offsets(t);
            off += offs.get(i)?;
            let Type::Struct(fields) = self.pkg.types.under(t) else {
                return None;
            };
            t = fields.get(i)?.ty;
        }
        Some(off)
    }
}
