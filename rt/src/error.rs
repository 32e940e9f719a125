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
//! Invariant: the runtime's descriptors live in one module (`RT`), are
//! immutable, and their method tables are sorted as gc sorts them.

use core::mem::offset_of;

use crate::abi::{
    name_parts, resolve_name_off, resolve_text_off, resolve_type_off, EqualFunc, FuncType, Kind,
    Method, PtrType, Type, UncommonType, NAME_EXPORTED, TFLAG_DIRECT_IFACE, TFLAG_NAMED,
    TFLAG_UNCOMMON,
};
use crate::arch;
use crate::iface::Eface;
use crate::mem::mallocgc;
use crate::panic::printindented;
use crate::print::Printer;
use crate::string::GoString;

/// The runtime's own descriptor module: every descriptor the runtime
/// defines, their names and the code slots their `TextOff`s lead to, in one
/// `repr(C)` static so that offsets between them are constants
/// (`abi::module_of` knows its range; its text is indirect).
#[repr(C)]
pub struct RtTypes {
    /// Offset 0 is never a type or a name.
    zero: u64,
    /// `string`, as `panic("...")` values carry it.
    pub string: Type,
    /// A slice header's shape (`[]uint8`: one pointer word), for boxes
    /// that hold slice headers.
    pub slice_box: PtrType,
    /// `func() string`, the signature of `Error` and `String`, and its result.
    pub func_string: FuncType,
    func_string_out: [*const Type; 1],
    /// `func()`, the signature of `RuntimeError`.
    pub func_void: FuncType,
    error_string: StringError,
    bounds_error: StringError,
    plain_error: StringError,
    type_assertion_error: PtrError,
    panic_nil_error: PtrError,
    equal: EqualFunc,
    text: [*const u8; 3],
    names: [u8; NAMES_LEN],
}

/// A named string-kind error type with its two methods.
#[repr(C)]
struct StringError {
    typ: Type,
    u: UncommonType,
    methods: [Method; 2],
}

/// A pointer error type (`*runtime.X`) with its two methods.
#[repr(C)]
struct PtrError {
    typ: PtrType,
    u: UncommonType,
    methods: [Method; 2],
}

// SAFETY: the module is immutable; it points only at itself and at code.
unsafe impl Sync for RtTypes {}

/// Names of the runtime's module: (text, flags).
const RT_NAMES: [(&str, u8); 12] = [
    ("string", 0),
    ("[]uint8", 0),
    ("func() string", 0),
    ("func()", 0),
    ("runtime.errorString", 0),
    ("runtime.boundsError", 0),
    ("runtime.plainError", 0),
    ("*runtime.TypeAssertionError", 0),
    ("*runtime.PanicNilError", 0),
    ("Error", NAME_EXPORTED),
    ("RuntimeError", NAME_EXPORTED),
    ("runtime", 0),
];
const N_STRING: usize = 0;
const N_SLICE: usize = 1;
const N_FUNC_STRING: usize = 2;
const N_FUNC_VOID: usize = 3;
const N_ERROR: usize = 9;
const N_RUNTIME_ERROR: usize = 10;
const N_RUNTIME: usize = 11;

/// Where name `k` starts inside `names` (names are shorter than 128 bytes:
/// one varint byte).
const fn name_pos(k: usize) -> usize {
    let mut i = 0;
    let mut n = 0;
    while i < k {
        n += 2 + RT_NAMES[i].0.len();
        i += 1;
    }
    n
}

const NAMES_LEN: usize = name_pos(RT_NAMES.len());

const fn names_bytes() -> [u8; NAMES_LEN] {
    let mut out = [0u8; NAMES_LEN];
    let mut k = 0;
    while k < RT_NAMES.len() {
        let (s, flags) = RT_NAMES[k];
        let at = name_pos(k);
        out[at] = flags;
        out[at + 1] = s.len() as u8;
        let mut i = 0;
        while i < s.len() {
            out[at + 2 + i] = s.as_bytes()[i];
            i += 1;
        }
        k += 1;
    }
    out
}

const fn name_off(k: usize) -> i32 {
    (offset_of!(RtTypes, names) + name_pos(k)) as i32
}

const fn text_off(i: usize) -> i32 {
    (offset_of!(RtTypes, text) + 8 * i) as i32
}

/// A type header for the runtime's own descriptors.
const fn header(name: usize, size: usize, kind: Kind, tflag: u8) -> Type {
    Type {
        size,
        ptrdata: 8,
        hash: (name as u32) ^ 0x9e37_79b9,
        tflag,
        align: 8,
        field_align: 8,
        kind: kind as u8,
        equal: &RT.equal,
        gcdata: core::ptr::null(),
        str: name_off(name),
        ptr_to_this: 0,
    }
}

const TEXT_PREFIXED: usize = 0;
const TEXT_PLAIN: usize = 1;
const TEXT_MARKER: usize = 2;

const fn methods(error_text: usize) -> [Method; 2] {
    [
        Method {
            name: name_off(N_ERROR),
            mtyp: offset_of!(RtTypes, func_string) as i32,
            ifn: text_off(error_text),
            tfn: text_off(error_text),
        },
        Method {
            name: name_off(N_RUNTIME_ERROR),
            mtyp: offset_of!(RtTypes, func_void) as i32,
            ifn: text_off(TEXT_MARKER),
            tfn: text_off(TEXT_MARKER),
        },
    ]
}

const fn uncommon() -> UncommonType {
    UncommonType {
        pkgpath: name_off(N_RUNTIME),
        mcount: 2,
        xcount: 2,
        moff: core::mem::size_of::<UncommonType>() as u32,
        unused: 0,
    }
}

const fn string_error(name: usize, error_text: usize) -> StringError {
    StringError {
        typ: header(name, 16, Kind::String, TFLAG_NAMED | TFLAG_UNCOMMON),
        u: uncommon(),
        methods: methods(error_text),
    }
}

const fn ptr_error(name: usize, error_text: usize) -> PtrError {
    PtrError {
        typ: PtrType {
            typ: header(name, 8, Kind::Pointer, TFLAG_UNCOMMON | TFLAG_DIRECT_IFACE),
            elem: core::ptr::null(),
        },
        u: uncommon(),
        methods: methods(error_text),
    }
}

const fn func_type(name: usize, out: u16) -> FuncType {
    FuncType {
        typ: header(name, 8, Kind::Func, TFLAG_DIRECT_IFACE),
        in_count: 0,
        out_count: out,
    }
}

/// The runtime's descriptor module.
pub static RT: RtTypes = RtTypes {
    zero: 0,
    string: header(N_STRING, 16, Kind::String, 0),
    slice_box: PtrType {
        typ: {
            let mut t = header(N_SLICE, 24, Kind::Slice, 0);
            t.equal = core::ptr::null();
            t
        },
        elem: core::ptr::null(),
    },
    func_string: func_type(N_FUNC_STRING, 1),
    func_string_out: [&RT.string],
    func_void: func_type(N_FUNC_VOID, 0),
    error_string: string_error(4, TEXT_PREFIXED),
    bounds_error: string_error(5, TEXT_PREFIXED),
    plain_error: string_error(6, TEXT_PLAIN),
    type_assertion_error: ptr_error(7, TEXT_PLAIN),
    panic_nil_error: ptr_error(8, TEXT_PREFIXED),
    equal: EqualFunc {
        code: core::ptr::null(),
        equal: crate::alg::typeequal,
        typ: core::ptr::null(),
    },
    text: [
        arch::golift_rt_error_prefixed as *const u8,
        arch::golift_rt_error_plain as *const u8,
        runtime_error_method as *const u8,
    ],
    names: names_bytes(),
};

/// The address range of the runtime's module.
pub fn rt_module() -> (usize, usize) {
    let start = &RT as *const RtTypes as usize;
    (start, start + core::mem::size_of::<RtTypes>())
}

/// `string`.
pub static STRING_TYPE: &Type = &RT.string;
/// `[]uint8`-shaped boxes.
pub static SLICE_BOX_TYPE: &Type = &RT.slice_box.typ;
/// `func() string`.
pub static FUNC_STRING: &FuncType = &RT.func_string;
/// `func()`.
pub static FUNC_VOID: &FuncType = &RT.func_void;

/// A class of run-time error: its descriptor and whether `Error()` puts
/// `runtime error: ` before the message.
pub struct RtError {
    pub typ: &'static Type,
    pub prefixed: bool,
}

/// Go's `runtime.errorString`: `runtime error: ` + message.
pub static ERROR_STRING: RtError = RtError {
    typ: &RT.error_string.typ,
    prefixed: true,
};
/// Go's `runtime.boundsError`: `runtime error: ` + message.
pub static BOUNDS_ERROR: RtError = RtError {
    typ: &RT.bounds_error.typ,
    prefixed: true,
};
/// Go's `runtime.plainError`: the message alone (`assignment to entry in nil map`).
pub static PLAIN_ERROR: RtError = RtError {
    typ: &RT.plain_error.typ,
    prefixed: false,
};
/// Go's `*runtime.TypeAssertionError`: `interface conversion: ...`.
pub static TYPE_ASSERTION_ERROR: RtError = RtError {
    typ: &RT.type_assertion_error.typ.typ,
    prefixed: false,
};
/// Go's `*runtime.PanicNilError`, the value of `panic(nil)`.
pub static PANIC_NIL_ERROR: RtError = RtError {
    typ: &RT.panic_nil_error.typ.typ,
    prefixed: true,
};

const RT_ERRORS: [&RtError; 5] = [
    &ERROR_STRING,
    &BOUNDS_ERROR,
    &PLAIN_ERROR,
    &TYPE_ASSERTION_ERROR,
    &PANIC_NIL_ERROR,
];

/// The compiler's descriptor of `*runtime.TypeAssertionError` when the
/// program has golift's runtime package (its init registers it), so that
/// `r.(*runtime.TypeAssertionError)` matches the values rt raises; their
/// data is the same `{msg string}` either way.
static TYPE_ASSERTION_TYPE: core::sync::atomic::AtomicPtr<Type> =
    core::sync::atomic::AtomicPtr::new(core::ptr::null_mut());

/// `runtime.setTypeAssertionErrorType(t)`: registers the compiled
/// `*runtime.TypeAssertionError` descriptor.
#[export_name = "runtime.setTypeAssertionErrorType"]
pub extern "C" fn set_type_assertion_error_type(t: *const Type) {
    TYPE_ASSERTION_TYPE.store(t.cast_mut(), core::sync::atomic::Ordering::Release);
}

/// The descriptor of run-time error class `kind`.
fn error_type(kind: &'static RtError) -> *const Type {
    let t = TYPE_ASSERTION_TYPE.load(core::sync::atomic::Ordering::Acquire);
    if core::ptr::eq(kind, &TYPE_ASSERTION_ERROR) && !t.is_null() {
        return t;
    }
    kind.typ
}

/// A run-time error value of class `kind` with message `msg`, in the Go heap.
pub fn new_error(kind: &'static RtError, msg: &[u8]) -> Eface {
    let text = copy_to_heap(msg);
    let cell = mallocgc(16, STRING_TYPE, 1).cast::<GoString>();
    // SAFETY: `cell` is a fresh 16-byte allocation.
    unsafe { cell.write(text) };
    Eface {
        typ: error_type(kind),
        data: cell.cast(),
    }
}

/// `runtime.newErrorString(s)`: the `runtime.errorString` value with
/// message `s` (golift's runtime package makes math/bits' `overflowError`
/// and `divideError` with it).
///
/// # Safety
/// `ptr` must point at `len` readable bytes (or `len` is 0).
#[export_name = "runtime.newErrorString"]
pub unsafe extern "C" fn new_error_string(ptr: *const u8, len: usize) -> Eface {
    // SAFETY: guaranteed by the caller.
    let msg = unsafe { crate::string::GoString { ptr, len }.as_bytes() };
    new_error(&ERROR_STRING, msg)
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
    RT_ERRORS
        .iter()
        .copied()
        .find(|&e| core::ptr::eq(error_type(e), t) || core::ptr::eq(e.typ, t))
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
    let at = t as *const Type as *const u8;
    t.methods()
        .iter()
        .find(|m| {
            // SAFETY: method names and signatures are descriptor data of `t`'s module.
            unsafe {
                name_parts(resolve_name_off(at, m.name)).1 == name
                    && (*resolve_type_off(at, m.mtyp)).name() == b"func() string"
            }
        })
        .map(|m| resolve_text_off(at, m.ifn))
}

/// Prints a panic value as gc does (see the file comment).
///
/// # Safety
/// `e` must be a valid eface (for descriptors without a type string, `data`
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
        p.str(if t.str != 0 {
            t.name()
        } else {
            kind_name(t.kind())
        });
        p.str(b") ");
        p.hex(e.data as u64);
        return;
    }
    // Predeclared types are named too, but print plainly: only defined
    // types (with a package path) print as `main.T(5)`.
    let named = t.str != 0 && t.tflag & TFLAG_NAMED != 0 && !t.pkgpath().is_empty();
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
        crate::abi::testing::named(test_type(size, 0, kind), name, &[])
    }

    fn gostr(s: &'static str) -> GoString {
        GoString {
            ptr: s.as_ptr(),
            len: s.len(),
        }
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
                typ: STRING_TYPE,
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
        let ifn = string_method(BOUNDS_ERROR.typ, b"Error").unwrap();
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
