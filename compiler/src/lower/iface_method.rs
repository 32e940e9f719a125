//! Methods of interfaces: calls `x.M(args)` (`x` an interface value or a
//! struct embedding one), method values `x.M` and method expressions `I.M`.
//!
//! All dispatch through the itab: `tab.fun[i](data, args...)`, `i` the
//! method's index in the interface's method list (sorted by name, as the
//! runtime's itab). The interface value is evaluated (and kept) before the
//! arguments; a nil interface panics with gc's nil dereference.
//!
//! A method value binds the interface value at evaluation time, as gc:
//! `x.M` evaluates `x`, panics (nil dereference) when it is nil, and makes
//! the funcval `{I.M-fm, tab, data}`; the wrapper `I.M-fm` loads the pair
//! from its context and tail-calls `tab.fun[i]`. A method expression `I.M`
//! is the static funcval of the wrapper `I.M`, which takes the interface
//! as its first argument; a nil interface there panics when it is called.
//! Wrappers are named after the interface's type id: an interface type
//! literal has no name, and the itab layout only depends on the type.

use cranelift_codegen::ir::{self, types, InstBuilder, Value};
use cranelift_frontend::FunctionBuilder;
use cranelift_module::{FuncId, Module};

use super::func::{trusted, Fx, V};
use super::funcval::Tail;
use super::method::sret_count;
use super::{abi, ModCx};
use crate::syntax::ast::{Expr, ExprKind};
use crate::types::ty::{BasicKind, Type};
use crate::types::{Selection, Signature, TypeId};

/// Offset of `fun[0]` in an itab (rt/ABI.md: `{inter, type, hash, fun...}`).
pub(super) const ITAB_FUN: i32 = 24;

/// A method of an interface type: the interface, the method's index and
/// its signature (without receiver).
#[derive(Clone)]
struct IfaceMethod {
    iface: TypeId,
    index: usize,
    name: String,
    sig: Signature,
}

impl Fx<'_, '_, '_> {
    /// Method `name` of interface type `iface`.
    fn iface_method(&self, iface: TypeId, name: &str) -> Option<IfaceMethod> {
        let Type::Interface(ms) = self.under(iface) else {
            return None;
        };
        let index = ms.iter().position(|(n, _)| n == name)?;
        let Type::Func(sig) = self.tt.get(ms[index].1) else {
            return None;
        };
        Some(IfaceMethod {
            iface,
            index,
            name: name.to_string(),
            sig: sig.clone(),
        })
    }

    /// The type of the field at the end of `path` from type `t`.
    fn embedded_type(&self, mut t: TypeId, path: &[usize]) -> TypeId {
        for &i in path {
            if let Type::Pointer(e) = self.under(t) {
                t = *e;
            }
            if let Type::Struct(fields) = self.under(t) {
                t = fields[i].ty;
            }
        }
        t
    }

    /// `x.M(args)` where `M` is a method of interface `x`, or of an
    /// interface embedded in `x`'s struct type.
    pub fn iface_method_call(&mut self, f: &Expr, args: &[Expr], spread: bool) -> Option<Vec<V>> {
        let ExprKind::Selector(x, sel) = &f.kind else {
            return None;
        };
        if self.preset.contains_key(&f.id) {
            // A deferred call's thunk: `x.M` was evaluated at the `defer`.
            return None;
        }
        let path = match self.m.pkg.info.selections.get(&f.id) {
            Some(Selection::IfaceMethod { path, .. }) => path.clone(),
            Some(_) => return None,
            None => Vec::new(),
        };
        let it = self.embedded_type(self.type_of(x), &path);
        let im = self.iface_method(it, &sel.name)?;
        let iv = if path.is_empty() {
            self.expr(x)
        } else {
            self.embedded_value(x, &path)
        };
        let iv = self.stabilize(it, iv);
        let argv = self.call_args(&im.sig, args, spread);
        Some(self.dispatch(&im, &iv, argv))
    }

    /// Calls method `im` of interface value `iv` with evaluated `argv`.
    fn dispatch(&mut self, im: &IfaceMethod, iv: &V, argv: Vec<V>) -> Vec<V> {
        let (tab, data) = (iv.scalars()[0], iv.scalars()[1]);
        self.nil_check(tab);
        let off = ITAB_FUN + 8 * im.index as i32;
        let code = self.b.ins().load(types::I64, trusted(), tab, off);
        let full = with_data_word(self.tt, &im.sig);
        let mut all = vec![V::one(data)];
        all.extend(argv);
        let clif = abi::go_signature(self.tt, &full);
        let sref = self.b.import_signature(clif);
        self.emit_call_with(&full, all, None, |fx, a| {
            fx.b.ins().call_indirect(sref, code, a)
        })
    }

    /// `x.M` as a value, `M` a method of interface `x` or of an interface
    /// embedded in it at `path`.
    pub fn iface_method_value(&mut self, e: &Expr, x: &Expr, path: &[usize], t: TypeId) -> V {
        let ExprKind::Selector(_, sel) = &e.kind else {
            return self.fail(e, t, "this method value");
        };
        let it = self.embedded_type(self.type_of(x), path);
        let Some(im) = self.iface_method(it, &sel.name) else {
            return self.fail(e, t, "this method value");
        };
        let Some(fm) = self.m.iface_fm(&im) else {
            return self.fail(e, t, "this method value");
        };
        let iv = if path.is_empty() {
            self.expr(x)
        } else {
            self.embedded_value(x, path)
        };
        let (tab, data) = (iv.scalars()[0], iv.scalars()[1]);
        self.nil_check(tab);
        let p = self.new_funcval(fm, 24);
        self.b.ins().store(trusted(), tab, p, 8);
        self.b.ins().store(trusted(), data, p, 16);
        V::one(p)
    }

    /// `I.M` as a value, `I` an interface type.
    pub fn iface_method_expr(&mut self, e: &Expr, x: &Expr, path: &[usize], t: TypeId) -> V {
        let ExprKind::Selector(_, sel) = &e.kind else {
            return self.fail(e, t, "this method expression");
        };
        if !path.is_empty() {
            return self.promoted_method_expr(e, t);
        }
        let it = self.type_of(x);
        let Some(im) = self.iface_method(it, &sel.name) else {
            return self.fail(e, t, "this method expression");
        };
        match self.m.iface_method_funcval(&im) {
            Some(d) => V::one(self.data_addr(d)),
            None => self.fail(e, t, "this method expression"),
        }
    }
}

/// `sig` with the data word of an interface value as first parameter: the
/// signature of the methods in an itab.
fn with_data_word(tt: &crate::types::ty::TypeTable, sig: &Signature) -> Signature {
    let mut full = sig.clone();
    full.params.insert(0, tt.basic(BasicKind::UnsafePointer));
    full
}

impl ModCx<'_> {
    fn wrapper_base(&self, im: &IfaceMethod) -> String {
        format!("go:iface{}.{}", im.iface.0, im.name)
    }

    /// `I.M-fm`: context `{fn, tab, data}` -> `tab.fun[i](data, args...)`.
    fn iface_fm(&mut self, im: &IfaceMethod) -> Option<FuncId> {
        let name = format!("{}-fm", self.wrapper_base(im));
        let nsret = sret_count(self.tt(), &im.sig);
        let csig = super::funcval::signature(self.tt(), &im.sig);
        let target = abi::go_signature(self.tt(), &with_data_word(self.tt(), &im.sig));
        let off = ITAB_FUN + 8 * im.index as i32;
        self.build_forwarder(&name, csig, |_, b, params| {
            let ctx = params[0];
            let tab = b.ins().load(types::I64, trusted(), ctx, 8);
            let data = b.ins().load(types::I64, trusted(), ctx, 16);
            let code = b.ins().load(types::I64, trusted(), tab, off);
            let mut args = params[1..1 + nsret].to_vec();
            args.push(data);
            args.extend_from_slice(&params[1 + nsret..]);
            Some(Tail::Indirect(target, code, args))
        })
    }

    /// The static funcval of `I.M`: `(x I, args...) -> x.M(args...)`.
    fn iface_method_funcval(&mut self, im: &IfaceMethod) -> Option<cranelift_module::DataId> {
        let base = self.wrapper_base(im);
        let mut sig = im.sig.clone();
        sig.params.insert(0, im.iface);
        let nsret = sret_count(self.tt(), &sig);
        let csig = super::funcval::signature(self.tt(), &sig);
        let target = abi::go_signature(self.tt(), &with_data_word(self.tt(), &im.sig));
        let off = ITAB_FUN + 8 * im.index as i32;
        let code = self.build_forwarder(&base, csig, |m, b, params| {
            let (tab, data) = (params[1 + nsret], params[2 + nsret]);
            m.panic_if_nil(b, tab);
            let code = b.ins().load(types::I64, trusted(), tab, off);
            let mut args = params[1..1 + nsret].to_vec();
            args.push(data);
            args.extend_from_slice(&params[3 + nsret..]);
            Some(Tail::Indirect(target, code, args))
        })?;
        self.static_funcval_data(&format!("{base}·f"), code)
    }

    /// In a forwarder: when `p` is nil, raises the nil-dereference panic
    /// (`runtime.panicmem`) and returns zeros (the caller sees the panic).
    fn panic_if_nil(&mut self, b: &mut FunctionBuilder, p: Value) {
        self.raise_if_nil(b, p, "panicmem", |_, _| vec![]);
    }

    /// In a forwarder: when `p` is nil, calls the panicking runtime
    /// function `name` with the pointer-sized arguments `args` builds (in
    /// the cold block) and returns zeros.
    pub(super) fn raise_if_nil(
        &mut self,
        b: &mut FunctionBuilder,
        p: Value,
        name: &'static str,
        args: impl FnOnce(&mut Self, &mut FunctionBuilder) -> Vec<Value>,
    ) {
        let nil = b.create_block();
        let ok = b.create_block();
        b.set_cold_block(nil);
        b.ins().brif(p, ok, &[], nil, &[]);
        b.switch_to_block(nil);
        let argv = args(self, b);
        let id = self.runtime_func(name, &vec![types::I64; argv.len()], &[]);
        let r = self.module.declare_func_in_func(id, b.func);
        b.ins().call(r, &argv);
        let zeros: Vec<Value> = b
            .func
            .signature
            .returns
            .clone()
            .iter()
            .map(|r| zero(b, r.value_type))
            .collect();
        b.ins().return_(&zeros);
        b.switch_to_block(ok);
    }
}

fn zero(b: &mut FunctionBuilder, ty: ir::Type) -> Value {
    match ty {
        types::F32 => b.ins().f32const(0.0),
        types::F64 => b.ins().f64const(0.0),
        ty => b.ins().iconst(ty, 0),
    }
}

#[cfg(test)]
mod tests {
    use crate::lower::tests::ir_of;

    #[test]
    fn method_values_and_expressions_tail_call_through_the_itab() {
        let text = ir_of(
            "package main\ntype I interface{ a(); b(int) int }\nfunc main() {\n\tvar x I\n\tf := x.b\n\tg := I.b\n\tprintln(f(1), g(x, 2))\n}\n",
            None,
        );
        // `b` is the second method: `fun[1]` at itab offset 24 + 8.
        assert_eq!(text.matches("return_call_indirect").count(), 2, "{text}");
        assert_eq!(text.matches("+32").count(), 2, "{text}");
        // Both wrappers: `I.b-fm` loads the pair from its context, `I.b`
        // nil-checks the itab word it is passed.
        assert!(text.contains(".b-fm"), "{text}");
        assert!(text.contains("cold"), "{text}");
    }
}
