//! Goroutines and the G/M/P scheduler (Go's `runtime2.go` and `proc.go`).
//!
//! - `g`: the goroutine descriptor and its saved context (`Gobuf`).
//! - `runq`: the Ps and their local run queues, the global run queue.
//! - `proc`: Ms, scheduling, goroutine creation/exit, park/ready, deadlock.
//! - `sysmon`: the monitor thread that preempts long-running goroutines.
//!
//! Compiled code keeps the current `g` in the pinned register (r15 on
//! x86-64, x21 on aarch64) and reads only `stackguard0` from it; the runtime,
//! whose Rust code cannot rely on the pinned register, keeps the same pointer
//! in a thread-local (`getg`). The scheduler updates both together when it
//! switches goroutines (`execute` sets the thread-local, `gogo` the
//! register), so `getg()` always equals the pinned register of the Go code
//! running on that thread; on an M's scheduler stack it is the M's g0.

mod g;
mod proc;
mod runq;
mod sysmon;

pub use g::{
    Gobuf, WaitReason, G, G_DEAD, G_IDLE, G_RUNNABLE, G_RUNNING, G_WAITING, STACK_PREEMPT,
};
pub use proc::{
    getm, goexit1, gomaxprocs, gopark, gopreempt, newproc, ready, schedmain, Funcval, M,
};
pub use runq::P;

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

crate::arch::park_entry!("runtime.morestack", crate::stack::morestack);
