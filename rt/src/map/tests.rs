//! Map tests: behaviour against a reference `HashMap`, growth, iteration
//! during growth, deletes during iteration, NaN keys, indirect keys and elems,
//! same-size growth, and the nil-map and unhashable-key panics.

use std::collections::{HashMap, HashSet};

use super::*;
use crate::abi::{test_type, EqualFn, EqualFunc, HashFn, HashFunc, Kind, TFLAG_REGULAR_MEMORY};
use crate::alg;

fn leak<T>(v: T) -> &'static T {
    Box::leak(Box::new(v))
}

fn key_type(size: usize, kind: Kind, eq: EqualFn, regular: bool) -> &'static Type {
    let mut t = test_type(size, 0, kind);
    t.equal = equal_func(eq);
    t.tflag = if regular { TFLAG_REGULAR_MEMORY } else { 0 };
    leak(t)
}

fn equal_func(equal: EqualFn) -> &'static EqualFunc {
    leak(EqualFunc {
        code: core::ptr::null(),
        equal,
        typ: core::ptr::null(),
    })
}

fn map_type(
    key: &'static Type,
    elem: &'static Type,
    hasher: Option<HashFn>,
    key_flags: u32,
) -> &'static MapType {
    let (key_stride, elem_stride, group_size, flags) = map_layout(key, elem, key_flags);
    let hasher = hasher.map_or(core::ptr::null(), |hash| {
        leak(HashFunc {
            code: core::ptr::null(),
            hash,
            key,
        }) as *const HashFunc
    });
    leak(MapType {
        typ: test_type(8, 8, Kind::Map),
        key,
        elem,
        group: core::ptr::null(),
        hasher,
        group_size,
        keys_off: 8,
        key_stride,
        elems_off: 8 + 8 * key_stride,
        elem_stride,
        elem_off: 0,
        flags,
    })
}

fn int_map() -> &'static MapType {
    let k = key_type(8, Kind::Int64, alg::memequal64, true);
    map_type(k, k, Some(alg::memhash64), MAP_REFLEXIVE_KEY)
}

fn set(t: &MapType, h: *mut Hmap, k: i64, v: i64) {
    // SAFETY: `h` is a map of `t` with int64 keys and elems.
    unsafe { *mapassign_fast64(t, h, k as u64).cast::<i64>() = v };
}

fn get(t: &MapType, h: *mut Hmap, k: i64) -> Option<i64> {
    // SAFETY: as in `set`.
    let r = unsafe { mapaccess2_fast64(t, h, k as u64) };
    // SAFETY: the elem pointer is valid for reading an int64.
    r.ok.then(|| unsafe { *r.elem.cast::<i64>() })
}

fn del(t: &MapType, h: *mut Hmap, k: i64) {
    // SAFETY: as in `set`.
    unsafe { mapdelete_fast64(t, h, k as u64) };
}

fn hlen(h: *mut Hmap) -> usize {
    // SAFETY: `h` is a live map.
    unsafe { maplen(h) as usize }
}

/// Collects the iteration of `h` as (key, elem) pairs of int64s.
fn entries(t: &MapType, h: *mut Hmap) -> Vec<(i64, i64)> {
    let mut it = core::mem::MaybeUninit::<Hiter>::uninit();
    let mut out = Vec::new();
    // SAFETY: `it` is storage for an iterator over the live map `h`.
    unsafe {
        mapiterinit(t, h, it.as_mut_ptr());
        let it = it.assume_init_mut();
        while !it.key.is_null() {
            out.push((*it.key.cast::<i64>(), *it.elem.cast::<i64>()));
            mapiternext(it);
        }
    }
    out
}

#[test]
fn grows_past_100k_with_deletes_in_between() {
    let t = int_map();
    let h = makemap_small();
    let mut reference = HashMap::new();
    for i in 0..150_000i64 {
        set(t, h, i, i * 3);
        reference.insert(i, i * 3);
        if i % 3 == 0 {
            del(t, h, i / 2);
            reference.remove(&(i / 2));
        }
    }
    assert_eq!(hlen(h), reference.len());
    for i in -10..150_010i64 {
        assert_eq!(get(t, h, i), reference.get(&i).copied(), "key {i}");
    }
    let got: HashMap<i64, i64> = entries(t, h).into_iter().collect();
    assert_eq!(got, reference);
    // SAFETY: `h` is a live map.
    assert!(unsafe { (*h).b } >= 14);
}

#[test]
fn hinted_maps_start_big_enough() {
    let t = int_map();
    // SAFETY: `t` is a map descriptor.
    let h = unsafe { makemap(t, 1000, core::ptr::null_mut()) };
    // SAFETY: `h` is a live map.
    let b = unsafe { (*h).b };
    assert_eq!(b, 8, "1000 entries need 2^8 buckets at 6.5 per bucket");
    for i in 0..1000 {
        set(t, h, i, i);
    }
    // SAFETY: `h` is a live map.
    assert_eq!(unsafe { (*h).b }, b, "no growth within the hint");
    // SAFETY: `h` is a live map.
    assert!(unsafe { (*h).oldbuckets.is_null() });
}

#[test]
fn iteration_during_growth_returns_each_entry_once() {
    let t = int_map();
    let h = makemap_small();
    for i in 0..1000 {
        set(t, h, i, i);
    }
    let mut it = core::mem::MaybeUninit::<Hiter>::uninit();
    let mut seen = HashSet::new();
    let mut n = 1000;
    // SAFETY: `it` iterates over the live map `h`.
    unsafe {
        mapiterinit(t, h, it.as_mut_ptr());
        let it = it.assume_init_mut();
        while !it.key.is_null() {
            let k = *it.key.cast::<i64>();
            assert!(seen.insert(k), "{k} returned twice");
            // Insert new keys (forcing growth) and delete not-yet-seen ones.
            set(t, h, n, n);
            n += 1;
            if k < 1000 && !seen.contains(&(999 - k)) {
                del(t, h, 999 - k);
            }
            mapiternext(it);
        }
    }
    // Every original key was either seen or deleted before being reached.
    for k in 0..1000 {
        assert!(seen.contains(&k) || get(t, h, k).is_none(), "{k} lost");
    }
}

#[test]
fn iteration_order_is_randomised() {
    let t = int_map();
    let h = makemap_small();
    for i in 0..100 {
        set(t, h, i, i);
    }
    let first = entries(t, h);
    let differs = (0..20).any(|_| entries(t, h) != first);
    assert!(differs);
}

#[test]
fn nan_keys_are_distinct_and_never_found() {
    let k = key_type(8, Kind::Float64, alg::f64equal, false);
    let t = map_type(k, k, Some(alg::f64hash), MAP_NEED_KEY_UPDATE);
    let h = makemap_small();
    let nan = f64::NAN;
    for i in 0..100 {
        // SAFETY: `h` is a map of `t` with float64 keys and elems.
        unsafe { *mapassign(t, h, (&nan as *const f64).cast()).cast::<f64>() = i as f64 };
    }
    assert_eq!(hlen(h), 100);
    // SAFETY: as above.
    assert!(!unsafe { mapaccess2(t, h, (&nan as *const f64).cast()) }.ok);
    // +0 and -0 are one key; the stored key is updated to the last one written.
    let (z, nz) = (0.0f64, -0.0f64);
    // SAFETY: as above.
    unsafe {
        *mapassign(t, h, (&z as *const f64).cast()).cast::<f64>() = 1.0;
        *mapassign(t, h, (&nz as *const f64).cast()).cast::<f64>() = 2.0;
        assert_eq!(
            *mapaccess1(t, h, (&z as *const f64).cast()).cast::<f64>(),
            2.0
        );
    }
    assert_eq!(hlen(h), 101);
    let mut it = core::mem::MaybeUninit::<Hiter>::uninit();
    let mut nans = 0;
    // SAFETY: iterating a live map.
    unsafe {
        mapiterinit(t, h, it.as_mut_ptr());
        let it = it.assume_init_mut();
        while !it.key.is_null() {
            let k = *it.key.cast::<f64>();
            if k.is_nan() {
                nans += 1;
            } else {
                assert!(k == 0.0 && k.is_sign_negative());
            }
            mapiternext(it);
        }
        mapclear(t, h);
    }
    assert_eq!(nans, 100);
    assert_eq!(hlen(h), 0);
}

#[test]
fn string_keys_and_big_indirect_entries() {
    let sk = key_type(16, Kind::String, alg::strequal, false);
    let big = key_type(200, Kind::Array, alg::typeequal, true);
    let t = map_type(
        sk,
        big,
        Some(alg::strhash),
        MAP_REFLEXIVE_KEY | MAP_NEED_KEY_UPDATE,
    );
    assert!(t.flags & MAP_INDIRECT_ELEM != 0);
    let h = makemap_small();
    let keys: Vec<String> = (0..500).map(|i| format!("key-{i}")).collect();
    for (i, k) in keys.iter().enumerate() {
        // SAFETY: `h` is a map of `t`: string keys, 200-byte elems.
        unsafe {
            let e = mapassign_faststr(t, h, k.as_ptr(), k.len());
            core::ptr::write_bytes(e, i as u8, 200);
        }
    }
    for (i, k) in keys.iter().enumerate() {
        // SAFETY: as above.
        let e = unsafe { mapaccess1_faststr(t, h, k.as_ptr(), k.len()) };
        // SAFETY: `e` points at a 200-byte elem.
        assert_eq!(unsafe { *e.add(199) }, i as u8);
    }
    let bk = key_type(136, Kind::Array, alg::typeequal, true);
    let t2 = map_type(bk, sk, None, MAP_REFLEXIVE_KEY);
    assert!(t2.flags & MAP_INDIRECT_KEY != 0);
    let h2 = makemap_small();
    for i in 0..300u16 {
        let key = [i as u8; 136];
        // SAFETY: a map of `t2`: 136-byte keys.
        unsafe { mapassign(t2, h2, key.as_ptr()) };
    }
    for i in 0..300u16 {
        let key = [i as u8; 136];
        // SAFETY: as above.
        assert!(unsafe { mapaccess2(t2, h2, key.as_ptr()) }.ok);
    }
    assert_eq!(hlen(h2), 256);
}

#[test]
fn many_overflow_buckets_trigger_same_size_growth() {
    let t = int_map();
    let h = makemap_small();
    // Keep the live count just under the load factor of 16 buckets (104)
    // while keys churn: full chains get overflow buckets, and once there are
    // as many overflow buckets as buckets the map regrows at the same size.
    let live = 100i64;
    for k in 0..live {
        set(t, h, k, k);
    }
    let mut same_size_grows = 0;
    for k in live..100_000 {
        set(t, h, k, k);
        del(t, h, k - live);
        // SAFETY: `h` is a live map.
        if unsafe { (*h).flags } & SAME_SIZE_GROW != 0 {
            same_size_grows += 1;
        }
    }
    assert!(same_size_grows > 0);
    // SAFETY: `h` is a live map.
    assert_eq!(unsafe { (*h).b }, 4, "never doubled");
    assert_eq!(hlen(h), live as usize);
    for k in 100_000 - live..100_000 {
        assert_eq!(get(t, h, k), Some(k));
    }
    assert_eq!(get(t, h, 100_000 - live - 1), None);
}

#[test]
fn nil_map_reads_and_write_panic() {
    crate::panic::enableunwind();
    let t = int_map();
    let nil = core::ptr::null_mut();
    assert_eq!(get(t, nil, 1), None);
    assert_eq!(hlen(nil), 0);
    del(t, nil, 1);
    assert!(entries(t, nil).is_empty());
    // SAFETY: `t` is a map descriptor; a nil map is allowed.
    let p = unsafe { mapassign_fast64(t, nil, 1) };
    assert!(p.is_null());
    assert!(crate::panic::unwinding());
    let text = last_panic_text();
    assert_eq!(text, "assignment to entry in nil map");
}

/// Takes the newest panic off the current goroutine, returning its text.
fn last_panic_text() -> String {
    let g = crate::sched::getg();
    // SAFETY: a panic was just raised on this thread's g.
    let e = unsafe { (*(*g).panic).arg };
    crate::sched::setg(core::ptr::null_mut());
    // SAFETY: the value is a run-time error.
    String::from_utf8(unsafe { crate::error::rt_error_text(e) }.unwrap()).unwrap()
}

#[test]
fn unhashable_interface_keys_panic() {
    crate::panic::enableunwind();
    let ity = crate::abi::testing::typ(test_type(16, 16, Kind::Interface), "interface {}", 32);
    // SAFETY: `ity` is a fresh test descriptor with zeroed interface fields.
    let ity: &Type = unsafe {
        (*ity).equal = equal_func(alg::nilinterequal);
        &*ity
    };
    let t = map_type(
        ity,
        ity,
        Some(alg::nilinterhash),
        MAP_HASH_MIGHT_PANIC | MAP_NEED_KEY_UPDATE,
    );
    let slice = crate::abi::testing::typ(test_type(24, 8, Kind::Slice), "[]int", 8);
    let key: [usize; 2] = [slice as *const Type as usize, 0x1000];
    let h = makemap_small();
    // SAFETY: `h` is a map of `t`; `key` is an eface.
    let p = unsafe { mapassign(t, h, key.as_ptr().cast()) };
    assert!(p.is_null());
    assert_eq!(hlen(h), 0);
    assert_eq!(
        last_panic_text(),
        "runtime error: hash of unhashable type []int"
    );
}

/// The layouts that compiled code relies on (rt/ABI.md, "Maps").
#[test]
fn header_and_iterator_layout() {
    use core::mem::{offset_of, size_of};
    assert_eq!(offset_of!(Hmap, count), 0);
    assert_eq!(size_of::<Hmap>(), 56);
    assert_eq!(offset_of!(Hiter, key), 0);
    assert_eq!(offset_of!(Hiter, elem), 8);
    assert_eq!(HITER_SIZE, 88);
    assert_eq!(offset_of!(ElemOk, ok), 8);
}

#[test]
fn clear_during_iteration_stops_it() {
    let t = int_map();
    let h = makemap_small();
    for i in 0..100 {
        set(t, h, i, i);
    }
    let mut it = core::mem::MaybeUninit::<Hiter>::uninit();
    let mut n = 0;
    // SAFETY: `it` iterates over the live map `h`.
    unsafe {
        mapiterinit(t, h, it.as_mut_ptr());
        let it = it.assume_init_mut();
        while !it.key.is_null() {
            n += 1;
            if n == 1 {
                mapclear(t, h);
            }
            mapiternext(it);
        }
    }
    assert!(n <= 8, "at most the rest of the first bucket: {n}");
    assert_eq!(hlen(h), 0);
    assert_eq!(get(t, h, 5), None);
}
