//! The Go types the generator builds values of: every basic type, and a few
//! composite shapes over them (slices, arrays, maps, generated structs).
//! Ranges and names here decide which constants gc accepts in which context:
//! a constant leaf of type T is always representable in T.

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Basic {
    Bool,
    Int,
    I8,
    I16,
    I32,
    I64,
    Uint,
    U8,
    U16,
    U32,
    U64,
    Uintptr,
    F32,
    F64,
    C64,
    C128,
    Str,
}

pub const INTS: &[Basic] = &[
    Basic::Int,
    Basic::I8,
    Basic::I16,
    Basic::I32,
    Basic::I64,
    Basic::Uint,
    Basic::U8,
    Basic::U16,
    Basic::U32,
    Basic::U64,
    Basic::Uintptr,
];

pub const ALL: &[Basic] = &[
    Basic::Bool,
    Basic::Int,
    Basic::I8,
    Basic::I16,
    Basic::I32,
    Basic::I64,
    Basic::Uint,
    Basic::U8,
    Basic::U16,
    Basic::U32,
    Basic::U64,
    Basic::Uintptr,
    Basic::F32,
    Basic::F64,
    Basic::C64,
    Basic::C128,
    Basic::Str,
];

impl Basic {
    pub fn name(self) -> &'static str {
        match self {
            Basic::Bool => "bool",
            Basic::Int => "int",
            Basic::I8 => "int8",
            Basic::I16 => "int16",
            Basic::I32 => "int32",
            Basic::I64 => "int64",
            Basic::Uint => "uint",
            Basic::U8 => "uint8",
            Basic::U16 => "uint16",
            Basic::U32 => "uint32",
            Basic::U64 => "uint64",
            Basic::Uintptr => "uintptr",
            Basic::F32 => "float32",
            Basic::F64 => "float64",
            Basic::C64 => "complex64",
            Basic::C128 => "complex128",
            Basic::Str => "string",
        }
    }

    pub fn is_int(self) -> bool {
        INTS.contains(&self)
    }

    pub fn is_float(self) -> bool {
        matches!(self, Basic::F32 | Basic::F64)
    }

    pub fn is_complex(self) -> bool {
        matches!(self, Basic::C64 | Basic::C128)
    }

    pub fn is_numeric(self) -> bool {
        self.is_int() || self.is_float() || self.is_complex()
    }

    /// Ordered types support < <= > >=.
    pub fn is_ordered(self) -> bool {
        self.is_int() || self.is_float() || self == Basic::Str
    }

    pub fn is_signed(self) -> bool {
        matches!(
            self,
            Basic::Int | Basic::I8 | Basic::I16 | Basic::I32 | Basic::I64
        )
    }

    /// Width in bits of an integer type (int, uint, uintptr: 64).
    pub fn bits(self) -> u32 {
        match self {
            Basic::I8 | Basic::U8 => 8,
            Basic::I16 | Basic::U16 => 16,
            Basic::I32 | Basic::U32 | Basic::F32 => 32,
            _ => 64,
        }
    }

    /// The inclusive range of an integer type.
    pub fn int_range(self) -> (i128, i128) {
        let b = self.bits();
        if self.is_signed() {
            (-(1i128 << (b - 1)), (1i128 << (b - 1)) - 1)
        } else {
            (0, (1i128 << b) - 1)
        }
    }

    pub fn fits(self, v: i128) -> bool {
        let (lo, hi) = self.int_range();
        lo <= v && v <= hi
    }

    /// The float type of a complex type's parts.
    pub fn part(self) -> Basic {
        if self == Basic::C64 {
            Basic::F32
        } else {
            Basic::F64
        }
    }

    /// The complex type whose parts have this float type.
    pub fn complex_of(self) -> Basic {
        if self == Basic::F32 {
            Basic::C64
        } else {
            Basic::C128
        }
    }
}

/// A value shape a variable may have.
#[derive(Clone, PartialEq, Debug)]
pub enum Ty {
    B(Basic),
    Slice(Basic),
    Array(usize, Basic),
    Map(Basic, Basic),
    /// A generated struct type, by index.
    Struct(usize),
}

impl Ty {
    pub fn basic(&self) -> Option<Basic> {
        match self {
            Ty::B(b) => Some(*b),
            _ => None,
        }
    }
}
