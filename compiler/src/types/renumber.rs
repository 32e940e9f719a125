//! Fresh node ids for a copy of a declaration.
//!
//! Generic functions are instantiated by copying their declaration once per
//! instantiation and checking the copy with the type parameters bound to the
//! type arguments (`generic.rs`). `Info` is keyed by `NodeId`, so each copy
//! must carry ids of its own: `Renumber::func` gives every `Expr` and `Ident`
//! of the copy (type expressions included: the mutable walk of
//! `syntax::visit` with `types`) a new id from a counter that starts above
//! every id the parser hands out (`FIRST_SYNTHETIC_ID`). Spans are kept, so
//! diagnostics and positions still point into the original source.

use crate::syntax::ast::*;
use crate::syntax::visit::mutable::{self, VisitorMut};

/// Ids at and above this value are never produced by the parser.
pub const FIRST_SYNTHETIC_ID: u32 = 1 << 30;

pub struct Renumber {
    pub next: u32,
}

impl Renumber {
    fn id(&mut self, id: &mut NodeId) {
        *id = NodeId(self.next);
        self.next += 1;
    }

    pub fn func(&mut self, f: &mut FuncDecl) {
        mutable::func(self, f);
    }
}

impl VisitorMut for Renumber {
    fn expr(&mut self, e: &mut Expr) -> bool {
        self.id(&mut e.id);
        true
    }

    fn ident(&mut self, i: &mut Ident) {
        self.id(&mut i.id);
    }

    fn types(&self) -> bool {
        true
    }
}
