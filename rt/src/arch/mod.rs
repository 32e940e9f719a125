//! Architecture-specific pieces: the trampoline that runs a function on a
//! goroutine stack with the pinned `g` register set, and reading SP.
//!
//! The pinned register is Cranelift's: r15 on x86-64, x21 on aarch64. Both
//! are callee-saved in the C ABI, so Rust code called from Go code preserves
//! them, and the trampoline restores the caller's value when it returns.

#[cfg(target_arch = "aarch64")]
mod aarch64;
#[cfg(target_arch = "x86_64")]
mod x86_64;

#[cfg(target_arch = "aarch64")]
pub use aarch64::getsp;
#[cfg(target_arch = "x86_64")]
pub use x86_64::getsp;

use crate::sched::G;
use crate::string::GoString;

/// Calls the compiled method `f` (a `tail` function `func(recv) string`,
/// an `ifn` of a method table) with interface data word `recv`.
///
/// # Safety
/// `f` must be such a function; it runs on the current goroutine's stack.
pub unsafe fn call_string_method(f: *const u8, recv: *const u8) -> GoString {
    // SAFETY: guaranteed by the caller; the trampoline saves what SystemV
    // callers expect preserved.
    unsafe { golift_rt_call_string_method(f, recv, crate::sched::getg()) }
}

extern "C" {
    /// `tail`-callable `Error` of the prefixed run-time error classes.
    pub fn golift_rt_error_prefixed();
    /// `tail`-callable `Error` of the plain run-time error classes.
    pub fn golift_rt_error_plain();
    fn golift_rt_call_string_method(f: *const u8, recv: *const u8, g: *mut G) -> GoString;
    /// Switches SP to `sp` (16-byte aligned), loads `g` into the pinned
    /// register, calls `f`, and when `f` returns switches back to the
    /// original stack and restores the pinned register.
    fn golift_rt_call_on_stack(sp: usize, g: *mut G, f: unsafe extern "C" fn());
}

/// Runs `f` on the stack whose top is `sp` with `g` in the pinned register.
///
/// # Safety
/// `sp` must be the 16-byte aligned top of a mapped stack that nothing else
/// uses, big enough for `f`; `g` must describe that stack and stay valid
/// while `f` runs.
pub unsafe fn call_on_stack(sp: usize, g: *mut G, f: unsafe extern "C" fn()) {
    debug_assert_eq!(sp % 16, 0);
    // SAFETY: guaranteed by the caller.
    unsafe { golift_rt_call_on_stack(sp, g, f) }
}
