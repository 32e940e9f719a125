//! A deliberately simple escape pass: a local variable escapes (and so lives
//! on the heap, see `func.rs`) when its address is taken anywhere in the
//! function: `&x`, `&x.f`, `&x[i]` on an array, or slicing an array
//! variable `x[i:j]`. Everything else stays in SSA variables or stack slots,
//! which is sound because no other construct can make a pointer to a local.
//! An address that is only an argument of direct calls (not `go` or
//! `defer`) for parameters that the callee keeps no pointer to
//! (`//go:noescape`, or ptrleak.rs's summary, which covers pointer
//! receivers of `x.M()` too) leaves the local in a stack slot.
//!
//! `local_slices` finds the local slice variables whose backing store gc
//! would prove non-escaping: every use is `s = append(s, ...)`, `len`/`cap`,
//! indexing (not `&s[i]`), `range`, `print`, `copy`, comparison with nil,
//! conversion to string, or an argument of a direct call for a parameter
//! the callee does not leak (`NoLeak`). gc gives the first append to such
//! an empty slice a 32-byte stack buffer; golift reproduces the resulting
//! capacities (with a heap buffer) so `cap()` matches gc.
//!
//! `NoLeak` is the program's summary of slice parameters that do not leak:
//! gc's escape analysis tags each parameter of a function (`leaks` notes)
//! and a call site uses the tags. Here a slice parameter does not leak when
//! its function's body uses it only in the ways `local_slices` accepts,
//! passing it on only to non-leaking parameters. The summary is a greatest
//! fixed point (every slice parameter starts as non-leaking and is dropped
//! as uses that leak are found), so recursion through non-leaking
//! parameters keeps them non-leaking, as gc's analysis of a strongly
//! connected component of functions does. Calls through func values,
//! method values, interfaces and method expressions, and `go`/`defer`
//! statements, use no summary: their slice arguments escape.

use std::collections::{HashMap, HashSet};

use crate::syntax::ast::{
    AssignOp, BinOp, Block, Decl, Expr, ExprKind, File, NodeId, Stmt, StmtKind, UnOp,
};
use crate::syntax::visit::{self as walk, Visitor};
use crate::types::ty::Type;
use crate::types::{BasicKind, Builtin, Mode, ObjId, ObjKind, Package, Selection};

pub use super::ptrleak::PtrNoLeak;

/// The objects of a signature's parameters in order, one per parameter
/// (None for an unnamed one).
pub(super) fn param_objs(pkg: &Package, ft: &crate::syntax::ast::FuncType) -> Vec<Option<ObjId>> {
    ft.params
        .iter()
        .flat_map(|field| {
            if field.names.is_empty() {
                vec![None]
            } else {
                field
                    .names
                    .iter()
                    .map(|n| pkg.info.defs.get(&n.id).copied())
                    .collect()
            }
        })
        .collect()
}

/// The declared function a call's `fun` names directly (`f`, `pkg.F`).
pub(super) fn direct_callee(pkg: &Package, fun: &Expr) -> Option<ObjId> {
    let fun = fun.unparen();
    match &fun.kind {
        ExprKind::Name(_) => pkg.info.uses.get(&fun.id).copied(),
        ExprKind::Selector(..) => match pkg.info.selections.get(&fun.id) {
            Some(Selection::Qualified(o)) => Some(*o),
            _ => None,
        },
        _ => None,
    }
}

/// The locals of `body` whose address is taken.
pub fn address_taken(pkg: &Package, body: &Block) -> HashSet<ObjId> {
    let (escapes, on_stack) = addressed(pkg, body, &HashSet::new(), &PtrNoLeak::default());
    escapes.union(&on_stack).copied().collect()
}

/// The locals of `body` whose address is taken, split in two: those whose
/// address may escape, and those whose address is only ever an argument
/// `&x` of a direct call of a `noescape` function (`//go:noescape`
/// declarations: the callee keeps no pointer), which may live in a stack
/// slot. A local in both sets escapes.
pub fn addressed(
    pkg: &Package,
    body: &Block,
    noescape: &HashSet<ObjId>,
    noleak: &PtrNoLeak,
) -> (HashSet<ObjId>, HashSet<ObjId>) {
    let mut w = AddressTaken {
        pkg,
        noescape,
        noleak,
        out: HashSet::new(),
        on_stack: HashSet::new(),
        stack_only: false,
        in_go: false,
        recv_ok: HashSet::new(),
    };
    walk::block(&mut w, body);
    let on_stack = w.on_stack.difference(&w.out).copied().collect();
    (w.out, on_stack)
}

struct AddressTaken<'a> {
    pkg: &'a Package,
    noescape: &'a HashSet<ObjId>,
    noleak: &'a PtrNoLeak,
    out: HashSet<ObjId>,
    on_stack: HashSet<ObjId>,
    /// Set while marking an argument of a `noescape` call.
    stack_only: bool,
    /// Inside a `go` or `defer` statement: no argument may point into a
    /// stack slot.
    in_go: bool,
    /// Method selectors `x.M` called directly with a pointer receiver that
    /// `M` does not leak.
    recv_ok: HashSet<NodeId>,
}

impl AddressTaken<'_> {
    /// A direct call of a `noescape` function, or of a function whose
    /// pointer parameters do not leak (ptrleak.rs): its `&x` arguments for
    /// such parameters are marked stack-only; everything else is walked as
    /// usual.
    fn noescape_call(&mut self, fun: &Expr, args: &[Expr]) -> bool {
        if self.in_go {
            return false;
        }
        let Some(f) = direct_callee(self.pkg, fun) else {
            return false;
        };
        let all = self.noescape.contains(&f);
        if !all && !(0..args.len()).any(|i| self.noleak.param(f, i)) {
            return false;
        }
        walk::expr(self, fun);
        for (i, a) in args.iter().enumerate() {
            match &a.kind {
                ExprKind::Unary(UnOp::Addr, x) if all || self.noleak.param(f, i) => {
                    self.stack_only = true;
                    self.mark_root(x);
                    self.stack_only = false;
                    walk::expr(self, x);
                }
                _ => walk::expr(self, a),
            }
        }
        true
    }
}

impl Visitor for AddressTaken<'_> {
    fn stmt(&mut self, s: &Stmt) -> bool {
        // A `go` call outlives the frame; a deferred call outlives the
        // iteration whose variable it was given (a loop's next iteration
        // reuses the stack slot), so neither gets stack addresses.
        if let StmtKind::Go(e) | StmtKind::Defer(e) = &s.kind {
            let saved = std::mem::replace(&mut self.in_go, true);
            walk::expr(self, e);
            self.in_go = saved;
            return false;
        }
        true
    }

    fn expr(&mut self, e: &Expr) -> bool {
        match &e.kind {
            ExprKind::Call { fun, args, .. } => {
                if self.noescape_call(fun, args) {
                    return false;
                }
                // `x.M()` with a pointer receiver M does not leak.
                if let Some(Selection::Method {
                    func,
                    indirect: false,
                    ..
                }) = self.pkg.info.selections.get(&fun.unparen().id)
                {
                    if !self.in_go && self.noleak.recv(*func) {
                        self.recv_ok.insert(fun.unparen().id);
                    }
                }
            }
            ExprKind::Unary(UnOp::Addr, x) => self.mark_root(x),
            ExprKind::Slice { x, .. } if is_array(self.pkg, x) => self.mark_root(x),
            // A method may take the receiver's address (`x.M()` with
            // `func (*T) M()` on an addressable `x`); a pointer `x` is
            // passed as it is, a value receiver gets a copy.
            ExprKind::Selector(x, _) if !is_pointer(self.pkg, x) => {
                if let Some(Selection::Method { func, .. }) = self.pkg.info.selections.get(&e.id) {
                    if self.recv_ok.contains(&e.id) {
                        self.stack_only = true;
                        self.mark_root(x);
                        self.stack_only = false;
                    } else if !self.noleak.value_receiver(*func) {
                        self.mark_root(x);
                    }
                }
            }
            _ => {}
        }
        true
    }
}

impl AddressTaken<'_> {
    /// Marks the variable at the root of an addressable expression, looking
    /// through fields and array indexing (not through pointers or slices).
    fn mark_root(&mut self, x: &Expr) {
        match &x.kind {
            ExprKind::Name(_) => {
                if let Some(&obj) = self.pkg.info.uses.get(&x.id) {
                    if matches!(self.pkg.obj(obj).kind, ObjKind::Var { global: false, .. }) {
                        if self.stack_only {
                            self.on_stack.insert(obj);
                        } else {
                            self.out.insert(obj);
                        }
                    }
                }
            }
            ExprKind::Paren(inner) => self.mark_root(inner),
            ExprKind::Selector(inner, _) => {
                let direct = matches!(
                    self.pkg.info.selections.get(&x.id),
                    Some(Selection::Field {
                        indirect: false,
                        ..
                    })
                );
                if direct {
                    self.mark_root(inner);
                }
            }
            ExprKind::Index(inner, _) if is_array(self.pkg, inner) => self.mark_root(inner),
            _ => {}
        }
    }
}

fn is_pointer(pkg: &Package, x: &Expr) -> bool {
    pkg.type_of(x.id)
        .is_some_and(|tv| matches!(pkg.types.under(tv.ty), Type::Pointer(_)))
}

fn is_array(pkg: &Package, x: &Expr) -> bool {
    pkg.type_of(x.id)
        .is_some_and(|tv| matches!(pkg.types.under(tv.ty), Type::Array(..)))
}

/// For each function of the program with a body and slice parameters:
/// per parameter (receiver not included, in declaration order), whether it
/// is a slice parameter the function does not leak.
#[derive(Debug, Default)]
pub struct NoLeak {
    funcs: HashMap<ObjId, Vec<bool>>,
}

impl NoLeak {
    /// The summary of every function in `funcs` (declarations in `files`).
    pub fn compute(pkg: &Package, files: &[File], funcs: &[crate::types::FuncRef]) -> NoLeak {
        // (function, body, its parameters' objects: None for `_` or unnamed)
        let mut bodies: Vec<(ObjId, &Block, Vec<Option<ObjId>>)> = Vec::new();
        let mut out = NoLeak::default();
        for f in funcs {
            let Some(Decl::Func(d)) = files.get(f.file).and_then(|x| x.decls.get(f.decl)) else {
                continue;
            };
            let (Some(body), true) = (&d.body, d.tparams.is_empty()) else {
                continue;
            };
            let Type::Func(sig) = pkg.types.under(pkg.obj(f.obj).ty) else {
                continue;
            };
            let objs = param_objs(pkg, &d.ty);
            if objs.len() != sig.params.len() {
                continue;
            }
            let flags: Vec<bool> = sig
                .params
                .iter()
                .map(|&t| matches!(pkg.types.under(t), Type::Slice(_)))
                .collect();
            if flags.contains(&true) {
                out.funcs.insert(f.obj, flags);
                bodies.push((f.obj, body, objs));
            }
        }
        loop {
            let mut changed = false;
            for (f, body, objs) in &bodies {
                let params: Vec<ObjId> = objs
                    .iter()
                    .zip(&out.funcs[f])
                    .filter_map(|(o, &keep)| o.filter(|_| keep))
                    .collect();
                if params.is_empty() {
                    continue;
                }
                let escaped = slice_uses(pkg, body, &params, &out).escaped;
                let flags = out.funcs.get_mut(f).expect("summarised");
                for (i, o) in objs.iter().enumerate() {
                    if flags[i] && o.is_some_and(|o| escaped.contains(&o)) {
                        flags[i] = false;
                        changed = true;
                    }
                }
            }
            if !changed {
                return out;
            }
        }
    }

    /// Whether parameter `i` of function `f` is a slice it does not leak.
    pub fn param(&self, f: ObjId, i: usize) -> bool {
        self.funcs
            .get(&f)
            .is_some_and(|v| v.get(i).copied().unwrap_or(false))
    }
}

/// The local slice variables of `body` that only `append`, `len`, `cap`,
/// indexing, `range`, `print` and the other uses the module comment lists
/// use.
pub fn local_slices(pkg: &Package, body: &Block, noleak: &NoLeak) -> HashSet<ObjId> {
    let v = slice_uses(pkg, body, &[], noleak);
    let mut out = v.candidates;
    out.retain(|o| !v.escaped.contains(o));
    out
}

/// Walks `body` with `params` and its local slice declarations as
/// candidates.
fn slice_uses<'a>(
    pkg: &'a Package,
    body: &Block,
    params: &[ObjId],
    noleak: &'a NoLeak,
) -> SliceUses<'a> {
    let mut v = SliceUses {
        pkg,
        noleak,
        candidates: params.iter().copied().collect(),
        escaped: HashSet::new(),
        harmless: HashSet::new(),
    };
    walk::block(&mut v, body);
    v
}

/// A use of a slice variable leaks it unless the expression it appears as
/// is in `harmless` (marked by its parent before the walk reaches it): the
/// operand of an index expression, of `range`, `len`, `cap` or `print`.
/// Declarations seen so far are the `candidates`: a function literal, type
/// switch or select makes every one of them escape (and is not looked into).
struct SliceUses<'a> {
    pkg: &'a Package,
    noleak: &'a NoLeak,
    candidates: HashSet<ObjId>,
    escaped: HashSet<ObjId>,
    harmless: HashSet<NodeId>,
}

impl SliceUses<'_> {
    fn declare(&mut self, id: NodeId) {
        if let Some(&o) = self.pkg.info.defs.get(&id) {
            if matches!(self.pkg.types.under(self.pkg.obj(o).ty), Type::Slice(_)) {
                self.candidates.insert(o);
            }
        }
    }

    fn name_obj(&self, e: &Expr) -> Option<ObjId> {
        match &e.kind {
            ExprKind::Name(_) => self.pkg.info.uses.get(&e.id).copied(),
            ExprKind::Paren(x) => self.name_obj(x),
            _ => None,
        }
    }

    /// `s = append(s, ...)`: the append's slice operand is the target.
    fn self_append(&self, lhs: &Expr, rhs: &Expr) -> bool {
        let ExprKind::Call { fun, args, .. } = &rhs.kind else {
            return false;
        };
        let is_append = matches!(
            self.pkg.type_of(fun.id).map(|tv| &tv.mode),
            Some(Mode::Builtin(Builtin::Append))
        );
        is_append
            && args.first().and_then(|a| self.name_obj(a)).is_some()
            && self.name_obj(lhs) == args.first().and_then(|a| self.name_obj(a))
    }

    /// `s = nil` for a slice variable `s`.
    fn nil_assign(&self, lhs: &Expr, rhs: &Expr) -> bool {
        self.name_obj(lhs).is_some()
            && self
                .pkg
                .type_of(rhs.id)
                .is_some_and(|tv| tv.mode == Mode::Nil)
    }

    fn escape_all(&mut self) {
        self.escaped.extend(self.candidates.iter().copied());
    }

    /// The slice variable whose backing array `x` addresses (`s[i]`,
    /// `s[i].f`, `s[i][j]` with array elements): `&x` or slicing or a
    /// method call on `x` makes a pointer into the array.
    fn array_root(&self, x: &Expr) -> Option<ObjId> {
        match &x.kind {
            ExprKind::Paren(inner) => self.array_root(inner),
            ExprKind::Selector(inner, _) => match self.pkg.info.selections.get(&x.id) {
                Some(Selection::Field {
                    indirect: false, ..
                }) => self.array_root(inner),
                _ => None,
            },
            ExprKind::Index(inner, _) if is_array(self.pkg, inner) => self.array_root(inner),
            ExprKind::Index(inner, _) => self.name_obj(inner),
            _ => None,
        }
    }

    /// The function a direct call of `fun` calls, and how many arguments
    /// precede its parameters (1 for a method expression's receiver): a
    /// declared function (also through its package's name), a method of a
    /// concrete type or a method expression of one.
    fn callee(&self, fun: &Expr) -> Option<(ObjId, usize)> {
        let (f, skip) = match &fun.kind {
            ExprKind::Paren(inner) => return self.callee(inner),
            ExprKind::Name(_) => (*self.pkg.info.uses.get(&fun.id)?, 0),
            ExprKind::Selector(..) => match self.pkg.info.selections.get(&fun.id)? {
                Selection::Method { func, .. } | Selection::Qualified(func) => (*func, 0),
                Selection::MethodExpr { func } => (*func, 1),
                _ => return None,
            },
            _ => return None,
        };
        matches!(self.pkg.obj(f).kind, ObjKind::Func).then_some((f, skip))
    }

    /// Marks the arguments of a direct call that go to parameters the
    /// callee does not leak as harmless.
    fn call_args(&mut self, fun: &Expr, args: &[Expr], spread: bool) {
        let Some((f, skip)) = self.callee(fun) else {
            return;
        };
        let Some(Type::Func(sig)) = self
            .pkg
            .type_of(fun.id)
            .map(|tv| self.pkg.types.under(tv.ty))
        else {
            return;
        };
        let n = sig.params.len();
        for (i, a) in args.iter().enumerate() {
            // Elements of a variadic parameter go into a new slice.
            if sig.variadic && !spread && i + 1 >= n {
                break;
            }
            if i >= skip && self.noleak.param(f, i - skip) {
                self.harmless.insert(a.id);
            }
        }
    }
}

impl Visitor for SliceUses<'_> {
    fn stmt(&mut self, s: &Stmt) -> bool {
        match &s.kind {
            StmtKind::Var(specs) => {
                for n in specs.iter().flat_map(|sp| &sp.names) {
                    self.declare(n.id);
                }
            }
            StmtKind::Assign { lhs, rhs, op } => {
                if *op == AssignOp::Define {
                    for l in lhs {
                        self.declare(l.id);
                    }
                }
                // `s = nil` keeps the slice local (gc: no escape).
                if lhs.len() == 1 && rhs.len() == 1 && self.nil_assign(&lhs[0], &rhs[0]) {
                    return false;
                }
                if lhs.len() == 1 && rhs.len() == 1 && self.self_append(&lhs[0], &rhs[0]) {
                    if let ExprKind::Call { args, ellipsis, .. } = &rhs[0].kind {
                        if ellipsis.is_some() {
                            // `append(s, t...)` copies t's elements.
                            self.harmless.extend(args.get(1).map(|a| a.id));
                        }
                        for a in &args[1..] {
                            walk::expr(self, a);
                        }
                    }
                    return false;
                }
            }
            StmtKind::Range { x, .. } => {
                self.harmless.insert(x.id);
            }
            StmtKind::TypeSwitch { .. } | StmtKind::Select { .. } => {
                self.escape_all();
                return false;
            }
            // The arguments of a `go` or deferred call are kept beyond the
            // statement (gc: a go statement's always escape).
            StmtKind::Go(call) | StmtKind::Defer(call) => {
                if let ExprKind::Call { args, .. } = &call.unparen().kind {
                    for a in args {
                        if let Some(o) = self.name_obj(a) {
                            self.escaped.insert(o);
                        }
                    }
                }
            }
            _ => {}
        }
        true
    }

    fn expr(&mut self, e: &Expr) -> bool {
        match &e.kind {
            ExprKind::Name(_) if !self.harmless.contains(&e.id) => {
                if let Some(&o) = self.pkg.info.uses.get(&e.id) {
                    self.escaped.insert(o);
                }
            }
            ExprKind::Paren(x) if self.harmless.contains(&e.id) => {
                self.harmless.insert(x.id);
            }
            ExprKind::Index(x, _) => {
                self.harmless.insert(x.id);
            }
            ExprKind::Call {
                fun,
                args,
                ellipsis,
            } => match self.pkg.type_of(fun.id).map(|tv| &tv.mode) {
                Some(Mode::Builtin(
                    Builtin::Len | Builtin::Cap | Builtin::Print | Builtin::Println | Builtin::Copy,
                )) => {
                    self.harmless.extend(args.iter().map(|a| a.id));
                }
                // `append(x, s...)` copies s's elements.
                Some(Mode::Builtin(Builtin::Append)) if ellipsis.is_some() => {
                    self.harmless.extend(args.get(1).map(|a| a.id));
                }
                // `string(s)` copies the bytes or runes.
                Some(Mode::Type) => {
                    let to_string = self.pkg.type_of(e.id).is_some_and(|tv| {
                        matches!(self.pkg.types.under(tv.ty), Type::Basic(BasicKind::String))
                    });
                    if to_string {
                        self.harmless.extend(args.iter().map(|a| a.id));
                    }
                }
                _ => self.call_args(fun, args, ellipsis.is_some()),
            },
            // `s == nil`, `s != nil`.
            ExprKind::Binary(BinOp::Eq | BinOp::Ne, x, y) => {
                self.harmless.insert(x.id);
                self.harmless.insert(y.id);
            }
            // A pointer into the array: `&s[i]`, `s[i][:]` (array
            // elements), `s[i].M()` (which may take the address).
            ExprKind::Unary(UnOp::Addr, x) => {
                if let Some(o) = self.array_root(x) {
                    self.escaped.insert(o);
                }
            }
            ExprKind::Slice { x, .. } if is_array(self.pkg, x) => {
                if let Some(o) = self.array_root(x) {
                    self.escaped.insert(o);
                }
            }
            // `s[i:j]` used harmlessly (ranged over, indexed, passed to a
            // non-leaking parameter) uses `s` harmlessly.
            ExprKind::Slice { x, .. } if self.harmless.contains(&e.id) => {
                self.harmless.insert(x.id);
            }
            ExprKind::Selector(x, _)
                if matches!(
                    self.pkg.info.selections.get(&e.id),
                    Some(Selection::Method { .. })
                ) && !is_pointer(self.pkg, x) =>
            {
                if let Some(o) = self.array_root(x) {
                    self.escaped.insert(o);
                }
            }
            ExprKind::FuncLit { .. } => {
                self.escape_all();
                return false;
            }
            _ => {}
        }
        true
    }
}

/// Whether any statement in `stmts` (nested ones included) assigns to one
/// of `objs` (`=`, `op=`, `++`/`--`, range assignment, select receive).
pub fn assigns_any(pkg: &Package, stmts: &[Stmt], objs: &[ObjId]) -> bool {
    let mut v = Assigns {
        pkg,
        objs,
        found: false,
    };
    for s in stmts {
        walk::stmt(&mut v, s);
    }
    v.found
}

/// Looks at statements only: expressions (function literals included) are
/// not entered.
struct Assigns<'a> {
    pkg: &'a Package,
    objs: &'a [ObjId],
    found: bool,
}

impl Assigns<'_> {
    fn hits(&self, e: &Expr) -> bool {
        let e = e.unparen();
        matches!(e.kind, ExprKind::Name(_))
            && self
                .pkg
                .info
                .uses
                .get(&e.id)
                .is_some_and(|o| self.objs.contains(o))
    }
}

impl Visitor for Assigns<'_> {
    fn stmt(&mut self, s: &Stmt) -> bool {
        self.found = self.found
            || match &s.kind {
                StmtKind::Assign { lhs, .. } => lhs.iter().any(|e| self.hits(e)),
                StmtKind::IncDec { x, .. } => self.hits(x),
                StmtKind::Range { key, value, .. } => {
                    [key, value].into_iter().flatten().any(|e| self.hits(e))
                }
                _ => false,
            };
        !self.found
    }

    fn expr(&mut self, _e: &Expr) -> bool {
        false
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lower::tests::checked_body_of_f as checked;

    fn names(pkg: &Package, set: &HashSet<ObjId>) -> Vec<String> {
        let mut v: Vec<String> = set.iter().map(|&o| pkg.obj(o).name.clone()).collect();
        v.sort();
        v
    }

    #[test]
    fn address_taken_locals_escape() {
        let (pkg, body) = checked(
            "package main\ntype T struct{ a [2]int }\nfunc f() {\n\tx, y, z := 1, 2, 3\n\tvar t T\n\tvar arr [4]int\n\tp := &x\n\tq := &t.a[1]\n\ts := arr[1:]\n\t_, _, _, _ = p, q, s, y + z\n}\nfunc main() { f() }\n",
        );
        assert_eq!(names(&pkg, &address_taken(&pkg, &body)), ["arr", "t", "x"]);
    }

    /// `v.M()` with a pointer method takes `v`'s address; on a pointer
    /// `p.M()` passes `p` itself, so `p` stays a plain local.
    #[test]
    fn method_calls_take_the_address_of_values_only() {
        let (pkg, body) = checked(
            "package main\ntype T struct{ n int }\nfunc (t *T) M() { t.n++ }\nfunc f() {\n\tvar v T\n\tp := &T{}\n\tv.M()\n\tp.M()\n}\nfunc main() { f() }\n",
        );
        assert_eq!(names(&pkg, &address_taken(&pkg, &body)), ["v"]);
    }

    #[test]
    fn local_slices_used_only_by_append_do_not_escape() {
        let (pkg, body) = checked(
            "package main\nvar g []int\nfunc f() {\n\tvar a, b, c []int\n\tfor i := 0; i < 3; i++ {\n\t\ta = append(a, i)\n\t\tb = append(b, i)\n\t\tc = append(c, len(a))\n\t}\n\tg = b\n\tprintln(a[0], len(c))\n}\nfunc main() { f() }\n",
        );
        assert_eq!(
            names(&pkg, &local_slices(&pkg, &body, &NoLeak::default())),
            ["a", "c"]
        );
    }

    /// A slice passed to a parameter its function only reads (also through
    /// recursion) does not escape; one whose parameter is stored in a
    /// global, passed to a `go` statement or addressed with `&s[i]` does.
    #[test]
    fn non_leaking_parameters_keep_arguments_local() {
        let (pkg, files, _) = crate::lower::tests::checked(
            "package main\nvar g []int\nvar p *int\nfunc show(s []int, n int) { if n > 0 { show(s, n-1) }; println(len(s), s[0]) }\nfunc keep(s []int) { g = s }\nfunc addr(s []int) { p = &s[0] }\nfunc f() {\n\tvar a, b, c, d []int\n\ta = append(a, 1)\n\tb = append(b, 1)\n\tc = append(c, 1)\n\td = append(d, 1)\n\tshow(a, 2)\n\tkeep(b)\n\taddr(c)\n\tgo show(d, 1)\n}\nfunc main() { f() }\n",
        );
        let noleak = NoLeak::compute(&pkg, &files, &pkg.funcs);
        let body = files[0]
            .decls
            .iter()
            .find_map(|d| match d {
                Decl::Func(f) if f.name.name == "f" => f.body.clone(),
                _ => None,
            })
            .expect("func f");
        assert_eq!(names(&pkg, &local_slices(&pkg, &body, &noleak)), ["a"]);
    }

    #[test]
    fn assignments_are_found_in_nested_statements() {
        let (pkg, body) = checked(
            "package main\nfunc f() {\n\tk, s := 0, 1\n\tfor i := 0; i < 2; i++ {\n\t\tif i > 0 {\n\t\t\tk++\n\t\t}\n\t}\n\tprintln(k, s)\n}\nfunc main() { f() }\n",
        );
        let obj = |n: &str| {
            let i = pkg.objects.iter().position(|o| o.name == n).unwrap();
            ObjId(i as u32)
        };
        assert!(assigns_any(&pkg, &body.stmts, &[obj("k")]));
        assert!(!assigns_any(&pkg, &body.stmts[1..], &[obj("s")]));
    }
}
