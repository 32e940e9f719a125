//! Goroutines and the G/M/P scheduler (Go's `runtime2.go` and `proc.go`).
//!
//! - `g`: the goroutine descriptor and its saved context (`Gobuf`).
//! - `runq`: the Ps and their local run queues, the global run queue.
//! - `proc`: Ms, scheduling, goroutine creation/exit, park/ready, deadlock.
//! - `sysmon`: the monitor thread that preempts long-running goroutines;
//!   `preempt`: asynchronous preemption by signal; `syscall`: system calls
//!   that let the P go (entersyscall/exitsyscall); `trace`:
//!   `GODEBUG=schedtrace`.
//! - `coro`: iter.Pull's coroutines, a direct switch between two
//!   goroutines on one M (`coroswitch`).
//! - `api`: the entries of package runtime's API (Gosched, Goexit,
//!   NumGoroutine, GOMAXPROCS, NumCPU, LockOSThread).
//!
//! Compiled code keeps the current `g` in the pinned register (r15 on
//! x86-64, x21 on aarch64) and reads only `stackguard0` from it; the runtime,
//! whose Rust code cannot rely on the pinned register, keeps the same pointer
//! in a thread-local (`getg`). The scheduler updates both together when it
//! switches goroutines (`execute` sets the thread-local, `gogo` the
//! register), so `getg()` always equals the pinned register of the Go code
//! running on that thread; on an M's scheduler stack it is the M's g0.
//!
//! Rules for runtime code (Go's HACKING.md, adapted):
//! - Rust code running on a goroutine stack may park only from an entry
//!   point reached through a park stub (`arch::park_entry!`), and only by
//!   `gopark` (or `gopreempt`), which never returns: the goroutine resumes
//!   in compiled code, or first in a `g.sched.resume` function on a fresh
//!   frame. So no Rust frame ever continues on a thread other than the one
//!   it started on, and thread-locals (`getg`, `getm`) stay truthful.
//! - Nothing that needs dropping may be live when parking: a parked
//!   goroutine's Rust frames are abandoned. Locks a parker holds are
//!   released on g0 by `gopark`'s unlock function.
//! - `schedule`, `park_m`, `goexit0` and `gosched_m` run on the M's g0 (its
//!   thread's stack), never on a goroutine stack.
//! - Lock order: channel locks (several in address order, for `select`),
//!   then `sched.lock`; the allocator's and the stack pool's locks are
//!   leaves. No lock is held across a switch to another goroutine.
//! - Ms, Ps and gs are never freed (dead gs are reused), so another thread
//!   (sysmon) may read a stale pointer safely.

mod api;
mod coro;
mod g;
mod preempt;
mod proc;
mod runq;
mod syscall;
mod sysmon;
mod trace;

pub use g::{Gobuf, WaitReason, G, G_RUNNABLE, STACK_PREEMPT};
pub use preempt::{acquirem, preemptible, releasem, PreemptOff};
pub use proc::{
    getm, goexit1, gomaxprocs, gopark, gopreempt, goyield, injectglist, newproc, ready, schedmain,
    spin_allowed, wakep, Funcval, M,
};
pub use runq::P;
pub use syscall::{entersyscall, exitsyscall};

/// Installs the preemption signal's handler (called at start-up).
pub fn initsig() {
    preempt::init();
}

/// The value of setting `name` in `$GODEBUG` (`name=N` in a comma-separated
/// list; the last one wins, as in Go), if it is there and a number.
pub fn godebug(name: &str) -> Option<i64> {
    let v = std::env::var("GODEBUG").ok()?;
    v.split(',')
        .filter_map(|kv| kv.split_once('='))
        .filter(|(k, _)| *k == name)
        .filter_map(|(_, val)| val.parse().ok())
        .next_back()
}

use core::cell::Cell;

thread_local! {
    static CURRENT_G: Cell<*mut G> = const { Cell::new(core::ptr::null_mut()) };
}

/// The goroutine running on this thread (null before the first one starts).
#[inline]
pub fn getg() -> *mut G {
    CURRENT_G.with(Cell::get)
}

/// Records `gp` as the goroutine running on this thread; the caller also
/// loads it into the pinned register before running Go code.
#[inline]
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
