//! Generic methods (Go 1.27): a method of a non-generic named type with its
//! own type parameters, `func (r *Rand) N[Int intType](n Int) Int`.
//!
//! A generic method is not in its type's method set (it never satisfies an
//! interface method and is not in the type's method table); it is listed in
//! `Checker::generic_methods` under (receiver base type, name). A call
//! `x.N(args)` or `x.N[A](args)` infers the missing type arguments like a
//! generic function call and makes an instance: a method object `N[A]`
//! whose declaration is a copy of the generic one (`generic.rs`), recorded
//! as `Selection::Method` of the selector, so lowering calls it as it calls
//! any method. The instance is listed in its type's `generic_methods`
//! (`NamedType`), which gives lowering its receiver.
//!
//! Supported: calls through a value or pointer of the receiver's type or of
//! a struct embedding it (promoted). A generic method selected other than as
//! a callee (a method value) and generic methods of generic types are
//! reported as unsupported.

use super::check::Checker;
use super::expr::{Operand, INVALID};
use super::ty::{Type, TypeId};
use super::{Mode, ObjId, Selection};
use crate::syntax::ast::{self, Expr, ExprKind, Ident, NodeId, Span};

/// A selector `x.N` that named a generic method, waiting for its call.
pub(crate) struct GenericSel {
    /// The selector expression's id.
    sel: NodeId,
    /// The generic method's declaration object.
    generic: ObjId,
    /// The receiver's base (named) type.
    base: TypeId,
    /// The embedded fields leading to the method's receiver.
    path: Vec<usize>,
    /// A pointer is dereferenced on the way to the receiver.
    indirect: bool,
}

impl Checker<'_> {
    /// Lists generic method `m` (declared by `f`) under its receiver type.
    pub fn attach_generic_method(&mut self, m: ObjId, f: &ast::FuncDecl) {
        let Some(recv) = &f.recv else { return };
        if super::generic::is_generic_receiver(&recv.ty) {
            self.unsupported(f.name.span, "generic methods of generic types");
            return;
        }
        let Some(t) = self.receiver_base(&recv.ty) else {
            return;
        };
        if !self.check_method_name(t, m) {
            return;
        }
        let key = (t, f.name.name.clone());
        if let Some(&prev) = self.generic_methods.get(&key) {
            let at = self.pos(self.obj(prev).file, self.obj(prev).span);
            let tname = self.type_str(t);
            let msg = format!("method {tname}.{} already declared at {at}", f.name.name);
            self.error(f.name.span, msg);
            return;
        }
        self.generic_methods.insert(key, m);
    }

    /// Generic method `name` of `t`, or promoted into it through embedded
    /// fields (the shallowest): (method, receiver base type, field path,
    /// whether a pointer is dereferenced on the way).
    fn find_generic_method(
        &self,
        t: TypeId,
        name: &str,
    ) -> Option<(ObjId, TypeId, Vec<usize>, bool)> {
        let tt = &self.pkg.types;
        let (start, ind0) = match tt.get(t) {
            Type::Pointer(e) => (*e, true),
            _ => (t, false),
        };
        let mut current = vec![(start, Vec::new(), ind0)];
        let mut seen = std::collections::HashSet::new();
        while !current.is_empty() {
            let mut next = Vec::new();
            for (typ, path, ind) in current {
                if !seen.insert(typ) {
                    continue;
                }
                if let Some(&g) = self.generic_methods.get(&(typ, name.to_string())) {
                    return Some((g, typ, path, ind));
                }
                super::methods::push_embedded(tt, typ, &path, ind, &mut next);
            }
            current = next;
        }
        None
    }

    /// `V[T any](T) T`: generic method `name` of `v` (or `*v`) as gc's
    /// have lines spell it; None if it has none.
    pub fn generic_method_string(&self, v: TypeId, name: &str) -> Option<String> {
        let base = match self.pkg.types.get(v) {
            Type::Pointer(b) => *b,
            _ => v,
        };
        let g = *self.generic_methods.get(&(base, name.to_string()))?;
        let sig = self
            .func_decl(g)
            .and_then(|fd| self.signature_spelling(&fd.ty, false))?;
        Some(format!("{}{sig}", self.generic_decl_string(g)))
    }

    /// The selector of a call's callee that may name a generic method:
    /// `x.N` in `x.N(...)` or `x.N[A](...)`.
    pub fn generic_method_callee(fun: &Expr) -> Option<NodeId> {
        let f = match &fun.unparen().kind {
            ExprKind::Index(x, _) => x.unparen(),
            _ => fun.unparen(),
        };
        matches!(f.kind, ExprKind::Selector(..)).then_some(f.id)
    }

    /// `x.N` where `N` is a generic method of `x`'s type: remembered for the
    /// enclosing call (`gm_pending`). None if `N` is not one.
    pub fn generic_method_sel(&mut self, e: &Expr, x: &Operand, sel: &Ident) -> Option<Operand> {
        let (g, base, path, indirect) = self.find_generic_method(x.ty, &sel.name)?;
        if self.gm_callee != Some(e.id) {
            self.unsupported(e.span, "generic method values");
            return Some(Operand::invalid());
        }
        if self.foreign_unexported(g) {
            let msg = format!(
                "{} undefined (cannot refer to unexported method {})",
                super::exprstring::expr_string(e),
                sel.name
            );
            self.error(sel.span, msg);
            return Some(Operand::invalid());
        }
        if self.pointer_receiver(g) && !indirect && x.mode != Mode::Variable {
            let (name, t) = (sel.name.clone(), self.type_str(x.ty));
            self.error(
                sel.span,
                format!("cannot call pointer method {name} on {t}"),
            );
            return Some(Operand::invalid());
        }
        self.gm_pending = Some(GenericSel {
            sel: e.id,
            generic: g,
            base,
            path,
            indirect,
        });
        Some(Operand::invalid())
    }

    /// The call `e` of the generic method selected by `p`: infers the
    /// missing type arguments, instantiates and checks the arguments.
    pub fn generic_method_call(
        &mut self,
        e: &Expr,
        fun: &Expr,
        p: GenericSel,
        args: &[Expr],
        ellipsis: Option<Span>,
    ) -> Operand {
        let g = p.generic;
        self.add_dep(g);
        let explicit: &[Expr] = match &fun.unparen().kind {
            ExprKind::Index(_, idx) => idx,
            _ => &[],
        };
        let Some((gfile, tps)) = self.tparams_of(g) else {
            return Operand::invalid();
        };
        let name = self.obj(g).name.clone();
        let callee = match &fun.unparen().kind {
            ExprKind::Index(x, _) => super::exprstring::expr_string(x),
            _ => super::exprstring::expr_string(fun),
        };
        let targs: Vec<TypeId> = explicit.iter().map(|i| self.typexpr(i)).collect();
        let ops = self.arg_operands(args, ellipsis);
        if targs.contains(&INVALID) {
            return Operand::invalid();
        }
        if targs.len() > tps.len() {
            self.type_arg_count_error(fun, explicit, &name, targs.len(), tps.len());
            return Operand::invalid();
        }
        let Some((ops, spread)) = ops else {
            return Operand::invalid();
        };
        if self.generic_count_error(e, g, gfile, &tps, &ops, spread, ellipsis) {
            return Operand::invalid();
        }
        let mut spans: Vec<Span> = explicit.iter().map(|i| i.span).collect();
        let Some(targs) = self.infer(e, g, gfile, &tps, targs, &ops, ellipsis, &mut spans) else {
            return Operand::invalid();
        };
        let Some(inst) = self.instantiate_method(g, p.base, &targs, &spans) else {
            return Operand::invalid();
        };
        self.pkg.info.selections.insert(
            p.sel,
            Selection::Method {
                func: inst,
                path: p.path,
                indirect: p.indirect,
            },
        );
        let sig_ty = self.obj(inst).ty;
        let mut x = fun;
        loop {
            self.record(x, &Operand::value(sig_ty));
            match &x.kind {
                ExprKind::Paren(inner) | ExprKind::Index(inner, _) => x = inner,
                _ => break,
            }
        }
        let Type::Func(sig) = self.pkg.types.get(sig_ty).clone() else {
            return Operand::invalid();
        };
        let mut ops = ops;
        self.arguments_with(e, &callee, &sig, &mut ops, spread, ellipsis);
        self.call_result(&sig)
    }

    /// The method object `g[targs]` of base type `base`, made (and its body
    /// queued) on first use.
    fn instantiate_method(
        &mut self,
        g: ObjId,
        base: TypeId,
        targs: &[TypeId],
        spans: &[Span],
    ) -> Option<ObjId> {
        if let Some(o) = self.generics.instance_of(g, targs) {
            return Some(o);
        }
        let (file, copy, bindings) = self.instance_decl(g, targs, spans)?;
        let crecv = copy.recv.clone()?;
        let (sig, recv_t) = self.with_bindings(file, &bindings, |c| {
            (c.signature(&copy.ty), c.typexpr(&crecv.ty))
        });
        let inst = self.new_instance_obj(g, targs, file, sig, copy.name.span);
        if let Type::Named(i) = self.pkg.types.get(base) {
            let i = *i as usize;
            self.pkg.types.named[i].generic_methods.push(inst);
        }
        self.queue_instance(
            g,
            targs,
            inst,
            file,
            copy,
            bindings,
            Some((crecv.names, recv_t)),
        );
        Some(inst)
    }
}
