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

extern "C" {
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
