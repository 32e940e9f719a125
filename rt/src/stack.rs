//! Goroutine stacks.
//!
//! A goroutine's stack is a fixed region `[lo, hi)` of address space carved
//! out of a large anonymous mapping (`MAP_NORESERVE`: the kernel commits
//! pages only when they are touched). Many stacks share one mapping, so a
//! million goroutines do not need a million mappings (the kernel's map-count
//! limit is about 65 000). Stacks never move: Cranelift cannot describe the
//! pointers into a stack, so Go's copy-to-grow is impossible. Growth is
//! logical instead:
//!
//! - `g.stacksize` is the logical size. It starts at `FIXED_STACK` (2 KiB,
//!   as Go) and doubles in `morestack` whenever SP falls below
//!   `g.stackguard0 = hi - stacksize`.
//! - Past `max_stack()` (Go's `maxstacksize`: `MAX_STACK_SIZE`, 1 GB, until
//!   runtime/debug.SetMaxStack changes it; sizes are powers of two, so the
//!   last size that fits is 512 MiB, as in Go) the goroutine dies with Go's
//!   fatal "stack overflow" error.
//! - Invariant: `stackguard0 >= lo + STACK_GUARD` (or is `STACK_PREEMPT`).
//!   The compiler limits frames to `STACK_FRAME_MAX`, and runtime entry
//!   points run on the goroutine stack below the guard, so the `STACK_GUARD`
//!   bytes below any guard are the red zone that they may use without a
//!   check. Reaching `lo` is therefore impossible for code that checks.
//!
//! Runtime (Rust) code that recurses or may need more than the red zone
//! (equality, hashing) calls `rtstackcheck` at each level: the same test as a
//! compiled prologue, growing the logical stack or dying with Go's stack
//! overflow error, but never preempting (the runtime must not switch
//! goroutines under a Rust frame).
//!
//! Below every stack lies a guard gap of `STACK_GUARD_GAP` bytes that faults
//! on any access (`MADV_GUARD_INSTALL` page-table markers, which keep many
//! stacks in one mapping; `mprotect(PROT_NONE)` where the kernel lacks them,
//! and no gap when the kernel refuses both, e.g. at its map-count limit).
//! The lowest stack of a mapping thus also guards the mapping below it (a
//! heap arena or another chunk). A fault in a gap is reported by the signal
//! handler as a stack overflow (`stack_overflow`): overrunning a stack is
//! never silent.
//!
//! Freed stacks go to a free list per reservation size; their pages are
//! returned to the kernel (`MADV_DONTNEED`, which keeps the guard gap), so a
//! cached stack costs only address space.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;

use crate::arch;
use crate::panic::fatal;
use crate::print::Printer;
use crate::sched::{getg, G};

/// The initial logical stack size of a goroutine (Go's `fixedStack`).
pub const FIXED_STACK: usize = 2048;
/// Go's initial `maxstacksize`: no goroutine stack may grow to more than
/// this unless runtime/debug.SetMaxStack raises it.
pub const MAX_STACK_SIZE: usize = 1_000_000_000;
/// Go's `maxstacksize`, set by runtime/debug.SetMaxStack.
static MAX_STACK: AtomicUsize = AtomicUsize::new(MAX_STACK_SIZE);

/// The current limit of a goroutine stack (Go's `maxstacksize`).
pub fn max_stack() -> usize {
    MAX_STACK.load(Ordering::Relaxed)
}

/// `runtime.rtsetmaxstack(n) int` (runtime/debug.SetMaxStack): sets the
/// limit that `morestack` checks; the previous one. A limit above a
/// goroutine's reservation still stops at the reservation.
#[export_name = "runtime.rtsetmaxstack"]
pub extern "C" fn set_max_stack(n: isize) -> isize {
    MAX_STACK.swap(n.max(0) as usize, Ordering::Relaxed) as isize
}
/// The red zone kept below every `stackguard0` (rt/ABI.md).
pub const STACK_GUARD: usize = 64 << 10;
/// The largest frame the compiler gives a function (rt/ABI.md).
pub const STACK_FRAME_MAX: usize = 16 << 10;
/// Room that growth leaves below the current SP, so that the function that
/// called `morestack` can run its frame inside the logical stack (Go keeps
/// its `StackGuard`, 928 bytes on linux/amd64, for the same purpose).
const STACK_MIN_FREE: usize = 928;
/// The reservation of the main goroutine: big enough for `MAX_STACK_SIZE`
/// growth (512 MiB) plus the red zone.
pub const MAIN_STACK_RESERVE: usize = 1 << 30;
/// The unit in which address space for stacks is reserved.
const STACK_CHUNK: usize = 1 << 32;
const PAGE_SIZE: usize = 4096;
/// The inaccessible gap below each stack: as large as the red zone, so that
/// no frame that starts inside the stack can step over it.
pub const STACK_GUARD_GAP: usize = STACK_GUARD;
/// Linux's `MADV_GUARD_INSTALL` (6.13+): faulting page-table markers.
const MADV_GUARD_INSTALL: libc::c_int = 102;

/// A stack reservation `[lo, hi)` (Go's `stack`).
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Stack {
    pub lo: usize,
    pub hi: usize,
}

impl Stack {
    /// The largest logical size that this reservation can hold.
    pub fn capacity(self) -> usize {
        self.hi - self.lo - STACK_GUARD
    }
}

/// The `stackguard0` for a logical size: `hi - size`, but never inside the red zone.
pub fn guard_for(stack: Stack, stacksize: usize) -> usize {
    stack
        .hi
        .saturating_sub(stacksize)
        .max(stack.lo + STACK_GUARD)
}

struct StackPool {
    /// Free stacks, by reservation size.
    free: Vec<(usize, Vec<Stack>)>,
    /// The unused tail `[next, end)` of the current mapping.
    next: usize,
    end: usize,
}

static STACK_POOL: Mutex<StackPool> = Mutex::new(StackPool {
    free: Vec::new(),
    next: 0,
    end: 0,
});

/// Allocates a stack with a reservation of `reserve` bytes (rounded up to
/// whole pages). Fatal if the address space is exhausted.
pub fn stackalloc(reserve: usize) -> Stack {
    let size = reserve.next_multiple_of(PAGE_SIZE);
    let mut pool = STACK_POOL.lock().unwrap_or_else(|e| e.into_inner());
    if let Some(s) = pool.free_list(size).pop() {
        return s;
    }
    let slot = size + STACK_GUARD_GAP;
    if pool.end - pool.next < slot {
        let chunk = slot.max(STACK_CHUNK);
        pool.next = map_stack_chunk(chunk);
        pool.end = pool.next + chunk;
    }
    let gap = pool.next;
    pool.next += slot;
    install_guard(gap, STACK_GUARD_GAP);
    let lo = gap + STACK_GUARD_GAP;
    Stack { lo, hi: lo + size }
}

/// Makes `[addr, addr+len)` fault on any access, if the kernel lets us.
fn install_guard(addr: usize, len: usize) {
    let p = addr as *mut libc::c_void;
    // SAFETY: the range belongs to a stack chunk and no stack covers it, so
    // taking away access to it affects nothing in use.
    unsafe {
        if libc::madvise(p, len, MADV_GUARD_INSTALL) != 0 {
            libc::mprotect(p, len, libc::PROT_NONE);
        }
    }
}

/// Whether `addr` lies in the guard gap below the stack of `g`.
pub fn in_guard_gap(g: &G, addr: usize) -> bool {
    addr < g.stack.lo && addr >= g.stack.lo.saturating_sub(STACK_GUARD_GAP)
}

/// Returns a stack to the pool; its memory goes back to the kernel.
pub fn stackfree(s: Stack) {
    // SAFETY: the caller gives up `s`, so nothing uses its pages any more;
    // MADV_DONTNEED on a private anonymous mapping only drops their contents.
    unsafe { libc::madvise(s.lo as *mut libc::c_void, s.hi - s.lo, libc::MADV_DONTNEED) };
    let mut pool = STACK_POOL.lock().unwrap_or_else(|e| e.into_inner());
    pool.free_list(s.hi - s.lo).push(s);
}

impl StackPool {
    fn free_list(&mut self, size: usize) -> &mut Vec<Stack> {
        let i = match self.free.iter().position(|(s, _)| *s == size) {
            Some(i) => i,
            None => {
                self.free.push((size, Vec::new()));
                self.free.len() - 1
            }
        };
        &mut self.free[i].1
    }
}

/// Reserves `len` bytes of lazily committed, zeroed address space.
fn map_stack_chunk(len: usize) -> usize {
    // SAFETY: an anonymous private mapping at a kernel-chosen address does
    // not alias any existing memory.
    let p = unsafe {
        libc::mmap(
            core::ptr::null_mut(),
            len,
            libc::PROT_READ | libc::PROT_WRITE,
            libc::MAP_PRIVATE | libc::MAP_ANONYMOUS | libc::MAP_NORESERVE,
            -1,
            0,
        )
    };
    if p == libc::MAP_FAILED {
        fatal(b"runtime: cannot reserve goroutine stack");
    }
    p as usize
}

/// The logical size after growing a stack of `oldsize` whose goroutine has
/// `used` bytes in use: at least double, and enough for `STACK_MIN_FREE` more.
pub fn grown_size(oldsize: usize, used: usize) -> usize {
    let mut newsize = oldsize * 2;
    while newsize < used + STACK_MIN_FREE {
        newsize *= 2;
    }
    newsize
}

/// Called by a prologue or loop back-edge whose stack check failed
/// (`SP < g.stackguard0`): either the goroutine needs a larger logical
/// stack, or the scheduler poisoned `stackguard0` to preempt it. Entered
/// through the park stub `runtime.morestack` (`sched`), so a preempted
/// goroutine yields from here and later returns to its prologue.
pub extern "C" fn morestack() {
    let sp = arch::getsp();
    let gp = getg();
    // SAFETY: compiled code runs only on a goroutine, which `setg` recorded
    // before switching to it; only this thread mutates its running g's
    // non-atomic fields.
    let g = unsafe { &mut *gp };
    let preempt = g.preempt.load(core::sync::atomic::Ordering::Relaxed);
    newstack(g, sp);
    if preempt && crate::sched::preemptible() {
        crate::sched::gopreempt();
    }
}

/// Called by the wrapper of a function whose frame needs `frame` bytes,
/// more than the red zone holds, when `SP - frame < g.stackguard0`: grows
/// the logical stack so that the whole frame lies above the guard (or
/// handles a preemption request), as `morestack` does for small frames.
#[export_name = "runtime.morestackframe"]
pub extern "C" fn morestackframe(frame: usize) {
    let sp = arch::getsp();
    let gp = getg();
    // SAFETY: as in `morestack`.
    let g = unsafe { &mut *gp };
    newstack(g, sp.saturating_sub(frame));
}

/// Go's `newstack`: handles a failed stack check at stack pointer `sp`.
fn newstack(g: &mut G, sp: usize) {
    use core::sync::atomic::Ordering;
    // A preemption request is cleared here; `morestack` then yields.
    g.preempt.store(false, Ordering::Relaxed);
    if sp >= g.stackguard() {
        g.stackguard0.store(g.stackguard(), Ordering::Relaxed);
        return;
    }
    grow(g, sp);
    g.stackguard0.store(g.stackguard(), Ordering::Relaxed);
}

/// Grows the logical stack so that `sp` lies above the guard with
/// `STACK_MIN_FREE` to spare; Go's fatal error past the limit.
fn grow(g: &mut G, sp: usize) {
    let used = g.stack.hi - sp;
    let mut newsize = grown_size(g.stacksize, used);
    let cap = g.stack.capacity();
    if newsize > cap && cap < max_stack() && used + STACK_MIN_FREE <= cap {
        // A reservation smaller than Go's limit: its last size is the whole
        // reservation, not the last power of two that fits.
        newsize = cap;
    }
    if newsize > stack_limit(g) {
        stack_overflow(g, sp);
    }
    g.stacksize = newsize;
}

/// The most a goroutine's logical stack may grow to: Go's `maxstacksize`, or
/// less when the goroutine's reservation is smaller (goroutines other than
/// main reserve `sched::GOROUTINE_STACK_RESERVE`, so a million fit).
fn stack_limit(g: &G) -> usize {
    max_stack().min(g.stack.capacity())
}

/// The stack check of runtime code that recurses (see the file comment):
/// when SP is below the logical guard, grows the stack or dies with Go's
/// stack overflow error. A pending preemption request stays pending. Does
/// nothing off a goroutine stack (unit tests, the signal stack).
#[inline]
pub fn rtstackcheck() {
    use core::sync::atomic::Ordering;
    let sp = arch::getsp();
    let gp = getg();
    if gp.is_null() {
        return;
    }
    // SAFETY: the current g is live while it runs on this thread, and only
    // this thread changes its logical size.
    let g = unsafe { &mut *gp };
    if sp >= g.stackguard() || sp < g.stack.lo || sp >= g.stack.hi {
        return;
    }
    grow(g, sp);
    let guard = g.stackguard();
    let _ = g
        .stackguard0
        .fetch_update(Ordering::Relaxed, Ordering::Relaxed, |v| {
            (v != crate::sched::STACK_PREEMPT).then_some(guard)
        });
}

/// Go's fatal stack overflow report; the stack shown is the logical one.
pub fn stack_overflow(g: &G, sp: usize) -> ! {
    let mut p = Printer::new();
    p.str(b"runtime: goroutine stack exceeds ");
    p.uint(stack_limit(g) as u64);
    p.str(b"-byte limit\nruntime: sp=");
    p.hex(sp as u64);
    p.str(b" stack=[");
    p.hex((g.stack.hi - g.stacksize) as u64);
    p.str(b", ");
    p.hex(g.stack.hi as u64);
    p.str(b"]\n");
    p.flush();
    fatal(b"stack overflow")
}

#[cfg(test)]
mod tests {
    use super::*;
    use core::sync::atomic::Ordering;

    #[test]
    fn growth_doubles_and_covers_use() {
        assert_eq!(grown_size(2048, 100), 4096);
        assert_eq!(grown_size(2048, 4000), 8192);
        assert_eq!(grown_size(4096, 100_000), 131072);
    }

    #[test]
    fn last_size_is_512mib() {
        let mut size = FIXED_STACK;
        while size * 2 <= MAX_STACK_SIZE {
            size *= 2;
        }
        assert_eq!(size, 512 << 20);
        assert!(
            size <= Stack {
                lo: 0,
                hi: MAIN_STACK_RESERVE
            }
            .capacity()
        );
    }

    #[test]
    fn guard_stays_out_of_red_zone() {
        let s = Stack {
            lo: 0x10000,
            hi: 0x10000 + 0x20000,
        };
        assert_eq!(guard_for(s, 2048), s.hi - 2048);
        assert_eq!(guard_for(s, 1 << 20), s.lo + STACK_GUARD);
    }

    #[test]
    fn stacks_are_carved_and_reused() {
        let a = stackalloc(256 << 10);
        let b = stackalloc(256 << 10);
        assert_eq!(a.hi - a.lo, 256 << 10);
        assert!(a.hi <= b.lo || b.hi <= a.lo);
        // SAFETY: `a` is freshly mapped, writable memory.
        unsafe { *((a.hi - 8) as *mut u64) = 7 };
        stackfree(a);
        let c = stackalloc(256 << 10);
        assert_eq!(c, a);
        // SAFETY: as above; freeing dropped the page, which reads as zero.
        assert_eq!(unsafe { *((c.hi - 8) as *const u64) }, 0);
        stackfree(b);
        stackfree(c);
    }

    #[test]
    fn newstack_grows_then_preempt_restores() {
        let stack = Stack {
            lo: 0x100000,
            hi: 0x100000 + (1 << 20),
        };
        let mut g = G::new(stack, 9);
        assert_eq!(
            g.stackguard0.load(Ordering::Relaxed),
            stack.hi - FIXED_STACK
        );
        newstack(&mut g, stack.hi - 3000);
        assert_eq!(g.stacksize, 4096);
        assert_eq!(g.stackguard0.load(Ordering::Relaxed), stack.hi - 4096);
        g.preempt.store(true, Ordering::Relaxed);
        g.stackguard0
            .store(crate::sched::STACK_PREEMPT, Ordering::Relaxed);
        newstack(&mut g, stack.hi - 100);
        assert_eq!(g.stacksize, 4096);
        assert_eq!(g.stackguard0.load(Ordering::Relaxed), stack.hi - 4096);
        assert!(!g.preempt.load(Ordering::Relaxed));
    }

    /// Whether touching `addr` kills a forked child with SIGSEGV.
    fn faults(addr: usize) -> bool {
        // SAFETY: the child only reads one byte and calls `_exit`, both
        // async-signal-safe; the parent only waits for it.
        unsafe {
            let pid = libc::fork();
            if pid == 0 {
                core::ptr::read_volatile(addr as *const u8);
                libc::_exit(0);
            }
            let mut status = 0;
            libc::waitpid(pid, &mut status, 0);
            libc::WIFSIGNALED(status) && libc::WTERMSIG(status) == libc::SIGSEGV
        }
    }

    #[test]
    fn gap_below_each_stack_faults() {
        let a = stackalloc(64 << 10);
        let b = stackalloc(64 << 10);
        for s in [a, b] {
            assert!(!faults(s.lo), "the stack itself is accessible");
            assert!(faults(s.lo - 1), "the byte below the stack faults");
            assert!(faults(s.lo - STACK_GUARD_GAP), "the whole gap faults");
        }
        let g = G::new(a, 9);
        assert!(in_guard_gap(&g, a.lo - 8));
        assert!(!in_guard_gap(&g, a.lo));
        assert!(!in_guard_gap(&g, a.lo - STACK_GUARD_GAP - 1));
        stackfree(a);
        stackfree(b);
    }

    fn mapping_count() -> usize {
        std::fs::read_to_string("/proc/self/maps")
            .map(|m| m.lines().count())
            .unwrap_or(0)
    }

    /// With page-table guards (Linux 6.13+), a thousand stacks with their
    /// gaps still share a mapping or two: guards must not cost a mapping each
    /// (`mprotect` gaps would add two thousand; the slack is for mappings
    /// that tests running in parallel create meanwhile).
    #[test]
    fn guards_keep_stacks_in_one_mapping() {
        let probe = map_stack_chunk(1 << 20);
        // SAFETY: `probe` is a fresh mapping of ours, used by nothing else.
        let supported = unsafe {
            libc::madvise(probe as *mut libc::c_void, PAGE_SIZE, MADV_GUARD_INSTALL) == 0
        };
        if !supported {
            eprintln!("kernel without MADV_GUARD_INSTALL: guards fall back to mprotect");
            return;
        }
        let before = mapping_count();
        let stacks: Vec<Stack> = (0..1000).map(|_| stackalloc(32 << 10)).collect();
        let after = mapping_count();
        assert!(after < before + 500, "{before} mappings became {after}");
        stacks.into_iter().for_each(stackfree);
    }

    #[test]
    fn rtstackcheck_grows_without_clearing_preemption() {
        let sp = arch::getsp();
        let stack = Stack {
            lo: (sp - (1 << 20)) & !4095,
            hi: (sp + 4096) & !4095,
        };
        let gp = Box::into_raw(Box::new(G::new(stack, 9)));
        // SAFETY: `gp` stays valid until it is freed below; this test's thread
        // has no other g.
        let g = unsafe { &mut *gp };
        assert!(sp < g.stackguard());
        let old = crate::sched::getg();
        crate::sched::setg(gp);
        rtstackcheck();
        assert!(g.stacksize > FIXED_STACK);
        assert!(g.stackguard0.load(Ordering::Relaxed) < sp);
        g.stacksize = FIXED_STACK;
        g.stackguard0
            .store(crate::sched::STACK_PREEMPT, Ordering::Relaxed);
        rtstackcheck();
        assert!(g.stacksize > FIXED_STACK);
        assert_eq!(
            g.stackguard0.load(Ordering::Relaxed),
            crate::sched::STACK_PREEMPT
        );
        crate::sched::setg(old);
        // SAFETY: no longer the current g; allocated by Box above.
        drop(unsafe { Box::from_raw(gp) });
    }
}
