//! Methods: declarations and direct calls.
//!
//! A method is compiled as a function whose first parameter is its receiver
//! (`main.T.M` for a value receiver, `main.(*T).M` for a pointer receiver, as
//! gc names them). A call `x.M(args)` walks the checker's selection path
//! through embedded fields (dereferencing embedded pointers, with nil
//! checks), then takes the address (`&x` for pointer receivers on
//! addressable values) or loads the value (`*p` for value receivers reached
//! through pointers), and calls the method directly.

use super::func::{Fx, V};
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
    /// gc's symbol: `main.T.M` or `main.(*T).M`.
    pub fn symbol(&self, tt: &TypeTable, method: &str) -> String {
        let (pkg, name) = match tt.get(self.base) {
            Type::Named(i) => {
                let n = &tt.named[*i as usize];
                (n.pkg.as_str(), n.name.as_str())
            }
            _ => ("main", "?"),
        };
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
        let i = tt.named.iter().position(|n| n.methods.contains(&m))?;
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
        let xt = self.type_of(x);
        let mut cur = match self.tt.get(xt) {
            Type::Pointer(e) => Cur::Ptr(self.expr(x).s0(), *e),
            _ if recv.ptr && path.is_empty() || self.mode_of(x) == Some(&Mode::Variable) => {
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
