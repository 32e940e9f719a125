//! Architecture-specific pieces: reading SP, the trampolines into compiled
//! methods, and the context switch of the scheduler: `gogo` (resume a goroutine from its
//! `g.sched`), `mcall` (continue on the M's g0 stack, never returning), the
//! goroutine entry `goentry`, and the park entry stubs (`park_entry!`).
//!
//! Parking invariant (DESIGN.md "Scheduler"): Rust code never parks and then
//! returns into a Rust frame. A runtime entry point that may park is called
//! through a stub that saves the compiled caller's context in `g.sched`
//! before any Rust code runs; parking abandons the Rust frames (holding no
//! locks or owned values) through `mcall`, and a readied goroutine resumes
//! by returning from the stub to compiled code, optionally after `gogo`
//! calls `g.sched.resume` in a fresh frame on the thread that resumes it.
//!
//! The pinned register is Cranelift's: r15 on x86-64, x21 on aarch64. Both
//! are callee-saved in the C ABI, so Rust code called from Go code preserves
//! them, and the trampoline restores the caller's value when it returns.

#[cfg(target_arch = "aarch64")]
mod aarch64;
#[cfg(target_arch = "x86_64")]
mod x86_64;

#[cfg(target_arch = "aarch64")]
pub(crate) use aarch64::{ctxt_regs, getsp, gotext, inject_async_preempt, park_entry};
#[cfg(target_arch = "x86_64")]
pub(crate) use x86_64::{ctxt_regs, getsp, gotext, inject_async_preempt, park_entry};

/// Offset of `g.sched` (used by the park entry stubs).
pub const GOBUF: usize = core::mem::offset_of!(G, sched);

use crate::sched::{Gobuf, G};
use crate::string::GoString;

/// Calls the compiled method `f` (a `tail` function `func(recv) string`,
/// an `ifn` of a method table) with interface data word `recv`.
///
/// # Safety
/// `f` must be such a function; it runs on the current goroutine's stack.
pub unsafe fn call_string_method(f: *const u8, recv: *const u8) -> GoString {
    // Rust frames lie under the method while it runs: it must not be
    // preempted (it would resume them on another thread).
    let _off = crate::sched::PreemptOff::new();
    // SAFETY: guaranteed by the caller; the trampoline saves what SystemV
    // callers expect preserved.
    unsafe { golift_rt_call_string_method(f, recv, crate::sched::getg().cast()) }
}

extern "C" {
    /// `tail`-callable `Error` of the prefixed run-time error classes.
    pub fn golift_rt_error_prefixed();
    /// `tail`-callable `Error` of the plain run-time error classes.
    pub fn golift_rt_error_plain();
    fn golift_rt_call_string_method(f: *const u8, recv: *const u8, g: *mut u8) -> GoString;
    fn golift_rt_gogo(buf: *mut Gobuf, g: *mut u8) -> !;
    fn golift_rt_mcall(gp: *mut u8, f: *const u8, sp: usize, g0: *mut u8) -> !;
    fn golift_rt_goentry();
}

/// The PC a new goroutine starts at (its funcval in `sched.regs[0]`).
pub fn goentry_pc() -> usize {
    golift_rt_goentry as *const () as usize
}

/// Resumes `gp` from `gp.sched` with `gp` in the pinned register.
///
/// # Safety
/// `gp.sched` must hold a context saved by a park stub or set up for
/// `goentry`, and the caller must be on a stack it abandons (g0).
#[inline]
pub unsafe fn gogo(gp: *mut G) -> ! {
    // SAFETY: guaranteed by the caller.
    unsafe { golift_rt_gogo(core::ptr::addr_of_mut!((*gp).sched), gp.cast()) }
}

/// Switches to the g0 stack whose top is `sp` and calls `f(gp)` there.
///
/// # Safety
/// `sp` must be the 16-byte aligned top of this M's g0 stack, with nothing
/// live below it; the current Rust frames are abandoned, so they must hold
/// no locks or values with destructors that matter.
#[inline]
pub unsafe fn mcall(gp: *mut G, f: extern "C" fn(*mut G) -> !, sp: usize, g0: *mut G) -> ! {
    // SAFETY: guaranteed by the caller.
    unsafe { golift_rt_mcall(gp.cast(), f as *const u8, sp, g0.cast()) }
}
