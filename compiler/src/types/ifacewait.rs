//! Interfaces that embed interfaces still being declared.
//!
//! The checker interns an interface as its full method set, so embedding a
//! named interface needs that interface's methods. Declarations are
//! resolved on demand, so a method signature can lead to a declaration that
//! embeds an interface whose own declaration is still in progress:
//!
//! ```go
//! type Desc interface{ Parent() File } // Desc in progress ...
//! type File interface{ Enum() Value }
//! type Value interface{ Desc }         // ... embedded here
//! ```
//!
//! That is valid Go: only embedding (with array elements, struct fields and
//! named types' right sides) makes a type contain itself, as gc's
//! `validType` checks; a method signature is a reference. gc completes
//! interface type sets lazily. Here the declaration whose right side is
//! such an interface (`Value`) waits: its underlying type is set once every
//! interface it embeds has its own (`settle`). Embeddings among waiting
//! declarations that close a cycle are gc's "invalid recursive type".

use std::collections::HashMap;

use super::check::Checker;
use super::expr::INVALID;
use super::ty::{Type, TypeId};
use super::ObjId;
use crate::diag::Diagnostic;
use crate::syntax::ast::Span;

/// A defined interface type whose underlying type waits for embedded
/// interfaces still being declared.
pub(crate) struct PendingIface {
    /// The defined type (package-level, or an instance of a generic type).
    named: TypeId,
    /// Index into `files` of its declaration.
    file: usize,
    /// Explicitly declared methods and where.
    methods: Vec<(String, TypeId)>,
    decl_at: Vec<Span>,
    /// Every embedded interface, in source order, and where.
    embeds: Vec<(TypeId, Span)>,
    /// Whether an embedded element made it a constraint interface.
    saw_terms: bool,
}

/// A generic type instance whose right side is being resolved.
pub(crate) struct InstanceInProgress {
    pub ty: TypeId,
    /// `Checker::indirections` when its resolution started.
    pub indir: u32,
    /// Where it is embedded in the interface that instantiated it, if so.
    pub site: Option<(usize, Span)>,
}

/// The checker's state for interfaces waiting for embedded ones.
#[derive(Default)]
pub(crate) struct IfaceWaits {
    /// The defined type whose right side is the interface literal about to
    /// be checked (taken by `interface_type`).
    pub owner: Option<TypeId>,
    /// Set when the owner's interface was left waiting.
    pub deferred: bool,
    pending: Vec<PendingIface>,
    /// Generic type instances being resolved, innermost last.
    pub instances: Vec<InstanceInProgress>,
    /// The embedded element being resolved: (file index, span).
    pub embed_site: Option<(usize, Span)>,
    /// The instantiation about to be made: (file index, span).
    pub inst_site: Option<(usize, Span)>,
    /// Where each generic type instance was first written.
    pub created_at: HashMap<TypeId, (usize, Span)>,
    /// Uses of defined types outside embedding while their declaration
    /// was unfinished: (type, file index, span, as written), checked once
    /// it is known whether they are constraint interfaces.
    uses: Vec<(TypeId, usize, Span, String)>,
}

/// Where a type is written: (file index, span).
type Site = Option<(usize, Span)>;

/// Whether an embedded type's method set is known.
pub(crate) enum EmbedState {
    Ready,
    /// Its declaration is in progress (reached through a reference) or
    /// waiting itself: the embedding interface must wait too.
    Waiting,
    /// Embedding it closes a cycle (reported).
    Cycle,
    /// Its declaration failed (reported there).
    Broken,
}

impl Checker<'_> {
    /// The state of embedded type `et`, embedded at `at`.
    pub(crate) fn embed_state(&mut self, et: TypeId, at: Span) -> EmbedState {
        if !self.pkg.types.is_named(et) || self.pkg.types.underlying(et) != INVALID {
            return EmbedState::Ready;
        }
        if let Some(o) = self.type_obj_in_progress(et) {
            let at = self.obj_path.iter().position(|&p| p == o);
            if at.is_some_and(|at| self.indirections > self.obj_path_indir[at]) {
                return EmbedState::Waiting;
            }
            self.report_embed_cycle(o);
            return EmbedState::Cycle;
        }
        if let Some(i) = self
            .local_type_decls
            .iter()
            .position(|&o| self.obj(o).ty == et)
        {
            if self.indirections > self.local_type_indir[i] {
                return EmbedState::Waiting;
            }
            let o = self.local_type_decls[i];
            let (name, span) = (self.obj(o).name.clone(), self.obj(o).span);
            if self.in_cycle.insert(o) {
                self.error(
                    span,
                    format!("invalid recursive type: {name} refers to itself"),
                );
            }
            return EmbedState::Cycle;
        }
        if let Some(k) = self.iface_waits.instances.iter().position(|i| i.ty == et) {
            if self.indirections > self.iface_waits.instances[k].indir {
                return EmbedState::Waiting;
            }
            let mut members: Vec<(TypeId, Site)> = vec![(et, None)];
            for i in &self.iface_waits.instances[k + 1..] {
                members.push((i.ty, i.site));
            }
            members[0].1 = Some((self.file_idx, at));
            self.report_type_cycle_members(&members);
            return EmbedState::Cycle;
        }
        if self.waits(et) {
            return EmbedState::Waiting;
        }
        EmbedState::Broken
    }

    /// An embedding cycle closing at `o` on the resolution path: gc's
    /// `validType` names the defined types in it, not the aliases.
    fn report_embed_cycle(&mut self, o: ObjId) {
        let Some(at) = self.obj_path.iter().position(|&p| p == o) else {
            return;
        };
        let all = self.obj_path[at..].to_vec();
        let defined: Vec<ObjId> = all
            .iter()
            .copied()
            .filter(|o| !self.alias_objs.contains(o))
            .collect();
        if defined.is_empty() {
            self.report_cycle(&all, true);
        } else {
            if all.iter().any(|o| self.in_cycle.contains(o)) {
                return;
            }
            self.report_cycle(&defined, true);
            self.in_cycle.extend(all);
        }
    }

    /// Whether defined type `t` waits for another type's underlying type.
    pub(crate) fn waits(&self, t: TypeId) -> bool {
        self.iface_waits.pending.iter().any(|p| p.named == t)
            || self.pending_underlying.iter().any(|&(n, _)| n == t)
    }

    /// The types `t` waits for, each with where it is embedded (none for
    /// `type T U`).
    fn waits_for(&self, t: TypeId) -> Vec<(TypeId, Site)> {
        let mut out = Vec::new();
        for p in self.iface_waits.pending.iter().filter(|p| p.named == t) {
            for &(e, span) in &p.embeds {
                if self.pkg.types.underlying(e) == INVALID {
                    out.push((e, Some((p.file, span))));
                }
            }
        }
        for &(n, rhs) in &self.pending_underlying {
            if n == t {
                out.push((rhs, None));
            }
        }
        out
    }

    /// Leaves the interface declared for `named` waiting for its embedded
    /// interfaces, unless waiting closes a cycle of embeddings (reported).
    pub(crate) fn defer_iface(
        &mut self,
        named: TypeId,
        methods: Vec<(String, TypeId)>,
        decl_at: Vec<Span>,
        embeds: Vec<(TypeId, Span)>,
        saw_terms: bool,
    ) {
        let p = PendingIface {
            named,
            file: self.file_idx,
            methods,
            decl_at,
            embeds,
            saw_terms,
        };
        self.iface_waits.pending.push(p);
        if let Some(cycle) = self.wait_cycle(named) {
            self.iface_waits.pending.retain(|p| p.named != named);
            self.report_type_cycle_members(&cycle);
        }
    }

    /// A cycle of waits through `start`: its members, each with where the
    /// previous one embeds it.
    fn wait_cycle(&self, start: TypeId) -> Option<Vec<(TypeId, Site)>> {
        fn dfs(
            c: &Checker<'_>,
            t: TypeId,
            start: TypeId,
            path: &mut Vec<(TypeId, Site)>,
            seen: &mut Vec<TypeId>,
        ) -> bool {
            for (next, site) in c.waits_for(t) {
                if next == start {
                    path[0].1 = site;
                    return true;
                }
                if seen.contains(&next) {
                    continue;
                }
                seen.push(next);
                path.push((next, site));
                if dfs(c, next, start, path, seen) {
                    return true;
                }
                path.pop();
            }
            false
        }
        let mut path = vec![(start, None)];
        dfs(self, start, start, &mut path, &mut vec![start]).then_some(path)
    }

    /// Gives the interfaces waiting (directly or not) for `t`, which has
    /// just got its underlying type, theirs.
    pub(crate) fn settle(&mut self, t: TypeId) {
        let mut done = vec![t];
        while let Some(t) = done.pop() {
            let (ready, rest): (Vec<_>, Vec<_>) = std::mem::take(&mut self.pending_underlying)
                .into_iter()
                .partition(|&(_, rhs)| rhs == t);
            self.pending_underlying = rest;
            for (named, rhs) in ready {
                self.pkg.types.set_underlying(named, rhs);
                if self.generics.constraint_types.contains(&rhs) {
                    self.generics.constraint_types.insert(named);
                }
                self.check_unfinished_uses(named);
                done.push(named);
            }
            loop {
                let types = &self.pkg.types;
                let Some(i) = self.iface_waits.pending.iter().position(|p| {
                    p.embeds
                        .iter()
                        .all(|&(e, _)| types.underlying(e) != INVALID)
                }) else {
                    break;
                };
                let p = self.iface_waits.pending.remove(i);
                let saved = std::mem::replace(&mut self.file_idx, p.file);
                let saved_terms = std::mem::replace(&mut self.generics.saw_terms, p.saw_terms);
                let mut methods = p.methods;
                let mut decl_at = p.decl_at;
                for &(e, span) in &p.embeds {
                    if self.generics.constraint_types.contains(&e) {
                        self.generics.saw_terms = true;
                    }
                    self.merge_embedded(&mut methods, &mut decl_at, e, span);
                }
                let terms = std::mem::replace(&mut self.generics.saw_terms, saved_terms);
                self.file_idx = saved;
                methods.sort_by(|a, b| a.0.cmp(&b.0));
                let iface = self.pkg.types.intern(Type::Interface(methods));
                self.pkg.types.set_underlying(p.named, iface);
                if terms {
                    self.generics.constraint_types.insert(p.named);
                }
                self.check_unfinished_uses(p.named);
                done.push(p.named);
            }
        }
    }

    /// Notes a use of `t`, spelled `text`, outside an embedding while its
    /// declaration is unfinished: whether it is a constraint interface is
    /// not known yet.
    pub(crate) fn note_unfinished_use(&mut self, t: TypeId, at: Span, text: String) {
        if self.pkg.types.is_named(t) && self.pkg.types.underlying(t) == INVALID {
            let file = self.file_idx;
            self.iface_waits.uses.push((t, file, at, text));
        }
    }

    /// The declaration of `t` is finished: its uses noted while it was not
    /// are errors if it is a constraint interface.
    pub(crate) fn check_unfinished_uses(&mut self, t: TypeId) {
        if !self.iface_waits.uses.iter().any(|u| u.0 == t) {
            return;
        }
        let (mine, rest): (Vec<_>, Vec<_>) = std::mem::take(&mut self.iface_waits.uses)
            .into_iter()
            .partition(|u| u.0 == t);
        self.iface_waits.uses = rest;
        if !self.generics.constraint_types.contains(&t) {
            return;
        }
        for (_, file, at, text) in mine {
            let msg = format!(
                "cannot use type {text} outside a type constraint: interface contains type constraints"
            );
            self.diags
                .push(Diagnostic::new(self.files[file].file, at, msg));
        }
    }

    /// Reports an invalid recursive type through `members` (defined types
    /// or generic instances), each with where the previous one embeds it,
    /// gc-style: from the member first in source order.
    fn report_type_cycle_members(&mut self, members: &[(TypeId, Site)]) {
        // gc names an instance at the place it was first written: within
        // the declarations of the cycle, where it was made if that comes
        // before where it is embedded.
        let decls: Vec<(usize, Span)> = members
            .iter()
            .filter_map(|&(t, _)| {
                let (g, _) = self.generics.inst_of.get(&t)?;
                let (file, spec, _) = self.generic_type_spec(*g)?;
                Some((file, spec.span))
            })
            .collect();
        // (name, source file, position, its object for "reported once").
        let mut named: Vec<(String, u32, Span, Option<ObjId>)> = Vec::new();
        for &(t, mut site) in members {
            if let Some((g, _)) = self.generics.inst_of.get(&t).cloned() {
                if !self.generics.cycles.insert(g) {
                    return;
                }
                if let Some(&(cf, cs)) = self.iface_waits.created_at.get(&t) {
                    let inside = decls
                        .iter()
                        .any(|&(f, d)| f == cf && d.lo <= cs.lo && cs.hi <= d.hi);
                    let earlier = site.is_none_or(|(f, s)| f != cf || cs.lo < s.lo);
                    if inside && earlier {
                        site = Some((cf, cs));
                    }
                }
                let params: Vec<String> = self
                    .tparams_of(g)
                    .map(|(_, tps)| tps.iter().map(|(n, _)| n.name.clone()).collect())
                    .unwrap_or_default();
                let name = format!("{}[{}]", self.obj(g).name, params.join(", "));
                let (file, span) = match site {
                    Some((fi, span)) => (self.files[fi].file, span),
                    None => (self.obj(g).file, self.obj(g).span),
                };
                named.push((name, file, span, None));
            } else if let Some(o) = self.type_obj(t) {
                let ob = self.obj(o);
                named.push((ob.name.clone(), ob.file, ob.span, Some(o)));
            } else {
                return;
            }
        }
        let objs: Vec<ObjId> = named.iter().filter_map(|m| m.3).collect();
        if objs.iter().any(|o| self.in_cycle.contains(o)) {
            return;
        }
        self.in_cycle.extend(objs);
        let first = (0..named.len())
            .min_by_key(|&i| (named[i].1, named[i].2.lo))
            .unwrap_or(0);
        named.rotate_left(first);
        let (file, span) = (named[0].1, named[0].2);
        let msg = if named.len() == 1 {
            format!("invalid recursive type: {} refers to itself", named[0].0)
        } else {
            let mut m = format!("invalid recursive type {}", named[0].0);
            for i in 0..named.len() {
                let (a, b) = (&named[i], &named[(i + 1) % named.len()]);
                let at = self.pos(a.1, a.2);
                m.push_str(&format!("\n\t{at}: {} refers to {}", a.0, b.0));
            }
            m
        };
        self.diags.push(Diagnostic::new(file, span, msg));
    }
}
