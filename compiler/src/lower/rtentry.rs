//! golift's runtime package and rt: how its Go functions are named, and
//! how its functions without a body reach rt's entry points (rt/ABI.md,
//! "golift's runtime package").
//!
//! rt exports its entry points as `runtime.NAME` with the C calling
//! convention; compiled Go functions use the `tail` convention. So that
//! the two never share a symbol, every package-level function and variable
//! of golift's runtime package is named `go:runtime.NAME` (methods keep
//! gc's `runtime.T.M`: rt exports none of that shape). A function of the
//! runtime package without a body is rt's `runtime.NAME`: golift defines
//! `go:runtime.NAME` as a Go-ABI thunk that passes its arguments on to the
//! C entry and returns its results; the inliner folds the thunk into its
//! callers. Arguments are the flattened scalars (a string is ptr, len; a
//! slice ptr, len, cap; a memory-type value its address); results of at
//! most two words come back in registers, a larger single result and a
//! memory-type result through an out-pointer passed first.

use cranelift_codegen::ir::{self, AbiParam, InstBuilder, StackSlotData, StackSlotKind};
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext};
use cranelift_module::{Linkage, Module};

use super::abi;
use super::ModCx;
use crate::types::{self, ObjId};

/// Import path of golift's runtime package.
pub const RUNTIME: &str = "runtime";

/// The symbol prefix of package `path`'s functions and variables.
pub fn link_prefix(path: &str) -> &str {
    if path == RUNTIME {
        "go:runtime"
    } else {
        path
    }
}

/// How the C entry returns the Go function's results.
enum Results {
    /// In registers: these Cranelift types.
    Regs(Vec<ir::Type>),
    /// Through an out-pointer to storage of this size, read back at these
    /// offsets as these types (one scalar-typed result).
    Out(u32, Vec<(u32, ir::Type)>),
    /// The caller's memory-type result pointer is the out-pointer.
    Sret,
}

impl ModCx<'_> {
    /// Whether `obj` is a function of golift's runtime package.
    pub(crate) fn in_runtime(&self, obj: ObjId) -> bool {
        self.pkg.link_path(obj) == RUNTIME
    }

    fn c_results(&self, sig: &types::Signature) -> Option<Results> {
        let tt = self.tt();
        match sig.results.as_slice() {
            [r] if abi::is_memory(tt, *r) => Some(Results::Sret),
            rs => {
                let mut regs = Vec::new();
                for &r in rs {
                    regs.extend(abi::scalars(tt, r)?);
                }
                if regs.len() <= 2 {
                    return Some(Results::Regs(regs));
                }
                let [r] = rs else { return None };
                let offs = abi::scalar_offsets(tt, *r);
                let size = tt.size_of(*r) as u32;
                Some(Results::Out(size, offs.into_iter().zip(regs).collect()))
            }
        }
    }

    /// Lowers `func` (the Go-ABI function of a bodiless runtime function
    /// `name`) as the thunk calling rt's C entry `runtime.NAME`.
    pub(super) fn lower_c_entry(
        &mut self,
        func: &mut ir::Function,
        fctx: &mut FunctionBuilderContext,
        name: &str,
        sig: &types::Signature,
        file: u32,
        span: crate::syntax::ast::Span,
    ) {
        let Some(results) = self.c_results(sig) else {
            self.unsupported(file, span, "a runtime entry with these results");
            return;
        };
        let mut b = FunctionBuilder::new(func, fctx);
        let entry = b.create_block();
        b.append_block_params_for_function_params(entry);
        b.switch_to_block(entry);
        let params = b.block_params(entry).to_vec();
        let mut csig = ir::Signature::new(self.isa.default_call_conv());
        let mut args = Vec::new();
        let mut out = None;
        match &results {
            Results::Sret => args.push(params[0]),
            Results::Out(size, _) => {
                let slot = b.create_sized_stack_slot(StackSlotData::new(
                    StackSlotKind::ExplicitSlot,
                    *size,
                    3,
                ));
                let p = b.ins().stack_addr(ir::types::I64, slot, 0);
                out = Some(p);
                args.push(p);
            }
            Results::Regs(regs) => {
                csig.returns.extend(regs.iter().map(|&t| AbiParam::new(t)));
            }
        }
        let skip = usize::from(matches!(results, Results::Sret));
        args.extend_from_slice(&params[skip..]);
        for &a in &args {
            let t = b.func.dfg.value_type(a);
            csig.params.push(if t.is_int() && t.bits() < 32 {
                AbiParam::new(t).uext()
            } else {
                AbiParam::new(t)
            });
        }
        let callee =
            match self
                .module
                .declare_function(&format!("{RUNTIME}.{name}"), Linkage::Import, &csig)
            {
                Ok(id) => id,
                Err(e) => {
                    let msg = format!("golift: runtime entry {name} does not match rt's: {e}");
                    self.diags
                        .push(crate::diag::Diagnostic::new(file, span, msg));
                    return;
                }
            };
        let r = self.module.declare_func_in_func(callee, b.func);
        let call = b.ins().call(r, &args);
        let rets = match (&results, out) {
            (Results::Out(_, offs), Some(p)) => offs
                .iter()
                .map(|&(o, t)| b.ins().load(t, super::func::trusted(), p, o as i32))
                .collect(),
            _ => b.inst_results(call).to_vec(),
        };
        b.ins().return_(&rets);
        b.seal_all_blocks();
        b.finalize(self.isa.frontend_config());
    }
}
