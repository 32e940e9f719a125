//! Func values in Go's funcval layout, shared by closures (`closure.rs`),
//! method values and defer thunks.
//!
//! A func value is a pointer to an object whose first word is the address
//! of its code: `{fn, ...}`; what follows is private to that code (captured
//! variables, a bound receiver, saved arguments). Calling a func value
//! passes the pointer itself as a hidden first argument, the context, ahead
//! of the function's own parameters (`abi::go_signature`), so the code
//! finds its data at fixed offsets from the context. A nil func value
//! faults as gc's does (`panicmem`).
//!
//! A top-level function used as a value is the static funcval `F·f` (read
//! only data) whose code is the wrapper `F·fw`, which drops the context and
//! tail-calls `F`.
//!
//! Wrappers of that kind (`·fw`, `(*T).M`, method values' `-fm`, interface
//! method wrappers) are forwarders: one entry block that rearranges its
//! parameters and ends in a tail call (`build_forwarder`).

use cranelift_codegen::ir::{self, types, InstBuilder, UserFuncName, Value};
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext};
use cranelift_module::{DataDescription, DataId, FuncId, Linkage, Module};

use super::func::{trusted, Fx, V};
use super::{abi, ModCx};
use crate::syntax::ast::Expr;
use crate::types::{ObjId, Signature, TypeId};

/// The Cranelift signature of a func value's code: the closure context,
/// then the Go signature's parameters.
pub fn signature(tt: &crate::types::ty::TypeTable, sig: &Signature) -> ir::Signature {
    let mut s = abi::go_signature(tt, sig);
    s.params.insert(0, ir::AbiParam::new(types::I64));
    s
}

/// The call a forwarder ends with.
pub enum Tail {
    /// `return_call F(args)`.
    Direct(FuncId, Vec<Value>),
    /// `return_call_indirect code(args)` with the given signature.
    Indirect(ir::Signature, Value, Vec<Value>),
}

impl ModCx<'_> {
    /// Defines (once: a second request returns the first) the local
    /// function `name` of Cranelift signature `csig`, whose body is one
    /// entry block: `body` gets the parameters, may emit code (and blocks
    /// of its own, which it must terminate), and returns the tail call the
    /// entry block ends with.
    pub fn build_forwarder(
        &mut self,
        name: &str,
        csig: ir::Signature,
        body: impl FnOnce(&mut Self, &mut FunctionBuilder, &[Value]) -> Option<Tail>,
    ) -> Option<FuncId> {
        if let Some(cranelift_module::FuncOrDataId::Func(id)) = self.module.get_name(name) {
            return Some(id);
        }
        let id = self
            .module
            .declare_function(name, Linkage::Local, &csig)
            .ok()?;
        let mut func = ir::Function::with_name_signature(UserFuncName::user(0, id.as_u32()), csig);
        let mut fctx = FunctionBuilderContext::new();
        {
            let mut b = FunctionBuilder::new(&mut func, &mut fctx);
            let entry = b.create_block();
            b.append_block_params_for_function_params(entry);
            b.switch_to_block(entry);
            let params = b.block_params(entry).to_vec();
            match body(self, &mut b, &params)? {
                Tail::Direct(target, args) => {
                    let r = self.module.declare_func_in_func(target, b.func);
                    b.ins().return_call(r, &args);
                }
                Tail::Indirect(sig, code, args) => {
                    let sref = b.import_signature(sig);
                    b.ins().return_call_indirect(sref, code, &args);
                }
            }
            b.seal_all_blocks();
            b.finalize(self.isa.frontend_config());
        }
        self.define(id, name, func, 0, Default::default());
        Some(id)
    }

    /// The static funcval of top-level function `obj` (and its wrapper).
    pub fn static_funcval(&mut self, obj: ObjId) -> Option<DataId> {
        if let Some(&d) = self.funcvals.get(&obj) {
            return Some(d);
        }
        let gf = self.funcs.get(&obj)?.clone();
        let name = self.symbol(obj);
        let did = self.static_funcval_of(&name, gf.id, &gf.sig)?;
        self.funcvals.insert(obj, did);
        Some(did)
    }

    /// A read-only funcval `{base}·f` for Go function `target` (signature
    /// `sig`), with its wrapper `{base}·fw` that drops the context argument
    /// and tail-calls `target`.
    pub fn static_funcval_of(
        &mut self,
        base: &str,
        target: FuncId,
        sig: &Signature,
    ) -> Option<DataId> {
        let sig = signature(self.tt(), sig);
        let wid = self.build_forwarder(&format!("{base}·fw"), sig, |_, _, params| {
            Some(Tail::Direct(target, params[1..].to_vec()))
        })?;
        self.static_funcval_data(&format!("{base}·f"), wid)
    }

    /// The read-only funcval `name`: `{code}`, for code that ignores its
    /// context.
    pub fn static_funcval_data(&mut self, name: &str, code: FuncId) -> Option<DataId> {
        if let Some(cranelift_module::FuncOrDataId::Data(d)) = self.module.get_name(name) {
            return Some(d);
        }
        let did = self
            .module
            .declare_data(name, Linkage::Local, false, false)
            .ok()?;
        let mut d = DataDescription::new();
        // Explicit bytes, not zero-init: a zero-init object goes to .bss,
        // where the code address relocation would be lost.
        d.define(Box::new([0u8; 8]));
        d.set_align(8);
        let fref = self.module.declare_func_in_data(code, &mut d);
        d.write_function_addr(0, fref);
        self.define_data(did, d);
        Some(did)
    }
}

impl Fx<'_, '_, '_> {
    /// A new heap funcval of `size` bytes (at least 8) whose code is `code`;
    /// the caller fills in the words after the code address.
    pub fn new_funcval(&mut self, code: FuncId, size: u64) -> Value {
        let sz = self.b.ins().iconst(types::I64, size.max(8) as i64);
        let nul = self.b.ins().iconst(types::I64, 0);
        let one = self.b.ins().iconst(types::I8, 1);
        let p = self.call_rt("mallocgc", &[sz, nul, one], &[types::I64])[0];
        self.nonnil.insert(p);
        let r = self.func_ref(code);
        let addr = self.b.ins().func_addr(types::I64, r);
        self.b.ins().store(trusted(), addr, p, 0);
        p
    }

    /// A top-level function used as a value.
    pub fn func_value(&mut self, e: &Expr, obj: ObjId, t: TypeId) -> V {
        match self.m.static_funcval(obj) {
            Some(d) => V::one(self.data_addr(d)),
            None => self.fail(e, t, "this function value"),
        }
    }

    /// Calls the func value `fv` of signature `sig` with evaluated `args`.
    pub fn call_value(&mut self, fv: Value, sig: &Signature, args: Vec<V>) -> Vec<V> {
        self.nil_check(fv);
        let code = self.b.ins().load(types::I64, trusted(), fv, 0);
        let clif = signature(self.tt, sig);
        let sref = self.b.import_signature(clif);
        self.emit_call_with(sig, args, Some(fv), |fx, argv| {
            fx.b.ins().call_indirect(sref, code, argv)
        })
    }
}
