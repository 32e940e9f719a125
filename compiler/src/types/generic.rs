//! Generics: instantiation of generic functions and types, type inference,
//! constraint satisfaction.
//!
//! golift instantiates generics in the checker, one copy per instantiation
//! (DESIGN.md). A generic declaration is never typed by itself; each use
//! `F[A, B]` (explicit or inferred) gets an instance:
//! - a generic type `T[P any]` becomes a new named type `T[int]` whose
//!   underlying type is T's type expression evaluated with `P` bound to
//!   `int`;
//! - a generic function `F[P any]` becomes a function object `F[int]` whose
//!   declaration is a copy of F's with fresh node ids (`renumber.rs`),
//!   checked like any function with `P` declared as a type name for `int`.
//!   The copies are handed to lowering in `Package::instance_files`, and
//!   their `FuncRef`s index past the source files; lowering needs no notion
//!   of type parameters.
//!
//! A generic type declared inside a function is kept with the scopes its
//! declaration sees (`LocalType`) and instantiated like a package-level one;
//! an instance of a generic alias is the aliased type itself. A constraint
//! may be a generic interface (`setter[T]`, expanded by substituting its
//! type arguments) whose terms include a core type (`*T`).
//!
//! Invariants: an instance is keyed by (generic object, type arguments) and
//! made once; the named type of an instance is cached before its underlying
//! type is evaluated, so recursive generic types terminate; type arguments
//! are checked against the constraints before an instance is made.
//!
//! Inference unifies the parameter type expressions of the declaration with
//! the typed arguments' types, uses core types of constraints (`S ~[]E`)
//! until nothing changes, then binds what is left from untyped constants
//! (their default types, the "largest" kind winning) and uses the
//! constraints again: go/types' order.

use std::collections::{HashMap, HashSet, VecDeque};

use super::check::{Checker, DeclRef};
use super::expr::{Operand, INVALID};
use super::exprstring::expr_string;
use super::ifacewait::InstanceInProgress;
use super::renumber::{Renumber, FIRST_SYNTHETIC_ID};
use super::ty::{BasicKind, Type, TypeId};
use super::{FuncRef, Mode, ObjId, ObjKind};
use crate::syntax::ast::{self, BinOp, Decl, Expr, ExprKind, Span, UnOp};
use crate::syntax::visit::mutable::{self, VisitorMut};

/// Type parameter names bound to type arguments.
type Bindings = Vec<(String, TypeId)>;

/// A function instance whose body still has to be checked.
struct PendingBody {
    inst: ObjId,
    generic: ObjId,
    /// Index of the source file of the generic declaration.
    file: usize,
    /// Index into `Generics::files`.
    copy: usize,
    bindings: Vec<(String, TypeId)>,
    /// How many instantiations led to this one (see `MAX_DEPTH`).
    depth: u32,
    /// For a method: the receiver's names and type.
    recv: Option<(Vec<ast::Ident>, TypeId)>,
}

/// One block's names (`Checker::scopes`).
type Scope = HashMap<String, ObjId>;

/// A generic type declared inside a function, with the scopes its
/// declaration sees (those enclosing it, itself included).
pub(crate) struct LocalType {
    spec: ast::TypeSpec,
    file: usize,
    scopes: Vec<Scope>,
}

/// Instances nested deeper than this come from an instantiation cycle
/// (`f[T]` instantiating `f[[]T]`), which would never end.
const MAX_DEPTH: u32 = 64;

pub(crate) struct Generics {
    /// The objects that bind type parameter names in instance bodies.
    pub binding_objs: HashSet<ObjId>,
    /// The receiver's type parameters while a generic method of a generic
    /// type is inferred and instantiated (its constraints may name them):
    /// every binding scope has them under its own bindings.
    pub recv_bindings: Bindings,
    /// Generic aliases whose right side is being instantiated.
    expanding_aliases: HashSet<ObjId>,
    renumber: Renumber,
    /// Nesting of the instantiation being made (types) or checked (bodies).
    depth: u32,
    /// Generic declarations already reported as instantiation cycles.
    pub cycles: HashSet<ObjId>,
    /// Named interfaces with type terms: usable only as constraints.
    pub constraint_types: HashSet<TypeId>,
    /// Set by `interface_type` when it meets a type term.
    pub saw_terms: bool,
    /// An embedded element of an interface is being resolved.
    pub in_embed: bool,
    funcs: HashMap<(ObjId, Vec<TypeId>), ObjId>,
    types: HashMap<(ObjId, Vec<TypeId>), TypeId>,
    /// Instance type -> (generic type, type arguments).
    pub(crate) inst_of: HashMap<TypeId, (ObjId, Vec<TypeId>)>,
    queue: VecDeque<PendingBody>,
    /// The copies of instantiated functions, one file each.
    pub files: Vec<ast::File>,
    pub func_refs: Vec<FuncRef>,
    names: HashSet<String>,
    /// Generic types declared inside functions.
    local_types: HashMap<ObjId, LocalType>,
}

impl Default for Generics {
    fn default() -> Self {
        Generics {
            binding_objs: HashSet::new(),
            recv_bindings: Vec::new(),
            expanding_aliases: HashSet::new(),
            renumber: Renumber {
                next: FIRST_SYNTHETIC_ID,
            },
            depth: 0,
            cycles: HashSet::new(),
            constraint_types: HashSet::new(),
            saw_terms: false,
            in_embed: false,
            funcs: HashMap::new(),
            types: HashMap::new(),
            inst_of: HashMap::new(),
            queue: VecDeque::new(),
            files: Vec::new(),
            func_refs: Vec::new(),
            names: HashSet::new(),
            local_types: HashMap::new(),
        }
    }
}

/// A type parameter list, flattened: (name, constraint, declaring ident).
pub(crate) type TParams = Vec<(ast::Ident, Expr)>;

pub(crate) fn flatten_tparams(fields: &[ast::Field]) -> TParams {
    fields
        .iter()
        .flat_map(|f| f.names.iter().map(|n| (n.clone(), f.ty.clone())))
        .collect()
}

/// One term of a constraint's union: `~T` or `T`, with the file it is
/// written in.
pub(crate) struct Term {
    tilde: bool,
    ty: Expr,
    file: usize,
}

/// What a constraint requires, collected from its (possibly nested)
/// interfaces: every union must contain the type argument.
#[derive(Default)]
pub(crate) struct Requirements {
    pub unions: Vec<Vec<Term>>,
    pub methods: Vec<String>,
    pub comparable: bool,
}

/// The instance tables of `Generics` at some point, to undo the instances
/// made by a check whose results are dropped (`typeparam.rs`).
pub(crate) struct Snapshot {
    funcs: HashMap<(ObjId, Vec<TypeId>), ObjId>,
    types: HashMap<(ObjId, Vec<TypeId>), TypeId>,
    pub(crate) inst_of: HashMap<TypeId, (ObjId, Vec<TypeId>)>,
    names: HashSet<String>,
    cycles: HashSet<ObjId>,
    queue: usize,
    files: usize,
}

impl Generics {
    pub fn snapshot(&self) -> Snapshot {
        Snapshot {
            funcs: self.funcs.clone(),
            types: self.types.clone(),
            inst_of: self.inst_of.clone(),
            names: self.names.clone(),
            cycles: self.cycles.clone(),
            queue: self.queue.len(),
            files: self.files.len(),
        }
    }

    /// The instance `g[targs]`, if made.
    pub fn instance_of(&self, g: ObjId, targs: &[TypeId]) -> Option<ObjId> {
        self.funcs.get(&(g, targs.to_vec())).copied()
    }

    /// Gives the nodes of a copied declaration fresh ids.
    pub fn renumber_func(&mut self, f: &mut ast::FuncDecl) {
        self.renumber.func(f);
    }

    pub fn restore(&mut self, s: Snapshot) {
        self.funcs = s.funcs;
        self.types = s.types;
        self.inst_of = s.inst_of;
        self.names = s.names;
        self.cycles = s.cycles;
        self.queue.truncate(s.queue);
        self.files.truncate(s.files);
        self.func_refs.truncate(s.files);
    }
}

impl Checker<'_> {
    /// The type parameters of a generic package-level function or type
    /// (None if `o` is not generic), and the file declaring it.
    pub(crate) fn tparams_of(&self, o: ObjId) -> Option<(usize, TParams)> {
        if let Some(l) = self.generics.local_types.get(&o) {
            return Some((l.file, flatten_tparams(&l.spec.tparams)));
        }
        let files = self.files;
        match self.decls.get(&o)? {
            DeclRef::Func { file, decl } => match &files[*file].decls[*decl] {
                Decl::Func(f) if !f.tparams.is_empty() => {
                    Some((*file, flatten_tparams(&f.tparams)))
                }
                _ => None,
            },
            DeclRef::Type { file, decl, spec } => match &files[*file].decls[*decl] {
                Decl::Type(specs) if !specs[*spec].tparams.is_empty() => {
                    Some((*file, flatten_tparams(&specs[*spec].tparams)))
                }
                _ => None,
            },
            _ => None,
        }
    }

    pub fn is_generic(&self, o: ObjId) -> bool {
        self.tparams_of(o).is_some()
    }

    /// A generic object named by `e` (a name, possibly parenthesised).
    fn generic_named(&self, e: &Expr) -> Option<ObjId> {
        let o = match &e.unparen().kind {
            ExprKind::Name(n) => self.lookup(n)?,
            ExprKind::Selector(x, sel) => self.imported_obj(x, &sel.name)?,
            _ => return None,
        };
        self.is_generic(o).then_some(o)
    }

    /// gc's spelling of a generic declaration in messages: `box[T any]`.
    pub fn generic_decl_string(&self, o: ObjId) -> String {
        let files = self.files;
        let fields = match self.decls.get(&o) {
            Some(DeclRef::Type { file, decl, spec }) => match &files[*file].decls[*decl] {
                Decl::Type(specs) => specs[*spec].tparams.clone(),
                _ => Vec::new(),
            },
            Some(DeclRef::Func { file, decl }) => match &files[*file].decls[*decl] {
                Decl::Func(f) => f.tparams.clone(),
                _ => Vec::new(),
            },
            _ => match self.generics.local_types.get(&o) {
                Some(l) => l.spec.tparams.clone(),
                None => Vec::new(),
            },
        };
        let groups: Vec<String> = fields
            .iter()
            .map(|f| {
                let names: Vec<&str> = f.names.iter().map(|n| n.name.as_str()).collect();
                format!("{} {}", names.join(", "), expr_string(&f.ty))
            })
            .collect();
        format!("{}[{}]", self.obj(o).name, groups.join(", "))
    }

    /// Runs `f` in the scope of a package-level generic declaration of file
    /// `file`, with its type parameters bound to types.
    pub(crate) fn with_bindings<R>(
        &mut self,
        file: usize,
        bindings: &[(String, TypeId)],
        f: impl FnOnce(&mut Self) -> R,
    ) -> R {
        self.with_scoped_bindings(file, Vec::new(), bindings, f)
    }

    /// `with_bindings` for a declaration inside a function, which also sees
    /// the `scopes` enclosing it.
    fn with_scoped_bindings<R>(
        &mut self,
        file: usize,
        scopes: Vec<Scope>,
        bindings: &[(String, TypeId)],
        f: impl FnOnce(&mut Self) -> R,
    ) -> R {
        let saved_scopes = std::mem::replace(&mut self.scopes, scopes);
        let saved_file = self.file_idx;
        let saved_func = self.func.take();
        self.file_idx = file;
        let scope = self.binding_scope(bindings);
        self.scopes.push(scope);
        let r = f(self);
        self.scopes = saved_scopes;
        self.file_idx = saved_file;
        self.func = saved_func;
        r
    }

    fn binding_scope(&mut self, bindings: &[(String, TypeId)]) -> HashMap<String, ObjId> {
        let outer = self.generics.recv_bindings.clone();
        outer
            .iter()
            .chain(bindings)
            .map(|(n, t)| {
                let o = self.new_obj(n, ObjKind::TypeName, *t, Span::default());
                self.generics.binding_objs.insert(o);
                (n.clone(), o)
            })
            .collect()
    }

    // ---- uses of generic names ------------------------------------------

    /// `F[A, B]` or `T[A, B]` outside a call: a full instantiation.
    /// None when `xe` does not name a generic declaration.
    pub fn generic_index(&mut self, e: &Expr, xe: &Expr, idx: &[Expr]) -> Option<Operand> {
        let g = self.generic_named(xe)?;
        self.use_qualifier(xe);
        // gc: a type instantiation at its start, a function's at its `[`.
        let (what, at) = match self.obj(g).kind {
            ObjKind::TypeName => ("type instantiation", e.span.lo),
            _ => ("function instantiation", xe.span.hi),
        };
        self.verify_version(Span::new(at, at + 1), 18, what);
        let targs: Vec<TypeId> = idx.iter().map(|i| self.typexpr(i)).collect();
        if targs.contains(&INVALID) {
            return Some(Operand::invalid());
        }
        let (gfile, tps) = self.tparams_of(g)?;
        let is_type = matches!(self.obj(g).kind, ObjKind::TypeName);
        let name = self.obj(g).name.clone();
        let (got, want) = (targs.len(), tps.len());
        if is_type && got != want {
            let which = if got > want { "too many" } else { "not enough" };
            let msg = format!("{which} type arguments for type {name}: have {got}, want {want}");
            self.error(e.span, msg);
            return Some(Operand::invalid());
        }
        if got < want {
            // A partial instantiation outside a call: nothing to infer from.
            let (id, _) = &tps[got];
            let at = self.pos(self.files[gfile].file, id.span);
            let lbrack = Span::new(xe.span.hi, xe.span.hi + 1);
            self.error(
                lbrack,
                format!("cannot infer {} (declared at {at})", id.name),
            );
            return Some(Operand::invalid());
        }
        if got > want {
            self.type_arg_count_error(e, idx, &name, got, want);
            return Some(Operand::invalid());
        }
        if matches!(self.obj(g).kind, ObjKind::TypeName) {
            let spans: Vec<Span> = idx.iter().map(|i| i.span).collect();
            self.iface_waits.inst_site = Some((self.file_idx, e.span));
            let t = self.instantiate_type(g, &targs, &spans);
            return Some(Operand {
                mode: Mode::Type,
                ty: t,
            });
        }
        let spans: Vec<Span> = idx.iter().map(|i| i.span).collect();
        let Some(inst) = self.instantiate_func(g, &targs, &spans) else {
            return Some(Operand::invalid());
        };
        self.add_dep(g);
        self.pkg.info.uses.insert(e.id, inst);
        Some(Operand::value(self.obj(inst).ty))
    }

    /// An uninstantiated generic function `F` or `pkg.F` used as a value:
    /// with the function type `hint` it is assigned to, the instance whose
    /// type arguments unify with it (types2's reverse inference); as an
    /// argument of a generic callee, left for after the callee's inference
    /// (`deferred_args`). None when `e` names no generic function or the
    /// type arguments cannot be inferred (the use is then an error).
    pub fn generic_func_value(&mut self, e: &Expr, hint: Option<TypeId>) -> Option<Operand> {
        let g = self.generic_named(e)?;
        if !matches!(self.obj(g).kind, ObjKind::Func) {
            return None;
        }
        if hint.is_none() && self.generic_arg == Some(e.id) {
            self.use_qualifier(e);
            self.deferred_args.insert(e.id);
            return Some(Operand::invalid());
        }
        let Type::Func(target) = self.pkg.types.under(hint?).clone() else {
            return None;
        };
        let (gfile, tps) = self.tparams_of(g)?;
        let ft = match self.decls.get(&g)? {
            DeclRef::Func { file, decl } => match &self.files[*file].decls[*decl] {
                Decl::Func(f) => f.ty.clone(),
                _ => return None,
            },
            _ => return None,
        };
        let names: Vec<String> = tps.iter().map(|(n, _)| n.name.clone()).collect();
        let mut bind: Vec<Option<TypeId>> = vec![None; names.len()];
        let scopes = std::mem::take(&mut self.scopes);
        let at = std::mem::replace(&mut self.file_idx, gfile);
        self.unify_signature(&ft, &target.params, &target.results, &names, &mut bind);
        self.core_inference(gfile, &tps, &names, &mut bind);
        self.file_idx = at;
        self.scopes = scopes;
        let targs: Vec<TypeId> = bind.into_iter().collect::<Option<_>>()?;
        self.use_qualifier(e);
        let spans = vec![e.span; targs.len()];
        let inst = match self.instantiate_func(g, &targs, &spans) {
            Some(i) => i,
            None => return Some(Operand::invalid()),
        };
        self.add_dep(g);
        self.pkg.info.uses.insert(e.id, inst);
        Some(Operand::value(self.obj(inst).ty))
    }

    pub(crate) fn type_arg_count_error(
        &mut self,
        e: &Expr,
        idx: &[Expr],
        name: &str,
        got: usize,
        want: usize,
    ) {
        if got > want {
            let msg = format!("got {got} type arguments but want {want}");
            self.error(idx[want].span, msg);
        } else {
            let msg = format!("not enough type arguments for {name}: have {got}, want {want}");
            self.error(e.span, msg);
        }
    }

    /// A call of a generic function, `F(args)` or `F[A](args)`: infers the
    /// missing type arguments, instantiates and checks the arguments.
    /// None when `fun` is not a generic function.
    pub fn generic_call(
        &mut self,
        e: &Expr,
        fun: &Expr,
        args: &[Expr],
        ellipsis: Option<Span>,
    ) -> Option<Operand> {
        let f = fun.unparen();
        let (g, explicit) = match &f.kind {
            ExprKind::Index(x, idx) => (self.generic_named(x)?, idx.as_slice()),
            _ => (self.generic_named(f)?, &[][..]),
        };
        if !matches!(self.obj(g).kind, ObjKind::Func) {
            return None;
        }
        match &f.kind {
            ExprKind::Index(x, _) => self.use_qualifier(x),
            _ => self.use_qualifier(f),
        }
        let at = Span::new(e.span.lo, e.span.lo + 1);
        match explicit.is_empty() {
            true => self.verify_version(at, 18, "implicit function instantiation"),
            false => self.verify_version(
                Span::new(f.span.lo, f.span.lo + 1),
                18,
                "function instantiation",
            ),
        };
        let (gfile, tps) = self.tparams_of(g)?;
        let name = self.obj(g).name.clone();
        let targs: Vec<TypeId> = explicit.iter().map(|i| self.typexpr(i)).collect();
        let ops = self.arg_operands(args, ellipsis, None);
        if targs.contains(&INVALID) {
            return Some(Operand::invalid());
        }
        if targs.len() > tps.len() {
            self.type_arg_count_error(f, explicit, &name, targs.len(), tps.len());
            return Some(Operand::invalid());
        }
        let Some((ops, spread)) = ops else {
            return Some(Operand::invalid());
        };
        let mut spans: Vec<Span> = explicit.iter().map(|i| i.span).collect();
        // With every type argument explicit, the arguments are checked
        // against the instance (gc's `want` lists the type arguments).
        let targs = if targs.len() < tps.len() {
            if self.generic_count_error(e, g, gfile, &tps, &ops, spread, ellipsis, None) {
                return Some(Operand::invalid());
            }
            match self.infer(e, g, gfile, &tps, targs, &ops, ellipsis, &mut spans) {
                Some(t) => t,
                None => return Some(Operand::invalid()),
            }
        } else {
            targs
        };
        let Some(inst) = self.instantiate_func(g, &targs, &spans) else {
            return Some(Operand::invalid());
        };
        self.add_dep(g);
        self.pkg.info.uses.insert(f.id, inst);
        let sig_ty = self.obj(inst).ty;
        let mut x = fun;
        loop {
            self.record(x, &Operand::value(sig_ty));
            match &x.kind {
                ExprKind::Paren(inner) => x = inner,
                _ => break,
            }
        }
        let Type::Func(sig) = self.pkg.types.get(sig_ty).clone() else {
            return Some(Operand::invalid());
        };
        let mut ops = ops;
        self.arguments_with(e, &expr_string(fun), &sig, &mut ops, spread, ellipsis);
        Some(self.call_result(&sig))
    }

    /// Reports a wrong number of arguments before inference, as gc does,
    /// with the parameters spelled by their type parameter names.
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn generic_count_error(
        &mut self,
        call: &Expr,
        g: ObjId,
        gfile: usize,
        tps: &TParams,
        ops: &[(Operand, &Expr)],
        spread: bool,
        ellipsis: Option<Span>,
        recv: Option<TypeId>,
    ) -> bool {
        let params = self.param_exprs(g);
        let np = params.len() + usize::from(recv.is_some());
        let variadic = params
            .last()
            .is_some_and(|p| matches!(p.kind, ExprKind::Ellipsis(Some(_))));
        let n = ops.len();
        let ok = if variadic && ellipsis.is_none() {
            n + 1 >= np
        } else {
            n == np
        };
        if ok || (spread && n == 0) {
            return false;
        }
        let Some(DeclRef::Func { file, decl }) = self.decls.get(&g).copied() else {
            return false;
        };
        let Decl::Func(f) = &self.files[file].decls[decl] else {
            return false;
        };
        let path = self.pkg.path.clone();
        let bindings: Vec<(String, TypeId)> = tps
            .iter()
            .map(|(n, _)| (n.name.clone(), self.pkg.types.new_named(&n.name, &path)))
            .collect();
        let sig_ty = self.with_bindings(gfile, &bindings, |c| c.signature(&f.ty));
        let Type::Func(mut sig) = self.pkg.types.get(sig_ty).clone() else {
            return false;
        };
        if let Some(r) = recv {
            sig.params.insert(0, r);
        }
        // gc names the callee as written (`r.V`, `pkg.F`, `F[int]`).
        let name = match &call.kind {
            ExprKind::Call { fun, .. } => expr_string(fun),
            _ => self.obj(g).name.clone(),
        };
        self.count_error(call, &name, &sig, ops, n < np, ellipsis.is_some());
        true
    }

    // ---- inference --------------------------------------------------------

    #[allow(clippy::too_many_arguments)]
    pub(crate) fn infer(
        &mut self,
        call: &Expr,
        g: ObjId,
        gfile: usize,
        tps: &TParams,
        explicit: Vec<TypeId>,
        ops: &[(Operand, &Expr)],
        ellipsis: Option<Span>,
        spans: &mut Vec<Span>,
    ) -> Option<Vec<TypeId>> {
        // gc reports inferred type arguments at the call's `(`.
        let lparen = match &call.kind {
            ExprKind::Call { fun, .. } => Span::new(fun.span.hi, fun.span.hi + 1),
            _ => call.span,
        };
        spans.resize(tps.len(), lparen);
        let names: Vec<String> = tps.iter().map(|(n, _)| n.name.clone()).collect();
        let mut bind: Vec<Option<TypeId>> =
            (0..names.len()).map(|i| explicit.get(i).copied()).collect();
        if bind.iter().any(Option::is_none) {
            let params = self.param_exprs(g);
            let mut untyped: Vec<(usize, BasicKind)> = Vec::new();
            for (i, (x, _)) in ops.iter().enumerate() {
                let Some(pe) = param_for(&params, i, ellipsis.is_some()) else {
                    continue;
                };
                if x.is_bad() {
                    continue;
                }
                match self.pkg.types.get(x.ty) {
                    Type::Basic(k) if self.pkg.types.is_untyped(x.ty) => {
                        if let ExprKind::Name(n) = &&pe.unparen().kind {
                            if let Some(p) = names.iter().position(|m| m == n) {
                                if *k != BasicKind::UntypedNil {
                                    if bind[p].is_none() && !untyped.iter().any(|u| u.0 == p) {
                                        spans[p] = lparen;
                                    }
                                    untyped.push((p, *k));
                                }
                            }
                        }
                    }
                    _ => {
                        let before: Vec<bool> = bind.iter().map(Option::is_some).collect();
                        // The parameter's type is read where it is written.
                        let scopes = std::mem::take(&mut self.scopes);
                        let at = std::mem::replace(&mut self.file_idx, gfile);
                        self.unify(&pe, x.ty, &names, &mut bind);
                        self.file_idx = at;
                        self.scopes = scopes;
                        for (p, was) in before.into_iter().enumerate() {
                            if !was && bind[p].is_some() {
                                spans[p] = lparen;
                            }
                        }
                    }
                }
            }
            // Constraints first (`S ~[]E` with S = []byte binds E = byte),
            // as go/types does: untyped constants only settle what is left.
            self.core_inference(gfile, tps, &names, &mut bind);
            if let Some((p, a, b)) = mismatched_untyped(&untyped) {
                if bind[p].is_none() {
                    let fname = self.obj(g).name.clone();
                    let msg = format!(
                        "in call to {fname}, mismatched types {} and {} (cannot infer {})",
                        super::exprstring::basic_name(a),
                        super::exprstring::basic_name(b),
                        names[p]
                    );
                    self.error(ops[ops.len() - 1].1.span, msg);
                    return None;
                }
            }
            for (p, k) in untyped_defaults(&untyped) {
                if bind[p].is_none() {
                    bind[p] = Some(self.pkg.types.default_type(self.basic(k)));
                }
            }
            self.core_inference(gfile, tps, &names, &mut bind);
        }
        if let Some(p) = bind.iter().position(Option::is_none) {
            if ops
                .iter()
                .any(|(x, _)| mentions_invalid(&self.pkg.types, x.ty, 0))
            {
                // An argument typed with the invalid stand-ins of a generic
                // body's type parameters (`check_bodies`): its instances
                // are where inference happens.
                return None;
            }
            let (id, _) = &tps[p];
            let file = self.files[gfile].file;
            let at = self.pos(file, id.span);
            let fname = self.obj(g).name.clone();
            self.error(
                lparen,
                format!(
                    "in call to {fname}, cannot infer {} (declared at {at})",
                    id.name
                ),
            );
            return None;
        }
        Some(bind.into_iter().flatten().collect())
    }

    /// The parameter type expressions of generic function `g`, one per
    /// parameter (a variadic one as `Ellipsis(Some(elem))`).
    fn param_exprs(&self, g: ObjId) -> Vec<Expr> {
        let Some(DeclRef::Func { file, decl }) = self.decls.get(&g) else {
            return Vec::new();
        };
        let Decl::Func(f) = &self.files[*file].decls[*decl] else {
            return Vec::new();
        };
        f.ty.params
            .iter()
            .flat_map(|p| std::iter::repeat_n(p.ty.clone(), p.names.len().max(1)))
            .collect()
    }

    /// Binds type parameters named in `pe` by matching it with `t`.
    fn unify(&self, pe: &Expr, t: TypeId, names: &[String], bind: &mut [Option<TypeId>]) {
        let tt = &self.pkg.types;
        match &pe.kind {
            ExprKind::Paren(x) => self.unify(x, t, names, bind),
            ExprKind::Name(n) => {
                if let Some(p) = names.iter().position(|m| m == n) {
                    if bind[p].is_none() && t != INVALID {
                        bind[p] = Some(t);
                    }
                }
            }
            ExprKind::Star(x) => {
                if let Type::Pointer(e) = tt.under(t) {
                    self.unify(x, *e, names, bind);
                }
            }
            ExprKind::SliceType(x) => {
                if let Type::Slice(e) = tt.under(t) {
                    self.unify(x, *e, names, bind);
                }
            }
            ExprKind::ArrayType { elem, .. } => {
                if let Type::Array(_, e) = tt.under(t) {
                    self.unify(elem, *e, names, bind);
                }
            }
            ExprKind::MapType(k, v) => {
                if let Type::Map(kt, vt) = tt.under(t).clone() {
                    self.unify(k, kt, names, bind);
                    self.unify(v, vt, names, bind);
                }
            }
            ExprKind::ChanType(_, x) => {
                if let Type::Chan(_, e) = tt.under(t) {
                    self.unify(x, *e, names, bind);
                }
            }
            ExprKind::FuncType(ft) => {
                if let Type::Func(sig) = tt.under(t).clone() {
                    self.unify_signature(ft, &sig.params, &sig.results, names, bind);
                }
            }
            ExprKind::StructType(fields) => {
                if let Type::Struct(fs) = tt.under(t).clone() {
                    let tys: Vec<&Expr> = fields
                        .iter()
                        .flat_map(|f| std::iter::repeat_n(&f.ty, f.names.len().max(1)))
                        .collect();
                    if tys.len() == fs.len() {
                        for (e, f) in tys.into_iter().zip(&fs) {
                            self.unify(e, f.ty, names, bind);
                        }
                    }
                }
            }
            ExprKind::Index(x, targs) => {
                if let Some(rhs) = self.generic_alias_rhs(x, targs) {
                    return self.unify(&rhs, t, names, bind);
                }
                let Some((g, args)) = self.generics.inst_of.get(&t) else {
                    // An argument of an unnamed type unifies with the
                    // generic type's underlying type (`Seq[V]` with a
                    // func literal's type).
                    if let Some(rhs) = self.generic_type_rhs(x, targs) {
                        self.unify(&rhs, t, names, bind);
                    }
                    return;
                };
                if self.generic_named(x) == Some(*g) {
                    for (ae, at) in targs.iter().zip(args.clone()) {
                        self.unify(ae, at, names, bind);
                    }
                }
            }
            _ => {}
        }
    }

    /// Binds type parameters named in function type `ft` by matching its
    /// parameters and results with the types `params` and `results`.
    pub(crate) fn unify_signature(
        &self,
        ft: &ast::FuncType,
        params: &[TypeId],
        results: &[TypeId],
        names: &[String],
        bind: &mut [Option<TypeId>],
    ) {
        let tt = &self.pkg.types;
        let ps = fields_exprs(&ft.params);
        let rs = fields_exprs(&ft.results);
        for (pe, pt) in ps.iter().zip(params) {
            let pe = match &pe.kind {
                ExprKind::Ellipsis(Some(el)) => el,
                _ => pe,
            };
            let pt = match (&pe.kind, tt.get(*pt)) {
                (ExprKind::Ellipsis(_), Type::Slice(e)) => *e,
                _ => *pt,
            };
            self.unify(pe, pt, names, bind);
        }
        for (re, rt) in rs.iter().zip(results) {
            self.unify(re, *rt, names, bind);
        }
    }

    /// The type expression of generic type `x`'s declaration, its type
    /// parameters replaced by `targs` (None unless it is a type literal).
    fn generic_type_rhs(&self, x: &Expr, targs: &[Expr]) -> Option<Expr> {
        let g = self.generic_named(x)?;
        let (_, spec, _) = self.generic_type_spec(g)?;
        let tps = flatten_tparams(&spec.tparams);
        let literal = !matches!(
            spec.ty.unparen().kind,
            ExprKind::Name(_) | ExprKind::Selector(..) | ExprKind::Index(..)
        );
        if !literal || tps.len() != targs.len() {
            return None;
        }
        Some(substitute_tparams(&spec.ty, &tps, targs))
    }

    /// The aliased type expression of generic alias instance `x[targs]`,
    /// its type parameters replaced by `targs` (None if `x` is no alias).
    fn generic_alias_rhs(&self, x: &Expr, targs: &[Expr]) -> Option<Expr> {
        let g = self.generic_named(x)?;
        let (_, spec, _) = self.generic_type_spec(g)?;
        let tps = flatten_tparams(&spec.tparams);
        if !spec.alias || tps.len() != targs.len() {
            return None;
        }
        Some(substitute_tparams(&spec.ty, &tps, targs))
    }

    /// Constraint type inference: a type parameter whose constraint has a
    /// single term (`~[]E`) is matched against its binding, or bound to the
    /// term once the term's own parameters are known.
    pub(crate) fn core_inference(
        &mut self,
        gfile: usize,
        tps: &TParams,
        names: &[String],
        bind: &mut [Option<TypeId>],
    ) {
        for _ in 0..names.len() + 1 {
            let mut changed = false;
            for (p, (_, c)) in tps.iter().enumerate() {
                let reqs = self.requirements(c, gfile);
                let [single] = reqs.unions.as_slice() else {
                    continue;
                };
                let [term] = single.as_slice() else {
                    continue;
                };
                match bind[p] {
                    Some(t) => {
                        let before = bind.iter().filter(|b| b.is_some()).count();
                        let u = if term.tilde {
                            self.pkg.types.underlying(t)
                        } else {
                            t
                        };
                        self.unify(&term.ty, u, names, bind);
                        changed |= bind.iter().filter(|b| b.is_some()).count() != before;
                    }
                    None => {
                        if !mentions_unbound(&term.ty, names, bind) {
                            let bs = bound_pairs(names, bind);
                            let t = self.with_bindings(term.file, &bs, |c| c.typexpr(&term.ty));
                            if t != INVALID {
                                bind[p] = Some(t);
                                changed = true;
                            }
                        }
                    }
                }
            }
            if !changed {
                break;
            }
        }
    }

    // ---- constraints ------------------------------------------------------

    /// The type of union term `term` with type parameters bound.
    pub(crate) fn type_with_bindings(
        &mut self,
        term: &Term,
        bindings: &[(String, TypeId)],
    ) -> TypeId {
        self.with_bindings(term.file, bindings, |c| c.typexpr(&term.ty))
    }

    /// What constraint `c` (written in file `file`) requires.
    pub(crate) fn requirements(&self, c: &Expr, file: usize) -> Requirements {
        let mut r = Requirements::default();
        self.collect_requirements(c, file, &mut r, 0);
        r
    }

    fn collect_requirements(&self, c: &Expr, file: usize, r: &mut Requirements, depth: u32) {
        if depth > 16 {
            return;
        }
        match &c.kind {
            ExprKind::Paren(x) => self.collect_requirements(x, file, r, depth + 1),
            ExprKind::InterfaceType(elems) => {
                for el in elems {
                    match el {
                        ast::InterfaceElem::Method { name, .. } => {
                            r.methods.push(name.name.clone())
                        }
                        ast::InterfaceElem::Embed(x) => {
                            self.collect_requirements(x, file, r, depth + 1)
                        }
                    }
                }
            }
            ExprKind::Name(n) => match n.as_str() {
                "any" if !self.scope_in(file).contains_key(n) => {}
                "comparable" if !self.scope_in(file).contains_key(n) => r.comparable = true,
                // The predeclared interface: its one method.
                "error" if !self.scope_in(file).contains_key(n) => r.methods.push("Error".into()),
                _ => match self.interface_decl(n, file) {
                    Some((x, f)) => self.collect_requirements(&x, f, r, depth + 1),
                    None => r.unions.push(vec![Term {
                        tilde: false,
                        ty: c.clone(),
                        file,
                    }]),
                },
            },
            ExprKind::Selector(x, sel) => match self.qualified_interface_decl(x, &sel.name, file) {
                Some((x, f)) => self.collect_requirements(&x, f, r, depth + 1),
                None => r.unions.push(vec![Term {
                    tilde: false,
                    ty: c.clone(),
                    file,
                }]),
            },
            ExprKind::Index(x, args) => match self.generic_interface_decl(x, args, file) {
                Some((x, f)) => self.collect_requirements(&x, f, r, depth + 1),
                None => r.unions.push(vec![Term {
                    tilde: false,
                    ty: c.clone(),
                    file,
                }]),
            },
            ExprKind::Binary(BinOp::Or, ..) | ExprKind::Unary(UnOp::Tilde, _) => {
                let mut terms = Vec::new();
                union_terms(c, file, &mut terms);
                r.unions.push(self.expand_interface_terms(terms, depth));
            }
            _ => r.unions.push(vec![Term {
                tilde: false,
                ty: c.clone(),
                file,
            }]),
        }
    }

    /// Replaces union terms that name constraint interfaces by the terms of
    /// those interfaces (`integer | float`).
    fn expand_interface_terms(&self, terms: Vec<Term>, depth: u32) -> Vec<Term> {
        let mut out = Vec::new();
        for t in terms {
            let iface = match &t.ty.kind {
                ExprKind::Name(n) if !t.tilde => self.interface_decl(n, t.file),
                ExprKind::Selector(x, sel) if !t.tilde => {
                    self.qualified_interface_decl(x, &sel.name, t.file)
                }
                _ => None,
            };
            match iface {
                Some((x, f)) => {
                    let mut r = Requirements::default();
                    self.collect_requirements(&x, f, &mut r, depth + 1);
                    out.extend(r.unions.into_iter().flatten());
                }
                None => out.push(t),
            }
        }
        out
    }

    /// The interface type expression of package-level type `n`, if it is
    /// declared as an interface (`n` as written in file `file`).
    fn interface_decl(&self, n: &str, file: usize) -> Option<(Expr, usize)> {
        let o = self.scope_in(file).get(n)?;
        self.interface_decl_of(*o)
    }

    /// The interface type expression of `pkg.n` (`cmp.Ordered`) as
    /// written in file `file`, if it is declared as an interface.
    fn qualified_interface_decl(&self, pkg: &Expr, n: &str, file: usize) -> Option<(Expr, usize)> {
        let ExprKind::Name(p) = &pkg.unparen().kind else {
            return None;
        };
        let o = self.file_scopes.get(file)?.get(p)?;
        let ObjKind::PkgName(path) = &self.obj(*o).kind else {
            return None;
        };
        let o = self.done_scopes.get(self.package_of(path)?)?.get(n)?;
        self.interface_decl_of(*o)
    }

    /// The interface type expression that declares type `o`, with its file.
    fn interface_decl_of(&self, o: ObjId) -> Option<(Expr, usize)> {
        let DeclRef::Type { file, decl, spec } = self.decls.get(&o)? else {
            return None;
        };
        let Decl::Type(specs) = &self.files[*file].decls[*decl] else {
            return None;
        };
        let ty = &specs[*spec].ty;
        matches!(ty.unparen().kind, ExprKind::InterfaceType(_)).then(|| (ty.clone(), *file))
    }

    /// The interface of an instantiated generic constraint `n[args]`
    /// (`setter[T]`), with its type parameters replaced by the argument
    /// expressions, so that its terms (`*T`) read as written at the use.
    /// `n` may be qualified (`ecdsa.Point[P]`): the interface is then read
    /// in its own package's file.
    fn generic_interface_decl(&self, n: &Expr, args: &[Expr], at: usize) -> Option<(Expr, usize)> {
        let o = match &n.unparen().kind {
            ExprKind::Name(name) => *self.scope_in(at).get(name)?,
            ExprKind::Selector(pkg, sel) => {
                let ExprKind::Name(p) = &pkg.unparen().kind else {
                    return None;
                };
                let ObjKind::PkgName(path) = &self.obj(*self.file_scopes.get(at)?.get(p)?).kind
                else {
                    return None;
                };
                *self
                    .done_scopes
                    .get(self.package_of(path)?)?
                    .get(&sel.name)?
            }
            _ => return None,
        };
        let (ty, file) = self.interface_decl_of(o)?;
        let (_, tps) = self.tparams_of(o)?;
        if tps.len() != args.len() {
            return None;
        }
        let map: HashMap<&str, &Expr> =
            tps.iter().map(|(p, _)| p.name.as_str()).zip(args).collect();
        Some((substitute(&ty, &map), file))
    }

    /// Checks type arguments against the constraints of `g`; reports the
    /// first failure at `span` as gc does.
    pub(crate) fn check_constraints(&mut self, g: ObjId, targs: &[TypeId], spans: &[Span]) -> bool {
        let Some((gfile, tps)) = self.tparams_of(g) else {
            return false;
        };
        let names: Vec<String> = tps.iter().map(|(n, _)| n.name.clone()).collect();
        let bindings: Vec<(String, TypeId)> =
            names.iter().cloned().zip(targs.iter().copied()).collect();
        for (i, ((_, c), &t)) in tps.iter().zip(targs).enumerate() {
            let span = spans.get(i).or(spans.last()).copied().unwrap_or_default();
            if let Some(cause) = self.unsatisfied(t, c, gfile, &bindings) {
                let ts = self.type_str(t);
                let cs = expr_string(c);
                let msg = match cause {
                    Some(cause) => format!("{ts} does not satisfy {cs} ({cause})"),
                    None => format!("{ts} does not satisfy {cs}"),
                };
                self.error(span, msg);
                return false;
            }
        }
        true
    }

    /// Why `t` does not satisfy constraint `c` (Some(None): no detail), or
    /// None when it does.
    fn unsatisfied(
        &mut self,
        t: TypeId,
        c: &Expr,
        file: usize,
        bindings: &[(String, TypeId)],
    ) -> Option<Option<String>> {
        let reqs = self.requirements(c, file);
        if reqs.comparable && !self.pkg.types.comparable(t) {
            return Some(None);
        }
        for u in &reqs.unions {
            let mut found = false;
            for term in u {
                let tt = self.with_bindings(term.file, bindings, |ch| ch.typexpr(&term.ty));
                let ok = if term.tilde {
                    self.pkg.types.underlying(t) == self.pkg.types.underlying(tt)
                } else {
                    t == tt
                };
                found |= ok;
            }
            if !found {
                let spelled: Vec<String> = u
                    .iter()
                    .map(|term| {
                        let s = expr_string(&term.ty);
                        if term.tilde {
                            format!("~{s}")
                        } else {
                            s
                        }
                    })
                    .collect();
                let ts = self.type_str(t);
                return Some(Some(format!("{ts} missing in {}", spelled.join(" | "))));
            }
        }
        for m in &reqs.methods {
            if self.find_method(t, m).is_none() {
                return Some(Some(format!("missing method {m}")));
            }
        }
        None
    }

    // ---- instances --------------------------------------------------------

    /// gc's name of an instance: `pair[string,int]`.
    fn instance_name(&self, g: ObjId, targs: &[TypeId]) -> String {
        let args: Vec<String> = targs.iter().map(|&t| self.type_str(t)).collect();
        format!("{}[{}]", self.obj(g).name, args.join(","))
    }

    /// A declaration of generic type `g`: its file, spec, and for a local
    /// one the scopes it sees.
    pub(crate) fn generic_type_spec(&self, g: ObjId) -> Option<(usize, ast::TypeSpec, Vec<Scope>)> {
        if let Some(l) = self.generics.local_types.get(&g) {
            return Some((l.file, l.spec.clone(), l.scopes.clone()));
        }
        let Some(DeclRef::Type { file, decl, spec }) = self.decls.get(&g).copied() else {
            return None;
        };
        let Decl::Type(specs) = &self.files[file].decls[decl] else {
            return None;
        };
        Some((file, specs[spec].clone(), Vec::new()))
    }

    /// Records generic type `o` declared inside a function by `spec`.
    pub fn declare_local_generic(&mut self, o: ObjId, spec: &ast::TypeSpec) {
        let l = LocalType {
            spec: spec.clone(),
            file: self.file_idx,
            scopes: self.scopes.clone(),
        };
        self.generics.local_types.insert(o, l);
    }

    /// The named type `g[targs]` (for a generic alias, the aliased type).
    pub fn instantiate_type(&mut self, g: ObjId, targs: &[TypeId], spans: &[Span]) -> TypeId {
        let site = self.iface_waits.embed_site.take();
        let created = self.iface_waits.inst_site.take();
        let key = (g, targs.to_vec());
        if let Some(&t) = self.generics.types.get(&key) {
            return t;
        }
        if self.instantiation_cycle(g) {
            return INVALID;
        }
        if !self.check_constraints(g, targs, spans) {
            return INVALID;
        }
        let Some((file, spec, scopes)) = self.generic_type_spec(g) else {
            return INVALID;
        };
        let local = !scopes.is_empty();
        let names: Vec<String> = flatten_tparams(&spec.tparams)
            .into_iter()
            .map(|(n, _)| n.name)
            .collect();
        let bindings: Vec<(String, TypeId)> =
            names.into_iter().zip(targs.iter().copied()).collect();
        if spec.alias {
            // An alias stands for its right side, so one that refers to
            // itself (`type A[T any] = []A[T]`) would expand forever.
            if !self.generics.expanding_aliases.insert(g) {
                if self.generics.cycles.insert(g) {
                    let msg = format!(
                        "invalid recursive type: {} refers to itself",
                        spec.name.name
                    );
                    self.error_in(file, spec.name.span, msg);
                }
                return INVALID;
            }
            let t = self.with_scoped_bindings(file, scopes, &bindings, |c| c.typexpr(&spec.ty));
            self.generics.expanding_aliases.remove(&g);
            self.generics.types.insert(key, t);
            return t;
        }
        let name = self.instance_name(g, targs);
        let path = self.specs[self.obj(g).pkg as usize].path.clone();
        let named = self.pkg.types.new_named(&name, &path);
        if let Type::Named(i) = self.pkg.types.get(named) {
            let i = *i as usize;
            self.pkg.types.named[i].targs = targs.to_vec();
        }
        self.generics.types.insert(key.clone(), named);
        self.generics.inst_of.insert(named, key);
        if let Some(c) = created {
            self.iface_waits.created_at.insert(named, c);
        }
        self.generics.depth += 1;
        self.iface_waits.instances.push(InstanceInProgress {
            ty: named,
            indir: self.indirections,
            site,
        });
        let saved_embed = std::mem::replace(&mut self.generics.in_embed, false);
        let rhs = self.with_scoped_bindings(file, scopes, &bindings, |c| {
            if matches!(spec.ty.kind, ExprKind::InterfaceType(_)) {
                c.iface_waits.owner = Some(named);
            }
            let rhs = c.typexpr(&spec.ty);
            c.iface_waits.owner = None;
            rhs
        });
        self.generics.in_embed = saved_embed;
        self.iface_waits.instances.pop();
        self.generics.depth -= 1;
        if std::mem::take(&mut self.iface_waits.deferred) {
            // Settled with the interfaces it embeds (ifacewait.rs).
        } else if rhs != INVALID {
            self.pkg.types.set_underlying(named, rhs);
            self.check_unfinished_uses(named);
            self.settle(named);
        }
        if let Some(cycle) = self.find_cycle(named, named, &mut Vec::new()) {
            self.invalidate(&cycle);
            if self.generics.cycles.insert(g) {
                let params: Vec<&str> = bindings.iter().map(|(n, _)| n.as_str()).collect();
                let gname = format!("{}[{}]", self.obj(g).name, params.join(", "));
                let msg = format!("invalid recursive type: {gname} refers to itself");
                self.error_in(file, spec.name.span, msg);
            }
        }
        if !local {
            self.instantiate_methods(g, named, targs);
        }
        named
    }

    /// Instantiates the methods declared on generic type `g` for its
    /// instance `named` and lists them as `named`'s methods.
    fn instantiate_methods(&mut self, g: ObjId, named: TypeId, targs: &[TypeId]) {
        let gname = self.obj(g).name.clone();
        let gpkg = self.obj(g).pkg as usize;
        let files = self.files;
        for fr in self.pkg.funcs.clone() {
            // Methods are declared in the type's own package (another
            // package may have a generic type of the same name).
            if self.file_pkg.get(fr.file).copied() != Some(gpkg) {
                continue;
            }
            let Some(Decl::Func(f)) = files.get(fr.file).map(|fl| &fl.decls[fr.decl]) else {
                continue;
            };
            let Some(recv) = &f.recv else { continue };
            if !f.tparams.is_empty() {
                // A generic method: instantiated per use (genmethod.rs).
                continue;
            }
            let Some(params) = generic_receiver_params(&recv.ty, &gname) else {
                continue;
            };
            if params.len() != targs.len() {
                continue;
            }
            let mut copy = f.clone();
            self.generics.renumber.func(&mut copy);
            let bindings: Vec<(String, TypeId)> =
                params.into_iter().zip(targs.iter().copied()).collect();
            let Some(crecv) = copy.recv.clone() else {
                continue;
            };
            let (sig, recv_t) = self.with_bindings(fr.file, &bindings, |c| {
                (c.signature(&copy.ty), c.typexpr(&crecv.ty))
            });
            let saved = self.file_idx;
            self.file_idx = fr.file;
            let inst = self.new_obj(&f.name.name, ObjKind::Func, sig, f.name.span);
            self.file_idx = saved;
            if let Type::Named(i) = self.pkg.types.get(named) {
                let i = *i as usize;
                self.pkg.types.named[i].methods.push(inst);
            }
            let copy_idx = self.push_copy(fr.file, inst, copy);
            self.generics.queue.push_back(PendingBody {
                inst,
                generic: fr.obj,
                file: fr.file,
                copy: copy_idx,
                bindings,
                depth: self.generics.depth + 1,
                recv: Some((crecv.names.clone(), recv_t)),
            });
        }
    }

    /// Keeps the copy of an instance's declaration for lowering; returns its
    /// index in `Generics::files`.
    fn push_copy(&mut self, file: usize, inst: ObjId, copy: ast::FuncDecl) -> usize {
        let src = &self.files[file];
        let copy_idx = self.generics.files.len();
        self.generics.files.push(ast::File {
            file: src.file,
            package: src.package.clone(),
            imports: Vec::new(),
            decls: vec![Decl::Func(copy)],
            directives: Vec::new(),
        });
        self.generics.func_refs.push(FuncRef {
            obj: inst,
            file: self.files.len() + copy_idx,
            decl: 0,
        });
        copy_idx
    }

    /// The function object `g[targs]`, made (and its body queued) on first use.
    fn instantiate_func(&mut self, g: ObjId, targs: &[TypeId], spans: &[Span]) -> Option<ObjId> {
        let key = (g, targs.to_vec());
        if let Some(&o) = self.generics.funcs.get(&key) {
            return Some(o);
        }
        let (file, copy, bindings) = self.instance_decl(g, targs, spans)?;
        let sig = self.with_bindings(file, &bindings, |c| c.signature(&copy.ty));
        let inst = self.new_instance_obj(g, targs, file, sig, copy.name.span);
        self.queue_instance(g, targs, inst, file, copy, bindings, None);
        Some(inst)
    }

    /// The declaration of generic function (or method) `g` to instantiate
    /// with `targs`, unless that is a cycle or breaks a constraint: its file,
    /// a renumbered copy without type parameters, and the bindings of its
    /// type parameters' names to `targs`.
    pub(crate) fn instance_decl(
        &mut self,
        g: ObjId,
        targs: &[TypeId],
        spans: &[Span],
    ) -> Option<(usize, ast::FuncDecl, Bindings)> {
        if self.instantiation_cycle(g) || !self.check_constraints(g, targs, spans) {
            return None;
        }
        let Some(DeclRef::Func { file, decl }) = self.decls.get(&g).copied() else {
            return None;
        };
        let Decl::Func(f) = &self.files[file].decls[decl] else {
            return None;
        };
        let mut copy = f.clone();
        self.generics.renumber_func(&mut copy);
        copy.tparams.clear();
        let bindings = flatten_tparams(&f.tparams)
            .into_iter()
            .map(|(n, _)| n.name)
            .zip(targs.iter().copied())
            .collect();
        Some((file, copy, bindings))
    }

    /// The object of instance `g[targs]` with signature `sig`, declared in
    /// `file` at `span` under a name no other instance has.
    pub(crate) fn new_instance_obj(
        &mut self,
        g: ObjId,
        targs: &[TypeId],
        file: usize,
        sig: TypeId,
        span: Span,
    ) -> ObjId {
        let name = self.unique_instance_name(g, targs);
        let saved = self.file_idx;
        self.file_idx = file;
        let inst = self.new_obj(&name, ObjKind::Func, sig, span);
        self.file_idx = saved;
        inst
    }

    /// `g[targs]`'s name, distinct from every other instance's.
    pub(crate) fn unique_instance_name(&mut self, g: ObjId, targs: &[TypeId]) -> String {
        let mut name = self.instance_name(g, targs);
        while !self.generics.names.insert(name.clone()) {
            name.push('\'');
        }
        name
    }

    /// Records `inst` as the instance `g[targs]` and queues the check of
    /// its declaration `copy` (with the receiver `recv` for a method).
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn queue_instance(
        &mut self,
        g: ObjId,
        targs: &[TypeId],
        inst: ObjId,
        file: usize,
        copy: ast::FuncDecl,
        bindings: Vec<(String, TypeId)>,
        recv: Option<(Vec<ast::Ident>, TypeId)>,
    ) {
        self.generics.funcs.insert((g, targs.to_vec()), inst);
        let copy_idx = self.push_copy(file, inst, copy);
        self.generics.queue.push_back(PendingBody {
            inst,
            generic: g,
            file,
            copy: copy_idx,
            bindings,
            depth: self.generics.depth + 1,
            recv,
        });
    }

    /// Whether a new instance of `g` would be nested too deep: reports an
    /// instantiation cycle at `g`'s first type parameter (once).
    pub(crate) fn instantiation_cycle(&mut self, g: ObjId) -> bool {
        if self.generics.depth < MAX_DEPTH {
            return false;
        }
        if self.generics.cycles.insert(g) {
            if let Some((file, tps)) = self.tparams_of(g) {
                self.error_in(file, tps[0].0.span, "instantiation cycle");
            }
        }
        true
    }

    /// Reports an error in file `file` (an index into `files`).
    fn error_in(&mut self, file: usize, span: Span, msg: impl Into<String>) {
        let saved = self.file_idx;
        self.file_idx = file;
        self.error(span, msg);
        self.file_idx = saved;
    }

    /// Checks the bodies of the function instances made so far (checking
    /// one may make more).
    pub fn check_instances(&mut self) {
        while let Some(p) = self.generics.queue.pop_front() {
            self.generics.depth = p.depth;
            let Decl::Func(f) = self.generics.files[p.copy].decls[0].clone() else {
                continue;
            };
            let Some(body) = &f.body else { continue };
            let sig = self.obj(p.inst).ty;
            let before = self.diags.len();
            self.with_bindings(p.file, &p.bindings, |c| {
                c.pending_recv = p.recv.clone();
                c.cur_decl = Some(p.generic);
                c.func_body(&f.ty, sig, body);
                c.cur_decl = None;
            });
            self.drop_echoes(before);
        }
        self.generics.depth = 0;
    }

    /// Drops the errors from `diags[from..]` (an instance body's) at a
    /// position where the generic declaration already has one: gc reports
    /// an operation its type set forbids once, in the declaration's terms,
    /// not again with each type argument.
    fn drop_echoes(&mut self, from: usize) {
        let (old, new) = self.diags.split_at(from);
        let seen: HashSet<(u32, u32)> = old.iter().map(|d| (d.file, d.span.lo)).collect();
        let kept: Vec<crate::diag::Diagnostic> = new
            .iter()
            .filter(|d| !seen.contains(&(d.file, d.span.lo)))
            .cloned()
            .collect();
        self.diags.truncate(from);
        self.diags.extend(kept);
    }

    /// Hands the instances to the package (after all bodies are checked),
    /// in place of the generic declarations, which are never lowered.
    pub fn publish_instances(&mut self) {
        let files = std::mem::take(&mut self.generics.files);
        let refs = std::mem::take(&mut self.generics.func_refs);
        self.pkg.instance_files = files;
        let src = self.files;
        self.pkg.funcs.retain(|f| match &src[f.file].decls[f.decl] {
            Decl::Func(d) => {
                d.tparams.is_empty() && !d.recv.as_ref().is_some_and(|r| is_generic_receiver(&r.ty))
            }
            _ => true,
        });
        self.pkg.funcs.extend(refs);
    }
}

/// Whether unnamed type `t` is built from the invalid type (a generic
/// body's type parameters stand for it outside instances).
fn mentions_invalid(tt: &super::ty::TypeTable, t: TypeId, depth: u32) -> bool {
    if t == INVALID {
        return true;
    }
    if depth > 16 {
        return false;
    }
    let sub = |u: &TypeId| mentions_invalid(tt, *u, depth + 1);
    match tt.get(t) {
        Type::Pointer(e) | Type::Slice(e) | Type::Array(_, e) | Type::Chan(_, e) => sub(e),
        Type::Map(k, v) => sub(k) || sub(v),
        Type::Func(sig) => sig.params.iter().any(sub) || sig.results.iter().any(sub),
        Type::Tuple(ts) => ts.iter().any(sub),
        Type::Struct(fields) => fields.iter().any(|f| sub(&f.ty)),
        _ => false,
    }
}

/// The parameter expression for argument `i` (the element type for the
/// variadic part, unless the call spreads a slice with `...`).
fn param_for(params: &[Expr], i: usize, spread: bool) -> Option<Expr> {
    let last = params.last()?;
    let variadic = matches!(last.kind, ExprKind::Ellipsis(Some(_)));
    let pe = if variadic && i + 1 >= params.len() {
        last
    } else {
        params.get(i)?
    };
    match &pe.kind {
        ExprKind::Ellipsis(Some(el)) if spread => Some(Expr {
            id: pe.id,
            span: pe.span,
            kind: ExprKind::SliceType(el.clone()),
        }),
        ExprKind::Ellipsis(Some(el)) => Some((**el).clone()),
        _ => Some(pe.clone()),
    }
}

/// The type expressions of `fields`, one per declared name.
pub(crate) fn fields_exprs(fields: &[ast::Field]) -> Vec<Expr> {
    fields
        .iter()
        .flat_map(|p| std::iter::repeat_n(p.ty.clone(), p.names.len().max(1)))
        .collect()
}

/// For each type parameter inferred only from untyped constants, the
/// largest kind among them (int < rune < float < complex).
fn untyped_defaults(untyped: &[(usize, BasicKind)]) -> Vec<(usize, BasicKind)> {
    let rank = |k: BasicKind| match k {
        BasicKind::UntypedInt => 1,
        BasicKind::UntypedRune => 2,
        BasicKind::UntypedFloat => 3,
        BasicKind::UntypedComplex => 4,
        _ => 0,
    };
    let mut best: Vec<(usize, BasicKind)> = Vec::new();
    for &(p, k) in untyped {
        match best.iter_mut().find(|(q, _)| *q == p) {
            Some(b) if rank(k) > rank(b.1) => b.1 = k,
            Some(_) => {}
            None => best.push((p, k)),
        }
    }
    best
}

/// Two untyped constants for the same type parameter whose kinds have no
/// common default (a string and a number): (parameter, first, other kind).
fn mismatched_untyped(untyped: &[(usize, BasicKind)]) -> Option<(usize, BasicKind, BasicKind)> {
    let numeric = |k: BasicKind| {
        matches!(
            k,
            BasicKind::UntypedInt
                | BasicKind::UntypedRune
                | BasicKind::UntypedFloat
                | BasicKind::UntypedComplex
        )
    };
    untyped.iter().enumerate().find_map(|(i, &(p, a))| {
        untyped[..i]
            .iter()
            .find(|&&(q, b)| q == p && b != a && !(numeric(a) && numeric(b)))
            .map(|&(_, b)| (p, b, a))
    })
}

fn union_terms(e: &Expr, file: usize, out: &mut Vec<Term>) {
    match &e.kind {
        ExprKind::Binary(BinOp::Or, a, b) => {
            union_terms(a, file, out);
            union_terms(b, file, out);
        }
        ExprKind::Paren(x) => union_terms(x, file, out),
        ExprKind::Unary(UnOp::Tilde, x) => out.push(Term {
            tilde: true,
            ty: (**x).clone(),
            file,
        }),
        _ => out.push(Term {
            tilde: false,
            ty: e.clone(),
            file,
        }),
    }
}

/// Whether type expression `e` names a type parameter that is not bound.
fn mentions_unbound(e: &Expr, names: &[String], bind: &[Option<TypeId>]) -> bool {
    let mut found = false;
    visit_names(e, &mut |n| {
        if let Some(p) = names.iter().position(|m| m == n) {
            found |= bind[p].is_none();
        }
    });
    found
}

fn visit_names(e: &Expr, f: &mut impl FnMut(&str)) {
    match &e.kind {
        ExprKind::Name(n) => f(n),
        ExprKind::Paren(x)
        | ExprKind::Star(x)
        | ExprKind::SliceType(x)
        | ExprKind::ChanType(_, x)
        | ExprKind::Unary(_, x) => visit_names(x, f),
        ExprKind::ArrayType { elem, .. } => visit_names(elem, f),
        ExprKind::MapType(a, b) | ExprKind::Binary(_, a, b) => {
            visit_names(a, f);
            visit_names(b, f);
        }
        ExprKind::Index(x, idx) => {
            visit_names(x, f);
            idx.iter().for_each(|i| visit_names(i, f));
        }
        ExprKind::FuncType(ft) => {
            for p in ft.params.iter().chain(&ft.results) {
                visit_names(&p.ty, f);
            }
        }
        ExprKind::Ellipsis(Some(x)) => visit_names(x, f),
        ExprKind::StructType(fields) => fields.iter().for_each(|p| visit_names(&p.ty, f)),
        _ => {}
    }
}

/// A copy of type expression `e` with the names in `map` replaced.
fn substitute(e: &Expr, map: &HashMap<&str, &Expr>) -> Expr {
    struct Subst<'a, 'b>(&'a HashMap<&'b str, &'b Expr>);
    impl VisitorMut for Subst<'_, '_> {
        fn expr(&mut self, e: &mut Expr) -> bool {
            match &e.kind {
                ExprKind::Name(n) => {
                    if let Some(&r) = self.0.get(n.as_str()) {
                        *e = r.clone();
                    }
                    false
                }
                _ => true,
            }
        }
        fn types(&self) -> bool {
            true
        }
    }
    let mut out = e.clone();
    mutable::expr(&mut Subst(map), &mut out);
    out
}

fn bound_pairs(names: &[String], bind: &[Option<TypeId>]) -> Vec<(String, TypeId)> {
    names
        .iter()
        .zip(bind)
        .filter_map(|(n, b)| b.map(|t| (n.clone(), t)))
        .collect()
}

/// Whether a receiver type is an instantiated generic type (`*List[T]`).
pub fn is_generic_receiver(t: &Expr) -> bool {
    match &t.kind {
        ExprKind::Star(x) | ExprKind::Paren(x) => is_generic_receiver(x),
        ExprKind::Index(..) => true,
        _ => false,
    }
}

/// The receiver type parameter names of a method of generic type `gname`
/// (`func (l *List[T]) ...` gives `[T]`); None for other receivers.
pub(crate) fn generic_receiver_params(t: &Expr, gname: &str) -> Option<Vec<String>> {
    match &t.kind {
        ExprKind::Star(x) | ExprKind::Paren(x) => generic_receiver_params(x, gname),
        ExprKind::Index(x, idx) => {
            let ExprKind::Name(n) = &x.unparen().kind else {
                return None;
            };
            if n != gname {
                return None;
            }
            idx.iter()
                .map(|i| match &i.kind {
                    ExprKind::Name(p) => Some(p.clone()),
                    _ => None,
                })
                .collect()
        }
        _ => None,
    }
}

/// `ty` with the type parameters `tps` replaced by the type arguments
/// `targs` (same length).
fn substitute_tparams(ty: &Expr, tps: &TParams, targs: &[Expr]) -> Expr {
    let map: HashMap<&str, &Expr> = tps
        .iter()
        .map(|(p, _)| p.name.as_str())
        .zip(targs)
        .collect();
    substitute(ty, &map)
}

#[cfg(test)]
mod tests {
    use crate::types::tests::check_src;
    use crate::types::{ObjKind, Type};

    fn instance_names(src: &str) -> Vec<String> {
        let (pkg, diags) = check_src(src);
        assert!(diags.is_empty(), "{diags:?}");
        let mut names: Vec<String> = pkg
            .funcs
            .iter()
            .map(|f| pkg.obj(f.obj))
            .filter(|o| matches!(o.kind, ObjKind::Func) && o.name.contains('['))
            .map(|o| o.name.clone())
            .collect();
        names.sort();
        names
    }

    #[test]
    fn inference_from_typed_untyped_and_core_types() {
        let src = "package main
func id[T any](x T) T { return x }
func first[S ~[]E, E any](s S) E { return s[0] }
func max2[T int | float64](a, b T) T { return b }
type ints []int8
func main() {
	_ = id(1)
	_ = id(\"s\")
	_ = max2(1, 2.5)
	_ = first(ints{1})
	_ = id[uint](3)
}
";
        assert_eq!(
            instance_names(src),
            [
                "first[ints,int8]",
                "id[int]",
                "id[string]",
                "id[uint]",
                "max2[float64]"
            ]
        );
    }

    #[test]
    fn one_instance_per_type_arguments() {
        let src = "package main
type box[T any] struct{ v T }
func get[T any](b box[T]) T { return b.v }
func main() {
	_ = get(box[int]{1})
	_ = get(box[int]{2})
	_ = get[int](box[int]{3})
}
";
        assert_eq!(instance_names(src), ["get[int]"]);
        let (pkg, _) = check_src(src);
        let boxes = pkg
            .types
            .named
            .iter()
            .filter(|n| n.name == "box[int]")
            .count();
        assert_eq!(boxes, 1);
        let b = pkg.types.named.iter().find(|n| n.name == "box[int]");
        let u = b.map(|n| pkg.types.get(n.underlying).clone());
        assert!(matches!(u, Some(Type::Struct(f)) if f.len() == 1));
    }

    #[test]
    fn unsatisfied_constraints_and_failed_inference() {
        let src = "package main
type num interface{ ~int | ~float64 }
func f[T num](x T) {}
func g[T any]() {}
func h[T comparable](x T) {}
func main() {
	f(\"s\")
	g()
	h([]int{})
	f[int, int](1)
}
";
        let (_, diags) = check_src(src);
        assert_eq!(
            diags,
            [
                "x.go:7:3: string does not satisfy num (string missing in ~int | ~float64)",
                "x.go:8:3: in call to g, cannot infer T (declared at x.go:4:8)",
                "x.go:9:3: []int does not satisfy comparable",
                "x.go:10:9: got 2 type arguments but want 1",
            ]
        );
    }
}
