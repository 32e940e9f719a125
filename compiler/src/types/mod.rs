//! The type checker: resolves names, computes the type (and constant value)
//! of every expression, checks Go's typing rules, and orders package-level
//! initialisation. Input: the `syntax::ast` files of one package. Output: a
//! `Package` whose side tables (`Info`) the lowering phase reads; lowering
//! never re-derives a type from syntax.
//!
//! Depends on `syntax` and `diag` only.
//!
//! Code map: `check` (driver, package-level declarations and scopes),
//! `expr` (operands, untyped constants, operators), `access` (selectors,
//! index and slice expressions), `composite`, `call` (calls, conversions),
//! `builtins`, `stmt` (statements, function bodies, local declarations),
//! `gotos`, `methods`, `typexpr` (type expressions), `generic`
//! (instantiation, inference, constraints) and `renumber` (fresh node ids
//! for the copies of instantiated functions), `initorder`,
//! `constant` (exact arithmetic), `literal` (numeric literal values),
//! `pred` (type predicates), `universe` (predeclared names, `unsafe`,
//! `math`), `exprstring`, `typestring` and `alias` (how messages spell
//! things, as gc; `typestring` also spells types as the runtime does),
//! `implements` (why a type does not implement an interface).

mod access;
mod alias;
mod builtins;
pub use builtins::has_call_or_recv;
mod call;
mod chan;
mod check;
mod composite;
pub mod constant;
pub mod embed;
mod expr;
pub mod exprstring;
mod generic;
mod genmethod;
mod gotos;
mod ifacewait;
mod implements;
mod initorder;
mod linkname;
mod literal;
mod methods;
mod pred;
mod qualified;
mod rangefunc;
mod renumber;
mod stmt;
pub mod ty;
mod typeparam;
pub mod typestring;
mod typeswitch;
mod typexpr;
mod universe;
pub mod version;

#[cfg(test)]
mod tests;

pub use check::{check_all, check_package, check_program, PackageSpec, TOOLCHAIN_MINOR};
pub use qualified::resolve_qualified;

use std::collections::{HashMap, HashSet};

use crate::syntax::ast::{NodeId, Span};
pub use ty::{BasicKind, NamedType, Signature, StructField, Type, TypeId};

/// Index into `Package::objects`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ObjId(pub u32);

/// An exact constant value (go/constant). Integers and rationals are
/// arbitrary precision; conversion to a typed constant checks range.
/// Rationals are kept normalised, so structural equality is value equality.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum ConstValue {
    Bool(bool),
    /// Go strings are byte strings (may hold invalid UTF-8).
    String(Vec<u8>),
    Int(num_bigint::BigInt),
    Float(constant::Real),
    Complex(constant::Real, constant::Real),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Builtin {
    Append,
    Cap,
    Clear,
    Close,
    Complex,
    Copy,
    Delete,
    Imag,
    Len,
    Make,
    Max,
    Min,
    New,
    Panic,
    Print,
    Println,
    Real,
    Recover,
    /// `unsafe.Sizeof`, `unsafe.Alignof`, `unsafe.Offsetof`: always constant
    /// (lowering never sees a call of them).
    Sizeof,
    Alignof,
    Offsetof,
    /// `unsafe.Add(ptr, len)`: pointer arithmetic (not constant).
    Add,
    /// `unsafe.Slice(ptr, len)`, `unsafe.SliceData(s)`,
    /// `unsafe.String(ptr, len)`, `unsafe.StringData(s)`.
    Slice,
    SliceData,
    String,
    StringData,
}

#[derive(Clone, Debug)]
pub enum ObjKind {
    /// A variable: global, local, parameter or named result.
    Var {
        global: bool,
        /// Parameter or result of the function it belongs to.
        param: bool,
    },
    Const(ConstValue),
    TypeName,
    /// A function or method declaration (`Package::funcs` has its body).
    Func,
    Builtin(Builtin),
    Nil,
    Label,
    /// An imported package name.
    PkgName(String),
}

#[derive(Clone, Debug)]
pub struct Object {
    pub name: String,
    pub kind: ObjKind,
    pub ty: TypeId,
    /// File index and span of the declaring identifier (default for universe objects).
    pub file: u32,
    pub span: Span,
    /// Index into `Package::packages` of the package that declares it.
    pub pkg: u32,
}

/// What an expression denotes, as go/types' operand modes.
#[derive(Clone, Debug, PartialEq)]
pub enum Mode {
    /// A non-addressable value.
    Value,
    /// An addressable variable (can be assigned, `&x` allowed).
    Variable,
    /// `m[k]`: assignable, not addressable; supports comma-ok.
    MapIndex,
    /// A compile-time constant. Untyped constants have been converted to the
    /// type their context required (`TypeAndValue::ty` is that final type).
    Constant(ConstValue),
    /// The expression denotes a type.
    Type,
    Builtin(Builtin),
    /// A call of a function without results.
    NoValue,
    /// `nil` (its `ty` is the type it was converted to, or untyped nil).
    Nil,
    /// Comma-ok expression in a two-value context (`v, ok := m[k]`, `x.(T)`,
    /// `<-ch`).
    CommaOk,
}

#[derive(Clone, Debug)]
pub struct TypeAndValue {
    pub ty: TypeId,
    pub mode: Mode,
}

/// How a selector `x.f` resolved.
#[derive(Clone, Debug)]
pub enum Selection {
    /// A struct field, through the listed field indices (more than one when
    /// promoted through embedded fields); `indirect` when a pointer is
    /// dereferenced on the way.
    Field { path: Vec<usize>, indirect: bool },
    /// A method value `x.m` (receiver bound).
    Method {
        func: ObjId,
        path: Vec<usize>,
        indirect: bool,
    },
    /// A method expression `T.m`.
    MethodExpr { func: ObjId },
    /// `x.m` for a method of an interface: `x` is an interface value, or
    /// a struct embedding one at the end of `path` (as for `Method`).
    /// Dispatched through the itab of the interface value.
    IfaceMethod { path: Vec<usize>, indirect: bool },
    /// A method expression `T.m` for a method of an interface: `T` is the
    /// interface type (empty `path`) or embeds it at the end of `path`.
    IfaceMethodExpr { path: Vec<usize> },
    /// A qualified identifier `pkg.Name`.
    Qualified(ObjId),
}

/// What the checker learned, keyed by AST node ids.
#[derive(Debug, Default)]
pub struct Info {
    /// Every expression that was checked: its (final) type and mode.
    pub types: HashMap<NodeId, TypeAndValue>,
    /// Declared identifiers (`ast::Ident` ids, and `Name` expressions on the
    /// left of `:=` that declare a new variable) -> the object declared.
    pub defs: HashMap<NodeId, ObjId>,
    /// `Name` expressions -> the object they refer to.
    pub uses: HashMap<NodeId, ObjId>,
    pub selections: HashMap<NodeId, Selection>,
}

/// A function or method with a body, to be lowered.
#[derive(Clone, Debug)]
pub struct FuncRef {
    pub obj: ObjId,
    /// Index of the file and of the declaration in `ast::File::decls`.
    pub file: usize,
    pub decl: usize,
}

/// One step of package initialisation: `lhs = rhs` for package-level
/// variables, in dependency order (spec: Package initialization).
#[derive(Clone, Debug)]
pub struct Initializer {
    /// The variables assigned (`None` for `_`).
    pub lhs: Vec<Option<ObjId>>,
    /// Index of the file, the declaration and the spec, and the value's index
    /// within the spec (a single multi-valued call when `lhs.len() > 1` and
    /// the spec has one value).
    pub file: usize,
    pub decl: usize,
    pub spec: usize,
    pub value: usize,
}

/// One package of a checked program: what lowering needs to name its
/// symbols and run its initialisation.
#[derive(Clone, Debug, Default)]
pub struct PackageInit {
    /// The path in symbols and runtime type strings: `main` for the main
    /// package, else the import path.
    pub path: String,
    /// The package name of its package clause.
    pub name: String,
    /// Package-level variable initialisers in dependency order.
    pub init_order: Vec<Initializer>,
    /// Its `init` functions in source order.
    pub inits: Vec<ObjId>,
}

/// The checked program: every package, in dependency order (a package after
/// the packages it imports, the main package last), sharing one type
/// table, one object table and one `Info` (node ids are unique program-wide).
#[derive(Debug)]
pub struct Package {
    /// Path of the package being checked; after checking, the last
    /// (main) package's.
    pub path: String,
    pub types: ty::TypeTable,
    pub objects: Vec<Object>,
    pub info: Info,
    /// Package-level variables, in declaration order.
    pub globals: Vec<ObjId>,
    pub funcs: Vec<FuncRef>,
    /// The current package's initialisers while checking (then moved to
    /// `packages`).
    pub init_order: Vec<Initializer>,
    /// `init` functions of every package (also present in `funcs`).
    pub inits: Vec<ObjId>,
    pub packages: Vec<PackageInit>,
    /// Copies of the generic functions instantiated, one declaration per
    /// file; the `FuncRef`s of instances index them after the source files
    /// (`file = files.len() + i`, `decl = 0`).
    pub instance_files: Vec<crate::syntax::ast::File>,
    /// Source files (SourceMap indices) of modules older than Go 1.22,
    /// whose loops declare their variables once per loop, not per iteration.
    pub loopvar_per_loop: HashSet<u32>,
    /// Package-level variables a `//go:linkname local target` names, with
    /// their target symbol (`importpath.name`).
    pub var_links: HashMap<ObjId, String>,
    /// Package-level variables a `//go:embed` directive fills.
    pub embeds: HashMap<ObjId, Embedded>,
}

/// What a `//go:embed` variable is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EmbedKind {
    String,
    Bytes,
    /// embed.FS.
    Files,
}

/// The contents of a `//go:embed` variable: its files in embed.FS's order,
/// each with its contents (None for a directory, `dir/`).
#[derive(Clone, Debug)]
pub struct Embedded {
    pub kind: EmbedKind,
    pub files: Vec<(String, Option<Vec<u8>>)>,
}

impl Package {
    pub fn obj(&self, id: ObjId) -> &Object {
        &self.objects[id.0 as usize]
    }
    pub fn type_of(&self, e: NodeId) -> Option<&TypeAndValue> {
        self.info.types.get(&e)
    }
    /// The symbol prefix of the package declaring `id` (`main`, `example.com/m/a`).
    pub fn link_path(&self, id: ObjId) -> &str {
        let p = self.obj(id).pkg as usize;
        self.packages
            .get(p)
            .map_or(self.path.as_str(), |p| p.path.as_str())
    }
    /// `init` function `id` as `(package, index among its package's inits)`.
    pub fn init_index(&self, id: ObjId) -> Option<(&str, usize)> {
        self.packages
            .iter()
            .find_map(|p| Some((p.path.as_str(), p.inits.iter().position(|&o| o == id)?)))
    }
}
