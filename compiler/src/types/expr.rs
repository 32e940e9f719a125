//! Expressions: operands, untyped constants and operators.
//!
//! Checking an expression yields an `Operand` (mode + type) and records it
//! in `Info::types`. Untyped results are also remembered in `untyped`; when
//! the context fixes their type (assignment, operand of a typed binary
//! operation, conversion), `update_expr_type` walks the expression tree and
//! rewrites the recorded types and constant values of the untyped parts,
//! as go/types does. The left operand of a non-constant shift is marked
//! (`untyped[id] = true`): its final type must be an integer type.

use num_traits::{Signed, ToPrimitive, Zero};

use super::check::Checker;
use super::constant::{self, repr_of, OpError, Repr};
use super::exprstring::expr_string;
use super::ty::{BasicKind, Type, TypeId};
use super::{ConstValue, Mode, ObjKind, TypeAndValue};
use crate::syntax::ast::{BinOp, ChanDir, Expr, ExprKind, LitKind, Span, UnOp};

pub const INVALID: TypeId = TypeId(0);

/// The longest constant string golift builds (gc's limit, 2 GiB, would
/// exhaust memory first; no program needs more).
const MAX_CONST_STRING: usize = 1 << 24;

/// The largest untyped float constant (numerator plus denominator bits):
/// beyond any literal and any float type, and it bounds memory.
const MAX_RAT_BITS: u64 = 1 << 21;

#[derive(Clone, Debug)]
pub struct Operand {
    pub mode: Mode,
    pub ty: TypeId,
}

impl Operand {
    pub fn invalid() -> Operand {
        Operand {
            mode: Mode::Value,
            ty: INVALID,
        }
    }
    pub fn value(ty: TypeId) -> Operand {
        Operand {
            mode: Mode::Value,
            ty,
        }
    }
    pub fn is_bad(&self) -> bool {
        self.ty == INVALID && !matches!(self.mode, Mode::Builtin(_) | Mode::NoValue)
    }
    pub fn val(&self) -> Option<&ConstValue> {
        match &self.mode {
            Mode::Constant(v) => Some(v),
            _ => None,
        }
    }
    pub fn is_nil(&self) -> bool {
        self.mode == Mode::Nil
    }
}

/// Why an untyped operand cannot take a type.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ConvCode {
    Truncated,
    Overflows,
    Invalid,
}

impl Checker<'_> {
    /// gc's message for a unary operator its operand's type does not have.
    pub fn unary_not_defined(&self, op: UnOp, xe: &Expr, x: &Operand) -> String {
        let sym = match op {
            UnOp::Pos => "+",
            UnOp::Neg => "-",
            UnOp::Xor => "^",
            _ => "!",
        };
        format!(
            "invalid operation: operator {sym} not defined on {}",
            self.describe(xe, x)
        )
    }

    // ---- recording ------------------------------------------------------

    pub fn record(&mut self, e: &Expr, x: &Operand) {
        self.pkg.info.types.insert(
            e.id,
            TypeAndValue {
                ty: x.ty,
                mode: x.mode.clone(),
            },
        );
        if self.pkg.types.is_untyped(x.ty) {
            self.untyped.entry(e.id).or_insert(false);
        }
    }

    /// Sets the final type of an untyped expression tree (go/types'
    /// updateExprType). Constant subexpressions of a constant keep their
    /// untyped types: they are never materialized.
    pub fn update_expr_type(&mut self, e: &Expr, t: TypeId, final_: bool) {
        let Some(old) = self.pkg.info.types.get(&e.id).cloned() else {
            return;
        };
        if !self.pkg.types.is_untyped(old.ty) {
            return;
        }
        let is_const = matches!(old.mode, Mode::Constant(_));
        if !is_const {
            match &e.kind {
                ExprKind::Paren(x) => self.update_expr_type(x, t, final_),
                ExprKind::Unary(op, x) if !matches!(op, UnOp::Addr | UnOp::Recv) => {
                    self.update_expr_type(x, t, final_)
                }
                ExprKind::Binary(op, x, y) => {
                    if op.is_comparison() {
                    } else if matches!(op, BinOp::Shl | BinOp::Shr) {
                        self.update_expr_type(x, t, final_);
                    } else {
                        self.update_expr_type(x, t, final_);
                        self.update_expr_type(y, t, final_);
                    }
                }
                _ => {}
            }
        } else if let ExprKind::Paren(x) = &e.kind {
            self.update_expr_type(x, t, final_);
        }
        if !final_ && self.pkg.types.is_untyped(t) {
            let u = self.pkg.types.underlying(t);
            if let Some(tv) = self.pkg.info.types.get_mut(&e.id) {
                tv.ty = u;
            }
            return;
        }
        let is_lhs = self.untyped.remove(&e.id).unwrap_or(false);
        if is_lhs && !self.pkg.types.is_integer(t) {
            let msg = format!(
                "invalid operation: shifted operand {} (type {}) must be integer",
                expr_string(e),
                self.type_str(t)
            );
            self.error(e.span, msg);
            return;
        }
        let mut mode = old.mode.clone();
        if is_const {
            let mut c = Operand {
                mode: old.mode.clone(),
                ty: old.ty,
            };
            match self.implicit_type(&c, t) {
                Ok((_, Some(v))) => mode = Mode::Constant(v),
                Ok(_) => {}
                Err(code) => {
                    let u = self.pkg.types.underlying(t);
                    self.invalid_conversion(e, &c, u, code);
                    c.ty = INVALID;
                    return;
                }
            }
        }
        self.pkg
            .info
            .types
            .insert(e.id, TypeAndValue { ty: t, mode });
    }

    /// Rewrites the recorded constant value of `e` (and its parentheses).
    fn update_expr_val(&mut self, e: &Expr, v: &ConstValue) {
        if let Some(tv) = self.pkg.info.types.get_mut(&e.id) {
            if matches!(tv.mode, Mode::Constant(_)) {
                tv.mode = Mode::Constant(v.clone());
            }
        }
        if let ExprKind::Paren(x) = &e.kind {
            self.update_expr_val(x, v);
        }
    }

    /// Gives the remaining untyped non-constant expressions their default
    /// types (comparison results in conditions, ...), so lowering only sees
    /// typed values.
    pub fn finalize_untyped(&mut self) {
        let ids: Vec<_> = self.untyped.drain().map(|(id, _)| id).collect();
        for id in ids {
            let Some(tv) = self.pkg.info.types.get_mut(&id) else {
                continue;
            };
            if !matches!(tv.mode, Mode::Constant(_) | Mode::Nil) {
                tv.ty = self.pkg.types.default_type(tv.ty);
            }
        }
    }

    // ---- untyped conversion ----------------------------------------------

    /// The type and value an untyped operand takes in a context requiring
    /// `target` (go/types' implicitTypeAndValue).
    pub fn implicit_type(
        &self,
        x: &Operand,
        target: TypeId,
    ) -> Result<(TypeId, Option<ConstValue>), ConvCode> {
        let tt = &self.pkg.types;
        if x.is_bad() || !tt.is_untyped(x.ty) || target == INVALID {
            return Ok((x.ty, None));
        }
        if tt.is_untyped(target) {
            if x.is_nil() || target == self.basic(BasicKind::UntypedNil) {
                if x.ty == target {
                    return Ok((target, None));
                }
                return Err(ConvCode::Invalid);
            }
            let both_numeric = tt.is_numeric(x.ty) && tt.is_numeric(target);
            if both_numeric {
                return Ok((
                    max_untyped(tt.basic_kind(x.ty), tt.basic_kind(target), self),
                    None,
                ));
            }
            if x.ty == target {
                return Ok((target, None));
            }
            return Err(ConvCode::Invalid);
        }
        if x.is_nil() {
            return if tt.has_nil(target) {
                Ok((target, None))
            } else {
                Err(ConvCode::Invalid)
            };
        }
        match tt.under(target) {
            Type::Basic(k) => {
                let k = *k;
                if let Some(v) = x.val() {
                    return self
                        .representation(x.ty, v, k, target)
                        .map(|v| (target, Some(v)));
                }
                let ok = match tt.basic_kind(x.ty) {
                    Some(BasicKind::UntypedBool) => tt.is_boolean(target),
                    Some(BasicKind::UntypedString) => tt.is_string(target),
                    _ => tt.is_numeric(target),
                };
                if ok {
                    Ok((target, None))
                } else {
                    Err(ConvCode::Invalid)
                }
            }
            Type::Interface(methods) => {
                if methods.is_empty() {
                    Ok((tt.default_type(x.ty), None))
                } else {
                    Err(ConvCode::Invalid)
                }
            }
            _ => Err(ConvCode::Invalid),
        }
    }

    /// A constant's value in basic kind `k`, or why it does not fit.
    pub fn representation(
        &self,
        from: TypeId,
        v: &ConstValue,
        k: BasicKind,
        target: TypeId,
    ) -> Result<ConstValue, ConvCode> {
        let tt = &self.pkg.types;
        if super::exprstring::is_untyped_kind(k) {
            // Both untyped: only the representation changes.
            let r = repr_of(k).ok_or(ConvCode::Invalid)?;
            return constant::to_repr(v, r).ok_or(ConvCode::Invalid);
        }
        match constant::representable(v, k) {
            Ok(v) => Ok(v),
            Err(_) if tt.is_numeric(from) && tt.is_numeric(target) => {
                if !tt.is_integer(from) && tt.is_integer(target) {
                    Err(ConvCode::Truncated)
                } else {
                    Err(ConvCode::Overflows)
                }
            }
            Err(_) => Err(ConvCode::Invalid),
        }
    }

    /// go/types' invalidConversion message.
    pub fn invalid_conversion(&mut self, e: &Expr, x: &Operand, t: TypeId, code: ConvCode) {
        let d = self.describe(e, x);
        let ts = self.target_str(t);
        let msg = match code {
            ConvCode::Truncated => format!("{d} truncated to {ts}"),
            ConvCode::Overflows => format!("{d} overflows {ts}"),
            ConvCode::Invalid => format!("cannot convert {d} to type {ts}"),
        };
        self.error(e.span, msg);
    }

    /// Converts an untyped operand to `target` (go/types' convertUntyped);
    /// reports and invalidates on failure.
    pub fn convert_untyped(&mut self, e: &Expr, x: &mut Operand, target: TypeId) {
        let tdisp = self.target_disp.take();
        match self.implicit_type(x, target) {
            Err(code) => {
                self.target_disp = tdisp;
                let u = self.pkg.types.underlying(target);
                self.invalid_conversion(e, x, u, code);
                *x = Operand::invalid();
            }
            Ok((t, v)) => {
                if let Some(v) = v {
                    self.update_expr_val(e, &v);
                    x.mode = Mode::Constant(v);
                }
                if t != x.ty {
                    x.ty = t;
                    self.update_expr_type(e, t, false);
                }
            }
        }
    }

    // ---- assignability ---------------------------------------------------

    /// Spec: Assignability (after untyped conversion).
    pub fn assignable(&self, x: &Operand, t: TypeId) -> bool {
        let tt = &self.pkg.types;
        let v = x.ty;
        if v == t || x.is_bad() || t == INVALID {
            return true;
        }
        let vu = tt.underlying(v);
        let tu = tt.underlying(t);
        if vu == tu && (!tt.is_named(v) || !tt.is_named(t)) {
            return true;
        }
        if let (Type::Chan(ChanDir::Both, ve), Type::Chan(_, te)) = (tt.get(vu), tt.get(tu)) {
            if ve == te && (!tt.is_named(v) || !tt.is_named(t)) {
                return true;
            }
        }
        if let Type::Interface(methods) = tt.get(tu) {
            if methods.is_empty() {
                return true;
            }
            if let Type::Interface(vm) = tt.get(vu) {
                return methods.iter().all(|m| vm.contains(m));
            }
            return self.implements(v, methods);
        }
        if x.is_nil() || v == self.basic(BasicKind::UntypedNil) {
            return tt.has_nil(t);
        }
        false
    }

    /// Checks that operand `x` (from `e`) can be assigned to a variable of
    /// type `t` (None: the blank identifier or an untyped declaration), with
    /// untyped constants converted; gc's message names the `context`.
    pub fn assignment(&mut self, e: &Expr, x: &mut Operand, t: Option<TypeId>, context: &str) {
        let tdisp = self.target_disp.take();
        if x.is_bad() {
            return;
        }
        if matches!(x.mode, Mode::Type | Mode::Builtin(_) | Mode::NoValue) {
            self.single_value_error(e, x);
            *x = Operand::invalid();
            return;
        }
        let tt = &self.pkg.types;
        if tt.is_untyped(x.ty) {
            let mut target = t;
            let iface_target = t.is_some_and(|t| tt.is_interface(t));
            if t.is_none() || iface_target {
                if t.is_none() && x.ty == self.basic(BasicKind::UntypedNil) {
                    self.error(e.span, format!("use of untyped nil in {context}"));
                    *x = Operand::invalid();
                    return;
                }
                if t.is_none() || !x.is_nil() {
                    target = Some(tt.default_type(x.ty));
                }
            }
            let target = target.unwrap_or(INVALID);
            match self.implicit_type(x, target) {
                Err(code) => {
                    let ts = match (&tdisp, t) {
                        (Some(d), Some(_)) => d.clone(),
                        _ => self.type_str(target),
                    };
                    let mut msg = format!(
                        "cannot use {} as {ts} value in {context}",
                        self.describe(e, x)
                    );
                    match code {
                        ConvCode::Truncated => msg.push_str(" (truncated)"),
                        ConvCode::Overflows => msg.push_str(" (overflows)"),
                        ConvCode::Invalid => {}
                    }
                    self.error(e.span, msg);
                    *x = Operand::invalid();
                    return;
                }
                Ok((nt, v)) => {
                    if let Some(v) = v {
                        self.update_expr_val(e, &v);
                        x.mode = Mode::Constant(v);
                    }
                    if nt != x.ty {
                        x.ty = nt;
                        self.update_expr_type(e, nt, true);
                    }
                }
            }
        }
        let Some(t) = t else { return };
        if !self.assignable(x, t) {
            let ts = tdisp.unwrap_or_else(|| self.type_str(t));
            let msg = format!(
                "cannot use {} as {ts} value in {context}{}",
                self.describe(e, x),
                self.assign_cause(x.ty, t)
            );
            self.error(e.span, msg);
            *x = Operand::invalid();
        } else if x.is_nil() {
            self.pkg.info.types.insert(
                e.id,
                TypeAndValue {
                    ty: t,
                    mode: Mode::Nil,
                },
            );
            self.untyped.remove(&e.id);
        }
    }

    // ---- entry points ----------------------------------------------------

    /// Checks `e` in any mode (value, type, builtin, no value) and records it.
    pub fn raw_expr(&mut self, e: &Expr, hint: Option<TypeId>) -> Operand {
        let x = self.expr_internal(e, hint);
        self.record(e, &x);
        if x.mode == Mode::Type {
            self.note_type_spelling(e);
        }
        self.note_expr_spelling(e);
        x
    }

    /// A single value.
    pub fn expr(&mut self, e: &Expr) -> Operand {
        self.expr_hint(e, None)
    }

    pub fn expr_hint(&mut self, e: &Expr, hint: Option<TypeId>) -> Operand {
        let x = self.raw_expr(e, hint);
        self.single_value(e, x)
    }

    pub fn single_value(&mut self, e: &Expr, x: Operand) -> Operand {
        if x.is_bad() {
            return x;
        }
        match x.mode {
            Mode::Type | Mode::Builtin(_) | Mode::NoValue => {
                self.single_value_error(e, &x);
                return Operand::invalid();
            }
            _ => {}
        }
        if let Type::Tuple(_) = self.pkg.types.get(x.ty) {
            let msg = format!(
                "multiple-value {} in single-value context",
                self.describe(e, &x)
            );
            self.error(e.span, msg);
            return Operand::invalid();
        }
        x
    }

    fn single_value_error(&mut self, e: &Expr, x: &Operand) {
        let s = expr_string(e);
        let msg = match x.mode {
            Mode::Type => format!("{s} (type) is not an expression"),
            Mode::Builtin(_) => format!("{s} (built-in) must be called"),
            _ => format!("{s} (no value) used as value"),
        };
        self.error(e.span, msg);
    }

    /// A value or a type.
    pub fn expr_or_type(&mut self, e: &Expr) -> Operand {
        let x = self.raw_expr(e, None);
        match x.mode {
            Mode::Builtin(_) | Mode::NoValue => {
                self.single_value_error(e, &x);
                Operand::invalid()
            }
            Mode::Type => x,
            _ => self.single_value(e, x),
        }
    }

    fn expr_internal(&mut self, e: &Expr, hint: Option<TypeId>) -> Operand {
        if matches!(e.kind, ExprKind::Name(_) | ExprKind::Selector(..))
            && (hint.is_some() || self.generic_arg == Some(e.id))
        {
            if let Some(x) = self.generic_func_value(e, hint) {
                return x;
            }
        }
        match &e.kind {
            ExprKind::Name(n) => self.name_expr(e, n),
            ExprKind::BasicLit { kind, raw } => match self.literal_limits(e, *kind, raw) {
                // An integer literal is bounded like any untyped integer.
                true if *kind == LitKind::Int => {
                    let x = self.basic_lit(*kind, raw);
                    self.overflow(e, x)
                }
                true => self.basic_lit(*kind, raw),
                false => Operand::invalid(),
            },
            ExprKind::CompositeLit { ty, elts, .. } => {
                self.composite_lit(e, ty.as_deref(), elts, hint)
            }
            ExprKind::FuncLit { ty, body } => {
                let sig = self.signature(ty);
                self.func_lit_body(ty, sig, body);
                Operand::value(sig)
            }
            ExprKind::Paren(x) => {
                let x = self.raw_expr(x, hint);
                if x.mode == Mode::Type {
                    return x;
                }
                x
            }
            ExprKind::Selector(x, sel) => self.selector(e, x, sel, hint),
            ExprKind::Index(x, idx) => self.index_expr(e, x, idx, hint),
            ExprKind::Slice {
                x,
                lo,
                hi,
                max,
                three,
            } => self.slice_expr(e, x, lo.as_deref(), hi.as_deref(), max.as_deref(), *three),
            ExprKind::TypeAssert { x, ty } => {
                let xo = self.expr(x);
                if xo.ty != INVALID && !self.pkg.types.is_interface(xo.ty) {
                    let what = self.describe(x, &xo);
                    self.error(
                        x.span,
                        format!("invalid operation: {what} is not an interface"),
                    );
                    return Operand::invalid();
                }
                match ty {
                    Some(t) => {
                        let tt = self.typexpr(t);
                        self.assertable(e, xo.ty, tt);
                        Operand::value(tt)
                    }
                    None => {
                        self.error(
                            e.span,
                            "invalid syntax tree: use of .(type) outside type switch",
                        );
                        Operand::invalid()
                    }
                }
            }
            ExprKind::Call {
                fun,
                args,
                ellipsis,
            } => self.call(e, fun, args, *ellipsis),
            ExprKind::Star(x) => self.star(e, x),
            ExprKind::Unary(op, x) => self.unary(e, *op, x, hint),
            ExprKind::Binary(op, x, y) => self.binary(e, *op, x, y),
            ExprKind::ArrayType { .. }
            | ExprKind::SliceType(_)
            | ExprKind::StructType(_)
            | ExprKind::FuncType(_)
            | ExprKind::InterfaceType(_)
            | ExprKind::MapType(..)
            | ExprKind::ChanType(..) => {
                let t = self.typexpr_internal(e);
                Operand {
                    mode: Mode::Type,
                    ty: t,
                }
            }
            ExprKind::Ellipsis(_) => {
                self.error(e.span, "invalid use of ...");
                Operand::invalid()
            }
            ExprKind::Bad => Operand::invalid(),
        }
    }

    // ---- names and literals ----------------------------------------------

    fn name_expr(&mut self, e: &Expr, n: &str) -> Operand {
        if n == "_" {
            self.error(e.span, "cannot use _ as value or type");
            return Operand::invalid();
        }
        let Some(o) = self.lookup(n) else {
            self.error(e.span, format!("undefined: {n}"));
            return Operand::invalid();
        };
        self.pkg.info.uses.insert(e.id, o);
        self.object_operand(e, o, true)
    }

    /// The operand denoted by a use of object `o`; `mark_used` is false for
    /// the left side of an assignment.
    pub fn object_operand(&mut self, e: &Expr, o: ObjId, mark_used: bool) -> Operand {
        if self.is_generic(o) {
            let msg = match self.obj(o).kind {
                ObjKind::TypeName => format!(
                    "cannot use generic type {} without instantiation",
                    self.generic_decl_string(o)
                ),
                _ => format!(
                    "cannot use generic function {} without instantiation",
                    self.obj(o).name
                ),
            };
            self.error(e.span, msg);
            return Operand::invalid();
        }
        self.resolve_obj(o);
        let ob = self.obj(o);
        let ty = ob.ty;
        match ob.kind.clone() {
            ObjKind::Var { .. } => {
                if mark_used {
                    self.used.insert(o);
                }
                self.add_dep(o);
                if self.pkg.types.underlying(ty) == INVALID {
                    // A variable of an invalid (e.g. recursive) type.
                    return Operand::invalid();
                }
                Operand {
                    mode: Mode::Variable,
                    ty,
                }
            }
            ObjKind::Const(v) => {
                if o == self.iota_obj {
                    return match &self.iota {
                        Some(i) => Operand {
                            mode: Mode::Constant(ConstValue::Int(i.clone())),
                            ty,
                        },
                        None => {
                            self.error(e.span, "cannot use iota outside constant declaration");
                            Operand::invalid()
                        }
                    };
                }
                // A dependency even when invalid (gc's addDeclDep), so that
                // the initialization order sees constant cycles too.
                self.add_dep(o);
                if ty == INVALID {
                    return Operand::invalid();
                }
                Operand {
                    mode: Mode::Constant(v),
                    ty,
                }
            }
            ObjKind::TypeName => Operand {
                mode: Mode::Type,
                ty,
            },
            ObjKind::Func => {
                self.add_dep(o);
                Operand::value(ty)
            }
            ObjKind::Builtin(b) => Operand {
                mode: Mode::Builtin(b),
                ty: INVALID,
            },
            ObjKind::Nil => Operand {
                mode: Mode::Nil,
                ty,
            },
            ObjKind::Label => Operand::invalid(),
            ObjKind::PkgName(_) => {
                // Not a use of the import (gc: only `pkg.Name` is).
                let name = self.obj(o).name.clone();
                self.error(e.span, format!("use of package {name} not in selector"));
                Operand::invalid()
            }
        }
    }

    /// gc's limits on numeric literals: at most 10,000 characters, and a
    /// float's exponent within `math/big`'s range; false after reporting.
    fn literal_limits(&mut self, e: &Expr, kind: LitKind, raw: &str) -> bool {
        use super::literal::{exponent_check, LitLimit, MAX_EXACT_EXP10};
        if matches!(kind, LitKind::Char | LitKind::String) {
            return true;
        }
        if raw.len() > 10_000 {
            let msg = format!(
                "excessively long constant: {}... ({} chars)",
                &raw[..10],
                raw.len()
            );
            self.error(e.span, msg);
            return false;
        }
        let float = match kind {
            LitKind::Float => raw,
            LitKind::Imag => raw.strip_suffix('i').unwrap_or(raw),
            _ => return true,
        };
        let lower = float.to_ascii_lowercase();
        let is_float = if lower.starts_with("0x") {
            lower.contains('p') || lower.contains('.')
        } else {
            !lower.starts_with("0b") && !lower.starts_with("0o")
        };
        let checked = if is_float {
            exponent_check(float)
        } else {
            Ok(())
        };
        match checked {
            Ok(()) => true,
            Err(LitLimit::Malformed) => {
                self.error(e.span, format!("malformed constant: {raw}"));
                false
            }
            Err(LitLimit::Unsupported) => {
                let msg = format!(
                    "golift: float constants beyond 1e±{MAX_EXACT_EXP10} are not supported yet"
                );
                self.error(e.span, msg);
                false
            }
        }
    }

    fn basic_lit(&mut self, kind: LitKind, raw: &str) -> Operand {
        use super::literal::*;
        let (v, k) = match kind {
            LitKind::Int => (parse_int(raw).map(ConstValue::Int), BasicKind::UntypedInt),
            LitKind::Float => (
                parse_float(raw).map(|f| ConstValue::Float(constant::literal_value(f))),
                BasicKind::UntypedFloat,
            ),
            LitKind::Imag => (
                parse_imag(raw).map(|im| {
                    ConstValue::Complex(
                        constant::Real::exact(Zero::zero()),
                        constant::literal_value(im),
                    )
                }),
                BasicKind::UntypedComplex,
            ),
            LitKind::Char => (
                crate::syntax::lit::unquote_char(raw)
                    .ok()
                    .map(|c| ConstValue::Int(c.into())),
                BasicKind::UntypedRune,
            ),
            LitKind::String => (
                crate::syntax::lit::unquote_string(raw)
                    .ok()
                    .map(ConstValue::String),
                BasicKind::UntypedString,
            ),
        };
        match v {
            Some(v) => Operand {
                mode: Mode::Constant(v),
                ty: self.basic(k),
            },
            // The lexer reported the malformed literal.
            None => Operand::invalid(),
        }
    }

    // ---- operators ---------------------------------------------------------

    fn star(&mut self, e: &Expr, x: &Expr) -> Operand {
        let xo = self.expr_or_type(x);
        if xo.is_bad() {
            return Operand::invalid();
        }
        if xo.mode == Mode::Type {
            let t = self.pkg.types.intern(Type::Pointer(xo.ty));
            return Operand {
                mode: Mode::Type,
                ty: t,
            };
        }
        if xo.is_nil() {
            self.error(e.span, "invalid operation: cannot indirect nil");
            return Operand::invalid();
        }
        match self.pkg.types.under(xo.ty) {
            Type::Pointer(elem) => Operand {
                mode: Mode::Variable,
                ty: *elem,
            },
            _ => {
                let msg = format!(
                    "invalid operation: cannot indirect {}",
                    self.describe(x, &xo)
                );
                self.error(e.span, msg);
                Operand::invalid()
            }
        }
    }

    fn unary(&mut self, e: &Expr, op: UnOp, xe: &Expr, hint: Option<TypeId>) -> Operand {
        if op == UnOp::Addr {
            return self.address_of(xe, hint);
        }
        if op == UnOp::Recv {
            return self.recv(xe);
        }
        if op == UnOp::Tilde {
            self.error(e.span, "invalid use of ~ outside a type constraint");
            return Operand::invalid();
        }
        let mut x = self.expr(xe);
        if x.is_bad() {
            return x;
        }
        if let Some(r) = self.tparam_unary(op, xe, &x) {
            return r;
        }
        let tt = &self.pkg.types;
        let ok = match op {
            UnOp::Pos | UnOp::Neg => tt.is_numeric(x.ty),
            UnOp::Xor => tt.is_integer(x.ty),
            UnOp::Not => tt.is_boolean(x.ty),
            _ => false,
        };
        if !ok {
            let msg = self.unary_not_defined(op, xe, &x);
            self.error(xe.span, msg);
            return Operand::invalid();
        }
        if let Some(v) = x.val() {
            let bits = if tt.is_unsigned(x.ty) {
                Some(tt.size_of(x.ty) as u32 * 8)
            } else {
                None
            };
            match constant::unary(op, v, bits) {
                Some(v) => x.mode = Mode::Constant(v),
                None => return Operand::invalid(),
            }
            return self.overflow(e, x);
        }
        x.mode = Mode::Value;
        x
    }

    fn address_of(&mut self, xe: &Expr, hint: Option<TypeId>) -> Operand {
        let inner = xe.unparen();
        let elem_hint = hint.and_then(|h| match self.pkg.types.under(h) {
            Type::Pointer(el) => Some(*el),
            _ => None,
        });
        let x = self.expr_hint(xe, elem_hint);
        if x.is_bad() {
            return x;
        }
        let is_lit = matches!(inner.kind, ExprKind::CompositeLit { .. });
        if x.mode != Mode::Variable && !is_lit {
            let msg = format!(
                "invalid operation: cannot take address of {}",
                self.describe(xe, &x)
            );
            self.error(xe.span, msg);
            return Operand::invalid();
        }
        Operand::value(self.pkg.types.intern(Type::Pointer(x.ty)))
    }

    /// Checks a constant result against its type (typed constants must be
    /// representable; untyped integers are bounded like gc's 512 bits).
    pub fn overflow(&mut self, e: &Expr, mut x: Operand) -> Operand {
        let Some(v) = x.val().cloned() else { return x };
        let tt = &self.pkg.types;
        if !tt.is_untyped(x.ty) {
            let Some(k) = tt.basic_kind(x.ty) else {
                return x;
            };
            return match self.representation(x.ty, &v, k, x.ty) {
                Ok(v) => {
                    x.mode = Mode::Constant(v);
                    x
                }
                Err(code) => {
                    let u = self.pkg.types.underlying(x.ty);
                    self.invalid_conversion(e, &x, u, code);
                    Operand::invalid()
                }
            };
        }
        let rat_bits = |r: &num_rational::BigRational| r.numer().bits() + r.denom().bits();
        let too_big = match &v {
            ConstValue::Float(f) => rat_bits(f) > MAX_RAT_BITS,
            ConstValue::Complex(re, im) => rat_bits(re).max(rat_bits(im)) > MAX_RAT_BITS,
            _ => false,
        };
        if too_big {
            self.error(e.span, "constant overflow");
            return Operand::invalid();
        }
        if let ConstValue::Int(i) = &v {
            if i.bits() > 512 {
                let op = match &e.kind {
                    ExprKind::Binary(op, ..) => format!("{} ", op_name(*op)),
                    ExprKind::Unary(UnOp::Neg, _) => "negation ".into(),
                    _ => String::new(),
                };
                let at = match &e.kind {
                    ExprKind::Binary(op, l, _) => self.op_span(l.span.hi, op.as_str()),
                    _ => e.span,
                };
                self.error(at, format!("constant {op}overflow"));
                return Operand::invalid();
            }
        }
        x
    }

    /// The span of operator `op` in the source after offset `from`.
    pub fn op_span(&self, from: u32, op: &str) -> Span {
        let file = self.src_file();
        let text = self
            .sources
            .files
            .get(file as usize)
            .map(|f| f.text.as_str());
        let at = text
            .and_then(|t| t.get(from as usize..))
            .and_then(|t| t.find(op))
            .map_or(from, |i| from + i as u32);
        Span::new(at, at + op.len() as u32)
    }

    fn binary(&mut self, e: &Expr, op: BinOp, xe: &Expr, ye: &Expr) -> Operand {
        let x = self.expr(xe);
        self.binary_with(e, op, xe, x, ye)
    }

    /// A binary operation whose left operand is already checked (`x op= y`
    /// passes a synthetic `e` with id `ASSIGN_OP_ID`).
    pub fn binary_with(
        &mut self,
        e: &Expr,
        op: BinOp,
        xe: &Expr,
        x: Operand,
        ye: &Expr,
    ) -> Operand {
        let mut x = x;
        let mut y = self.expr(ye);
        if x.is_bad() || y.is_bad() {
            return Operand::invalid();
        }
        if matches!(op, BinOp::Shl | BinOp::Shr) {
            return self.shift(e, op, xe, x, ye, y);
        }
        self.match_types(xe, &mut x, ye, &mut y);
        if x.is_bad() || y.is_bad() {
            return Operand::invalid();
        }
        if let Some(r) = self.tparam_binary(e, op, xe, &x, &y) {
            return r;
        }
        if op.is_comparison() {
            return self.comparison(e, op, xe, x, ye, y);
        }
        if x.ty != y.ty {
            let text = if e.id == super::stmt::ASSIGN_OP_ID {
                format!("{} {}= {}", expr_string(xe), op.as_str(), expr_string(ye))
            } else {
                expr_string(e)
            };
            let msg = format!(
                "invalid operation: {text} (mismatched types {} and {})",
                self.type_disp(xe, x.ty),
                self.type_disp(ye, y.ty)
            );
            self.error(xe.span, msg);
            return Operand::invalid();
        }
        let tt = &self.pkg.types;
        let ok = match op {
            BinOp::Add => tt.is_numeric(x.ty) || tt.is_string(x.ty),
            BinOp::Sub | BinOp::Mul | BinOp::Div => tt.is_numeric(x.ty),
            BinOp::Rem | BinOp::And | BinOp::Or | BinOp::Xor | BinOp::AndNot => tt.is_integer(x.ty),
            BinOp::LAnd | BinOp::LOr => tt.is_boolean(x.ty),
            _ => false,
        };
        if !ok {
            let msg = format!(
                "invalid operation: operator {} not defined on {}",
                op.as_str(),
                self.describe(xe, &x)
            );
            self.error(xe.span, msg);
            return Operand::invalid();
        }
        if matches!(op, BinOp::Div | BinOp::Rem)
            && (x.val().is_some() || tt.is_integer(x.ty))
            && y.val().is_some_and(is_zero)
        {
            self.error(ye.span, "invalid operation: division by zero");
            return Operand::invalid();
        }
        if let (Some(a), Some(b)) = (x.val(), y.val()) {
            let r = repr_for(self, x.ty);
            if let (ConstValue::String(s), ConstValue::String(t)) = (a, b) {
                if s.len() + t.len() > MAX_CONST_STRING {
                    let at = self.op_span(xe.span.hi, op.as_str());
                    self.error(at, "constant string too long");
                    return Operand::invalid();
                }
            }
            return match constant::binary(op, a, b, r) {
                Ok(v) => {
                    x.mode = Mode::Constant(v);
                    self.overflow(e, x)
                }
                Err(OpError::DivByZero) => {
                    self.error(ye.span, "invalid operation: division by zero");
                    Operand::invalid()
                }
                Err(OpError::Undefined) => Operand::invalid(),
            };
        }
        x.mode = Mode::Value;
        x
    }

    /// Converts an untyped operand to the other operand's type where the
    /// spec allows it (go/types' matchTypes).
    fn match_types(&mut self, xe: &Expr, x: &mut Operand, ye: &Expr, y: &mut Operand) {
        let tt = &self.pkg.types;
        let may = {
            let (xt, yt) = (x.ty, y.ty);
            if !tt.is_untyped(xt) && !tt.is_untyped(yt) {
                false
            } else if tt.is_numeric(xt) != tt.is_numeric(yt)
                || tt.is_boolean(xt) != tt.is_boolean(yt)
                || tt.is_string(xt) != tt.is_string(yt)
            {
                // An untyped operand may still go to an empty interface.
                (tt.is_untyped(xt) && tt.is_interface(yt))
                    || (tt.is_untyped(yt) && tt.is_interface(xt))
            } else if x.is_nil() {
                tt.has_nil(yt)
            } else if y.is_nil() {
                tt.has_nil(xt)
            } else {
                !matches!(tt.under(xt), Type::Pointer(_))
                    && !matches!(tt.under(yt), Type::Pointer(_))
            }
        };
        if may {
            let yt = y.ty;
            self.target_disp = self.disp.get(&ye.id).cloned();
            self.convert_untyped(xe, x, yt);
            if x.is_bad() {
                return;
            }
            let xt = x.ty;
            self.target_disp = self.disp.get(&xe.id).cloned();
            self.convert_untyped(ye, y, xt);
            if y.is_bad() {
                *x = Operand::invalid();
            }
        }
    }

    fn comparison(
        &mut self,
        e: &Expr,
        op: BinOp,
        xe: &Expr,
        x: Operand,
        ye: &Expr,
        y: Operand,
    ) -> Operand {
        let tt = &self.pkg.types;
        let mut err: Option<(&Expr, &Operand, String)> = None;
        if !self.assignable(&x, y.ty) && !self.assignable(&y, x.ty) {
            err = Some((
                ye,
                &y,
                format!(
                    "mismatched types {} and {}",
                    self.type_str(x.ty),
                    self.type_str(y.ty)
                ),
            ));
        } else if matches!(op, BinOp::Eq | BinOp::Ne) {
            if x.is_nil() || y.is_nil() {
                let t = if x.is_nil() { y.ty } else { x.ty };
                if !tt.has_nil(t) || (x.is_nil() && y.is_nil()) {
                    err = Some((ye, &y, String::new()));
                }
            } else if !tt.comparable(x.ty) {
                err = Some((xe, &x, self.incomparable_cause(x.ty)));
            } else if !tt.comparable(y.ty) {
                err = Some((ye, &y, self.incomparable_cause(y.ty)));
            }
        } else if !tt.is_ordered(x.ty) {
            err = Some((xe, &x, String::new()));
        } else if !tt.is_ordered(y.ty) {
            err = Some((ye, &y, String::new()));
        }
        if let Some((at, o, mut cause)) = err {
            if cause.is_empty() {
                cause = format!(
                    "operator {} not defined on {}",
                    op.as_str(),
                    self.kind_string(o.ty)
                );
            }
            let msg = format!("invalid operation: {} ({cause})", expr_string(e));
            self.error(at.span, msg);
            return Operand::invalid();
        }
        let ub = self.basic(BasicKind::UntypedBool);
        if let (Some(a), Some(b)) = (x.val(), y.val()) {
            let r = repr_for(self, x.ty).max(repr_for(self, y.ty));
            let v = constant::compare(op, a, b, r).unwrap_or(false);
            return Operand {
                mode: Mode::Constant(ConstValue::Bool(v)),
                ty: ub,
            };
        }
        let (dx, dy) = (
            self.pkg.types.default_type(x.ty),
            self.pkg.types.default_type(y.ty),
        );
        self.update_expr_type(xe, dx, true);
        self.update_expr_type(ye, dy, true);
        Operand::value(ub)
    }

    fn incomparable_cause(&self, t: TypeId) -> String {
        match self.pkg.types.under(t) {
            Type::Slice(_) | Type::Func(_) | Type::Map(..) => {
                format!("{} can only be compared to nil", self.kind_string(t))
            }
            Type::Array(_, e) if !self.pkg.types.comparable(*e) => {
                format!("{} cannot be compared", self.type_str(t))
            }
            Type::Struct(fields) => {
                match fields.iter().find(|f| !self.pkg.types.comparable(f.ty)) {
                    Some(f) => format!(
                        "struct containing {} cannot be compared",
                        self.type_str(f.ty)
                    ),
                    None => format!("operator == not defined on {}", self.kind_string(t)),
                }
            }
            _ => format!("operator == not defined on {}", self.kind_string(t)),
        }
    }

    /// "slice", "func", "map", or the type, as go/types' kindString.
    fn kind_string(&self, t: TypeId) -> String {
        match self.pkg.types.under(t) {
            Type::Array(..) => "array".into(),
            Type::Slice(_) => "slice".into(),
            Type::Struct(_) => "struct".into(),
            Type::Pointer(_) => "pointer".into(),
            Type::Func(_) => "func".into(),
            Type::Interface(_) => "interface".into(),
            Type::Map(..) => "map".into(),
            Type::Chan(..) => "chan".into(),
            _ => self.type_str(t),
        }
    }

    fn shift(
        &mut self,
        e: &Expr,
        op: BinOp,
        xe: &Expr,
        mut x: Operand,
        ye: &Expr,
        mut y: Operand,
    ) -> Operand {
        let tt = &self.pkg.types;
        let xval = x.val().and_then(|v| constant::to_repr(v, Repr::Int));
        let lhs_ok = tt.is_integer(x.ty)
            || (tt.is_untyped(x.ty) && matches!(xval, Some(ConstValue::Int(_))));
        if !lhs_ok {
            let msg = format!(
                "invalid operation: shifted operand {} must be integer",
                self.describe(xe, &x)
            );
            self.error(xe.span, msg);
            return Operand::invalid();
        }
        let mut yval = None;
        if let Some(v) = y.val() {
            yval = constant::to_repr(v, Repr::Int);
            if let Some(ConstValue::Int(i)) = &yval {
                if i.is_negative() {
                    let msg = format!(
                        "invalid operation: negative shift count {}",
                        self.describe(ye, &y)
                    );
                    self.error(ye.span, msg);
                    return Operand::invalid();
                }
            }
            if tt.is_untyped(y.ty) {
                let uint = self.basic(BasicKind::Uint);
                let k = BasicKind::Uint;
                if let Err(code) = self.representation(y.ty, v, k, uint) {
                    self.invalid_conversion(ye, &y, uint, code);
                    return Operand::invalid();
                }
            }
        } else if tt.is_integer(y.ty) {
        } else if tt.is_untyped(y.ty) {
            let uint = self.basic(BasicKind::Uint);
            self.convert_untyped(ye, &mut y, uint);
            if y.is_bad() {
                return Operand::invalid();
            }
        } else {
            let msg = format!(
                "invalid operation: shift count {} must be integer",
                self.describe(ye, &y)
            );
            self.error(ye.span, msg);
            return Operand::invalid();
        }
        if let Some(ConstValue::Int(xi)) = &xval {
            if x.val().is_some() {
                if let Some(ConstValue::Int(s)) = &yval {
                    let Some(s) = s.to_u64().filter(|&s| s <= 1023 - 1 + 52) else {
                        let msg = format!(
                            "invalid operation: invalid shift count {}",
                            self.describe(ye, &y)
                        );
                        self.error(ye.span, msg);
                        return Operand::invalid();
                    };
                    if !self.pkg.types.is_integer(x.ty) {
                        x.ty = self.basic(BasicKind::UntypedInt);
                    }
                    x.mode = Mode::Constant(ConstValue::Int(constant::shift(op, xi, s)));
                    return self.overflow(e, x);
                }
                if self.pkg.types.is_untyped(x.ty) {
                    // The type comes from the context: mark the operand.
                    if self.untyped.contains_key(&xe.id) {
                        self.untyped.insert(xe.id, true);
                    }
                    x.mode = Mode::Value;
                    return x;
                }
            }
        }
        if !self.pkg.types.is_integer(x.ty) {
            let msg = format!(
                "invalid operation: shifted operand {} must be integer",
                self.describe(xe, &x)
            );
            self.error(xe.span, msg);
            return Operand::invalid();
        }
        x.mode = Mode::Value;
        x
    }
}

use super::ObjId;

fn is_zero(v: &ConstValue) -> bool {
    match v {
        ConstValue::Int(i) => i.is_zero(),
        ConstValue::Float(f) => f.is_zero(),
        ConstValue::Complex(re, im) => re.is_zero() && im.is_zero(),
        _ => false,
    }
}

/// The representation constant arithmetic uses for operands of type `t`.
pub fn repr_for(c: &Checker, t: TypeId) -> Repr {
    c.pkg
        .types
        .basic_kind(t)
        .and_then(repr_of)
        .unwrap_or(Repr::Int)
}

/// The larger of two untyped numeric kinds (int < rune < float < complex).
fn max_untyped(a: Option<BasicKind>, b: Option<BasicKind>, c: &Checker) -> TypeId {
    use BasicKind::*;
    let rank = |k: Option<BasicKind>| match k {
        Some(UntypedInt) => 0,
        Some(UntypedRune) => 1,
        Some(UntypedFloat) => 2,
        Some(UntypedComplex) => 3,
        _ => 0,
    };
    let k = if rank(a) >= rank(b) { a } else { b };
    c.basic(k.unwrap_or(UntypedInt))
}

/// gc's name of an operation, for "constant addition overflow".
fn op_name(op: BinOp) -> &'static str {
    match op {
        BinOp::Add => "addition",
        BinOp::Sub => "subtraction",
        BinOp::Mul => "multiplication",
        BinOp::Shl => "shift",
        _ => "",
    }
}
