//! Interfaces (Go's `iface.go`): interface values, itabs and the itab cache,
//! conversions to interfaces, type assertions and interface comparison.
//!
//! An empty interface is an eface `{type, data}`, a non-empty one an iface
//! `{itab, data}`. The data word is the value itself for pointer-shaped types
//! (`TFLAG_DIRECT_IFACE`) and otherwise a pointer to an immutable copy (the
//! `convT*` helpers make it). An itab `{inter, type, hash, fun[n]}` lists, for
//! a concrete type, the `ifn` of each method of the interface in the
//! interface's method order; compiled code calls `itab.fun[i](data, args...)`.
//!
//! Itabs for pairs known at compile time are emitted by the compiler and
//! published in the cache at start (`itabsinit`), so a pair has one itab; the
//! rest are built here by one merge of the two sorted method tables and kept
//! forever in a global open-addressing hash table keyed by (interface, type),
//! Go's `itabTable`. A failed lookup is cached too (an itab with
//! `fun[0] == null`), so repeated failing assertions stay cheap.
//!
//! Invariants: itabs are immutable once published; method tables are sorted
//! as gc sorts them (exported names first, then name, then package path;
//! names and types are offsets resolved in their descriptor's module); methods match when name, pkgpath and signature agree
//! (same descriptor, or equal type strings when one side is the runtime's
//! own descriptor).

use std::sync::Mutex;

use crate::abi::{
    name_parts, name_pkgpath, resolve_name_off, resolve_text_off, resolve_type_off, InterfaceType,
    Type, NAME_EXPORTED,
};
use crate::error::TYPE_ASSERTION_ERROR;
use crate::mem::mallocgc;
use crate::panic::raise_error;
use crate::print::Printer;

/// An empty-interface value.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Eface {
    pub typ: *const Type,
    pub data: *const u8,
}

impl Eface {
    pub const NIL: Eface = Eface {
        typ: core::ptr::null(),
        data: core::ptr::null(),
    };
}

/// The header of an itab; `fun` has one entry per interface method.
#[repr(C)]
pub struct Itab {
    pub inter: *const InterfaceType,
    pub typ: *const Type,
    /// A copy of `typ.hash`, for type switches.
    pub hash: u32,
    pub fun: [*const u8; 1],
}

/// The itab cache: open addressing with linear probing; grows at 75% load.
struct ItabTable {
    entries: Vec<*mut Itab>,
    count: usize,
}

// SAFETY: the table only holds pointers to leaked, immutable itabs.
unsafe impl Send for ItabTable {}

static ITAB_TABLE: Mutex<ItabTable> = Mutex::new(ItabTable {
    entries: Vec::new(),
    count: 0,
});

fn itab_hash(inter: *const InterfaceType, typ: *const Type) -> usize {
    let h = (inter as usize).wrapping_mul(0x9e37_79b9_7f4a_7c15) ^ (typ as usize);
    h ^ (h >> 29)
}

impl ItabTable {
    fn find(&self, inter: *const InterfaceType, typ: *const Type) -> Option<*mut Itab> {
        if self.entries.is_empty() {
            return None;
        }
        let mask = self.entries.len() - 1;
        let mut i = itab_hash(inter, typ) & mask;
        loop {
            let m = self.entries[i];
            if m.is_null() {
                return None;
            }
            // SAFETY: entries are leaked itabs.
            if unsafe { (*m).inter == inter && (*m).typ == typ } {
                return Some(m);
            }
            i = (i + 1) & mask;
        }
    }

    fn add(&mut self, m: *mut Itab) {
        if (self.count + 1) * 4 > self.entries.len() * 3 {
            let n = (self.entries.len() * 2).max(64);
            let old = core::mem::replace(&mut self.entries, vec![core::ptr::null_mut(); n]);
            self.count = 0;
            for e in old.into_iter().filter(|e| !e.is_null()) {
                self.add(e);
            }
        }
        let mask = self.entries.len() - 1;
        // SAFETY: `m` is a leaked itab.
        let mut i = unsafe { itab_hash((*m).inter, (*m).typ) } & mask;
        while !self.entries[i].is_null() {
            i = (i + 1) & mask;
        }
        self.entries[i] = m;
        self.count += 1;
    }
}

fn same_type(a: *const Type, b: *const Type) -> bool {
    // SAFETY: both are descriptors.
    a == b || unsafe { (*a).str != 0 && (*b).str != 0 && (*a).name() == (*b).name() }
}

/// A method's sort key and identity as gc orders method tables: exported
/// names first, then by name, then by package path (unexported names only).
type MethodKey<'a> = (bool, &'a [u8], &'a [u8]);

/// The key of the name at `n` (in the module of `at`), whose package is
/// `pkg` unless the name carries its own.
///
/// # Safety
/// `n` must be a NameOff of the module holding `at`.
unsafe fn method_key<'a>(at: *const u8, n: i32, pkg: &'a [u8]) -> MethodKey<'a> {
    // SAFETY: guaranteed by the caller.
    unsafe {
        let p = resolve_name_off(at, n);
        let (flags, name, _) = name_parts(p);
        let exported = flags & NAME_EXPORTED != 0;
        let pkg = if exported {
            &[][..]
        } else {
            name_pkgpath(p).unwrap_or(pkg)
        };
        (!exported, name, pkg)
    }
}

/// Fills `fun` for `t` implementing `inter` by merging the two sorted
/// method tables; returns the name of the first missing method, if any.
fn itab_methods<'a>(inter: &'a InterfaceType, t: &Type, fun: &mut [*const u8]) -> Option<&'a [u8]> {
    let ms = t.methods();
    let (ia, ta) = (
        inter as *const InterfaceType as *const u8,
        t as *const Type as *const u8,
    );
    // SAFETY: `pkgpath` is null or a name.
    let ipkg = unsafe { name_parts(inter.pkgpath).1 };
    let tpkg = t.pkgpath();
    let mut j = 0;
    for (k, im) in inter.imethods().iter().enumerate() {
        // SAFETY: imethod names and types are descriptor data of `inter`'s module.
        let ikey = unsafe { method_key(ia, im.name, ipkg) };
        let ityp = resolve_type_off(ia, im.typ);
        let mut found = None;
        while j < ms.len() {
            let m = &ms[j];
            // SAFETY: method names are descriptor data of `t`'s module.
            let key = unsafe { method_key(ta, m.name, tpkg) };
            if key > ikey {
                break;
            }
            j += 1;
            if key == ikey && same_type(resolve_type_off(ta, m.mtyp), ityp) {
                found = Some(resolve_text_off(ta, m.ifn));
                break;
            }
        }
        match found {
            Some(f) => fun[k] = f,
            None => return Some(ikey.1),
        }
    }
    None
}

/// Builds a new itab (or a negative one, `fun[0] == null`).
fn build_itab(inter: &InterfaceType, t: &Type) -> (*mut Itab, Option<Vec<u8>>) {
    let n = inter.nmethods.max(1);
    let size = core::mem::size_of::<Itab>() + (n - 1) * 8;
    let words = vec![0usize; size / 8].into_boxed_slice();
    let m = Box::leak(words).as_mut_ptr().cast::<Itab>();
    // SAFETY: `m` points at `size` zeroed bytes, room for the header and `n` funs.
    let fun = unsafe {
        (*m).inter = inter;
        (*m).typ = t;
        (*m).hash = t.hash;
        core::slice::from_raw_parts_mut((*m).fun.as_mut_ptr(), n)
    };
    let missing = itab_methods(inter, t, &mut fun[..inter.nmethods]).map(<[u8]>::to_vec);
    if missing.is_some() {
        fun[0] = core::ptr::null();
    }
    (m, missing)
}

/// The itab for (`inter`, `t`), from the cache or built now; None when `t`
/// lacks a method (whose name comes back as the error).
pub fn getitab(inter: &InterfaceType, t: &Type) -> Result<*const Itab, Vec<u8>> {
    let mut table = ITAB_TABLE.lock().unwrap_or_else(|e| e.into_inner());
    let m = match table.find(inter, t) {
        Some(m) => m,
        None => {
            let (m, _) = build_itab(inter, t);
            table.add(m);
            m
        }
    };
    // SAFETY: `m` is a published itab.
    if unsafe { (*m).fun[0].is_null() } && inter.nmethods > 0 {
        let mut fun = vec![core::ptr::null(); inter.nmethods];
        return Err(itab_methods(inter, t, &mut fun).unwrap_or(b"").to_vec());
    }
    Ok(m)
}

/// Publishes the itabs the compiler emitted (Go's `itabsinit`), so that
/// `getitab` returns the static itab of a pair rather than building a second
/// one: interface comparison compares itab words first.
///
/// # Safety
/// `links` points at `{n, itab[0], ..., itab[n-1]}`, each a complete itab of
/// static storage.
#[export_name = "runtime.itabsinit"]
pub unsafe extern "C" fn itabsinit(links: *const usize) {
    let mut table = ITAB_TABLE.lock().unwrap_or_else(|e| e.into_inner());
    // SAFETY: guaranteed by the caller.
    let n = unsafe { *links };
    for i in 1..=n {
        // SAFETY: guaranteed by the caller.
        let m = unsafe { *links.add(i) } as *mut Itab;
        // SAFETY: `m` is a complete itab.
        let (inter, typ) = unsafe { ((*m).inter, (*m).typ) };
        if table.find(inter, typ).is_none() {
            table.add(m);
        }
    }
}

/// Raises `*runtime.TypeAssertionError` with `interface conversion: ` + text.
fn raise_conversion(msg: impl FnOnce(&mut Printer)) {
    raise_error(&TYPE_ASSERTION_ERROR, |p| {
        p.str(b"interface conversion: ");
        msg(p)
    })
}

/// The type string of a possibly null descriptor.
fn tname(t: *const Type) -> &'static [u8] {
    // SAFETY: a non-null descriptor is static data.
    unsafe { t.as_ref() }.map_or(b"", |t| {
        // SAFETY: descriptor strings are static.
        unsafe { core::mem::transmute::<&[u8], &'static [u8]>(t.name()) }
    })
}

/// `x.(I)` for an interface value `x` of dynamic type `t` (null: nil):
/// the itab, or the conversion panic (`interface conversion: interface is
/// nil, not main.I` / `T is not main.I: missing method M`) and null.
///
/// # Safety
/// `inter` must be an interface descriptor, `t` null or a descriptor.
#[export_name = "runtime.assertE2I"]
pub unsafe extern "C" fn assert_e2i(inter: *const InterfaceType, t: *const Type) -> *const Itab {
    // SAFETY: guaranteed by the caller.
    let inter = unsafe { &*inter };
    // SAFETY: guaranteed by the caller.
    let Some(tr) = (unsafe { t.as_ref() }) else {
        raise_conversion(|p| {
            p.str(b"interface is nil, not ");
            p.str(inter.typ.name());
        });
        return core::ptr::null();
    };
    match getitab(inter, tr) {
        Ok(m) => m,
        Err(missing) => {
            raise_conversion(|p| {
                p.str(tr.name());
                p.str(b" is not ");
                p.str(inter.typ.name());
                p.str(b": missing method ");
                p.str(&missing);
            });
            core::ptr::null()
        }
    }
}

/// `v, ok := x.(I)`: the itab, or null when `t` is nil or lacks a method.
///
/// # Safety
/// As `assertE2I`.
#[export_name = "runtime.assertE2I2"]
pub unsafe extern "C" fn assert_e2i2(inter: *const InterfaceType, t: *const Type) -> *const Itab {
    // SAFETY: guaranteed by the caller.
    match unsafe { t.as_ref() } {
        // SAFETY: guaranteed by the caller.
        Some(t) => getitab(unsafe { &*inter }, t).unwrap_or(core::ptr::null()),
        None => core::ptr::null(),
    }
}

/// `iface` conversion to another non-empty interface, for a known non-nil
/// dynamic type (Go's `convI2I` / `typeAssert` cache miss).
///
/// # Safety
/// As `assertE2I`.
#[export_name = "runtime.getitab"]
pub unsafe extern "C" fn getitab_export(
    inter: *const InterfaceType,
    t: *const Type,
    canfail: u8,
) -> *const Itab {
    if canfail != 0 {
        // SAFETY: guaranteed by the caller.
        unsafe { assert_e2i2(inter, t) }
    } else {
        // SAFETY: guaranteed by the caller.
        unsafe { assert_e2i(inter, t) }
    }
}

/// A failed `x.(T)` with `T` concrete, `x` an interface of static type
/// `iface` holding dynamic type `have` (null: nil): `interface conversion:
/// interface {} is string, not int` / `main.I is nil, not main.E`.
///
/// # Safety
/// `have` null or a descriptor; `want`, `iface` descriptors.
#[export_name = "runtime.panicdottypeE"]
pub unsafe extern "C" fn panicdottype_e(have: *const Type, want: *const Type, iface: *const Type) {
    raise_conversion(|p| {
        p.str(tname(iface));
        p.str(b" is ");
        p.str(if have.is_null() { b"nil" } else { tname(have) });
        p.str(b", not ");
        p.str(tname(want));
        // Go's TypeAssertionError.Error: equal strings, different types.
        if !have.is_null() && tname(have) == tname(want) {
            // SAFETY: both are descriptors (checked or guaranteed).
            let (hp, wp) = unsafe { ((*have).pkgpath(), (*want).pkgpath()) };
            p.str(if hp != wp {
                b" (types from different packages)"
            } else {
                b" (types from different scopes)"
            });
        }
    })
}

/// As `panicdottypeE` for a non-empty interface holding itab `have`.
///
/// # Safety
/// `have` null or an itab; `want`, `iface` descriptors.
#[export_name = "runtime.panicdottypeI"]
pub unsafe extern "C" fn panicdottype_i(have: *const Itab, want: *const Type, iface: *const Type) {
    // SAFETY: a non-null itab is valid.
    let t = unsafe { have.as_ref() }.map_or(core::ptr::null(), |m| m.typ);
    // SAFETY: guaranteed by the caller.
    unsafe { panicdottype_e(t, want, iface) }
}

/// A failed `x.(T)` where `x`'s dynamic type is nil and `T` an interface,
/// for compiled code that tests nil inline (Go's `panicnildottype`).
///
/// # Safety
/// `want` must be a descriptor.
#[export_name = "runtime.panicnildottype"]
pub unsafe extern "C" fn panicnildottype(want: *const Type) {
    raise_conversion(|p| {
        p.str(b"interface is nil, not ");
        p.str(tname(want));
    })
}

/// `x == y` for efaces with the same dynamic type `t` (compiled code first
/// compares the type words); panics on uncomparable `t`.
///
/// # Safety
/// `x` and `y` are data words of values of type `t`.
#[export_name = "runtime.efaceeq"]
pub unsafe extern "C" fn efaceeq(t: *const Type, x: *const u8, y: *const u8) -> bool {
    // SAFETY: guaranteed by the caller.
    unsafe { crate::alg::efaceeq(t, x, y) }
}

/// `x == y` for ifaces with the same itab `tab` (compiled code first
/// compares the itab words).
///
/// # Safety
/// `tab` null or an itab; `x`, `y` data words of values of its type.
#[export_name = "runtime.ifaceeq"]
pub unsafe extern "C" fn ifaceeq(tab: *const Itab, x: *const u8, y: *const u8) -> bool {
    // SAFETY: a non-null itab is valid.
    let t = unsafe { tab.as_ref() }.map_or(core::ptr::null(), |m| m.typ);
    // SAFETY: guaranteed by the caller.
    unsafe { crate::alg::efaceeq(t, x, y) }
}

/// Go's `staticuint64s`: the boxes of the values 0..256, so that small
/// integers convert to interfaces without allocating.
pub(crate) static STATIC_UINT64S: [u64; 256] = {
    let mut a = [0u64; 256];
    let mut i = 0;
    while i < 256 {
        a[i] = i as u64;
        i += 1;
    }
    a
};

/// A fresh pointer-free box holding `bytes`.
fn boxed(bytes: &[u8], typ: *const Type) -> *const u8 {
    let p = mallocgc(bytes.len(), typ, 0);
    // SAFETY: `p` is a fresh allocation of `bytes.len()` bytes.
    unsafe { core::ptr::copy_nonoverlapping(bytes.as_ptr(), p, bytes.len()) };
    p
}

/// The data word for a 16-bit value.
#[export_name = "runtime.convT16"]
pub extern "C" fn conv_t16(v: u16) -> *const u8 {
    if v < 256 {
        return STATIC_UINT64S[v as usize..].as_ptr().cast();
    }
    boxed(&v.to_ne_bytes(), core::ptr::null())
}

/// The data word for a 32-bit value.
#[export_name = "runtime.convT32"]
pub extern "C" fn conv_t32(v: u32) -> *const u8 {
    if v < 256 {
        return STATIC_UINT64S[v as usize..].as_ptr().cast();
    }
    boxed(&v.to_ne_bytes(), core::ptr::null())
}

/// The data word for a 64-bit value.
#[export_name = "runtime.convT64"]
pub extern "C" fn conv_t64(v: u64) -> *const u8 {
    if v < 256 {
        return STATIC_UINT64S[v as usize..].as_ptr().cast();
    }
    boxed(&v.to_ne_bytes(), core::ptr::null())
}

/// The data word for a string (the empty string shares one box).
#[export_name = "runtime.convTstring"]
pub extern "C" fn conv_tstring(ptr: *const u8, len: usize) -> *const u8 {
    if len == 0 {
        return crate::map::ZERO_VAL.as_ptr();
    }
    let p = mallocgc(16, crate::error::STRING_TYPE, 1).cast::<usize>();
    // SAFETY: `p` is a fresh 16-byte allocation.
    unsafe {
        p.write(ptr as usize);
        p.add(1).write(len);
    }
    p.cast()
}

/// The data word for a slice.
#[export_name = "runtime.convTslice"]
pub extern "C" fn conv_tslice(ptr: *const u8, len: usize, cap: usize) -> *const u8 {
    if ptr.is_null() {
        return crate::map::ZERO_VAL.as_ptr();
    }
    let p = mallocgc(24, crate::error::SLICE_BOX_TYPE, 1).cast::<usize>();
    // SAFETY: `p` is a fresh 24-byte allocation.
    unsafe {
        p.write(ptr as usize);
        p.add(1).write(len);
        p.add(2).write(cap);
    }
    p.cast()
}

/// The data word for a value of any non-pointer-shaped type `t` at `v`: a
/// fresh copy (Go's `convT`; zero-sized values share `zerobase`).
///
/// # Safety
/// `t` must be a descriptor and `v` point at a value of it.
#[export_name = "runtime.convT"]
pub unsafe extern "C" fn conv_t(t: *const Type, v: *const u8) -> *const u8 {
    // SAFETY: guaranteed by the caller.
    let size = unsafe { (*t).size };
    let p = mallocgc(size, t, 1);
    // SAFETY: `p` is a fresh allocation of `size` bytes; `v` holds `size` bytes.
    unsafe { core::ptr::copy_nonoverlapping(v, p, size) };
    p
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::abi::testing;
    use crate::abi::{test_type, Kind};

    /// `func() string` and `func()` in the test module (method types are
    /// offsets into their descriptor's module).
    fn func_types() -> (*const Type, *const Type) {
        (
            typ(8, 8, Kind::Func, "func() string"),
            typ(8, 8, Kind::Func, "func()"),
        )
    }

    fn interface(name: &'static str, ms: &[(&'static str, *const Type)]) -> &'static InterfaceType {
        testing::interface(name, ms)
    }

    fn concrete(name: &'static str, ms: &[(&'static str, *const Type, usize)]) -> &'static Type {
        testing::named(test_type(8, 0, Kind::Int), name, ms)
    }

    fn typ(size: usize, ptrdata: usize, kind: Kind, name: &str) -> &'static Type {
        // SAFETY: `testing::typ` returns a fresh leaked descriptor.
        unsafe { &*testing::typ(test_type(size, ptrdata, kind), name, 0) }
    }

    fn message() -> String {
        let g = crate::sched::getg();
        // SAFETY: a panic was just raised on this thread's g.
        let e = unsafe { (*(*g).panic).arg };
        // SAFETY: the value is a run-time error.
        String::from_utf8(unsafe { crate::error::rt_error_text(e) }.unwrap()).unwrap()
    }

    #[test]
    fn itabs_merge_sorted_tables_and_are_cached() {
        let (fs, fv) = func_types();
        let i = interface("main.I", &[("A", fv), ("C", fs)]);
        let t = concrete("main.T", &[("A", fv, 1), ("B", fv, 2), ("C", fs, 3)]);
        let m = getitab(i, t).unwrap();
        // SAFETY: `m` is an itab with two funs.
        unsafe {
            assert_eq!((*m).fun.as_ptr().read() as usize, 1);
            assert_eq!((*m).fun.as_ptr().add(1).read() as usize, 3);
            assert_eq!((*m).typ, t as *const Type);
        }
        assert_eq!(getitab(i, t).unwrap(), m, "cached");
        let u = concrete("main.U", &[("A", fv, 1), ("C", fv, 3)]);
        assert_eq!(getitab(i, u).unwrap_err(), b"C", "wrong signature");
        assert_eq!(getitab(i, u).unwrap_err(), b"C", "negative entry cached");
        for n in 1..200 {
            let t = concrete("main.V", &[("A", fv, n), ("C", fs, n)]);
            assert!(getitab(i, t).is_ok());
        }
        assert_eq!(getitab(i, t).unwrap(), m, "survives growth");
    }

    #[test]
    fn static_itabs_are_found_by_getitab() {
        let fv = func_types().1;
        let i = interface("main.J", &[("A", fv)]);
        let t = concrete("main.S", &[("A", fv, 7)]);
        let words = Box::leak(Box::new([
            i as *const InterfaceType as usize,
            t as *const Type as usize,
            0,
            7,
        ]));
        let links = Box::leak(Box::new([1usize, words.as_ptr() as usize]));
        // SAFETY: `links` lists one complete itab.
        unsafe { itabsinit(links.as_ptr()) };
        assert_eq!(getitab(i, t).unwrap() as usize, words.as_ptr() as usize);
    }

    #[test]
    fn failed_assertions_say_what_gc_says() {
        crate::panic::enableunwind();
        let i = interface("interface { M() }", &[("M", func_types().1)]);
        let int = typ(8, 0, Kind::Int, "int");
        // SAFETY: valid descriptors.
        unsafe {
            assert!(assert_e2i(i, int).is_null());
            assert_eq!(
                message(),
                "interface conversion: int is not interface { M() }: missing method M"
            );
            assert!(assert_e2i(i, core::ptr::null()).is_null());
            assert_eq!(
                message(),
                "interface conversion: interface is nil, not interface { M() }"
            );
            let any = typ(16, 16, Kind::Interface, "interface {}");
            panicdottype_e(crate::error::STRING_TYPE, int, any);
            assert_eq!(
                message(),
                "interface conversion: interface {} is string, not int"
            );
        }
        crate::sched::setg(core::ptr::null_mut());
    }

    #[test]
    fn comparing_uncomparable_dynamic_types_panics() {
        crate::panic::enableunwind();
        let slice = typ(24, 8, Kind::Slice, "[]int");
        let (x, y) = ([1usize, 1, 1], [1usize, 1, 1]);
        // SAFETY: both point at slice headers of type `slice`.
        let eq = unsafe { efaceeq(slice, x.as_ptr().cast(), y.as_ptr().cast()) };
        assert!(!eq);
        assert_eq!(
            message(),
            "runtime error: comparing uncomparable type []int"
        );
        let eqf = Box::leak(Box::new(crate::abi::EqualFunc {
            code: core::ptr::null(),
            equal: crate::alg::memequal64,
            typ: core::ptr::null(),
        }));
        let mut int = test_type(8, 0, Kind::Int);
        int.equal = eqf;
        let (a, b) = (5i64, 5i64);
        // SAFETY: both point at ints.
        assert!(unsafe { efaceeq(&int, (&a as *const i64).cast(), (&b as *const i64).cast()) });
        crate::sched::setg(core::ptr::null_mut());
    }

    /// The layouts that compiled code relies on (rt/ABI.md, "Interfaces").
    #[test]
    fn itab_and_eface_layout() {
        use core::mem::{offset_of, size_of};
        assert_eq!(
            [
                offset_of!(Itab, inter),
                offset_of!(Itab, typ),
                offset_of!(Itab, hash),
                offset_of!(Itab, fun)
            ],
            [0, 8, 16, 24]
        );
        assert_eq!(size_of::<Eface>(), 16);
    }

    #[test]
    fn small_values_need_no_allocation() {
        // SAFETY: the data words point at 8-byte boxes.
        unsafe {
            assert_eq!(*conv_t64(7).cast::<u64>(), 7);
            assert_eq!(conv_t64(7), conv_t64(7));
            assert_eq!(*conv_t64(1000).cast::<u64>(), 1000);
            assert_eq!(*conv_t32(300).cast::<u32>(), 300);
        }
    }
}
