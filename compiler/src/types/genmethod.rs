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
//! A generic method of a generic type (`func (l *List[E]) Map[U any]`) is
//! listed in `Checker::generic_type_methods` under (generic type, name) and
//! found through the instance's type arguments (`Generics::inst_of`); its
//! instances are keyed by the receiver's and the method's type arguments,
//! and the receiver's parameters are bound while inferring, checking
//! constraints (which may name them) and typing the instance.
//!
//! Uses: calls through a value or pointer of the receiver's type or of a
//! struct embedding it (promoted); method values `x.N[A]` and method
//! expressions `T.N[A]`, `(*T).N[A]` (`Selection::Method`/`MethodExpr` of
//! the instance, lowered as any method's); a selector without type
//! arguments outside a call infers them from the function type it is
//! assigned to (`hint`), as types2's reverse inference does. Files below
//! go1.27 get gc's `generic method requires go1.27 or later`.

use super::check::Checker;
use super::expr::{Operand, INVALID};
use super::ty::{Signature, Type, TypeId};
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
    /// For a method expression `T.N`: `T` (or `*T`), the first parameter.
    expr_recv: Option<TypeId>,
    /// The type arguments of the receiver's generic type (for a generic
    /// method of a generic type).
    recv_targs: Vec<TypeId>,
}

/// A generic method found by name: (method, receiver base type, embedded
/// field path, whether a pointer is dereferenced on the way, the type
/// arguments of the receiver's generic type).
type Found = (ObjId, TypeId, Vec<usize>, bool, Vec<TypeId>);

/// The name of a generic receiver's type: `G` of `*G[E]`.
fn receiver_type_name(t: &Expr) -> Option<&str> {
    match &t.kind {
        ExprKind::Star(x) | ExprKind::Paren(x) | ExprKind::Index(x, _) => receiver_type_name(x),
        ExprKind::Name(n) => Some(n),
        _ => None,
    }
}

impl Checker<'_> {
    /// Lists generic method `m` (declared by `f`) under its receiver type.
    pub fn attach_generic_method(&mut self, m: ObjId, f: &ast::FuncDecl) {
        let Some(recv) = &f.recv else { return };
        if let Some(tp) = f.tparams.first().and_then(|p| p.names.first()) {
            self.verify_version(tp.span, 27, "generic method");
        }
        if super::generic::is_generic_receiver(&recv.ty) {
            let Some(gt) = receiver_type_name(&recv.ty).and_then(|n| self.lookup(n)) else {
                return;
            };
            let key = (gt, f.name.name.clone());
            if self.generic_type_methods.contains_key(&key) {
                let tname = self.obj(gt).name.clone();
                let msg = format!("method {tname}.{} already declared", f.name.name);
                self.error(f.name.span, msg);
                return;
            }
            self.generic_type_methods.insert(key, m);
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
    fn find_generic_method(&self, t: TypeId, name: &str) -> Option<Found> {
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
                    return Some((g, typ, path, ind, Vec::new()));
                }
                if let Some((gt, targs)) = self.generics.inst_of.get(&typ) {
                    if let Some(&g) = self.generic_type_methods.get(&(*gt, name.to_string())) {
                        return Some((g, typ, path, ind, targs.clone()));
                    }
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
    /// enclosing call or instantiation (`gm_pending`), or else a method
    /// value whose type arguments are inferred from the type `hint` it is
    /// assigned to. None if `N` is not one.
    pub fn generic_method_sel(
        &mut self,
        e: &Expr,
        x: &Operand,
        sel: &Ident,
        hint: Option<TypeId>,
    ) -> Option<Operand> {
        let (g, base, path, indirect, recv_targs) = self.find_generic_method(x.ty, &sel.name)?;
        if self.foreign_unexported(g) {
            return Some(self.unexported_generic(e, sel));
        }
        if self.pointer_receiver(g) && !indirect && x.mode != Mode::Variable {
            let (name, t) = (sel.name.clone(), self.type_str(x.ty));
            self.error(
                sel.span,
                format!("cannot call pointer method {name} on {t}"),
            );
            return Some(Operand::invalid());
        }
        let p = GenericSel {
            sel: e.id,
            generic: g,
            base,
            path,
            indirect,
            expr_recv: None,
            recv_targs,
        };
        Some(self.generic_sel_use(e, p, hint))
    }

    /// `T.N` or `(*T).N` where `N` is a generic method of `T`: a method
    /// expression, remembered for the enclosing call or instantiation, or
    /// inferred from `hint`. None if `N` is not one.
    pub fn generic_method_expr_sel(
        &mut self,
        e: &Expr,
        recv: TypeId,
        sel: &Ident,
        hint: Option<TypeId>,
    ) -> Option<Operand> {
        let (g, base, path, indirect, recv_targs) = self.find_generic_method(recv, &sel.name)?;
        if self.foreign_unexported(g) {
            return Some(self.unexported_generic(e, sel));
        }
        let is_ptr = matches!(self.pkg.types.get(recv), Type::Pointer(_));
        if self.pointer_receiver(g) && !is_ptr && !indirect {
            if let ExprKind::Selector(x, _) = &e.kind {
                let t = self.type_str(recv);
                let msg = format!(
                    "invalid method expression {}.{} (needs pointer receiver (*{t}).{})",
                    super::exprstring::expr_string(x),
                    sel.name,
                    sel.name
                );
                self.error(sel.span, msg);
            }
            return Some(Operand::invalid());
        }
        let p = GenericSel {
            sel: e.id,
            generic: g,
            base,
            path,
            indirect,
            expr_recv: Some(recv),
            recv_targs,
        };
        Some(self.generic_sel_use(e, p, hint))
    }

    /// `x.n` naming another package's unexported generic method.
    fn unexported_generic(&mut self, e: &Expr, sel: &Ident) -> Operand {
        let msg = format!(
            "{} undefined (cannot refer to unexported method {})",
            super::exprstring::expr_string(e),
            sel.name
        );
        self.error(sel.span, msg);
        Operand::invalid()
    }

    /// A selected generic method: left for the call or instantiation whose
    /// operand it is (`gm_callee`), else a value inferred from `hint`.
    fn generic_sel_use(&mut self, e: &Expr, p: GenericSel, hint: Option<TypeId>) -> Operand {
        if self.gm_callee == Some(e.id) {
            self.gm_pending = Some(p);
            return Operand::invalid();
        }
        if hint.is_none() && self.generic_arg == Some(e.id) {
            // An argument of a generic callee: inferred after it.
            self.deferred_args.insert(e.id);
            return Operand::invalid();
        }
        self.generic_method_value(e, e, p, &[], hint)
    }

    /// The selector `xe` of index expression `xe[...]` outside a call,
    /// which may name a generic method to instantiate: its id, to be set
    /// as `gm_callee` while `xe` is checked.
    pub fn generic_method_operand(&self, xe: &Expr) -> Option<NodeId> {
        let sel = xe.unparen();
        let is_sel = matches!(sel.kind, ExprKind::Selector(..));
        (is_sel && self.gm_callee != Some(sel.id)).then_some(sel.id)
    }

    /// `x.N[A]` outside a call, `x.N` having selected the generic method
    /// `p`: an instantiated method value or expression.
    pub fn generic_method_index(
        &mut self,
        e: &Expr,
        xe: &Expr,
        p: GenericSel,
        idx: &[Expr],
        hint: Option<TypeId>,
    ) -> Operand {
        let at = Span::new(xe.span.hi, xe.span.hi + 1);
        self.verify_version(at, 18, "function instantiation");
        self.generic_method_value(e, xe, p, idx, hint)
    }

    /// The generic method selected by `p` as a value (`x.N`, `T.N`) with
    /// type arguments `explicit` (of index expression `e`; else `e` is the
    /// selector `xe`), the missing ones inferred from the function type
    /// `hint` the value is assigned to.
    fn generic_method_value(
        &mut self,
        e: &Expr,
        xe: &Expr,
        p: GenericSel,
        explicit: &[Expr],
        hint: Option<TypeId>,
    ) -> Operand {
        let g = p.generic;
        self.add_dep(g);
        let Some((gfile, tps)) = self.tparams_of(g) else {
            return Operand::invalid();
        };
        let name = self.obj(g).name.clone();
        let targs: Vec<TypeId> = explicit.iter().map(|i| self.typexpr(i)).collect();
        if targs.contains(&INVALID) {
            return Operand::invalid();
        }
        if targs.len() > tps.len() {
            self.type_arg_count_error(e, explicit, &name, targs.len(), tps.len());
            return Operand::invalid();
        }
        let mut spans: Vec<Span> = explicit.iter().map(|i| i.span).collect();
        let outer = self.enter_receiver(g, &p);
        let targs = if targs.len() < tps.len() {
            match self.infer_from_target(xe, g, gfile, &tps, targs, &p, hint, !explicit.is_empty())
            {
                Some(t) => t,
                None => {
                    self.generics.recv_bindings = outer;
                    return Operand::invalid();
                }
            }
        } else {
            targs
        };
        let at = match (&xe.unparen().kind, explicit.is_empty()) {
            (ExprKind::Selector(_, sel), true) => Span::new(sel.span.lo - 1, sel.span.lo),
            _ => Span::new(xe.span.hi, xe.span.hi + 1),
        };
        spans.resize(tps.len(), at);
        let Some(sig_ty) = self.select_instance(g, &p, &targs, &spans, outer, xe, false) else {
            return Operand::invalid();
        };
        Operand::value(sig_ty)
    }

    /// Instantiates generic method `g` for `targs` with the receiver's
    /// bindings in force, restores the enclosing `outer` bindings, records
    /// the selection and gives `x` (and the parentheses, and with
    /// `through_index` the index expressions, it is wrapped in) the
    /// instance's type; `None` when instantiation failed.
    #[allow(clippy::too_many_arguments)]
    fn select_instance(
        &mut self,
        g: ObjId,
        p: &GenericSel,
        targs: &[TypeId],
        spans: &[Span],
        outer: Vec<(String, TypeId)>,
        mut x: &Expr,
        through_index: bool,
    ) -> Option<TypeId> {
        let inst = self.instantiate_method(g, p, targs, spans);
        self.generics.recv_bindings = outer;
        let (sig_ty, selection) = self.generic_selection(inst?, p);
        self.pkg.info.selections.insert(p.sel, selection);
        loop {
            self.record(x, &Operand::value(sig_ty));
            match &x.kind {
                ExprKind::Paren(inner) => x = inner,
                ExprKind::Index(inner, _) if through_index => x = inner,
                _ => break,
            }
        }
        Some(sig_ty)
    }

    /// The type and selection of instance `inst` selected by `p`: its
    /// signature for a method value, with the receiver first for a method
    /// expression.
    fn generic_selection(&mut self, inst: ObjId, p: &GenericSel) -> (TypeId, Selection) {
        let sig_ty = self.obj(inst).ty;
        let Some(recv) = p.expr_recv else {
            let sel = Selection::Method {
                func: inst,
                path: p.path.clone(),
                indirect: p.indirect,
            };
            return (sig_ty, sel);
        };
        let Type::Func(sig) = self.pkg.types.get(sig_ty).clone() else {
            return (INVALID, Selection::MethodExpr { func: inst });
        };
        let mut params = vec![recv];
        params.extend(sig.params);
        let t = self.pkg.types.intern(Type::Func(Signature {
            params,
            results: sig.results,
            variadic: sig.variadic,
        }));
        (t, Selection::MethodExpr { func: inst })
    }

    /// Infers the type arguments of generic method `g` missing from
    /// `explicit` from the function type `hint` its value is assigned to
    /// (types2's reverse inference); reports what gc reports when that is
    /// impossible.
    #[allow(clippy::too_many_arguments)]
    fn infer_from_target(
        &mut self,
        xe: &Expr,
        g: ObjId,
        gfile: usize,
        tps: &super::generic::TParams,
        explicit: Vec<TypeId>,
        p: &GenericSel,
        hint: Option<TypeId>,
        indexed: bool,
    ) -> Option<Vec<TypeId>> {
        let names: Vec<String> = tps.iter().map(|(n, _)| n.name.clone()).collect();
        let mut bind: Vec<Option<TypeId>> =
            (0..names.len()).map(|i| explicit.get(i).copied()).collect();
        let target = hint.and_then(|h| match self.pkg.types.under(h) {
            Type::Func(sig) => Some(sig.clone()),
            _ => None,
        });
        let dot = match &xe.unparen().kind {
            ExprKind::Selector(_, sel) => Span::new(sel.span.lo - 1, sel.span.lo),
            _ => xe.span,
        };
        let Some(target) = target else {
            if indexed {
                let (id, _) = &tps[explicit.len()];
                let at = self.pos(self.files[gfile].file, id.span);
                let lbrack = Span::new(xe.span.hi, xe.span.hi + 1);
                self.error(
                    lbrack,
                    format!("cannot infer {} (declared at {at})", id.name),
                );
            } else {
                let msg = format!(
                    "cannot use generic function {} without instantiation",
                    super::exprstring::expr_string(xe)
                );
                self.error(xe.span, msg);
            }
            return None;
        };
        let ft = self.func_decl(g)?.ty.clone();
        let skip = usize::from(p.expr_recv.is_some());
        let nparams: usize = ft.params.iter().map(|f| f.names.len().max(1)).sum();
        let nresults: usize = ft.results.iter().map(|f| f.names.len().max(1)).sum();
        if target.params.len() == nparams + skip && target.results.len() == nresults {
            let scopes = std::mem::take(&mut self.scopes);
            let at = std::mem::replace(&mut self.file_idx, gfile);
            self.unify_signature(
                &ft,
                &target.params[skip..],
                &target.results,
                &names,
                &mut bind,
            );
            self.core_inference(gfile, tps, &names, &mut bind);
            self.file_idx = at;
            self.scopes = scopes;
        }
        if let Some(i) = bind.iter().position(Option::is_none) {
            let at = if indexed {
                Span::new(xe.span.hi, xe.span.hi + 1)
            } else {
                dot
            };
            let (id, _) = &tps[i];
            let decl = self.pos(self.files[gfile].file, id.span);
            let what = format!("cannot infer {} (declared at {decl})", id.name);
            let msg = if target.params.len() == nparams + skip && target.results.len() == nresults {
                what
            } else {
                let sig = self
                    .signature_spelling(&ft, true)
                    .unwrap_or_else(|| "(...)".into());
                let tstr = self.type_str(hint.unwrap_or(INVALID));
                format!(
                    "type {tstr} does not match func{sig} (cannot infer {})",
                    id.name
                )
            };
            self.error(at, msg);
            return None;
        }
        Some(bind.into_iter().flatten().collect())
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
        let callee = super::exprstring::expr_string(fun);
        match explicit.is_empty() {
            true => {
                let at = Span::new(e.span.lo, e.span.lo + 1);
                self.verify_version(at, 18, "implicit function instantiation")
            }
            false => {
                let at = Span::new(fun.span.lo, fun.span.lo + 1);
                self.verify_version(at, 18, "function instantiation")
            }
        };
        let targs: Vec<TypeId> = explicit.iter().map(|i| self.typexpr(i)).collect();
        let ops = self.arg_operands(args, ellipsis, None);
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
        let mut spans: Vec<Span> = explicit.iter().map(|i| i.span).collect();
        let outer = self.enter_receiver(g, &p);
        // With every type argument explicit, the arguments are checked
        // against the instance (gc's `want` lists the type arguments).
        let targs = if targs.len() < tps.len() {
            let recv = p.expr_recv;
            if self.generic_count_error(e, g, gfile, &tps, &ops, spread, ellipsis, recv) {
                return Operand::invalid();
            }
            // A method expression's first argument is the receiver.
            let skip = usize::from(recv.is_some()).min(ops.len());
            match self.infer(e, g, gfile, &tps, targs, &ops[skip..], ellipsis, &mut spans) {
                Some(t) => t,
                None => {
                    self.generics.recv_bindings = outer;
                    return Operand::invalid();
                }
            }
        } else {
            targs
        };
        let Some(sig_ty) = self.select_instance(g, &p, &targs, &spans, outer, fun, true) else {
            return Operand::invalid();
        };
        let Type::Func(sig) = self.pkg.types.get(sig_ty).clone() else {
            return Operand::invalid();
        };
        let mut ops = ops;
        self.arguments_with(e, &callee, &sig, &mut ops, spread, ellipsis);
        self.call_result(&sig)
    }

    /// Binds the receiver's type parameters of generic method `g` of a
    /// generic type to the type arguments of the receiver selected by `p`
    /// (`Generics::recv_bindings`); returns the bindings to restore.
    fn enter_receiver(&mut self, g: ObjId, p: &GenericSel) -> Vec<(String, TypeId)> {
        let names = match self.func_decl(g).and_then(|f| f.recv.as_ref()) {
            Some(r) if !p.recv_targs.is_empty() => receiver_type_name(&r.ty)
                .and_then(|n| super::generic::generic_receiver_params(&r.ty, n))
                .unwrap_or_default(),
            _ => Vec::new(),
        };
        let bindings = names
            .into_iter()
            .zip(p.recv_targs.iter().copied())
            .collect();
        std::mem::replace(&mut self.generics.recv_bindings, bindings)
    }

    /// The method object `g[targs]` of the receiver type selected by `p`,
    /// made (and its body queued) on first use.
    fn instantiate_method(
        &mut self,
        g: ObjId,
        p: &GenericSel,
        targs: &[TypeId],
        spans: &[Span],
    ) -> Option<ObjId> {
        // Instances of a generic type's method differ by the receiver's
        // type arguments too.
        let key: Vec<TypeId> = p.recv_targs.iter().chain(targs).copied().collect();
        if let Some(o) = self.generics.instance_of(g, &key) {
            return Some(o);
        }
        let (file, copy, mut bindings) = self.instance_decl(g, targs, spans)?;
        let crecv = copy.recv.clone()?;
        if !p.recv_targs.is_empty() {
            let gname = receiver_type_name(&crecv.ty)?.to_string();
            let names = super::generic::generic_receiver_params(&crecv.ty, &gname)?;
            let recv_bindings = names.into_iter().zip(p.recv_targs.iter().copied());
            bindings.splice(0..0, recv_bindings);
        }
        let (sig, recv_t) = self.with_bindings(file, &bindings, |c| {
            (c.signature(&copy.ty), c.typexpr(&crecv.ty))
        });
        let inst = self.new_instance_obj(g, targs, file, sig, copy.name.span);
        if let Type::Named(i) = self.pkg.types.get(p.base) {
            let i = *i as usize;
            self.pkg.types.named[i].generic_methods.push(inst);
        }
        self.queue_instance(
            g,
            &key,
            inst,
            file,
            copy,
            bindings,
            Some((crecv.names, recv_t)),
        );
        Some(inst)
    }
}
