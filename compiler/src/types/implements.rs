//! Why a type does not implement an interface, in gc's words.
//!
//! `missing_method` walks the interface's methods in order (sorted by name)
//! and reports the first one the type's method set lacks, with the cause
//! gc gives: `(missing method m)`, `(method m has pointer receiver)`,
//! `(wrong type for method m)` followed by `have`/`want` lines (method
//! signatures without parameter names), `(ambiguous selector T.m)`.
//! A method found only under another case is also `missing`, with the
//! `have`/`want` lines; a field of that name is `(T.m is a field, not a
//! method)`. `implements` in methods.rs answers yes/no; this file
//! explains a no, so both must agree on what a method set holds.

use super::access::FieldLookup;
use super::check::Checker;
use super::expr::INVALID;
use super::exprstring::{expr_string, signature_string};
use super::methods::MethodFound;
use super::ty::{Type, TypeId};
use super::ObjId;
use crate::syntax::ast::Expr;

impl Checker<'_> {
    /// `V does not implement I (cause)` when `v` lacks a method of
    /// interface `iface`, else None.
    pub fn not_implemented(&self, v: TypeId, iface: TypeId) -> Option<String> {
        let cause = self.missing_method(v, iface)?;
        Some(format!(
            "{} does not implement {} {cause}",
            self.type_str(v),
            self.type_str(iface)
        ))
    }

    /// Reports `x.(T)` (`e`) for interface type `xt` when `T` is a concrete
    /// type lacking a method of `xt`: the assertion could never succeed.
    pub fn assertable(&mut self, e: &Expr, xt: TypeId, t: TypeId) {
        let tt = &self.pkg.types;
        if xt == INVALID || t == INVALID || tt.is_interface(t) {
            return;
        }
        // In an instance, `x.(T)` with a type parameter T is checked in the
        // generic body, where T is no concrete type: it may fail at run time.
        if let crate::syntax::ast::ExprKind::TypeAssert { ty: Some(ty), .. } = &e.kind {
            if self.mentions_type_param(ty) {
                return;
            }
        }
        if let Some(cause) = self.missing_method(t, xt) {
            let msg = format!(
                "impossible type assertion: {}\n\t{} does not implement {} {cause}",
                expr_string(e),
                self.type_str(t),
                self.type_str(xt)
            );
            self.error(e.span, msg);
        }
    }

    /// The suffix gc adds to `cannot use x as T value in ...` when `T` is
    /// an interface `v` does not implement: `: V does not implement T (...)`.
    pub fn assign_cause(&self, v: TypeId, t: TypeId) -> String {
        if self.pkg.types.is_untyped(v) {
            return String::new();
        }
        self.not_implemented(v, t)
            .map_or(String::new(), |why| format!(": {why}"))
    }

    /// The cause (in parentheses) of `v` not implementing `iface`.
    pub fn missing_method(&self, v: TypeId, iface: TypeId) -> Option<String> {
        let tt = &self.pkg.types;
        let Type::Interface(want) = tt.under(iface) else {
            return None;
        };
        if let Type::Interface(have) = tt.under(v) {
            return want.iter().find_map(|(name, sig)| {
                match have.iter().find(|(n, _)| n == name) {
                    None => Some(format!("(missing method {name})")),
                    Some((_, s)) if s != sig => {
                        Some(self.wrong_type((name, *s, None), (name, *sig)))
                    }
                    Some(_) => None,
                }
            });
        }
        let is_ptr = matches!(tt.get(v), Type::Pointer(_));
        want.iter()
            .find_map(|(name, sig)| match self.lookup_method(v, name) {
                MethodFound::Ambiguous => {
                    Some(format!("(ambiguous selector {}.{name})", self.type_str(v)))
                }
                MethodFound::NotFound
                    if matches!(self.lookup_field(v, name), FieldLookup::Found { .. }) =>
                {
                    Some(format!(
                        "({}.{name} is a field, not a method)",
                        self.type_str(v)
                    ))
                }
                MethodFound::NotFound => Some(self.not_found(v, name, *sig)),
                MethodFound::Found(m) if m.sig != *sig => {
                    Some(self.wrong_type((name, m.sig, m.func), (name, *sig)))
                }
                MethodFound::Found(m)
                    if !is_ptr
                        && !m.indirect
                        && m.func.is_some_and(|f| self.pointer_receiver(f)) =>
                {
                    Some(format!("(method {name} has pointer receiver)"))
                }
                MethodFound::Found(_) => None,
            })
    }

    /// `(missing method m)`, with `have`/`want` lines when a method of
    /// that name in another case exists.
    fn not_found(&self, v: TypeId, name: &str, sig: TypeId) -> String {
        if let Some(have) = self.generic_method_string(v, name) {
            // A generic method never satisfies an interface method.
            return format!(
                "(wrong type for method {name})\n\t\thave {have}\n\t\twant {}",
                self.method_string(name, sig, None)
            );
        }
        let other = self
            .method_names(v)
            .into_iter()
            .find(|n| n != name && n.eq_ignore_ascii_case(name));
        let found = other.and_then(|n| match self.lookup_method(v, &n) {
            MethodFound::Found(m) => Some((n, m)),
            _ => None,
        });
        match found {
            Some((n, m)) => format!(
                "(missing method {name})\n\t\thave {}\n\t\twant {}",
                self.method_string(&n, m.sig, m.func),
                self.method_string(name, sig, None)
            ),
            None => format!("(missing method {name})"),
        }
    }

    fn wrong_type(&self, have: (&str, TypeId, Option<ObjId>), want: (&str, TypeId)) -> String {
        format!(
            "(wrong type for method {})\n\t\thave {}\n\t\twant {}",
            want.0,
            self.method_string(have.0, have.1, have.2),
            self.method_string(want.0, want.1, None)
        )
    }

    /// `m(int) string`: a method as gc's have/want lines spell it, as
    /// declared (`[]byte` stays `[]byte`) where the declaration is known.
    fn method_string(&self, name: &str, sig: TypeId, func: Option<ObjId>) -> String {
        let declared = func
            .filter(|&f| self.obj(f).ty == sig)
            .and_then(|f| self.func_decl(f))
            .and_then(|fd| self.signature_spelling(&fd.ty, false));
        let spelled = declared
            .or_else(|| self.method_disp.get(&(name.to_string(), sig)).cloned())
            .unwrap_or_else(|| signature_string(&self.pkg.types, sig, &self.pkg.path));
        format!("{name}{spelled}")
    }
}
