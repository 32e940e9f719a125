//! Go's hash map (`map.go` before Swiss tables): buckets of 8 slots.
//!
//! A map is a pointer to an `Hmap` (null for a nil map). Its `buckets` array
//! has `2^B` buckets; a key's hash selects bucket `hash & (2^B-1)`, and the
//! top 8 bits of the hash (`tophash`, kept >= `MIN_TOP_HASH`) are stored in
//! the bucket's `tophash` array to skip slots without comparing keys. A
//! bucket is `tophash [8]u8`, then the 8 keys, then the 8 elems (no padding
//! between key/elem pairs), then the overflow pointer; full buckets chain to
//! overflow buckets. Keys or elems larger than 128 bytes are stored as
//! pointers to separate objects (`MAP_INDIRECT_KEY` / `MAP_INDIRECT_ELEM`).
//!
//! Growth: when an insert would push the average load above 6.5 per bucket
//! the table doubles; when overflow buckets pile up (as many as buckets) it
//! is rebuilt at the same size. Either way `oldbuckets` keeps the old array
//! and each write evacuates the old bucket it touches plus one more
//! (`nevacuate`, the evacuation frontier), so growth costs O(1) per write.
//! An old bucket's slots are marked `EVACUATED_X`/`_Y` (moved to the same
//! index / index + old size) or `EVACUATED_EMPTY`.
//!
//! Iteration (`Hiter`) starts at a random bucket and slot offset. It walks
//! the bucket array as of `mapiterinit`; while that array is being grown it
//! reads not-yet-evacuated old buckets and skips the keys that will move to
//! the other half, so each entry is returned at most once; entries deleted
//! before being reached are not returned; entries added during iteration
//! may or may not be, as the spec allows; after `clear(m)` an iterator
//! returns nothing more.
//!
//! Invariants (Go's):
//! - `tophash[i] == EMPTY_REST` means slot i and every later slot of this
//!   bucket and its overflow chain are empty;
//! - while `oldbuckets != null`, the old buckets below `nevacuate` are all
//!   evacuated; writes go only to `buckets`;
//! - `count` is the number of live entries (`len(m)` reads it at offset 0);
//! - `hash0` is random per map and re-randomised when the map empties;
//! - the hash of a key depends only on its value and `hash0`, except NaNs,
//!   which hash randomly (each NaN key is a distinct entry that lookups
//!   never find).

use crate::abi::{
    MapType, Type, MAP_HASH_MIGHT_PANIC, MAP_INDIRECT_ELEM, MAP_INDIRECT_KEY, MAP_NEED_KEY_UPDATE,
    MAP_REFLEXIVE_KEY,
};
use crate::alg::{fastrand, hash64, hash_bytes, typehasher};
use crate::error::PLAIN_ERROR;
use crate::mem::mallocgc;
use crate::panic::{fatal, raise_error, unwinding};
use crate::string::GoString;

/// Slots per bucket.
pub const BUCKET_CNT: usize = 8;
/// Keys and elems larger than this are stored indirectly.
pub const MAX_KEY_SIZE: usize = 128;
pub const MAX_ELEM_SIZE: usize = 128;
/// Load factor 6.5 = 13/2.
const LOAD_FACTOR_NUM: usize = 13;
const LOAD_FACTOR_DEN: usize = 2;

const EMPTY_REST: u8 = 0;
const EMPTY_ONE: u8 = 1;
const EVACUATED_X: u8 = 2;
const EVACUATED_Y: u8 = 3;
const EVACUATED_EMPTY: u8 = 4;
const MIN_TOP_HASH: u8 = 5;

const ITERATOR: u8 = 1;
const OLD_ITERATOR: u8 = 2;
const HASH_WRITING: u8 = 4;
const SAME_SIZE_GROW: u8 = 8;

/// `Hiter::check_bucket` when no check is needed.
const NO_CHECK: usize = usize::MAX;

/// Where lookups of missing keys point (Go's `zeroVal`); elems larger than
/// this use the `_fat` entry points with a zero value of their own.
pub static ZERO_VAL: [u8; 1024] = [0; 1024];

/// A map header (Go's `hmap`); compiled code reads `count` at offset 0.
#[repr(C)]
pub struct Hmap {
    pub count: usize,
    pub flags: u8,
    /// log2 of the number of buckets.
    pub b: u8,
    /// Approximate number of overflow buckets.
    pub noverflow: u16,
    pub hash0: u32,
    pub buckets: *mut u8,
    pub oldbuckets: *mut u8,
    /// Old buckets below this index are evacuated.
    pub nevacuate: usize,
    /// Preallocated overflow buckets not yet used (Go keeps them in `mapextra`).
    pub next_overflow: *mut u8,
    /// Counts `clear(m)` calls: an iterator started before one stops.
    pub clear_seq: u64,
}

/// A map iterator (Go's `hiter`); compiled code reserves `HITER_SIZE` bytes,
/// reads `key` and `elem` (null `key`: iteration is over).
#[repr(C)]
pub struct Hiter {
    pub key: *mut u8,
    pub elem: *mut u8,
    t: *const MapType,
    h: *mut Hmap,
    /// The bucket array as of `mapiterinit`.
    buckets: *mut u8,
    /// The bucket being walked.
    bptr: *mut u8,
    start_bucket: usize,
    /// Random slot offset applied in every bucket.
    offset: u8,
    wrapped: bool,
    b: u8,
    i: u8,
    bucket: usize,
    check_bucket: usize,
    /// The map's `clear_seq` at `mapiterinit`.
    clear_seq: u64,
}

/// Bytes compiled code reserves for an iterator.
pub const HITER_SIZE: usize = core::mem::size_of::<Hiter>();

/// The key/elem/bucket geometry of a map type, and the rule for filling
/// `MapType::{key_stride, elem_stride, group_size, flags}` (rt/ABI.md).
pub fn map_layout(key: &Type, elem: &Type, key_flags: u32) -> (usize, usize, usize, u32) {
    let mut flags = key_flags;
    let ks = if key.size > MAX_KEY_SIZE {
        flags |= MAP_INDIRECT_KEY;
        8
    } else {
        key.size
    };
    let vs = if elem.size > MAX_ELEM_SIZE {
        flags |= MAP_INDIRECT_ELEM;
        8
    } else {
        elem.size
    };
    let bs = BUCKET_CNT + BUCKET_CNT * (ks + vs) + 8;
    (ks, vs, bs, flags)
}

/// How keys are hashed and compared: through the descriptor (`Generic`) or
/// inline for the fast entry points, which compiled code uses only for keys
/// whose hasher is `memhash32`/`memhash64`/`strhash` (same hashes).
trait KeyOps {
    /// # Safety
    /// `k` must point at a key of `t`.
    unsafe fn hash(t: &MapType, k: *const u8, seed: usize) -> usize;
    /// # Safety
    /// `a` and `b` must point at keys of `t`.
    unsafe fn equal(t: &MapType, a: *const u8, b: *const u8) -> bool;
}

/// Keys of any type, through `MapType::hasher` and the key's `equal`.
struct Generic;
/// 4-byte plain-memory keys.
struct Fast32;
/// 8-byte plain-memory keys.
struct Fast64;
/// String keys.
struct FastStr;

impl KeyOps for Generic {
    unsafe fn hash(t: &MapType, k: *const u8, seed: usize) -> usize {
        let hasher = t.hash_fn().unwrap_or(typehasher);
        // SAFETY: guaranteed by the caller.
        unsafe { hasher(k, seed, t.key) }
    }

    unsafe fn equal(t: &MapType, a: *const u8, b: *const u8) -> bool {
        // SAFETY: guaranteed by the caller.
        unsafe { crate::alg::equal(&*t.key, a, b) }
    }
}

impl KeyOps for Fast32 {
    unsafe fn hash(_: &MapType, k: *const u8, seed: usize) -> usize {
        // SAFETY: guaranteed by the caller.
        hash64(unsafe { k.cast::<u32>().read_unaligned() } as u64, seed)
    }

    unsafe fn equal(_: &MapType, a: *const u8, b: *const u8) -> bool {
        // SAFETY: guaranteed by the caller.
        unsafe { a.cast::<u32>().read_unaligned() == b.cast::<u32>().read_unaligned() }
    }
}

impl KeyOps for Fast64 {
    unsafe fn hash(_: &MapType, k: *const u8, seed: usize) -> usize {
        // SAFETY: guaranteed by the caller.
        hash64(unsafe { k.cast::<u64>().read_unaligned() }, seed)
    }

    unsafe fn equal(_: &MapType, a: *const u8, b: *const u8) -> bool {
        // SAFETY: guaranteed by the caller.
        unsafe { a.cast::<u64>().read_unaligned() == b.cast::<u64>().read_unaligned() }
    }
}

impl KeyOps for FastStr {
    unsafe fn hash(_: &MapType, k: *const u8, seed: usize) -> usize {
        // SAFETY: guaranteed by the caller.
        hash_bytes(unsafe { (*k.cast::<GoString>()).as_bytes() }, seed)
    }

    unsafe fn equal(_: &MapType, a: *const u8, b: *const u8) -> bool {
        // SAFETY: guaranteed by the caller.
        let (a, b) = unsafe { (*a.cast::<GoString>(), *b.cast::<GoString>()) };
        // SAFETY: string headers point at live bytes.
        a.len == b.len && (a.ptr == b.ptr || unsafe { a.as_bytes() == b.as_bytes() })
    }
}

/// Accessors over a map type's bucket geometry.
struct Geo<'a, K: KeyOps> {
    t: &'a MapType,
    ks: usize,
    vs: usize,
    bs: usize,
    keys: core::marker::PhantomData<K>,
}

impl<'a, K: KeyOps> Geo<'a, K> {
    fn new(t: &'a MapType) -> Geo<'a, K> {
        Geo {
            t,
            ks: t.key_stride,
            vs: t.elem_stride,
            bs: t.group_size,
            keys: core::marker::PhantomData,
        }
    }

    fn key_type(&self) -> &Type {
        // SAFETY: map descriptors point at their key descriptor.
        unsafe { &*self.t.key }
    }

    fn flag(&self, f: u32) -> bool {
        self.t.flags & f != 0
    }

    fn bucket(&self, base: *mut u8, i: usize) -> *mut u8 {
        base.wrapping_add(i * self.bs)
    }

    fn tophash(&self, b: *mut u8, i: usize) -> *mut u8 {
        b.wrapping_add(i)
    }

    /// The key slot `i` of bucket `b`.
    fn key_slot(&self, b: *mut u8, i: usize) -> *mut u8 {
        b.wrapping_add(BUCKET_CNT + i * self.ks)
    }

    fn elem_slot(&self, b: *mut u8, i: usize) -> *mut u8 {
        b.wrapping_add(BUCKET_CNT + BUCKET_CNT * self.ks + i * self.vs)
    }

    /// The key stored in slot `i` (through the pointer for indirect keys).
    ///
    /// # Safety
    /// `b` must be a bucket of this map type.
    unsafe fn key(&self, b: *mut u8, i: usize) -> *mut u8 {
        let k = self.key_slot(b, i);
        if self.flag(MAP_INDIRECT_KEY) {
            // SAFETY: indirect key slots hold a pointer.
            unsafe { *k.cast::<*mut u8>() }
        } else {
            k
        }
    }

    /// # Safety
    /// `b` must be a bucket of this map type.
    unsafe fn elem(&self, b: *mut u8, i: usize) -> *mut u8 {
        let e = self.elem_slot(b, i);
        if self.flag(MAP_INDIRECT_ELEM) {
            // SAFETY: indirect elem slots hold a pointer.
            unsafe { *e.cast::<*mut u8>() }
        } else {
            e
        }
    }

    fn overflow_slot(&self, b: *mut u8) -> *mut *mut u8 {
        b.wrapping_add(self.bs - 8).cast()
    }

    /// # Safety
    /// `b` must be a bucket of this map type.
    unsafe fn overflow(&self, b: *mut u8) -> *mut u8 {
        // SAFETY: guaranteed by the caller.
        unsafe { *self.overflow_slot(b) }
    }

    /// # Safety
    /// `k` must point at a key.
    unsafe fn hash(&self, k: *const u8, seed: u32) -> usize {
        // SAFETY: guaranteed by the caller.
        unsafe { K::hash(self.t, k, seed as usize) }
    }

    /// # Safety
    /// `a` and `b` must point at keys.
    unsafe fn key_equal(&self, a: *const u8, b: *const u8) -> bool {
        // SAFETY: guaranteed by the caller.
        unsafe { K::equal(self.t, a, b) }
    }

    fn new_buckets(&self, n: usize) -> *mut u8 {
        mallocgc(n * self.bs, self.t.group, 1)
    }
}

fn tophash(hash: usize) -> u8 {
    let top = (hash >> (usize::BITS - 8)) as u8;
    if top < MIN_TOP_HASH {
        top + MIN_TOP_HASH
    } else {
        top
    }
}

fn is_empty(x: u8) -> bool {
    x <= EMPTY_ONE
}

/// Whether the old bucket `b` has been evacuated.
///
/// # Safety
/// `b` must point at a bucket.
unsafe fn evacuated(b: *const u8) -> bool {
    // SAFETY: guaranteed by the caller.
    let h = unsafe { *b };
    h > EMPTY_ONE && h < MIN_TOP_HASH
}

fn bucket_shift(b: u8) -> usize {
    1usize << (b & 63)
}

fn bucket_mask(b: u8) -> usize {
    bucket_shift(b) - 1
}

/// Whether `count` items in `2^b` buckets exceed the load factor.
fn over_load_factor(count: usize, b: u8) -> bool {
    count > BUCKET_CNT && count > LOAD_FACTOR_NUM * (bucket_shift(b) / LOAD_FACTOR_DEN)
}

/// Whether there are as many overflow buckets as buckets (capped at 2^15).
fn too_many_overflow_buckets(noverflow: u16, b: u8) -> bool {
    let b = b.min(15);
    noverflow as usize >= 1usize << b
}

impl Hmap {
    fn growing(&self) -> bool {
        !self.oldbuckets.is_null()
    }

    fn same_size_grow(&self) -> bool {
        self.flags & SAME_SIZE_GROW != 0
    }

    /// The number of buckets before the current growth.
    fn noldbuckets(&self) -> usize {
        let old_b = if self.same_size_grow() {
            self.b
        } else {
            self.b - 1
        };
        bucket_shift(old_b)
    }

    fn oldbucketmask(&self) -> usize {
        self.noldbuckets() - 1
    }

    fn incrnoverflow(&mut self) {
        if self.b < 16 {
            self.noverflow = self.noverflow.saturating_add(1);
            return;
        }
        let mask = (1u64 << (self.b - 15)) - 1;
        if fastrand() & mask == 0 {
            self.noverflow = self.noverflow.saturating_add(1);
        }
    }
}

/// `2^b` buckets, plus `2^(b-4)` preallocated overflow buckets when
/// `b >= 4`; returns the array and the first preallocated overflow bucket.
/// The last preallocated one points at the array as a "last one" marker.
fn make_bucket_array<K: KeyOps>(g: &Geo<K>, b: u8) -> (*mut u8, *mut u8) {
    let base = bucket_shift(b);
    let extra = if b >= 4 { bucket_shift(b - 4) } else { 0 };
    let buckets = g.new_buckets(base + extra);
    if extra == 0 {
        return (buckets, core::ptr::null_mut());
    }
    let next = g.bucket(buckets, base);
    let last = g.bucket(buckets, base + extra - 1);
    // SAFETY: `last` is a bucket of the fresh array.
    unsafe { *g.overflow_slot(last) = buckets };
    (buckets, next)
}

/// Chains a new overflow bucket after `b`.
///
/// # Safety
/// `b` must be a bucket of `h`.
unsafe fn newoverflow<K: KeyOps>(g: &Geo<K>, h: &mut Hmap, b: *mut u8) -> *mut u8 {
    let ovf = if !h.next_overflow.is_null() {
        let ovf = h.next_overflow;
        // SAFETY: preallocated overflow buckets are buckets of `h`.
        unsafe {
            if g.overflow(ovf).is_null() {
                h.next_overflow = g.bucket(ovf, 1);
            } else {
                *g.overflow_slot(ovf) = core::ptr::null_mut();
                h.next_overflow = core::ptr::null_mut();
            }
        }
        ovf
    } else {
        g.new_buckets(1)
    };
    h.incrnoverflow();
    // SAFETY: guaranteed by the caller.
    unsafe { *g.overflow_slot(b) = ovf };
    ovf
}

/// The descriptor the allocator (and later the GC) sees for map headers:
/// the words up to `next_overflow` may hold pointers.
static HMAP_TYPE: Type = {
    let mut t =
        crate::abi::internal_type(core::mem::size_of::<Hmap>(), 48, crate::abi::Kind::Struct);
    t.align = 8;
    t
};

fn new_hmap() -> *mut Hmap {
    let h = mallocgc(core::mem::size_of::<Hmap>(), &HMAP_TYPE, 1).cast::<Hmap>();
    // SAFETY: `h` is a fresh zeroed allocation of an Hmap.
    unsafe { (*h).hash0 = fastrand() as u32 };
    h
}

/// `make(map[k]v)` with no or a small hint.
#[export_name = "runtime.makemap_small"]
pub extern "C" fn makemap_small() -> *mut Hmap {
    new_hmap()
}

/// `make(map[k]v, hint)`: a map with room for `hint` entries; `h` is
/// storage for the header from compiled code, or null.
///
/// # Safety
/// `t` must be a map descriptor; `h` null or a zeroed `Hmap`.
#[export_name = "runtime.makemap"]
pub unsafe extern "C" fn makemap(t: *const MapType, hint: isize, h: *mut Hmap) -> *mut Hmap {
    // SAFETY: guaranteed by the caller.
    let g = Geo::<Generic>::new(unsafe { &*t });
    // SAFETY: as above.
    let too_large = hint < 0
        || (hint as usize).saturating_mul(g.bs) > crate::mem::MAX_ALLOC
        || unsafe { gc_rejects_hint(&*t, hint as usize) };
    let hint = if too_large { 0 } else { hint as usize };
    let h = if h.is_null() {
        new_hmap()
    } else {
        // SAFETY: guaranteed by the caller.
        unsafe { (*h).hash0 = fastrand() as u32 };
        h
    };
    let mut b = 0;
    while over_load_factor(hint, b) {
        b += 1;
    }
    // SAFETY: `h` is a valid header.
    let hm = unsafe { &mut *h };
    hm.b = b;
    if b != 0 {
        let (buckets, next) = make_bucket_array(&g, b);
        hm.buckets = buckets;
        hm.next_overflow = next;
    }
    h
}

/// Whether Go 1.27's `make(map[K]V, hint)` treats `hint` as obviously too
/// large and makes an empty map instead (its swiss-table rule: the groups
/// for `hint * 8/7` slots, rounded up to a power-of-two directory of
/// 1024-slot tables, would pass `maxAlloc`). Without this, a hint that gc
/// ignores would make golift run out of memory.
///
/// # Safety
/// `t` must be a full map descriptor.
unsafe fn gc_rejects_hint(t: &MapType, hint: usize) -> bool {
    // SAFETY: guaranteed by the caller.
    let (k, e) = unsafe { (&*t.key, &*t.elem) };
    // Keys and elems over 128 bytes are stored indirectly.
    let slot = |t: &Type| match t.size {
        0..=128 => (t.size, t.align.max(1) as usize),
        _ => (8, 8),
    };
    let ((ks, ka), (es, ea)) = (slot(k), slot(e));
    let align = ka.max(ea).max(8);
    let slot_size = (ks.next_multiple_of(ea) + es).next_multiple_of(ka.max(ea));
    let group = (8 + 8 * slot_size).next_multiple_of(align);
    let target = hint.saturating_mul(8) / 7;
    if target < hint {
        return true;
    }
    target
        .div_ceil(1024)
        .checked_next_power_of_two()
        .and_then(|dir| dir.checked_mul(1024))
        .and_then(|groups| groups.checked_mul(group))
        .is_none_or(|mem| mem > crate::mem::MAX_ALLOC)
}

/// Finds `key`: the bucket and slot that hold it.
///
/// # Safety
/// `h` must be a live non-empty map of type `g.t`; `key` a key.
unsafe fn lookup<K: KeyOps>(g: &Geo<K>, h: &Hmap, key: *const u8) -> Option<(*mut u8, usize)> {
    // SAFETY: guaranteed by the caller.
    let hash = unsafe { g.hash(key, h.hash0) };
    if g.flag(MAP_HASH_MIGHT_PANIC) && unwinding() {
        return None;
    }
    let mut m = bucket_mask(h.b);
    let mut b = g.bucket(h.buckets, hash & m);
    if h.growing() {
        if !h.same_size_grow() {
            m >>= 1;
        }
        let oldb = g.bucket(h.oldbuckets, hash & m);
        // SAFETY: `oldb` is an old bucket.
        if !unsafe { evacuated(oldb) } {
            b = oldb;
        }
    }
    let top = tophash(hash);
    while !b.is_null() {
        for i in 0..BUCKET_CNT {
            // SAFETY: `b` is a bucket of `h`.
            unsafe {
                let th = *g.tophash(b, i);
                if th != top {
                    if th == EMPTY_REST {
                        return None;
                    }
                    continue;
                }
                if g.key_equal(key, g.key(b, i)) {
                    return Some((b, i));
                }
            }
        }
        // SAFETY: `b` is a bucket of `h`.
        b = unsafe { g.overflow(b) };
    }
    None
}

/// The elem for `key`, or null when absent (or when hashing panicked).
///
/// # Safety
/// `t` a map descriptor, `h` null or a live map of it, `key` a key.
unsafe fn access<K: KeyOps>(t: *const MapType, h: *mut Hmap, key: *const u8) -> *mut u8 {
    // SAFETY: guaranteed by the caller.
    let g = Geo::<K>::new(unsafe { &*t });
    // SAFETY: guaranteed by the caller.
    let Some(hm) = (unsafe { h.as_ref() }).filter(|h| h.count > 0) else {
        if g.flag(MAP_HASH_MIGHT_PANIC) {
            // SAFETY: `key` is a key; hashing raises for unhashable keys.
            unsafe { g.hash(key, 0) };
        }
        return core::ptr::null_mut();
    };
    if hm.flags & HASH_WRITING != 0 {
        fatal(b"concurrent map read and map write");
    }
    // SAFETY: guaranteed by the caller.
    match unsafe { lookup(&g, hm, key) } {
        // SAFETY: the slot holds a live entry.
        Some((b, i)) => unsafe { g.elem(b, i) },
        None => core::ptr::null_mut(),
    }
}

/// `v := m[k]`: a pointer to the elem, or to a zero value.
///
/// # Safety
/// `t` a map descriptor with elems of at most 1024 bytes, `h` null or a live
/// map of it, `key` a key.
#[export_name = "runtime.mapaccess1"]
pub unsafe extern "C" fn mapaccess1(t: *const MapType, h: *mut Hmap, key: *const u8) -> *mut u8 {
    // SAFETY: guaranteed by the caller.
    let e = unsafe { access::<Generic>(t, h, key) };
    if e.is_null() {
        ZERO_VAL.as_ptr().cast_mut()
    } else {
        e
    }
}

/// The two results of `mapaccess2`: the elem (or zero value) and `ok`.
#[repr(C)]
pub struct ElemOk {
    pub elem: *mut u8,
    pub ok: bool,
}

/// `v, ok := m[k]`.
///
/// # Safety
/// As `mapaccess1`.
#[export_name = "runtime.mapaccess2"]
pub unsafe extern "C" fn mapaccess2(t: *const MapType, h: *mut Hmap, key: *const u8) -> ElemOk {
    // SAFETY: guaranteed by the caller.
    let e = unsafe { access::<Generic>(t, h, key) };
    ElemOk {
        ok: !e.is_null(),
        elem: if e.is_null() {
            ZERO_VAL.as_ptr().cast_mut()
        } else {
            e
        },
    }
}

/// `mapaccess1` for elems larger than `ZERO_VAL`: `zero` is the zero value.
///
/// # Safety
/// As `mapaccess1`; `zero` points at a zero elem.
#[export_name = "runtime.mapaccess1_fat"]
pub unsafe extern "C" fn mapaccess1_fat(
    t: *const MapType,
    h: *mut Hmap,
    key: *const u8,
    zero: *mut u8,
) -> *mut u8 {
    // SAFETY: guaranteed by the caller.
    let e = unsafe { access::<Generic>(t, h, key) };
    if e.is_null() {
        zero
    } else {
        e
    }
}

/// `mapaccess2` for elems larger than `ZERO_VAL`.
///
/// # Safety
/// As `mapaccess1_fat`.
#[export_name = "runtime.mapaccess2_fat"]
pub unsafe extern "C" fn mapaccess2_fat(
    t: *const MapType,
    h: *mut Hmap,
    key: *const u8,
    zero: *mut u8,
) -> ElemOk {
    // SAFETY: guaranteed by the caller.
    let e = unsafe { access::<Generic>(t, h, key) };
    ElemOk {
        ok: !e.is_null(),
        elem: if e.is_null() { zero } else { e },
    }
}

/// `m[k] = ...`: a pointer to the elem slot for `key`, inserting the key
/// (with a zero elem) when absent. A nil map panics with `assignment to
/// entry in nil map`; then, as when hashing panics, the result is null.
///
/// # Safety
/// `t` a map descriptor, `h` null or a live map of it, `key` a key.
#[export_name = "runtime.mapassign"]
pub unsafe extern "C" fn mapassign(t: *const MapType, h: *mut Hmap, key: *const u8) -> *mut u8 {
    // SAFETY: guaranteed by the caller.
    unsafe { assign_key::<Generic>(t, h, key) }
}

/// `mapassign` with key operations `K`.
///
/// # Safety
/// As `mapassign`.
unsafe fn assign_key<K: KeyOps>(t: *const MapType, h: *mut Hmap, key: *const u8) -> *mut u8 {
    // SAFETY: guaranteed by the caller.
    let g = Geo::<K>::new(unsafe { &*t });
    // SAFETY: guaranteed by the caller.
    let Some(h) = (unsafe { h.as_mut() }) else {
        raise_error(&PLAIN_ERROR, |p| p.str(b"assignment to entry in nil map"));
        return core::ptr::null_mut();
    };
    if h.flags & HASH_WRITING != 0 {
        fatal(b"concurrent map writes");
    }
    // SAFETY: guaranteed by the caller.
    let hash = unsafe { g.hash(key, h.hash0) };
    if g.flag(MAP_HASH_MIGHT_PANIC) && unwinding() {
        return core::ptr::null_mut();
    }
    h.flags ^= HASH_WRITING;
    if h.buckets.is_null() {
        h.buckets = g.new_buckets(1);
    }
    // SAFETY: `h` is a live map of `g.t` and `key` a key.
    let elem = unsafe { assign(&g, h, key, hash) };
    h.flags &= !HASH_WRITING;
    elem
}

/// The body of `mapassign` once the key is hashed.
///
/// # Safety
/// `h` a live map of `g.t` with buckets; `key` a key hashing to `hash`.
unsafe fn assign<K: KeyOps>(g: &Geo<K>, h: &mut Hmap, key: *const u8, hash: usize) -> *mut u8 {
    let top = tophash(hash);
    loop {
        let bucket = hash & bucket_mask(h.b);
        if h.growing() {
            // SAFETY: `h` is growing.
            unsafe { grow_work(g, h, bucket) };
        }
        let mut b = g.bucket(h.buckets, bucket);
        let mut insert: Option<(*mut u8, usize)> = None;
        // SAFETY (loop): `b` walks buckets of `h`.
        'search: loop {
            for i in 0..BUCKET_CNT {
                let th = unsafe { *g.tophash(b, i) };
                if th != top {
                    if is_empty(th) && insert.is_none() {
                        insert = Some((b, i));
                    }
                    if th == EMPTY_REST {
                        break 'search;
                    }
                    continue;
                }
                let k = unsafe { g.key(b, i) };
                if !unsafe { g.key_equal(key, k) } {
                    continue;
                }
                if g.flag(MAP_NEED_KEY_UPDATE) {
                    unsafe { core::ptr::copy(key, k, g.key_type().size) };
                }
                return unsafe { g.elem(b, i) };
            }
            let ovf = unsafe { g.overflow(b) };
            if ovf.is_null() {
                break;
            }
            b = ovf;
        }
        if !h.growing()
            && (over_load_factor(h.count + 1, h.b) || too_many_overflow_buckets(h.noverflow, h.b))
        {
            hash_grow(g, h);
            continue;
        }
        let (ib, i) = match insert {
            Some(slot) => slot,
            // SAFETY: `b` is the last bucket of the chain.
            None => (unsafe { newoverflow(g, h, b) }, 0),
        };
        // SAFETY: slot `i` of `ib` is empty and ours to fill.
        return unsafe { fill_slot(g, h, ib, i, key, top) };
    }
}

/// Stores `key` in the empty slot `i` of bucket `b`; returns its elem.
///
/// # Safety
/// Slot `i` of bucket `b` of `h` must be empty.
unsafe fn fill_slot<K: KeyOps>(
    g: &Geo<K>,
    h: &mut Hmap,
    b: *mut u8,
    i: usize,
    key: *const u8,
    top: u8,
) -> *mut u8 {
    // SAFETY: guaranteed by the caller.
    unsafe {
        let mut k = g.key_slot(b, i);
        if g.flag(MAP_INDIRECT_KEY) {
            let kmem = crate::mem::newobject(g.t.key);
            *k.cast::<*mut u8>() = kmem;
            k = kmem;
        }
        let mut e = g.elem_slot(b, i);
        if g.flag(MAP_INDIRECT_ELEM) {
            let vmem = crate::mem::newobject(g.t.elem);
            *e.cast::<*mut u8>() = vmem;
            e = vmem;
        }
        core::ptr::copy(key, k, g.key_type().size);
        *g.tophash(b, i) = top;
        h.count += 1;
        e
    }
}

/// Starts a growth: doubling when over the load factor, otherwise the same
/// size (to drop overflow buckets).
fn hash_grow<K: KeyOps>(g: &Geo<K>, h: &mut Hmap) {
    let bigger = if over_load_factor(h.count + 1, h.b) {
        1
    } else {
        h.flags |= SAME_SIZE_GROW;
        0
    };
    let (newbuckets, next) = make_bucket_array(g, h.b + bigger);
    let mut flags = h.flags & !(ITERATOR | OLD_ITERATOR);
    if h.flags & ITERATOR != 0 {
        flags |= OLD_ITERATOR;
    }
    h.b += bigger;
    h.flags = flags;
    h.oldbuckets = h.buckets;
    h.buckets = newbuckets;
    h.nevacuate = 0;
    h.noverflow = 0;
    h.next_overflow = next;
}

/// Evacuates the old bucket that `bucket` maps to, and one more.
///
/// # Safety
/// `h` must be growing.
unsafe fn grow_work<K: KeyOps>(g: &Geo<K>, h: &mut Hmap, bucket: usize) {
    // SAFETY: `h` is growing.
    unsafe { evacuate(g, h, bucket & h.oldbucketmask()) };
    if h.growing() {
        // SAFETY: still growing.
        unsafe { evacuate(g, h, h.nevacuate) };
    }
}

/// An evacuation destination: bucket, next slot, slot count so far.
struct EvacDst {
    b: *mut u8,
    i: usize,
}

/// Moves old bucket `oldbucket` (and its overflow chain) to the new array.
///
/// # Safety
/// `h` must be growing and `oldbucket < noldbuckets`.
unsafe fn evacuate<K: KeyOps>(g: &Geo<K>, h: &mut Hmap, oldbucket: usize) {
    let newbit = h.noldbuckets();
    let mut b = g.bucket(h.oldbuckets, oldbucket);
    // SAFETY: `b` is an old bucket.
    if !unsafe { evacuated(b) } {
        let mut xy = [
            EvacDst {
                b: g.bucket(h.buckets, oldbucket),
                i: 0,
            },
            EvacDst {
                b: g.bucket(h.buckets, oldbucket + newbit),
                i: 0,
            },
        ];
        while !b.is_null() {
            for i in 0..BUCKET_CNT {
                // SAFETY: `b` walks the old chain; destinations are new buckets.
                unsafe { evacuate_slot(g, h, b, i, newbit, &mut xy) };
            }
            // SAFETY: `b` is an old bucket.
            b = unsafe { g.overflow(b) };
        }
    }
    if oldbucket == h.nevacuate {
        // SAFETY: `h` is growing.
        unsafe { advance_evacuation_mark(g, h, newbit) };
    }
}

/// Moves slot `i` of old bucket `b` to its X or Y destination.
///
/// # Safety
/// As `evacuate`; `b` is in the chain being evacuated.
unsafe fn evacuate_slot<K: KeyOps>(
    g: &Geo<K>,
    h: &mut Hmap,
    b: *mut u8,
    i: usize,
    newbit: usize,
    xy: &mut [EvacDst; 2],
) {
    // SAFETY (whole body): guaranteed by the caller.
    unsafe {
        let mut top = *g.tophash(b, i);
        if is_empty(top) {
            *g.tophash(b, i) = EVACUATED_EMPTY;
            return;
        }
        if top < MIN_TOP_HASH {
            fatal(b"bad map state");
        }
        let k = g.key(b, i);
        let mut use_y = 0;
        if !h.same_size_grow() {
            let hash = g.hash(k, h.hash0);
            if h.flags & ITERATOR != 0 && !g.flag(MAP_REFLEXIVE_KEY) && !g.key_equal(k, k) {
                // A NaN: its hash is random, so an iterator could not tell
                // where it went; the low tophash bit decides, reproducibly.
                use_y = (top & 1) as usize;
                top = tophash(hash);
            } else if hash & newbit != 0 {
                use_y = 1;
            }
        }
        *g.tophash(b, i) = EVACUATED_X + use_y as u8;
        let dst = &mut xy[use_y];
        if dst.i == BUCKET_CNT {
            dst.b = newoverflow(g, h, dst.b);
            dst.i = 0;
        }
        *g.tophash(dst.b, dst.i) = top;
        core::ptr::copy_nonoverlapping(g.key_slot(b, i), g.key_slot(dst.b, dst.i), g.ks);
        core::ptr::copy_nonoverlapping(g.elem_slot(b, i), g.elem_slot(dst.b, dst.i), g.vs);
        dst.i += 1;
    }
}

/// Moves `nevacuate` past evacuated old buckets; ends the growth when all are.
///
/// # Safety
/// `h` must be growing.
unsafe fn advance_evacuation_mark<K: KeyOps>(g: &Geo<K>, h: &mut Hmap, newbit: usize) {
    h.nevacuate += 1;
    let stop = (h.nevacuate + 1024).min(newbit);
    // SAFETY: indices below `newbit` are old buckets.
    while h.nevacuate != stop && unsafe { evacuated(g.bucket(h.oldbuckets, h.nevacuate)) } {
        h.nevacuate += 1;
    }
    if h.nevacuate == newbit {
        h.oldbuckets = core::ptr::null_mut();
        h.flags &= !SAME_SIZE_GROW;
    }
}

/// `delete(m, k)`.
///
/// # Safety
/// `t` a map descriptor, `h` null or a live map of it, `key` a key.
#[export_name = "runtime.mapdelete"]
pub unsafe extern "C" fn mapdelete(t: *const MapType, h: *mut Hmap, key: *const u8) {
    // SAFETY: guaranteed by the caller.
    unsafe { delete_key::<Generic>(t, h, key) }
}

/// `mapdelete` with key operations `K`.
///
/// # Safety
/// As `mapdelete`.
unsafe fn delete_key<K: KeyOps>(t: *const MapType, h: *mut Hmap, key: *const u8) {
    // SAFETY: guaranteed by the caller.
    let g = Geo::<K>::new(unsafe { &*t });
    // SAFETY: guaranteed by the caller.
    let Some(h) = (unsafe { h.as_mut() }).filter(|h| h.count > 0) else {
        if g.flag(MAP_HASH_MIGHT_PANIC) {
            // SAFETY: `key` is a key; hashing raises for unhashable keys.
            unsafe { g.hash(key, 0) };
        }
        return;
    };
    if h.flags & HASH_WRITING != 0 {
        fatal(b"concurrent map writes");
    }
    // SAFETY: guaranteed by the caller.
    let hash = unsafe { g.hash(key, h.hash0) };
    if g.flag(MAP_HASH_MIGHT_PANIC) && unwinding() {
        return;
    }
    h.flags ^= HASH_WRITING;
    let bucket = hash & bucket_mask(h.b);
    if h.growing() {
        // SAFETY: `h` is growing.
        unsafe { grow_work(&g, h, bucket) };
    }
    let borig = g.bucket(h.buckets, bucket);
    // SAFETY: `borig` is a bucket of `h`.
    if let Some((b, i)) = unsafe { find_in_chain(&g, borig, key, tophash(hash)) } {
        // SAFETY: slot `i` of `b` holds the entry.
        unsafe { clear_slot(&g, h, borig, b, i) };
    }
    h.flags &= !HASH_WRITING;
}

/// The slot holding `key` in the chain starting at `b`.
///
/// # Safety
/// `b` must be a bucket of this map type.
unsafe fn find_in_chain<K: KeyOps>(
    g: &Geo<K>,
    mut b: *mut u8,
    key: *const u8,
    top: u8,
) -> Option<(*mut u8, usize)> {
    while !b.is_null() {
        for i in 0..BUCKET_CNT {
            // SAFETY: `b` is a bucket.
            unsafe {
                let th = *g.tophash(b, i);
                if th != top {
                    if th == EMPTY_REST {
                        return None;
                    }
                    continue;
                }
                if g.key_equal(key, g.key(b, i)) {
                    return Some((b, i));
                }
            }
        }
        // SAFETY: `b` is a bucket.
        b = unsafe { g.overflow(b) };
    }
    None
}

/// Empties slot `i` of `b` (in the chain of `borig`), turning trailing
/// `EMPTY_ONE`s into `EMPTY_REST`.
///
/// # Safety
/// Slot `i` of `b` holds a live entry of `h`.
unsafe fn clear_slot<K: KeyOps>(
    g: &Geo<K>,
    h: &mut Hmap,
    borig: *mut u8,
    mut b: *mut u8,
    mut i: usize,
) {
    // SAFETY (whole body): all buckets touched are in `borig`'s chain.
    unsafe {
        if g.flag(MAP_INDIRECT_KEY) {
            *g.key_slot(b, i).cast::<*mut u8>() = core::ptr::null_mut();
        } else {
            core::ptr::write_bytes(g.key_slot(b, i), 0, g.ks);
        }
        if g.flag(MAP_INDIRECT_ELEM) {
            *g.elem_slot(b, i).cast::<*mut u8>() = core::ptr::null_mut();
        } else {
            core::ptr::write_bytes(g.elem_slot(b, i), 0, g.vs);
        }
        *g.tophash(b, i) = EMPTY_ONE;
        h.count -= 1;
        if h.count == 0 {
            h.hash0 = fastrand() as u32;
        }
        let next_is_rest = if i == BUCKET_CNT - 1 {
            let ovf = g.overflow(b);
            ovf.is_null() || *g.tophash(ovf, 0) == EMPTY_REST
        } else {
            *g.tophash(b, i + 1) == EMPTY_REST
        };
        if !next_is_rest {
            return;
        }
        loop {
            *g.tophash(b, i) = EMPTY_REST;
            if i == 0 {
                if b == borig {
                    break;
                }
                let c = b;
                b = borig;
                while g.overflow(b) != c {
                    b = g.overflow(b);
                }
                i = BUCKET_CNT - 1;
            } else {
                i -= 1;
            }
            if *g.tophash(b, i) != EMPTY_ONE {
                break;
            }
        }
    }
}

/// `clear(m)`: removes every entry (into a fresh bucket array; iterators
/// in progress stop at their next bucket).
///
/// # Safety
/// `t` a map descriptor, `h` null or a live map of it.
#[export_name = "runtime.mapclear"]
pub unsafe extern "C" fn mapclear(t: *const MapType, h: *mut Hmap) {
    // SAFETY: guaranteed by the caller.
    let g = Geo::<Generic>::new(unsafe { &*t });
    // SAFETY: guaranteed by the caller.
    let Some(h) = (unsafe { h.as_mut() }) else {
        return;
    };
    if h.flags & HASH_WRITING != 0 {
        fatal(b"concurrent map writes");
    }
    h.flags &= !SAME_SIZE_GROW;
    h.oldbuckets = core::ptr::null_mut();
    h.nevacuate = 0;
    h.noverflow = 0;
    h.count = 0;
    h.hash0 = fastrand() as u32;
    h.clear_seq += 1;
    let (buckets, next) = make_bucket_array(&g, h.b);
    h.buckets = buckets;
    h.next_overflow = next;
}

/// `len(m)` (compiled code may also read `count` at offset 0 itself).
///
/// # Safety
/// `h` null or a live map.
#[export_name = "runtime.maplen"]
pub unsafe extern "C" fn maplen(h: *const Hmap) -> isize {
    // SAFETY: guaranteed by the caller.
    unsafe { h.as_ref() }.map_or(0, |h| h.count as isize)
}

/// Starts iterating over `h` into `it` and moves to the first entry.
///
/// # Safety
/// `t` a map descriptor, `h` null or a live map of it, `it` writable
/// storage of `HITER_SIZE` bytes.
#[export_name = "runtime.mapiterinit"]
pub unsafe extern "C" fn mapiterinit(t: *const MapType, h: *mut Hmap, it: *mut Hiter) {
    // SAFETY: guaranteed by the caller.
    let it = unsafe {
        it.write(Hiter {
            key: core::ptr::null_mut(),
            elem: core::ptr::null_mut(),
            t,
            h,
            buckets: core::ptr::null_mut(),
            bptr: core::ptr::null_mut(),
            start_bucket: 0,
            offset: 0,
            wrapped: false,
            b: 0,
            i: 0,
            bucket: 0,
            check_bucket: NO_CHECK,
            clear_seq: 0,
        });
        &mut *it
    };
    // SAFETY: guaranteed by the caller.
    let Some(hm) = (unsafe { h.as_mut() }).filter(|h| h.count > 0) else {
        return;
    };
    it.b = hm.b;
    it.buckets = hm.buckets;
    it.clear_seq = hm.clear_seq;
    let r = fastrand() as usize;
    it.start_bucket = r & bucket_mask(hm.b);
    it.offset = ((r >> hm.b) & (BUCKET_CNT - 1)) as u8;
    it.bucket = it.start_bucket;
    hm.flags |= ITERATOR | OLD_ITERATOR;
    // SAFETY: `it` was just initialised.
    unsafe { mapiternext(it) };
}

/// Moves `it` to the next entry (`it.key == null` when there is none).
///
/// # Safety
/// `it` must have been set up by `mapiterinit` and its map still live.
#[export_name = "runtime.mapiternext"]
pub unsafe extern "C" fn mapiternext(it: *mut Hiter) {
    // SAFETY: guaranteed by the caller.
    let it = unsafe { &mut *it };
    // SAFETY: the iterator's map and type are live.
    let (h, g) = unsafe { (&mut *it.h, Geo::<Generic>::new(&*it.t)) };
    if h.flags & HASH_WRITING != 0 {
        fatal(b"concurrent map iteration and map write");
    }
    if it.clear_seq != h.clear_seq {
        // `clear(m)` ran: the rest of the current bucket is stale too.
        it.key = core::ptr::null_mut();
        it.elem = core::ptr::null_mut();
        return;
    }
    let mut bucket = it.bucket;
    let mut b = it.bptr;
    let mut i = it.i as usize;
    let mut check_bucket = it.check_bucket;
    loop {
        if b.is_null() {
            if (bucket == it.start_bucket && it.wrapped) || it.clear_seq != h.clear_seq {
                it.key = core::ptr::null_mut();
                it.elem = core::ptr::null_mut();
                return;
            }
            (b, check_bucket) = iter_bucket(&g, h, it, bucket);
            bucket += 1;
            if bucket == bucket_shift(it.b) {
                bucket = 0;
                it.wrapped = true;
            }
            i = 0;
        }
        while i < BUCKET_CNT {
            let offi = (i + it.offset as usize) & (BUCKET_CNT - 1);
            i += 1;
            // SAFETY: `b` is a bucket of the map (old or new array).
            if let Some((k, e)) = unsafe { iter_slot(&g, h, it, b, offi, check_bucket) } {
                it.key = k;
                it.elem = e;
                it.bucket = bucket;
                it.bptr = b;
                it.i = i as u8;
                it.check_bucket = check_bucket;
                return;
            }
        }
        // SAFETY: `b` is a bucket.
        b = unsafe { g.overflow(b) };
        i = 0;
    }
}

/// The bucket to walk for iterator bucket index `bucket`: the old bucket
/// while it is not evacuated (then only its keys that belong to `bucket`
/// count), else the bucket of the iterator's array.
fn iter_bucket<K: KeyOps>(g: &Geo<K>, h: &Hmap, it: &Hiter, bucket: usize) -> (*mut u8, usize) {
    if h.growing() && it.b == h.b {
        let oldb = g.bucket(h.oldbuckets, bucket & h.oldbucketmask());
        // SAFETY: `oldb` is an old bucket.
        if !unsafe { evacuated(oldb) } {
            return (oldb, bucket);
        }
    }
    (g.bucket(it.buckets, bucket), NO_CHECK)
}

/// The key and elem of slot `offi` of `b` if the iterator should return it.
///
/// # Safety
/// `b` must be a bucket of `h`.
unsafe fn iter_slot<K: KeyOps>(
    g: &Geo<K>,
    h: &Hmap,
    it: &Hiter,
    b: *mut u8,
    offi: usize,
    check_bucket: usize,
) -> Option<(*mut u8, *mut u8)> {
    // SAFETY (whole body): `b` is a bucket of `h`.
    unsafe {
        let th = *g.tophash(b, offi);
        if is_empty(th) || th == EVACUATED_EMPTY {
            return None;
        }
        let k = g.key(b, offi);
        let reflexive = g.flag(MAP_REFLEXIVE_KEY) || g.key_equal(k, k);
        if check_bucket != NO_CHECK && !h.same_size_grow() {
            if reflexive {
                let hash = g.hash(k, h.hash0);
                if hash & bucket_mask(it.b) != check_bucket {
                    return None;
                }
            } else if check_bucket >> (it.b - 1) != (th & 1) as usize {
                return None;
            }
        }
        if (th != EVACUATED_X && th != EVACUATED_Y) || !reflexive {
            return Some((k, g.elem(b, offi)));
        }
        // The entry moved since the iterator started: look it up where it is
        // now, which also skips it if it was deleted.
        lookup(g, h, k).map(|(nb, ni)| (g.key(nb, ni), g.elem(nb, ni)))
    }
}

/// `mapaccess1` and `mapaccess2` with key operations `K`.
///
/// # Safety
/// As `mapaccess1`.
unsafe fn access12<K: KeyOps>(t: *const MapType, h: *mut Hmap, key: *const u8) -> ElemOk {
    // SAFETY: guaranteed by the caller.
    let e = unsafe { access::<K>(t, h, key) };
    ElemOk {
        ok: !e.is_null(),
        elem: if e.is_null() {
            ZERO_VAL.as_ptr().cast_mut()
        } else {
            e
        },
    }
}

macro_rules! fast_variants {
    ($ty:ty, $k:ty, $a1:ident, $s1:literal, $a2:ident, $s2:literal, $as:ident, $ss:literal, $d:ident, $sd:literal) => {
        /// `mapaccess1` for a key passed by value.
        ///
        /// # Safety
        /// As `mapaccess1`; the key type has this size and no padding.
        #[export_name = $s1]
        pub unsafe extern "C" fn $a1(t: *const MapType, h: *mut Hmap, key: $ty) -> *mut u8 {
            // SAFETY: guaranteed by the caller.
            unsafe { access12::<$k>(t, h, (&key as *const $ty).cast()) }.elem
        }

        /// `mapaccess2` for a key passed by value.
        ///
        /// # Safety
        /// As `mapaccess2`.
        #[export_name = $s2]
        pub unsafe extern "C" fn $a2(t: *const MapType, h: *mut Hmap, key: $ty) -> ElemOk {
            // SAFETY: guaranteed by the caller.
            unsafe { access12::<$k>(t, h, (&key as *const $ty).cast()) }
        }

        /// `mapassign` for a key passed by value.
        ///
        /// # Safety
        /// As `mapassign`.
        #[export_name = $ss]
        pub unsafe extern "C" fn $as(t: *const MapType, h: *mut Hmap, key: $ty) -> *mut u8 {
            // SAFETY: guaranteed by the caller.
            unsafe { assign_key::<$k>(t, h, (&key as *const $ty).cast()) }
        }

        /// `mapdelete` for a key passed by value.
        ///
        /// # Safety
        /// As `mapdelete`.
        #[export_name = $sd]
        pub unsafe extern "C" fn $d(t: *const MapType, h: *mut Hmap, key: $ty) {
            // SAFETY: guaranteed by the caller.
            unsafe { delete_key::<$k>(t, h, (&key as *const $ty).cast()) }
        }
    };
}

fast_variants!(
    u32,
    Fast32,
    mapaccess1_fast32,
    "runtime.mapaccess1_fast32",
    mapaccess2_fast32,
    "runtime.mapaccess2_fast32",
    mapassign_fast32,
    "runtime.mapassign_fast32",
    mapdelete_fast32,
    "runtime.mapdelete_fast32"
);
fast_variants!(
    u64,
    Fast64,
    mapaccess1_fast64,
    "runtime.mapaccess1_fast64",
    mapaccess2_fast64,
    "runtime.mapaccess2_fast64",
    mapassign_fast64,
    "runtime.mapassign_fast64",
    mapdelete_fast64,
    "runtime.mapdelete_fast64"
);

/// `mapaccess1` for a string key `{ptr, len}`.
///
/// # Safety
/// As `mapaccess1`; the key type is a string type.
#[export_name = "runtime.mapaccess1_faststr"]
pub unsafe extern "C" fn mapaccess1_faststr(
    t: *const MapType,
    h: *mut Hmap,
    ptr: *const u8,
    len: usize,
) -> *mut u8 {
    let key = GoString { ptr, len };
    // SAFETY: guaranteed by the caller.
    unsafe { access12::<FastStr>(t, h, (&key as *const GoString).cast()) }.elem
}

/// `mapaccess2` for a string key.
///
/// # Safety
/// As `mapaccess1_faststr`.
#[export_name = "runtime.mapaccess2_faststr"]
pub unsafe extern "C" fn mapaccess2_faststr(
    t: *const MapType,
    h: *mut Hmap,
    ptr: *const u8,
    len: usize,
) -> ElemOk {
    let key = GoString { ptr, len };
    // SAFETY: guaranteed by the caller.
    unsafe { access12::<FastStr>(t, h, (&key as *const GoString).cast()) }
}

/// `mapassign` for a string key.
///
/// # Safety
/// As `mapaccess1_faststr`.
#[export_name = "runtime.mapassign_faststr"]
pub unsafe extern "C" fn mapassign_faststr(
    t: *const MapType,
    h: *mut Hmap,
    ptr: *const u8,
    len: usize,
) -> *mut u8 {
    let key = GoString { ptr, len };
    // SAFETY: guaranteed by the caller.
    unsafe { assign_key::<FastStr>(t, h, (&key as *const GoString).cast()) }
}

/// `mapdelete` for a string key.
///
/// # Safety
/// As `mapaccess1_faststr`.
#[export_name = "runtime.mapdelete_faststr"]
pub unsafe extern "C" fn mapdelete_faststr(
    t: *const MapType,
    h: *mut Hmap,
    ptr: *const u8,
    len: usize,
) {
    let key = GoString { ptr, len };
    // SAFETY: guaranteed by the caller.
    unsafe { delete_key::<FastStr>(t, h, (&key as *const GoString).cast()) }
}

#[cfg(test)]
mod tests;
