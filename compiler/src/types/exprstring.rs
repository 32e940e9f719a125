//! How gc spells expressions, types and operands in its messages
//! (go/types' ExprString, TypeString and operand descriptions), so that
//! golift's diagnostics read like gc's: `cannot use x (variable of type
//! int) as string value in assignment`.

use super::check::Checker;
use super::constant;
use super::expr::Operand;
use super::ty::{BasicKind, Type, TypeId, TypeTable};
pub use super::typestring::{basic_name, signature_string, type_string};
use super::Mode;
use crate::syntax::ast::{ChanDir, Expr, ExprKind, Field, FuncType, InterfaceElem, UnOp};

/// Source-like text of an expression, with composite literal bodies and
/// function literal bodies elided.
pub fn expr_string(e: &Expr) -> String {
    let mut s = String::new();
    write_expr(&mut s, e);
    s
}

fn write_list(s: &mut String, es: &[Expr]) {
    for (i, e) in es.iter().enumerate() {
        if i > 0 {
            s.push_str(", ");
        }
        write_expr(s, e);
    }
}

fn write_expr(s: &mut String, e: &Expr) {
    match &e.kind {
        ExprKind::Name(n) => s.push_str(n),
        ExprKind::BasicLit { raw, .. } => s.push_str(raw),
        ExprKind::CompositeLit { ty, elts, .. } => {
            if let Some(t) = ty {
                write_expr(s, t);
            }
            s.push_str(if elts.is_empty() { "{}" } else { "{…}" });
        }
        ExprKind::FuncLit { ty, .. } => {
            write_func_type(s, ty, true);
            s.push_str(" {…}");
        }
        ExprKind::Paren(x) => {
            s.push('(');
            write_expr(s, x);
            s.push(')');
        }
        ExprKind::Selector(x, sel) => {
            write_expr(s, x);
            s.push('.');
            s.push_str(&sel.name);
        }
        ExprKind::Index(x, idx) => {
            write_expr(s, x);
            s.push('[');
            write_list(s, idx);
            s.push(']');
        }
        ExprKind::Slice {
            x,
            lo,
            hi,
            max,
            three,
        } => {
            write_expr(s, x);
            s.push('[');
            if let Some(lo) = lo {
                write_expr(s, lo);
            }
            s.push(':');
            if let Some(hi) = hi {
                write_expr(s, hi);
            }
            if *three {
                s.push(':');
                if let Some(m) = max {
                    write_expr(s, m);
                }
            }
            s.push(']');
        }
        ExprKind::TypeAssert { x, ty } => {
            write_expr(s, x);
            s.push_str(".(");
            match ty {
                Some(t) => write_expr(s, t),
                None => s.push_str("type"),
            }
            s.push(')');
        }
        ExprKind::Call {
            fun,
            args,
            ellipsis,
        } => {
            write_expr(s, fun);
            s.push('(');
            write_list(s, args);
            if ellipsis.is_some() {
                s.push_str("...");
            }
            s.push(')');
        }
        ExprKind::Star(x) => {
            s.push('*');
            write_expr(s, x);
        }
        ExprKind::Unary(op, x) => {
            s.push_str(match op {
                UnOp::Pos => "+",
                UnOp::Neg => "-",
                UnOp::Not => "!",
                UnOp::Xor => "^",
                UnOp::Addr => "&",
                UnOp::Recv => "<-",
                UnOp::Tilde => "~",
            });
            write_expr(s, x);
        }
        ExprKind::Binary(op, x, y) => {
            write_expr(s, x);
            s.push(' ');
            s.push_str(op.as_str());
            s.push(' ');
            write_expr(s, y);
        }
        ExprKind::ArrayType { len, elem } => {
            s.push('[');
            write_expr(s, len);
            s.push(']');
            write_expr(s, elem);
        }
        ExprKind::SliceType(elem) => {
            s.push_str("[]");
            write_expr(s, elem);
        }
        ExprKind::Ellipsis(elem) => {
            s.push_str("...");
            if let Some(t) = elem {
                write_expr(s, t);
            }
        }
        ExprKind::StructType(fields) => {
            s.push_str("struct{");
            write_fields(s, fields, "; ");
            s.push('}');
        }
        ExprKind::FuncType(ft) => write_func_type(s, ft, true),
        ExprKind::InterfaceType(elems) => {
            s.push_str("interface{");
            for (i, el) in elems.iter().enumerate() {
                if i > 0 {
                    s.push_str("; ");
                }
                match el {
                    InterfaceElem::Method { name, ty } => {
                        s.push_str(&name.name);
                        write_func_type(s, ty, false);
                    }
                    InterfaceElem::Embed(t) => write_expr(s, t),
                }
            }
            s.push('}');
        }
        ExprKind::MapType(k, v) => {
            s.push_str("map[");
            write_expr(s, k);
            s.push(']');
            write_expr(s, v);
        }
        ExprKind::ChanType(dir, elem) => {
            s.push_str(match dir {
                ChanDir::Both => "chan ",
                ChanDir::Send => "chan<- ",
                ChanDir::Recv => "<-chan ",
            });
            write_expr(s, elem);
        }
        ExprKind::Bad => s.push_str("BadExpr"),
    }
}

fn write_fields(s: &mut String, fields: &[Field], sep: &str) {
    for (i, f) in fields.iter().enumerate() {
        if i > 0 {
            s.push_str(sep);
        }
        for (j, n) in f.names.iter().enumerate() {
            if j > 0 {
                s.push_str(", ");
            }
            s.push_str(&n.name);
        }
        if !f.names.is_empty() {
            s.push(' ');
        }
        write_expr(s, &f.ty);
    }
}

fn write_func_type(s: &mut String, ft: &FuncType, keyword: bool) {
    if keyword {
        s.push_str("func");
    }
    s.push('(');
    write_fields(s, &ft.params, ", ");
    s.push(')');
    if ft.results.is_empty() {
        return;
    }
    s.push(' ');
    let single = ft.results.len() == 1 && ft.results[0].names.is_empty();
    if !single {
        s.push('(');
    }
    write_fields(s, &ft.results, ", ");
    if !single {
        s.push(')');
    }
}

/// The kind word go/types puts before a named (or alias) type: "struct "
/// in "struct type T", the basic type's name for a renamed basic type
/// ("int type month").
fn composite_kind(tt: &TypeTable, t: TypeId) -> &'static str {
    match tt.under(t) {
        Type::Basic(BasicKind::Invalid) | Type::Named(_) => "",
        Type::Basic(k) => basic_name(*k),
        Type::Array(..) => "array",
        Type::Slice(_) => "slice",
        Type::Struct(_) => "struct",
        Type::Pointer(_) => "pointer",
        Type::Func(_) => "func",
        Type::Interface(_) => "interface",
        Type::Map(..) => "map",
        Type::Chan(..) => "chan",
        Type::Tuple(_) => "tuple",
    }
}

impl Checker<'_> {
    pub fn type_str(&self, t: TypeId) -> String {
        super::typestring::type_string_in(&self.pkg.types, t, &self.pkg.path)
    }

    /// An operand as gc describes it: `x (variable of type int)`,
    /// `1 << 70 (untyped int constant 1180591620717411303424)`.
    pub fn describe(&self, e: &Expr, x: &Operand) -> String {
        let expr = expr_string(e);
        if x.mode == Mode::Nil || (x.ty == self.basic(BasicKind::UntypedNil)) {
            return "nil".into();
        }
        let tt = &self.pkg.types;
        let mut s = format!("{expr} (");
        let mut has_type = false;
        match x.mode {
            Mode::NoValue | Mode::Builtin(_) | Mode::Type => {}
            _ => match tt.get(x.ty) {
                Type::Basic(k) if is_untyped_kind(*k) => {
                    s.push_str(basic_name(*k));
                    s.push(' ');
                }
                _ => has_type = true,
            },
        }
        s.push_str(match x.mode {
            Mode::Value => "value",
            Mode::Variable => "variable",
            Mode::MapIndex => "map index expression",
            Mode::Constant(_) => "constant",
            Mode::Type => "type",
            Mode::Builtin(_) => "built-in",
            Mode::NoValue => "no value",
            Mode::Nil => "nil",
            Mode::CommaOk => "comma, ok expression",
        });
        if let Mode::Constant(v) = &x.mode {
            let vs = constant::format(v);
            if vs != expr {
                s.push(' ');
                s.push_str(&vs);
            }
        }
        if has_type {
            if x.ty == self.invalid() {
                s.push_str(" with invalid type");
            } else {
                let shown = self.type_disp(e, x.ty);
                let constrained = self.constrained_by(x.ty);
                let named = matches!(tt.get(x.ty), Type::Named(_)) && constrained.is_none();
                let kind = if named || self.is_alias_name(&shown) {
                    composite_kind(tt, x.ty)
                } else {
                    ""
                };
                let sep = if kind.is_empty() { "" } else { " " };
                s.push_str(&format!(" of {kind}{sep}type {shown}"));
                if let Some(c) = constrained {
                    s.push_str(&c);
                }
            }
        }
        s.push(')');
        s
    }
}

pub fn is_untyped_kind(k: BasicKind) -> bool {
    use BasicKind::*;
    matches!(
        k,
        UntypedBool
            | UntypedInt
            | UntypedRune
            | UntypedFloat
            | UntypedComplex
            | UntypedString
            | UntypedNil
    )
}
