//! The heap of the first allocator: arenas of 64 MiB mapped on demand, from
//! which runs of 8 KiB pages are cut, and one current span per size class
//! from which that class's objects are cut in order.
//!
//! Invariants: arena memory is page-aligned (8 KiB), lazily committed and
//! zero; an object never straddles a span, so objects of class size `s` sit
//! at `span + k*s`; nothing is ever handed out twice. One lock guards it all.

use std::sync::Mutex;

use super::sizeclasses::{
    size_to_class, CLASS_TO_NPAGES, CLASS_TO_SIZE, MAX_SMALL_SIZE, NUM_SIZE_CLASSES, PAGE_SIZE,
};
use crate::panic::fatal;

/// Go's `heapArenaBytes`.
const HEAP_ARENA_BYTES: usize = 64 << 20;

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
    /// The current span of each size class.
    spans: [Run; NUM_SIZE_CLASSES],
}

static MHEAP: Mutex<MHeap> = Mutex::new(MHeap {
    arena: Run::EMPTY,
    spans: [Run::EMPTY; NUM_SIZE_CLASSES],
});

/// Allocates `size > 0` zeroed bytes.
pub fn alloc(size: usize) -> *mut u8 {
    let mut h = MHEAP.lock().unwrap_or_else(|e| e.into_inner());
    let p = if size <= MAX_SMALL_SIZE {
        h.alloc_small(size_to_class(size))
    } else {
        h.alloc_pages(size.div_ceil(PAGE_SIZE))
    };
    p as *mut u8
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
        let Some(bytes) = npages.checked_mul(PAGE_SIZE) else {
            fatal(b"runtime: out of memory");
        };
        if let Some(p) = self.arena.take(bytes) {
            return p;
        }
        let len = bytes.next_multiple_of(HEAP_ARENA_BYTES);
        let base = map_arena(len);
        self.arena = Run {
            next: base,
            end: base + len,
        };
        self.arena.take(bytes).unwrap_or(base)
    }
}

/// Maps `len` bytes of zeroed, lazily committed memory aligned to `PAGE_SIZE`.
fn map_arena(len: usize) -> usize {
    let Some(map_len) = len.checked_add(PAGE_SIZE) else {
        fatal(b"runtime: out of memory");
    };
    // SAFETY: an anonymous private mapping at a kernel-chosen address does
    // not alias any existing memory.
    let p = unsafe {
        libc::mmap(
            core::ptr::null_mut(),
            map_len,
            libc::PROT_READ | libc::PROT_WRITE,
            libc::MAP_PRIVATE | libc::MAP_ANONYMOUS | libc::MAP_NORESERVE,
            -1,
            0,
        )
    };
    if p == libc::MAP_FAILED {
        fatal(b"runtime: out of memory");
    }
    (p as usize).next_multiple_of(PAGE_SIZE)
}
