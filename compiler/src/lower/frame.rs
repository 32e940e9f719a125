//! Functions with frames larger than the red zone.
//!
//! A compiled prologue checks `SP < g.stackguard0` only after Cranelift's
//! prologue has allocated the frame, and its cold path calls `morestack`
//! at that SP. That is safe while every frame fits in the `STACK_GUARD` red
//! zone below the guard (rt/ABI.md: `STACK_FRAME_MAX`), but a bigger frame
//! (a huge function whose spills pass 16 KiB) could reach below the stack's
//! low end before any check runs. gc checks `SP - framesize` before
//! allocating such a frame; Cranelift cannot place code before its prologue,
//! so golift splits the function instead:
//!
//! - the compiled body is defined under the local symbol `NAME..frame`;
//! - `NAME` becomes a small wrapper with the same signature that compares
//!   `SP - (frame + STACK_FRAME_MAX)` with `g.stackguard0`, calls
//!   `runtime.morestackframe(frame + STACK_FRAME_MAX)` (which grows the
//!   logical stack by enough, or dies with Go's stack overflow) when it is
//!   below, and then tail-calls the body (`return_call`).
//!
//! Invariants: the tail call reuses the wrapper's frame, so the body's frame
//! starts where the wrapper's did and lies wholly above the guard, with the
//! usual red zone below it for the body's callees; the body's saved frame
//! pointer is its caller's, as if it had been called directly (so `recover`
//! and defer tokens are unchanged); every reference to `NAME` (calls, func
//! values, method tables) goes through the check.

use cranelift_codegen::ir::{self, condcodes::IntCC, types, InstBuilder, UserFuncName};
use cranelift_codegen::Context;
use cranelift_module::{FuncId, Linkage, Module};

use super::{func::trusted, ModCx, STACKGUARD0_OFFSET, STACK_FRAME_MAX};

impl ModCx<'_> {
    /// Defines the code compiled in `ctx`, whose frame is `frame` bytes, as
    /// `name..frame` and function `id` as its checking wrapper.
    pub(super) fn define_big_frame(
        &mut self,
        id: FuncId,
        name: &str,
        ctx: &Context,
        frame: u32,
    ) -> Result<(), String> {
        let sig = ctx.func.signature.clone();
        let body = self
            .module
            .declare_function(&format!("{name}..frame"), Linkage::Local, &sig)
            .map_err(|e| e.to_string())?;
        self.define_compiled(body, ctx)?;
        let need = i64::from(frame) + i64::from(STACK_FRAME_MAX);
        let mut wrapper = self.frame_wrapper(id, sig, body, need);
        self.compile_ctx(&mut wrapper)?;
        self.define_compiled(id, &wrapper)
    }

    /// `id(args) { if SP - need < g.stackguard0 { morestackframe(need) };
    /// return body(args) }`.
    fn frame_wrapper(
        &mut self,
        id: FuncId,
        sig: ir::Signature,
        body: FuncId,
        need: i64,
    ) -> Context {
        let grow = self.runtime_func("morestackframe", &[types::I64], &[]);
        let mut func = ir::Function::with_name_signature(UserFuncName::user(0, id.as_u32()), sig);
        let mut fctx = std::mem::take(&mut self.fctx);
        {
            let mut b = cranelift_frontend::FunctionBuilder::new(&mut func, &mut fctx);
            let entry = b.create_block();
            b.append_block_params_for_function_params(entry);
            b.switch_to_block(entry);
            let args = b.block_params(entry).to_vec();
            let g = b.ins().get_pinned_reg(types::I64);
            let sp = b.ins().get_stack_pointer(types::I64);
            let lim = b.ins().load(types::I64, trusted(), g, STACKGUARD0_OFFSET);
            let n = b.ins().iconst(types::I64, need);
            let low_sp = b.ins().isub(sp, n);
            let low = b.ins().icmp(IntCC::UnsignedLessThan, low_sp, lim);
            let slow = b.create_block();
            let cont = b.create_block();
            b.ins().brif(low, slow, &[], cont, &[]);
            b.switch_to_block(slow);
            b.set_cold_block(slow);
            let r = self.module.declare_func_in_func(grow, b.func);
            b.ins().call(r, &[n]);
            b.ins().jump(cont, &[]);
            b.switch_to_block(cont);
            let r = self.module.declare_func_in_func(body, b.func);
            b.ins().return_call(r, &args);
            b.seal_all_blocks();
            b.finalize(self.isa.frontend_config());
        }
        self.fctx = fctx;
        Context::for_function(func)
    }
}
