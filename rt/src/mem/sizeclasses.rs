//! Go's size classes: the 67 object sizes of the allocator, with the number
//! of 8 KiB pages in each class's spans (Go's `internal/runtime/gc` table,
//! generated there by `mksizeclasses.go`).
//!
//! They are observable: `append` rounds a slice's new capacity up to the size
//! class of its byte size (`roundupsize`), so `cap()` matches gc only if these
//! values are exactly Go's. Invariants: sizes strictly increase, are multiples
//! of 8 up to 1024 and of 128 above, and class 0 means "large object".

/// Number of size classes, including class 0 (large objects).
pub const NUM_SIZE_CLASSES: usize = 68;
/// The largest small object; larger ones get their own pages.
pub const MAX_SMALL_SIZE: usize = 32768;
pub const PAGE_SHIFT: usize = 13;
pub const PAGE_SIZE: usize = 1 << PAGE_SHIFT;
/// Size granularity of the classes up to `SMALL_SIZE_MAX`.
const SMALL_SIZE_DIV: usize = 8;
const SMALL_SIZE_MAX: usize = 1024;
/// Size granularity of the classes above `SMALL_SIZE_MAX`.
const LARGE_SIZE_DIV: usize = 128;
/// Pointerful objects above this size carry an 8-byte malloc header (the
/// type pointer) at their start, which `roundupsize` accounts for.
pub const MIN_SIZE_FOR_MALLOC_HEADER: usize = 8 * 64;
pub const MALLOC_HEADER_SIZE: usize = 8;

pub const CLASS_TO_SIZE: [u16; NUM_SIZE_CLASSES] = [
    0, 8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224, 240, 256, 288, 320,
    352, 384, 416, 448, 480, 512, 576, 640, 704, 768, 896, 1024, 1152, 1280, 1408, 1536, 1792,
    2048, 2304, 2688, 3072, 3200, 3456, 4096, 4864, 5376, 6144, 6528, 6784, 6912, 8192, 9472, 9728,
    10240, 10880, 12288, 13568, 14336, 16384, 18432, 19072, 20480, 21760, 24576, 27264, 28672,
    32768,
];

pub const CLASS_TO_NPAGES: [u8; NUM_SIZE_CLASSES] = [
    0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 2, 1, 2, 1, 2, 1, 3, 2, 3, 1, 3, 2, 3, 4, 5, 6, 1, 7, 6, 5, 4, 3, 5, 7, 2, 9, 7, 5, 8,
    3, 10, 7, 4,
];

/// The smallest class that holds `size` bytes (a linear scan: used only to
/// build the lookup tables at compile time).
const fn smallest_class(size: usize) -> u8 {
    let mut c = 1;
    while (CLASS_TO_SIZE[c] as usize) < size {
        c += 1;
    }
    c as u8
}

/// Class by `ceil(size / 8)` for sizes up to 1024 (Go's `SizeToSizeClass8`).
const SIZE_TO_CLASS8: [u8; SMALL_SIZE_MAX / SMALL_SIZE_DIV + 1] = {
    let mut t = [0u8; SMALL_SIZE_MAX / SMALL_SIZE_DIV + 1];
    let mut i = 1;
    while i < t.len() {
        t[i] = smallest_class(i * SMALL_SIZE_DIV);
        i += 1;
    }
    t
};

/// Class by `ceil((size - 1024) / 128)` above 1024 (Go's `SizeToSizeClass128`).
const SIZE_TO_CLASS128: [u8; (MAX_SMALL_SIZE - SMALL_SIZE_MAX) / LARGE_SIZE_DIV + 1] = {
    let mut t = [0u8; (MAX_SMALL_SIZE - SMALL_SIZE_MAX) / LARGE_SIZE_DIV + 1];
    let mut i = 0;
    while i < t.len() {
        t[i] = smallest_class(SMALL_SIZE_MAX + i * LARGE_SIZE_DIV);
        i += 1;
    }
    t
};

/// The size class of a small object of `size` bytes (`1..=MAX_SMALL_SIZE`).
pub fn size_to_class(size: usize) -> usize {
    debug_assert!(size > 0 && size <= MAX_SMALL_SIZE);
    if size <= SMALL_SIZE_MAX {
        SIZE_TO_CLASS8[size.div_ceil(SMALL_SIZE_DIV)] as usize
    } else {
        SIZE_TO_CLASS128[(size - SMALL_SIZE_MAX).div_ceil(LARGE_SIZE_DIV)] as usize
    }
}

/// Go's `roundupsize`: how many bytes an allocation of `size` really gets,
/// minus the malloc header if it has one. `noscan` objects hold no pointers.
pub fn roundupsize(size: usize, noscan: bool) -> usize {
    if size <= MAX_SMALL_SIZE - MALLOC_HEADER_SIZE {
        let header = if !noscan && size > MIN_SIZE_FOR_MALLOC_HEADER {
            MALLOC_HEADER_SIZE
        } else {
            0
        };
        let req = size + header;
        return CLASS_TO_SIZE[size_to_class(req)] as usize - header;
    }
    match size.checked_add(PAGE_SIZE - 1) {
        Some(s) => s & !(PAGE_SIZE - 1),
        None => size,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_are_consistent() {
        for c in 1..NUM_SIZE_CLASSES {
            let size = CLASS_TO_SIZE[c] as usize;
            assert!(size > CLASS_TO_SIZE[c - 1] as usize);
            assert_eq!(size % if size <= SMALL_SIZE_MAX { 8 } else { 128 }, 0);
            assert!(CLASS_TO_NPAGES[c] as usize * PAGE_SIZE >= size);
        }
        assert_eq!(CLASS_TO_SIZE[NUM_SIZE_CLASSES - 1] as usize, MAX_SMALL_SIZE);
    }

    #[test]
    fn size_to_class_is_smallest_fit() {
        for size in 1..=MAX_SMALL_SIZE {
            let c = size_to_class(size);
            assert!(CLASS_TO_SIZE[c] as usize >= size, "{size}");
            assert!((CLASS_TO_SIZE[c - 1] as usize) < size, "{size}");
        }
        // Spot checks against Go's SizeToSizeClass8/128 tables.
        assert_eq!(SIZE_TO_CLASS8[35], 19);
        assert_eq!(SIZE_TO_CLASS8[128], 32);
        assert_eq!(SIZE_TO_CLASS128[0], 32);
        assert_eq!(SIZE_TO_CLASS128[17], 42);
        assert_eq!(SIZE_TO_CLASS128[232], 67);
    }

    #[test]
    fn roundupsize_with_and_without_header() {
        assert_eq!(roundupsize(1, true), 8);
        assert_eq!(roundupsize(33, true), 48);
        assert_eq!(roundupsize(1000, true), 1024);
        assert_eq!(roundupsize(1000, false), 1016);
        assert_eq!(roundupsize(512, false), 512);
        assert_eq!(roundupsize(513, false), 568);
        assert_eq!(roundupsize(32760, true), 32768);
        assert_eq!(roundupsize(32761, true), 32768);
        assert_eq!(roundupsize(32769, true), 40960);
        assert_eq!(roundupsize(usize::MAX, true), usize::MAX);
    }
}
