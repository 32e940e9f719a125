//! The two restrictions on `goto` (spec: Goto statements): a goto outside
//! a block cannot jump to a label inside that block, and a forward goto
//! cannot jump over a variable declaration of the label's block.
//!
//! One walk over a function body records, for every label and every goto,
//! the path of blocks enclosing it (block ids with the index of the
//! statement taken in each), and the variable declarations of each block.
//! A goto is valid when the label's block path is a prefix of the goto's
//! and no declaration of the label's block lies between the two.

use std::collections::HashMap;

use super::check::Checker;
use crate::syntax::ast::{Block, Ident, Span, Stmt, StmtKind};

/// A position in the block tree: (block id, statement index) per level.
type Path = Vec<(usize, usize)>;

#[derive(Default)]
struct Walk<'s> {
    next_block: usize,
    /// Start offset of each block.
    starts: Vec<u32>,
    labels: HashMap<&'s str, Path>,
    gotos: Vec<(&'s Ident, Path)>,
    /// Per block: (statement index, declared name, declaration span).
    decls: HashMap<usize, Vec<(usize, &'s str, Span)>>,
}

impl<'s> Walk<'s> {
    fn block(&mut self, stmts: &'s [Stmt], start: u32, path: &mut Path) {
        let id = self.next_block;
        self.next_block += 1;
        self.starts.push(start);
        for (i, s) in stmts.iter().enumerate() {
            path.push((id, i));
            self.stmt(s, id, i, path);
            path.pop();
        }
    }

    fn stmt(&mut self, s: &'s Stmt, block: usize, index: usize, path: &mut Path) {
        match &s.kind {
            StmtKind::Labeled(l, inner) => {
                self.labels
                    .entry(l.name.as_str())
                    .or_insert_with(|| path.clone());
                self.stmt(inner, block, index, path);
            }
            StmtKind::Branch {
                kind: crate::syntax::ast::BranchKind::Goto,
                label: Some(l),
            } => self.gotos.push((l, path.clone())),
            StmtKind::Var(specs) => {
                for spec in specs {
                    if let Some(n) = spec.names.iter().find(|n| n.name != "_") {
                        let list = self.decls.entry(block).or_default();
                        list.push((index, n.name.as_str(), n.span));
                    }
                }
            }
            StmtKind::Assign {
                lhs,
                op: crate::syntax::ast::AssignOp::Define,
                ..
            } => {
                let name = lhs.iter().find_map(|e| match &e.kind {
                    crate::syntax::ast::ExprKind::Name(n) if n != "_" => Some(n.as_str()),
                    _ => None,
                });
                if let (Some(n), Some(last)) = (name, lhs.last()) {
                    let list = self.decls.entry(block).or_default();
                    list.push((index, n, Span::new(last.span.hi, s.span.hi)));
                }
            }
            StmtKind::Block(b) => self.block(&b.stmts, b.span.lo, path),
            StmtKind::If { then, els, .. } => {
                self.block(&then.stmts, then.span.lo, path);
                if let Some(e) = els {
                    self.stmt(e, block, index, path);
                }
            }
            StmtKind::For { body, .. } | StmtKind::Range { body, .. } => {
                self.block(&body.stmts, body.span.lo, path)
            }
            StmtKind::Switch { body, .. } | StmtKind::TypeSwitch { body, .. } => {
                for c in body {
                    self.block(&c.body, c.span.lo, path);
                }
            }
            StmtKind::Select { body } => {
                for c in body {
                    self.block(&c.body, c.span.lo, path);
                }
            }
            _ => {}
        }
    }
}

impl Checker<'_> {
    /// Reports gotos that jump into a block or over a declaration.
    pub fn check_gotos(&mut self, body: &Block) {
        let mut w = Walk::default();
        w.block(&body.stmts, body.span.lo, &mut Vec::new());
        for (g, gpath) in &w.gotos {
            let Some(lpath) = w.labels.get(g.name.as_str()) else {
                continue;
            };
            let depth = lpath.len();
            let common = lpath
                .iter()
                .zip(gpath.iter())
                .take_while(|(a, b)| a.0 == b.0)
                .count();
            if common < depth {
                // The label's block at level `common` does not contain the goto.
                let start = w.starts[lpath[common].0];
                let at = self.pos(self.src_file(), Span::new(start, start));
                let msg = format!("goto {} jumps into block starting at {at}", g.name);
                self.error(g.span, msg);
                continue;
            }
            let (block, lindex) = lpath[depth - 1];
            let gindex = gpath[depth - 1].1;
            if lindex <= gindex {
                continue;
            }
            let over = w
                .decls
                .get(&block)
                .and_then(|ds| ds.iter().find(|(i, _, _)| *i > gindex && *i < lindex));
            if let Some((_, name, span)) = over {
                let at = self.decl_pos(*span);
                let msg = format!("goto {} jumps over declaration of {name} at {at}", g.name);
                self.error(g.span, msg);
            }
        }
    }

    /// Position of a declaration: a name's span, or for `:=` the operator
    /// found in `span` (from the last left operand to the statement's end).
    fn decl_pos(&self, span: Span) -> String {
        let file = self.src_file();
        let text = self
            .sources
            .files
            .get(file as usize)
            .map(|f| f.text.as_str());
        let at = text
            .and_then(|t| t.get(span.lo as usize..span.hi as usize))
            .and_then(|t| t.find(":="))
            .map_or(span.lo, |i| span.lo + i as u32);
        self.pos(file, Span::new(at, at))
    }
}
