//! Methods: method declarations are listed under their receiver's named type, their bodies
//! are checked with the receiver in scope, and selectors find methods
//! through embedded fields (`Selection::Method`, `Selection::MethodExpr`).

use std::collections::HashSet;

use super::check::{Checker, DeclRef};
use super::expr::{Operand, INVALID};
use super::ty::{Signature, Type, TypeId};
use super::{Mode, ObjId, Selection};
use crate::syntax::ast::{Decl, Expr, ExprKind, FuncDecl, Ident};

/// A method found by a selector.
pub struct MethodLookup {
    /// None for a method of an (embedded) interface.
    pub func: Option<ObjId>,
    /// The method's signature (without receiver).
    pub sig: TypeId,
    pub path: Vec<usize>,
    pub indirect: bool,
}

impl Checker<'_> {
    /// The declaration of method (or function) `m`.
    pub fn func_decl(&self, m: ObjId) -> Option<&FuncDecl> {
        let &DeclRef::Func { file, decl } = self.decls.get(&m)? else {
            return None;
        };
        match &self.files[file].decls[decl] {
            Decl::Func(f) => Some(f),
            _ => None,
        }
    }

    /// Whether method `m` has a pointer receiver.
    fn pointer_receiver(&self, m: ObjId) -> bool {
        self.func_decl(m)
            .and_then(|f| f.recv.as_ref())
            .is_some_and(|r| matches!(r.ty.kind, ExprKind::Star(_)))
    }

    /// Reports a method declared twice, or named like a field.
    pub fn check_method_name(&mut self, t: TypeId, m: ObjId) -> bool {
        let Type::Named(i) = self.pkg.types.get(t) else {
            return false;
        };
        let named = &self.pkg.types.named[*i as usize];
        let (name, span) = (self.obj(m).name.clone(), self.obj(m).span);
        let tname = named.name.clone();
        if let Some(&prev) = named.methods.iter().find(|&&p| self.obj(p).name == name) {
            let at = self.pos(self.obj(prev).file, self.obj(prev).span);
            self.error(
                span,
                format!("method {tname}.{name} already declared at {at}"),
            );
            return false;
        }
        if let Type::Struct(fields) = self.pkg.types.under(t) {
            if fields.iter().any(|f| f.name == name) {
                self.error(span, format!("field and method with the same name {name}"));
                return false;
            }
        }
        true
    }

    /// Finds method `name` of `t` (or `*t`), at the shallowest depth
    /// through embedded fields.
    pub fn find_method(&self, t: TypeId, name: &str) -> Option<MethodLookup> {
        let tt = &self.pkg.types;
        let (start, ind0) = match tt.get(t) {
            Type::Pointer(e) => (*e, true),
            _ => (t, false),
        };
        let mut current = vec![(start, Vec::new(), ind0)];
        let mut seen = HashSet::new();
        while !current.is_empty() {
            let mut next = Vec::new();
            for (typ, path, ind) in current {
                if let Type::Named(i) = tt.get(typ) {
                    if !seen.insert(typ) {
                        continue;
                    }
                    let methods = &tt.named[*i as usize].methods;
                    if let Some(&m) = methods.iter().find(|&&m| self.obj(m).name == name) {
                        return Some(MethodLookup {
                            func: Some(m),
                            sig: self.obj(m).ty,
                            path,
                            indirect: ind,
                        });
                    }
                }
                if let Type::Interface(ms) = tt.under(typ) {
                    if let Some((_, sig)) = ms.iter().find(|(n, _)| n == name) {
                        return Some(MethodLookup {
                            func: None,
                            sig: *sig,
                            path,
                            indirect: ind,
                        });
                    }
                }
                if let Type::Struct(fields) = tt.under(typ) {
                    for (i, f) in fields.iter().enumerate().filter(|(_, f)| f.embedded) {
                        let mut p = path.clone();
                        p.push(i);
                        match tt.get(f.ty) {
                            Type::Pointer(e) => next.push((*e, p, true)),
                            _ => next.push((f.ty, p, ind)),
                        }
                    }
                }
            }
            current = next;
        }
        None
    }

    /// `x.m` for a value `x` (method value or call target).
    pub fn method_value(&mut self, e: &Expr, x: &Operand, m: MethodLookup) -> Operand {
        let Some(func) = m.func else {
            self.pkg.info.selections.insert(
                e.id,
                Selection::IfaceMethod {
                    path: m.path,
                    indirect: m.indirect,
                },
            );
            return Operand::value(m.sig);
        };
        self.resolve_obj(func);
        self.add_dep(func);
        let is_ptr = matches!(self.pkg.types.get(x.ty), Type::Pointer(_));
        if self.pointer_receiver(func) && !is_ptr && !m.indirect && x.mode != Mode::Variable {
            let (name, t) = (self.obj(func).name.clone(), self.type_str(x.ty));
            let at = match &e.kind {
                ExprKind::Selector(_, sel) => sel.span,
                _ => e.span,
            };
            self.error(at, format!("cannot call pointer method {name} on {t}"));
            return Operand::invalid();
        }
        let sig = self.obj(func).ty;
        self.pkg.info.selections.insert(
            e.id,
            Selection::Method {
                func,
                path: m.path,
                indirect: m.indirect,
            },
        );
        Operand::value(sig)
    }

    /// `T.m`: a function taking the receiver first.
    pub fn method_expr(&mut self, e: &Expr, recv: TypeId, m: MethodLookup) -> Operand {
        if let Some(func) = m.func {
            self.resolve_obj(func);
            self.add_dep(func);
        }
        let sig_t = m.func.map_or(m.sig, |f| self.obj(f).ty);
        let Type::Func(sig) = self.pkg.types.get(sig_t).clone() else {
            return Operand::invalid();
        };
        let mut params = vec![recv];
        params.extend(sig.params);
        let t = self.pkg.types.intern(Type::Func(Signature {
            params,
            results: sig.results,
            variadic: sig.variadic,
        }));
        let sel = match m.func {
            Some(func) => Selection::MethodExpr { func },
            None => Selection::IfaceMethodExpr { path: m.path },
        };
        self.pkg.info.selections.insert(e.id, sel);
        Operand::value(t)
    }

    /// Whether the method set of `t` has every method of an interface
    /// (pointer-receiver methods only for pointers or via embedded pointers).
    pub fn implements(&self, t: TypeId, methods: &[(String, TypeId)]) -> bool {
        let is_ptr = matches!(self.pkg.types.get(t), Type::Pointer(_));
        methods
            .iter()
            .all(|(name, sig)| match self.find_method(t, name) {
                Some(m) => {
                    m.sig == *sig
                        && (is_ptr
                            || m.indirect
                            || !m.func.is_some_and(|f| self.pointer_receiver(f)))
                }
                None => false,
            })
    }

    /// The receiver of method `f`, as (names, type), for its body.
    pub fn receiver(&mut self, f: &FuncDecl) -> Option<(Vec<Ident>, TypeId)> {
        let r = f.recv.as_ref()?;
        let t = self.typexpr(&r.ty);
        if t == INVALID {
            return None;
        }
        Some((r.names.clone(), t))
    }
}
