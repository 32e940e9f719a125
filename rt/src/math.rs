//! math's amd64 assembly `archExp` and `archLog`, step for step.
//!
//! gc computes math.Exp and math.Log on amd64 with assembly whose last-bit
//! results differ from the package's portable Go versions (archExp reduces
//! the argument differently and uses FMA when the CPU has AVX and FMA;
//! archLog reads the exponent field without normalising subnormals). Since
//! a golift program must print what gc's prints, these entries repeat the
//! assembly's operations in the same order; every other `arch*` function
//! of math matches its Go version and is lowered to it or to a Cranelift
//! instruction (compiler/src/lower/intrinsic.rs).
//!
//! Invariant: each operation here is one IEEE double operation of the
//! assembly (Rust's f64 arithmetic is that, and `mul_add` is the fused
//! multiply-add of VFMADD), so results agree bit for bit.

#![cfg(target_arch = "x86_64")]
// The constants are spelled as the assembly spells them.
#![allow(clippy::excessive_precision)]

const LN2U: f64 = 0.693_147_180_559_662_956_511_601_805_686_950_683_593_75;
const LN2L: f64 = 0.282_352_905_630_315_771_225_884_481_750_134_360_255_254_120_68e-12;
const LOG2E: f64 = std::f64::consts::LOG2_E;
const OVERFLOW: f64 = 7.097_827_128_933_84e2;
/// The Taylor coefficients of exprodata, highest first (1/8! .. 1/3!), then 1/2.
const EXP_POLY: [f64; 7] = [
    2.480_158_730_158_730_158_7e-5,
    1.984_126_984_126_984_127e-4,
    1.388_888_888_888_888_888_9e-3,
    8.333_333_333_333_333_333_3e-3,
    4.166_666_666_666_666_666_7e-2,
    1.666_666_666_666_666_666_7e-1,
    0.5,
];
const POS_INF: u64 = 0x7FF0_0000_0000_0000;
const NEG_INF: u64 = 0xFFF0_0000_0000_0000;
/// math.NaN()'s bits, which the assembly returns.
const NAN: u64 = 0x7FF8_0000_0000_0001;

/// gc's `useFMA` (math/exp_amd64.go: `cpu.X86.HasAVX && cpu.X86.HasFMA`).
fn use_fma() -> bool {
    std::is_x86_feature_detected!("avx") && std::is_x86_feature_detected!("fma")
}

/// `math.archExp` on amd64 (exp_amd64.s).
#[export_name = "golift.math.archExp"]
pub extern "C" fn arch_exp(x: f64) -> f64 {
    exp(x, use_fma())
}

fn exp(x: f64, fma: bool) -> f64 {
    let bits = x.to_bits();
    if bits & !(1 << 63) >= POS_INF {
        // -Inf gives 0; NaN and +Inf themselves.
        return if bits == NEG_INF { 0.0 } else { x };
    }
    if x > OVERFLOW {
        return f64::INFINITY;
    }
    // CVTSD2SL rounds to nearest even; out of range it gives i32::MIN.
    let k = (LOG2E * x).round_ties_even() as i32;
    let kf = k as f64;
    let r = if fma {
        let r = (-kf).mul_add(LN2U, x);
        let r = (-kf).mul_add(LN2L, r) * 0.0625;
        let mut p = EXP_POLY[0];
        for c in EXP_POLY[1..].iter().chain([1.0].iter()) {
            p = p.mul_add(r, *c);
        }
        let mut r = r * p;
        for _ in 0..3 {
            r *= r + 2.0;
        }
        r.mul_add(r + 2.0, 1.0)
    } else {
        let r = (x - kf * LN2U - kf * LN2L) * 0.0625;
        let mut p = EXP_POLY[0];
        for c in EXP_POLY[1..].iter().chain([1.0].iter()) {
            p = p * r + c;
        }
        let mut r = r * p;
        for _ in 0..4 {
            r *= 2.0 + r;
        }
        r + 1.0
    };
    scale(r, k)
}

/// The assembly's `ldexp` tail: `fr * 2**k`, through the subnormal range.
fn scale(fr: f64, k: i32) -> f64 {
    let e = k.wrapping_add(0x3FF);
    if e >= 0x7FF {
        return f64::INFINITY;
    }
    if e > 0 {
        return fr * f64::from_bits((e as u64) << 52);
    }
    if e < -52 {
        return 0.0;
    }
    let fr = fr * f64::from_bits(((e + 0x3FE) as u64) << 52);
    fr * f64::from_bits(1 << 52)
}

/// `math.archLog` on amd64 (log_amd64.s).
#[export_name = "golift.math.archLog"]
pub extern "C" fn arch_log(x: f64) -> f64 {
    const HSQRT2: f64 = std::f64::consts::FRAC_1_SQRT_2;
    const LN2HI: f64 = 6.931_471_803_691_238_164_90e-1;
    const LN2LO: f64 = 1.908_214_929_270_587_700_02e-10;
    const L: [f64; 7] = [
        6.666_666_666_666_735_130e-1,
        3.999_999_999_940_941_908e-1,
        2.857_142_874_366_239_149e-1,
        2.222_219_843_214_978_396e-1,
        1.818_357_216_161_805_012e-1,
        1.531_383_769_920_937_332e-1,
        1.479_819_860_511_658_591e-1,
    ];
    let bits = x.to_bits();
    if bits & !(1 << 63) == 0 {
        return f64::NEG_INFINITY;
    }
    if (bits as i64) < 0 {
        return f64::from_bits(NAN);
    }
    if bits >= POS_INF {
        return x;
    }
    // The exponent field as is: subnormals are not normalised.
    let f1 = f64::from_bits((bits & 0x000F_FFFF_FFFF_FFFF) | 0x3FE0_0000_0000_0000);
    let ki = ((bits >> 52) & 0x7FF) as i32 - 0x3FE;
    let below = if f1 < HSQRT2 { 1.0 } else { 0.0 };
    let k = ki as f64 - below;
    let f = f1 * (below + 1.0) - 1.0;
    let s = f / (2.0 + f);
    let s2 = s * s;
    let s4 = s2 * s2;
    let t1 = s2 * (((L[6] * s4 + L[4]) * s4 + L[2]) * s4 + L[0]);
    let t2 = s4 * ((L[5] * s4 + L[3]) * s4 + L[1]);
    let hfsq = 0.5 * f * f;
    let r = s * (hfsq + (t1 + t2)) + k * LN2LO;
    k * LN2HI - ((hfsq - r) - f)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn special_values_follow_the_assembly() {
        assert_eq!(arch_exp(f64::NEG_INFINITY), 0.0);
        assert_eq!(arch_exp(f64::INFINITY), f64::INFINITY);
        assert!(arch_exp(f64::NAN).is_nan());
        assert_eq!(arch_exp(710.0), f64::INFINITY);
        assert_eq!(arch_exp(-1e300), 0.0);
        assert_eq!(arch_exp(0.0), 1.0);
        assert_eq!(arch_log(0.0), f64::NEG_INFINITY);
        assert_eq!(arch_log(-1.0).to_bits(), NAN);
        assert_eq!(arch_log(1.0), 0.0);
    }

    #[test]
    fn both_exp_paths_are_close_to_the_true_value() {
        for i in -700..700 {
            let x = i as f64 * 1.01;
            for fma in [false, true] {
                let (got, want) = (exp(x, fma), x.exp());
                assert!(
                    ((got - want) / want).abs() < 1e-15,
                    "{x} {fma} {got} {want}"
                );
            }
        }
        assert!((arch_log(10.0) - 10f64.ln()).abs() < 1e-15);
    }
}
