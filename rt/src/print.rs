//! The `print` and `println` builtins, and the runtime's own diagnostics.
//!
//! The compiler lowers `println(a, b)` to `printlock`, one `printT` call per
//! argument with `printsp` between them, `printnl`, and `printunlock`. As in
//! gc every `printT` call writes its text to fd 2 at once (no buffering
//! between calls), so output interleaves with the program's other writes in
//! program order. The print lock is recursive per thread, so that a panic
//! message printed while printing does not deadlock, and it keeps the pieces of
//! one `println` together when several threads print.
//!
//! Formats are gc's: integers in decimal, `printhex`/pointers as `0x...`
//! (lowercase, no padding), booleans `true`/`false`, floats and complex
//! numbers as in `ftoa`, slices `[len/cap]0xptr`.

use core::sync::atomic::{AtomicUsize, Ordering};

use crate::ftoa::{format_complex, format_float, ArrayBuf, COMPLEX_BUF, FLOAT_BUF};

/// Writes all of `b` to standard error (Go's `gwrite`/`writeErr`).
pub fn gwrite(mut b: &[u8]) {
    while !b.is_empty() {
        // SAFETY: `b` is a valid readable buffer of `b.len()` bytes.
        let n = unsafe { libc::write(2, b.as_ptr().cast(), b.len()) };
        if n < 0 {
            if std::io::Error::last_os_error().kind() == std::io::ErrorKind::Interrupted {
                continue;
            }
            return;
        }
        b = &b[n as usize..];
    }
}

/// `gwrite` for the `print` builtins: the write is a system call made on
/// a goroutine's behalf, so its M lets its P go if the write blocks
/// (`sched::entersyscall`). Fatal errors and the fault handler write with
/// plain `gwrite`: they must never wait for a P.
pub fn syswrite(b: &[u8]) {
    crate::sched::entersyscall();
    gwrite(b);
    crate::sched::exitsyscall();
}

/// Accumulates one message (a panic, a fatal error) and writes it in one go.
pub struct Printer {
    buf: ArrayBuf<512>,
    /// Where `flush` puts the text instead of fd 2 (`capturing`).
    captured: Option<Vec<u8>>,
}

impl Printer {
    pub fn new() -> Printer {
        Printer {
            buf: ArrayBuf::new(),
            captured: None,
        }
    }

    /// A printer that collects its text (for error values) instead of writing it.
    pub fn capturing() -> Printer {
        Printer {
            buf: ArrayBuf::new(),
            captured: Some(Vec::new()),
        }
    }

    /// Everything a `capturing` printer collected.
    pub fn into_captured(mut self) -> Vec<u8> {
        self.flush();
        self.captured.take().unwrap_or_default()
    }

    pub fn str(&mut self, s: &[u8]) {
        for chunk in s.chunks(256) {
            if self.buf.as_bytes().len() + chunk.len() > 512 {
                self.flush();
            }
            self.buf.extend(chunk);
        }
    }

    pub fn int(&mut self, v: i64) {
        if v < 0 {
            self.str(b"-");
        }
        self.uint(v.unsigned_abs());
    }

    pub fn uint(&mut self, v: u64) {
        let mut tmp = [0u8; 20];
        self.str(itoa(&mut tmp, v));
    }

    pub fn hex(&mut self, v: u64) {
        let mut tmp = [0u8; 18];
        self.str(hextoa(&mut tmp, v));
    }

    /// The text not yet written.
    pub fn pending(&self) -> &[u8] {
        self.buf.as_bytes()
    }

    pub fn flush(&mut self) {
        match &mut self.captured {
            Some(v) => v.extend_from_slice(self.buf.as_bytes()),
            None => gwrite(self.buf.as_bytes()),
        }
        self.buf = ArrayBuf::new();
    }
}

impl Default for Printer {
    fn default() -> Self {
        Self::new()
    }
}

/// Formats `v` in decimal at the end of `buf`, returning the digits.
pub fn itoa(buf: &mut [u8; 20], mut v: u64) -> &[u8] {
    let mut i = buf.len();
    loop {
        i -= 1;
        buf[i] = b'0' + (v % 10) as u8;
        v /= 10;
        if v == 0 {
            return &buf[i..];
        }
    }
}

/// Formats `v` as `0x` and lowercase hex digits, without padding.
pub fn hextoa(buf: &mut [u8; 18], mut v: u64) -> &[u8] {
    let mut i = buf.len();
    loop {
        i -= 1;
        buf[i] = b"0123456789abcdef"[(v % 16) as usize];
        v /= 16;
        if v == 0 {
            break;
        }
    }
    buf[i - 2..i].copy_from_slice(b"0x");
    &buf[i - 2..]
}

/// The thread holding the print lock (an address unique to the thread), or 0.
static PRINT_OWNER: AtomicUsize = AtomicUsize::new(0);

thread_local! {
    /// This thread's nesting depth of `printlock`.
    static PRINT_DEPTH: core::cell::Cell<usize> = const { core::cell::Cell::new(0) };
}

fn thread_token() -> usize {
    PRINT_DEPTH.with(|d| d as *const _ as usize)
}

#[export_name = "runtime.printlock"]
pub extern "C" fn printlock() {
    let me = thread_token();
    let depth = PRINT_DEPTH.with(|d| d.get());
    if depth == 0 {
        // The lock belongs to this thread: the goroutine must not move to
        // another before `printunlock` (Go's printlock holds `m.locks` too).
        crate::sched::acquirem();
        if PRINT_OWNER
            .compare_exchange(0, me, Ordering::Acquire, Ordering::Relaxed)
            .is_err()
        {
            // The holder may be waiting for a P after its write: waiting
            // here counts as a system call, so this M's P can go to it.
            crate::sched::entersyscall();
            while PRINT_OWNER
                .compare_exchange_weak(0, me, Ordering::Acquire, Ordering::Relaxed)
                .is_err()
            {
                std::thread::yield_now();
            }
            crate::sched::exitsyscall();
        }
    }
    PRINT_DEPTH.with(|d| d.set(depth + 1));
}

#[export_name = "runtime.printunlock"]
pub extern "C" fn printunlock() {
    let depth = PRINT_DEPTH.with(|d| d.get());
    if depth == 0 {
        return;
    }
    PRINT_DEPTH.with(|d| d.set(depth - 1));
    if depth == 1 {
        PRINT_OWNER.store(0, Ordering::Release);
        crate::sched::releasem();
    }
}

#[export_name = "runtime.printbool"]
pub extern "C" fn printbool(v: u8) {
    syswrite(if v != 0 { b"true" } else { b"false" });
}

#[export_name = "runtime.printint"]
pub extern "C" fn printint(v: i64) {
    let mut p = Printer::new();
    p.int(v);
    syswrite(p.pending());
}

#[export_name = "runtime.printuint"]
pub extern "C" fn printuint(v: u64) {
    let mut tmp = [0u8; 20];
    syswrite(itoa(&mut tmp, v));
}

#[export_name = "runtime.printhex"]
pub extern "C" fn printhex(v: u64) {
    let mut tmp = [0u8; 18];
    syswrite(hextoa(&mut tmp, v));
}

#[export_name = "runtime.printfloat"]
pub extern "C" fn printfloat(v: f64) {
    let mut b = ArrayBuf::<FLOAT_BUF>::new();
    format_float(&mut b, v, 64);
    syswrite(b.as_bytes());
}

#[export_name = "runtime.printfloat32"]
pub extern "C" fn printfloat32(v: f32) {
    let mut b = ArrayBuf::<FLOAT_BUF>::new();
    format_float(&mut b, v as f64, 32);
    syswrite(b.as_bytes());
}

#[export_name = "runtime.printcomplex"]
pub extern "C" fn printcomplex(re: f64, im: f64) {
    let mut b = ArrayBuf::<COMPLEX_BUF>::new();
    format_complex(&mut b, re, im, 128);
    syswrite(b.as_bytes());
}

#[export_name = "runtime.printcomplex64"]
pub extern "C" fn printcomplex64(re: f32, im: f32) {
    let mut b = ArrayBuf::<COMPLEX_BUF>::new();
    format_complex(&mut b, re as f64, im as f64, 64);
    syswrite(b.as_bytes());
}

/// # Safety
/// `ptr` must point at `len` readable bytes (any pointer when `len` is 0).
#[export_name = "runtime.printstring"]
pub unsafe extern "C" fn printstring(ptr: *const u8, len: usize) {
    if len > 0 {
        // SAFETY: guaranteed by the caller.
        syswrite(unsafe { core::slice::from_raw_parts(ptr, len) });
    }
}

#[export_name = "runtime.printpointer"]
pub extern "C" fn printpointer(p: *const u8) {
    printhex(p as u64);
}

#[export_name = "runtime.printslice"]
pub extern "C" fn printslice(ptr: *const u8, len: isize, cap: isize) {
    let mut p = Printer::new();
    p.str(b"[");
    p.int(len as i64);
    p.str(b"/");
    p.int(cap as i64);
    p.str(b"]");
    p.hex(ptr as u64);
    syswrite(p.pending());
}

/// An interface's two words as gc prints them: `(0xTYPE,0xDATA)`.
fn print_two_words(a: u64, b: u64) {
    let mut p = Printer::new();
    p.str(b"(");
    p.hex(a);
    p.str(b",");
    p.hex(b);
    p.str(b")");
    syswrite(p.pending());
}

/// An empty interface: its type descriptor and data word (Go's `printeface`).
#[export_name = "runtime.printeface"]
pub extern "C" fn printeface(typ: *const u8, data: *const u8) {
    print_two_words(typ as u64, data as u64);
}

/// A non-empty interface: its itab and data word (Go's `printiface`).
#[export_name = "runtime.printiface"]
pub extern "C" fn printiface(tab: *const u8, data: *const u8) {
    print_two_words(tab as u64, data as u64);
}

#[export_name = "runtime.printsp"]
pub extern "C" fn printsp() {
    syswrite(b" ");
}

#[export_name = "runtime.printnl"]
pub extern "C" fn printnl() {
    syswrite(b"\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn integers_and_hex() {
        let mut t = [0u8; 20];
        assert_eq!(itoa(&mut t, 0), b"0");
        assert_eq!(itoa(&mut t, u64::MAX), b"18446744073709551615");
        let mut h = [0u8; 18];
        assert_eq!(hextoa(&mut h, 0), b"0x0");
        assert_eq!(hextoa(&mut h, 0xc000012345), b"0xc000012345");
        assert_eq!(hextoa(&mut h, u64::MAX), b"0xffffffffffffffff");
    }

    #[test]
    fn print_lock_is_recursive() {
        printlock();
        printlock();
        printunlock();
        assert_ne!(PRINT_OWNER.load(Ordering::Relaxed), 0);
        printunlock();
        assert_eq!(PRINT_OWNER.load(Ordering::Relaxed), 0);
    }
}
