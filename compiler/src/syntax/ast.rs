//! The abstract syntax tree of a Go source file.
//!
//! The tree is the parser's only output and the type checker's only input.
//! Invariants:
//! - every `Expr` and every declared `Ident` carries a `NodeId` unique within
//!   the package being compiled (the parser numbers them from a counter the
//!   driver threads through all files of a package); the checker records what
//!   it learns about a node in side tables keyed by that id (`types::Info`);
//! - spans are byte offsets into the file's text (`SourceFile`), `lo..hi`;
//! - types are expressions, as in go/ast: `*T` is `Star`, `[]T` is `SliceType`,
//!   a parenthesised type is `Paren`; the checker decides what an expression
//!   denotes;
//! - literals keep their source text; `syntax::lit` decodes them.

/// Identifies an expression or a declared identifier within a package.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct NodeId(pub u32);

/// Byte range `lo..hi` in one source file.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub struct Span {
    pub lo: u32,
    pub hi: u32,
}

impl Span {
    pub fn new(lo: u32, hi: u32) -> Span {
        Span { lo, hi }
    }
    pub fn to(self, other: Span) -> Span {
        Span::new(self.lo.min(other.lo), self.hi.max(other.hi))
    }
}

/// A declared name: a parameter, a spec name, a field, a label, a method.
#[derive(Clone, Debug)]
pub struct Ident {
    pub name: String,
    pub span: Span,
    pub id: NodeId,
}

/// One parsed source file.
#[derive(Clone, Debug)]
pub struct File {
    /// Index of the file in the driver's `SourceMap`.
    pub file: u32,
    pub package: Ident,
    pub imports: Vec<ImportSpec>,
    pub decls: Vec<Decl>,
    /// Every `//go:` directive of the file, in source order.
    pub directives: Vec<super::directive::Directive>,
}

#[derive(Clone, Debug)]
pub struct ImportSpec {
    /// `import name "path"`, `import . "path"`, `import _ "path"`.
    pub name: Option<Ident>,
    /// The path, unquoted.
    pub path: String,
    pub span: Span,
}

/// `FuncDecl` is large but declarations are few; boxing it would only add
/// indirection for every consumer.
#[allow(clippy::large_enum_variant)]
#[derive(Clone, Debug)]
pub enum Decl {
    Const(Vec<ConstSpec>),
    Var(Vec<VarSpec>),
    Type(Vec<TypeSpec>),
    Func(FuncDecl),
}

#[derive(Clone, Debug)]
pub struct ConstSpec {
    pub names: Vec<Ident>,
    pub ty: Option<Expr>,
    /// Empty when the spec repeats the previous spec's list (implicit
    /// repetition inside a parenthesised `const` group).
    pub values: Vec<Expr>,
    /// The spec's index inside its group: the value of `iota`.
    pub iota: u32,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct VarSpec {
    pub names: Vec<Ident>,
    pub ty: Option<Expr>,
    pub values: Vec<Expr>,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct TypeSpec {
    pub name: Ident,
    pub tparams: Vec<Field>,
    /// `type A = B`
    pub alias: bool,
    pub ty: Expr,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct FuncDecl {
    pub recv: Option<Field>,
    pub name: Ident,
    pub tparams: Vec<Field>,
    pub ty: FuncType,
    /// None for a declaration without body (assembly / linkname functions).
    pub body: Option<Block>,
    /// The `//go:` pragmas written before the declaration.
    pub pragmas: super::directive::Pragmas,
    pub span: Span,
}

/// A parameter, result, struct field, type parameter or receiver group:
/// `a, b int`, or an anonymous `int` (names empty).
#[derive(Clone, Debug)]
pub struct Field {
    pub names: Vec<Ident>,
    /// For a variadic parameter, an `Ellipsis(Some(elem))` expression.
    pub ty: Expr,
    /// Struct field tag, unquoted.
    pub tag: Option<String>,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct FuncType {
    pub params: Vec<Field>,
    pub results: Vec<Field>,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub enum InterfaceElem {
    Method {
        name: Ident,
        ty: FuncType,
    },
    /// An embedded interface, or a type-set term list (`~int | string`),
    /// expressed with `Unary(Tilde, _)` and `Binary(Or, _, _)`.
    Embed(Expr),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ChanDir {
    Both,
    Send,
    Recv,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LitKind {
    Int,
    Float,
    Imag,
    Char,
    String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum UnOp {
    Pos,   // +
    Neg,   // -
    Not,   // !
    Xor,   // ^ (bitwise complement)
    Addr,  // &
    Recv,  // <-
    Tilde, // ~ (constraint terms only)
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    Div,
    Rem,
    And,    // &
    Or,     // |
    Xor,    // ^
    Shl,    // <<
    Shr,    // >>
    AndNot, // &^
    LAnd,   // &&
    LOr,    // ||
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
}

impl BinOp {
    /// The operator's spelling, as gc prints it in messages.
    pub fn as_str(self) -> &'static str {
        use BinOp::*;
        match self {
            Add => "+",
            Sub => "-",
            Mul => "*",
            Div => "/",
            Rem => "%",
            And => "&",
            Or => "|",
            Xor => "^",
            Shl => "<<",
            Shr => ">>",
            AndNot => "&^",
            LAnd => "&&",
            LOr => "||",
            Eq => "==",
            Ne => "!=",
            Lt => "<",
            Le => "<=",
            Gt => ">",
            Ge => ">=",
        }
    }
    pub fn is_comparison(self) -> bool {
        use BinOp::*;
        matches!(self, Eq | Ne | Lt | Le | Gt | Ge)
    }
}

#[derive(Clone, Debug)]
pub struct Expr {
    pub id: NodeId,
    pub span: Span,
    pub kind: ExprKind,
}

impl Expr {
    /// The expression without enclosing parentheses.
    pub fn unparen(&self) -> &Expr {
        let mut e = self;
        while let ExprKind::Paren(x) = &e.kind {
            e = x;
        }
        e
    }
}

/// An element of a composite literal: `value` or `key: value`.
#[derive(Clone, Debug)]
pub struct Element {
    pub key: Option<Expr>,
    pub value: Expr,
}

#[derive(Clone, Debug)]
pub enum ExprKind {
    /// A use of a name (or `_`).
    Name(String),
    BasicLit {
        kind: LitKind,
        raw: String,
    },
    /// `T{...}`; `ty` is None for an elided type inside another literal.
    CompositeLit {
        ty: Option<Box<Expr>>,
        elts: Vec<Element>,
        /// Span of the braces.
        braces: Span,
    },
    FuncLit {
        ty: FuncType,
        body: Block,
    },
    Paren(Box<Expr>),
    /// `x.sel`
    Selector(Box<Expr>, Ident),
    /// `x[i]`, or a generic instantiation `f[int, string]` (several indices).
    Index(Box<Expr>, Vec<Expr>),
    /// `x[lo:hi]` or `x[lo:hi:max]` (`three` for the 3-index form).
    Slice {
        x: Box<Expr>,
        lo: Option<Box<Expr>>,
        hi: Option<Box<Expr>>,
        max: Option<Box<Expr>>,
        three: bool,
    },
    /// `x.(T)`; `ty` None for `x.(type)` in a type switch guard.
    TypeAssert {
        x: Box<Expr>,
        ty: Option<Box<Expr>>,
    },
    Call {
        fun: Box<Expr>,
        args: Vec<Expr>,
        /// Position of a trailing `...` (`f(xs...)`).
        ellipsis: Option<Span>,
    },
    /// `*x`: a dereference or a pointer type.
    Star(Box<Expr>),
    Unary(UnOp, Box<Expr>),
    Binary(BinOp, Box<Expr>, Box<Expr>),
    /// `[N]T`; `len` is an `Ellipsis(None)` expression for `[...]T`.
    ArrayType {
        len: Box<Expr>,
        elem: Box<Expr>,
    },
    SliceType(Box<Expr>),
    /// `...` in an array length (`None`) or a variadic parameter (`Some(T)`).
    Ellipsis(Option<Box<Expr>>),
    StructType(Vec<Field>),
    FuncType(FuncType),
    InterfaceType(Vec<InterfaceElem>),
    MapType(Box<Expr>, Box<Expr>),
    ChanType(ChanDir, Box<Expr>),
    /// Stand-in for an expression that failed to parse (an error was reported).
    Bad,
}

#[derive(Clone, Debug)]
pub struct Block {
    pub stmts: Vec<Stmt>,
    /// From `{` to `}` inclusive.
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct Stmt {
    pub span: Span,
    pub kind: StmtKind,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AssignOp {
    /// `=`
    Assign,
    /// `:=`
    Define,
    /// `op=`
    Op(BinOp),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BranchKind {
    Break,
    Continue,
    Goto,
    Fallthrough,
}

#[derive(Clone, Debug)]
pub struct CaseClause {
    /// None for `default`.
    pub exprs: Option<Vec<Expr>>,
    pub body: Vec<Stmt>,
    pub span: Span,
    /// For type switches with a binding (`switch v := x.(type)`): the
    /// implicitly declared `v` of this clause.
    pub implicit: Option<Ident>,
}

#[derive(Clone, Debug)]
pub struct CommClause {
    /// None for `default`; else a send, a receive expression statement, or a
    /// receive assignment/definition.
    pub comm: Option<Box<Stmt>>,
    pub body: Vec<Stmt>,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub enum StmtKind {
    Const(Vec<ConstSpec>),
    Var(Vec<VarSpec>),
    Type(Vec<TypeSpec>),
    Empty,
    Labeled(Ident, Box<Stmt>),
    Expr(Expr),
    Send(Expr, Expr),
    IncDec {
        x: Expr,
        inc: bool,
    },
    Assign {
        lhs: Vec<Expr>,
        op: AssignOp,
        rhs: Vec<Expr>,
    },
    Go(Expr),
    Defer(Expr),
    Return(Vec<Expr>),
    Branch {
        kind: BranchKind,
        label: Option<Ident>,
    },
    Block(Block),
    If {
        init: Option<Box<Stmt>>,
        cond: Expr,
        then: Block,
        /// An `If` statement or a `Block` statement.
        els: Option<Box<Stmt>>,
    },
    Switch {
        init: Option<Box<Stmt>>,
        tag: Option<Expr>,
        body: Vec<CaseClause>,
        /// Span of the body's braces.
        braces: Span,
    },
    /// `switch [init;] [bind :=] x.(type) { ... }`; `x` is the operand of the
    /// `.(type)` guard; the case expressions are types (or `nil`).
    TypeSwitch {
        init: Option<Box<Stmt>>,
        bind: Option<Ident>,
        x: Expr,
        body: Vec<CaseClause>,
        braces: Span,
    },
    Select {
        body: Vec<CommClause>,
    },
    For {
        init: Option<Box<Stmt>>,
        cond: Option<Expr>,
        post: Option<Box<Stmt>>,
        body: Block,
    },
    /// `for [key [, value] (=|:=)] range x { ... }`
    Range {
        key: Option<Expr>,
        value: Option<Expr>,
        define: bool,
        x: Expr,
        body: Block,
    },
}
