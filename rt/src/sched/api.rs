//! The scheduler's part of package runtime's API: the Rust entries that
//! golift's own `runtime` package (rt/go/runtime) declares without bodies
//! (rt/ABI.md "Scheduler entries"), called with the C ABI.
//!
//! - `Gosched` is a park entry: the goroutine goes to the global queue and
//!   resumes by returning from the call, perhaps on another M.
//! - `Goexit` raises a goexit record (`panic::raise_goexit`): the caller
//!   sees `g.unwinding` set, every frame runs its deferred calls, and the
//!   goroutine ends when its bottom frame returns (`proc::goexit1`).
//! - `gomaxprocs(n)` resizes the set of Ps when `n > 0` (`proc::procresize`)
//!   and returns the previous GOMAXPROCS; when the caller's own P was
//!   retired it yields, so it continues on one of the remaining Ps.
//! - `LockOSThread`/`UnlockOSThread` keep Go's nesting count on the
//!   goroutine (`g.lockedcount`); while it is nonzero the goroutine is wired
//!   to its M: it runs only there, and the M runs nothing else
//!   (`proc::schedule`).
//! - The crypto packages' per-goroutine state: crypto/internal/fips140's
//!   service indicator and crypto/fips140's enforcement bypass
//!   (`g.fipsindicator`, `g.fipsonlybypass`).

use core::sync::atomic::Ordering;

use super::proc::{self, SCHED};
use super::{getg, getm};

crate::arch::park_entry!("runtime.Gosched", gosched);
crate::arch::park_entry!("runtime.gomaxprocs", gomaxprocs_entry);

extern "C" fn gosched() {
    super::gopreempt()
}

/// `runtime.Goexit()`: runs the goroutine's deferred calls, then ends it.
#[export_name = "runtime.Goexit"]
pub extern "C" fn goexit() {
    crate::panic::raise_goexit();
}

/// `runtime.NumGoroutine()`: the goroutines that exist (not dead).
#[export_name = "runtime.NumGoroutine"]
pub extern "C" fn num_goroutine() -> i64 {
    SCHED.ngoroutines.load(Ordering::SeqCst) as i64
}

/// `runtime.NumCPU()`: the CPUs the process could use at start-up.
#[export_name = "runtime.NumCPU"]
pub extern "C" fn num_cpu() -> i64 {
    proc::ncpu() as i64
}

/// `gomaxprocs(n)`: sets GOMAXPROCS when `n > 0`; the previous value.
extern "C" fn gomaxprocs_entry(n: i64) -> i64 {
    let old = proc::gomaxprocs() as i64;
    if n <= 0 || n == old {
        return old;
    }
    proc::procresize(n as usize);
    let gp = getg();
    // SAFETY: the caller runs on this M, which holds a P.
    let retired = unsafe { (*(*getm()).p).id } >= proc::gomaxprocs();
    if retired {
        // SAFETY: `gp` runs here; the park stub resumes it by returning
        // `sched.ret`.
        unsafe { (*gp).sched.ret = old as usize };
        super::gopreempt();
    }
    old
}

/// `runtime.LockOSThread()`: wires the goroutine to its M (nestable).
#[export_name = "runtime.LockOSThread"]
pub extern "C" fn lock_os_thread() {
    // SAFETY: the running g belongs to this thread.
    let g = unsafe { &mut *getg() };
    g.lockedcount += 1;
    proc::wire(g);
}

/// `runtime.UnlockOSThread()`: undoes one `LockOSThread`; a no-op when not
/// locked.
#[export_name = "runtime.UnlockOSThread"]
pub extern "C" fn unlock_os_thread() {
    // SAFETY: the running g belongs to this thread.
    let g = unsafe { &mut *getg() };
    if g.lockedcount == 0 {
        return;
    }
    g.lockedcount -= 1;
    if g.lockedcount == 0 {
        proc::unwire(g);
    }
}

/// crypto/internal/fips140.getIndicator: the running goroutine's indicator.
#[export_name = "runtime.fipsIndicator"]
pub extern "C" fn fips_indicator() -> u8 {
    // SAFETY: called by a goroutine, which is running.
    unsafe { (*getg()).fipsindicator }
}

/// crypto/internal/fips140.setIndicator.
#[export_name = "runtime.setFipsIndicator"]
pub extern "C" fn set_fips_indicator(v: u8) {
    // SAFETY: as above.
    unsafe { (*getg()).fipsindicator = v }
}

/// crypto/fips140.isBypassed.
#[export_name = "runtime.fipsOnlyBypass"]
pub extern "C" fn fips_only_bypass() -> bool {
    // SAFETY: as above.
    unsafe { (*getg()).fipsonlybypass }
}

/// crypto/fips140.setBypass (true) and unsetBypass (false).
#[export_name = "runtime.setFipsOnlyBypass"]
pub extern "C" fn set_fips_only_bypass(on: bool) {
    // SAFETY: as above.
    unsafe { (*getg()).fipsonlybypass = on }
}
