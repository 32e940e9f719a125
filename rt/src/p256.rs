//! crypto/internal/fips140/nistec's P-256 assembly (p256_asm_amd64.s,
//! p256_asm_arm64.s): the field and point primitives that p256_asm.go, the
//! only P-256 implementation gc selects on amd64 and arm64, declares without
//! bodies. The compiler gives those declarations bodies calling these C-ABI
//! entries (compiler/src/lower/intrinsic.rs).
//!
//! Field elements are four little-endian 64-bit limbs in the Montgomery
//! domain (R = 2²⁵⁶), as p256_asm.go's `p256Element`; points are Jacobian
//! `(X:Y:Z)` (`P256Point`, 12 limbs), affine table points `(x, y)` (8
//! limbs). Invariants: every result is reduced into [0, p), as the
//! assembly's are (so `Z = 0` is the point at infinity, which
//! `isInfinity` compares limb by limb); inputs are below 2²⁵⁶ and may be p
//! itself (`p256NegCond` of zero gives p, as the assembly's does). Jacobian
//! results may differ from the assembly's by a projective factor where the
//! formulas differ; every caller reads points through their affine form or
//! the infinity test, which do not see that factor.

/// A field element: four limbs, least significant first.
type Fe = [u64; 4];

/// The field's prime p = 2²⁵⁶ - 2²²⁴ + 2¹⁹² + 2⁹⁶ - 1.
const P: Fe = [
    0xffff_ffff_ffff_ffff,
    0x0000_0000_ffff_ffff,
    0,
    0xffff_ffff_0000_0001,
];

/// One in the Montgomery domain (R mod p).
const ONE: Fe = [
    1,
    0xffff_ffff_0000_0000,
    0xffff_ffff_ffff_ffff,
    0x0000_0000_ffff_fffe,
];

/// `a - b` over 256 bits and the borrow out.
fn sub256(a: &Fe, b: &Fe) -> (Fe, u64) {
    let mut r = [0u64; 4];
    let mut borrow = 0u64;
    for i in 0..4 {
        let (d, b1) = a[i].overflowing_sub(b[i]);
        let (d, b2) = d.overflowing_sub(borrow);
        r[i] = d;
        borrow = u64::from(b1 | b2);
    }
    (r, borrow)
}

/// `a + b` over 256 bits and the carry out.
fn add256(a: &Fe, b: &Fe) -> (Fe, u64) {
    let mut r = [0u64; 4];
    let mut carry = 0u64;
    for i in 0..4 {
        let (s, c1) = a[i].overflowing_add(b[i]);
        let (s, c2) = s.overflowing_add(carry);
        r[i] = s;
        carry = u64::from(c1 | c2);
    }
    (r, carry)
}

/// `(hi·2²⁵⁶ + t) mod p` for a value below 2p.
fn reduce_once(t: Fe, hi: u64) -> Fe {
    let (r, borrow) = sub256(&t, &P);
    if hi == 0 && borrow == 1 {
        t
    } else {
        r
    }
}

/// Montgomery multiplication: `a·b·R⁻¹ mod p` (p ≡ -1 mod 2⁶⁴, so each
/// step's multiplier is the low limb itself).
fn mul(a: &Fe, b: &Fe) -> Fe {
    let mut t = [0u64; 6];
    for &bi in b {
        let mut c = 0u64;
        for j in 0..4 {
            let uv = u128::from(t[j]) + u128::from(a[j]) * u128::from(bi) + u128::from(c);
            t[j] = uv as u64;
            c = (uv >> 64) as u64;
        }
        let uv = u128::from(t[4]) + u128::from(c);
        t[4] = uv as u64;
        t[5] = (uv >> 64) as u64;
        let m = t[0];
        let uv = u128::from(t[0]) + u128::from(m) * u128::from(P[0]);
        let mut c = (uv >> 64) as u64;
        for j in 1..4 {
            let uv = u128::from(t[j]) + u128::from(m) * u128::from(P[j]) + u128::from(c);
            t[j - 1] = uv as u64;
            c = (uv >> 64) as u64;
        }
        let uv = u128::from(t[4]) + u128::from(c);
        t[3] = uv as u64;
        t[4] = t[5] + (uv >> 64) as u64;
        t[5] = 0;
    }
    reduce_once([t[0], t[1], t[2], t[3]], t[4])
}

/// `a + b mod p`.
fn add(a: &Fe, b: &Fe) -> Fe {
    let (t, carry) = add256(a, b);
    reduce_once(t, carry)
}

/// `a - b mod p`.
fn sub(a: &Fe, b: &Fe) -> Fe {
    let (t, borrow) = sub256(a, b);
    if borrow == 1 {
        add256(&t, &P).0
    } else {
        t
    }
}

/// Whether `a` is zero (or p, which the assembly's zero test accepts too).
fn is_zero(a: &Fe) -> bool {
    *a == [0; 4] || *a == P
}

/// A Jacobian point.
#[derive(Clone, Copy)]
struct Point {
    x: Fe,
    y: Fe,
    z: Fe,
}

/// # Safety
/// `p` must point at 12 readable limbs.
unsafe fn load_point(p: *const u64) -> Point {
    // SAFETY: guaranteed by the caller.
    let w = unsafe { p.cast::<[u64; 12]>().read_unaligned() };
    Point {
        x: [w[0], w[1], w[2], w[3]],
        y: [w[4], w[5], w[6], w[7]],
        z: [w[8], w[9], w[10], w[11]],
    }
}

/// # Safety
/// `p` must point at 12 writable limbs.
unsafe fn store_point(p: *mut u64, q: &Point) {
    let mut w = [0u64; 12];
    w[..4].copy_from_slice(&q.x);
    w[4..8].copy_from_slice(&q.y);
    w[8..].copy_from_slice(&q.z);
    // SAFETY: guaranteed by the caller.
    unsafe { p.cast::<[u64; 12]>().write_unaligned(w) };
}

/// # Safety
/// `p` must point at 4 readable limbs.
unsafe fn load(p: *const u64) -> Fe {
    // SAFETY: guaranteed by the caller.
    unsafe { p.cast::<Fe>().read_unaligned() }
}

/// # Safety
/// `p` must point at 4 writable limbs.
unsafe fn store(p: *mut u64, v: &Fe) {
    // SAFETY: guaranteed by the caller.
    unsafe { p.cast::<Fe>().write_unaligned(*v) }
}

/// `2·a` for a = -3 ("dbl-2001-b"); the point at infinity stays there.
fn double(a: &Point) -> Point {
    let delta = mul(&a.z, &a.z);
    let gamma = mul(&a.y, &a.y);
    let beta = mul(&a.x, &gamma);
    let t = mul(&sub(&a.x, &delta), &add(&a.x, &delta));
    let alpha = add(&add(&t, &t), &t);
    let beta2 = add(&beta, &beta);
    let beta4 = add(&beta2, &beta2);
    let beta8 = add(&beta4, &beta4);
    let x = sub(&mul(&alpha, &alpha), &beta8);
    let yz = add(&a.y, &a.z);
    let z = sub(&sub(&mul(&yz, &yz), &gamma), &delta);
    let g2 = mul(&gamma, &gamma);
    let g4 = add(&g2, &g2);
    let g8 = add(&g4, &g4);
    let y = sub(&mul(&alpha, &sub(&beta4, &x)), &add(&g8, &g8));
    Point { x, y, z }
}

/// `a + b` from `U1, S1` (a's coordinates scaled to b's Z) and `U2, S2`,
/// with `zz` the product of the two Z coordinates; also whether the points
/// were equal (H = R = 0).
fn add_scaled(u1: &Fe, s1: &Fe, u2: &Fe, s2: &Fe, zz: &Fe) -> (Point, bool) {
    let h = sub(u2, u1);
    let r = sub(s2, s1);
    let equal = is_zero(&h) && is_zero(&r);
    let hh = mul(&h, &h);
    let hhh = mul(&h, &hh);
    let v = mul(u1, &hh);
    let x = sub(&sub(&mul(&r, &r), &hhh), &add(&v, &v));
    let y = sub(&mul(&r, &sub(&v, &x)), &mul(s1, &hhh));
    let z = mul(zz, &h);
    (Point { x, y, z }, equal)
}

/// `p256Mul(res, in1, in2 *p256Element)`: `in1·in2·R⁻¹ mod p`.
///
/// # Safety
/// Each pointer must address a p256Element (4 limbs); they may alias.
#[export_name = "golift.p256.p256Mul"]
pub unsafe extern "C" fn p256_mul(res: *mut u64, a: *const u64, b: *const u64) {
    // SAFETY: guaranteed by the caller.
    unsafe { store(res, &mul(&load(a), &load(b))) }
}

/// `p256Sqr(res, in *p256Element, n int)`: `n` Montgomery squarings.
///
/// # Safety
/// As `p256_mul`.
#[export_name = "golift.p256.p256Sqr"]
pub unsafe extern "C" fn p256_sqr(res: *mut u64, a: *const u64, n: i64) {
    // SAFETY: guaranteed by the caller.
    let mut v = unsafe { load(a) };
    for _ in 0..n.max(1) {
        v = mul(&v, &v);
    }
    // SAFETY: guaranteed by the caller.
    unsafe { store(res, &v) }
}

/// `p256FromMont(res, in *p256Element)`: `in·R⁻¹ mod p`.
///
/// # Safety
/// As `p256_mul`.
#[export_name = "golift.p256.p256FromMont"]
pub unsafe extern "C" fn p256_from_mont(res: *mut u64, a: *const u64) {
    // SAFETY: guaranteed by the caller.
    unsafe { store(res, &mul(&load(a), &[1, 0, 0, 0])) }
}

/// `p256NegCond(val *p256Element, cond int)`: `val = p - val` unless
/// `cond` is 0 (zero becomes p, as in the assembly).
///
/// # Safety
/// `val` must address a p256Element.
#[export_name = "golift.p256.p256NegCond"]
pub unsafe extern "C" fn p256_neg_cond(val: *mut u64, cond: i64) {
    if cond != 0 {
        // SAFETY: guaranteed by the caller.
        unsafe { store(val, &sub256(&P, &load(val)).0) }
    }
}

/// `p256MovCond(res, a, b *P256Point, cond int)`: `res = a` unless `cond`
/// is 0, then `res = b`.
///
/// # Safety
/// Each pointer must address a P256Point; they may alias.
#[export_name = "golift.p256.p256MovCond"]
pub unsafe extern "C" fn p256_mov_cond(res: *mut u64, a: *const u64, b: *const u64, cond: i64) {
    // SAFETY: guaranteed by the caller.
    unsafe {
        let v = if cond != 0 {
            load_point(a)
        } else {
            load_point(b)
        };
        store_point(res, &v);
    }
}

/// `p256Select(res *P256Point, table *p256Table, idx int)`: `table[idx-1]`,
/// or all zero limbs for idx 0.
///
/// # Safety
/// `res` must address a P256Point and `table` 16 of them.
#[export_name = "golift.p256.p256Select"]
pub unsafe extern "C" fn p256_select(res: *mut u64, table: *const u64, idx: i64) {
    let mut out = [0u64; 12];
    for i in 1..=16i64 {
        if i == idx {
            // SAFETY: i - 1 < 16 points of 12 limbs.
            out = unsafe {
                table
                    .add(12 * (i as usize - 1))
                    .cast::<[u64; 12]>()
                    .read_unaligned()
            };
        }
    }
    // SAFETY: guaranteed by the caller.
    unsafe { res.cast::<[u64; 12]>().write_unaligned(out) }
}

/// `p256SelectAffine(res *p256AffinePoint, table *p256AffineTable, idx
/// int)`: `table[idx-1]`, or all zero limbs for idx 0.
///
/// # Safety
/// `res` must address a p256AffinePoint and `table` 32 of them.
#[export_name = "golift.p256.p256SelectAffine"]
pub unsafe extern "C" fn p256_select_affine(res: *mut u64, table: *const u64, idx: i64) {
    let mut out = [0u64; 8];
    for i in 1..=32i64 {
        if i == idx {
            // SAFETY: i - 1 < 32 points of 8 limbs.
            out = unsafe {
                table
                    .add(8 * (i as usize - 1))
                    .cast::<[u64; 8]>()
                    .read_unaligned()
            };
        }
    }
    // SAFETY: guaranteed by the caller.
    unsafe { res.cast::<[u64; 8]>().write_unaligned(out) }
}

/// `p256PointAddAffineAsm(res, in1 *P256Point, in2 *p256AffinePoint, sign,
/// sel, zero int)`: `in1 + in2` (`in1 - in2` when sign is not 0); `in1`
/// when sel is 0; then `(in2 with that sign, 1)` when zero is 0.
///
/// # Safety
/// `res` and `in1` must address P256Points (they may alias), `in2` a
/// p256AffinePoint.
#[export_name = "golift.p256.p256PointAddAffineAsm"]
pub unsafe extern "C" fn p256_point_add_affine(
    res: *mut u64,
    in1: *const u64,
    in2: *const u64,
    sign: i64,
    sel: i64,
    zero: i64,
) {
    // SAFETY: guaranteed by the caller.
    let (a, x2, mut y2) = unsafe { (load_point(in1), load(in2), load(in2.add(4))) };
    if sign != 0 {
        y2 = sub256(&P, &y2).0;
        // The assembly adds p back when y2 was above p; y2 < p here.
    }
    let z1z1 = mul(&a.z, &a.z);
    let u2 = mul(&x2, &z1z1);
    let s2 = mul(&y2, &mul(&a.z, &z1z1));
    let (mut out, _) = add_scaled(&a.x, &a.y, &u2, &s2, &a.z);
    if sel == 0 {
        out = a;
    }
    if zero == 0 {
        out = Point {
            x: x2,
            y: y2,
            z: ONE,
        };
    }
    // SAFETY: guaranteed by the caller.
    unsafe { store_point(res, &out) }
}

/// `p256PointAddAsm(res, in1, in2 *P256Point) int`: `in1 + in2`, and 1 if
/// the points were equal (then res is not their sum: callers double).
///
/// # Safety
/// Each pointer must address a P256Point; they may alias.
#[export_name = "golift.p256.p256PointAddAsm"]
pub unsafe extern "C" fn p256_point_add(res: *mut u64, in1: *const u64, in2: *const u64) -> i64 {
    // SAFETY: guaranteed by the caller.
    let (a, b) = unsafe { (load_point(in1), load_point(in2)) };
    let z1z1 = mul(&a.z, &a.z);
    let z2z2 = mul(&b.z, &b.z);
    let u1 = mul(&a.x, &z2z2);
    let u2 = mul(&b.x, &z1z1);
    let s1 = mul(&a.y, &mul(&b.z, &z2z2));
    let s2 = mul(&b.y, &mul(&a.z, &z1z1));
    let (out, equal) = add_scaled(&u1, &s1, &u2, &s2, &mul(&a.z, &b.z));
    // SAFETY: guaranteed by the caller.
    unsafe { store_point(res, &out) };
    i64::from(equal)
}

/// `p256PointDoubleAsm(res, in *P256Point)`: `in + in`.
///
/// # Safety
/// Both pointers must address P256Points; they may alias.
#[export_name = "golift.p256.p256PointDoubleAsm"]
pub unsafe extern "C" fn p256_point_double(res: *mut u64, a: *const u64) {
    // SAFETY: guaranteed by the caller.
    unsafe { store_point(res, &double(&load_point(a))) }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// R² mod p: `mul(x, RR)` brings x into the domain.
    const RR: Fe = [
        0x0000_0000_0000_0003,
        0xffff_fffb_ffff_ffff,
        0xffff_ffff_ffff_fffe,
        0x0000_0004_ffff_fffd,
    ];
    /// The generator in the Montgomery domain (p256_asm.go's SetGenerator).
    const GX: Fe = [
        0x79e7_30d4_18a9_143c,
        0x75ba_95fc_5fed_b601,
        0x79fb_732b_7762_2510,
        0x1890_5f76_a537_55c6,
    ];
    const GY: Fe = [
        0xddf2_5357_ce95_560a,
        0x8b4a_b8e4_ba19_e45c,
        0xd2e8_8688_dd21_f325,
        0x8571_ff18_2588_5d85,
    ];

    fn from_mont(a: &Fe) -> Fe {
        mul(a, &[1, 0, 0, 0])
    }

    /// `a⁻¹` by Fermat: a^(p-2).
    fn inv(a: &Fe) -> Fe {
        let e = sub256(&P, &[2, 0, 0, 0]).0;
        let mut r = ONE;
        for i in (0..256).rev() {
            r = mul(&r, &r);
            if e[i / 64] >> (i % 64) & 1 == 1 {
                r = mul(&r, a);
            }
        }
        r
    }

    fn affine(p: &Point) -> (Fe, Fe) {
        let zi = inv(&p.z);
        let zi2 = mul(&zi, &zi);
        let zi3 = mul(&zi2, &zi);
        (from_mont(&mul(&p.x, &zi2)), from_mont(&mul(&p.y, &zi3)))
    }

    fn gen() -> Point {
        Point {
            x: GX,
            y: GY,
            z: ONE,
        }
    }

    #[test]
    fn montgomery_round_trip() {
        let x: Fe = [5, 6, 7, 8];
        assert_eq!(from_mont(&mul(&x, &RR)), x);
        assert_eq!(mul(&ONE, &ONE), ONE);
        // p itself (p256NegCond of zero) acts as zero.
        assert_eq!(mul(&P, &ONE), [0; 4]);
    }

    #[test]
    fn generator_affine_coordinates() {
        // G = (6b17d1f2e12c4247f8bce6e563a440f277037d812deb33a0f4a13945d898c296,
        //      4fe342e2fe1a7f9b8ee7eb4a7c0f9e162bce33576b315ececbb6406837bf51f5)
        let (x, y) = affine(&gen());
        assert_eq!(
            x,
            [
                0xf4a1_3945_d898_c296,
                0x7703_7d81_2deb_33a0,
                0xf8bc_e6e5_63a4_40f2,
                0x6b17_d1f2_e12c_4247
            ]
        );
        assert_eq!(
            y,
            [
                0xcbb6_4068_37bf_51f5,
                0x2bce_3357_6b31_5ece,
                0x8ee7_eb4a_7c0f_9e16,
                0x4fe3_42e2_fe1a_7f9b
            ]
        );
    }

    #[test]
    fn double_matches_add_and_affine_add() {
        let g = gen();
        let g2 = double(&g);
        // 2G's x: 7cf27b188d034f7e8a52380304b51ac3c08969e277f21b35a60b48fc47669978.
        assert_eq!(
            affine(&g2).0,
            [
                0xa60b_48fc_4766_9978,
                0xc089_69e2_77f2_1b35,
                0x8a52_3803_04b5_1ac3,
                0x7cf2_7b18_8d03_4f7e
            ]
        );
        let mut out = [0u64; 12];
        let mut w = [0u64; 12];
        // SAFETY: 12-limb buffers.
        unsafe {
            store_point(w.as_mut_ptr(), &g2);
            let mut gw = [0u64; 12];
            store_point(gw.as_mut_ptr(), &g);
            assert_eq!(p256_point_add(out.as_mut_ptr(), w.as_ptr(), gw.as_ptr()), 0);
            let g3 = load_point(out.as_ptr());
            let aff = [GX, GY].concat();
            p256_point_add_affine(out.as_mut_ptr(), w.as_ptr(), aff.as_ptr(), 0, 1, 1);
            assert_eq!(affine(&load_point(out.as_ptr())), affine(&g3));
            // G + G reports equal points.
            assert_eq!(
                p256_point_add(out.as_mut_ptr(), gw.as_ptr(), gw.as_ptr()),
                1
            );
            // 2G - G = G.
            p256_point_add_affine(out.as_mut_ptr(), w.as_ptr(), aff.as_ptr(), 1, 1, 1);
            assert_eq!(affine(&load_point(out.as_ptr())), affine(&g));
        }
        // Doubling infinity stays at infinity.
        let inf = Point {
            x: ONE,
            y: ONE,
            z: [0; 4],
        };
        assert_eq!(double(&inf).z, [0; 4]);
    }
}
