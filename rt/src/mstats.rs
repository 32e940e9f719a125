//! Memory statistics and the collector's settings, as package runtime and
//! runtime/debug expose them (Go's mstats.go and mgcpacer.go):
//! `runtime.ReadMemStats` reads the allocator's counters (`mem::counters`),
//! `runtime/debug.SetGCPercent` and `SetMemoryLimit` keep their settings.
//!
//! golift has no garbage collector yet: nothing is ever freed, no cycle
//! runs, so the settings are only remembered and returned (GOGC and
//! GOMEMLIMIT give their initial values, as in Go) and the statistics
//! report every object as live.

use std::sync::atomic::{AtomicI32, AtomicI64, Ordering};
use std::sync::Once;

use crate::mem::sizeclasses::{CLASS_TO_SIZE, NUM_SIZE_CLASSES};

/// GOGC (Go's `gcPercent`): 100 unless GOGC says otherwise, -1 for "off".
static GC_PERCENT: AtomicI32 = AtomicI32::new(100);
/// GOMEMLIMIT in bytes (Go's `memoryLimit`), `i64::MAX` when unset.
static MEMORY_LIMIT: AtomicI64 = AtomicI64::new(i64::MAX);
static INIT: Once = Once::new();

/// Reads GOGC and GOMEMLIMIT once (Go's `readGOGC`, `readGOMEMLIMIT`; an
/// unparsable GOGC is 100, an unparsable GOMEMLIMIT keeps the default).
fn init() {
    INIT.call_once(|| {
        if let Ok(v) = std::env::var("GOGC") {
            let p = if v == "off" {
                -1
            } else {
                v.parse::<i32>().unwrap_or(100)
            };
            GC_PERCENT.store(p, Ordering::Relaxed);
        }
        if let Some(n) = std::env::var("GOMEMLIMIT")
            .ok()
            .and_then(|v| parse_limit(&v))
        {
            MEMORY_LIMIT.store(n, Ordering::Relaxed);
        }
    });
}

/// A GOMEMLIMIT value: bytes with an optional B, KiB, MiB, GiB or TiB
/// suffix, or "off".
fn parse_limit(v: &str) -> Option<i64> {
    if v == "off" {
        return Some(i64::MAX);
    }
    let units = [
        ("TiB", 1i64 << 40),
        ("GiB", 1 << 30),
        ("MiB", 1 << 20),
        ("KiB", 1 << 10),
        ("B", 1),
    ];
    let (num, unit) = units
        .iter()
        .find_map(|&(u, m)| v.strip_suffix(u).map(|n| (n, m)))
        .unwrap_or((v, 1));
    num.parse::<i64>().ok()?.checked_mul(unit)
}

/// `runtime.rtsetgcpercent(p) int32`: sets GOGC (a negative value means
/// off, -1) and returns the previous setting.
#[export_name = "runtime.rtsetgcpercent"]
pub extern "C" fn set_gc_percent(p: i32) -> i32 {
    init();
    GC_PERCENT.swap(p.max(-1), Ordering::Relaxed)
}

/// `runtime.rtsetmemorylimit(n) int64`: sets the memory limit unless `n`
/// is negative; the previous limit.
#[export_name = "runtime.rtsetmemorylimit"]
pub extern "C" fn set_memory_limit(n: i64) -> i64 {
    init();
    if n < 0 {
        return MEMORY_LIMIT.load(Ordering::Relaxed);
    }
    MEMORY_LIMIT.swap(n, Ordering::Relaxed)
}

/// What `runtime.rtmemstats` fills: Go's `memCounters` in mstats.go.
#[repr(C)]
pub struct MemCounters {
    mallocs: u64,
    total_alloc: u64,
    heap_inuse: u64,
    heap_sys: u64,
    next_gc: u64,
    class_size: [u32; NUM_SIZE_CLASSES],
    class_mallocs: [u64; NUM_SIZE_CLASSES],
}

/// `runtime.rtmemstats(out)`: the allocator's counters.
///
/// # Safety
/// `out` points at a writable `MemCounters`.
#[export_name = "runtime.rtmemstats"]
pub unsafe extern "C" fn rtmemstats(out: *mut MemCounters) {
    init();
    let c = crate::mem::counters();
    // Go's heap goal for a heap that never shrinks: the live heap grown by
    // GOGC percent, at least the 4 MB minimum heap.
    let gogc = GC_PERCENT.load(Ordering::Relaxed);
    let next_gc = if gogc < 0 {
        0
    } else {
        (c.total_alloc + c.total_alloc * gogc as u64 / 100).max(4 << 20)
    };
    // SAFETY: guaranteed by the caller.
    unsafe {
        *out = MemCounters {
            mallocs: c.mallocs,
            total_alloc: c.total_alloc,
            heap_inuse: c.heap_inuse,
            heap_sys: c.heap_sys,
            next_gc,
            class_size: CLASS_TO_SIZE.map(u32::from),
            class_mallocs: c.by_class,
        };
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn memory_limits_parse_as_go_reads_them() {
        assert_eq!(parse_limit("1024"), Some(1024));
        assert_eq!(parse_limit("5MiB"), Some(5 << 20));
        assert_eq!(parse_limit("2GiB"), Some(2 << 30));
        assert_eq!(parse_limit("off"), Some(i64::MAX));
        assert_eq!(parse_limit("x"), None);
    }
}
