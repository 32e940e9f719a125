//! Type expressions and declarations of types and signatures.
//!
//! A named type is created (`TypeTable::new_named`) before its right-hand
//! side is resolved, so `type List struct { next *List }` refers to itself
//! through the pointer; a right-hand side that needs its own underlying
//! type (`type A B; type B A`) is an invalid recursive type.

use num_traits::{Signed, ToPrimitive};

use super::check::{Checker, Status};
use super::expr::{Operand, INVALID};
use super::exprstring::{expr_string, signature_string};
use super::ifacewait::EmbedState;
use super::ty::{Signature, StructField, Type, TypeId};
use super::{ConstValue, Mode, ObjId, ObjKind};
use crate::syntax::ast::{self, Expr, ExprKind, FuncType, Span};

impl Checker<'_> {
    /// The type denoted by `e` (reports "x is not a type" otherwise).
    pub fn typexpr(&mut self, e: &Expr) -> TypeId {
        // A name (alone, or under `*` and parentheses) that is not a type.
        let mut inner = e;
        while let ExprKind::Paren(x) | ExprKind::Star(x) = &inner.kind {
            inner = x;
        }
        if let ExprKind::Name(n) = &inner.kind {
            if let Some(o) = self.lookup(n) {
                if let Some(kind) = self.non_type_kind(o) {
                    // gc's ident: the object is not resolved, and a
                    // variable counts as used (no follow-on "declared and
                    // not used").
                    self.pkg.info.uses.insert(inner.id, o);
                    if matches!(self.obj(o).kind, ObjKind::Var { .. }) {
                        self.used.insert(o);
                    }
                    self.error(inner.span, format!("{n} ({kind}) is not a type"));
                    return INVALID;
                }
            }
        }
        // `x.f` where `x` is not a package: never a type (gc reports it at
        // the selector once `x` is known).
        if let ExprKind::Selector(x, sel) = &e.kind {
            let pkg = matches!(&x.kind, ExprKind::Name(n)
                if self.lookup(n).is_some_and(|o| matches!(self.obj(o).kind, ObjKind::PkgName(_))));
            if !pkg {
                if self.raw_expr(x, None).is_bad() {
                    return INVALID;
                }
                self.error(sel.span, format!("{} is not a type", expr_string(e)));
                return INVALID;
            }
        }
        let t = match &e.kind {
            ExprKind::Name(_) | ExprKind::Selector(..) | ExprKind::Paren(_) | ExprKind::Star(_) => {
                let star = matches!(e.kind, ExprKind::Star(_));
                self.indirections += star as u32;
                let x = self.raw_expr(e, None);
                self.indirections -= star as u32;
                if x.is_bad() {
                    return INVALID;
                }
                if x.mode != Mode::Type {
                    let msg = if x.mode == Mode::NoValue {
                        format!("{} used as type", self.describe(e, &x))
                    } else {
                        format!("{} is not a type", self.describe(e, &x))
                    };
                    self.error(e.span, msg);
                    return INVALID;
                }
                if !self.generics.in_embed && self.generics.constraint_types.contains(&x.ty) {
                    let msg = format!(
                        "cannot use type {} outside a type constraint: interface contains type constraints",
                        expr_string(e)
                    );
                    self.error(e.span, msg);
                    return INVALID;
                }
                if !self.generics.in_embed {
                    self.note_unfinished_use(x.ty, e.span, expr_string(e));
                }
                return x.ty;
            }
            ExprKind::Index(x, idx) => match self.generic_index(e, x, idx) {
                Some(op) if op.mode == Mode::Type => op.ty,
                Some(op) if op.is_bad() => INVALID,
                _ => {
                    let msg = format!("{} is not a type", expr_string(e));
                    self.error(e.span, msg);
                    INVALID
                }
            },
            _ => self.typexpr_internal(e),
        };
        self.note_type_spelling(e);
        self.record(
            e,
            &Operand {
                mode: Mode::Type,
                ty: t,
            },
        );
        t
    }

    /// What object `o` is, as gc's "x (KIND) is not a type" says; none
    /// for a type name.
    fn non_type_kind(&self, o: ObjId) -> Option<&'static str> {
        Some(match self.obj(o).kind {
            ObjKind::TypeName => return None,
            ObjKind::PkgName(_) => "package name",
            ObjKind::Const(_) => "constant",
            ObjKind::Var { global: true, .. } => "package-level variable",
            ObjKind::Var { param: true, .. } => {
                self.var_roles.get(&o).copied().unwrap_or("parameter")
            }
            ObjKind::Var { .. } => "local variable",
            ObjKind::Func => "function",
            ObjKind::Builtin(_) => "built-in function",
            ObjKind::Nil => "untyped nil",
            ObjKind::Label => "label",
        })
    }

    /// Type literals (arrays, slices, structs, ...).
    pub fn typexpr_internal(&mut self, e: &Expr) -> TypeId {
        let indirect = matches!(
            e.kind,
            ExprKind::SliceType(_)
                | ExprKind::FuncType(_)
                | ExprKind::MapType(..)
                | ExprKind::ChanType(..)
        );
        self.indirections += indirect as u32;
        let t = self.type_literal(e);
        self.indirections -= indirect as u32;
        t
    }

    fn type_literal(&mut self, e: &Expr) -> TypeId {
        match &e.kind {
            ExprKind::ArrayType { len, elem } => {
                if matches!(len.kind, ExprKind::Ellipsis(None)) {
                    self.error(
                        len.span,
                        "invalid use of [...] array (outside a composite literal)",
                    );
                    self.typexpr(elem);
                    return INVALID;
                }
                let n = self.array_length(len);
                let el = self.typexpr(elem);
                match n {
                    Some(n) if el != INVALID => {
                        let t = self.pkg.types.intern(Type::Array(n, el));
                        self.check_type_size(e, t);
                        t
                    }
                    _ => INVALID,
                }
            }
            ExprKind::SliceType(elem) => {
                let el = self.typexpr(elem);
                if el == INVALID {
                    return INVALID;
                }
                self.pkg.types.intern(Type::Slice(el))
            }
            ExprKind::StructType(fields) => self.struct_type(fields),
            ExprKind::FuncType(ft) => {
                self.duplicate_params(ft);
                self.signature(ft)
            }
            ExprKind::InterfaceType(elems) => self.interface_type(e, elems),
            ExprKind::MapType(k, v) => {
                let kt = self.typexpr(k);
                let vt = self.typexpr(v);
                if kt != INVALID && !self.pkg.types.comparable(kt) {
                    let msg = format!("invalid map key type {}", self.type_str(kt));
                    self.error(k.span, msg);
                }
                self.pkg.types.intern(Type::Map(kt, vt))
            }
            ExprKind::ChanType(dir, elem) => {
                let el = self.typexpr(elem);
                self.pkg.types.intern(Type::Chan(*dir, el))
            }
            _ => {
                let msg = format!("{} is not a type", expr_string(e));
                self.error(e.span, msg);
                INVALID
            }
        }
    }

    /// Reports an array type whose size exceeds gc's limit (1<<50 bytes).
    fn check_type_size(&mut self, e: &Expr, t: TypeId) {
        if !self.finite_layout(t, &mut Vec::new()) {
            return;
        }
        if self.pkg.types.size_of(t) >= 1 << 50 {
            let msg = format!("type {} larger than address space", self.type_str(t));
            self.error(e.span, msg);
        }
    }

    /// An array length: a non-negative constant representable by int.
    fn array_length(&mut self, len: &Expr) -> Option<u64> {
        if let ExprKind::Name(n) = &len.kind {
            let o = self.lookup(n);
            let is_const = o.is_some_and(|o| matches!(self.obj(o).kind, ObjKind::Const(_)));
            if o.is_some() && !is_const {
                self.error(len.span, format!("invalid array length {n}"));
                return None;
            }
        }
        let x = self.expr(len);
        if x.is_bad() {
            return None;
        }
        let Some(v) = x.val() else {
            let msg = format!("array length {} must be constant", self.describe(len, &x));
            self.error(len.span, msg);
            return None;
        };
        let int_val = match super::constant::to_repr(v, super::constant::Repr::Int) {
            Some(ConstValue::Int(i))
                if self.pkg.types.is_untyped(x.ty) || self.pkg.types.is_integer(x.ty) =>
            {
                Some(i)
            }
            _ => None,
        };
        let Some(i) = int_val else {
            let msg = format!("array length {} must be integer", self.describe(len, &x));
            self.error(len.span, msg);
            return None;
        };
        if i.is_negative() || i.to_i64().is_none() {
            let msg = format!("invalid array length {}", self.describe(len, &x));
            self.error(len.span, msg);
            return None;
        }
        let int = self.basic(super::ty::BasicKind::Int);
        if self.pkg.types.is_untyped(x.ty) {
            self.update_expr_type(len, int, true);
        }
        i.to_u64()
    }

    /// gc's objection to embedding `t` (spec: Struct types: an embedded
    /// field is a type name T or a pointer to a non-interface type name *T,
    /// and T itself may not be a pointer type).
    fn invalid_embedding(&self, t: TypeId) -> Option<&'static str> {
        let tt = &self.pkg.types;
        let (base, is_ptr) = match tt.get(t) {
            Type::Pointer(b) => (*b, true),
            _ => (t, false),
        };
        match tt.under(base) {
            Type::Basic(super::ty::BasicKind::UnsafePointer) => {
                Some("embedded field type cannot be unsafe.Pointer")
            }
            Type::Pointer(_) => Some("embedded field type cannot be a pointer"),
            Type::Interface(_) if is_ptr => {
                Some("embedded field type cannot be a pointer to an interface")
            }
            _ => None,
        }
    }

    fn struct_type(&mut self, fields: &[ast::Field]) -> TypeId {
        let mut out: Vec<StructField> = Vec::new();
        let mut spans: Vec<ast::Span> = Vec::new();
        for f in fields {
            let t = self.typexpr(&f.ty);
            if f.names.is_empty() {
                let name = embedded_name(&f.ty);
                if let Some(msg) = self.invalid_embedding(t) {
                    self.error(f.ty.span, msg);
                }
                self.add_field(
                    &mut out,
                    &mut spans,
                    &name,
                    f.ty.span,
                    t,
                    true,
                    f.tag.clone(),
                );
            } else {
                for n in &f.names {
                    self.add_field(
                        &mut out,
                        &mut spans,
                        &n.name,
                        n.span,
                        t,
                        false,
                        f.tag.clone(),
                    );
                }
            }
        }
        self.pkg.types.intern(Type::Struct(out))
    }

    #[allow(clippy::too_many_arguments)]
    fn add_field(
        &mut self,
        out: &mut Vec<StructField>,
        spans: &mut Vec<ast::Span>,
        name: &str,
        span: ast::Span,
        ty: TypeId,
        embedded: bool,
        tag: Option<String>,
    ) {
        if name != "_" {
            if let Some(i) = out.iter().position(|f| f.name == name) {
                let at = self.pos(self.src_file(), spans[i]);
                self.error(
                    span,
                    format!("{name} redeclared\n\t{at}: other declaration of {name}"),
                );
            }
        }
        let exported = name.chars().next().is_some_and(|c| c.is_uppercase());
        out.push(StructField {
            name: name.to_string(),
            ty,
            embedded,
            // An empty tag is no tag (gc: `struct{x int ""}` is `struct{x int}`).
            tag: tag.filter(|t| !t.is_empty()),
            // The package of the file that declares it (an instance of
            // another package's generic type is made from that file).
            pkg: if exported {
                String::new()
            } else {
                self.specs[self.file_package()].path.clone()
            },
        });
        spans.push(span);
    }

    /// An interface type: its explicit methods, then those of embedded
    /// interfaces, sorted by name. A name declared twice, or embedded
    /// twice with different signatures, is a `duplicate method`. An
    /// interface that embeds one still being declared waits for it
    /// (ifacewait.rs).
    /// gc's `x redeclared in this block` for a parameter or result name of
    /// a function type or interface method used twice (a declaration's
    /// are reported when they are declared in its scope).
    fn duplicate_params(&mut self, ft: &ast::FuncType) {
        let mut seen: Vec<&ast::Ident> = Vec::new();
        for f in ft.params.iter().chain(&ft.results) {
            for n in &f.names {
                if n.name == "_" {
                    continue;
                }
                match seen.iter().find(|p| p.name == n.name) {
                    Some(prev) => {
                        let at = self.pos(self.src_file(), prev.span);
                        let msg = format!(
                            "{} redeclared in this block\n\t{at}: other declaration of {}",
                            n.name, n.name
                        );
                        self.error(n.span, msg);
                    }
                    None => seen.push(n),
                }
            }
        }
    }

    fn interface_type(&mut self, e: &Expr, elems: &[ast::InterfaceElem]) -> TypeId {
        let owner = self.iface_waits.owner.take();
        let mut methods: Vec<(String, TypeId)> = Vec::new();
        let mut decl_at: Vec<Span> = Vec::new();
        for el in elems {
            if let ast::InterfaceElem::Method { name, ty } = el {
                // A method's signature refers to types: a cycle through it
                // is valid (`type I interface{ M() I }`).
                self.indirections += 1;
                self.duplicate_params(ty);
                let sig = self.signature(ty);
                self.indirections -= 1;
                if let Some(i) = methods.iter().position(|(n, _)| *n == name.name) {
                    self.duplicate_method(name.span, &name.name, decl_at[i]);
                    continue;
                }
                if let Some(d) = self.signature_spelling(ty, false) {
                    if d != signature_string(&self.pkg.types, sig, &self.pkg.path) {
                        self.method_disp.insert((name.name.clone(), sig), d);
                    }
                }
                methods.push((name.name.clone(), sig));
                decl_at.push(name.span);
            }
        }
        let mut embeds: Vec<(TypeId, Span)> = Vec::new();
        let mut waiting = false;
        let saw_terms = std::mem::take(&mut self.generics.saw_terms);
        for el in elems {
            match el {
                ast::InterfaceElem::Method { .. } => {}
                ast::InterfaceElem::Embed(t)
                    if matches!(
                        t.kind,
                        ExprKind::Unary(crate::syntax::ast::UnOp::Tilde, _)
                            | ExprKind::Binary(crate::syntax::ast::BinOp::Or, ..)
                    ) =>
                {
                    // A type set: checked where used as a constraint (generic.rs).
                    self.generics.saw_terms = true;
                }
                ast::InterfaceElem::Embed(t)
                    if matches!(&t.kind, ExprKind::Name(n)
                        if n == "comparable" && !self.scope().contains_key(n)) =>
                {
                    // Predeclared `comparable`: a constraint-only interface
                    // without methods (generic.rs checks it where used).
                    self.generics.saw_terms = true;
                }
                ast::InterfaceElem::Embed(t) => {
                    let saved = std::mem::replace(&mut self.generics.in_embed, true);
                    self.iface_waits.embed_site = Some((self.file_idx, t.span));
                    let et = self.typexpr(t);
                    self.iface_waits.embed_site = None;
                    self.generics.in_embed = saved;
                    if et == INVALID {
                        continue;
                    }
                    if self.generics.constraint_types.contains(&et) {
                        self.generics.saw_terms = true;
                    }
                    match self.embed_state(et, t.span) {
                        EmbedState::Ready => {}
                        EmbedState::Waiting => waiting = true,
                        EmbedState::Cycle | EmbedState::Broken => continue,
                    }
                    embeds.push((et, t.span));
                }
            }
        }
        if waiting {
            let terms = std::mem::replace(&mut self.generics.saw_terms, saw_terms);
            match owner {
                Some(named) => {
                    self.defer_iface(named, methods, decl_at, embeds, terms);
                    self.iface_waits.deferred = true;
                }
                None => self.unsupported(
                    e.span,
                    "an interface literal embedding an interface whose declaration refers to it",
                ),
            }
            return INVALID;
        }
        self.generics.saw_terms |= saw_terms;
        for (et, at) in embeds {
            self.merge_embedded(&mut methods, &mut decl_at, et, at);
        }
        methods.sort_by(|a, b| a.0.cmp(&b.0));
        self.pkg.types.intern(Type::Interface(methods))
    }

    /// Adds the methods of interface `et`, embedded at `at`, to `methods`
    /// (declared at `decl_at`); a single type term (`*T`) marks a
    /// constraint interface.
    pub(crate) fn merge_embedded(
        &mut self,
        methods: &mut Vec<(String, TypeId)>,
        decl_at: &mut Vec<Span>,
        et: TypeId,
        at: Span,
    ) {
        match self.pkg.types.under(et).clone() {
            Type::Interface(ms) => {
                for (name, sig) in ms {
                    match methods.iter().position(|(n, _)| *n == name) {
                        Some(i) if methods[i].1 != sig => {
                            self.duplicate_method(at, &name, decl_at[i]);
                        }
                        Some(_) => {}
                        None => {
                            methods.push((name, sig));
                            decl_at.push(at);
                        }
                    }
                }
            }
            _ if self.pkg.types.underlying(et) == INVALID => {}
            // A single type term (`*T`): checked where used as a
            // constraint (generic.rs).
            _ => self.generics.saw_terms = true,
        }
    }

    fn duplicate_method(&mut self, at: Span, name: &str, other: Span) {
        let other = self.pos(self.src_file(), other);
        self.error(
            at,
            format!("duplicate method {name}\n\t{other}: other declaration of method {name}"),
        );
    }

    /// The type of a function signature.
    pub fn signature(&mut self, ft: &FuncType) -> TypeId {
        let mut params = Vec::new();
        let mut variadic = false;
        let n = ft.params.len();
        for (i, f) in ft.params.iter().enumerate() {
            let t = match &f.ty.kind {
                ExprKind::Ellipsis(Some(elem)) => {
                    if i + 1 != n || f.names.len() > 1 {
                        self.error(f.ty.span, "can only use ... with final parameter in list");
                    }
                    variadic = true;
                    let el = self.typexpr(elem);
                    let t = self.pkg.types.intern(Type::Slice(el));
                    self.record(
                        &f.ty,
                        &Operand {
                            mode: Mode::Type,
                            ty: t,
                        },
                    );
                    t
                }
                _ => self.typexpr(&f.ty),
            };
            for _ in 0..f.names.len().max(1) {
                params.push(t);
            }
        }
        let mut results = Vec::new();
        for f in &ft.results {
            let t = self.typexpr(&f.ty);
            for _ in 0..f.names.len().max(1) {
                results.push(t);
            }
        }
        self.pkg.types.intern(Type::Func(Signature {
            params,
            results,
            variadic,
        }))
    }

    /// Declares type `o` from its spec (package level or local).
    pub fn type_spec(&mut self, o: ObjId, spec: &ast::TypeSpec) {
        if let Some(tp) = spec.tparams.first().and_then(|f| f.names.first()) {
            if spec.alias {
                self.verify_version(tp.span, 23, "generic type alias");
            } else {
                self.verify_version(tp.span, 18, "type parameter");
            }
        }
        if !spec.tparams.is_empty() {
            if spec.alias && names_itself(&spec.ty, &spec.name.name) {
                let msg = format!(
                    "invalid recursive type: {} refers to itself",
                    spec.name.name
                );
                self.error(spec.name.span, msg);
                self.generics.cycles.insert(o);
                return;
            }
            // Instantiated per use (generic.rs).
            if !self.decls.contains_key(&o) {
                self.declare_local_generic(o, spec);
            }
            return;
        }
        if spec.alias {
            self.alias_objs.insert(o);
            let t = self.typexpr(&spec.ty);
            self.pkg.objects[o.0 as usize].ty = t;
            return;
        }
        let named = self
            .pkg
            .types
            .new_named(&spec.name.name, &self.pkg.path.clone());
        self.pkg.objects[o.0 as usize].ty = named;
        let saw_terms = std::mem::take(&mut self.generics.saw_terms);
        if matches!(spec.ty.kind, ExprKind::InterfaceType(_)) {
            self.iface_waits.owner = Some(named);
        }
        let rhs = self.typexpr(&spec.ty);
        self.iface_waits.owner = None;
        if std::mem::replace(&mut self.generics.saw_terms, saw_terms) {
            self.generics.constraint_types.insert(named);
        }
        if std::mem::take(&mut self.iface_waits.deferred) {
            // Its embedded interfaces are still being declared: settled
            // with them (ifacewait.rs).
            return;
        }
        if rhs == INVALID {
            self.check_unfinished_uses(named);
            return;
        }
        if let Type::Named(_) = self.pkg.types.get(rhs) {
            let u = self.pkg.types.underlying(rhs);
            if u == INVALID {
                if self.waits(rhs) {
                    self.pending_underlying.push((named, rhs));
                    return;
                }
                // The right side's own declaration is still in progress.
                if let Some(ro) = self.type_obj_in_progress(rhs) {
                    let at = self.obj_path.iter().position(|&p| p == ro);
                    if at.is_some_and(|at| self.indirections > self.obj_path_indir[at]) {
                        // Reached through a pointer or the like: valid,
                        // the underlying type follows once rhs has its own.
                        self.pending_underlying.push((named, rhs));
                        return;
                    }
                    self.report_path_cycle(ro);
                }
                return;
            }
        }
        self.pkg.types.set_underlying(named, rhs);
        self.check_unfinished_uses(named);
        self.settle(named);
    }

    /// The package-level type declaration being resolved that declares
    /// named type `t`.
    pub fn type_obj_in_progress(&self, t: TypeId) -> Option<ObjId> {
        self.obj_path.iter().copied().find(|&o| {
            self.obj(o).ty == t
                && matches!(self.obj(o).kind, ObjKind::TypeName)
                && self.status.get(&o) == Some(&Status::InProgress)
        })
    }
}

/// Whether type expression `e` mentions the name `name` anywhere.
fn names_itself(e: &Expr, name: &str) -> bool {
    struct Finder<'n> {
        name: &'n str,
        found: bool,
    }
    impl crate::syntax::visit::Visitor for Finder<'_> {
        fn expr(&mut self, e: &Expr) -> bool {
            if matches!(&e.kind, ExprKind::Name(n) if n == self.name) {
                self.found = true;
            }
            !self.found
        }
        fn types(&self) -> bool {
            true
        }
    }
    let mut f = Finder { name, found: false };
    crate::syntax::visit::expr(&mut f, e);
    f.found
}

/// The field name of an embedded field `T`, `*T` or `pkg.T`.
fn embedded_name(e: &Expr) -> String {
    match &e.kind {
        ExprKind::Name(n) => n.clone(),
        ExprKind::Star(x) | ExprKind::Paren(x) => embedded_name(x),
        ExprKind::Selector(_, sel) => sel.name.clone(),
        ExprKind::Index(x, _) => embedded_name(x),
        _ => "_".into(),
    }
}
