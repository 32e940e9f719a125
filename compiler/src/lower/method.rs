//! Methods: declarations and direct calls.
//!
//! A method is compiled as a function whose first parameter is its receiver
//! (`main.T.M` for a value receiver, `main.(*T).M` for a pointer receiver, as
//! gc names them). A call `x.M(args)` walks the checker's selection path
//! through embedded fields (dereferencing embedded pointers, with nil
//! checks), then takes the address (`&x` for pointer receivers on
//! addressable values) or loads the value (`*p` for value receivers reached
//! through pointers), and calls the method directly.
//!
//! Method values `x.M` are funcvals (funcval.rs: `{fn, captured...}`, the
//! context as hidden first argument) capturing the receiver evaluated at
//! that point: `{main.T.M-fm, recv}`, where the wrapper `-fm` loads the
//! receiver from its context and tail-calls the method. Method expressions
//! `T.M` / `(*T).M` whose receiver matches the declaration are the
//! method's static funcval (and a call `T.M(x, args)` calls the method);
//! for a promoted method, the static funcval of its wrapper (promoted.rs).
//! Instances of generic methods (`x.N[A]`, `T.N[A]`: index expressions
//! over a selector of the instance) are in no method set, so their
//! promoted method expressions build the wrapper from the embedded path
//! directly; gc's `(*T).N[A]` of a value method dereferences a nil pointer
//! as a memory fault, not with panicwrap's message.

use super::func::{Fx, V};
use super::funcval::Tail;
use super::ModCx;
use crate::syntax::ast::Expr;
use crate::types::ty::{Type, TypeTable};
use crate::types::{Mode, ObjId, Selection, TypeId};

/// The receiver of a method declaration.
#[derive(Clone, Copy, Debug)]
pub struct Recv {
    /// The named type the method belongs to.
    pub base: TypeId,
    /// `func (*T) M()`.
    pub ptr: bool,
    /// The receiver parameter's type (`T` or `*T`).
    pub ty: TypeId,
}

impl Recv {
    /// The package and name of the receiver's base type.
    fn base_name<'t>(&self, tt: &'t TypeTable) -> (&'t str, &'t str) {
        match tt.get(self.base) {
            Type::Named(i) => {
                let n = &tt.named[*i as usize];
                (n.pkg.as_str(), n.name.as_str())
            }
            _ => ("main", "?"),
        }
    }

    /// gc's symbol: `main.T.M` or `main.(*T).M`.
    pub fn symbol(&self, tt: &TypeTable, method: &str) -> String {
        let (pkg, name) = self.base_name(tt);
        if self.ptr {
            format!("{pkg}.(*{name}).{method}")
        } else {
            format!("{pkg}.{name}.{method}")
        }
    }
}

impl ModCx<'_> {
    /// The receiver of method `m` (None for plain functions).
    pub fn method_recv(&self, m: ObjId) -> Option<Recv> {
        let tt = self.tt();
        let i = tt
            .named
            .iter()
            .position(|n| n.methods.contains(&m) || n.generic_methods.contains(&m))?;
        let base = tt.lookup(&Type::Named(i as u32))?;
        let f = self.pkg.funcs.iter().find(|f| f.obj == m)?;
        let crate::syntax::ast::Decl::Func(d) = &self.files[f.file].decls[f.decl] else {
            return None;
        };
        let ptr = matches!(
            d.recv.as_ref()?.ty.kind,
            crate::syntax::ast::ExprKind::Star(_)
        );
        let ty = if ptr {
            tt.lookup(&Type::Pointer(base))?
        } else {
            base
        };
        Some(Recv { base, ptr, ty })
    }
}

/// Where the receiver walk stands: a value, or a pointer to the value.
enum Cur {
    Val(V, TypeId),
    Ptr(cranelift_codegen::ir::Value, TypeId),
}

impl Fx<'_, '_, '_> {
    /// The receiver argument for `x.M` with the given selection path.
    pub fn method_receiver(&mut self, x: &Expr, path: &[usize], recv: Recv) -> V {
        let cur = self.walk_receiver(x, path, recv.ptr);
        match cur {
            Cur::Ptr(p, _) if recv.ptr => V::one(p),
            Cur::Ptr(p, t) => {
                self.nil_check(p);
                self.load(t, p, 0)
            }
            Cur::Val(v, t) if recv.ptr => {
                // Not addressable: the checker allows this only through
                // embedded pointers, so it does not happen; stay safe.
                let a = self.temp(t);
                self.store(t, &v, a, 0);
                V::one(a)
            }
            Cur::Val(v, _) => v,
        }
    }

    /// The value of the embedded field at the end of `path` in `x` (for
    /// methods of an embedded interface).
    pub fn embedded_value(&mut self, x: &Expr, path: &[usize]) -> V {
        match self.walk_receiver(x, path, false) {
            Cur::Ptr(p, t) => {
                self.nil_check(p);
                self.load(t, p, 0)
            }
            Cur::Val(v, _) => v,
        }
    }

    /// Evaluates `x` and follows the embedded fields of `path`, keeping an
    /// address where there is one (always when `ptr`: the method takes the
    /// receiver's address).
    fn walk_receiver(&mut self, x: &Expr, path: &[usize], ptr: bool) -> Cur {
        let xt = self.type_of(x);
        let mut cur = match self.tt.get(xt) {
            Type::Pointer(e) => Cur::Ptr(self.expr(x).s0(), *e),
            _ if ptr && path.is_empty() || self.mode_of(x) == Some(&Mode::Variable) => {
                Cur::Ptr(self.addr_of(x), xt)
            }
            _ => {
                let v = self.expr(x);
                Cur::Val(v, xt)
            }
        };
        for &i in path {
            cur = self.embedded_step(cur, i);
        }
        cur
    }

    fn embedded_step(&mut self, cur: Cur, i: usize) -> Cur {
        let st = match &cur {
            Cur::Val(_, t) | Cur::Ptr(_, t) => *t,
        };
        let Type::Struct(fields) = self.under(st) else {
            return cur;
        };
        let ft = fields[i].ty;
        let fptr = match self.tt.get(ft) {
            Type::Pointer(e) => Some(*e),
            _ => None,
        };
        match cur {
            Cur::Ptr(p, _) => {
                self.nil_check(p);
                let off = self.tt.field_offsets(st)[i] as i64;
                let q = self.ins_iadd_imm(p, off);
                match fptr {
                    Some(e) => {
                        let v = self.load(ft, q, 0).s0();
                        Cur::Ptr(v, e)
                    }
                    None => Cur::Ptr(q, ft),
                }
            }
            Cur::Val(v, _) => {
                let fv = self.field_value(&v, st, i);
                match fptr {
                    Some(e) => Cur::Ptr(fv.s0(), e),
                    None => Cur::Val(fv, ft),
                }
            }
        }
    }

    fn ins_iadd_imm(
        &mut self,
        p: cranelift_codegen::ir::Value,
        off: i64,
    ) -> cranelift_codegen::ir::Value {
        use cranelift_codegen::ir::InstBuilder;
        if off == 0 {
            return p;
        }
        self.b.ins().iadd_imm_s(p, off)
    }

    /// `x.M(args)` for a method declared in this package: a direct call.
    pub fn method_call(&mut self, f: &Expr, args: &[Expr], spread: bool) -> Option<Vec<V>> {
        // `x.N[A](args)`: an instance of a generic method.
        let f = match &f.kind {
            crate::syntax::ast::ExprKind::Index(x, _) => x.unparen(),
            _ => f,
        };
        let crate::syntax::ast::ExprKind::Selector(x, _) = &f.kind else {
            return None;
        };
        let Some(Selection::Method { func, path, .. }) = self.m.pkg.info.selections.get(&f.id)
        else {
            return None;
        };
        let (func, path) = (*func, path.clone());
        let recv = self.m.method_recv(func)?;
        let callee = self.m.funcs.get(&func).cloned()?;
        let rv = self.method_receiver(x, &path, recv);
        let rv = self.stabilize(recv.ty, rv);
        let mut sig = callee.sig.clone();
        sig.params.remove(0);
        let mut argv = vec![rv];
        argv.extend(self.call_args(&sig, args, spread));
        Some(self.emit_call(callee.id, &callee.sig, argv))
    }
}

impl ModCx<'_> {
    /// gc's `main.(*T).M` wrapper of a value method: takes `*T`, loads the
    /// value and tail-calls `main.T.M`; a nil pointer raises gc's
    /// `panicwrap` error.
    pub fn ptr_wrapper(&mut self, m: ObjId, recv: Recv) -> Option<cranelift_module::FuncId> {
        use cranelift_codegen::ir::{self, InstBuilder};
        let gf = self.funcs.get(&m)?.clone();
        // `*T` may never have been interned; any pointer-shaped type has the
        // same calling convention.
        let ptr_ty = self
            .tt()
            .lookup(&Type::Pointer(recv.base))
            .unwrap_or_else(|| self.tt().basic(crate::types::ty::BasicKind::UnsafePointer));
        let name = Recv {
            ptr: true,
            ty: ptr_ty,
            ..recv
        }
        .symbol(self.tt(), &self.pkg.obj(m).name);
        let mut sig = gf.sig.clone();
        sig.params[0] = ptr_ty;
        let nsret = sret_count(self.tt(), &sig);
        let csig = super::abi::go_signature(self.tt(), &sig);
        // gc spells an instance's type arguments `[...]` here.
        let (pkg, tname) = recv.base_name(self.tt());
        let tname = match tname.split_once('[') {
            Some((generic, _)) => format!("{generic}[...]"),
            None => tname.to_string(),
        };
        let msg = format!(
            "value method {pkg}.{tname}.{} called using nil *{tname} pointer",
            self.pkg.obj(m).name
        );
        // gc's wrapper of a generic method's instance dereferences the
        // pointer as it is (a nil one is a memory fault, not panicwrap's).
        let generic = self.is_generic_instance(m, recv);
        let id = self.build_forwarder(&name, csig, |m, b, params| {
            let p = params[nsret];
            if generic {
                m.raise_if_nil(b, p, "panicmem", |_, _| Vec::new());
            } else {
                let text = m.string_data(msg.as_bytes());
                m.raise_if_nil(b, p, "panicwrap", |m, b| {
                    let gv =
                        cranelift_module::Module::declare_data_in_func(&m.module, text, b.func);
                    let ptr = b.ins().symbol_value(ir::types::I64, gv);
                    vec![ptr, b.ins().iconst(ir::types::I64, msg.len() as i64)]
                });
            }
            let mut args: Vec<ir::Value> = params[..nsret].to_vec();
            match super::abi::scalars(m.tt(), recv.ty) {
                None => args.push(p),
                Some(tys) => {
                    let offs = super::abi::scalar_offsets(m.tt(), recv.ty);
                    for (ty, off) in tys.into_iter().zip(offs) {
                        let flags = ir::MemFlagsData::new();
                        args.push(b.ins().load(ty, flags, p, off as i32));
                    }
                }
            }
            args.extend_from_slice(&params[nsret + 1..]);
            Some(Tail::Direct(gf.id, args))
        })?;
        self.wrapper_sigs.insert(id, sig);
        Some(id)
    }

    /// The static funcval of `ptr_wrapper(m)` (for `(*T).M` as a value).
    fn ptr_wrapper_funcval(&mut self, m: ObjId, recv: Recv) -> Option<cranelift_module::DataId> {
        let wid = self.ptr_wrapper(m, recv)?;
        let sig = self.wrapper_sigs.get(&wid)?.clone();
        let base = self.symbol(m).replace(".", "·");
        self.static_funcval_of(&base, wid, &sig)
    }

    /// The `-fm` wrapper of method `m`: context `{fn, recv}` -> `m(recv, args...)`.
    fn method_fm(&mut self, m: ObjId, recv: Recv) -> Option<cranelift_module::FuncId> {
        use cranelift_codegen::ir::InstBuilder;
        let gf = self.funcs.get(&m)?.clone();
        let name = format!("{}-fm", self.symbol(m));
        let mut sig = gf.sig.clone();
        sig.params.remove(0);
        let nsret = sret_count(self.tt(), &sig);
        let csig = super::funcval::signature(self.tt(), &sig);
        self.build_forwarder(&name, csig, |m, b, params| {
            let ctx = params[0];
            let mut args = params[1..1 + nsret].to_vec();
            match super::abi::scalars(m.tt(), recv.ty) {
                None => args.push(b.ins().iadd_imm_s(ctx, 8)),
                Some(tys) => {
                    let offs = super::abi::scalar_offsets(m.tt(), recv.ty);
                    for (ty, off) in tys.into_iter().zip(offs) {
                        let v = b
                            .ins()
                            .load(ty, super::func::trusted(), ctx, 8 + off as i32);
                        args.push(v);
                    }
                }
            }
            args.extend_from_slice(&params[1 + nsret..]);
            Some(Tail::Direct(gf.id, args))
        })
    }
}

/// How many results of `sig` are returned through out-pointers (the first
/// Cranelift parameters after the context).
pub fn sret_count(tt: &TypeTable, sig: &crate::types::Signature) -> usize {
    sig.results
        .iter()
        .filter(|&&r| super::abi::is_memory(tt, r))
        .count()
}

impl Fx<'_, '_, '_> {
    /// Whether `x`, the operand of an index expression, selects a method:
    /// the index expression instantiates a generic method.
    pub fn generic_method_operand(&self, x: &Expr) -> bool {
        let x = x.unparen();
        matches!(x.kind, crate::syntax::ast::ExprKind::Selector(..))
            && matches!(
                self.m.pkg.info.selections.get(&x.id),
                Some(Selection::Method { .. } | Selection::MethodExpr { .. })
            )
    }

    /// `x.M` as a value: a funcval capturing the receiver.
    pub fn method_value(&mut self, e: &Expr, x: &Expr, m: ObjId, path: &[usize], t: TypeId) -> V {
        let Some(recv) = self.m.method_recv(m) else {
            return self.fail(e, t, "this method value");
        };
        let Some(fm) = self.m.method_fm(m, recv) else {
            return self.fail(e, t, "this method value");
        };
        let rv = self.method_receiver(x, path, recv);
        let size = 8 + self.tt.size_of(recv.ty).next_multiple_of(8);
        let p = self.new_funcval(fm, size);
        self.store(recv.ty, &rv, p, 8);
        V::one(p)
    }

    /// The method a method expression `T.M` calls directly: when its
    /// receiver is declared with the type the expression names (no wrapper).
    pub(super) fn method_expr_callee(&self, f: &Expr) -> Option<super::GoFunc> {
        let Some(Selection::MethodExpr { func }) = self.m.pkg.info.selections.get(&f.id) else {
            return None;
        };
        let recv = self.m.method_recv(*func)?;
        match self.under(self.type_of(f)) {
            Type::Func(sig) if sig.params.first() == Some(&recv.ty) => {
                self.m.funcs.get(func).cloned()
            }
            _ => None,
        }
    }

    /// `T.M` or `(*T).M` as a value.
    pub fn method_expr(&mut self, e: &Expr, m: ObjId, t: TypeId) -> V {
        let first = match self.under(t) {
            Type::Func(sig) => sig.params.first().copied(),
            _ => None,
        };
        let recv = self.m.method_recv(m);
        match (recv, first) {
            (Some(r), Some(f)) if r.ty == f => match self.m.static_funcval(m) {
                Some(d) => V::one(self.data_addr(d)),
                None => self.fail(e, t, "this method expression"),
            },
            (Some(r), Some(f))
                if !r.ptr && matches!(self.tt.get(f), Type::Pointer(b) if *b == r.ty) =>
            {
                match self.m.ptr_wrapper_funcval(m, r) {
                    Some(d) => V::one(self.data_addr(d)),
                    None => self.fail(e, t, "this method expression"),
                }
            }
            (Some(r), Some(_)) if self.m.is_generic_instance(m, r) => {
                // A generic method's instance is in no method set.
                match self.m.promoted_instance_funcval(m, r, t) {
                    Some(d) => V::one(self.data_addr(d)),
                    None => self.fail(e, t, "this method expression"),
                }
            }
            _ => self.promoted_method_expr(e, t),
        }
    }

    /// `T.M` or `(*T).M` for a method promoted through embedded fields
    /// (also of an embedded interface): the static funcval of its wrapper.
    pub fn promoted_method_expr(&mut self, e: &Expr, t: TypeId) -> V {
        let (crate::syntax::ast::ExprKind::Selector(_, sel), Type::Func(sig)) =
            (&e.kind, self.under(t).clone())
        else {
            return self.fail(e, t, "this method expression");
        };
        match self.m.promoted_method_funcval(&sel.name, &sig) {
            Some(d) => V::one(self.data_addr(d)),
            None => self.fail(e, t, "this method expression"),
        }
    }
}

impl ModCx<'_> {
    /// Whether method `m` of receiver `recv` is an instance of a generic
    /// method.
    fn is_generic_instance(&self, m: ObjId, recv: Recv) -> bool {
        match self.tt().get(recv.base) {
            Type::Named(i) => self.tt().named[*i as usize].generic_methods.contains(&m),
            _ => false,
        }
    }

    /// The static funcval of the wrapper (promoted.rs) of instance `m` of a
    /// generic method, promoted into the receiver type of the method
    /// expression type `t` (its first parameter) from its receiver `recv`.
    fn promoted_instance_funcval(
        &mut self,
        m: ObjId,
        recv: Recv,
        t: TypeId,
    ) -> Option<cranelift_module::DataId> {
        use cranelift_module::{FuncOrDataId, Module};
        let Type::Func(sig) = self.tt().under(t).clone() else {
            return None;
        };
        let first = *sig.params.first()?;
        let (base, ptr) = match self.tt().get(first) {
            Type::Pointer(b) => (*b, true),
            _ => (first, false),
        };
        let (path, indirect) = embedded_path(self.tt(), base, recv.base)?;
        let obj = self.pkg.obj(m);
        let sm = super::promoted::SetMethod {
            name: obj.name.clone(),
            sig: obj.ty,
            path,
            indirect,
            via: super::promoted::Via::Func {
                func: m,
                ptr: recv.ptr,
            },
        };
        let sym = self.promoted_wrapper(base, &sm, ptr)?;
        let Some(FuncOrDataId::Func(code)) = self.module.get_name(&sym) else {
            return None;
        };
        self.static_funcval_of(&sym.replace('.', "·"), code, &sig)
    }

    /// The static funcval of the wrapper (promoted.rs) of promoted method
    /// `name` of the receiver type, `sig`'s first parameter (`T` or `*T`).
    fn promoted_method_funcval(
        &mut self,
        name: &str,
        sig: &crate::types::Signature,
    ) -> Option<cranelift_module::DataId> {
        use cranelift_module::{FuncOrDataId, Module};
        let recv = *sig.params.first()?;
        let (base, ptr) = match self.tt().get(recv) {
            Type::Pointer(b) => (*b, true),
            _ => (recv, false),
        };
        let m = self
            .method_set_of(recv)
            .into_iter()
            .find(|m| m.name == name && !m.path.is_empty())?;
        let sym = self.promoted_wrapper(base, &m, ptr)?;
        let Some(FuncOrDataId::Func(code)) = self.module.get_name(&sym) else {
            return None;
        };
        self.static_funcval_of(&sym.replace('.', "·"), code, sig)
    }
}

/// The shallowest path of embedded fields from struct type `from` to an
/// embedded `to` (or `*to`), and whether it goes through a pointer.
fn embedded_path(tt: &TypeTable, from: TypeId, to: TypeId) -> Option<(Vec<usize>, bool)> {
    let mut current = vec![(from, Vec::new(), false)];
    let mut seen = std::collections::HashSet::new();
    while !current.is_empty() {
        let mut next = Vec::new();
        for (t, path, indirect) in current {
            if t == to {
                return Some((path, indirect));
            }
            if !seen.insert(t) {
                continue;
            }
            let Type::Struct(fields) = tt.under(t) else {
                continue;
            };
            for (i, f) in fields.iter().enumerate().filter(|(_, f)| f.embedded) {
                let mut p = path.clone();
                p.push(i);
                match tt.get(f.ty) {
                    Type::Pointer(e) => next.push((*e, p, true)),
                    _ => next.push((f.ty, p, indirect)),
                }
            }
        }
        current = next;
    }
    None
}
