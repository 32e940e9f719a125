//! The heap of the first allocator: arenas of 64 MiB mapped on demand, from
//! which runs of 8 KiB pages are cut, and one current span per size class
//! from which that class's objects are cut in order.
//!
//! Invariants: arena memory is page-aligned (8 KiB), lazily committed and
//! zero; an object never straddles a span, so objects of class size `s` sit
//! at `span + k*s`; nothing is ever handed out twice. One lock guards it all.
//!
//! Memory is obtained as Go's `sysReserve` + `sysMap` do it: first address
//! space (`PROT_NONE`, `MAP_NORESERVE`), then the part handed out is
//! committed (`MAP_FIXED` read-write *without* `MAP_NORESERVE`, so the
//! kernel's overcommit policy accounts for it). An allocation that cannot
//! be reserved dies as Go's does (`runtime: out of memory: cannot allocate
//! N-byte block (M in use)` / `fatal error: out of memory`); one the kernel
//! refuses to commit dies with `fatal error: runtime: out of memory`. A huge
//! `make` therefore fails where Go's fails instead of returning memory that
//! faults when touched. Each mapping ends in an inaccessible guard page, so
//! an arena never touches the mapping above it.

use std::sync::Mutex;

use super::sizeclasses::{
    size_to_class, CLASS_TO_NPAGES, CLASS_TO_SIZE, MAX_SMALL_SIZE, NUM_SIZE_CLASSES, PAGE_SIZE,
};
use crate::panic::fatal;
use crate::print::Printer;

/// Go's `heapArenaBytes`.
const HEAP_ARENA_BYTES: usize = 64 << 20;
/// The unit in which Go grows its heap (`pallocChunkBytes`); its out of
/// memory report names the request rounded up to it.
const HEAP_ALLOC_CHUNK: usize = 4 << 20;

/// The unused part `[next, end)` of a span or an arena.
#[derive(Clone, Copy)]
struct Run {
    next: usize,
    end: usize,
}

impl Run {
    const EMPTY: Run = Run { next: 0, end: 0 };

    fn take(&mut self, n: usize) -> Option<usize> {
        if self.end - self.next < n {
            return None;
        }
        let p = self.next;
        self.next += n;
        Some(p)
    }
}

struct MHeap {
    arena: Run,
    /// Bytes handed out in pages (Go's `heapInUse`).
    in_use: usize,
    /// The current span of each size class.
    spans: [Run; NUM_SIZE_CLASSES],
    /// What runtime.ReadMemStats reports (`Counters`).
    counters: Counters,
}

/// The allocator's cumulative counts (runtime.ReadMemStats).
#[derive(Clone, Copy)]
pub struct Counters {
    /// Objects allocated (Go's `Mallocs`); nothing is freed yet.
    pub mallocs: u64,
    /// Bytes of those objects, rounded up to their size class or to whole
    /// pages (Go's `TotalAlloc`).
    pub total_alloc: u64,
    /// Bytes handed out in pages (Go's `HeapInuse`).
    pub heap_inuse: u64,
    /// Bytes of arena address space committed (Go's `HeapSys`).
    pub heap_sys: u64,
    /// Objects allocated per size class (class 0: large objects).
    pub by_class: [u64; NUM_SIZE_CLASSES],
}

static MHEAP: Mutex<MHeap> = Mutex::new(MHeap {
    arena: Run::EMPTY,
    in_use: 0,
    spans: [Run::EMPTY; NUM_SIZE_CLASSES],
    counters: Counters {
        mallocs: 0,
        total_alloc: 0,
        heap_inuse: 0,
        heap_sys: 0,
        by_class: [0; NUM_SIZE_CLASSES],
    },
});

/// Allocates `size > 0` zeroed bytes.
pub fn alloc(size: usize) -> *mut u8 {
    let mut h = MHEAP.lock().unwrap_or_else(|e| e.into_inner());
    let (p, class, bytes) = if size <= MAX_SMALL_SIZE {
        let class = size_to_class(size);
        (h.alloc_small(class), class, CLASS_TO_SIZE[class] as usize)
    } else {
        let npages = size.div_ceil(PAGE_SIZE);
        (h.alloc_pages(npages), 0, npages * PAGE_SIZE)
    };
    let c = &mut h.counters;
    c.mallocs += 1;
    c.total_alloc += bytes as u64;
    c.by_class[class] += 1;
    p as *mut u8
}

/// A snapshot of the allocator's counts.
pub fn counters() -> Counters {
    let h = MHEAP.lock().unwrap_or_else(|e| e.into_inner());
    Counters {
        heap_inuse: h.in_use as u64,
        ..h.counters
    }
}

impl MHeap {
    fn alloc_small(&mut self, class: usize) -> usize {
        let elemsize = CLASS_TO_SIZE[class] as usize;
        if let Some(p) = self.spans[class].take(elemsize) {
            return p;
        }
        let npages = CLASS_TO_NPAGES[class] as usize;
        let base = self.alloc_pages(npages);
        self.spans[class] = Run {
            next: base,
            end: base + npages * PAGE_SIZE,
        };
        self.spans[class].take(elemsize).unwrap_or(base)
    }

    fn alloc_pages(&mut self, npages: usize) -> usize {
        let bytes = npages
            .checked_mul(PAGE_SIZE)
            .filter(|&b| b <= super::MAX_ALLOC)
            .unwrap_or_else(|| self.cannot_allocate(npages.saturating_mul(PAGE_SIZE)));
        if let Some(p) = self.arena.take(bytes) {
            self.in_use += bytes;
            return p;
        }
        let len = bytes.next_multiple_of(HEAP_ARENA_BYTES);
        let Some(base) = reserve(len) else {
            self.cannot_allocate(bytes)
        };
        commit(base, len);
        self.counters.heap_sys += len as u64;
        self.arena = Run {
            next: base,
            end: base + len,
        };
        self.in_use += bytes;
        self.arena.take(bytes).unwrap_or(base)
    }

    /// Go's report when address space for `bytes` cannot be reserved.
    fn cannot_allocate(&self, bytes: usize) -> ! {
        let mut p = Printer::new();
        p.str(b"runtime: out of memory: cannot allocate ");
        p.uint(bytes.next_multiple_of(HEAP_ALLOC_CHUNK) as u64);
        p.str(b"-byte block (");
        p.uint(self.in_use as u64);
        p.str(b" in use)\n");
        p.flush();
        fatal(b"out of memory")
    }
}

/// Reserves `len` bytes of address space aligned to `PAGE_SIZE`, followed
/// by an inaccessible guard page; None when the kernel refuses.
fn reserve(len: usize) -> Option<usize> {
    let map_len = len.checked_add(2 * PAGE_SIZE)?;
    // SAFETY: an anonymous private mapping at a kernel-chosen address does
    // not alias any existing memory.
    let p = unsafe {
        libc::mmap(
            core::ptr::null_mut(),
            map_len,
            libc::PROT_NONE,
            libc::MAP_PRIVATE | libc::MAP_ANONYMOUS | libc::MAP_NORESERVE,
            -1,
            0,
        )
    };
    (p != libc::MAP_FAILED).then(|| (p as usize).next_multiple_of(PAGE_SIZE))
}

/// Makes the reserved `[base, base+len)` zeroed read-write memory, charged
/// to the kernel's commit accounting (Go's `sysMap`).
fn commit(base: usize, len: usize) {
    // SAFETY: `[base, base+len)` lies in a reservation of ours that nothing
    // uses yet, so replacing its mapping loses nothing.
    let p = unsafe {
        libc::mmap(
            base as *mut libc::c_void,
            len,
            libc::PROT_READ | libc::PROT_WRITE,
            libc::MAP_PRIVATE | libc::MAP_ANONYMOUS | libc::MAP_FIXED,
            -1,
            0,
        )
    };
    if p == libc::MAP_FAILED {
        fatal(b"runtime: out of memory");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reservations_beyond_the_address_space_fail() {
        assert_eq!(reserve(1 << 47), None);
        assert_eq!(reserve(usize::MAX - PAGE_SIZE), None);
        let p = reserve(HEAP_ARENA_BYTES).expect("64 MiB of address space");
        assert_eq!(p % PAGE_SIZE, 0);
        commit(p, HEAP_ARENA_BYTES);
        // SAFETY: `[p, p + HEAP_ARENA_BYTES)` is committed read-write memory of ours.
        unsafe {
            *(p as *mut u8) = 1;
            *((p + HEAP_ARENA_BYTES - 1) as *mut u8) = 1;
        }
    }
}
