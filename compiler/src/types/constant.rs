//! Exact constant arithmetic (the spec's "Constant expressions").
//!
//! Values are `ConstValue`s: arbitrary-precision integers and rationals, so
//! untyped constant expressions are evaluated exactly, whatever their size
//! (`1 << 100 >> 98` is 4). The representation of a value follows the kind
//! of its type: integer and rune types hold `Int`, float types `Float`,
//! complex types `Complex`; `to_repr` moves a value between them (the caller
//! has checked that the conversion is exact, see `representable`).
//! Typed constants must be representable in their type: `representable`
//! checks the range of integer types and rounds floats to float32/float64
//! precision (an overflow to infinity is an error), as gc does.
//!
//! Exactness has gc's limits (go/constant, which types2 uses): a float
//! stays an exact fraction only while its numerator and denominator each
//! have fewer than 4096 bits (a float literal: while its binary exponent is
//! within ±4096); beyond that gc switches to a 512-bit `big.Float`. golift
//! emulates that form with `Real`: a rational marked `float` holds a value
//! rounded to a 512-bit mantissa (`round_prec`). As in go/constant, an
//! operation with a float operand is done in floats (its result rounded and
//! marked), an exact result too large for a fraction becomes a float
//! (`make_rat`), and a float never turns back into an exact fraction; so sums
//! that lose small terms, products of huge and tiny values and conversions
//! round as gc's do.

use num_bigint::BigInt;
use num_integer::Integer;
use num_rational::BigRational;
use num_traits::{One, Signed, ToPrimitive, Zero};

use super::ty::BasicKind;
use super::ConstValue;
use crate::syntax::ast::{BinOp, UnOp};

/// The representation class of a constant of some basic kind.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Repr {
    Bool,
    String,
    Int,
    Float,
    Complex,
}

pub fn repr_of(k: BasicKind) -> Option<Repr> {
    use BasicKind::*;
    Some(match k {
        Bool | UntypedBool => Repr::Bool,
        String | UntypedString => Repr::String,
        Int | Int8 | Int16 | Int32 | Int64 | Uint | Uint8 | Uint16 | Uint32 | Uint64 | Uintptr
        | UntypedInt | UntypedRune => Repr::Int,
        Float32 | Float64 | UntypedFloat => Repr::Float,
        Complex64 | Complex128 | UntypedComplex => Repr::Complex,
        _ => return None,
    })
}

fn rat(i: BigInt) -> BigRational {
    BigRational::from_integer(i)
}

fn zero() -> Real {
    Real::exact(BigRational::zero())
}

/// Converts `v` to representation `r`; None if that loses information
/// (a non-integral float to Int, a complex with an imaginary part to Float).
pub fn to_repr(v: &ConstValue, r: Repr) -> Option<ConstValue> {
    use ConstValue::*;
    Some(match (v, r) {
        (Bool(_), Repr::Bool) | (String(_), Repr::String) => v.clone(),
        (Int(i), Repr::Int) => Int(i.clone()),
        (Int(i), Repr::Float) => Float(Real::exact(rat(i.clone()))),
        (Int(i), Repr::Complex) => Complex(Real::exact(rat(i.clone())), zero()),
        (Float(f), Repr::Int) if f.is_integer() => Int(f.to_integer()),
        (Float(f), Repr::Float) => Float(f.clone()),
        (Float(f), Repr::Complex) => Complex(f.clone(), zero()),
        (Complex(re, im), Repr::Int) if im.is_zero() && re.is_integer() => Int(re.to_integer()),
        (Complex(re, im), Repr::Float) if im.is_zero() => Float(re.clone()),
        (Complex(..), Repr::Complex) => v.clone(),
        _ => return None,
    })
}

/// Why a constant does not fit a type.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unrepresentable {
    /// Out of range (integers, float overflow).
    Overflows,
    /// A fractional value for an integer type.
    Truncated,
    /// Wrong category altogether (string for int, ...).
    Mismatch,
}

/// Minimum and maximum of an integer kind (None for non-integers and
/// untyped kinds, which are unbounded).
pub fn int_range(k: BasicKind) -> Option<(BigInt, BigInt)> {
    use BasicKind::*;
    let (signed, bits) = match k {
        Int8 => (true, 8),
        Int16 => (true, 16),
        Int32 => (true, 32),
        Int | Int64 => (true, 64),
        Uint8 => (false, 8),
        Uint16 => (false, 16),
        Uint32 => (false, 32),
        Uint | Uint64 | Uintptr => (false, 64),
        _ => return None,
    };
    Some(if signed {
        let half: BigInt = BigInt::one() << (bits - 1);
        (-half.clone(), half - 1)
    } else {
        let all: BigInt = BigInt::one() << bits;
        (BigInt::zero(), all - 1)
    })
}

/// go/constant's limit on the bit length of an exact fraction's parts and
/// on a literal's binary exponent (`maxExp`).
const MAX_EXACT_BITS: u64 = 4096;

/// The mantissa size of go/constant's `big.Float`s (`prec`).
const FLOAT_PREC: u64 = 512;

/// A float constant: an exact fraction, or (`float`) the value of a
/// go/constant 512-bit `big.Float`. Equality and hashing look at the value
/// only.
#[derive(Clone, Debug)]
pub struct Real {
    pub val: BigRational,
    pub float: bool,
}

impl Real {
    pub fn exact(val: BigRational) -> Real {
        Real { val, float: false }
    }

    fn float(val: BigRational) -> Real {
        Real { val, float: true }
    }
}

impl std::ops::Deref for Real {
    type Target = BigRational;
    fn deref(&self) -> &BigRational {
        &self.val
    }
}

impl PartialEq for Real {
    fn eq(&self, other: &Real) -> bool {
        self.val == other.val
    }
}

impl Eq for Real {}

impl std::hash::Hash for Real {
    fn hash<H: std::hash::Hasher>(&self, h: &mut H) {
        self.val.hash(h)
    }
}

/// Applies an arithmetic operator the way go/constant does: in floats if
/// either operand is one, else exactly (`make_rat`).
fn real_op(x: &Real, y: &Real, f: impl Fn(&BigRational, &BigRational) -> BigRational) -> Real {
    let v = f(&x.val, &y.val);
    if x.float || y.float {
        Real::float(round_prec(&v))
    } else {
        make_rat(v)
    }
}

/// go/constant's `makeRat`: `r` itself while its parts are small enough,
/// otherwise `r` rounded to a 512-bit float.
pub fn make_rat(r: BigRational) -> Real {
    if r.numer().bits() < MAX_EXACT_BITS && r.denom().bits() < MAX_EXACT_BITS {
        Real::exact(r)
    } else {
        Real::float(round_prec(&r))
    }
}

/// A float literal's value as go/constant keeps it (`makeFloatFromLiteral`):
/// exact if its 512-bit rounding has an exponent within ±4096, else that
/// rounding.
pub fn literal_value(r: BigRational) -> Real {
    let f = round_prec(&r);
    if f.is_zero() {
        return Real::exact(f);
    }
    // big.Float's exponent e: 2^(e-1) <= |f| < 2^e.
    let e = binary_exp(&f.abs()) + 1;
    if -(MAX_EXACT_BITS as i64) < e && e < MAX_EXACT_BITS as i64 {
        Real::exact(r)
    } else {
        Real::float(f)
    }
}

/// `r` rounded to a `big.Float` of 512-bit mantissa (nearest even; the
/// exponent range is the caller's concern).
pub fn round_prec(r: &BigRational) -> BigRational {
    if r.is_zero() {
        return r.clone();
    }
    let neg = r.is_negative();
    let m = round_mantissa(&r.abs(), FLOAT_PREC, i64::MIN);
    if neg {
        -m
    } else {
        m
    }
}

fn pow2(e: i64) -> BigRational {
    if e >= 0 {
        rat(BigInt::one() << e as usize)
    } else {
        BigRational::new(BigInt::one(), BigInt::one() << (-e) as usize)
    }
}

/// e with 2^e <= a < 2^(e+1), for a > 0.
fn binary_exp(a: &BigRational) -> i64 {
    let e = a.numer().bits() as i64 - a.denom().bits() as i64;
    if *a < pow2(e) {
        e - 1
    } else {
        e
    }
}

/// Rounds a > 0 to `mant_bits` significant bits (nearest even), the last
/// bit weighing at least 2^min_exp.
fn round_mantissa(a: &BigRational, mant_bits: u64, min_exp: i64) -> BigRational {
    let e = binary_exp(a);
    let q = (e - (mant_bits as i64 - 1)).max(min_exp);
    let scaled = a / pow2(q);
    let fl = scaled.floor().to_integer();
    let rem = &scaled - rat(fl.clone());
    let half = BigRational::new(BigInt::one(), BigInt::from(2));
    let m = if rem > half || (rem == half && fl.is_odd()) {
        fl + 1
    } else {
        fl
    };
    rat(m) * pow2(q)
}

/// Rounds `f` to the nearest float64 (or float32) value, exactly; None on
/// overflow to infinity.
pub fn round_float(f: &BigRational, single: bool) -> Option<BigRational> {
    if f.is_zero() {
        return Some(f.clone());
    }
    let (mant_bits, min_exp, max_exp): (u64, i64, i64) = if single {
        (24, -149, 127)
    } else {
        (53, -1074, 1023)
    };
    let neg = f.is_negative();
    let a = f.abs();
    if binary_exp(&a) > max_exp {
        return None;
    }
    let r = round_mantissa(&a, mant_bits, min_exp);
    if r >= pow2(max_exp + 1) {
        return None;
    }
    Some(if neg { -r } else { r })
}

/// Checks that `v` is representable in basic kind `k` and returns it in
/// `k`'s representation (floats rounded to their precision).
pub fn representable(v: &ConstValue, k: BasicKind) -> Result<ConstValue, Unrepresentable> {
    use BasicKind::*;
    let Some(r) = repr_of(k) else {
        return Err(Unrepresentable::Mismatch);
    };
    let cat = |v: &ConstValue| match v {
        ConstValue::Bool(_) => Repr::Bool,
        ConstValue::String(_) => Repr::String,
        _ => Repr::Int,
    };
    let want = if r >= Repr::Int { Repr::Int } else { r };
    if cat(v) != want {
        return Err(Unrepresentable::Mismatch);
    }
    let Some(c) = to_repr(v, r) else {
        return Err(match (v, r) {
            (ConstValue::Complex(..), _) if r != Repr::Int => Unrepresentable::Overflows,
            (_, Repr::Int) => Unrepresentable::Truncated,
            _ => Unrepresentable::Overflows,
        });
    };
    match (&c, k) {
        (ConstValue::Int(i), _) => match int_range(k) {
            Some((lo, hi)) if *i < lo || *i > hi => Err(Unrepresentable::Overflows),
            _ => Ok(c),
        },
        (ConstValue::Float(f), Float32 | Float64) => round_float(f, k == Float32)
            .map(|f| ConstValue::Float(Real::exact(f)))
            .ok_or(Unrepresentable::Overflows),
        (ConstValue::Complex(re, im), Complex64 | Complex128) => {
            let single = k == Complex64;
            match (round_float(re, single), round_float(im, single)) {
                (Some(re), Some(im)) => Ok(ConstValue::Complex(Real::exact(re), Real::exact(im))),
                _ => Err(Unrepresentable::Overflows),
            }
        }
        _ => Ok(c),
    }
}

/// Why a constant operation failed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OpError {
    DivByZero,
    /// Not defined on the operands (caller reports it).
    Undefined,
}

/// Applies a binary arithmetic, bitwise or logical operator to two values of
/// representation `r` (`integer`: the operand type is an integer type, so
/// `/` truncates).
pub fn binary(op: BinOp, a: &ConstValue, b: &ConstValue, r: Repr) -> Result<ConstValue, OpError> {
    use ConstValue as C;
    let a = to_repr(a, r).ok_or(OpError::Undefined)?;
    let b = to_repr(b, r).ok_or(OpError::Undefined)?;
    Ok(match (&a, &b) {
        (C::Bool(x), C::Bool(y)) => match op {
            BinOp::LAnd => C::Bool(*x && *y),
            BinOp::LOr => C::Bool(*x || *y),
            _ => return Err(OpError::Undefined),
        },
        (C::String(x), C::String(y)) if op == BinOp::Add => {
            let mut s = x.clone();
            s.extend_from_slice(y);
            C::String(s)
        }
        (C::Int(x), C::Int(y)) => C::Int(int_binary(op, x, y)?),
        (C::Float(x), C::Float(y)) => C::Float(match op {
            BinOp::Add => real_op(x, y, |x, y| x + y),
            BinOp::Sub => real_op(x, y, |x, y| x - y),
            BinOp::Mul => real_op(x, y, |x, y| x * y),
            BinOp::Div if y.is_zero() => return Err(OpError::DivByZero),
            BinOp::Div => real_op(x, y, |x, y| x / y),
            _ => return Err(OpError::Undefined),
        }),
        (C::Complex(a, b), C::Complex(c, d)) => {
            // Each partial result is rounded, as go/constant computes it.
            let add = |x: &Real, y: &Real| real_op(x, y, |x, y| x + y);
            let sub = |x: &Real, y: &Real| real_op(x, y, |x, y| x - y);
            let mul = |x: &Real, y: &Real| real_op(x, y, |x, y| x * y);
            let quo = |x: &Real, y: &Real| real_op(x, y, |x, y| x / y);
            match op {
                BinOp::Add => C::Complex(add(a, c), add(b, d)),
                BinOp::Sub => C::Complex(sub(a, c), sub(b, d)),
                BinOp::Mul => C::Complex(sub(&mul(a, c), &mul(b, d)), add(&mul(b, c), &mul(a, d))),
                BinOp::Div => {
                    let s = add(&mul(c, c), &mul(d, d));
                    if s.is_zero() {
                        return Err(OpError::DivByZero);
                    }
                    let re = add(&mul(a, c), &mul(b, d));
                    let im = sub(&mul(b, c), &mul(a, d));
                    C::Complex(quo(&re, &s), quo(&im, &s))
                }
                _ => return Err(OpError::Undefined),
            }
        }
        _ => return Err(OpError::Undefined),
    })
}

fn int_binary(op: BinOp, x: &BigInt, y: &BigInt) -> Result<BigInt, OpError> {
    Ok(match op {
        BinOp::Add => x + y,
        BinOp::Sub => x - y,
        BinOp::Mul => x * y,
        BinOp::Div | BinOp::Rem if y.is_zero() => return Err(OpError::DivByZero),
        // BigInt's `/` and `%` truncate toward zero, as Go's do.
        BinOp::Div => x / y,
        BinOp::Rem => x % y,
        BinOp::And => x & y,
        BinOp::Or => x | y,
        BinOp::Xor => x ^ y,
        BinOp::AndNot => x & !y,
        _ => return Err(OpError::Undefined),
    })
}

/// `x << s` or `x >> s` on an integer constant (`>>` rounds toward negative
/// infinity, as an arithmetic shift does).
pub fn shift(op: BinOp, x: &BigInt, s: u64) -> BigInt {
    if op == BinOp::Shl {
        x << s as usize
    } else {
        x >> s as usize
    }
}

/// Compares two constants of representation `r`.
pub fn compare(op: BinOp, a: &ConstValue, b: &ConstValue, r: Repr) -> Option<bool> {
    use std::cmp::Ordering;
    use ConstValue as C;
    let a = to_repr(a, r)?;
    let b = to_repr(b, r)?;
    let ord: Option<Ordering> = match (&a, &b) {
        (C::Bool(x), C::Bool(y)) if x == y => Some(Ordering::Equal),
        (C::Bool(_), C::Bool(_)) => None,
        (C::String(x), C::String(y)) => Some(x.cmp(y)),
        (C::Int(x), C::Int(y)) => Some(x.cmp(y)),
        (C::Float(x), C::Float(y)) => {
            let (x, y) = matched(x, y);
            Some(x.cmp(&y))
        }
        (C::Complex(ar, ai), C::Complex(br, bi)) => {
            let ((x, y), (u, v)) = (matched(ar, br), matched(ai, bi));
            (x == y && u == v).then_some(Ordering::Equal)
        }
        _ => return None,
    };
    Some(match op {
        BinOp::Eq => ord == Some(Ordering::Equal),
        BinOp::Ne => ord != Some(Ordering::Equal),
        BinOp::Lt => ord? == Ordering::Less,
        BinOp::Le => ord? != Ordering::Greater,
        BinOp::Gt => ord? == Ordering::Greater,
        BinOp::Ge => ord? != Ordering::Less,
        _ => return None,
    })
}

fn neg(x: &Real) -> Real {
    Real {
        val: -&x.val,
        float: x.float,
    }
}

/// Two values as go/constant compares them: both as floats if either is.
fn matched(x: &Real, y: &Real) -> (BigRational, BigRational) {
    if x.float || y.float {
        (round_prec(x), round_prec(y))
    } else {
        (x.val.clone(), y.val.clone())
    }
}

/// Applies a unary operator. `unsigned_bits` is the size of an unsigned
/// integer type, for `^x` (complement within the type's width).
pub fn unary(op: UnOp, v: &ConstValue, unsigned_bits: Option<u32>) -> Option<ConstValue> {
    use ConstValue as C;
    Some(match (op, v) {
        (UnOp::Pos, C::Int(_) | C::Float(_) | C::Complex(..)) => v.clone(),
        (UnOp::Neg, C::Int(i)) => C::Int(-i),
        (UnOp::Neg, C::Float(f)) => C::Float(neg(f)),
        (UnOp::Neg, C::Complex(re, im)) => C::Complex(neg(re), neg(im)),
        (UnOp::Not, C::Bool(b)) => C::Bool(!b),
        (UnOp::Xor, C::Int(i)) => match unsigned_bits {
            Some(bits) => C::Int(i ^ ((BigInt::one() << bits) - 1)),
            None => C::Int(!i),
        },
        _ => return None,
    })
}

/// The value as go/constant prints it in messages: integers in decimal,
/// floats like `%.6g`, strings quoted.
pub fn format(v: &ConstValue) -> String {
    match v {
        ConstValue::Bool(b) => b.to_string(),
        ConstValue::String(s) => quote(s),
        ConstValue::Int(i) => i.to_string(),
        ConstValue::Float(f) => format_float(f),
        ConstValue::Complex(re, im) => {
            format!("({} + {}i)", format_float(re), format_float(im))
        }
    }
}

fn quote(s: &[u8]) -> String {
    let text = String::from_utf8_lossy(s);
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&format!("\\x{:02x}", c as u32))
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// A float constant as go/constant prints it: `%.6g`, or, when that hides
/// a fractional part (2.000001 -> "2"), the shortest float64 `%g`.
pub fn format_float(f: &BigRational) -> String {
    let s = format_g6(f);
    if f.is_integer() || s.contains('.') || s.contains('e') {
        return s;
    }
    match f.to_f64() {
        Some(x) if x.is_finite() => shortest_g(x),
        _ => s,
    }
}

/// Go's `%g` of a float64 (shortest digits; exponent form when the
/// exponent is < -4 or >= 6).
fn shortest_g(x: f64) -> String {
    let e = format!("{x:e}");
    let Some((mant, exp)) = e.split_once('e') else {
        return e;
    };
    let exp: i32 = exp.parse().unwrap_or(0);
    if (-4..6).contains(&exp) {
        return format!("{x}");
    }
    let sign = if exp < 0 { '-' } else { '+' };
    format!("{mant}e{sign}{:02}", exp.abs())
}

/// `%.6g` of an exact rational: 6 significant digits, exponent form when
/// the decimal exponent is < -4 or >= 6, trailing zeros dropped.
fn format_g6(f: &BigRational) -> String {
    if f.is_zero() {
        return "0".into();
    }
    let neg = f.is_negative();
    let a = f.abs();
    // Find exp10 with 10^exp10 <= a < 10^(exp10+1).
    let ten = BigInt::from(10);
    let mut exp10: i64 = (a.numer().bits() as i64 - a.denom().bits() as i64) * 30103 / 100000;
    let pow10 = |e: i64| -> BigRational {
        if e >= 0 {
            rat(num_traits::pow(ten.clone(), e as usize))
        } else {
            BigRational::new(BigInt::one(), num_traits::pow(ten.clone(), (-e) as usize))
        }
    };
    while a < pow10(exp10) {
        exp10 -= 1;
    }
    while a >= pow10(exp10 + 1) {
        exp10 += 1;
    }
    // Six significant digits, rounded half to even.
    let scaled = &a / pow10(exp10 - 5);
    let fl = scaled.floor().to_integer();
    let rem = &scaled - rat(fl.clone());
    let half = BigRational::new(BigInt::one(), BigInt::from(2));
    let mut digits = if rem > half || (rem == half && fl.is_odd()) {
        fl + 1
    } else {
        fl
    };
    if digits >= BigInt::from(1_000_000) {
        digits /= 10;
        exp10 += 1;
    }
    let ds = digits.to_string();
    let body = if !(-4..6).contains(&exp10) {
        let (h, t) = ds.split_at(1);
        let t = t.trim_end_matches('0');
        let mant = if t.is_empty() {
            h.to_string()
        } else {
            format!("{h}.{t}")
        };
        let sign = if exp10 < 0 { '-' } else { '+' };
        format!("{mant}e{sign}{:02}", exp10.abs())
    } else if exp10 >= 5 {
        ds
    } else if exp10 >= 0 {
        let (h, t) = ds.split_at(exp10 as usize + 1);
        let t = t.trim_end_matches('0');
        if t.is_empty() {
            h.to_string()
        } else {
            format!("{h}.{t}")
        }
    } else {
        let zeros = "0".repeat((-exp10 - 1) as usize);
        format!("0.{zeros}{}", ds.trim_end_matches('0'))
    };
    if neg {
        format!("-{body}")
    } else {
        body
    }
}

/// The constant value for a rune code point converted to a string
/// (`string(rune(c))`): invalid code points become U+FFFD.
pub fn rune_to_string(i: &BigInt) -> Vec<u8> {
    let c = i
        .to_u32()
        .and_then(char::from_u32)
        .unwrap_or(char::REPLACEMENT_CHARACTER);
    c.to_string().into_bytes()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn int(i: i64) -> ConstValue {
        ConstValue::Int(BigInt::from(i))
    }
    fn float(n: i64, d: i64) -> ConstValue {
        ConstValue::Float(Real::exact(BigRational::new(
            BigInt::from(n),
            BigInt::from(d),
        )))
    }

    #[test]
    fn big_shifts_are_exact() {
        let big = shift(BinOp::Shl, &BigInt::one(), 100);
        let back = shift(BinOp::Shr, &big, 98);
        assert_eq!(back, BigInt::from(4));
        assert_eq!(shift(BinOp::Shr, &BigInt::from(-1), 1), BigInt::from(-1));
        let v = ConstValue::Int(shift(BinOp::Shl, &BigInt::one(), 62));
        assert!(representable(&v, BasicKind::Int64).is_ok());
        let v = ConstValue::Int(shift(BinOp::Shl, &BigInt::one(), 63));
        assert_eq!(
            representable(&v, BasicKind::Int64),
            Err(Unrepresentable::Overflows)
        );
        assert!(representable(&v, BasicKind::Uint64).is_ok());
    }

    #[test]
    fn integer_division_truncates_and_rationals_are_exact() {
        let r = binary(BinOp::Div, &int(-7), &int(2), Repr::Int).unwrap();
        assert_eq!(r, int(-3));
        let r = binary(BinOp::Rem, &int(-7), &int(2), Repr::Int).unwrap();
        assert_eq!(r, int(-1));
        let third = binary(BinOp::Div, &int(1), &int(3), Repr::Float).unwrap();
        let one = binary(BinOp::Mul, &third, &int(3), Repr::Float).unwrap();
        assert_eq!(to_repr(&one, Repr::Int), Some(int(1)));
        assert_eq!(
            binary(BinOp::Div, &int(1), &int(0), Repr::Int),
            Err(OpError::DivByZero)
        );
    }

    #[test]
    fn huge_values_round_to_512_bits() {
        let pow = |e: usize| ConstValue::Float(make_rat(rat(BigInt::one() << e)));
        let add = |x: &ConstValue, y: &ConstValue| binary(BinOp::Add, x, y, Repr::Float).unwrap();
        let sub = |x: &ConstValue, y: &ConstValue| binary(BinOp::Sub, x, y, Repr::Float).unwrap();
        // 2^4000 is an exact fraction: adding 1 is exact.
        let exact = pow(4000);
        assert_eq!(sub(&add(&exact, &int(1)), &exact), float(1, 1));
        // 2^4100 is a float: 1 is lost, and stays lost once back in range.
        let huge = pow(4100);
        assert_eq!(sub(&add(&huge, &int(1)), &huge), float(0, 1));
        let back = binary(BinOp::Div, &huge, &pow(200), Repr::Float).unwrap();
        assert_eq!(sub(&add(&back, &int(1)), &back), float(0, 1));
        // A literal beyond 2^±4096 is a float; within, exact.
        let lit = |s: &str| literal_value(crate::types::literal::parse_float(s).unwrap());
        assert!(lit("1e5000").float && !lit("1e1000").float && lit("1e-5000").float);
    }

    #[test]
    fn representability() {
        use Unrepresentable::*;
        assert_eq!(representable(&int(256), BasicKind::Uint8), Err(Overflows));
        assert_eq!(representable(&int(-1), BasicKind::Uint), Err(Overflows));
        assert_eq!(representable(&float(3, 2), BasicKind::Int), Err(Truncated));
        assert_eq!(representable(&float(4, 2), BasicKind::Int), Ok(int(2)));
        let s = ConstValue::String(b"a".to_vec());
        assert_eq!(representable(&s, BasicKind::Int), Err(Mismatch));
        let huge = ConstValue::Int(num_traits::pow(BigInt::from(10), 100));
        assert_eq!(representable(&huge, BasicKind::Float32), Err(Overflows));
        assert!(representable(&huge, BasicKind::Float64).is_ok());
    }

    #[test]
    fn floats_round_to_their_precision() {
        let tenth = BigRational::new(BigInt::one(), BigInt::from(10));
        let r = round_float(&tenth, false).unwrap();
        assert_eq!(r.to_f64(), Some(0.1));
        assert_eq!(BigRational::from_float(0.1f64).unwrap(), r);
        let r32 = round_float(&tenth, true).unwrap();
        assert_eq!(BigRational::from_float(0.1f32).unwrap(), r32);
        let max = BigRational::from_float(f64::MAX).unwrap();
        assert_eq!(round_float(&max, false), Some(max.clone()));
        assert_eq!(round_float(&(&max * rat(BigInt::from(2))), false), None);
    }

    #[test]
    fn complement_respects_unsigned_width() {
        assert_eq!(unary(UnOp::Xor, &int(0), Some(8)), Some(int(255)));
        assert_eq!(unary(UnOp::Xor, &int(0), None), Some(int(-1)));
    }

    #[test]
    fn formats_like_go_constant() {
        assert_eq!(
            format_float(&BigRational::from_float(1e100).unwrap()),
            "1e+100"
        );
        assert_eq!(format(&float(3, 2)), "1.5");
        assert_eq!(format(&float(1, 3)), "0.333333");
        assert_eq!(format(&float(123456789, 1)), "1.23457e+08");
        assert_eq!(format(&float(1, 100000)), "1e-05");
        assert_eq!(format(&float(100000, 1)), "100000");
        assert_eq!(format(&int(-5)), "-5");
        assert_eq!(format(&ConstValue::String(b"a\n".to_vec())), "\"a\\n\"");
    }
}
