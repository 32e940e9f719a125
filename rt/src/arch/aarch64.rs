//! aarch64: trampolines into compiled code (pinned `g` in x21), reading SP,
//! and the scheduler's context switch.

// Calls into and out of Cranelift's `tail` convention on aarch64 (rt/ABI.md,
// "Method calls from the runtime"): integer arguments start at x2 (x0 and x1
// are reserved), results in x0, x1, ...; every register is clobbered; x21
// holds `g`.
//
// `golift_rt_call_string_method(f: x0, recv: x1, g: x2)` calls the `tail`
// function `f(recv) string` with x21 = g, saving x19-x30 around it.
// `golift_rt_error_prefixed` / `golift_rt_error_plain` move the receiver from
// x2 to x0 and tail-call the AAPCS64 Rust implementation.
core::arch::global_asm!(
    ".text",
    ".globl golift_rt_call_string_method",
    ".type golift_rt_call_string_method,%function",
    ".p2align 4",
    "golift_rt_call_string_method:",
    "stp x29, x30, [sp, #-96]!",
    "mov x29, sp",
    "stp x19, x20, [sp, #16]",
    "stp x21, x22, [sp, #32]",
    "stp x23, x24, [sp, #48]",
    "stp x25, x26, [sp, #64]",
    "stp x27, x28, [sp, #80]",
    "mov x21, x2",
    "mov x9, x0",
    "mov x2, x1",
    "blr x9",
    "ldp x19, x20, [sp, #16]",
    "ldp x21, x22, [sp, #32]",
    "ldp x23, x24, [sp, #48]",
    "ldp x25, x26, [sp, #64]",
    "ldp x27, x28, [sp, #80]",
    "ldp x29, x30, [sp], #96",
    "ret",
    ".size golift_rt_call_string_method, . - golift_rt_call_string_method",
    ".globl golift_rt_error_prefixed",
    "golift_rt_error_prefixed:",
    "mov x0, x2",
    "b {prefixed}",
    ".globl golift_rt_error_plain",
    "golift_rt_error_plain:",
    "mov x0, x2",
    "b {plain}",
    prefixed = sym crate::error::golift_rt_error_text_prefixed,
    plain = sym crate::error::golift_rt_error_text_plain,
);

/// The current stack pointer (of the calling function, give or take its frame).
#[inline(always)]
pub fn getsp() -> usize {
    let sp: usize;
    // SAFETY: reads sp into a register; no memory or flags are touched.
    unsafe {
        core::arch::asm!("mov {}, sp", out(reg) sp, options(nomem, nostack, preserves_flags))
    };
    sp
}

// The context switch (Go's gogo/mcall and the park entry stubs), aarch64.
// Same contracts as on x86-64 (see x86_64.rs); `regs` holds x19, x20,
// x22..x28 and d8..d15, the AAPCS64 callee-saved registers besides x29 (bp),
// x21 (g) and sp; the resume PC is the caller's x30. A new goroutine's
// funcval is in x19 and is called with the `tail` convention (closure
// pointer in x2).
core::arch::global_asm!(
    ".text",
    ".globl golift_rt_gogo",
    ".type golift_rt_gogo,%function",
    ".p2align 4",
    "golift_rt_gogo:",
    "mov x21, x1",
    "ldr x9, [x0, #{sp}]",
    "mov sp, x9",
    "ldr x29, [x0, #{bp}]",
    "ldp x19, x20, [x0, #({r0})]",
    "ldp x22, x23, [x0, #({r0} + 16)]",
    "ldp x24, x25, [x0, #({r0} + 32)]",
    "ldp x26, x27, [x0, #({r0} + 48)]",
    "ldr x28, [x0, #({r0} + 64)]",
    "ldp d8, d9, [x0, #({r0} + 72)]",
    "ldp d10, d11, [x0, #({r0} + 88)]",
    "ldp d12, d13, [x0, #({r0} + 104)]",
    "ldp d14, d15, [x0, #({r0} + 120)]",
    "ldr x30, [x0, #{pc}]",
    "ldr x9, [x0, #{resume}]",
    "cbnz x9, 2f",
    "ldr x0, [x0, #{ret}]",
    "ret",
    "2:",
    "str xzr, [x0, #{resume}]",
    "stp x30, x29, [sp, #-16]!",
    "mov x0, x1",
    "blr x9",
    "ldp x30, x29, [sp], #16",
    "ret",
    ".size golift_rt_gogo, . - golift_rt_gogo",
    ".globl golift_rt_mcall",
    ".type golift_rt_mcall,%function",
    ".p2align 4",
    "golift_rt_mcall:",
    "mov x21, x3",
    "mov sp, x2",
    "mov x29, xzr",
    "blr x1",
    "brk #0",
    ".size golift_rt_mcall, . - golift_rt_mcall",
    ".globl golift_rt_goentry",
    ".type golift_rt_goentry,%function",
    ".p2align 4",
    "golift_rt_goentry:",
    "mov x29, xzr",
    "mov x2, x19",
    "ldr x9, [x19]",
    "blr x9",
    "bl {goexit1}",
    "brk #0",
    ".size golift_rt_goentry, . - golift_rt_goentry",
    sp = const core::mem::offset_of!(Gobuf, sp),
    bp = const core::mem::offset_of!(Gobuf, bp),
    pc = const core::mem::offset_of!(Gobuf, pc),
    ret = const core::mem::offset_of!(Gobuf, ret),
    resume = const core::mem::offset_of!(Gobuf, resume),
    r0 = const core::mem::offset_of!(Gobuf, regs),
    goexit1 = sym crate::sched::goexit1,
);

use crate::sched::Gobuf;

/// Defines the park entry stub `runtime.NAME` (see x86_64.rs).
macro_rules! park_entry {
    ($name:literal, $imp:path) => {
        $crate::arch::park_entry!(@ $name, $imp, "");
    };
    ($name:literal, $imp:path, with_g) => {
        $crate::arch::park_entry!(@ $name, $imp, "mov x1, x21");
    };
    (@ $name:literal, $imp:path, $extra:literal) => {
        core::arch::global_asm!(
            ".text",
            concat!(".globl \"", $name, "\""),
            concat!(".type \"", $name, "\",%function"),
            ".p2align 4",
            concat!("\"", $name, "\":"),
            "str x30, [x21, #{pc}]",
            "mov x9, sp",
            "str x9, [x21, #{sp}]",
            "str x29, [x21, #{bp}]",
            "stp x19, x20, [x21, #({r0})]",
            "stp x22, x23, [x21, #({r0} + 16)]",
            "stp x24, x25, [x21, #({r0} + 32)]",
            "stp x26, x27, [x21, #({r0} + 48)]",
            "str x28, [x21, #({r0} + 64)]",
            "stp d8, d9, [x21, #({r0} + 72)]",
            "stp d10, d11, [x21, #({r0} + 88)]",
            "stp d12, d13, [x21, #({r0} + 104)]",
            "stp d14, d15, [x21, #({r0} + 120)]",
            $extra,
            "b {imp}",
            concat!(".size \"", $name, "\", . - \"", $name, "\""),
            sp = const $crate::arch::GOBUF + core::mem::offset_of!($crate::sched::Gobuf, sp),
            bp = const $crate::arch::GOBUF + core::mem::offset_of!($crate::sched::Gobuf, bp),
            pc = const $crate::arch::GOBUF + core::mem::offset_of!($crate::sched::Gobuf, pc),
            r0 = const $crate::arch::GOBUF + core::mem::offset_of!($crate::sched::Gobuf, regs),
            imp = sym $imp,
        );
    };
}
pub(crate) use park_entry;

/// The code compiled from Go that asynchronous preemption may interrupt:
/// none on aarch64, where Cranelift keeps scratch values in x16/x17 between
/// instructions and the preemption entry would need a free register to
/// jump back; goroutines there are preempted cooperatively only.
pub fn gotext() -> (usize, usize) {
    (0, 0)
}

/// The interrupted PC, SP and pinned register (`g`) of a signal context.
///
/// # Safety
/// `ctx` must be the `ucontext_t` the kernel passed to a signal handler.
pub unsafe fn ctxt_regs(ctx: *mut core::ffi::c_void) -> (usize, usize, usize) {
    let mc = &unsafe { &*ctx.cast::<libc::ucontext_t>() }.uc_mcontext;
    (mc.pc as usize, mc.sp as usize, mc.regs[21] as usize)
}

/// Never called: `gotext` is empty on aarch64.
///
/// # Safety
/// None needed; it does nothing.
pub unsafe fn inject_async_preempt(_ctx: *mut core::ffi::c_void, _gp: *mut crate::sched::G) {}
