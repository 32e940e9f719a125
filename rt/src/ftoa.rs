//! Float formatting for `print`/`println`: Go 1.27 prints floats as
//! `strconv.FormatFloat(v, 'g', -1, bitsize)` (and complex numbers as
//! `strconv.FormatComplex`), i.e. the shortest decimal that reads back as the
//! same value, laid out by `%g`'s rule for shortest output:
//!
//! - with the decimal exponent `x` of `d.ddd × 10^x`, the `%e` form
//!   (`1.5e+21`, at least two exponent digits) is used when `x < -4` or
//!   `x >= 6`; otherwise the `%f` form with just the digits needed (`0.0001`, `123456`);
//! - specials are `NaN`, `+Inf`, `-Inf`; negative zero is `-0`.
//!
//! The shortest digits come from Rust's `{:e}` formatting (shortest
//! round-trip), computed at the value's own width so float32 values print as
//! float32 (`0.1`, not `0.10000000149011612`). The two differ in one case:
//! when the value lies exactly halfway between the two closest candidates
//! of the shortest length (float32 `1104143.25` between `1.1041432e+06` and
//! `1.1041433e+06`), Rust rounds up and Go rounds to the even digit.
//! `tie_to_even` detects that case with exact integer arithmetic and fixes it.

use core::fmt::Write;

/// Longest output: `-` + 17 digits + `.` + `e-308` (or `-0.0000` + 17 digits).
pub const FLOAT_BUF: usize = 32;
/// `(` + two floats + `i)`.
pub const COMPLEX_BUF: usize = 2 * FLOAT_BUF + 4;

/// A fixed buffer that formatted output is appended to.
pub struct ArrayBuf<const N: usize> {
    buf: [u8; N],
    len: usize,
}

impl<const N: usize> ArrayBuf<N> {
    pub const fn new() -> Self {
        ArrayBuf {
            buf: [0; N],
            len: 0,
        }
    }

    pub fn as_bytes(&self) -> &[u8] {
        &self.buf[..self.len]
    }

    pub fn push(&mut self, b: u8) {
        self.buf[self.len] = b;
        self.len += 1;
    }

    pub fn extend(&mut self, s: &[u8]) {
        self.buf[self.len..self.len + s.len()].copy_from_slice(s);
        self.len += s.len();
    }
}

impl<const N: usize> Default for ArrayBuf<N> {
    fn default() -> Self {
        Self::new()
    }
}

impl<const N: usize> Write for ArrayBuf<N> {
    fn write_str(&mut self, s: &str) -> core::fmt::Result {
        if self.len + s.len() > N {
            return Err(core::fmt::Error);
        }
        self.extend(s.as_bytes());
        Ok(())
    }
}

/// The shortest decimal digits of a finite, non-negative value and its
/// exponent: the value is `0.d1d2d3... × 10^dp` (Go's `decimalSlice`).
struct Decimal {
    digits: ArrayBuf<FLOAT_BUF>,
    dp: i32,
}

impl Decimal {
    /// Parses Rust's `{:e}` output of a non-negative value, e.g. `1.25e-7`.
    fn from_lower_exp(s: &[u8]) -> Decimal {
        let mut digits = ArrayBuf::new();
        let mut i = 0;
        while s[i] != b'e' {
            if s[i] != b'.' {
                digits.push(s[i]);
            }
            i += 1;
        }
        let exp = core::str::from_utf8(&s[i + 1..])
            .ok()
            .and_then(|e| e.parse::<i32>().ok())
            .unwrap_or(0);
        Decimal {
            digits,
            dp: exp + 1,
        }
    }

    fn nd(&self) -> i32 {
        self.digits.len as i32
    }

    /// The digit at position `i` (0-based after the point), `0` outside the digits.
    fn digit(&self, i: i32) -> u8 {
        if i >= 0 && i < self.nd() {
            self.digits.buf[i as usize]
        } else {
            b'0'
        }
    }
}

/// Appends `v` formatted as Go's `FormatFloat(v, 'g', -1, bitsize)`;
/// `bitsize` is 32 or 64 (with 32, `v` must be exactly a float32 value).
pub fn format_float(out: &mut ArrayBuf<FLOAT_BUF>, v: f64, bitsize: u32) {
    if v.is_nan() {
        out.extend(b"NaN");
        return;
    }
    if v.is_infinite() {
        out.extend(if v > 0.0 { b"+Inf" } else { b"-Inf" });
        return;
    }
    if v.is_sign_negative() {
        out.push(b'-');
    }
    let mut exp: ArrayBuf<FLOAT_BUF> = ArrayBuf::new();
    let written = if bitsize == 32 {
        write!(exp, "{:e}", (v as f32).abs())
    } else {
        write!(exp, "{:e}", v.abs())
    };
    debug_assert!(written.is_ok());
    let mut d = Decimal::from_lower_exp(exp.as_bytes());
    tie_to_even(&mut d, v.abs());
    let x = d.dp - 1;
    if !(-4..6).contains(&x) {
        fmt_e(out, &d);
    } else {
        fmt_f(out, &d);
    }
}

/// `v > 0` as `n × 10^k` exactly, if `n` fits in a `u128`; `n` has no
/// trailing zeros.
fn exact_decimal(v: f64) -> Option<u128> {
    let bits = v.to_bits();
    let (mut m, mut e) = match (bits >> 52) as i32 {
        0 => (bits & ((1 << 52) - 1), -1074),
        be => ((bits & ((1 << 52) - 1)) | (1 << 52), be - 1075),
    };
    if m == 0 {
        return None;
    }
    let tz = m.trailing_zeros();
    m >>= tz;
    e += tz as i32;
    let mut n = m as u128;
    if e >= 0 {
        // m × 2^e: every factor 5 of m pairs with a 2 to make a trailing zero.
        while e > 0 && n.is_multiple_of(5) {
            n /= 5;
            e -= 1;
        }
        n = n.checked_mul(1u128.checked_shl(e as u32)?)?;
    } else {
        // m / 2^k = m × 5^k / 10^k, and m × 5^k is odd.
        n = n.checked_mul(5u128.checked_pow((-e) as u32)?)?;
    }
    while n.is_multiple_of(10) {
        n /= 10;
    }
    Some(n)
}

/// Go breaks exact ties between the two nearest shortest candidates towards
/// the even one; Rust's shortest formatting rounds them up. If `v` (the
/// value of `d`) is such a tie, replaces `d`'s digits by Go's choice.
fn tie_to_even(d: &mut Decimal, v: f64) {
    let nd = d.nd() as u32;
    let Some(exact) = exact_decimal(v) else {
        return;
    };
    if exact.checked_ilog10() != Some(nd) || exact % 10 != 5 {
        return;
    }
    let lo = exact / 10;
    let pick = if lo % 2 == 0 { lo } else { lo + 1 };
    let mut digits: ArrayBuf<FLOAT_BUF> = ArrayBuf::new();
    let _ = write!(digits, "{pick}");
    if digits.len as u32 > nd {
        d.dp += 1;
    }
    while digits.len > 1 && digits.buf[digits.len - 1] == b'0' {
        digits.len -= 1;
    }
    d.digits = digits;
}

/// `d.ddde±xx` with all the digits.
fn fmt_e(out: &mut ArrayBuf<FLOAT_BUF>, d: &Decimal) {
    out.push(d.digit(0));
    if d.nd() > 1 {
        out.push(b'.');
        out.extend(&d.digits.as_bytes()[1..]);
    }
    out.push(b'e');
    let mut x = d.dp - 1;
    if x < 0 {
        out.push(b'-');
        x = -x;
    } else {
        out.push(b'+');
    }
    if x >= 100 {
        out.push(b'0' + (x / 100) as u8);
    }
    out.push(b'0' + (x / 10 % 10) as u8);
    out.push(b'0' + (x % 10) as u8);
}

/// `ddd.ddd` with exactly the fraction digits that the value needs.
fn fmt_f(out: &mut ArrayBuf<FLOAT_BUF>, d: &Decimal) {
    if d.dp > 0 {
        for i in 0..d.dp {
            out.push(d.digit(i));
        }
    } else {
        out.push(b'0');
    }
    let prec = (d.nd() - d.dp).max(0);
    if prec > 0 {
        out.push(b'.');
        for i in 0..prec {
            out.push(d.digit(d.dp + i));
        }
    }
}

/// Appends a complex number as Go's `FormatComplex(c, 'g', -1, bitsize)`:
/// `(re±imi)`; `bitsize` is 64 or 128.
pub fn format_complex(out: &mut ArrayBuf<COMPLEX_BUF>, re: f64, im: f64, bitsize: u32) {
    let fbits = bitsize / 2;
    let mut part = ArrayBuf::new();
    out.push(b'(');
    format_float(&mut part, re, fbits);
    out.extend(part.as_bytes());
    part.len = 0;
    format_float(&mut part, im, fbits);
    if !matches!(part.as_bytes()[0], b'+' | b'-') {
        out.push(b'+');
    }
    out.extend(part.as_bytes());
    out.extend(b"i)");
}

#[cfg(test)]
mod tests {
    use super::*;

    fn f64s(v: f64) -> String {
        let mut b = ArrayBuf::new();
        format_float(&mut b, v, 64);
        String::from_utf8(b.as_bytes().to_vec()).unwrap()
    }

    /// `rt/src/testdata/floats.txt` holds `go run` output: a kind, the bits
    /// in hex, and what `println` printed.
    #[test]
    fn matches_go_println() {
        let table = include_str!("testdata/floats.txt");
        let mut n = 0;
        for line in table.lines() {
            let f: Vec<&str> = line.split(' ').collect();
            let got = match f[0] {
                "f64" => f64s(f64::from_bits(u64::from_str_radix(f[1], 16).unwrap())),
                "f32" => {
                    let v = f32::from_bits(u32::from_str_radix(f[1], 16).unwrap());
                    let mut b = ArrayBuf::new();
                    format_float(&mut b, v as f64, 32);
                    String::from_utf8(b.as_bytes().to_vec()).unwrap()
                }
                kind => {
                    let (re, im) = if kind == "c128" {
                        let re = f64::from_bits(u64::from_str_radix(f[1], 16).unwrap());
                        (re, f64::from_bits(u64::from_str_radix(f[2], 16).unwrap()))
                    } else {
                        let re = f32::from_bits(u32::from_str_radix(f[1], 16).unwrap());
                        (
                            re as f64,
                            f32::from_bits(u32::from_str_radix(f[2], 16).unwrap()) as f64,
                        )
                    };
                    let mut b = ArrayBuf::new();
                    format_complex(&mut b, re, im, if kind == "c128" { 128 } else { 64 });
                    String::from_utf8(b.as_bytes().to_vec()).unwrap()
                }
            };
            assert_eq!(&got, f.last().unwrap(), "{line}");
            n += 1;
        }
        assert!(n > 250);
    }

    #[test]
    fn exact_ties_go_to_even() {
        let f32s = |v: f32| {
            let mut b = ArrayBuf::new();
            format_float(&mut b, v as f64, 32);
            String::from_utf8(b.as_bytes().to_vec()).unwrap()
        };
        assert_eq!(f32s(-(1104143.0 + 0.25)), "-1.1041432e+06");
        assert_eq!(f32s(2883626.0 + 0.25), "2.8836262e+06");
        assert_eq!(f32s(1231090.0 + 0.25), "1.2310902e+06");
        assert_eq!(f32s(16777216.0), "1.6777216e+07");
        assert_eq!(exact_decimal(0.5), Some(5));
        assert_eq!(exact_decimal(1e21), Some(1));
        assert_eq!(exact_decimal(0.1), None);
    }

    #[test]
    fn layout_thresholds() {
        assert_eq!(f64s(999999.0), "999999");
        assert_eq!(f64s(1e6), "1e+06");
        assert_eq!(f64s(0.0001), "0.0001");
        assert_eq!(f64s(0.00001), "1e-05");
        assert_eq!(f64s(-0.0), "-0");
        assert_eq!(f64s(1e100), "1e+100");
    }
}
