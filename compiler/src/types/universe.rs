//! The universe scope (predeclared types, constants, `nil`, builtins) and
//! the members of the two packages golift knows without sources: `unsafe`
//! and the constants of `math`.
//!
//! Universe objects are ordinary entries of `Package::objects` (declared at
//! no position), so lowering reads them like any other object.

use num_bigint::BigInt;
use num_rational::BigRational;
use num_traits::{One, Pow};

use super::check::Checker;
use super::ty::{BasicKind, Signature, Type};
use super::{Builtin, ConstValue, ObjId, ObjKind};
use crate::syntax::ast::Span;

const BASIC_NAMES: [(&str, BasicKind); 19] = [
    ("bool", BasicKind::Bool),
    ("int", BasicKind::Int),
    ("int8", BasicKind::Int8),
    ("int16", BasicKind::Int16),
    ("int32", BasicKind::Int32),
    ("int64", BasicKind::Int64),
    ("uint", BasicKind::Uint),
    ("uint8", BasicKind::Uint8),
    ("uint16", BasicKind::Uint16),
    ("uint32", BasicKind::Uint32),
    ("uint64", BasicKind::Uint64),
    ("uintptr", BasicKind::Uintptr),
    ("float32", BasicKind::Float32),
    ("float64", BasicKind::Float64),
    ("complex64", BasicKind::Complex64),
    ("complex128", BasicKind::Complex128),
    ("string", BasicKind::String),
    ("byte", BasicKind::Uint8),
    ("rune", BasicKind::Int32),
];

const BUILTINS: [(&str, Builtin); 18] = [
    ("append", Builtin::Append),
    ("cap", Builtin::Cap),
    ("clear", Builtin::Clear),
    ("close", Builtin::Close),
    ("complex", Builtin::Complex),
    ("copy", Builtin::Copy),
    ("delete", Builtin::Delete),
    ("imag", Builtin::Imag),
    ("len", Builtin::Len),
    ("make", Builtin::Make),
    ("max", Builtin::Max),
    ("min", Builtin::Min),
    ("new", Builtin::New),
    ("panic", Builtin::Panic),
    ("print", Builtin::Print),
    ("println", Builtin::Println),
    ("real", Builtin::Real),
    ("recover", Builtin::Recover),
];

/// The name gc prints for a builtin.
pub fn builtin_name(b: Builtin) -> &'static str {
    match b {
        Builtin::Sizeof => "unsafe.Sizeof",
        Builtin::Alignof => "unsafe.Alignof",
        Builtin::Offsetof => "unsafe.Offsetof",
        Builtin::Add => "unsafe.Add",
        Builtin::Slice => "unsafe.Slice",
        Builtin::SliceData => "unsafe.SliceData",
        Builtin::String => "unsafe.String",
        Builtin::StringData => "unsafe.StringData",
        _ => BUILTINS
            .iter()
            .find(|(_, x)| *x == b)
            .map_or("", |(n, _)| n),
    }
}

impl Checker<'_> {
    pub(crate) fn init_universe(&mut self) {
        let none = Span::default();
        for (name, k) in BASIC_NAMES {
            let t = self.basic(k);
            let o = self.new_obj(name, ObjKind::TypeName, t, none);
            self.universe.insert(name.to_string(), o);
            if name == "byte" || name == "rune" {
                self.obj_disp.insert(o, name.to_string());
            }
        }
        let empty_iface = self.pkg.types.intern(Type::Interface(Vec::new()));
        let any = self.new_obj("any", ObjKind::TypeName, empty_iface, none);
        self.universe.insert("any".into(), any);
        self.declare_error_type();
        let b = self.basic(BasicKind::UntypedBool);
        for (name, v) in [("true", true), ("false", false)] {
            let o = self.new_obj(name, ObjKind::Const(ConstValue::Bool(v)), b, none);
            self.universe.insert(name.into(), o);
        }
        let nil_t = self.basic(BasicKind::UntypedNil);
        let nil = self.new_obj("nil", ObjKind::Nil, nil_t, none);
        self.universe.insert("nil".into(), nil);
        let ui = self.basic(BasicKind::UntypedInt);
        let iota = self.new_obj("iota", ObjKind::Const(ConstValue::Int(0.into())), ui, none);
        self.universe.insert("iota".into(), iota);
        self.iota_obj = iota;
        let invalid = self.invalid();
        for (name, bi) in BUILTINS {
            let o = self.new_obj(name, ObjKind::Builtin(bi), invalid, none);
            self.universe.insert(name.into(), o);
        }
        self.init_math();
    }

    /// `type error interface { Error() string }`
    fn declare_error_type(&mut self) {
        let s = self.basic(BasicKind::String);
        let sig = self.pkg.types.intern(Type::Func(Signature {
            params: vec![],
            results: vec![s],
            variadic: false,
        }));
        let iface = self
            .pkg
            .types
            .intern(Type::Interface(vec![("Error".into(), sig)]));
        let t = self.pkg.types.new_named("error", "");
        self.pkg.types.set_underlying(t, iface);
        let o = self.new_obj("error", ObjKind::TypeName, t, Span::default());
        self.universe.insert("error".into(), o);
    }

    fn init_math(&mut self) {
        let ui = self.basic(BasicKind::UntypedInt);
        let uf = self.basic(BasicKind::UntypedFloat);
        let one = BigInt::one();
        let int_consts: Vec<(&str, BigInt)> = vec![
            ("MaxInt8", (&one << 7usize) - 1),
            ("MinInt8", -(&one << 7usize)),
            ("MaxInt16", (&one << 15usize) - 1),
            ("MinInt16", -(&one << 15usize)),
            ("MaxInt32", (&one << 31usize) - 1),
            ("MinInt32", -(&one << 31usize)),
            ("MaxInt64", (&one << 63usize) - 1),
            ("MinInt64", -(&one << 63usize)),
            ("MaxInt", (&one << 63usize) - 1),
            ("MinInt", -(&one << 63usize)),
            ("MaxUint8", (&one << 8usize) - 1),
            ("MaxUint16", (&one << 16usize) - 1),
            ("MaxUint32", (&one << 32usize) - 1),
            ("MaxUint64", (&one << 64usize) - 1),
            ("MaxUint", (&one << 64usize) - 1),
        ];
        for (name, v) in int_consts {
            let o = self.new_obj(
                name,
                ObjKind::Const(ConstValue::Int(v)),
                ui,
                Span::default(),
            );
            self.math.insert(name.into(), o);
        }
        let float_consts: Vec<(&str, BigRational)> = vec![
            (
                "Pi",
                decimal("3.14159265358979323846264338327950288419716939937510582097494459"),
            ),
            (
                "E",
                decimal("2.71828182845904523536028747135266249775724709369995957496696763"),
            ),
            (
                "Sqrt2",
                decimal("1.41421356237309504880168872420969807856967187537694807317667974"),
            ),
            (
                "SqrtE",
                decimal("1.64872127070012814684865078831848487050507351195484863066035373"),
            ),
            (
                "SqrtPi",
                decimal("1.77245385090551602729816748334114518279754945612238712821380779"),
            ),
            (
                "Phi",
                decimal("1.61803398874989484820458683436563811772030917980576286213544862"),
            ),
            (
                "Ln2",
                decimal("0.693147180559945309417232121458176568075500134360255254120680009"),
            ),
            (
                "SqrtPhi",
                decimal("1.27201964951406896425242246173749149171560804184009624861664038"),
            ),
            (
                "Ln10",
                decimal("2.30258509299404568401799145468436420760110148862877297603332790"),
            ),
            ("MaxFloat32", max_float(127, 23)),
            ("SmallestNonzeroFloat32", pow2(-126 - 23)),
            ("MaxFloat64", max_float(1023, 52)),
            ("SmallestNonzeroFloat64", pow2(-1022 - 52)),
        ];
        let named = |n: &str| {
            float_consts
                .iter()
                .find(|(k, _)| *k == n)
                .map_or_else(BigRational::one, |(_, v)| v.clone())
        };
        let (ln2, ln10) = (named("Ln2"), named("Ln10"));
        let mut float_consts = float_consts;
        float_consts.push(("Log2E", BigRational::from_integer(1.into()) / ln2));
        float_consts.push(("Log10E", BigRational::from_integer(1.into()) / ln10));
        for (name, v) in float_consts {
            let o = self.new_obj(
                name,
                ObjKind::Const(ConstValue::Float(super::constant::Real::exact(v))),
                uf,
                Span::default(),
            );
            self.math.insert(name.into(), o);
        }
    }

    /// The object `unsafe.name`, if golift knows it.
    pub(crate) fn unsafe_member(&mut self, name: &str) -> Option<ObjId> {
        let key = format!("unsafe.{name}");
        if let Some(&o) = self.math.get(&key) {
            return Some(o);
        }
        let invalid = self.invalid();
        let o = match name {
            "Sizeof" => self.new_obj(
                name,
                ObjKind::Builtin(Builtin::Sizeof),
                invalid,
                Span::default(),
            ),
            "Alignof" => self.new_obj(
                name,
                ObjKind::Builtin(Builtin::Alignof),
                invalid,
                Span::default(),
            ),
            "Offsetof" => self.new_obj(
                name,
                ObjKind::Builtin(Builtin::Offsetof),
                invalid,
                Span::default(),
            ),
            "Add" => self.new_obj(
                name,
                ObjKind::Builtin(Builtin::Add),
                invalid,
                Span::default(),
            ),
            "Slice" | "SliceData" | "String" | "StringData" => {
                let b = match name {
                    "Slice" => Builtin::Slice,
                    "SliceData" => Builtin::SliceData,
                    "String" => Builtin::String,
                    _ => Builtin::StringData,
                };
                self.new_obj(name, ObjKind::Builtin(b), invalid, Span::default())
            }
            "Pointer" => {
                let t = self.basic(BasicKind::UnsafePointer);
                self.new_obj(name, ObjKind::TypeName, t, Span::default())
            }
            _ => return None,
        };
        self.math.insert(key, o);
        Some(o)
    }
}

/// An exact decimal literal `int.frac`.
fn decimal(s: &str) -> BigRational {
    let (int, frac) = s.split_once('.').unwrap_or((s, ""));
    let digits: BigInt = format!("{int}{frac}").parse().unwrap_or_default();
    let scale = BigInt::from(10).pow(frac.len() as u32);
    BigRational::new(digits, scale)
}

fn pow2(e: i32) -> BigRational {
    if e >= 0 {
        BigRational::from_integer(BigInt::one() << e as usize)
    } else {
        BigRational::new(BigInt::one(), BigInt::one() << (-e) as usize)
    }
}

/// `2^exp * (2 - 2^-mant)`: the largest finite float.
fn max_float(exp: i32, mant: i32) -> BigRational {
    pow2(exp) * (BigRational::from_integer(2.into()) - pow2(-mant))
}
