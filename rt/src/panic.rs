//! Run-time panics and fatal errors.
//!
//! A panic prints `panic: ` and the value (`runtime error: ...` for the
//! run-time errors that compiled code detects with explicit checks), a blank
//! line and the `goroutine N [running]:` header of gc's traceback, then exits
//! with status 2. For now every panic is fatal: defer/recover (a
//! per-goroutine panicking state checked after calls, see DESIGN.md) comes
//! with a later issue and will route these entry points through it.
//!
//! A fatal error (Go's `throw`/`fatal`: stack overflow, out of memory) is
//! never recoverable: `fatal error: MSG`, blank line, goroutine header, exit 2.
//!
//! Messages are written in one `write` each through `Printer`, never through
//! the allocator, so that they work when memory or the stack is exhausted.

use crate::abi::{Kind, Type};
use crate::print::Printer;
use crate::sched::current_goid;
use crate::string::GoString;

/// Ends the process at once with `code` (Go's `exit`: no atexit handlers).
pub fn exit(code: i32) -> ! {
    // SAFETY: `_exit` has no preconditions and does not return.
    unsafe { libc::_exit(code) }
}

/// Prints the goroutine header that starts gc's traceback, then exits 2.
pub(crate) fn die(p: &mut Printer) -> ! {
    p.str(b"\ngoroutine ");
    p.int(current_goid());
    p.str(b" [running]:\n");
    p.flush();
    exit(2)
}

/// Go's `fatal`/`throw`: `fatal error: MSG` and exit 2.
pub fn fatal(msg: &[u8]) -> ! {
    let mut p = Printer::new();
    p.str(b"fatal error: ");
    p.str(msg);
    p.str(b"\n");
    die(&mut p)
}

/// An unrecovered panic whose value `print_value` prints after `panic: `.
fn fatalpanic(print_value: impl FnOnce(&mut Printer)) -> ! {
    let mut p = Printer::new();
    p.str(b"panic: ");
    print_value(&mut p);
    p.str(b"\n");
    die(&mut p)
}

/// A panic with a `runtime.Error` whose message `msg` prints after `runtime error: `.
pub fn panic_runtime_error(msg: impl FnOnce(&mut Printer)) -> ! {
    fatalpanic(|p| {
        p.str(b"runtime error: ");
        msg(p);
    })
}

/// Go's boundsError codes (`abi.BoundsIndex`, ...): the operation that failed.
const BOUNDS_FORMATS: [&[u8]; 9] = [
    b"index out of range [%x] with length %y",
    b"slice bounds out of range [:%x] with length %y",
    b"slice bounds out of range [:%x] with capacity %y",
    b"slice bounds out of range [%x:%y]",
    b"slice bounds out of range [::%x] with length %y",
    b"slice bounds out of range [::%x] with capacity %y",
    b"slice bounds out of range [:%x:%y]",
    b"slice bounds out of range [%x:%y:]",
    b"cannot convert slice with length %x to array or pointer to array with length %y",
];

/// The formats used instead when `x` is negative (`y` does not matter then).
const BOUNDS_NEG_FORMATS: [&[u8]; 8] = [
    b"index out of range [%x]",
    b"slice bounds out of range [:%x]",
    b"slice bounds out of range [:%x]",
    b"slice bounds out of range [%x:]",
    b"slice bounds out of range [::%x]",
    b"slice bounds out of range [::%x]",
    b"slice bounds out of range [:%x:]",
    b"slice bounds out of range [%x::]",
];

/// Writes the text of a bounds error (Go's `boundsError.Error` without
/// the `runtime error: ` prefix).
pub fn bounds_error(p: &mut Printer, code: u8, x: i64, y: i64, signed: bool) {
    let code = code as usize;
    let negative = signed && x < 0;
    let fmt = match (negative, BOUNDS_NEG_FORMATS.get(code)) {
        (true, Some(f)) => f,
        _ => BOUNDS_FORMATS.get(code).unwrap_or(&BOUNDS_FORMATS[0]),
    };
    let mut i = 0;
    while i < fmt.len() {
        if fmt[i] == b'%' {
            match fmt[i + 1] {
                b'x' if signed => p.int(x),
                b'x' => p.uint(x as u64),
                _ => p.int(y),
            }
            i += 2;
        } else {
            p.str(&fmt[i..i + 1]);
            i += 1;
        }
    }
}

#[export_name = "runtime.panicBounds"]
pub extern "C" fn panic_bounds(code: u8, x: i64, y: i64, signed: u8) -> ! {
    panic_runtime_error(|p| bounds_error(p, code, x, y, signed != 0))
}

#[export_name = "runtime.panicdivide"]
pub extern "C" fn panicdivide() -> ! {
    panic_runtime_error(|p| p.str(b"integer divide by zero"))
}

#[export_name = "runtime.panicshift"]
pub extern "C" fn panicshift() -> ! {
    panic_runtime_error(|p| p.str(b"negative shift amount"))
}

/// A nil dereference. gc reaches it through SIGSEGV and prints the signal
/// line; golift's checks are explicit, so the line carries no real address.
#[export_name = "runtime.panicmem"]
pub extern "C" fn panicmem() -> ! {
    panic_runtime_error(|p| {
        p.str(b"invalid memory address or nil pointer dereference\n");
        p.str(b"[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]");
    })
}

/// `panic(s)` with a string value `s`.
///
/// # Safety
/// `ptr` must point at `len` readable bytes (any pointer when `len` is 0).
#[export_name = "runtime.panicstring"]
pub unsafe extern "C" fn panicstring(ptr: *const u8, len: usize) -> ! {
    // SAFETY: guaranteed by the caller.
    let s = unsafe { GoString { ptr, len }.as_bytes() };
    fatalpanic(|p| printindented(p, s))
}

/// Prints `s` with a tab after each newline, so that a multi-line panic
/// value stays visibly part of the panic message.
fn printindented(p: &mut Printer, s: &[u8]) {
    for (i, line) in s.split(|&b| b == b'\n').enumerate() {
        if i > 0 {
            p.str(b"\n\t");
        }
        p.str(line);
    }
}

/// `panic(v)` for a value `v` of dynamic type `typ`; `data` points at the
/// value (Go's eface). A nil `typ` is `panic(nil)`.
///
/// # Safety
/// `typ` must be null or a valid type descriptor, and `data` must point at a
/// value of that type.
#[export_name = "runtime.gopanic"]
pub unsafe extern "C" fn gopanic(typ: *const Type, data: *const u8) -> ! {
    if typ.is_null() {
        panic_runtime_error(|p| p.str(b"panic called with nil argument"));
    }
    // SAFETY: guaranteed by the caller.
    let typ = unsafe { &*typ };
    // SAFETY: guaranteed by the caller.
    fatalpanic(|p| unsafe { printpanicval(p, typ, data) })
}

/// Prints a panic value by its kind, as gc's `printpanicval` does for the
/// predeclared types. Types need names (`main.T(42)`, `(*main.T) 0x...`),
/// which the descriptors do not carry yet: named types with a basic
/// underlying type print like the basic type, and other kinds print as
/// `(KIND) 0xADDR`.
///
/// # Safety
/// `data` must point at a value of type `typ`.
unsafe fn printpanicval(p: &mut Printer, typ: &Type, data: *const u8) {
    use crate::ftoa::{format_complex, format_float, ArrayBuf};
    let mut f = ArrayBuf::new();
    let mut c = ArrayBuf::new();
    // SAFETY: `data` points at a value of `typ`'s kind (caller's guarantee).
    unsafe {
        match typ.kind() {
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
            kind => {
                p.str(b"(");
                p.str(kind_name(kind));
                p.str(b") ");
                p.hex(data as u64);
            }
        }
    }
}

/// A stand-in for the type string of a non-basic type.
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

    fn bounds(code: u8, x: i64, y: i64, signed: bool) -> String {
        let mut p = TestPrinter::default();
        bounds_error(&mut p.0, code, x, y, signed);
        p.text()
    }

    /// Captures what a `Printer` would write.
    #[derive(Default)]
    struct TestPrinter(Printer);

    impl TestPrinter {
        fn text(&self) -> String {
            String::from_utf8(self.0.pending().to_vec()).unwrap()
        }
    }

    #[test]
    fn bounds_messages() {
        assert_eq!(
            bounds(0, 5, 0, true),
            "index out of range [5] with length 0"
        );
        assert_eq!(bounds(0, -1, 3, true), "index out of range [-1]");
        assert_eq!(
            bounds(0, -1, 3, false),
            "index out of range [18446744073709551615] with length 3"
        );
        assert_eq!(
            bounds(1, 7, 4, true),
            "slice bounds out of range [:7] with length 4"
        );
        assert_eq!(
            bounds(2, 9, 8, true),
            "slice bounds out of range [:9] with capacity 8"
        );
        assert_eq!(bounds(3, 3, 2, true), "slice bounds out of range [3:2]");
        assert_eq!(bounds(3, -2, 2, true), "slice bounds out of range [-2:]");
        assert_eq!(
            bounds(4, 9, 5, true),
            "slice bounds out of range [::9] with length 5"
        );
        assert_eq!(
            bounds(5, 9, 6, true),
            "slice bounds out of range [::9] with capacity 6"
        );
        assert_eq!(bounds(6, 4, 3, true), "slice bounds out of range [:4:3]");
        assert_eq!(bounds(7, 2, 1, true), "slice bounds out of range [2:1:]");
        assert_eq!(bounds(7, -1, 1, true), "slice bounds out of range [-1::]");
        assert_eq!(
            bounds(8, 2, 4, true),
            "cannot convert slice with length 2 to array or pointer to array with length 4"
        );
    }

    #[test]
    fn panic_values_by_kind() {
        use crate::abi::test_type;
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
            let mut p = TestPrinter::default();
            // SAFETY: `bytes` holds a value of `typ`'s kind.
            unsafe { printpanicval(&mut p.0, &typ, bytes.as_ptr()) };
            assert_eq!(p.text(), want);
        }
        let c = [1.0f64, 2.0];
        let mut p = TestPrinter::default();
        // SAFETY: `c` is a complex128.
        unsafe {
            printpanicval(
                &mut p.0,
                &test_type(16, 0, Kind::Complex128),
                c.as_ptr().cast(),
            )
        };
        assert_eq!(p.text(), "(1+2i)");
        let s = GoString {
            ptr: b"a\nb".as_ptr(),
            len: 3,
        };
        let mut p = TestPrinter::default();
        // SAFETY: `s` is a string header over live bytes.
        unsafe {
            printpanicval(
                &mut p.0,
                &test_type(16, 8, Kind::String),
                (&s as *const GoString).cast(),
            )
        };
        assert_eq!(p.text(), "a\n\tb");
    }
}
