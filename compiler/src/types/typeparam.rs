//! Operators on type parameters, checked in the generic declaration.
//!
//! Generic bodies are typed per instance (`generic.rs`); the declaration
//! itself is checked once with its type parameters as invalid types
//! (`check.rs`), which finds no error that depends on them. gc also rejects
//! an operator that the type set of the operand's constraint does not permit
//! (`a + b` with `T any`), even when nothing instantiates the function.
//!
//! `generic_operators` finds those: it checks the body a second time with
//! each type parameter bound to a placeholder named type `T` (underlying:
//! the constraint's core type, or an empty interface), and keeps only the
//! operator diagnostics of the hooks below; everything else that pass
//! reports is dropped (a placeholder is no faithful model of a type set),
//! and the instances it makes are discarded. A hook decides from the
//! constraint's terms: an operator is permitted when every term of one of
//! its unions permits it; a constraint without terms permits `==`/`!=` only
//! when it is `comparable`.

use std::collections::HashMap;

use super::check::Checker;
use super::expr::Operand;
use super::exprstring::expr_string;
use super::generic::{flatten_tparams, Requirements};
use super::ty::{BasicKind, Type, TypeId};
use super::ObjKind;
use crate::diag::Diagnostic;
use crate::syntax::ast::{self, BinOp, Expr, UnOp};

/// The type parameter a placeholder stands for.
pub(crate) struct TParam {
    name: String,
    constraint: Expr,
    file: usize,
    bindings: Vec<(String, TypeId)>,
}

/// What `generic_operators` found, kept apart from `Checker::diags`.
#[derive(Default)]
pub(crate) struct TParamState {
    pub placeholders: HashMap<TypeId, TParam>,
    pub errors: Vec<Diagnostic>,
}

impl Checker<'_> {
    /// Reports the operators of generic function `f`'s body that its type
    /// parameters' constraints do not permit.
    pub fn generic_operators(&mut self, f: &ast::FuncDecl, body: &ast::Block) {
        let tps = flatten_tparams(&f.tparams);
        let path = self.pkg.path.clone();
        let bindings: Vec<(String, TypeId)> = tps
            .iter()
            .map(|(n, _)| (n.name.clone(), self.pkg.types.new_named(&n.name, &path)))
            .collect();
        let file = self.file_idx;
        for ((n, c), &(_, t)) in tps.iter().zip(&bindings) {
            let p = TParam {
                name: n.name.clone(),
                constraint: c.clone(),
                file,
                bindings: bindings.clone(),
            };
            self.tparams.placeholders.insert(t, p);
        }
        for &(_, t) in &bindings {
            let u = self.placeholder_underlying(t);
            self.pkg.types.set_underlying(t, u);
        }
        let snapshot = self.generics.snapshot();
        let diags = self.diags.len();
        let unsupported = self.unsupported.clone();
        self.scopes.push(HashMap::new());
        for ((n, _), &(_, t)) in tps.iter().zip(&bindings) {
            let o = self.new_obj(&n.name, ObjKind::TypeName, t, n.span);
            self.declare_local(n, o);
        }
        let sig = self.signature(&f.ty);
        if f.recv.is_some() {
            self.pending_recv = self.receiver(f);
        }
        self.func_body(&f.ty, sig, body);
        self.scopes.pop();
        self.generics.restore(snapshot);
        self.unsupported = unsupported;
        self.diags.truncate(diags);
        let errors = std::mem::take(&mut self.tparams.errors);
        self.diags.extend(errors);
        for (_, t) in bindings {
            self.tparams.placeholders.remove(&t);
        }
    }

    /// The core type of a placeholder's constraint (all terms of its one
    /// union share an underlying type), else an empty interface.
    fn placeholder_underlying(&mut self, t: TypeId) -> TypeId {
        let reqs = self.tparam_requirements(t);
        let unders: Vec<TypeId> = match reqs.unions.as_slice() {
            [single] => self
                .tparam_terms(t, single)
                .into_iter()
                .map(|t| self.pkg.types.underlying(t))
                .collect(),
            _ => Vec::new(),
        };
        match unders.split_first() {
            Some((&u, rest))
                if rest.iter().all(|&r| r == u) && !self.tparams.placeholders.contains_key(&u) =>
            {
                u
            }
            _ => self.pkg.types.intern(Type::Interface(Vec::new())),
        }
    }

    fn tparam_requirements(&self, t: TypeId) -> Requirements {
        match self.tparams.placeholders.get(&t) {
            Some(p) => self.requirements(&p.constraint, p.file),
            None => Requirements::default(),
        }
    }

    /// The types of the terms of one union of placeholder `t`'s constraint.
    fn tparam_terms(&mut self, t: TypeId, union: &[super::generic::Term]) -> Vec<TypeId> {
        let Some(p) = self.tparams.placeholders.get(&t) else {
            return Vec::new();
        };
        let bindings = p.bindings.clone();
        union
            .iter()
            .map(|term| self.type_with_bindings(term, &bindings))
            .collect()
    }

    /// Whether the type set of placeholder `t` permits an operation:
    /// every term of one of its unions satisfies `ok` (placeholders and
    /// invalid terms count as satisfying it).
    fn type_set_permits(&mut self, t: TypeId, ok: impl Fn(&Self, TypeId) -> bool) -> bool {
        let reqs = self.tparam_requirements(t);
        let mut permitted = false;
        for u in &reqs.unions {
            let terms = self.tparam_terms(t, u);
            permitted |= terms.iter().all(|&tt| {
                tt == super::expr::INVALID
                    || self.tparams.placeholders.contains_key(&tt)
                    || ok(self, tt)
            });
        }
        permitted
    }

    fn is_placeholder(&self, t: TypeId) -> bool {
        self.tparams.placeholders.contains_key(&t)
    }

    /// gc's suffix for an operand of type parameter type:
    /// ` constrained by any`.
    pub fn constrained_by(&self, t: TypeId) -> Option<String> {
        let p = self.tparams.placeholders.get(&t)?;
        Some(format!(" constrained by {}", expr_string(&p.constraint)))
    }

    fn tparam_error(&mut self, at: &Expr, msg: String) {
        let file = self.src_file();
        self.tparams
            .errors
            .push(Diagnostic::new(file, at.span, msg));
    }

    /// A unary operator on an operand of type parameter type; None when
    /// `x` is of no such type.
    pub fn tparam_unary(&mut self, op: UnOp, xe: &Expr, x: &Operand) -> Option<Operand> {
        if !self.is_placeholder(x.ty) {
            return None;
        }
        let ok = self.type_set_permits(x.ty, |c, t| {
            let tt = &c.pkg.types;
            match op {
                UnOp::Pos | UnOp::Neg => tt.is_numeric(t),
                UnOp::Xor => tt.is_integer(t),
                UnOp::Not => tt.is_boolean(t),
                _ => false,
            }
        });
        if ok {
            return Some(Operand::value(x.ty));
        }
        let msg = self.unary_not_defined(op, xe, x);
        self.tparam_error(xe, msg);
        Some(Operand::invalid())
    }

    /// A binary operator whose operands have the same type parameter type;
    /// None when they do not.
    pub fn tparam_binary(
        &mut self,
        e: &Expr,
        op: BinOp,
        xe: &Expr,
        x: &Operand,
        y: &Operand,
    ) -> Option<Operand> {
        if !self.is_placeholder(x.ty) || x.ty != y.ty {
            return None;
        }
        let t = x.ty;
        if op.is_comparison() {
            let equality = matches!(op, BinOp::Eq | BinOp::Ne);
            let nil = x.is_nil() || y.is_nil();
            let ok = if equality && nil {
                self.type_set_permits(t, |c, t| {
                    matches!(
                        c.pkg.types.under(t),
                        Type::Slice(_)
                            | Type::Map(..)
                            | Type::Func(_)
                            | Type::Pointer(_)
                            | Type::Chan(..)
                            | Type::Interface(_)
                    ) || c.pkg.types.under(t) == &Type::Basic(BasicKind::UnsafePointer)
                })
            } else if equality {
                self.tparam_requirements(t).comparable
                    || self.type_set_permits(t, |c, t| c.pkg.types.comparable(t))
            } else {
                self.type_set_permits(t, |c, t| c.pkg.types.is_ordered(t))
            };
            if ok {
                return Some(Operand::value(self.basic(BasicKind::UntypedBool)));
            }
            let cause = if equality {
                "incomparable types in type set".to_string()
            } else {
                let name = self.tparams.placeholders.get(&t).map(|p| p.name.clone());
                format!(
                    "type parameter {} cannot use operator {}",
                    name.unwrap_or_default(),
                    op.as_str()
                )
            };
            let msg = format!("invalid operation: {} ({cause})", expr_string(e));
            self.tparam_error(xe, msg);
            return Some(Operand::invalid());
        }
        let ok = self.type_set_permits(t, |c, t| {
            let tt = &c.pkg.types;
            match op {
                BinOp::Add => tt.is_numeric(t) || tt.is_string(t),
                BinOp::Sub | BinOp::Mul | BinOp::Div => tt.is_numeric(t),
                BinOp::Rem | BinOp::And | BinOp::Or | BinOp::Xor | BinOp::AndNot => {
                    tt.is_integer(t)
                }
                BinOp::LAnd | BinOp::LOr => tt.is_boolean(t),
                _ => true,
            }
        });
        if ok {
            return Some(Operand::value(t));
        }
        let msg = format!(
            "invalid operation: operator {} not defined on {}",
            op.as_str(),
            self.describe(xe, x)
        );
        self.tparam_error(xe, msg);
        Some(Operand::invalid())
    }
}

/// Conversions involving type parameters (spec: Conversions): a non-constant
/// `x` converts when it is assignable, or when every type of the type sets
/// involved converts; a constant converts to a type parameter when it
/// converts to the underlying type of every term. gc's cause names the first
/// pair of types that does not convert.
impl Checker<'_> {
    /// `T(x)` where `x`'s type or `T` is a type parameter: the result (after
    /// reporting gc's error), or None when no type parameter is involved.
    pub fn tparam_conversion(
        &mut self,
        xe: &Expr,
        x: &Operand,
        t: TypeId,
        tdisp: &str,
    ) -> Option<Operand> {
        if !self.is_placeholder(x.ty) && !self.is_placeholder(t) {
            return None;
        }
        let mut cause = String::new();
        let ok = match x.val() {
            Some(v) if self.is_placeholder(t) => {
                let v = v.clone();
                self.const_to_tparam(xe, x, &v, t, &mut cause)
            }
            _ => {
                x.is_nil() && self.pkg.types.has_nil(t) || self.tparam_convertible(x, t, &mut cause)
            }
        };
        if ok {
            return Some(Operand::value(t));
        }
        // gc describes a constant operand as a value by then.
        let shown = Operand {
            mode: super::Mode::Value,
            ty: x.ty,
        };
        let shown = if x.val().is_some() { &shown } else { x };
        let mut msg = format!(
            "cannot convert {} to type {tdisp}",
            self.describe(xe, shown)
        );
        if !cause.is_empty() {
            msg = format!("{msg}: {cause}");
        }
        self.tparam_error(xe, msg);
        Some(Operand::invalid())
    }

    /// gc's `convertibleTo` for operands whose type or target may be a type
    /// parameter.
    fn tparam_convertible(&mut self, x: &Operand, t: TypeId, cause: &mut String) -> bool {
        let (vp, tp) = (self.is_placeholder(x.ty), self.is_placeholder(t));
        if !vp && !tp {
            return self.convertible(x, t);
        }
        if self.assignable(x, t) {
            return true;
        }
        if vp {
            // A type parameter implements an interface whose methods its
            // constraint requires (the placeholder's underlying type does
            // not carry them); instances are checked again on their own.
            if let Type::Interface(ms) = self.pkg.types.under(t).clone() {
                let reqs = self.tparam_requirements(x.ty);
                if ms.iter().all(|(m, _)| reqs.methods.contains(m)) {
                    return true;
                }
            }
        }
        if !vp {
            let Some(terms) = self.specific_terms(t) else {
                return false;
            };
            return terms.into_iter().all(|u| {
                let ok = self.tparam_convertible(x, u, cause);
                if !ok {
                    let (v, u, t) = (self.type_str(x.ty), self.type_str(u), self.type_str(t));
                    add_cause(cause, format!("cannot convert {v} to type {u} (in {t})"));
                }
                ok
            });
        }
        let Some(vterms) = self.specific_terms(x.ty) else {
            return false;
        };
        for v in vterms {
            let xv = Operand::value(v);
            let failed = if tp {
                let Some(tterms) = self.specific_terms(t) else {
                    return false;
                };
                tterms
                    .into_iter()
                    .find(|&u| !self.tparam_convertible(&xv, u, cause))
                    .map(|u| {
                        let (vs, vp, us, tps) = (
                            self.type_str(v),
                            self.type_str(x.ty),
                            self.type_str(u),
                            self.type_str(t),
                        );
                        format!("cannot convert {vs} (in {vp}) to type {us} (in {tps})")
                    })
            } else if !self.tparam_convertible(&xv, t, cause) {
                let (vs, vp, ts) = (self.type_str(v), self.type_str(x.ty), self.type_str(t));
                Some(format!("cannot convert {vs} (in {vp}) to type {ts}"))
            } else {
                None
            };
            if let Some(msg) = failed {
                add_cause(cause, msg);
                return false;
            }
        }
        true
    }

    /// A constant converted to type parameter `t`: it must convert to the
    /// underlying type of each term.
    fn const_to_tparam(
        &mut self,
        xe: &Expr,
        x: &Operand,
        v: &super::ConstValue,
        t: TypeId,
        cause: &mut String,
    ) -> bool {
        let Some(terms) = self.specific_terms(t) else {
            *cause = format!("{} does not contain specific types", self.type_str(t));
            return false;
        };
        for term in terms {
            let tt = &self.pkg.types;
            let u = tt.underlying(term);
            let bytes_or_runes = matches!(tt.get(u), Type::Slice(e)
                if matches!(tt.basic_kind(*e), Some(BasicKind::Uint8 | BasicKind::Int32)));
            if tt.is_string(x.ty) && bytes_or_runes {
                continue;
            }
            let converts = match tt.basic_kind(u) {
                Some(k) => {
                    super::constant::representable(v, k).is_ok()
                        || (tt.is_integer(x.ty) && tt.is_string(u))
                }
                None => false,
            };
            if converts {
                continue;
            }
            let (us, ts) = (self.type_str(u), self.type_str(t));
            *cause = if tt.is_integer(x.ty) && tt.is_integer(u) {
                format!(
                    "constant {} overflows {us} (in {ts})",
                    super::constant::format(v)
                )
            } else {
                format!(
                    "cannot convert {} to type {us} (in {ts})",
                    self.describe(xe, x)
                )
            };
            return false;
        }
        true
    }

    /// The types of placeholder `t`'s type set, as the terms of its
    /// smallest union (a superset of the type set when several unions
    /// intersect); None when the constraint has no specific types.
    fn specific_terms(&mut self, t: TypeId) -> Option<Vec<TypeId>> {
        let reqs = self.tparam_requirements(t);
        let smallest = reqs.unions.iter().min_by_key(|u| u.len())?;
        Some(self.tparam_terms(t, smallest))
    }
}

/// gc's chaining of causes: the outer reason first, the inner one indented
/// on the next line.
fn add_cause(cause: &mut String, msg: String) {
    *cause = if cause.is_empty() {
        msg
    } else {
        format!("{msg}\n\t{cause}")
    };
}

#[cfg(test)]
mod tests {
    use crate::types::tests::check_src;

    #[test]
    fn operators_outside_the_type_set_are_reported() {
        let src = "package main
type num interface{ ~int | ~float64 }
func ok[T num](a, b T) bool { return a+b > a*b }
func bad[T any](a, b T) T { return a - b }
func eq[T any](a, b T) bool { return a == b }
func main() {}
";
        let (_, diags) = check_src(src);
        assert_eq!(
            diags,
            [
                "x.go:4:36: invalid operation: operator - not defined on a (variable of type T constrained by any)",
                "x.go:5:38: invalid operation: a == b (incomparable types in type set)",
            ]
        );
    }
}
