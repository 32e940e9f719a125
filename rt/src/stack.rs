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
//! - Past `MAX_STACK_SIZE` (Go's 1 GB `maxstacksize`; sizes are powers of two,
//!   so the last size that fits is 512 MiB, as in Go) the goroutine dies with
//!   Go's fatal "stack overflow" error.
//! - Invariant: `stackguard0 >= lo + STACK_GUARD` (or is `STACK_PREEMPT`).
//!   The compiler limits frames to `STACK_FRAME_MAX`, and runtime entry
//!   points run on the goroutine stack below the guard, so the `STACK_GUARD`
//!   bytes below any guard are the red zone that they may use without a
//!   check. Reaching `lo` is therefore impossible for code that checks.
//!
//! Freed stacks go to a free list per reservation size; their pages are
//! returned to the kernel (`MADV_DONTNEED`), so a cached stack costs only
//! address space.

use std::sync::Mutex;

use crate::arch;
use crate::panic::fatal;
use crate::print::Printer;
use crate::sched::{getg, G};

/// The initial logical stack size of a goroutine (Go's `fixedStack`).
pub const FIXED_STACK: usize = 2048;
/// Go's `maxstacksize`: no goroutine stack may grow to more than this.
pub const MAX_STACK_SIZE: usize = 1_000_000_000;
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
    if pool.end - pool.next < size {
        let chunk = size.max(STACK_CHUNK);
        pool.next = map_stack_chunk(chunk);
        pool.end = pool.next + chunk;
    }
    let lo = pool.next;
    pool.next += size;
    Stack { lo, hi: lo + size }
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
    if preempt {
        crate::sched::gopreempt();
    }
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
    let newsize = grown_size(g.stacksize, g.stack.hi - sp);
    if newsize > MAX_STACK_SIZE || newsize > g.stack.capacity() {
        stack_overflow(g, sp);
    }
    g.stacksize = newsize;
    g.stackguard0.store(g.stackguard(), Ordering::Relaxed);
}

/// Go's fatal stack overflow report; the stack shown is the logical one.
fn stack_overflow(g: &G, sp: usize) -> ! {
    let mut p = Printer::new();
    p.str(b"runtime: goroutine stack exceeds ");
    p.uint(MAX_STACK_SIZE as u64);
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
}
