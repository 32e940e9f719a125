//! Calls: function calls (with variadic parameters and multi-value
//! arguments `f(g())`), conversions `T(x)` (spec: Conversions, with
//! constant conversions evaluated exactly) and dispatch to the builtins.

use super::check::Checker;
use super::constant;
use super::expr::{Operand, INVALID};
use super::exprstring::expr_string;
use super::ty::{BasicKind, Signature, Type, TypeId};
use super::{ConstValue, Mode};
use crate::syntax::ast::{Expr, ExprKind, Span};

impl Checker<'_> {
    pub fn call(&mut self, e: &Expr, fun: &Expr, args: &[Expr], ellipsis: Option<Span>) -> Operand {
        if let Some(x) = self.generic_call(e, fun, args, ellipsis) {
            return x;
        }
        let saved = self.gm_callee;
        self.gm_callee = Self::generic_method_callee(fun);
        let f = self.raw_expr(fun, None);
        self.gm_callee = saved;
        if let Some(p) = self.gm_pending.take() {
            return self.generic_method_call(e, fun, p, args, ellipsis);
        }
        if f.is_bad() {
            for a in args {
                self.raw_expr(a, None);
            }
            return Operand::invalid();
        }
        match f.mode {
            Mode::Type => {
                if let Some(sp) = ellipsis {
                    let msg = format!(
                        "invalid use of ... in conversion to {}",
                        self.type_str(f.ty)
                    );
                    self.error(sp, msg);
                }
                self.conversion(e, f.ty, args)
            }
            Mode::Builtin(b) => self.builtin(e, b, args, ellipsis),
            _ => {
                let Type::Func(sig) = self.pkg.types.under(f.ty).clone() else {
                    let msg = format!(
                        "invalid operation: cannot call {}: {} is not a function",
                        self.describe(fun, &f),
                        self.type_str(f.ty)
                    );
                    self.error(e.span, msg);
                    for a in args {
                        self.raw_expr(a, None);
                    }
                    return Operand::invalid();
                };
                let name = expr_string(fun);
                self.arguments(e, &name, &sig, args, ellipsis);
                self.call_result(&sig)
            }
        }
    }

    /// The operand of a call of a function of signature `sig`.
    pub fn call_result(&mut self, sig: &Signature) -> Operand {
        match sig.results.len() {
            0 => Operand {
                mode: Mode::NoValue,
                ty: self.pkg.types.intern(Type::Tuple(vec![])),
            },
            1 => Operand::value(sig.results[0]),
            _ => Operand::value(self.pkg.types.intern(Type::Tuple(sig.results.clone()))),
        }
    }

    /// Checks the arguments of a call against `sig`.
    fn arguments(
        &mut self,
        call: &Expr,
        name: &str,
        sig: &Signature,
        args: &[Expr],
        ellipsis: Option<Span>,
    ) {
        let Some((mut ops, spread)) = self.arg_operands(args, ellipsis, Some(sig)) else {
            return;
        };
        self.arguments_with(call, name, sig, &mut ops, spread, ellipsis);
    }

    /// The type of the parameter of `sig` that argument `i` is assigned
    /// to (a variadic parameter's element unless `...` is used).
    fn param_type(
        sig: &Signature,
        i: usize,
        ellipsis: bool,
        tt: &super::ty::TypeTable,
    ) -> Option<TypeId> {
        let np = sig.params.len();
        if sig.variadic && i + 1 >= np {
            let last = *sig.params.last()?;
            if ellipsis {
                return Some(last);
            }
            return Some(match tt.get(last) {
                Type::Slice(e) => *e,
                _ => last,
            });
        }
        sig.params.get(i).copied()
    }

    /// Checks argument `a` (the `i`th) with the type of its parameter of
    /// `sig` (None: a generic callee's, unknown yet) as the hint that
    /// infers a generic function argument's type arguments; an
    /// uninstantiated generic function argument of a generic callee is
    /// left for after the callee's inference (`deferred_args`).
    fn arg_operand(
        &mut self,
        a: &Expr,
        i: usize,
        sig: Option<&Signature>,
        ellipsis: bool,
    ) -> Operand {
        let hint = sig.and_then(|s| Self::param_type(s, i, ellipsis, &self.pkg.types));
        let saved = self.generic_arg.take();
        if sig.is_none() {
            self.generic_arg = Some(a.unparen().id);
        }
        let x = self.raw_expr(a, hint);
        self.generic_arg = saved;
        x
    }

    /// The operands of a call's arguments (a single multi-value call spreads
    /// over the parameters: `spread`); None if one is invalid.
    #[allow(clippy::type_complexity)]
    pub fn arg_operands<'e>(
        &mut self,
        args: &'e [Expr],
        ellipsis: Option<Span>,
        sig: Option<&Signature>,
    ) -> Option<(Vec<(Operand, &'e Expr)>, bool)> {
        let mut ops: Vec<(Operand, &Expr)> = Vec::new();
        let mut spread = false;
        let dots = ellipsis.is_some();
        if args.len() == 1 && ellipsis.is_none() {
            let x = self.arg_operand(&args[0], 0, sig, dots);
            if let Type::Tuple(ts) = self.pkg.types.get(x.ty).clone() {
                if x.mode != Mode::NoValue {
                    spread = true;
                    for t in ts {
                        ops.push((Operand::value(t), &args[0]));
                    }
                }
            }
            if !spread {
                let x = self.single_value(&args[0], x);
                ops.push((x, &args[0]));
            }
        } else {
            for (i, a) in args.iter().enumerate() {
                let x = self.arg_operand(a, i, sig, dots);
                let x = self.single_value(a, x);
                ops.push((x, a));
            }
        }
        let deferred = &self.deferred_args;
        if ops
            .iter()
            .any(|(x, a)| x.is_bad() && !deferred.contains(&a.unparen().id))
        {
            return None;
        }
        Some((ops, spread))
    }

    /// Checks argument operands against `sig`.
    pub fn arguments_with(
        &mut self,
        call: &Expr,
        name: &str,
        sig: &Signature,
        ops: &mut [(Operand, &Expr)],
        spread: bool,
        ellipsis: Option<Span>,
    ) {
        let np = sig.params.len();
        if let Some(sp) = ellipsis {
            if !sig.variadic {
                self.error(sp, format!("cannot use ... in call to non-variadic {name}"));
                return;
            }
            if ops.len() != np {
                self.count_error(call, name, sig, ops, ops.len() < np, true);
                return;
            }
        }
        let enough = if sig.variadic && ellipsis.is_none() {
            ops.len() >= np - 1
        } else {
            ops.len() == np
        };
        if !enough {
            let fewer = ops.len() < np;
            self.count_error(call, name, sig, ops, fewer, false);
            return;
        }
        let context = format!("argument to {name}");
        for (i, (x, a)) in ops.iter_mut().enumerate() {
            // A generic function argument of a generic callee, inferred
            // from its parameter's type now that the callee is instantiated.
            if self.deferred_args.remove(&a.unparen().id) {
                let hint = Self::param_type(sig, i, ellipsis.is_some(), &self.pkg.types);
                *x = self.expr_hint(a, hint);
                if x.is_bad() {
                    continue;
                }
            }
            let t = if sig.variadic && i + 1 >= np {
                let last = sig.params[np - 1];
                if ellipsis.is_some() {
                    last
                } else {
                    match self.pkg.types.get(last) {
                        Type::Slice(e) => *e,
                        _ => last,
                    }
                }
            } else {
                sig.params[i]
            };
            if spread {
                if !self.assignable(x, t) {
                    let msg = format!(
                        "cannot use {} (value of type {}) as {} value in {context}{}",
                        expr_string(a),
                        self.type_str(x.ty),
                        self.type_str(t),
                        self.assign_cause(x.ty, t)
                    );
                    self.error(a.span, msg);
                }
            } else {
                self.assignment(a, x, Some(t), &context);
            }
        }
    }

    pub fn count_error(
        &mut self,
        call: &Expr,
        name: &str,
        sig: &Signature,
        ops: &[(Operand, &Expr)],
        fewer: bool,
        dots: bool,
    ) {
        let have: Vec<_> = ops.iter().map(|(x, _)| x.ty).collect();
        let mut have = self.types_summary(&have, false);
        if dots {
            have.insert_str(have.len() - 1, "...");
        }
        let want = self.types_summary(&sig.params, sig.variadic);
        let what = if fewer { "not enough" } else { "too many" };
        let at = if fewer {
            ops.last().map_or(call.span, |(_, a)| a.span)
        } else {
            ops.get(sig.params.len()).map_or(call.span, |(_, a)| a.span)
        };
        self.error(
            at,
            format!("{what} arguments in call to {name}\n\thave {have}\n\twant {want}"),
        );
    }

    /// `(int, number)`: go/types' typesSummary for count mismatches.
    pub fn types_summary(&self, ts: &[TypeId], variadic: bool) -> String {
        let tt = &self.pkg.types;
        let parts: Vec<String> = ts
            .iter()
            .enumerate()
            .map(|(i, &t)| {
                let s = if t == INVALID {
                    "unknown type".to_string()
                } else if tt.is_untyped(t) {
                    if tt.is_numeric(t) {
                        "number".into()
                    } else {
                        self.type_str(t).replace("untyped ", "")
                    }
                } else {
                    self.type_str(t)
                };
                if variadic && i + 1 == ts.len() {
                    format!("...{}", s.strip_prefix("[]").unwrap_or(&s))
                } else {
                    s
                }
            })
            .collect();
        format!("({})", parts.join(", "))
    }

    /// `T(x)`.
    fn conversion(&mut self, e: &Expr, t: TypeId, args: &[Expr]) -> Operand {
        if args.len() != 1 {
            for a in args {
                self.raw_expr(a, None);
            }
            let what = if args.is_empty() {
                "missing"
            } else {
                "too many"
            };
            let msg = format!(
                "{what} argument{} in conversion to {}",
                if args.is_empty() { "" } else { "s" },
                self.type_str(t)
            );
            self.error(e.span, msg);
            return Operand::invalid();
        }
        let xe = &args[0];
        let x = self.expr(xe);
        if x.is_bad() || self.pkg.types.underlying(t) == INVALID {
            return Operand::invalid();
        }
        self.convert(e, xe, x, t)
    }

    pub fn convert(&mut self, e: &Expr, xe: &Expr, mut x: Operand, t: TypeId) -> Operand {
        let tdisp = match &e.kind {
            ExprKind::Call { fun, .. } => self.type_disp(fun, t),
            _ => self.type_str(t),
        };
        if let Some(r) = self.tparam_conversion(xe, &x, t, &tdisp) {
            return r;
        }
        let tt = &self.pkg.types;
        let const_arg = x.val().is_some();
        let mut result_val = None;
        let ok = if const_arg && tt.is_const_type(t) {
            let v = x.val().cloned().unwrap_or(ConstValue::Bool(false));
            let k = tt.basic_kind(t).unwrap_or(BasicKind::Invalid);
            match constant::representable(&v, k) {
                Ok(v) => {
                    result_val = Some(v);
                    true
                }
                Err(_) if tt.is_integer(x.ty) && tt.is_string(t) => {
                    let s = match &v {
                        ConstValue::Int(i) => constant::rune_to_string(i),
                        _ => Vec::new(),
                    };
                    result_val = Some(ConstValue::String(s));
                    true
                }
                Err(_) if tt.is_integer(x.ty) && tt.is_integer(t) => {
                    let msg = format!("constant {} overflows {tdisp}", constant::format(&v));
                    self.error(xe.span, msg);
                    return Operand::invalid();
                }
                Err(_) => {
                    let msg = format!("cannot convert {} to type {tdisp}", self.describe(xe, &x));
                    self.error(xe.span, msg);
                    return Operand::invalid();
                }
            }
        } else if x.is_nil() {
            tt.has_nil(t)
        } else if x.ty == self.basic(BasicKind::UntypedBool) {
            // A non-constant untyped bool (a comparison) converts as it
            // would be assigned: to a boolean type or to an interface.
            tt.is_boolean(t) || self.assignable(&Operand::value(tt.default_type(x.ty)), t)
        } else {
            self.convertible(&x, t)
        };
        if !ok {
            let msg = format!("cannot convert {} to type {tdisp}", self.describe(xe, &x));
            self.error(xe.span, msg);
            return Operand::invalid();
        }
        let tt = &self.pkg.types;
        if tt.is_untyped(x.ty) {
            let mut fin = t;
            if tt.is_interface(t) || (const_arg && !tt.is_const_type(t)) {
                fin = tt.default_type(x.ty);
            } else if const_arg && tt.is_integer(x.ty) && tt.is_string(t) {
                fin = x.ty;
            }
            if x.is_nil() {
                self.pkg.info.types.insert(
                    xe.id,
                    super::TypeAndValue {
                        ty: t,
                        mode: Mode::Nil,
                    },
                );
                self.untyped.remove(&xe.id);
            } else {
                self.update_expr_type(xe, fin, true);
            }
        }
        match result_val {
            Some(v) => {
                x.mode = Mode::Constant(v);
                x.ty = t;
            }
            None => {
                x.mode = Mode::Value;
                x.ty = t;
            }
        }
        x
    }

    /// Spec: Conversions (non-constant).
    pub fn convertible(&self, x: &Operand, t: TypeId) -> bool {
        if self.assignable(x, t) {
            return true;
        }
        let tt = &self.pkg.types;
        let v = x.ty;
        let (vu, tu) = (tt.underlying(v), tt.underlying(t));
        if self.identical_ignore_tags(vu, tu) {
            return true;
        }
        if let (Type::Pointer(a), Type::Pointer(b)) = (tt.get(v), tt.get(t)) {
            if self.identical_ignore_tags(tt.underlying(*a), tt.underlying(*b)) {
                return true;
            }
        }
        // Integers and floats convert among themselves, complex numbers
        // only to complex numbers.
        let real = |ty: TypeId| tt.is_integer(ty) || tt.is_float(ty);
        if (real(v) && real(t)) || (tt.is_complex(v) && tt.is_complex(t)) {
            return true;
        }
        let is_bytes_or_runes = |ty: TypeId| match tt.under(ty) {
            Type::Slice(e) => matches!(
                tt.basic_kind(*e),
                Some(BasicKind::Uint8) | Some(BasicKind::Int32)
            ),
            _ => false,
        };
        if tt.is_string(t) && (tt.is_integer(v) || is_bytes_or_runes(v)) {
            return true;
        }
        if tt.is_string(v) && is_bytes_or_runes(t) {
            return true;
        }
        let unsafe_ptr = |ty: TypeId| tt.basic_kind(ty) == Some(BasicKind::UnsafePointer);
        if (unsafe_ptr(v)
            && (matches!(tt.get(tu), Type::Pointer(_))
                || tt.basic_kind(t) == Some(BasicKind::Uintptr)))
            || (unsafe_ptr(t)
                && (matches!(tt.get(vu), Type::Pointer(_))
                    || tt.basic_kind(v) == Some(BasicKind::Uintptr)))
        {
            return true;
        }
        // Slice to array or to array pointer.
        if let Type::Slice(se) = tt.get(vu) {
            match tt.get(tu) {
                Type::Array(_, ae) if ae == se => return true,
                Type::Pointer(p) => {
                    if let Type::Array(_, ae) = tt.under(*p) {
                        if ae == se {
                            return true;
                        }
                    }
                }
                _ => {}
            }
        }
        false
    }

    /// Type identity ignoring struct tags (for conversions). Unnamed types
    /// are finite trees, so the recursion ends at any depth.
    fn identical_ignore_tags(&self, a: TypeId, b: TypeId) -> bool {
        if a == b {
            return true;
        }
        let same = |x: TypeId, y: TypeId| self.identical_ignore_tags(x, y);
        let tt = &self.pkg.types;
        match (tt.get(a), tt.get(b)) {
            (Type::Struct(fa), Type::Struct(fb)) => {
                fa.len() == fb.len()
                    && fa.iter().zip(fb).all(|(x, y)| {
                        x.name == y.name
                            && x.pkg == y.pkg
                            && x.embedded == y.embedded
                            && same(x.ty, y.ty)
                    })
            }
            (Type::Pointer(x), Type::Pointer(y)) | (Type::Slice(x), Type::Slice(y)) => same(*x, *y),
            (Type::Array(n, x), Type::Array(m, y)) => n == m && same(*x, *y),
            (Type::Map(k, v), Type::Map(l, w)) => same(*k, *l) && same(*v, *w),
            (Type::Chan(d, x), Type::Chan(e, y)) => d == e && same(*x, *y),
            (Type::Func(f), Type::Func(g)) => {
                let all = |x: &[TypeId], y: &[TypeId]| {
                    x.len() == y.len() && x.iter().zip(y).all(|(a, b)| same(*a, *b))
                };
                f.variadic == g.variadic && all(&f.params, &g.params) && all(&f.results, &g.results)
            }
            _ => false,
        }
    }
}
