//! Calls of the predeclared functions (spec: Built-in functions) and of
//! `unsafe.Sizeof/Alignof/Offsetof`. `len`/`cap` of arrays and of constant
//! strings, `min`/`max` of constants, `complex`/`real`/`imag` of constants
//! and the unsafe functions are constants; their values come from the
//! layout in `ty.rs` (gc's on 64-bit targets).

use num_bigint::BigInt;

use super::check::Checker;
use super::constant;
use super::expr::{Operand, INVALID};
use super::exprstring::expr_string;
use super::ty::{BasicKind, Type, TypeId};
use super::universe::builtin_name;
use super::{Builtin, ConstValue, Mode, Selection};
use crate::syntax::ast::{Expr, ExprKind, Span, UnOp};

impl Checker<'_> {
    /// The number of results of `e` when it is a call of a function named
    /// directly (`f(...)`), from its declaration; None otherwise.
    fn declared_results(&mut self, e: &Expr) -> Option<usize> {
        let ExprKind::Call { fun, .. } = &e.unparen().kind else {
            return None;
        };
        let ExprKind::Name(n) = &fun.unparen().kind else {
            return None;
        };
        let o = self.lookup(n)?;
        if !matches!(self.obj(o).kind, super::ObjKind::Func) {
            return None;
        }
        self.resolve_obj(o);
        match self.pkg.types.under(self.obj(o).ty) {
            Type::Func(sig) => Some(sig.results.len()),
            _ => None,
        }
    }

    pub fn builtin(
        &mut self,
        e: &Expr,
        b: Builtin,
        args: &[Expr],
        ellipsis: Option<Span>,
    ) -> Operand {
        let (min, variadic) = match b {
            Builtin::Append => (1, true),
            Builtin::Cap
            | Builtin::Clear
            | Builtin::Close
            | Builtin::Imag
            | Builtin::Len
            | Builtin::New
            | Builtin::Panic
            | Builtin::Real => (1, false),
            Builtin::Complex | Builtin::Copy | Builtin::Delete => (2, false),
            Builtin::Make => (1, true),
            Builtin::Max | Builtin::Min => (1, true),
            Builtin::Print | Builtin::Println => (0, true),
            Builtin::Recover => (0, false),
            Builtin::Sizeof | Builtin::Alignof | Builtin::Offsetof => (1, false),
            Builtin::Add | Builtin::Slice | Builtin::String => (2, false),
            Builtin::SliceData | Builtin::StringData => (1, false),
        };
        let spreads = matches!(
            b,
            Builtin::Append
                | Builtin::Copy
                | Builtin::Complex
                | Builtin::Delete
                | Builtin::Min
                | Builtin::Max
        );
        if args.len() == 1 && spreads {
            if let Some(k) = self.declared_results(&args[0]).filter(|&k| k > 1) {
                // gc passes the k results of `f()` as the k arguments
                // (`copy(f())`); golift's lowering of builtins does not yet.
                let msg = format!(
                    "golift: {} of a call with {k} results is not supported yet",
                    builtin_name(b)
                );
                self.error(e.span, msg);
                self.skip_args(args);
                return Operand::invalid();
            }
        }
        if ellipsis.is_some() && b != Builtin::Append {
            let msg = format!(
                "invalid operation: invalid use of ... with built-in {}",
                builtin_name(b)
            );
            self.error(e.span, msg);
            self.skip_args(args);
            return Operand::invalid();
        }
        let n = args.len();
        if n < min || (!variadic && n > min) {
            let what = if n < min { "not enough" } else { "too many" };
            let msg = format!(
                "{what} arguments for {} (expected {min}, found {n})",
                expr_string(e)
            );
            let at = if n < min {
                Span::new(e.span.hi.saturating_sub(1), e.span.hi)
            } else {
                args[min].span
            };
            self.error(at, msg);
            self.skip_args(args);
            return Operand::invalid();
        }
        // Builtins newer than the file's language version (the callee's
        // position, as gc reports).
        let callee = Span::new(e.span.lo, e.span.lo + builtin_name(b).len() as u32);
        match b {
            Builtin::Clear => {
                self.verify_version(callee, 21, "clear");
            }
            Builtin::Min | Builtin::Max => {
                let what = format!("built-in {}", builtin_name(b));
                self.verify_version(callee, 21, &what);
            }
            _ => {}
        }
        match b {
            Builtin::Len | Builtin::Cap => self.len_cap(b, &args[0]),
            Builtin::Append => self.append(e, args, ellipsis.is_some()),
            Builtin::Copy => self.copy_builtin(args),
            Builtin::Make => self.make(e, args),
            Builtin::New => self.new_builtin(e, &args[0]),
            Builtin::Min | Builtin::Max => self.min_max(b, args),
            Builtin::Clear => {
                let x = self.expr(&args[0]);
                if !x.is_bad()
                    && !matches!(self.pkg.types.under(x.ty), Type::Slice(_) | Type::Map(..))
                {
                    let msg = format!(
                        "invalid argument: {} must be a map or slice",
                        self.describe(&args[0], &x)
                    );
                    self.error(args[0].span, msg);
                }
                self.no_value()
            }
            Builtin::Print | Builtin::Println => {
                let ctx = format!("argument to built-in {}", builtin_name(b));
                for a in args {
                    let x = self.raw_expr(a, None);
                    let multi = matches!(self.pkg.types.get(x.ty), Type::Tuple(_));
                    if args.len() == 1 && multi && x.mode != Mode::NoValue {
                        // println(f()) prints every result of f.
                        break;
                    }
                    let mut x = self.single_value(a, x);
                    self.assignment(a, &mut x, None, &ctx);
                }
                self.no_value()
            }
            Builtin::Panic => {
                let any = self.pkg.types.intern(Type::Interface(vec![]));
                let mut x = self.expr(&args[0]);
                self.assignment(&args[0], &mut x, Some(any), "argument to built-in panic");
                self.no_value()
            }
            Builtin::Recover => {
                let any = self.pkg.types.intern(Type::Interface(vec![]));
                Operand::value(any)
            }
            Builtin::Complex => self.complex(e, args),
            Builtin::Real | Builtin::Imag => self.real_imag(e, b, &args[0]),
            Builtin::Delete => self.delete(args),
            Builtin::Close => {
                self.close(&args[0]);
                self.no_value()
            }
            Builtin::Sizeof | Builtin::Alignof => self.sizeof(b, &args[0]),
            Builtin::Offsetof => self.offsetof(&args[0]),
            Builtin::Add => self.unsafe_add(args),
            Builtin::Slice | Builtin::String => self.unsafe_slice_string(b, args),
            Builtin::SliceData | Builtin::StringData => self.unsafe_data(b, &args[0]),
        }
    }

    /// `delete(m, k)`: `m` a map, `k` assignable to its key type.
    fn delete(&mut self, args: &[Expr]) -> Operand {
        let m = self.expr(&args[0]);
        if m.is_bad() {
            self.skip_args(&args[1..]);
            return self.no_value();
        }
        let Type::Map(k, _) = self.pkg.types.under(m.ty).clone() else {
            let msg = format!(
                "invalid argument: {} is not a map",
                self.describe(&args[0], &m)
            );
            self.error(args[0].span, msg);
            self.skip_args(&args[1..]);
            return self.no_value();
        };
        // No hint: gc infers no generic function's type arguments here.
        let mut kx = self.expr(&args[1]);
        self.assignment(&args[1], &mut kx, Some(k), "argument to delete");
        self.no_value()
    }

    fn skip_args(&mut self, args: &[Expr]) {
        for a in args {
            self.raw_expr(a, None);
        }
    }

    fn no_value(&mut self) -> Operand {
        Operand {
            mode: Mode::NoValue,
            ty: self.pkg.types.intern(Type::Tuple(vec![])),
        }
    }

    fn int_const(&self, v: u64) -> Operand {
        Operand {
            mode: Mode::Constant(ConstValue::Int(BigInt::from(v))),
            ty: self.basic(BasicKind::Int),
        }
    }

    fn len_cap(&mut self, b: Builtin, a: &Expr) -> Operand {
        let mut x = self.expr(a);
        if x.is_bad() {
            return x;
        }
        let int = self.basic(BasicKind::Int);
        let tt = &self.pkg.types;
        if tt.is_string(x.ty) && b == Builtin::Len {
            if let Some(ConstValue::String(s)) = x.val() {
                let n = s.len() as u64;
                if tt.is_untyped(x.ty) {
                    let st = self.basic(BasicKind::String);
                    self.convert_untyped(a, &mut x, st);
                }
                return self.int_const(n);
            }
            return Operand::value(int);
        }
        let arr = match tt.under(x.ty) {
            Type::Array(n, _) => Some(*n),
            Type::Pointer(p) => match tt.under(*p) {
                Type::Array(n, _) => Some(*n),
                _ => None,
            },
            _ => None,
        };
        if let Some(n) = arr {
            if !has_call_or_recv(&self.pkg, a) {
                return self.int_const(n);
            }
            return Operand::value(int);
        }
        let ok = match tt.under(x.ty) {
            Type::Slice(_) | Type::Chan(..) => true,
            Type::Map(..) => b == Builtin::Len,
            _ => false,
        };
        if !ok {
            let msg = format!(
                "invalid argument: {} for built-in {}",
                self.describe(a, &x),
                builtin_name(b)
            );
            self.error(a.span, msg);
            return Operand::invalid();
        }
        Operand::value(int)
    }

    fn append(&mut self, e: &Expr, args: &[Expr], dots: bool) -> Operand {
        let s = self.expr(&args[0]);
        if s.is_bad() {
            self.skip_args(&args[1..]);
            return s;
        }
        let Type::Slice(elem) = self.pkg.types.under(s.ty).clone() else {
            let msg = if s.is_nil() {
                "invalid argument: first argument to append must be a typed slice; have untyped nil"
                    .to_string()
            } else {
                format!(
                    "invalid append: argument must be a slice; have {}",
                    self.describe(&args[0], &s)
                )
            };
            self.error(args[0].span, msg);
            self.skip_args(&args[1..]);
            return Operand::invalid();
        };
        if dots {
            if args.len() != 2 {
                self.error(e.span, "can only use ... with final argument in list");
                self.skip_args(&args[1..]);
                return Operand::value(s.ty);
            }
            let mut y = self.expr(&args[1]);
            if y.is_bad() {
                return Operand::value(s.ty);
            }
            // append([]byte, string...) is allowed.
            let tt = &self.pkg.types;
            if tt.basic_kind(elem) == Some(BasicKind::Uint8) && tt.is_string(y.ty) {
                if tt.is_untyped(y.ty) {
                    let st = self.basic(BasicKind::String);
                    self.convert_untyped(&args[1], &mut y, st);
                }
                return Operand::value(s.ty);
            }
            let st = self.pkg.types.intern(Type::Slice(elem));
            self.assignment(&args[1], &mut y, Some(st), "argument to append");
            return Operand::value(s.ty);
        }
        for a in &args[1..] {
            // No hint: gc infers no generic function's type arguments here.
            let mut x = self.expr(a);
            self.assignment(a, &mut x, Some(elem), "argument to append");
        }
        Operand::value(s.ty)
    }

    fn copy_builtin(&mut self, args: &[Expr]) -> Operand {
        let d = self.expr(&args[0]);
        let mut s = self.expr(&args[1]);
        let int = self.basic(BasicKind::Int);
        if d.is_bad() || s.is_bad() {
            return Operand::value(int);
        }
        let tt = &self.pkg.types;
        let Type::Slice(de) = tt.under(d.ty).clone() else {
            let msg = format!(
                "invalid copy: argument must be a slice; have {}",
                self.describe(&args[0], &d)
            );
            self.error(args[0].span, msg);
            return Operand::value(int);
        };
        if tt.basic_kind(de) == Some(BasicKind::Uint8) && tt.is_string(s.ty) {
            if tt.is_untyped(s.ty) {
                let st = self.basic(BasicKind::String);
                self.convert_untyped(&args[1], &mut s, st);
            }
            return Operand::value(int);
        }
        match tt.under(s.ty) {
            Type::Slice(se) if *se == de => {}
            Type::Slice(_) => {
                let msg = format!(
                    "invalid argument: arguments to copy {} and {} have different element types {} and {}",
                    self.describe(&args[0], &d),
                    self.describe(&args[1], &s),
                    self.type_str(de),
                    match tt.under(s.ty) {
                        Type::Slice(se) => self.type_str(*se),
                        _ => String::new(),
                    }
                );
                self.error(args[0].span, msg);
            }
            _ => {
                let msg = format!(
                    "invalid copy: argument must be a slice; have {}",
                    self.describe(&args[1], &s)
                );
                self.error(args[0].span, msg);
            }
        }
        Operand::value(int)
    }

    fn make(&mut self, e: &Expr, args: &[Expr]) -> Operand {
        let t = self.typexpr(&args[0]);
        if t == INVALID {
            self.skip_args(&args[1..]);
            return Operand::invalid();
        }
        let min = match self.pkg.types.under(t) {
            Type::Slice(_) => 2,
            Type::Map(..) | Type::Chan(..) => 1,
            _ => {
                let msg = format!(
                    "invalid argument: cannot make {}: type must be slice, map, or channel",
                    expr_string(&args[0])
                );
                self.error(args[0].span, msg);
                self.skip_args(&args[1..]);
                return Operand::invalid();
            }
        };
        if args.len() < min || args.len() > 3 {
            let msg = format!(
                "invalid operation: {} expects {} or {} arguments; found {}",
                expr_string(e),
                min,
                min + 1,
                args.len()
            );
            self.error(e.span, msg);
            self.skip_args(&args[1..]);
            return Operand::invalid();
        }
        let mut sizes = Vec::new();
        for a in &args[1..] {
            sizes.push(self.index(a, None));
        }
        if let [Some(len), Some(cap)] = sizes[..] {
            if len > cap {
                self.error(
                    args[1].span,
                    "invalid argument: length and capacity swapped",
                );
            }
        }
        Operand::value(t)
    }

    fn new_builtin(&mut self, call: &Expr, a: &Expr) -> Operand {
        let x = self.expr_or_type(a);
        if x.is_bad() {
            return x;
        }
        let t = if x.mode == Mode::Type {
            x.ty
        } else {
            // Go 1.26: `new(expr)` makes a variable holding expr's value.
            let what = super::exprstring::expr_string(call);
            if !self.verify_version(call.span, 26, &what) {
                return Operand::invalid();
            }
            let mut x = x;
            self.assignment(a, &mut x, None, "argument to new");
            if x.is_bad() {
                return x;
            }
            x.ty
        };
        Operand::value(self.pkg.types.intern(Type::Pointer(t)))
    }

    fn min_max(&mut self, b: Builtin, args: &[Expr]) -> Operand {
        let mut ops: Vec<Operand> = Vec::new();
        for a in args {
            let x = self.expr(a);
            if x.is_bad() {
                self.skip_args(&args[ops.len() + 1..]);
                return x;
            }
            if !self.pkg.types.is_ordered(x.ty) {
                let msg = format!(
                    "invalid argument: {} cannot be ordered",
                    self.describe(a, &x)
                );
                self.error(a.span, msg);
                return Operand::invalid();
            }
            ops.push(x);
        }
        // Unify operand types pairwise as a binary operation would.
        let mut acc = ops[0].clone();
        for i in 1..ops.len() {
            let mut y = ops[i].clone();
            let (xe, ye) = (&args[0], &args[i]);
            let yt = y.ty;
            self.convert_untyped(xe, &mut acc, yt);
            if acc.is_bad() {
                return acc;
            }
            let at = acc.ty;
            self.convert_untyped(ye, &mut y, at);
            if y.is_bad() {
                return y;
            }
            if acc.ty != y.ty {
                let msg = format!(
                    "invalid argument: mismatched types {} (previous argument) and {} (type of {})",
                    self.type_str(acc.ty),
                    self.type_str(y.ty),
                    expr_string(ye)
                );
                self.error(ye.span, msg);
                return Operand::invalid();
            }
            let r = super::expr::repr_for(self, acc.ty);
            acc.mode = match (acc.val(), y.val()) {
                (Some(a), Some(v)) => {
                    let op = if b == Builtin::Min {
                        crate::syntax::ast::BinOp::Lt
                    } else {
                        crate::syntax::ast::BinOp::Gt
                    };
                    let keep = constant::compare(op, a, v, r).unwrap_or(true)
                        || constant::compare(crate::syntax::ast::BinOp::Eq, a, v, r)
                            .unwrap_or(false);
                    Mode::Constant(if keep { a.clone() } else { v.clone() })
                }
                _ => Mode::Value,
            };
            ops[i] = y;
        }
        if acc.val().is_none() {
            acc.mode = Mode::Value;
            // All operands take the final type.
            let t = acc.ty;
            for a in args {
                if self
                    .pkg
                    .types
                    .is_untyped(self.pkg.info.types.get(&a.id).map_or(t, |tv| tv.ty))
                {
                    let fin = if self.pkg.types.is_untyped(t) {
                        self.pkg.types.default_type(t)
                    } else {
                        t
                    };
                    self.update_expr_type(a, fin, true);
                }
            }
        }
        acc
    }

    fn complex(&mut self, e: &Expr, args: &[Expr]) -> Operand {
        let mut x = self.expr(&args[0]);
        let mut y = self.expr(&args[1]);
        if x.is_bad() || y.is_bad() {
            return Operand::invalid();
        }
        let tt = &self.pkg.types;
        // Untyped operands take the other's type, or float64 when both are
        // untyped and not constant.
        if tt.is_untyped(x.ty) && !tt.is_untyped(y.ty) {
            let yt = y.ty;
            self.convert_untyped(&args[0], &mut x, yt);
        } else if tt.is_untyped(y.ty) && !tt.is_untyped(x.ty) {
            let xt = x.ty;
            self.convert_untyped(&args[1], &mut y, xt);
        }
        if x.is_bad() || y.is_bad() {
            return Operand::invalid();
        }
        let tt = &self.pkg.types;
        if let (Some(a), Some(b)) = (x.val(), y.val()) {
            if tt.is_untyped(x.ty) && tt.is_untyped(y.ty) {
                let re = constant::to_repr(a, constant::Repr::Float);
                let im = constant::to_repr(b, constant::Repr::Float);
                if let (Some(ConstValue::Float(re)), Some(ConstValue::Float(im))) = (re, im) {
                    return Operand {
                        mode: Mode::Constant(ConstValue::Complex(re, im)),
                        ty: self.basic(BasicKind::UntypedComplex),
                    };
                }
            }
        }
        let f64t = self.basic(BasicKind::Float64);
        if self.pkg.types.is_untyped(x.ty) {
            self.convert_untyped(&args[0], &mut x, f64t);
        }
        if self.pkg.types.is_untyped(y.ty) {
            self.convert_untyped(&args[1], &mut y, f64t);
        }
        if x.is_bad() || y.is_bad() {
            return Operand::invalid();
        }
        let tt = &self.pkg.types;
        if x.ty != y.ty {
            let msg = format!(
                "invalid operation: {} (mismatched types {} and {})",
                expr_string(e),
                self.type_str(x.ty),
                self.type_str(y.ty)
            );
            self.error(args[0].span, msg);
            return Operand::invalid();
        }
        let rt = match tt.basic_kind(x.ty) {
            Some(BasicKind::Float32) => self.basic(BasicKind::Complex64),
            Some(BasicKind::Float64) => self.basic(BasicKind::Complex128),
            _ => {
                let msg = format!(
                    "invalid argument: arguments have type {}, expected floating-point",
                    self.type_str(x.ty)
                );
                self.error(args[0].span, msg);
                return Operand::invalid();
            }
        };
        if let (Some(ConstValue::Float(re)), Some(ConstValue::Float(im))) = (x.val(), y.val()) {
            return Operand {
                mode: Mode::Constant(ConstValue::Complex(re.clone(), im.clone())),
                ty: rt,
            };
        }
        Operand::value(rt)
    }

    fn real_imag(&mut self, _e: &Expr, b: Builtin, a: &Expr) -> Operand {
        let mut x = self.expr(a);
        if x.is_bad() {
            return x;
        }
        let tt = &self.pkg.types;
        if tt.is_untyped(x.ty) {
            if let Some(v) = x.val() {
                let Some(ConstValue::Complex(re, im)) =
                    constant::to_repr(v, constant::Repr::Complex)
                else {
                    return Operand::invalid();
                };
                let part = if b == Builtin::Real { re } else { im };
                return Operand {
                    mode: Mode::Constant(ConstValue::Float(part)),
                    ty: self.basic(BasicKind::UntypedFloat),
                };
            }
            let c128 = self.basic(BasicKind::Complex128);
            self.convert_untyped(a, &mut x, c128);
        }
        let tt = &self.pkg.types;
        let rt = match tt.basic_kind(x.ty) {
            Some(BasicKind::Complex64) => self.basic(BasicKind::Float32),
            Some(BasicKind::Complex128) => self.basic(BasicKind::Float64),
            _ => {
                let msg = format!(
                    "invalid argument: {} must be of complex type",
                    self.describe(a, &x)
                );
                self.error(a.span, msg);
                return Operand::invalid();
            }
        };
        if let Some(ConstValue::Complex(re, im)) = x.val() {
            let part = if b == Builtin::Real {
                re.clone()
            } else {
                im.clone()
            };
            return Operand {
                mode: Mode::Constant(ConstValue::Float(part)),
                ty: rt,
            };
        }
        Operand::value(rt)
    }

    fn sizeof(&mut self, b: Builtin, a: &Expr) -> Operand {
        let mut x = self.expr(a);
        if x.is_bad() {
            return x;
        }
        self.assignment(a, &mut x, None, &format!("argument to {}", builtin_name(b)));
        if x.is_bad() {
            return x;
        }
        if !self.finite_layout(x.ty, &mut Vec::new()) {
            return Operand::invalid();
        }
        let v = if b == Builtin::Sizeof {
            self.pkg.types.size_of(x.ty)
        } else {
            self.pkg.types.align_of(x.ty)
        };
        Operand {
            mode: Mode::Constant(ConstValue::Int(BigInt::from(v))),
            ty: self.basic(BasicKind::Uintptr),
        }
    }

    /// `unsafe.Add(ptr, len)`: an unsafe.Pointer moved by an integer.
    fn unsafe_add(&mut self, args: &[Expr]) -> Operand {
        let up = self.basic(BasicKind::UnsafePointer);
        let mut p = self.expr(&args[0]);
        self.assignment(&args[0], &mut p, Some(up), "argument to unsafe.Add");
        if !self.unsafe_len_arg(&args[1], "unsafe.Add") || p.is_bad() {
            return Operand::invalid();
        }
        Operand::value(up)
    }

    /// The integer argument of unsafe.Add/Slice/String (untyped: int);
    /// false (reported unless already bad) when it is not an integer.
    fn unsafe_len_arg(&mut self, arg: &Expr, what: &str) -> bool {
        let mut n = self.expr(arg);
        if n.is_bad() {
            return false;
        }
        if self.pkg.types.is_untyped(n.ty) {
            let int = self.basic(BasicKind::Int);
            self.convert_untyped(arg, &mut n, int);
        }
        if n.is_bad() {
            return false;
        }
        if !self.pkg.types.is_integer(n.ty) {
            let msg = format!(
                "cannot use {} as int value in argument to {what}",
                self.describe(arg, &n)
            );
            self.error(arg.span, msg);
            return false;
        }
        true
    }

    /// `unsafe.Slice(ptr *T, len) []T` and `unsafe.String(ptr *byte, len)
    /// string`; `len` is of any integer type (untyped: int).
    fn unsafe_slice_string(&mut self, b: Builtin, args: &[Expr]) -> Operand {
        let name = super::universe::builtin_name(b);
        let mut p = self.expr(&args[0]);
        if b == Builtin::String {
            // ptr is assigned to *byte: nil and named *byte types are fine.
            let byte = self.basic(BasicKind::Uint8);
            let bp = self.pkg.types.intern(Type::Pointer(byte));
            self.assignment(&args[0], &mut p, Some(bp), "argument to unsafe.String");
            if !self.unsafe_len_arg(&args[1], name) || p.is_bad() {
                return Operand::invalid();
            }
            return Operand::value(self.basic(BasicKind::String));
        }
        if !self.unsafe_len_arg(&args[1], name) || p.is_bad() {
            return Operand::invalid();
        }
        let elem = match self.pkg.types.under(p.ty) {
            Type::Pointer(t) => *t,
            _ => {
                let msg = format!(
                    "invalid argument: {} is not a pointer",
                    self.describe(&args[0], &p)
                );
                self.error(args[0].span, msg);
                return Operand::invalid();
            }
        };
        Operand::value(self.pkg.types.intern(Type::Slice(elem)))
    }

    /// `unsafe.SliceData(s []T) *T` and `unsafe.StringData(s string) *byte`.
    fn unsafe_data(&mut self, b: Builtin, arg: &Expr) -> Operand {
        let mut x = self.expr(arg);
        if x.is_bad() {
            return Operand::invalid();
        }
        if b == Builtin::StringData {
            let s = self.basic(BasicKind::String);
            self.assignment(arg, &mut x, Some(s), "argument to unsafe.StringData");
            if x.is_bad() {
                return Operand::invalid();
            }
            let byte = self.basic(BasicKind::Uint8);
            return Operand::value(self.pkg.types.intern(Type::Pointer(byte)));
        }
        match self.pkg.types.under(x.ty) {
            Type::Slice(t) => {
                let t = *t;
                Operand::value(self.pkg.types.intern(Type::Pointer(t)))
            }
            _ => {
                let msg = format!(
                    "invalid argument: {} is not a slice",
                    self.describe(arg, &x)
                );
                self.error(arg.span, msg);
                Operand::invalid()
            }
        }
    }

    /// Whether `t` has a size (no type contains itself by value); guards
    /// the layout functions against recursive types not yet reported.
    pub fn finite_layout(&self, t: TypeId, path: &mut Vec<TypeId>) -> bool {
        let tt = &self.pkg.types;
        if matches!(tt.get(t), Type::Named(_)) {
            if path.contains(&t) || path.len() > 100 {
                return false;
            }
            path.push(t);
            let ok = self.finite_layout(tt.underlying(t), path);
            path.pop();
            return ok;
        }
        match tt.get(t) {
            Type::Array(_, e) => self.finite_layout(*e, path),
            Type::Struct(fields) => fields.iter().all(|f| self.finite_layout(f.ty, path)),
            _ => true,
        }
    }

    fn offsetof(&mut self, a: &Expr) -> Operand {
        let inner = a.unparen();
        let ExprKind::Selector(base, sel) = &inner.kind else {
            let msg = format!(
                "invalid argument: {} is not a selector expression",
                expr_string(a)
            );
            self.error(a.span, msg);
            self.raw_expr(a, None);
            return Operand::invalid();
        };
        let x = self.expr(a);
        if x.is_bad() {
            return x;
        }
        let Some(Selection::Field { path, .. }) = self.pkg.info.selections.get(&inner.id).cloned()
        else {
            let msg = format!("invalid argument: {} is a method value", expr_string(a));
            self.error(a.span, msg);
            return Operand::invalid();
        };
        let bt = self
            .pkg
            .info
            .types
            .get(&base.id)
            .map_or(INVALID, |tv| tv.ty);
        let start = match self.pkg.types.under(bt) {
            Type::Pointer(p) => *p,
            _ => bt,
        };
        if !self.finite_layout(start, &mut Vec::new()) {
            return Operand::invalid();
        }
        // Only the embedded fields along the path count: `p.f` with a
        // pointer `p` is fine, `x.f` promoted through an embedded `*E` is
        // not (field_offset fails there).
        let off = self.field_offset(start, &path);
        let Some(off) = off else {
            let msg = format!(
                "invalid argument: field {} is embedded via a pointer in {}",
                sel.name,
                expr_string(base)
            );
            self.error(a.span, msg);
            return Operand::invalid();
        };
        Operand {
            mode: Mode::Constant(ConstValue::Int(BigInt::from(off))),
            ty: self.basic(BasicKind::Uintptr),
        }
    }
}

/// Whether checked expression `e` contains a function call or a channel
/// receive (then `len`/`cap` of an array is not constant, and `range` over
/// it evaluates it). Conversions and calls with constant results
/// (`len("ab")`, `unsafe.Sizeof`) are not function calls.
pub fn has_call_or_recv(pkg: &super::Package, e: &Expr) -> bool {
    let rec = |x: &Expr| has_call_or_recv(pkg, x);
    match &e.kind {
        ExprKind::Call { fun, args, .. } => {
            let tv = |x: &Expr| pkg.type_of(x.id).map(|tv| tv.mode.clone());
            let conversion = matches!(tv(fun), Some(Mode::Type));
            let constant = matches!(tv(e), Some(Mode::Constant(_)));
            !(conversion || constant) || args.iter().any(rec)
        }
        ExprKind::Unary(UnOp::Recv, _) => true,
        ExprKind::Paren(x) | ExprKind::Star(x) | ExprKind::Unary(_, x) => rec(x),
        ExprKind::Selector(x, _) => rec(x),
        ExprKind::Index(x, idx) => rec(x) || idx.iter().any(rec),
        ExprKind::Binary(_, x, y) => rec(x) || rec(y),
        ExprKind::Slice { x, lo, hi, max, .. } => {
            rec(x) || [lo, hi, max].into_iter().flatten().any(|i| rec(i))
        }
        ExprKind::CompositeLit { elts, .. } => elts
            .iter()
            .any(|el| el.key.as_ref().is_some_and(rec) || rec(&el.value)),
        ExprKind::TypeAssert { x, .. } => rec(x),
        // A function literal's body is not part of the expression's
        // evaluation (gc checks it later).
        _ => false,
    }
}
