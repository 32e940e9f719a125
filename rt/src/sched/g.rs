//! The goroutine descriptor, Go's `g`.
//!
//! Layout contract (rt/ABI.md): `stack.lo` at offset 0, `stack.hi` at 8,
//! `stackguard0` at 16, `unwinding` at 24. Compiled prologues compare SP
//! with `stackguard0` and call `runtime.morestack` when SP is below it;
//! compiled code tests `unwinding` after calls that may panic (`panic`).
//! Fields after these are the runtime's own and may change freely.
//!
//! `stackguard0` has two roles, as in Go: normally it marks the bottom of the
//! goroutine's logical stack (`stack.hi - stacksize`, never closer than
//! `STACK_GUARD` to `stack.lo`); another thread may overwrite it with
//! `STACK_PREEMPT` (together with setting `preempt`) to make the goroutine
//! enter `morestack` at its next prologue or loop back-edge. It is therefore
//! atomic.

use core::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

use crate::stack::{self, Stack};

/// The poison value for `stackguard0`: larger than any SP, so every stack
/// check fails and the goroutine enters `morestack` (Go's `stackPreempt`).
pub const STACK_PREEMPT: usize = (-1314isize) as usize;

#[repr(C)]
pub struct G {
    /// The whole reservation `[lo, hi)`; the stack never moves within it.
    pub stack: Stack,
    pub stackguard0: AtomicUsize,
    /// Nonzero while a panic unwinds frames: compiled code checks it after
    /// every call that may panic and then leaves through its exit path.
    pub unwinding: usize,
    /// The panics in progress, newest first (Go's `_panic`).
    pub panic: *mut crate::panic::Panic,
    /// The defer records of the frames on this stack, newest first (Go's `_defer`).
    pub defer: *mut crate::panic::Defer,
    /// The logical stack size: starts small and doubles in `morestack`.
    pub stacksize: usize,
    /// Set together with `stackguard0 = STACK_PREEMPT` to request preemption.
    pub preempt: AtomicBool,
    pub goid: i64,
}

impl G {
    /// A goroutine that will run on `stack` with the initial logical size.
    pub fn new(stack: Stack, goid: i64) -> G {
        let g = G {
            stack,
            stackguard0: AtomicUsize::new(0),
            unwinding: 0,
            panic: core::ptr::null_mut(),
            defer: core::ptr::null_mut(),
            stacksize: stack::FIXED_STACK,
            preempt: AtomicBool::new(false),
            goid,
        };
        g.stackguard0.store(g.stackguard(), Ordering::Relaxed);
        g
    }

    /// The guard that the current logical size implies.
    pub fn stackguard(&self) -> usize {
        stack::guard_for(self.stack, self.stacksize)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use core::mem::offset_of;

    /// The offsets that compiled prologues rely on (rt/ABI.md).
    #[test]
    fn leading_layout_is_gos() {
        assert_eq!(offset_of!(G, stack) + offset_of!(Stack, lo), 0);
        assert_eq!(offset_of!(G, stack) + offset_of!(Stack, hi), 8);
        assert_eq!(offset_of!(G, stackguard0), 16);
        assert_eq!(offset_of!(G, unwinding), 24);
    }
}
