//! Methods: method declarations are listed under their receiver's named type, their bodies
//! are checked with the receiver in scope, and selectors find methods
//! through embedded fields (`Selection::Method`, `Selection::MethodExpr`).

use std::collections::HashSet;

use super::check::{Checker, DeclRef};
use super::expr::{Operand, INVALID};
use super::exprstring::expr_string;
use super::ty::{Signature, Type, TypeId, TypeTable};
use super::{Mode, ObjId, ObjKind, Selection};
use crate::syntax::ast::{Decl, Expr, ExprKind, FuncDecl, Ident, Span};

/// The outcome of looking a method up.
pub enum MethodFound {
    Found(MethodLookup),
    Ambiguous,
    NotFound,
}

/// A method found by a selector.
pub struct MethodLookup {
    /// None for a method of an (embedded) interface.
    pub func: Option<ObjId>,
    /// The method's signature (without receiver).
    pub sig: TypeId,
    pub path: Vec<usize>,
    pub indirect: bool,
}

/// Queues the embedded fields of struct type `typ` (reached by field
/// `path`, through a pointer when `ind`) for the next depth of a search
/// for promoted methods: (field type, path, whether a pointer is
/// dereferenced on the way).
pub(super) fn push_embedded(
    tt: &TypeTable,
    typ: TypeId,
    path: &[usize],
    ind: bool,
    next: &mut Vec<(TypeId, Vec<usize>, bool)>,
) {
    if let Type::Struct(fields) = tt.under(typ) {
        for (i, f) in fields.iter().enumerate().filter(|(_, f)| f.embedded) {
            let mut p = path.to_vec();
            p.push(i);
            match tt.get(f.ty) {
                Type::Pointer(e) => next.push((*e, p, true)),
                _ => next.push((f.ty, p, ind)),
            }
        }
    }
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
    pub fn pointer_receiver(&self, m: ObjId) -> bool {
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
        if name == "_" {
            // Blank methods need not be unique and name no field; they are
            // not in the method set (nothing can call them).
            return false;
        }
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
                let other = self
                    .field_decl(t, &name)
                    .map_or(String::new(), |(file, at)| {
                        format!("\n\t{}: other declaration of {name}", self.pos(file, at))
                    });
                self.error(
                    span,
                    format!("field and method with the same name {name}{other}"),
                );
                return false;
            }
        }
        true
    }

    /// Where field `name` of named struct type `t` is declared (file, span).
    fn field_decl(&self, t: TypeId, name: &str) -> Option<(u32, Span)> {
        let files = self.files;
        self.decls.iter().find_map(|(&o, d)| {
            let &DeclRef::Type { file, decl, spec } = d else {
                return None;
            };
            if self.obj(o).ty != t {
                return None;
            }
            let Decl::Type(specs) = &files[file].decls[decl] else {
                return None;
            };
            let ExprKind::StructType(fields) = &specs[spec].ty.kind else {
                return None;
            };
            let id = fields
                .iter()
                .flat_map(|f| &f.names)
                .find(|n| n.name == name)?;
            Some((files[file].file, id.span))
        })
    }

    /// The named type a method with receiver type `recv` (`T` or `*T`)
    /// belongs to; None, with gc's error, if `T` cannot have methods:
    /// a pointer or interface type, a type of another package (`int`), an
    /// alias of an unnamed type. Generic receivers (`T[P]`) are handled
    /// with instantiation (generic.rs) and not reported here.
    pub fn receiver_base(&mut self, recv: &Expr) -> Option<TypeId> {
        let mut base = recv.unparen();
        if let ExprKind::Star(x) = &base.kind {
            base = x.unparen();
        }
        let ExprKind::Name(n) = &base.kind else {
            match &base.kind {
                ExprKind::Star(_) => {
                    let msg = format!("invalid receiver type {}", expr_string(recv));
                    self.error(base.span, msg);
                }
                ExprKind::Selector(..) => {
                    // A qualified type name: its package is another one.
                    self.raw_expr(base, None);
                    let msg = format!(
                        "cannot define new methods on non-local type {}",
                        expr_string(base)
                    );
                    self.error(base.span, msg);
                }
                _ => {}
            }
            return None;
        };
        let o = self.lookup(n)?;
        // Methods are attached before the package's other declarations are
        // resolved (`resolve_all`): the receiver type may not be yet.
        self.resolve_obj(o);
        if !matches!(self.obj(o).kind, ObjKind::TypeName) {
            return None;
        }
        let t = self.obj(o).ty;
        let tt = &self.pkg.types;
        let local = match tt.get(t) {
            Type::Named(i) => !tt.named[*i as usize].pkg.is_empty(),
            _ => false,
        };
        let msg = if !local && tt.is_named(t) {
            format!("cannot define new methods on non-local type {n}")
        } else if !local {
            format!("invalid receiver type {n}")
        } else if matches!(tt.under(t), Type::Pointer(_) | Type::Interface(_)) {
            format!("invalid receiver type {n} (pointer or interface type)")
        } else {
            return Some(t);
        };
        self.error(base.span, msg);
        None
    }

    /// Finds method `name` of `t` (or `*t`), at the shallowest depth
    /// through embedded fields; None if absent or ambiguous.
    pub fn find_method(&self, t: TypeId, name: &str) -> Option<MethodLookup> {
        match self.lookup_method(t, name) {
            MethodFound::Found(m) => Some(m),
            MethodFound::Ambiguous | MethodFound::NotFound => None,
        }
    }

    /// Looks method `name` up in `t` (or `*t`) breadth-first through
    /// embedded fields: two methods at the shallowest depth where one is
    /// found (or one reached twice, through two embeddings) are ambiguous.
    pub fn lookup_method(&self, t: TypeId, name: &str) -> MethodFound {
        let tt = &self.pkg.types;
        let (start, ind0) = match tt.get(t) {
            Type::Pointer(e) => (*e, true),
            _ => (t, false),
        };
        let mut current = vec![(start, Vec::new(), ind0)];
        let mut seen = HashSet::new();
        while !current.is_empty() {
            let mut next = Vec::new();
            let mut found = Vec::new();
            let mut at_depth = HashSet::new();
            // A field of that name at this depth hides deeper methods (and
            // makes a method at the same depth ambiguous).
            let mut field_here = false;
            for (typ, path, ind) in current {
                if let Type::Named(i) = tt.get(typ) {
                    if seen.contains(&typ) && !at_depth.contains(&typ) {
                        continue;
                    }
                    seen.insert(typ);
                    if !at_depth.insert(typ) {
                        // The same type twice at this depth: any method
                        // it has is ambiguous.
                        if self.has_method_named(typ, name) {
                            return MethodFound::Ambiguous;
                        }
                        continue;
                    }
                    let methods = &tt.named[*i as usize].methods;
                    if let Some(&m) = methods.iter().find(|&&m| self.obj(m).name == name) {
                        found.push(MethodLookup {
                            func: Some(m),
                            sig: self.obj(m).ty,
                            path,
                            indirect: ind,
                        });
                        continue;
                    }
                }
                if let Type::Interface(ms) = tt.under(typ) {
                    if let Some((_, sig)) = ms.iter().find(|(n, _)| n == name) {
                        found.push(MethodLookup {
                            func: None,
                            sig: *sig,
                            path,
                            indirect: ind,
                        });
                    }
                    continue;
                }
                if let Type::Struct(fs) = tt.under(typ) {
                    field_here |= fs.iter().any(|f| f.name == name);
                }
                push_embedded(tt, typ, &path, ind, &mut next);
            }
            match found.len() {
                _ if field_here && !found.is_empty() => return MethodFound::Ambiguous,
                0 if field_here => return MethodFound::NotFound,
                0 => current = next,
                1 => return MethodFound::Found(found.remove(0)),
                _ => return MethodFound::Ambiguous,
            }
        }
        MethodFound::NotFound
    }

    /// Whether named type `t` declares method `name`, or its underlying
    /// interface has it.
    fn has_method_named(&self, t: TypeId, name: &str) -> bool {
        let tt = &self.pkg.types;
        let declared = match tt.get(t) {
            Type::Named(i) => tt.named[*i as usize]
                .methods
                .iter()
                .any(|&m| self.obj(m).name == name),
            _ => false,
        };
        declared || matches!(tt.under(t), Type::Interface(ms) if ms.iter().any(|(n, _)| n == name))
    }

    /// The names of the methods of `t` (or `*t`) and of those promoted
    /// into it, for near-miss hints.
    pub fn method_names(&self, t: TypeId) -> Vec<String> {
        let tt = &self.pkg.types;
        let mut names = Vec::new();
        let mut seen = HashSet::new();
        let mut todo = vec![match tt.get(t) {
            Type::Pointer(e) => *e,
            _ => t,
        }];
        while let Some(typ) = todo.pop() {
            if !seen.insert(typ) {
                continue;
            }
            if let Type::Named(i) = tt.get(typ) {
                let ms = &tt.named[*i as usize].methods;
                names.extend(ms.iter().map(|&m| self.obj(m).name.clone()));
            }
            match tt.under(typ) {
                Type::Interface(ms) => names.extend(ms.iter().map(|(n, _)| n.clone())),
                Type::Struct(fields) => todo.extend(fields.iter().filter(|f| f.embedded).map(
                    |f| match tt.get(f.ty) {
                        Type::Pointer(e) => *e,
                        _ => f.ty,
                    },
                )),
                _ => {}
            }
        }
        names
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
            let is_ptr = matches!(self.pkg.types.get(recv), Type::Pointer(_));
            if self.pointer_receiver(func) && !is_ptr && !m.indirect {
                if let ExprKind::Selector(x, sel) = &e.kind {
                    let msg = format!(
                        "invalid method expression {}.{} (needs pointer receiver (*{}).{})",
                        expr_string(x),
                        sel.name,
                        self.type_str(recv),
                        sel.name
                    );
                    self.error(sel.span, msg);
                    return Operand::invalid();
                }
            }
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
