//! Exact values of numeric literals (spec: Integer, Floating-point and
//! Imaginary literals): decimal, binary, octal (`0o` and legacy `0` forms)
//! and hexadecimal integers, decimal and hexadecimal floats, with `_`
//! separators. The lexer has already validated the syntax; a literal that
//! still fails to decode yields None.

use num_bigint::BigInt;
use num_rational::BigRational;
use num_traits::{One, Pow, Zero};

/// An integer literal.
pub fn parse_int(raw: &str) -> Option<BigInt> {
    let s: String = raw.chars().filter(|&c| c != '_').collect();
    let lower = s.to_ascii_lowercase();
    let (digits, radix) = if let Some(d) = lower.strip_prefix("0x") {
        (d.to_string(), 16)
    } else if let Some(d) = lower.strip_prefix("0b") {
        (d.to_string(), 2)
    } else if let Some(d) = lower.strip_prefix("0o") {
        (d.to_string(), 8)
    } else if lower.len() > 1 && lower.starts_with('0') {
        (lower[1..].to_string(), 8)
    } else {
        (lower, 10)
    };
    BigInt::parse_bytes(digits.as_bytes(), radix)
}

/// A floating-point literal (decimal or hexadecimal).
pub fn parse_float(raw: &str) -> Option<BigRational> {
    let s: String = raw.chars().filter(|&c| c != '_').collect();
    let lower = s.to_ascii_lowercase();
    if let Some(h) = lower.strip_prefix("0x") {
        return parse_hex_float(h);
    }
    let (mant, exp) = match lower.split_once('e') {
        Some((m, e)) => (m.to_string(), e.parse::<i64>().ok()?),
        None => (lower, 0),
    };
    let (int, frac) = mant.split_once('.').unwrap_or((&mant, ""));
    let digits = format!("{int}{frac}");
    let n = if digits.is_empty() {
        BigInt::zero()
    } else {
        BigInt::parse_bytes(digits.as_bytes(), 10)?
    };
    let e10 = exp - frac.len() as i64;
    Some(scale(BigRational::from_integer(n), 10, e10))
}

fn parse_hex_float(h: &str) -> Option<BigRational> {
    let (mant, exp) = match h.split_once('p') {
        Some((m, e)) => (m, e.parse::<i64>().ok()?),
        None => (h, 0),
    };
    let (int, frac) = mant.split_once('.').unwrap_or((mant, ""));
    let digits = format!("{int}{frac}");
    let n = if digits.is_empty() {
        BigInt::zero()
    } else {
        BigInt::parse_bytes(digits.as_bytes(), 16)?
    };
    let e2 = exp - 4 * frac.len() as i64;
    Some(scale(BigRational::from_integer(n), 2, e2))
}

/// `x * base^e` exactly, or 0 when the value is below gc's smallest float
/// (it underflows to zero). The caller has checked the exponent with
/// `exponent_check`, so the power fits in memory.
fn scale(x: BigRational, base: u32, e: i64) -> BigRational {
    if x.is_zero() || approx_log2(&x, base, e) < -MAX_EXP {
        return BigRational::zero();
    }
    let p = BigInt::from(base).pow(e.unsigned_abs() as u32);
    if e >= 0 {
        x * BigRational::from_integer(p)
    } else {
        x / BigRational::new(p, BigInt::one())
    }
}

/// gc keeps untyped float constants in `math/big` floats, whose binary
/// exponent is an int32: a literal beyond it is a "malformed constant".
const MAX_EXP: f64 = i32::MAX as f64;

/// golift keeps constants as exact rationals; a decimal exponent beyond this
/// (a power of ten of a million bits) is refused rather than computed.
pub const MAX_EXACT_EXP10: i64 = 300_000;

/// Why a well-formed literal has no value.
#[derive(Debug, PartialEq, Eq)]
pub enum LitLimit {
    /// Beyond gc's float range: `malformed constant`.
    Malformed,
    /// Within gc's range but beyond golift's exact arithmetic.
    Unsupported,
}

/// log2 of `x * base^e`, roughly (enough to compare with the limits).
fn approx_log2(x: &BigRational, base: u32, e: i64) -> f64 {
    let bits = |n: &BigInt| n.bits() as f64;
    bits(x.numer()) - bits(x.denom()) + e as f64 * f64::from(base).log2()
}

/// Whether a float literal (decimal or hexadecimal, `_` removed,
/// lower case) has a value golift can compute: checked before any power is.
pub fn exponent_check(raw: &str) -> Result<(), LitLimit> {
    let s: String = raw.chars().filter(|&c| c != '_').collect();
    let lower = s.to_ascii_lowercase();
    let (hex, body) = match lower.strip_prefix("0x") {
        Some(h) => (true, h.to_string()),
        None => (false, lower),
    };
    let (mant, exp) = match body.split_once(if hex { 'p' } else { 'e' }) {
        Some((m, e)) => (m, e.parse::<i64>().unwrap_or(i64::MAX)),
        None => (body.as_str(), 0),
    };
    let (int, frac) = mant.split_once('.').unwrap_or((mant, ""));
    let digits = format!("{int}{frac}");
    let lead = digits.trim_start_matches('0');
    if lead.is_empty() {
        return Ok(());
    }
    // The position of the leading digit, in the literal's base.
    let (base, per_digit) = if hex { (2.0_f64, 4.0) } else { (10.0, 1.0) };
    let frac_len = frac.len() as f64;
    let top = (lead.len() as f64 - frac_len) * per_digit + exp as f64;
    let log2 = top * base.log2();
    if log2 > MAX_EXP + 1.0 {
        return Err(LitLimit::Malformed);
    }
    let exp10 = log2 / 10f64.log2();
    if exp10 > MAX_EXACT_EXP10 as f64 || (exp10 < -(MAX_EXACT_EXP10 as f64) && log2 >= -MAX_EXP) {
        return Err(LitLimit::Unsupported);
    }
    Ok(())
}

/// An imaginary literal `<int or float>i`: its imaginary part.
pub fn parse_imag(raw: &str) -> Option<BigRational> {
    let body = raw.strip_suffix('i')?;
    let all_digits = body.chars().all(|c| c.is_ascii_digit() || c == '_');
    if all_digits {
        // `0123i` is decimal for imaginary literals (backward compatibility).
        let s: String = body.chars().filter(|&c| c != '_').collect();
        return BigInt::parse_bytes(s.as_bytes(), 10).map(BigRational::from_integer);
    }
    let lower = body.to_ascii_lowercase();
    let is_int = lower.starts_with("0x") && !lower.contains('.') && !lower.contains('p')
        || lower.starts_with("0b")
        || lower.starts_with("0o");
    if is_int {
        return parse_int(body).map(BigRational::from_integer);
    }
    parse_float(body)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn r(n: i64, d: i64) -> BigRational {
        BigRational::new(n.into(), d.into())
    }

    #[test]
    fn integers_in_all_bases() {
        assert_eq!(parse_int("1_000"), Some(1000.into()));
        assert_eq!(parse_int("0x_FF"), Some(255.into()));
        assert_eq!(parse_int("0b101"), Some(5.into()));
        assert_eq!(parse_int("0o17"), Some(15.into()));
        assert_eq!(parse_int("017"), Some(15.into()));
        assert_eq!(parse_int("0"), Some(0.into()));
        assert_eq!(
            parse_int("18446744073709551616"),
            Some(BigInt::one() << 64usize)
        );
    }

    #[test]
    fn floats_are_exact() {
        assert_eq!(parse_float("1.5"), Some(r(3, 2)));
        assert_eq!(parse_float(".25"), Some(r(1, 4)));
        assert_eq!(parse_float("1e3"), Some(r(1000, 1)));
        assert_eq!(parse_float("1E-2"), Some(r(1, 100)));
        assert_eq!(parse_float("0x1p-2"), Some(r(1, 4)));
        assert_eq!(parse_float("0x1.8p1"), Some(r(3, 1)));
        assert_eq!(parse_float("1."), Some(r(1, 1)));
    }

    #[test]
    fn imaginary_parts() {
        assert_eq!(parse_imag("2i"), Some(r(2, 1)));
        assert_eq!(parse_imag("0123i"), Some(r(123, 1)));
        assert_eq!(parse_imag("1.5i"), Some(r(3, 2)));
        assert_eq!(parse_imag("0x10i"), Some(r(16, 1)));
    }
}
