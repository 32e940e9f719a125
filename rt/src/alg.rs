//! Hashing and equality of Go values (Go's `alg.go`): the functions that type
//! descriptors point at (`Type::equal`, `MapType::hasher`), the generic
//! descriptor-walking `typehash`/`typeequal`, and the per-process hash seed.
//!
//! The hash is a wyhash-style multiply-and-fold function over 64-bit words
//! (`memhash`), written here; every hash mixes in `HASHKEY`, a per-process
//! random key, and the caller's seed (a map's `hash0`), so iteration order and
//! collisions differ between runs as in Go.
//!
//! Invariants, as Go's:
//! - equal values hash equally: `+0` and `-0` hash alike; strings hash by
//!   their bytes; interfaces by their dynamic type's hash of the value;
//! - NaN != NaN, and each NaN hashes randomly, so NaN keys never collide
//!   into one entry;
//! - hashing or comparing an interface whose dynamic type is not comparable
//!   raises `runtime error: hash of unhashable type T` /
//!   `runtime error: comparing uncomparable type T` (through `panic::raise`,
//!   which may return: callers check `panic::unwinding()` afterwards).
//! - `typeequal` and `typehash` recurse through nested structs, arrays and
//!   interface values as deep as the values go: each level runs the
//!   runtime's stack check (`stack::rtstackcheck`), so a deep value grows the
//!   goroutine stack and at worst ends in Go's stack-overflow error.

use core::sync::atomic::{AtomicU64, Ordering};
use std::sync::OnceLock;

use crate::abi::{ArrayType, Kind, StructType, Type, TFLAG_REGULAR_MEMORY};
use crate::string::GoString;

const P0: u64 = 0xa076_1d64_78bd_642f;
const P1: u64 = 0xe703_7ed1_a0b4_28db;
const P2: u64 = 0x8ebc_6af0_9c88_c6e3;
const P3: u64 = 0x5899_65cc_7537_4cc3;

/// The per-process hash key (Go's `hashkey`), from the kernel's randomness.
fn hashkey() -> u64 {
    static KEY: OnceLock<u64> = OnceLock::new();
    *KEY.get_or_init(|| {
        let mut k = [0u8; 8];
        // SAFETY: `k` is a writable 8-byte buffer.
        let n = unsafe { libc::getrandom(k.as_mut_ptr().cast(), 8, 0) };
        let k = u64::from_ne_bytes(k);
        if n == 8 {
            k | 1
        } else {
            (&k as *const u64 as u64) ^ P2
        }
    })
}

/// A fast per-process pseudo-random number (Go's `cheaprand`): wyrand.
pub fn fastrand() -> u64 {
    static STATE: AtomicU64 = AtomicU64::new(0);
    let s = STATE
        .fetch_add(P0, Ordering::Relaxed)
        .wrapping_add(P0)
        .wrapping_add(hashkey());
    mix(s, s ^ P1)
}

/// `runtime.rand() uint64` for golift's runtime package (Go's `rand`, which
/// internal/sync's hash-trie maps pull for their seeds).
#[export_name = "runtime.rand"]
pub extern "C" fn rand() -> u64 {
    fastrand()
}

/// 64x64 -> 128 multiply, folded to 64 bits.
fn mix(a: u64, b: u64) -> u64 {
    let r = (a as u128).wrapping_mul(b as u128);
    (r as u64) ^ ((r >> 64) as u64)
}

fn r8(b: &[u8], i: usize) -> u64 {
    u64::from_le_bytes(b[i..i + 8].try_into().unwrap())
}

fn r4(b: &[u8], i: usize) -> u64 {
    u32::from_le_bytes(b[i..i + 4].try_into().unwrap()) as u64
}

/// The hash of the bytes `b` with `seed`.
pub fn hash_bytes(b: &[u8], seed: usize) -> usize {
    let n = b.len();
    let mut s = (seed as u64) ^ hashkey() ^ P0;
    let (a, c) = if n <= 16 {
        if n >= 4 {
            let q = (n >> 3) << 2;
            (
                (r4(b, 0) << 32) | r4(b, q),
                (r4(b, n - 4) << 32) | r4(b, n - 4 - q),
            )
        } else if n > 0 {
            let v = ((b[0] as u64) << 16) | ((b[n >> 1] as u64) << 8) | b[n - 1] as u64;
            (v, 0)
        } else {
            (0, 0)
        }
    } else {
        let mut i = 0;
        if n > 48 {
            let (mut s1, mut s2) = (s, s);
            while n - i > 48 {
                s = mix(r8(b, i) ^ P1, r8(b, i + 8) ^ s);
                s1 = mix(r8(b, i + 16) ^ P2, r8(b, i + 24) ^ s1);
                s2 = mix(r8(b, i + 32) ^ P3, r8(b, i + 40) ^ s2);
                i += 48;
            }
            s ^= s1 ^ s2;
        }
        while n - i > 16 {
            s = mix(r8(b, i) ^ P1, r8(b, i + 8) ^ s);
            i += 16;
        }
        (r8(b, n - 16), r8(b, n - 8))
    };
    mix(P1 ^ n as u64, mix(a ^ P1, c ^ s)) as usize
}

/// `memhash(p, seed, size)`; also golift's runtime package's `memhash`
/// (hash/maphash pulls it for its byte hashes).
///
/// # Safety
/// `p` must point at `size` readable bytes.
#[export_name = "runtime.memhash"]
pub unsafe extern "C" fn memhash(p: *const u8, seed: usize, size: usize) -> usize {
    if size == 0 {
        return hash_bytes(&[], seed);
    }
    // SAFETY: guaranteed by the caller.
    hash_bytes(unsafe { core::slice::from_raw_parts(p, size) }, seed)
}

/// The hash of a 64-bit word: the fast path of `memhash64`.
pub fn hash64(v: u64, seed: usize) -> usize {
    let s = (seed as u64) ^ hashkey() ^ P0;
    mix(P1 ^ 8, mix(v.rotate_right(32) ^ P1, v ^ s)) as usize
}

macro_rules! memhash_n {
    ($name:ident, $sym:literal, $n:literal) => {
        #[doc = concat!("The hasher for ", $n, "-byte plain-memory keys.")]
        ///
        /// # Safety
        /// `p` must point at a value of that size.
        #[export_name = $sym]
        pub unsafe extern "C" fn $name(p: *const u8, seed: usize, _t: *const Type) -> usize {
            // SAFETY: guaranteed by the caller.
            unsafe { memhash(p, seed, $n) }
        }
    };
}

memhash_n!(memhash8, "runtime.memhash8", 1);
memhash_n!(memhash16, "runtime.memhash16", 2);
memhash_n!(memhash128, "runtime.memhash128", 16);

/// The hasher for 4-byte keys.
///
/// # Safety
/// `p` must point at 4 readable bytes.
#[export_name = "runtime.memhash32"]
pub unsafe extern "C" fn memhash32(p: *const u8, seed: usize, _t: *const Type) -> usize {
    // SAFETY: guaranteed by the caller.
    hash64(unsafe { p.cast::<u32>().read_unaligned() } as u64, seed)
}

/// The hasher for 8-byte keys.
///
/// # Safety
/// `p` must point at 8 readable bytes.
#[export_name = "runtime.memhash64"]
pub unsafe extern "C" fn memhash64(p: *const u8, seed: usize, _t: *const Type) -> usize {
    // SAFETY: guaranteed by the caller.
    hash64(unsafe { p.cast::<u64>().read_unaligned() }, seed)
}

/// The hasher for string keys.
///
/// # Safety
/// `p` must point at a string header over live bytes.
#[export_name = "runtime.strhash"]
pub unsafe extern "C" fn strhash(p: *const u8, seed: usize, _t: *const Type) -> usize {
    // SAFETY: guaranteed by the caller.
    hash_bytes(unsafe { (*p.cast::<GoString>()).as_bytes() }, seed)
}

fn f64hash_value(f: f64, seed: usize) -> usize {
    if f == 0.0 {
        hash64(0, seed)
    } else if f.is_nan() {
        hash64(fastrand(), seed)
    } else {
        hash64(f.to_bits(), seed)
    }
}

/// The hasher for float32 keys (+0 and -0 alike, NaN random).
///
/// # Safety
/// `p` must point at a float32.
#[export_name = "runtime.f32hash"]
pub unsafe extern "C" fn f32hash(p: *const u8, seed: usize, _t: *const Type) -> usize {
    // SAFETY: guaranteed by the caller.
    f64hash_value(unsafe { *p.cast::<f32>() } as f64, seed)
}

/// The hasher for float64 keys (+0 and -0 alike, NaN random).
///
/// # Safety
/// `p` must point at a float64.
#[export_name = "runtime.f64hash"]
pub unsafe extern "C" fn f64hash(p: *const u8, seed: usize, _t: *const Type) -> usize {
    // SAFETY: guaranteed by the caller.
    f64hash_value(unsafe { *p.cast::<f64>() }, seed)
}

/// The hasher for complex64 keys.
///
/// # Safety
/// `p` must point at a complex64.
#[export_name = "runtime.c64hash"]
pub unsafe extern "C" fn c64hash(p: *const u8, seed: usize, _t: *const Type) -> usize {
    // SAFETY: guaranteed by the caller.
    let (re, im) = unsafe { (*p.cast::<f32>(), *p.cast::<f32>().add(1)) };
    f64hash_value(im as f64, f64hash_value(re as f64, seed))
}

/// The hasher for complex128 keys.
///
/// # Safety
/// `p` must point at a complex128.
#[export_name = "runtime.c128hash"]
pub unsafe extern "C" fn c128hash(p: *const u8, seed: usize, _t: *const Type) -> usize {
    // SAFETY: guaranteed by the caller.
    let (re, im) = unsafe { (*p.cast::<f64>(), *p.cast::<f64>().add(1)) };
    f64hash_value(im, f64hash_value(re, seed))
}

/// The hash of an interface's dynamic value: its type's hash of the value,
/// or the unhashable-type panic (whose result is then a dummy 0).
///
/// # Safety
/// `t` must be null or a descriptor, and `data` the interface data word of a
/// value of type `t`.
unsafe fn ifacehash(t: *const Type, data: *const u8, seed: usize) -> usize {
    // SAFETY: guaranteed by the caller.
    let Some(t) = (unsafe { t.as_ref() }) else {
        return seed;
    };
    if t.equal.is_null() {
        crate::panic::raise_runtime_error_typed(b"hash of unhashable type ", t);
        return 0;
    }
    let h = if t.direct_iface() {
        typehash(t, (&data as *const *const u8).cast(), seed)
    } else {
        // SAFETY: indirect data words point at the value.
        unsafe { typehash(t, data, seed) }
    };
    mix(h as u64 ^ P3, P1) as usize
}

/// The hasher for `interface{}` keys (eface `{type, data}`).
///
/// # Safety
/// `p` must point at an eface.
#[export_name = "runtime.nilinterhash"]
pub unsafe extern "C" fn nilinterhash(p: *const u8, seed: usize, _t: *const Type) -> usize {
    let w = p.cast::<*const u8>();
    // SAFETY: `p` points at two words (caller's guarantee).
    unsafe { ifacehash((*w).cast(), *w.add(1), seed) }
}

/// The hasher for non-empty interface keys (iface `{itab, data}`).
///
/// # Safety
/// `p` must point at an iface.
#[export_name = "runtime.interhash"]
pub unsafe extern "C" fn interhash(p: *const u8, seed: usize, _t: *const Type) -> usize {
    let w = p.cast::<*const u8>();
    // SAFETY: `p` points at two words; a non-null itab's word 1 is its type.
    unsafe {
        let tab = (*w).cast::<*const Type>();
        let t = if tab.is_null() {
            core::ptr::null()
        } else {
            *tab.add(1)
        };
        ifacehash(t, *w.add(1), seed)
    }
}

/// The hash of the value at `p` of any comparable type `t`, by walking its
/// descriptor (Go's `typehash`); also usable as `MapType::hasher`.
///
/// # Safety
/// `p` must point at a value of the full descriptor `t`.
#[export_name = "runtime.typehash"]
pub unsafe extern "C" fn typehash(t: *const Type, p: *const u8, seed: usize) -> usize {
    // SAFETY: guaranteed by the caller.
    let t = unsafe { &*t };
    // SAFETY (whole body): `p` points at a value of `t`'s kind.
    unsafe {
        if t.tflag & TFLAG_REGULAR_MEMORY != 0 {
            return match t.size {
                4 => memhash32(p, seed, t),
                8 => memhash64(p, seed, t),
                n => memhash(p, seed, n),
            };
        }
        crate::stack::rtstackcheck();
        match t.kind() {
            Kind::Float32 => f32hash(p, seed, t),
            Kind::Float64 => f64hash(p, seed, t),
            Kind::Complex64 => c64hash(p, seed, t),
            Kind::Complex128 => c128hash(p, seed, t),
            Kind::String => strhash(p, seed, t),
            Kind::Interface if interface_is_empty(t) => nilinterhash(p, seed, t),
            Kind::Interface => interhash(p, seed, t),
            Kind::Array => {
                let a = t.tail::<ArrayType>();
                let esize = (*a.elem).size;
                (0..a.len).fold(seed, |h, i| typehash(a.elem, p.add(i * esize), h))
            }
            Kind::Struct => {
                let s = t.tail::<StructType>();
                s.fields().iter().fold(seed, |h, f| {
                    if f.name() == b"_" {
                        h
                    } else {
                        typehash(f.typ, p.add(f.offset), h)
                    }
                })
            }
            _ => memhash(p, seed, t.size),
        }
    }
}

/// The generic hasher with `MapType::hasher`'s argument order.
///
/// # Safety
/// As `typehash`.
#[export_name = "runtime.typehasher"]
pub unsafe extern "C" fn typehasher(p: *const u8, seed: usize, t: *const Type) -> usize {
    // SAFETY: guaranteed by the caller.
    unsafe { typehash(t, p, seed) }
}

/// Whether an interface descriptor has no methods (`interface {}` and
/// friends): its values are efaces.
fn interface_is_empty(t: &Type) -> bool {
    // SAFETY: `t` is an interface descriptor.
    unsafe { t.tail::<crate::abi::InterfaceType>() }.nmethods == 0
}

macro_rules! memequal_n {
    ($name:ident, $sym:literal, $ty:ty) => {
        #[doc = concat!("Equality of `", stringify!($ty), "`-sized plain memory.")]
        ///
        /// # Safety
        /// `p` and `q` must point at values of that size.
        #[export_name = $sym]
        pub unsafe extern "C" fn $name(p: *const u8, q: *const u8, _t: *const Type) -> bool {
            // SAFETY: guaranteed by the caller.
            unsafe { p.cast::<$ty>().read_unaligned() == q.cast::<$ty>().read_unaligned() }
        }
    };
}

memequal_n!(memequal8, "runtime.memequal8", u8);
memequal_n!(memequal16, "runtime.memequal16", u16);
memequal_n!(memequal32, "runtime.memequal32", u32);
memequal_n!(memequal64, "runtime.memequal64", u64);
memequal_n!(memequal128, "runtime.memequal128", u128);
memequal_n!(f32equal, "runtime.f32equal", f32);
memequal_n!(f64equal, "runtime.f64equal", f64);

/// Equality of complex64 values.
///
/// # Safety
/// `p` and `q` must point at complex64 values.
#[export_name = "runtime.c64equal"]
pub unsafe extern "C" fn c64equal(p: *const u8, q: *const u8, _t: *const Type) -> bool {
    // SAFETY: guaranteed by the caller.
    unsafe { f32equal(p, q, _t) && f32equal(p.add(4), q.add(4), _t) }
}

/// Equality of complex128 values.
///
/// # Safety
/// `p` and `q` must point at complex128 values.
#[export_name = "runtime.c128equal"]
pub unsafe extern "C" fn c128equal(p: *const u8, q: *const u8, _t: *const Type) -> bool {
    // SAFETY: guaranteed by the caller.
    unsafe { f64equal(p, q, _t) && f64equal(p.add(8), q.add(8), _t) }
}

/// Equality of strings.
///
/// # Safety
/// `p` and `q` must point at string headers over live bytes.
#[export_name = "runtime.strequal"]
pub unsafe extern "C" fn strequal(p: *const u8, q: *const u8, _t: *const Type) -> bool {
    // SAFETY: guaranteed by the caller.
    unsafe { (*p.cast::<GoString>()).as_bytes() == (*q.cast::<GoString>()).as_bytes() }
}

/// Equality of two interface values known to have the same dynamic type
/// `t` (Go's `efaceeq`): panics for uncomparable `t`.
///
/// # Safety
/// `x` and `y` must be data words of values of type `t`.
pub unsafe fn efaceeq(t: *const Type, x: *const u8, y: *const u8) -> bool {
    // SAFETY: guaranteed by the caller.
    let Some(t) = (unsafe { t.as_ref() }) else {
        return true;
    };
    if t.equal.is_null() {
        crate::panic::raise_runtime_error_typed(b"comparing uncomparable type ", t);
        return false;
    }
    if t.direct_iface() {
        return x == y;
    }
    // SAFETY: indirect data words point at values of `t`.
    unsafe { typeequal(x, y, t) }
}

/// Equality of two `interface{}` values.
///
/// # Safety
/// `p` and `q` must point at efaces.
#[export_name = "runtime.nilinterequal"]
pub unsafe extern "C" fn nilinterequal(p: *const u8, q: *const u8, _t: *const Type) -> bool {
    let (p, q) = (p.cast::<*const u8>(), q.cast::<*const u8>());
    // SAFETY: both point at two words.
    unsafe { *p == *q && efaceeq((*p).cast(), *p.add(1), *q.add(1)) }
}

/// Equality of two non-empty interface values.
///
/// # Safety
/// `p` and `q` must point at ifaces.
#[export_name = "runtime.interequal"]
pub unsafe extern "C" fn interequal(p: *const u8, q: *const u8, _t: *const Type) -> bool {
    let (p, q) = (p.cast::<*const u8>(), q.cast::<*const u8>());
    // SAFETY: both point at two words; a non-null itab's word 1 is its type.
    unsafe {
        if *p != *q {
            return false;
        }
        let tab = (*p).cast::<*const Type>();
        let t = if tab.is_null() {
            core::ptr::null()
        } else {
            *tab.add(1)
        };
        efaceeq(t, *p.add(1), *q.add(1))
    }
}

/// Equality of two values of any comparable type `t`, walking its
/// descriptor; usable as `Type::equal` for every comparable type.
///
/// # Safety
/// `p` and `q` must point at values of the full descriptor `t`.
#[export_name = "runtime.typeequal"]
pub unsafe extern "C" fn typeequal(p: *const u8, q: *const u8, t: *const Type) -> bool {
    // SAFETY: guaranteed by the caller.
    let t = unsafe { &*t };
    // SAFETY (whole body): `p`, `q` point at values of `t`'s kind.
    unsafe {
        if t.tflag & TFLAG_REGULAR_MEMORY != 0 {
            return core::slice::from_raw_parts(p, t.size)
                == core::slice::from_raw_parts(q, t.size);
        }
        crate::stack::rtstackcheck();
        match t.kind() {
            Kind::Float32 => f32equal(p, q, t),
            Kind::Float64 => f64equal(p, q, t),
            Kind::Complex64 => c64equal(p, q, t),
            Kind::Complex128 => c128equal(p, q, t),
            Kind::String => strequal(p, q, t),
            Kind::Interface if interface_is_empty(t) => nilinterequal(p, q, t),
            Kind::Interface => interequal(p, q, t),
            Kind::Array => {
                let a = t.tail::<ArrayType>();
                let esize = (*a.elem).size;
                (0..a.len).all(|i| typeequal(p.add(i * esize), q.add(i * esize), a.elem))
            }
            Kind::Struct => {
                let s = t.tail::<StructType>();
                s.fields()
                    .iter()
                    .all(|f| f.name() == b"_" || typeequal(p.add(f.offset), q.add(f.offset), f.typ))
            }
            _ => core::slice::from_raw_parts(p, t.size) == core::slice::from_raw_parts(q, t.size),
        }
    }
}

/// Equality through a descriptor's `equal` function.
///
/// # Safety
/// `t` must be comparable and `p`, `q` point at values of `t`.
pub unsafe fn equal(t: &Type, p: *const u8, q: *const u8) -> bool {
    match t.equal_fn() {
        // SAFETY: guaranteed by the caller.
        Some(eq) => unsafe { eq(p, q, t) },
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn equal_bytes_hash_equally_and_seeds_differ() {
        for n in [0, 1, 3, 4, 7, 8, 15, 16, 17, 33, 48, 49, 100, 1000] {
            let a: Vec<u8> = (0..n).map(|i| i as u8).collect();
            let b = a.clone();
            assert_eq!(hash_bytes(&a, 7), hash_bytes(&b, 7));
            if n > 0 {
                assert_ne!(hash_bytes(&a, 7), hash_bytes(&a, 8), "n={n}");
                let mut c = a.clone();
                c[n - 1] ^= 1;
                assert_ne!(hash_bytes(&a, 7), hash_bytes(&c, 7), "n={n}");
            }
        }
    }

    #[test]
    fn hash_spreads_low_bits() {
        let mut buckets = [0u32; 64];
        for i in 0..64_000u64 {
            buckets[hash64(i, 1) & 63] += 1;
        }
        assert!(
            buckets.iter().all(|&c| (800..1200).contains(&c)),
            "{buckets:?}"
        );
    }

    #[test]
    fn floats_hash_by_value() {
        let (z, nz, nan) = (0.0f64, -0.0f64, f64::NAN);
        let h = |f: &f64| {
            // SAFETY: `f` is a float64.
            unsafe { f64hash((f as *const f64).cast(), 3, core::ptr::null()) }
        };
        assert_eq!(h(&z), h(&nz));
        assert_ne!(h(&nan), h(&nan));
        // SAFETY: both are float64s.
        unsafe {
            assert!(f64equal(
                (&z as *const f64).cast(),
                (&nz as *const f64).cast(),
                core::ptr::null()
            ));
            assert!(!f64equal(
                (&nan as *const f64).cast(),
                (&nan as *const f64).cast(),
                core::ptr::null()
            ));
        }
    }
}
