//! Run-time error values and the printing of panic values (Go's `error.go`).
//!
//! Run-time errors are ordinary Go values, so that `recover()` returns them
//! and `r.(error).Error()` works: an eface whose type is one of the runtime's
//! own descriptors below (`runtime.errorString`, `runtime.boundsError`,
//! `runtime.plainError`, `*runtime.TypeAssertionError`,
//! `*runtime.PanicNilError`, as gc names them) and
//! whose data word points at a `GoString` holding the message. Their method
//! tables list `Error` and `RuntimeError`, so they satisfy `error` and
//! `runtime.Error`; the `ifn`s are assembly adapters (`arch`) that make the
//! Rust implementations callable with the `tail` convention that compiled
//! code uses for interface calls.
//!
//! `printpanicval` prints a panic value as gc does: errors by `Error()`,
//! stringers by `String()` (calling compiled methods through the `arch`
//! trampoline), basic kinds by value, named basic types as `main.T(5)` /
//! `main.S("x")`, everything else as `(TYPE) 0xDATA`.
//!
//! Invariant: the runtime's descriptors are full (`TFLAG_FULL`), immutable,
//! and their method tables are sorted by name, like the compiler's.

use crate::abi::{
    FuncType, Kind, Method, Type, UncommonType, KIND_DIRECT_IFACE, TFLAG_FULL, TFLAG_NAMED,
    TFLAG_UNCOMMON,
};
use crate::arch;
use crate::iface::Eface;
use crate::mem::mallocgc;
use crate::panic::printindented;
use crate::print::Printer;
use crate::string::GoString;

const fn gostr(s: &'static str) -> GoString {
    GoString {
        ptr: s.as_ptr(),
        len: s.len(),
    }
}

/// A type header for the runtime's own descriptors.
const fn header(name: &'static str, size: usize, kind: u8, tflag: u8) -> Type {
    Type {
        size,
        ptrdata: 8,
        hash: name.len() as u32 ^ 0x9e37_79b9,
        tflag: tflag | TFLAG_FULL,
        align: 8,
        field_align: 8,
        kind,
        equal: Some(crate::alg::typeequal),
        gcdata: core::ptr::null(),
        str: 0,
        ptr_to_this: 0,
        string: gostr(name),
        uncommon: core::ptr::null(),
        ptr_to_this_type: core::ptr::null(),
    }
}

/// `string`, as `panic("...")` values carry it.
pub static STRING_TYPE: Type = header("string", 16, Kind::String as u8, 0);

/// A slice header's shape (`[]byte`-like: one pointer word), for boxes
/// that hold slice headers.
pub static SLICE_BOX_TYPE: Type = {
    let mut t = header("[]uint8", 24, Kind::Slice as u8, 0);
    t.equal = None;
    t
};

struct Params([*const Type; 1]);
// SAFETY: the array only points at immutable descriptors.
unsafe impl Sync for Params {}
static NO_PARAMS: Params = Params([core::ptr::null()]);
static STRING_RESULT: Params = Params([&STRING_TYPE]);

/// `func() string`, the signature of `Error` and `String`.
pub static FUNC_STRING: FuncType = FuncType {
    typ: header("func() string", 8, Kind::Func as u8 | KIND_DIRECT_IFACE, 0),
    params: STRING_RESULT.0.as_ptr(),
    in_count: 0,
    out_count: 1,
    variadic: 0,
};

/// `func()`, the signature of `RuntimeError`.
pub static FUNC_VOID: FuncType = FuncType {
    typ: header("func()", 8, Kind::Func as u8 | KIND_DIRECT_IFACE, 0),
    params: NO_PARAMS.0.as_ptr(),
    in_count: 0,
    out_count: 0,
    variadic: 0,
};

/// A class of run-time error: its descriptor and whether `Error()` puts
/// `runtime error: ` before the message.
pub struct RtError {
    pub typ: Type,
    pub prefixed: bool,
}

struct Methods([Method; 2]);
// SAFETY: the table only points at immutable data and code.
unsafe impl Sync for Methods {}

const fn methods(error_ifn: *const u8) -> Methods {
    Methods([
        Method {
            name: gostr("Error"),
            pkgpath: GoString::EMPTY,
            mtyp: &FUNC_STRING.typ,
            ifn: error_ifn,
            tfn: error_ifn,
        },
        Method {
            name: gostr("RuntimeError"),
            pkgpath: GoString::EMPTY,
            mtyp: &FUNC_VOID.typ,
            ifn: runtime_error_method as *const u8,
            tfn: runtime_error_method as *const u8,
        },
    ])
}

static PREFIXED_METHODS: Methods = methods(arch::golift_rt_error_prefixed as *const u8);
static PLAIN_METHODS: Methods = methods(arch::golift_rt_error_plain as *const u8);

const fn uncommon(m: &'static Methods) -> UncommonType {
    UncommonType {
        pkgpath: gostr("runtime"),
        methods: m.0.as_ptr(),
        mcount: 2,
        xcount: 2,
    }
}

static PREFIXED_UNCOMMON: UncommonType = uncommon(&PREFIXED_METHODS);
static PLAIN_UNCOMMON: UncommonType = uncommon(&PLAIN_METHODS);

const fn rterror(
    name: &'static str,
    kind: u8,
    prefixed: bool,
    u: &'static UncommonType,
) -> RtError {
    let mut typ = header(name, 16, kind, TFLAG_NAMED | TFLAG_UNCOMMON);
    typ.uncommon = u;
    RtError { typ, prefixed }
}

/// Go's `runtime.errorString`: `runtime error: ` + message.
pub static ERROR_STRING: RtError = rterror(
    "runtime.errorString",
    Kind::String as u8,
    true,
    &PREFIXED_UNCOMMON,
);
/// Go's `runtime.boundsError`: `runtime error: ` + message.
pub static BOUNDS_ERROR: RtError = rterror(
    "runtime.boundsError",
    Kind::String as u8,
    true,
    &PREFIXED_UNCOMMON,
);
/// Go's `runtime.plainError`: the message alone (`assignment to entry in nil map`).
pub static PLAIN_ERROR: RtError = rterror(
    "runtime.plainError",
    Kind::String as u8,
    false,
    &PLAIN_UNCOMMON,
);
/// Go's `*runtime.TypeAssertionError`: `interface conversion: ...`.
pub static TYPE_ASSERTION_ERROR: RtError = RtError {
    typ: {
        let mut t = header(
            "*runtime.TypeAssertionError",
            8,
            Kind::Pointer as u8 | KIND_DIRECT_IFACE,
            TFLAG_UNCOMMON,
        );
        t.uncommon = &PLAIN_UNCOMMON;
        t
    },
    prefixed: false,
};

/// Go's `*runtime.PanicNilError`, the value of `panic(nil)`.
pub static PANIC_NIL_ERROR: RtError = RtError {
    typ: {
        let mut t = header(
            "*runtime.PanicNilError",
            8,
            Kind::Pointer as u8 | KIND_DIRECT_IFACE,
            TFLAG_UNCOMMON,
        );
        t.uncommon = &PREFIXED_UNCOMMON;
        t
    },
    prefixed: true,
};

const RT_ERRORS: [&RtError; 5] = [
    &ERROR_STRING,
    &BOUNDS_ERROR,
    &PLAIN_ERROR,
    &TYPE_ASSERTION_ERROR,
    &PANIC_NIL_ERROR,
];

/// A run-time error value of class `kind` with message `msg`, in the Go heap.
pub fn new_error(kind: &'static RtError, msg: &[u8]) -> Eface {
    let text = copy_to_heap(msg);
    let cell = mallocgc(16, &STRING_TYPE, 1).cast::<GoString>();
    // SAFETY: `cell` is a fresh 16-byte allocation.
    unsafe { cell.write(text) };
    Eface {
        typ: &kind.typ,
        data: cell.cast(),
    }
}

fn copy_to_heap(b: &[u8]) -> GoString {
    if b.is_empty() {
        return GoString::EMPTY;
    }
    let p = mallocgc(b.len(), core::ptr::null(), 0);
    // SAFETY: `p` is a fresh allocation of `b.len()` bytes.
    unsafe { core::ptr::copy_nonoverlapping(b.as_ptr(), p, b.len()) };
    GoString {
        ptr: p,
        len: b.len(),
    }
}

/// The run-time error class of `t`, if it is one of the runtime's types.
fn rt_error_of(t: *const Type) -> Option<&'static RtError> {
    RT_ERRORS.iter().copied().find(|e| core::ptr::eq(&e.typ, t))
}

/// The text of a run-time error value (`Error()`), or None for other values.
///
/// # Safety
/// `e` must be a valid eface.
pub unsafe fn rt_error_text(e: Eface) -> Option<Vec<u8>> {
    let kind = rt_error_of(e.typ)?;
    // SAFETY: run-time error values point at a GoString.
    let msg = unsafe { (*e.data.cast::<GoString>()).as_bytes() };
    let mut v = Vec::with_capacity(msg.len() + 15);
    if kind.prefixed {
        v.extend_from_slice(b"runtime error: ");
    }
    v.extend_from_slice(msg);
    Some(v)
}

/// `Error()` of the prefixed classes, for the `arch` adapter.
///
/// # Safety
/// `data` must point at a GoString.
#[no_mangle]
pub unsafe extern "C" fn golift_rt_error_text_prefixed(data: *const u8) -> GoString {
    // SAFETY: guaranteed by the caller.
    let msg = unsafe { (*data.cast::<GoString>()).as_bytes() };
    let mut v = b"runtime error: ".to_vec();
    v.extend_from_slice(msg);
    copy_to_heap(&v)
}

/// `Error()` of the plain classes, for the `arch` adapter.
///
/// # Safety
/// `data` must point at a GoString.
#[no_mangle]
pub unsafe extern "C" fn golift_rt_error_text_plain(data: *const u8) -> GoString {
    // SAFETY: guaranteed by the caller.
    unsafe { *data.cast::<GoString>() }
}

/// `RuntimeError()`: a marker method with no effect.
extern "C" fn runtime_error_method(_data: *const u8) {}

/// The `ifn` of a method `name` with signature `func() string`, if `t` has one.
pub fn string_method(t: &Type, name: &[u8]) -> Option<*const u8> {
    let u = t.uncommon()?;
    // SAFETY: `methods` points at `mcount` entries (descriptor invariant).
    let ms = unsafe { core::slice::from_raw_parts(u.methods, u.mcount as usize) };
    ms.iter()
        .find(|m| {
            // SAFETY: method names and signatures are static descriptor data.
            unsafe { m.name.as_bytes() == name && (*m.mtyp).name() == b"func() string" }
        })
        .map(|m| m.ifn)
}

/// Prints a panic value as gc does (see the file comment).
///
/// # Safety
/// `e` must be a valid eface (for descriptors without `TFLAG_FULL`, `data`
/// points at the value).
pub unsafe fn printpanicval(p: &mut Printer, e: Eface) {
    // SAFETY: guaranteed by the caller.
    let Some(t) = (unsafe { e.typ.as_ref() }) else {
        p.str(b"nil");
        return;
    };
    // SAFETY: guaranteed by the caller.
    if let Some(text) = unsafe { rt_error_text(e) } {
        printindented(p, &text);
        return;
    }
    if let Some(ifn) = string_method(t, b"Error").or_else(|| string_method(t, b"String")) {
        // SAFETY: `ifn` takes the data word and returns a string (descriptor invariant).
        let s = unsafe { arch::call_string_method(ifn, e.data) };
        // SAFETY: Go strings point at live bytes.
        printindented(p, unsafe { s.as_bytes() });
        return;
    }
    let v = if t.direct_iface() {
        (&e.data as *const *const u8).cast()
    } else {
        e.data
    };
    if t.kind() as u8 > Kind::Complex128 as u8 && t.kind() != Kind::String {
        p.str(b"(");
        p.str(if t.full() {
            t.name()
        } else {
            kind_name(t.kind())
        });
        p.str(b") ");
        p.hex(e.data as u64);
        return;
    }
    let named = t.full() && t.tflag & TFLAG_NAMED != 0;
    // A complex value prints in its own parentheses: `main.c(1-2i)`.
    let complex = matches!(t.kind(), Kind::Complex64 | Kind::Complex128);
    if named {
        p.str(t.name());
        match t.kind() {
            Kind::String => p.str(b"(\""),
            _ if complex => {}
            _ => p.str(b"("),
        }
    }
    // SAFETY: `v` points at a value of `t`'s basic kind.
    unsafe { printbasic(p, t.kind(), v) };
    if named {
        match t.kind() {
            Kind::String => p.str(b"\")"),
            _ if complex => {}
            _ => p.str(b")"),
        }
    }
}

/// Prints a value of a basic kind as `print` does.
///
/// # Safety
/// `data` must point at a value of kind `kind`.
unsafe fn printbasic(p: &mut Printer, kind: Kind, data: *const u8) {
    use crate::ftoa::{format_complex, format_float, ArrayBuf};
    let mut f = ArrayBuf::new();
    let mut c = ArrayBuf::new();
    // SAFETY: `data` points at a value of `kind` (caller's guarantee).
    unsafe {
        match kind {
            Kind::Bool => p.str(if *data != 0 { b"true" } else { b"false" }),
            Kind::Int | Kind::Int64 => p.int(*data.cast::<i64>()),
            Kind::Int8 => p.int(*data.cast::<i8>() as i64),
            Kind::Int16 => p.int(*data.cast::<i16>() as i64),
            Kind::Int32 => p.int(*data.cast::<i32>() as i64),
            Kind::Uint | Kind::Uint64 | Kind::Uintptr => p.uint(*data.cast::<u64>()),
            Kind::Uint8 => p.uint(*data as u64),
            Kind::Uint16 => p.uint(*data.cast::<u16>() as u64),
            Kind::Uint32 => p.uint(*data.cast::<u32>() as u64),
            Kind::Float32 => {
                format_float(&mut f, *data.cast::<f32>() as f64, 32);
                p.str(f.as_bytes());
            }
            Kind::Float64 => {
                format_float(&mut f, *data.cast::<f64>(), 64);
                p.str(f.as_bytes());
            }
            Kind::Complex64 => {
                let v = data.cast::<f32>();
                format_complex(&mut c, *v as f64, *v.add(1) as f64, 64);
                p.str(c.as_bytes());
            }
            Kind::Complex128 => {
                let v = data.cast::<f64>();
                format_complex(&mut c, *v, *v.add(1), 128);
                p.str(c.as_bytes());
            }
            Kind::String => printindented(p, (*data.cast::<GoString>()).as_bytes()),
            _ => {}
        }
    }
}

/// A stand-in for the type string in descriptors without names.
fn kind_name(kind: Kind) -> &'static [u8] {
    match kind {
        Kind::Array => b"array",
        Kind::Chan => b"chan",
        Kind::Func => b"func",
        Kind::Interface => b"interface",
        Kind::Map => b"map",
        Kind::Pointer => b"ptr",
        Kind::Slice => b"slice",
        Kind::Struct => b"struct",
        Kind::UnsafePointer => b"unsafe.Pointer",
        _ => b"invalid",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::abi::test_type;

    fn printed(e: Eface) -> String {
        let mut p = Printer::capturing();
        // SAFETY: the tests build valid efaces.
        unsafe { printpanicval(&mut p, e) };
        String::from_utf8(p.into_captured()).unwrap()
    }

    fn named(name: &'static str, size: usize, kind: Kind) -> &'static Type {
        let mut t = test_type(size, 0, kind);
        t.tflag = TFLAG_FULL | TFLAG_NAMED;
        t.string = gostr(name);
        Box::leak(Box::new(t))
    }

    #[test]
    fn basic_values_print_by_kind() {
        let cases: Vec<(Type, Vec<u8>, &str)> = vec![
            (
                test_type(8, 0, Kind::Int),
                42i64.to_ne_bytes().to_vec(),
                "42",
            ),
            (test_type(1, 0, Kind::Int8), vec![0xfb], "-5"),
            (test_type(1, 0, Kind::Bool), vec![1], "true"),
            (
                test_type(8, 0, Kind::Float64),
                1.5f64.to_ne_bytes().to_vec(),
                "1.5",
            ),
            (
                test_type(4, 0, Kind::Uint32),
                u32::MAX.to_ne_bytes().to_vec(),
                "4294967295",
            ),
        ];
        for (typ, bytes, want) in cases {
            assert_eq!(
                printed(Eface {
                    typ: &typ,
                    data: bytes.as_ptr()
                }),
                want
            );
        }
        let c = [1.0f64, 2.0];
        let t = test_type(16, 0, Kind::Complex128);
        assert_eq!(
            printed(Eface {
                typ: &t,
                data: c.as_ptr().cast()
            }),
            "(1+2i)"
        );
        let s = gostr("a\nb");
        assert_eq!(
            printed(Eface {
                typ: &STRING_TYPE,
                data: (&s as *const GoString).cast()
            }),
            "a\n\tb"
        );
    }

    #[test]
    fn named_and_composite_values_print_like_gc() {
        let five = 5i64;
        let t = named("main.T", 8, Kind::Int);
        assert_eq!(
            printed(Eface {
                typ: t,
                data: (&five as *const i64).cast()
            }),
            "main.T(5)"
        );
        let f = 1.5f64;
        let t = named("main.F", 8, Kind::Float64);
        assert_eq!(
            printed(Eface {
                typ: t,
                data: (&f as *const f64).cast()
            }),
            "main.F(1.5)"
        );
        let s = gostr("x");
        let t = named("main.Str", 16, Kind::String);
        assert_eq!(
            printed(Eface {
                typ: t,
                data: (&s as *const GoString).cast()
            }),
            "main.Str(\"x\")"
        );
        let t = named("main.S", 16, Kind::Struct);
        assert_eq!(
            printed(Eface {
                typ: t,
                data: 0x48de38 as *const u8
            }),
            "(main.S) 0x48de38"
        );
    }

    #[test]
    fn runtime_errors_print_and_answer_error() {
        let e = new_error(&ERROR_STRING, b"integer divide by zero");
        assert_eq!(printed(e), "runtime error: integer divide by zero");
        let e = new_error(&PLAIN_ERROR, b"assignment to entry in nil map");
        assert_eq!(printed(e), "assignment to entry in nil map");
        // The Error method, called as compiled code calls it.
        let ifn = string_method(&BOUNDS_ERROR.typ, b"Error").unwrap();
        let e = new_error(&BOUNDS_ERROR, b"index out of range [5] with length 0");
        // SAFETY: `ifn` is the adapter for run-time error values.
        let s = unsafe { arch::call_string_method(ifn, e.data) };
        // SAFETY: `s` is a heap string.
        assert_eq!(
            unsafe { s.as_bytes() },
            b"runtime error: index out of range [5] with length 0"
        );
    }
}
