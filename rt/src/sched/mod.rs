//! Goroutines: the `g` struct and the current goroutine of each thread.
//!
//! Compiled code keeps the current `g` in the pinned register (r15 on
//! x86-64, x21 on aarch64) and reads only `stackguard0` from it; the runtime,
//! whose Rust code cannot rely on the pinned register, keeps the same pointer
//! in a thread-local (`getg`). Whoever switches goroutines (the start-up code
//! now, the scheduler later) updates both together, so that
//! `getg()` always equals the pinned register of the code running on that thread.
//!
//! The G/M/P scheduler (run queues, work stealing, sysmon) will live in this
//! directory; for now there is one goroutine, `main`.

mod g;

pub use g::{G, STACK_PREEMPT};

use core::cell::Cell;

thread_local! {
    static CURRENT_G: Cell<*mut G> = const { Cell::new(core::ptr::null_mut()) };
}

/// The goroutine running on this thread (null before the first one starts).
pub fn getg() -> *mut G {
    CURRENT_G.with(Cell::get)
}

/// Records `gp` as the goroutine running on this thread; the caller also
/// loads it into the pinned register before running Go code.
pub fn setg(gp: *mut G) {
    CURRENT_G.with(|c| c.set(gp));
}

/// The id of the running goroutine, as tracebacks print it (`goroutine 1`).
pub fn current_goid() -> i64 {
    let gp = getg();
    if gp.is_null() {
        return 1;
    }
    // SAFETY: a non-null current g is live for as long as it runs on this thread.
    unsafe { (*gp).goid }
}
