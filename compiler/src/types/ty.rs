//! Go types as the checker builds them and the later phases read them.
//!
//! Types are interned in a `TypeTable` and referred to by `TypeId`;
//! structurally identical unnamed types get the same id, so identity of
//! unnamed types is `==` on ids. Every `Named` type is its own id.
//! Layout (size, alignment, field offsets) follows gc on 64-bit targets.

use crate::syntax::ast::ChanDir;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct TypeId(pub u32);

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BasicKind {
    Invalid,
    Bool,
    Int,
    Int8,
    Int16,
    Int32,
    Int64,
    Uint,
    Uint8,
    Uint16,
    Uint32,
    Uint64,
    Uintptr,
    Float32,
    Float64,
    Complex64,
    Complex128,
    String,
    UnsafePointer,
    UntypedBool,
    UntypedInt,
    UntypedRune,
    UntypedFloat,
    UntypedComplex,
    UntypedString,
    UntypedNil,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct StructField {
    pub name: String,
    pub ty: TypeId,
    pub embedded: bool,
    pub tag: Option<String>,
    /// Package path for unexported names ("" for exported ones).
    pub pkg: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Signature {
    pub params: Vec<TypeId>,
    pub results: Vec<TypeId>,
    /// The last parameter is `...T`; its type in `params` is `[]T`.
    pub variadic: bool,
}

/// A named (defined) type: `type T U`.
#[derive(Clone, Debug)]
pub struct NamedType {
    pub name: String,
    /// Package path ("main" for the main package, "" for predeclared).
    pub pkg: String,
    /// Set once the declaration is resolved.
    pub underlying: TypeId,
    /// Method objects declared with this receiver base type.
    pub methods: Vec<crate::types::ObjId>,
    /// Instances of generic methods declared with this receiver base type
    /// (not in its method set).
    pub generic_methods: Vec<crate::types::ObjId>,
    /// The type arguments of an instance of a generic type (the runtime
    /// spells them package-qualified: `main.List[main.Pair[int,string]]`).
    pub targs: Vec<TypeId>,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Type {
    Basic(BasicKind),
    Pointer(TypeId),
    Slice(TypeId),
    Array(u64, TypeId),
    Map(TypeId, TypeId),
    Chan(ChanDir, TypeId),
    Struct(Vec<StructField>),
    Func(Signature),
    /// The type of a multi-valued call.
    Tuple(Vec<TypeId>),
    /// Index into `TypeTable::named`.
    Named(u32),
    /// Method set only for now (sorted by name); type sets come with generics.
    Interface(Vec<(String, TypeId)>),
}

/// Interns types; answers questions about them (underlying type, layout).
#[derive(Debug)]
pub struct TypeTable {
    types: Vec<Type>,
    index: std::collections::HashMap<Type, TypeId>,
    pub named: Vec<NamedType>,
}

/// The basic kinds in the order `TypeTable::new` interns them, so that
/// `TypeTable::basic(kind)` is a constant-time lookup.
const BASIC_KINDS: [BasicKind; 26] = [
    BasicKind::Invalid,
    BasicKind::Bool,
    BasicKind::Int,
    BasicKind::Int8,
    BasicKind::Int16,
    BasicKind::Int32,
    BasicKind::Int64,
    BasicKind::Uint,
    BasicKind::Uint8,
    BasicKind::Uint16,
    BasicKind::Uint32,
    BasicKind::Uint64,
    BasicKind::Uintptr,
    BasicKind::Float32,
    BasicKind::Float64,
    BasicKind::Complex64,
    BasicKind::Complex128,
    BasicKind::String,
    BasicKind::UnsafePointer,
    BasicKind::UntypedBool,
    BasicKind::UntypedInt,
    BasicKind::UntypedRune,
    BasicKind::UntypedFloat,
    BasicKind::UntypedComplex,
    BasicKind::UntypedString,
    BasicKind::UntypedNil,
];

impl Default for TypeTable {
    fn default() -> Self {
        Self::new()
    }
}

impl TypeTable {
    pub fn new() -> TypeTable {
        let mut t = TypeTable {
            types: Vec::new(),
            index: Default::default(),
            named: Vec::new(),
        };
        for k in BASIC_KINDS {
            t.intern(Type::Basic(k));
        }
        t
    }

    /// The id of a structural type (existing or new). Named types are made
    /// with `new_named`, never interned by structure.
    pub fn intern(&mut self, t: Type) -> TypeId {
        if let Some(&id) = self.index.get(&t) {
            return id;
        }
        let id = TypeId(self.types.len() as u32);
        self.types.push(t.clone());
        self.index.insert(t, id);
        id
    }

    /// The id of a structural type if it was interned (never interns).
    pub fn lookup(&self, t: &Type) -> Option<TypeId> {
        self.index.get(t).copied()
    }

    pub fn basic(&self, k: BasicKind) -> TypeId {
        TypeId(BASIC_KINDS.iter().position(|&b| b == k).unwrap() as u32)
    }

    /// A new named type; its underlying type is set later with `set_underlying`.
    pub fn new_named(&mut self, name: &str, pkg: &str) -> TypeId {
        self.named.push(NamedType {
            name: name.to_string(),
            pkg: pkg.to_string(),
            underlying: self.basic(BasicKind::Invalid),
            methods: Vec::new(),
            generic_methods: Vec::new(),
            targs: Vec::new(),
        });
        let t = Type::Named(self.named.len() as u32 - 1);
        self.intern(t)
    }

    /// Interns `*T` for every named type `T` that has methods (declared or
    /// promoted from embedded fields): gc emits `*T`'s descriptor with `T`'s,
    /// so `reflect.PointerTo(T)` (`reflect.New`) finds its method set even
    /// when the program never spells `*T`.
    pub fn intern_method_pointers(&mut self) {
        for i in 0..self.named.len() {
            let Some(t) = self.lookup(&Type::Named(i as u32)) else {
                continue;
            };
            let has_methods = !self.named[i].methods.is_empty()
                || matches!(self.under(t), Type::Struct(fs) if fs.iter().any(|f| f.embedded));
            if has_methods && !self.is_interface(t) {
                self.intern(Type::Pointer(t));
            }
        }
    }

    pub fn set_underlying(&mut self, named: TypeId, underlying: TypeId) {
        let u = self.underlying(underlying);
        if let Type::Named(i) = self.types[named.0 as usize] {
            self.named[i as usize].underlying = u;
        }
    }

    pub fn get(&self, t: TypeId) -> &Type {
        &self.types[t.0 as usize]
    }

    /// The underlying type (identity for unnamed types).
    pub fn underlying(&self, t: TypeId) -> TypeId {
        match self.get(t) {
            Type::Named(i) => self.named[*i as usize].underlying,
            _ => t,
        }
    }

    /// `get(underlying(t))`
    pub fn under(&self, t: TypeId) -> &Type {
        self.get(self.underlying(t))
    }

    pub fn basic_kind(&self, t: TypeId) -> Option<BasicKind> {
        match self.under(t) {
            Type::Basic(k) => Some(*k),
            _ => None,
        }
    }

    /// Size in bytes on a 64-bit target (gc's layout).
    pub fn size_of(&self, t: TypeId) -> u64 {
        use BasicKind::*;
        match self.under(t) {
            Type::Basic(k) => match k {
                Bool | Int8 | Uint8 | UntypedBool => 1,
                Int16 | Uint16 => 2,
                Int32 | Uint32 | Float32 | UntypedRune => 4,
                Complex128 => 16,
                String | UntypedString => 16,
                Invalid => 0,
                _ => 8,
            },
            Type::Pointer(_) | Type::Map(..) | Type::Chan(..) | Type::Func(_) => 8,
            Type::Slice(_) => 24,
            Type::Interface(_) => 16,
            // Saturating: the checker rejects types this large.
            Type::Array(n, e) => n.saturating_mul(self.size_of(*e)),
            Type::Struct(fields) => {
                // Each field's size is computed once: nested structs would
                // otherwise take time exponential in their depth.
                let mut off: u64 = 0;
                let mut align: u64 = 1;
                let mut last = None;
                for f in fields {
                    let a = self.align_of(f.ty);
                    align = align.max(a);
                    let size = self.size_of(f.ty);
                    off = align_up(off, a).saturating_add(size);
                    last = Some(size);
                }
                // gc pads a struct ending in a zero-size field so that a
                // pointer to that field does not point past the object.
                if off > 0 && last == Some(0) {
                    off += 1;
                }
                align_up(off, align)
            }
            Type::Tuple(ts) => ts.iter().map(|&t| self.size_of(t)).sum(),
            Type::Named(_) => unreachable!("underlying type is never named"),
        }
    }

    pub fn align_of(&self, t: TypeId) -> u64 {
        use BasicKind::*;
        match self.under(t) {
            Type::Basic(k) => match k {
                Complex64 | Float32 => 4,
                Complex128 | String | UntypedString => 8,
                _ => self.size_of(t).max(1),
            },
            Type::Array(_, e) => self.align_of(*e),
            Type::Struct(fields) => fields
                .iter()
                .map(|f| self.align_of(f.ty))
                .max()
                .unwrap_or(1),
            _ => 8,
        }
    }

    /// The type of the field at `path` (field indices through embedded
    /// structs or pointers to them) below struct type `t`.
    pub fn field_path_type(&self, t: TypeId, path: &[usize]) -> TypeId {
        path.iter().fold(t, |t, &i| {
            let t = match self.under(t) {
                Type::Pointer(e) => *e,
                _ => t,
            };
            match self.under(t) {
                Type::Struct(fields) => fields[i].ty,
                _ => unreachable!("field path through a non-struct"),
            }
        })
    }

    /// Byte offsets of the fields of a struct type.
    pub fn field_offsets(&self, t: TypeId) -> Vec<u64> {
        let Type::Struct(fields) = self.under(t) else {
            return Vec::new();
        };
        let mut off: u64 = 0;
        fields
            .iter()
            .map(|f| {
                off = align_up(off, self.align_of(f.ty));
                let at = off;
                off = off.saturating_add(self.size_of(f.ty));
                at
            })
            .collect()
    }
}

/// `off` rounded up to a multiple of `align`, saturating.
fn align_up(off: u64, align: u64) -> u64 {
    off.checked_next_multiple_of(align).unwrap_or(u64::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn struct_layout_matches_gc() {
        let mut t = TypeTable::new();
        let b = t.basic(BasicKind::Bool);
        let i64t = t.basic(BasicKind::Int64);
        let s = t.basic(BasicKind::String);
        let field = |ty| StructField {
            name: "f".into(),
            ty,
            embedded: false,
            tag: None,
            pkg: String::new(),
        };
        let st = t.intern(Type::Struct(vec![
            field(b),
            field(i64t),
            field(b),
            field(s),
        ]));
        assert_eq!(t.field_offsets(st), vec![0, 8, 16, 24]);
        assert_eq!(t.size_of(st), 40);
        assert_eq!(t.align_of(st), 8);
        let empty = t.intern(Type::Struct(vec![]));
        let tail = t.intern(Type::Struct(vec![field(i64t), field(empty)]));
        assert_eq!(t.size_of(tail), 16);
    }

    #[test]
    fn interning_gives_identity() {
        let mut t = TypeTable::new();
        let i = t.basic(BasicKind::Int);
        let a = t.intern(Type::Slice(i));
        let b = t.intern(Type::Slice(i));
        assert_eq!(a, b);
        let n1 = t.new_named("T", "main");
        let n2 = t.new_named("T", "main");
        assert_ne!(n1, n2);
    }
}
