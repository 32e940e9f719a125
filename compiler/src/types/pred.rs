//! Type predicates of the spec (numeric, ordered, comparable, has nil,
//! default types of untyped constants), asked of a `TypeTable`.

use super::ty::{BasicKind, Type, TypeId, TypeTable};

impl TypeTable {
    pub fn is_untyped(&self, t: TypeId) -> bool {
        matches!(self.get(t), Type::Basic(k) if super::exprstring::is_untyped_kind(*k))
    }

    fn kind_is(&self, t: TypeId, f: fn(BasicKind) -> bool) -> bool {
        self.basic_kind(t).is_some_and(f)
    }

    pub fn is_integer(&self, t: TypeId) -> bool {
        use BasicKind::*;
        self.kind_is(t, |k| {
            matches!(
                k,
                Int | Int8
                    | Int16
                    | Int32
                    | Int64
                    | Uint
                    | Uint8
                    | Uint16
                    | Uint32
                    | Uint64
                    | Uintptr
                    | UntypedInt
                    | UntypedRune
            )
        })
    }

    pub fn is_unsigned(&self, t: TypeId) -> bool {
        use BasicKind::*;
        self.kind_is(t, |k| {
            matches!(k, Uint | Uint8 | Uint16 | Uint32 | Uint64 | Uintptr)
        })
    }

    pub fn is_float(&self, t: TypeId) -> bool {
        use BasicKind::*;
        self.kind_is(t, |k| matches!(k, Float32 | Float64 | UntypedFloat))
    }

    pub fn is_complex(&self, t: TypeId) -> bool {
        use BasicKind::*;
        self.kind_is(t, |k| matches!(k, Complex64 | Complex128 | UntypedComplex))
    }

    pub fn is_numeric(&self, t: TypeId) -> bool {
        self.is_integer(t) || self.is_float(t) || self.is_complex(t)
    }

    pub fn is_string(&self, t: TypeId) -> bool {
        self.kind_is(t, |k| {
            matches!(k, BasicKind::String | BasicKind::UntypedString)
        })
    }

    pub fn is_boolean(&self, t: TypeId) -> bool {
        self.kind_is(t, |k| matches!(k, BasicKind::Bool | BasicKind::UntypedBool))
    }

    /// Types whose values can be constants.
    pub fn is_const_type(&self, t: TypeId) -> bool {
        self.is_numeric(t) || self.is_string(t) || self.is_boolean(t)
    }

    pub fn is_ordered(&self, t: TypeId) -> bool {
        self.is_integer(t) || self.is_float(t) || self.is_string(t)
    }

    pub fn is_interface(&self, t: TypeId) -> bool {
        matches!(self.under(t), Type::Interface(_))
    }

    pub fn is_named(&self, t: TypeId) -> bool {
        matches!(self.get(t), Type::Named(_)) || matches!(self.get(t), Type::Basic(_))
    }

    pub fn has_nil(&self, t: TypeId) -> bool {
        matches!(
            self.under(t),
            Type::Pointer(_)
                | Type::Slice(_)
                | Type::Map(..)
                | Type::Chan(..)
                | Type::Func(_)
                | Type::Interface(_)
                | Type::Basic(BasicKind::UnsafePointer)
                | Type::Basic(BasicKind::UntypedNil)
        )
    }

    /// Spec: Comparison operators (`==` is defined).
    pub fn comparable(&self, t: TypeId) -> bool {
        self.comparable_depth(t, 0)
    }

    fn comparable_depth(&self, t: TypeId, depth: u32) -> bool {
        if depth > 64 {
            return true;
        }
        match self.under(t) {
            Type::Basic(BasicKind::UntypedNil) => false,
            Type::Basic(_) | Type::Pointer(_) | Type::Chan(..) | Type::Interface(_) => true,
            Type::Struct(fields) => fields
                .iter()
                .all(|f| self.comparable_depth(f.ty, depth + 1)),
            Type::Array(_, e) => self.comparable_depth(*e, depth + 1),
            _ => false,
        }
    }

    /// The type an untyped constant gets where no type is required.
    pub fn default_type(&self, t: TypeId) -> TypeId {
        use BasicKind::*;
        match self.get(t) {
            Type::Basic(k) => match k {
                UntypedBool => self.basic(Bool),
                UntypedInt => self.basic(Int),
                UntypedRune => self.basic(Int32),
                UntypedFloat => self.basic(Float64),
                UntypedComplex => self.basic(Complex128),
                UntypedString => self.basic(String),
                _ => t,
            },
            _ => t,
        }
    }
}
