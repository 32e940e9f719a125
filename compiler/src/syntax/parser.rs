//! The Go parser: tokens (from `lexer`) to the AST, written with chumsky
//! combinators over the token slice.
//!
//! The grammar is factored so that no alternative re-parses a long prefix:
//! a simple statement parses its expression list once and then looks at the
//! token after it; an index expression parses its first operand once and then
//! decides between index and slice. Expressions are a flat
//! `unary (binop unary)*` list, folded by precedence afterwards.
//!
//! Go's composite-literal restriction (in an `if`/`for`/`switch` header,
//! `T {` starts the block) is handled by building the expression grammar
//! twice: `expr` accepts `{` after any primary expression, `expr_nl` does not
//! (except after an explicit type literal such as `[]int{...}`, which is never
//! ambiguous); inside parentheses, brackets and braces `expr_nl` returns to
//! `expr`, exactly like gc's nesting level.
//!
//! Every `Expr` and every declared `Ident` takes a fresh `NodeId` from the
//! parser state, which starts at the caller's counter. Backtracking may skip
//! numbers; ids stay unique. On a syntax error the parser reports the first
//! error only (gc's wording) and returns the declarations it could parse.

use super::ast::*;
use super::lexer::{lex_with_directives, SemiKind, Tok};
use super::lit;
use super::source::SourceMap;
use crate::diag::Diagnostic;
use chumsky::error::RichPattern;
use chumsky::input::ValueInput;
use chumsky::prelude::*;

/// The parser's state: the node counter, and how deeply the recursive
/// productions (types, expressions, statements, literal values) nest. The
/// depth is restored when chumsky backtracks; the counter only grows.
struct State {
    next_id: u32,
    depth: u32,
}

impl<'src, I: chumsky::input::Input<'src>> chumsky::inspector::Inspector<'src, I> for State {
    type Checkpoint = u32;
    fn on_token(&mut self, _: &I::Token) {}
    fn on_save<'parse>(&self, _: &chumsky::input::Cursor<'src, 'parse, I>) -> u32 {
        self.depth
    }
    fn on_rewind<'parse>(&mut self, marker: &chumsky::input::Checkpoint<'src, 'parse, I, u32>) {
        self.depth = *marker.inspector();
    }
}
type Extra<'src> = extra::Full<Rich<'src, Tok<'src>, SimpleSpan>, State, ()>;
type BoxedP<'src, I, O> = Boxed<'src, 'src, I, O, Extra<'src>>;

/// The two checks gc's type checker makes on receiver lists, reported here
/// because the AST holds at most one receiver; they are not syntax errors.
pub const RECV_NONE: &str = "method has no receiver";
pub const RECV_MULTI: &str = "method has multiple receivers";

/// Brackets may nest this deep; deeper input is rejected before parsing.
/// gc accepts 100,000 nested parentheses (its parser overflows its 1 GB
/// stack before 1,000,000); golift parses on a large lazily committed stack
/// (`bigstack`), so only nesting beyond gc's reach is an error.
const MAX_NESTING: usize = 100_000;

/// Parses file `file` of `sources`, numbering nodes from `*next_id`.
/// Returns a best-effort tree even when there are errors.
pub fn parse_file(sources: &SourceMap, file: u32, next_id: &mut u32) -> (File, Vec<Diagnostic>) {
    let text = &sources.file(file).text;
    let (toks, mut diags, directives) = lex_with_directives(text, file);
    let package = match (toks.first(), toks.get(1)) {
        (Some((Tok::Package, _)), Some((Tok::Ident(name), span))) => (name.to_string(), *span),
        _ => (String::new(), Span::default()),
    };
    if let Some(at) = too_deep(&toks) {
        diags.push(Diagnostic::new(file, at, "syntax error: nesting too deep"));
        return (empty_file(file, package, next_id), diags);
    }
    let toks: Vec<(Tok, SimpleSpan)> = toks
        .into_iter()
        .map(|(t, s)| (t, SimpleSpan::from(s.lo as usize..s.hi as usize)))
        .collect();
    let start = *next_id;
    let run = || parse_tokens(&toks, text, file, start);
    let (ast, errs, next) = crate::bigstack::run(run);
    *next_id = next;
    // Like gc: every lexical error, the first syntax error (later ones are
    // mostly its echoes), and the checks gc's parser makes on well-formed
    // input (`go` operands, select cases, slice indices, receivers).
    let mut reported_syntax_error = false;
    for (span, msg) in errs {
        let is_syntax = msg.starts_with("syntax error");
        if is_syntax && std::mem::replace(&mut reported_syntax_error, true) {
            continue;
        }
        diags.push(Diagnostic::new(file, span, msg));
    }
    let ast = ast.unwrap_or_else(|| empty_file(file, package, next_id));
    let mut file = File {
        file,
        directives,
        ..ast
    };
    super::directive::attach_pragmas(&mut file);
    (file, diags)
}

/// Runs the parser; returns the tree, the errors in gc's words and the next
/// free node id.
fn parse_tokens(
    toks: &[(Tok<'_>, SimpleSpan)],
    text: &str,
    file: u32,
    next_id: u32,
) -> (Option<File>, Vec<(Span, String)>, u32) {
    let len = text.len();
    let input = toks.map(SimpleSpan::from(len..len), |(t, s)| (t, s));
    let mut state = State { next_id, depth: 0 };
    let (out, errs) = file_parser()
        .parse_with_state(input, &mut state)
        .into_output_errors();
    let errs = errs
        .iter()
        .map(|e| {
            let at = toks.partition_point(|(_, s)| s.start < e.span().start);
            let prev = at.checked_sub(1).map(|i| toks[i].0);
            let msg = message(e, prev);
            if msg.contains(STMT_TEXT) {
                stmt_text_error(msg, sp(*e.span()), toks, text)
            } else {
                (sp(*e.span()), msg)
            }
        })
        .collect();
    (out.map(|f| File { file, ..f }), errs, state.next_id)
}

/// The tree of a file whose declarations could not be parsed at all.
fn empty_file(file: u32, (name, span): (String, Span), next_id: &mut u32) -> File {
    let id = NodeId(*next_id);
    *next_id += 1;
    File {
        file,
        package: Ident { name, span, id },
        imports: Vec::new(),
        decls: Vec::new(),
        directives: Vec::new(),
    }
}

/// The position where brackets first nest deeper than `MAX_NESTING`.
fn too_deep(toks: &[(Tok<'_>, Span)]) -> Option<Span> {
    let mut depth = 0usize;
    for (t, span) in toks {
        match t {
            Tok::LParen | Tok::LBrack | Tok::LBrace => {
                depth += 1;
                if depth > MAX_NESTING {
                    return Some(*span);
                }
            }
            Tok::RParen | Tok::RBrack | Tok::RBrace => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    None
}

fn sp(s: SimpleSpan) -> Span {
    Span::new(s.start as u32, s.end as u32)
}

fn fresh(st: &mut State) -> NodeId {
    let id = st.next_id;
    st.next_id += 1;
    NodeId(id)
}

fn mk(kind: ExprKind, span: Span, st: &mut State) -> Expr {
    Expr {
        id: fresh(st),
        span,
        kind,
    }
}

/// Turns chumsky's furthest error into gc's wording.
/// `prev` is the token before the error.
fn message(err: &Rich<'_, Tok<'_>, SimpleSpan>, prev: Option<Tok<'_>>) -> String {
    if let chumsky::error::RichReason::Custom(msg) = err.reason() {
        return msg.clone();
    }
    let found = err
        .found()
        .map(|t| t.to_string())
        .unwrap_or_else(|| "EOF".into());
    let mut labels = Vec::new();
    let mut toks = Vec::new();
    for p in err.expected() {
        match p {
            RichPattern::Label(l) => labels.push(l.to_string()),
            RichPattern::Token(t) => toks.push(**t),
            RichPattern::EndOfInput => toks.push(Tok::Semi(SemiKind::Eof)),
            _ => {}
        }
    }
    if std::env::var("GOLIFT_DEBUG_EXPECTED").is_ok() {
        eprintln!("found {found} expected {toks:?} {labels:?}");
    }
    let has = |t: Tok| toks.contains(&t);
    let has_label = |l: &str| labels.iter().any(|x| x == l);
    let semi = toks.iter().any(|t| matches!(t, Tok::Semi(_))) || has_label("semicolon");
    let after_semi = matches!(prev, Some(Tok::Semi(_) | Tok::LBrace)) || has_label("statement");
    if has_label("declaration") && err.found().is_some() {
        if let (Some(Tok::LBrace), Some(Tok::Semi(SemiKind::Newline))) = (err.found(), prev) {
            return "syntax error: unexpected semicolon or newline before {".into();
        }
        return "syntax error: non-declaration statement outside function body".into();
    }
    if has_label("after top level declaration") {
        return format!("syntax error: unexpected {found} after top level declaration");
    }
    if has_label("expression") {
        return format!("syntax error: unexpected {found}, expected expression");
    }
    if has_label("field") {
        return format!(
            "syntax error: unexpected {found} in struct type; possibly missing semicolon or newline or }}"
        );
    }
    let end_of_statement = format!("syntax error: unexpected {found} at end of statement");
    if (has(Tok::Define) || has(Tok::Assign)) && has(Tok::RBrace) && !after_semi {
        return end_of_statement;
    }
    if has(Tok::Comma) && has(Tok::RParen) {
        return format!(
            "syntax error: unexpected {found} in argument list; possibly missing comma or )"
        );
    }
    if has(Tok::Comma) && has(Tok::RBrace) && (has(Tok::Colon) || !semi) {
        return format!(
            "syntax error: unexpected {found} in composite literal; possibly missing comma or }}"
        );
    }
    if semi && has(Tok::RBrace) && !after_semi {
        return end_of_statement;
    }
    let wanted = if has(Tok::RBrace) {
        Some("}".to_string())
    } else if has(Tok::RParen) {
        Some(")".into())
    } else if has(Tok::RBrack) {
        Some("]".into())
    } else if has_label("name") {
        Some("name".into())
    } else if has(Tok::LBrace) {
        Some("{".into())
    } else if semi {
        Some("semicolon or newline".into())
    } else {
        labels.first().cloned()
    };
    match wanted {
        Some(w) => format!("syntax error: unexpected {found}, expected {w}"),
        None => format!("syntax error: unexpected {found}"),
    }
}

/// A postfix operation on a primary expression.
enum Post {
    Sel(Ident),
    Assert(Option<Box<Expr>>),
    Index(Vec<Expr>),
    Slice(Box<[Option<Expr>; 3]>, bool),
    Call(Vec<Expr>, Option<Span>),
    Lit(Vec<Element>, Span),
}

/// A parameter-list entry before grouping: `name Type` or just `Type`
/// (which may turn out to be a name, as in `a, b int`).
enum ParamEntry {
    Named(Ident, Expr),
    Anon(Expr),
}

/// A simple statement, or a range clause (only valid in a `for` header).
enum Simple {
    Stmt(Stmt),
    Range {
        key: Option<Expr>,
        value: Option<Expr>,
        define: bool,
        x: Expr,
        span: Span,
    },
}

fn prec(op: BinOp) -> u8 {
    use BinOp::*;
    match op {
        Mul | Div | Rem | Shl | Shr | And | AndNot => 5,
        Add | Sub | Or | Xor => 4,
        Eq | Ne | Lt | Le | Gt | Ge => 3,
        LAnd => 2,
        LOr => 1,
    }
}

/// Folds `first (op operand)*` by Go's precedence (all left-associative).
fn fold_binary(first: Expr, rest: Vec<(BinOp, Expr)>, st: &mut State) -> Expr {
    let mut operands = vec![first];
    let mut ops: Vec<BinOp> = Vec::new();
    let reduce = |operands: &mut Vec<Expr>, op: BinOp, st: &mut State| {
        if let (Some(y), Some(x)) = (operands.pop(), operands.pop()) {
            let span = x.span.to(y.span);
            operands.push(mk(ExprKind::Binary(op, Box::new(x), Box::new(y)), span, st));
        }
    };
    for (op, y) in rest {
        while let Some(&top) = ops.last() {
            if prec(top) < prec(op) {
                break;
            }
            ops.pop();
            reduce(&mut operands, top, st);
        }
        ops.push(op);
        operands.push(y);
    }
    while let Some(top) = ops.pop() {
        reduce(&mut operands, top, st);
    }
    operands
        .pop()
        .unwrap_or_else(|| mk(ExprKind::Bad, Span::default(), st))
}

fn apply_post(x: Expr, post: Post, end: u32, st: &mut State) -> Expr {
    let span = Span::new(x.span.lo, end);
    let x = Box::new(x);
    let kind = match post {
        Post::Sel(sel) => ExprKind::Selector(x, sel),
        Post::Assert(ty) => ExprKind::TypeAssert { x, ty },
        Post::Index(idx) => ExprKind::Index(x, idx),
        Post::Slice(bounds, three) => {
            let [lo, hi, max] = *bounds;
            ExprKind::Slice {
                x,
                lo: lo.map(Box::new),
                hi: hi.map(Box::new),
                max: max.map(Box::new),
                three,
            }
        }
        Post::Call(args, ellipsis) => ExprKind::Call {
            fun: x,
            args,
            ellipsis,
        },
        Post::Lit(elts, braces) => ExprKind::CompositeLit {
            ty: Some(x),
            elts,
            braces,
        },
    };
    mk(kind, span, st)
}

fn ident_of(e: &Expr) -> Option<Ident> {
    match &e.kind {
        ExprKind::Name(n) => Some(Ident {
            name: n.clone(),
            span: e.span,
            id: e.id,
        }),
        _ => None,
    }
}

/// Groups parameter entries: `a, b int, c string` -> two fields. Returns an
/// error message when named and unnamed parameters are mixed.
fn group_params(entries: Vec<ParamEntry>) -> Result<Vec<Field>, (Span, &'static str)> {
    if !entries.iter().any(|e| matches!(e, ParamEntry::Named(..))) {
        let anon = entries.into_iter().map(|e| match e {
            ParamEntry::Anon(ty) | ParamEntry::Named(_, ty) => ty,
        });
        return Ok(anon
            .map(|ty| Field {
                names: Vec::new(),
                span: ty.span,
                ty,
                tag: None,
            })
            .collect());
    }
    let mut fields = Vec::new();
    let mut pending: Vec<Ident> = Vec::new();
    for e in entries {
        match e {
            ParamEntry::Anon(ty) => match ident_of(&ty) {
                Some(id) => pending.push(id),
                None => return Err((ty.span, "syntax error: mixed named and unnamed parameters")),
            },
            ParamEntry::Named(name, ty) => {
                pending.push(name);
                let lo = pending[0].span.lo;
                fields.push(Field {
                    names: std::mem::take(&mut pending),
                    span: Span::new(lo, ty.span.hi),
                    ty,
                    tag: None,
                });
            }
        }
    }
    match pending.last() {
        Some(id) => Err((id.span, "syntax error: mixed named and unnamed parameters")),
        None => Ok(fields),
    }
}

/// Whether a select case's statement is a send or a receive, possibly
/// assigned.
fn is_comm(s: &Stmt) -> bool {
    let recv = |x: &Expr| matches!(x.unparen().kind, ExprKind::Unary(UnOp::Recv, _));
    match &s.kind {
        StmtKind::Send(..) => true,
        StmtKind::Expr(x) => recv(x),
        StmtKind::Assign {
            op: AssignOp::Assign | AssignOp::Define,
            rhs,
            ..
        } => rhs.len() == 1 && recv(&rhs[0]),
        _ => false,
    }
}

/// Gives each blank type parameter of a generic receiver (`func (p *Pair[_,
/// V]) ...`) a name of its own that no Go identifier can spell (`_·0`), so
/// the checker binds each to its type argument; nothing can refer to them.
fn name_blank_receiver_params(ty: &mut Expr) {
    match &mut ty.kind {
        ExprKind::Star(x) | ExprKind::Paren(x) => name_blank_receiver_params(x),
        ExprKind::Index(_, idx) => {
            for (i, p) in idx.iter_mut().enumerate() {
                if let ExprKind::Name(n) = &mut p.kind {
                    if n == "_" {
                        *n = format!("_·{i}");
                    }
                }
            }
        }
        _ => {}
    }
}

/// The operand of `go` and `defer` must be a call, not parenthesised.
fn check_call(
    keyword: &str,
    x: &Expr,
    emitter: &mut chumsky::input::Emitter<Rich<'_, Tok<'_>, SimpleSpan>>,
) {
    let msg = match &x.kind {
        ExprKind::Call { .. } => return,
        ExprKind::Paren(inner) if matches!(inner.kind, ExprKind::Call { .. }) => {
            format!("expression in {keyword} must not be parenthesized")
        }
        _ => format!("expression in {keyword} must be function call"),
    };
    let at = SimpleSpan::from(x.span.lo as usize..x.span.hi as usize);
    emitter.emit(Rich::custom(at, msg));
}

/// A case clause spans from its keyword to its last statement (or colon),
/// not over the separators after it.
fn clause_span(all: Span, colon: Span, body: &[Stmt]) -> Span {
    Span::new(all.lo, body.last().map_or(colon.hi, |s| s.span.hi))
}

fn mk_stmt(kind: StmtKind, span: Span) -> Stmt {
    Stmt { span, kind }
}

fn simple_stmt_only(
    s: Simple,
    emitter: &mut chumsky::input::Emitter<Rich<'_, Tok<'_>, SimpleSpan>>,
) -> Stmt {
    match s {
        Simple::Stmt(s) => s,
        Simple::Range { span, .. } => {
            let at = SimpleSpan::from(span.lo as usize..span.hi as usize);
            emitter.emit(Rich::custom(at, "syntax error: unexpected keyword range"));
            mk_stmt(StmtKind::Empty, span)
        }
    }
}

/// The condition of an `if` or `for` header, which must be an expression.
fn header_cond(
    s: Stmt,
    what: &str,
    emitter: &mut chumsky::input::Emitter<Rich<'_, Tok<'_>, SimpleSpan>>,
    st: &mut State,
) -> Expr {
    match s.kind {
        StmtKind::Expr(e) => e,
        _ => {
            let at = SimpleSpan::from(s.span.lo as usize..s.span.hi as usize);
            let msg = match s.kind {
                StmtKind::Empty => format!("syntax error: missing condition in {what}"),
                StmtKind::Assign {
                    op: AssignOp::Assign,
                    ..
                } => format!("syntax error: cannot use assignment {STMT_TEXT} as value"),
                _ => format!("syntax error: cannot use {STMT_TEXT} as value"),
            };
            emitter.emit(Rich::custom(at, msg));
            mk(ExprKind::Bad, s.span, st)
        }
    }
}

/// Stands in a message for the source text of the statement at the error;
/// `parse_tokens` substitutes it and moves the error to the statement's
/// operator, as gc reports it.
const STMT_TEXT: &str = "\u{1}stmt\u{1}";

/// Fills in `STMT_TEXT` (see there).
fn stmt_text_error(
    msg: String,
    span: Span,
    toks: &[(Tok<'_>, SimpleSpan)],
    text: &str,
) -> (Span, String) {
    let Some(src) = text.get(span.lo as usize..span.hi as usize) else {
        return (span, msg.replace(STMT_TEXT, "statement"));
    };
    let op = toks
        .iter()
        .map(|(t, s)| (t, sp(*s)))
        .skip_while(|(_, s)| s.lo < span.lo)
        .take_while(|(_, s)| s.hi <= span.hi)
        .find(|(t, _)| {
            matches!(
                t,
                Tok::Define | Tok::Assign | Tok::OpAssign(_) | Tok::Inc | Tok::Dec | Tok::Arrow
            )
        });
    let at = op.map_or(span, |(_, s)| s);
    (at, msg.replace(STMT_TEXT, src))
}

/// Recursive productions deeper than this are rejected: the parser would
/// otherwise exhaust even `bigstack`'s stack on absurd input (`****...T`,
/// `[][][]...T`), which does not nest brackets.
const MAX_DEPTH: u32 = 3 * MAX_NESTING as u32;

/// Counts one level of recursion around `p` (see `MAX_DEPTH`).
fn nested<'src, I, O>(
    p: impl Parser<'src, I, O, Extra<'src>> + Clone,
) -> impl Parser<'src, I, O, Extra<'src>> + Clone
where
    I: ValueInput<'src, Token = Tok<'src>, Span = SimpleSpan>,
{
    let enter = empty().try_map_with(|(), e| {
        let span: SimpleSpan = e.span();
        let st: &mut State = e.state();
        if st.depth >= MAX_DEPTH {
            return Err(Rich::custom(span, "syntax error: nesting too deep"));
        }
        st.depth += 1;
        Ok(())
    });
    // `try_map_with`, unlike `map_with`, also runs where chumsky only checks
    // the input without building output.
    let leave = empty().try_map_with(|(), e| {
        let st: &mut State = e.state();
        st.depth = st.depth.saturating_sub(1);
        Ok(())
    });
    enter.ignore_then(p).then_ignore(leave)
}

fn group<'src, I, O: 'src>(
    spec: impl Parser<'src, I, O, Extra<'src>> + Clone + 'src,
) -> BoxedP<'src, I, Vec<O>>
where
    I: ValueInput<'src, Token = Tok<'src>, Span = SimpleSpan>,
{
    let semi = select! { Tok::Semi(_) => () };
    choice((
        spec.clone()
            .separated_by(semi)
            .allow_trailing()
            .collect::<Vec<_>>()
            .delimited_by(just(Tok::LParen), just(Tok::RParen)),
        spec.map(|s| vec![s]),
    ))
    .boxed()
}

fn file_parser<'src, I>() -> impl Parser<'src, I, File, Extra<'src>>
where
    I: ValueInput<'src, Token = Tok<'src>, Span = SimpleSpan>,
{
    let mut ty =
        Recursive::<chumsky::recursive::Indirect<'src, 'src, I, Expr, Extra<'src>>>::declare();
    let mut expr =
        Recursive::<chumsky::recursive::Indirect<'src, 'src, I, Expr, Extra<'src>>>::declare();
    let mut expr_nl =
        Recursive::<chumsky::recursive::Indirect<'src, 'src, I, Expr, Extra<'src>>>::declare();
    let mut block =
        Recursive::<chumsky::recursive::Indirect<'src, 'src, I, Block, Extra<'src>>>::declare();

    let semi = select! { Tok::Semi(_) => () }.labelled("semicolon");
    // Where a body or literal value may follow, a `{` commits to it: falling
    // back would parse the braces again as something else, and nested
    // failures would take exponential time.
    let no_brace = just(Tok::LBrace).not();
    let comma = just(Tok::Comma);
    let ident = select! { Tok::Ident(s) => s }
        .map_with(|s: &str, e| Ident {
            name: s.to_string(),
            span: sp(e.span()),
            id: fresh(e.state()),
        })
        .labelled("name")
        .boxed();
    let ident_list = ident
        .clone()
        .separated_by(comma)
        .at_least(1)
        .collect::<Vec<_>>()
        .boxed();
    let name_expr = select! { Tok::Ident(s) => s }
        .map_with(|s: &str, e| mk(ExprKind::Name(s.to_string()), sp(e.span()), e.state()))
        .boxed();
    let expr_list = expr
        .clone()
        .separated_by(comma)
        .at_least(1)
        .collect::<Vec<_>>()
        .boxed();

    // ---- Types ----
    let type_args = ty
        .clone()
        .separated_by(comma)
        .allow_trailing()
        .at_least(1)
        .collect::<Vec<_>>()
        .delimited_by(just(Tok::LBrack), just(Tok::RBrack));
    let type_name = name_expr
        .clone()
        .then(just(Tok::Period).ignore_then(ident.clone()).or_not())
        .map_with(|(x, sel), e| match sel {
            None => x,
            Some(sel) => mk(
                ExprKind::Selector(Box::new(x), sel),
                sp(e.span()),
                e.state(),
            ),
        })
        .then(type_args.or_not())
        .map_with(|(x, args), e| match args {
            None => x,
            Some(args) => mk(ExprKind::Index(Box::new(x), args), sp(e.span()), e.state()),
        })
        .boxed();

    let param_ty = just(Tok::Ellipsis)
        .ignore_then(ty.clone())
        .map_with(|t, e| {
            mk(
                ExprKind::Ellipsis(Some(Box::new(t))),
                sp(e.span()),
                e.state(),
            )
        })
        .or(ty.clone())
        .boxed();
    // `name [X] T` is a parameter of array type, `name [X]` an anonymous
    // parameter of generic type: parse the brackets once, then decide (as
    // gc does); retrying them would take exponential time when they nest.
    let bracket_start = just(Tok::LBrack).then(just(Tok::RBrack).not()).ignored();
    let bracketed_param = just(Tok::LBrack)
        .map_with(|_, e| sp(e.span()).lo)
        .then(
            expr.clone()
                .separated_by(comma)
                .allow_trailing()
                .at_least(1)
                .collect::<Vec<_>>(),
        )
        .then(just(Tok::RBrack).map_with(|_, e| sp(e.span()).hi))
        .then(param_ty.clone().or_not());
    let bracket_form = ident
        .clone()
        .then(bracketed_param)
        .validate(
            |(name, (((lbrack, mut list), end), elem)), e, emitter| match elem {
                Some(elem) => {
                    if list.len() > 1 {
                        let at =
                            SimpleSpan::from(list[1].span.lo as usize..list[1].span.lo as usize);
                        emitter.emit(Rich::custom(
                            at,
                            "syntax error: unexpected comma, expected ]",
                        ));
                    }
                    let len = list.swap_remove(0);
                    let span = Span::new(lbrack, elem.span.hi);
                    let kind = ExprKind::ArrayType {
                        len: Box::new(len),
                        elem: Box::new(elem),
                    };
                    ParamEntry::Named(name, mk(kind, span, e.state()))
                }
                None => {
                    let span = Span::new(name.span.lo, end);
                    let x = Expr {
                        id: name.id,
                        span: name.span,
                        kind: ExprKind::Name(name.name),
                    };
                    ParamEntry::Anon(mk(ExprKind::Index(Box::new(x), list), span, e.state()))
                }
            },
        )
        .boxed();
    // Guards the alternatives after `bracket_form`, which is definitive.
    let no_bracket_form = select! { Tok::Ident(_) => () }.then(bracket_start).not();
    let param_entry = choice((
        bracket_form.clone(),
        no_bracket_form
            .ignore_then(ident.clone())
            .then(param_ty.clone())
            .map(|(name, t)| ParamEntry::Named(name, t)),
        ident
            .clone()
            .then_ignore(one_of([Tok::Comma, Tok::RParen, Tok::RBrack]).rewind())
            .map(|name| {
                ParamEntry::Anon(Expr {
                    id: name.id,
                    span: name.span,
                    kind: ExprKind::Name(name.name),
                })
            }),
        no_bracket_form
            .ignore_then(param_ty.clone())
            .map(ParamEntry::Anon),
    ));
    let params = param_entry
        .separated_by(comma)
        .allow_trailing()
        .collect::<Vec<_>>()
        .delimited_by(just(Tok::LParen), just(Tok::RParen))
        .validate(|entries, _, emitter| match group_params(entries) {
            Ok(fields) => fields,
            Err((at, msg)) => {
                emitter.emit(Rich::custom(
                    SimpleSpan::from(at.lo as usize..at.hi as usize),
                    msg,
                ));
                Vec::new()
            }
        })
        .boxed();
    // A parenthesised result list is always a parameter list: never retry
    // it as a parenthesised type.
    let results = params
        .clone()
        .or(just(Tok::LParen).not().ignore_then(ty.clone()).map(|t| {
            vec![Field {
                names: Vec::new(),
                span: t.span,
                ty: t,
                tag: None,
            }]
        }));
    let signature = params
        .clone()
        .then(results.or_not())
        .map_with(|(params, results), e| FuncType {
            params,
            results: results.unwrap_or_default(),
            span: sp(e.span()),
        })
        .boxed();

    // A constraint or embedded element: `~T | U`.
    let term = just(Tok::Tilde)
        .ignore_then(ty.clone())
        .map_with(|t, e| {
            mk(
                ExprKind::Unary(UnOp::Tilde, Box::new(t)),
                sp(e.span()),
                e.state(),
            )
        })
        .or(ty.clone());
    let constraint = term
        .clone()
        .foldl_with(
            just(Tok::Op(BinOp::Or)).ignore_then(term).repeated(),
            |x, y, e| {
                let span = x.span.to(y.span);
                mk(
                    ExprKind::Binary(BinOp::Or, Box::new(x), Box::new(y)),
                    span,
                    e.state(),
                )
            },
        )
        .boxed();
    let tparams = ident_list
        .clone()
        .then(constraint.clone())
        .map_with(|(names, ty), e| Field {
            names,
            ty,
            tag: None,
            span: sp(e.span()),
        })
        .separated_by(comma)
        .allow_trailing()
        .at_least(1)
        .collect::<Vec<_>>()
        .delimited_by(just(Tok::LBrack), just(Tok::RBrack))
        .boxed();

    let tag = select! { Tok::Lit(LitKind::String, raw) => raw }
        .labelled("field")
        .map(|raw: &str| {
            String::from_utf8_lossy(&lit::unquote_string(raw).unwrap_or_default()).into_owned()
        })
        .or_not();
    let field_decl = choice((
        bracket_form.then(tag).map_with(|(entry, tag), e| {
            let (names, ty) = match entry {
                ParamEntry::Named(name, ty) => (vec![name], ty),
                ParamEntry::Anon(ty) => (Vec::new(), ty),
            };
            Field {
                names,
                ty,
                tag,
                span: sp(e.span()),
            }
        }),
        no_bracket_form
            .ignore_then(ident_list.clone())
            .then(ty.clone())
            .then(tag)
            .map_with(|((names, ty), tag), e| Field {
                names,
                ty,
                tag,
                span: sp(e.span()),
            }),
        choice((
            just(Tok::Op(BinOp::Mul))
                .ignore_then(type_name.clone())
                .map_with(|t, e| mk(ExprKind::Star(Box::new(t)), sp(e.span()), e.state())),
            no_bracket_form.ignore_then(type_name.clone()),
        ))
        .then(tag)
        .map_with(|(ty, tag), e| Field {
            names: Vec::new(),
            ty,
            tag,
            span: sp(e.span()),
        }),
    ));
    let struct_ty = just(Tok::Struct)
        .ignore_then(
            field_decl
                .separated_by(semi)
                .allow_trailing()
                .collect::<Vec<_>>()
                .delimited_by(just(Tok::LBrace), just(Tok::RBrace)),
        )
        .map(ExprKind::StructType);
    // gc's parser rejects type parameters on an interface method (Go 1.27
    // allows them on concrete methods only).
    let generic_iface_method = ident
        .clone()
        .then(tparams.clone().map_with(|_, e| e.span()))
        .then(signature.clone())
        .validate(|((name, at), ty), _, emitter| {
            let at: SimpleSpan = at;
            let at = SimpleSpan::from(at.start..at.start + 1);
            emitter.emit(Rich::custom(
                at,
                "interface method must have no type parameters",
            ));
            InterfaceElem::Method { name, ty }
        });
    let iface_elem = generic_iface_method
        .or(ident
            .clone()
            .then(signature.clone())
            .map(|(name, ty)| InterfaceElem::Method { name, ty }))
        .or(constraint.clone().map(InterfaceElem::Embed));
    let iface_ty = just(Tok::Interface)
        .ignore_then(
            iface_elem
                .separated_by(semi)
                .allow_trailing()
                .collect::<Vec<_>>()
                .delimited_by(just(Tok::LBrace), just(Tok::RBrace)),
        )
        .map(ExprKind::InterfaceType);
    let array_len = just(Tok::Ellipsis)
        .map_with(|_, e| mk(ExprKind::Ellipsis(None), sp(e.span()), e.state()))
        .or(expr.clone());
    // Type literals that may precede a composite literal's braces.
    let type_lit = choice((
        just(Tok::LBrack)
            .then(just(Tok::RBrack))
            .ignore_then(ty.clone())
            .map(|t| ExprKind::SliceType(Box::new(t))),
        array_len
            .delimited_by(just(Tok::LBrack), just(Tok::RBrack))
            .then(ty.clone())
            .map(|(len, elem)| ExprKind::ArrayType {
                len: Box::new(len),
                elem: Box::new(elem),
            }),
        just(Tok::Map)
            .ignore_then(
                ty.clone()
                    .delimited_by(just(Tok::LBrack), just(Tok::RBrack)),
            )
            .then(ty.clone())
            .map(|(k, v)| ExprKind::MapType(Box::new(k), Box::new(v))),
        struct_ty,
    ))
    .map_with(|k, e| mk(k, sp(e.span()), e.state()))
    .boxed();
    let chan_ty = choice((
        just(Tok::Chan)
            .ignore_then(just(Tok::Arrow))
            .ignore_then(ty.clone())
            .map(|t| ExprKind::ChanType(ChanDir::Send, Box::new(t))),
        just(Tok::Chan)
            .ignore_then(ty.clone())
            .map(|t| ExprKind::ChanType(ChanDir::Both, Box::new(t))),
        just(Tok::Arrow)
            .ignore_then(just(Tok::Chan))
            .ignore_then(ty.clone())
            .map(|t| ExprKind::ChanType(ChanDir::Recv, Box::new(t))),
        iface_ty,
    ))
    .map_with(|k, e| mk(k, sp(e.span()), e.state()))
    .boxed();
    ty.define(nested(
        choice((
            type_name.clone(),
            type_lit.clone(),
            chan_ty.clone(),
            ty.clone()
                .delimited_by(just(Tok::LParen), just(Tok::RParen))
                .map_with(|t, e| mk(ExprKind::Paren(Box::new(t)), sp(e.span()), e.state())),
            just(Tok::Op(BinOp::Mul))
                .ignore_then(ty.clone())
                .map_with(|t, e| mk(ExprKind::Star(Box::new(t)), sp(e.span()), e.state())),
            just(Tok::Func)
                .ignore_then(signature.clone())
                .map_with(|f, e| mk(ExprKind::FuncType(f), sp(e.span()), e.state())),
        ))
        .labelled("type"),
    ));

    // ---- Expressions ----
    let mut lit_value = Recursive::<
        chumsky::recursive::Indirect<'src, 'src, I, (Vec<Element>, Span), Extra<'src>>,
    >::declare();
    let elem_value = lit_value
        .clone()
        .map_with(|(elts, braces), e| {
            mk(
                ExprKind::CompositeLit {
                    ty: None,
                    elts,
                    braces,
                },
                sp(e.span()),
                e.state(),
            )
        })
        .or(expr.clone());
    let element = elem_value
        .clone()
        .then(just(Tok::Colon).ignore_then(elem_value).or_not())
        .map(|(a, b)| match b {
            Some(value) => Element {
                key: Some(a),
                value,
            },
            None => Element {
                key: None,
                value: a,
            },
        });
    lit_value.define(nested(
        element
            .separated_by(comma)
            .allow_trailing()
            .collect::<Vec<_>>()
            .delimited_by(just(Tok::LBrace), just(Tok::RBrace))
            .map_with(|elts, e| (elts, sp(e.span()))),
    ));

    let basic_lit = select! { Tok::Lit(kind, raw) => (kind, raw) }.map_with(|(kind, raw), e| {
        mk(
            ExprKind::BasicLit {
                kind,
                raw: raw.to_string(),
            },
            sp(e.span()),
            e.state(),
        )
    });
    let func_lit = just(Tok::Func)
        .ignore_then(signature.clone())
        .then(block.clone().map(Some).or(no_brace.to(None)))
        .map_with(|(ty, body), e| {
            let kind = match body {
                Some(body) => ExprKind::FuncLit { ty, body },
                None => ExprKind::FuncType(ty),
            };
            mk(kind, sp(e.span()), e.state())
        });
    let paren = expr
        .clone()
        .delimited_by(just(Tok::LParen), just(Tok::RParen))
        .map_with(|x, e| mk(ExprKind::Paren(Box::new(x)), sp(e.span()), e.state()));
    let type_lit_operand = type_lit
        .clone()
        .then(lit_value.clone().map(Some).or(no_brace.to(None)))
        .map_with(|(t, lv), e| match lv {
            None => t,
            Some((elts, braces)) => mk(
                ExprKind::CompositeLit {
                    ty: Some(Box::new(t)),
                    elts,
                    braces,
                },
                sp(e.span()),
                e.state(),
            ),
        });
    let operand = choice((
        basic_lit,
        name_expr.clone(),
        type_lit_operand,
        func_lit,
        paren,
        chan_ty.clone(),
    ))
    .labelled("expression")
    .boxed();

    let end_of = |e: &mut chumsky::input::MapExtra<'src, '_, I, Extra<'src>>| e.span().end as u32;
    let selector = just(Tok::Period).ignore_then(choice((
        ident.clone().map(Post::Sel),
        just(Tok::Type)
            .delimited_by(just(Tok::LParen), just(Tok::RParen))
            .map(|_| Post::Assert(None)),
        ty.clone()
            .delimited_by(just(Tok::LParen), just(Tok::RParen))
            .map(|t| Post::Assert(Some(Box::new(t)))),
    )));
    let colon_at = just(Tok::Colon).map_with(|_, e| e.span());
    let slice_tail = colon_at
        .ignore_then(expr.clone().or_not())
        .then(colon_at.then(expr.clone().or_not()).or_not());
    let index_tail = comma
        .ignore_then(expr.clone())
        .repeated()
        .collect::<Vec<_>>()
        .then_ignore(comma.or_not());
    let bracket = expr
        .clone()
        .or_not()
        .then(slice_tail.map(Ok).or(index_tail.map(Err)))
        .then(just(Tok::RBrack).map_with(|_, e| e.span()))
        .delimited_by(just(Tok::LBrack), empty())
        .validate(|((first, tail), rbrack), _, emitter| match tail {
            Ok((hi, max)) => {
                if let Some((colon2, max)) = &max {
                    if hi.is_none() {
                        let msg = "middle index required in 3-index slice";
                        emitter.emit(Rich::custom(*colon2, msg));
                    }
                    if max.is_none() {
                        let msg = "final index required in 3-index slice";
                        emitter.emit(Rich::custom(rbrack, msg));
                    }
                }
                let three = max.is_some();
                Post::Slice(Box::new([first, hi, max.and_then(|m| m.1)]), three)
            }
            Err(rest) => {
                let mut all = Vec::with_capacity(rest.len() + 1);
                match first {
                    Some(x) => all.push(x),
                    None => emitter.emit(Rich::custom(
                        rbrack,
                        "syntax error: unexpected ], expected operand",
                    )),
                }
                all.extend(rest);
                Post::Index(all)
            }
        });
    let args = expr
        .clone()
        .separated_by(comma)
        .at_least(1)
        .collect::<Vec<_>>()
        .then(
            just(Tok::Ellipsis)
                .map_with(|_, e| Some(sp(e.span())))
                .or(empty().to(None))
                .then_ignore(comma.or_not()),
        )
        .or_not()
        .map(Option::unwrap_or_default)
        .delimited_by(just(Tok::LParen), just(Tok::RParen))
        .map(|(args, dots)| Post::Call(args, dots));
    let postfix_nl = choice((selector, bracket, args))
        .map_with(move |p, e| (p, end_of(e)))
        .boxed();
    let postfix = postfix_nl
        .clone()
        .or(lit_value
            .clone()
            .map_with(move |(elts, braces), e| (Post::Lit(elts, braces), end_of(e))))
        .boxed();

    let unary_op = select! {
        Tok::Op(BinOp::Add) => Some(UnOp::Pos),
        Tok::Op(BinOp::Sub) => Some(UnOp::Neg),
        Tok::Not => Some(UnOp::Not),
        Tok::Op(BinOp::Xor) => Some(UnOp::Xor),
        Tok::Op(BinOp::And) => Some(UnOp::Addr),
        Tok::Arrow => Some(UnOp::Recv),
        Tok::Tilde => Some(UnOp::Tilde),
        Tok::Op(BinOp::Mul) => None,
    }
    .map_with(|op, e| {
        let s: SimpleSpan = e.span();
        (op, s.start as u32)
    })
    .boxed();
    let binop = select! { Tok::Op(op) => op };

    let build = |postfix: BoxedP<'src, I, (Post, u32)>| {
        let primary = operand
            .clone()
            .foldl_with(postfix.repeated(), |x, (p, end), e| {
                apply_post(x, p, end, e.state())
            });
        let unary = unary_op
            .clone()
            .repeated()
            .foldr_with(primary, |(op, lo), x, e| {
                let span = Span::new(lo, x.span.hi);
                let kind = match (op, x.kind) {
                    (None, k) => ExprKind::Star(Box::new(Expr { kind: k, ..x })),
                    (Some(UnOp::Recv), ExprKind::ChanType(ChanDir::Both, elem)) => {
                        ExprKind::ChanType(ChanDir::Recv, elem)
                    }
                    (Some(op), k) => ExprKind::Unary(op, Box::new(Expr { kind: k, ..x })),
                };
                mk(kind, span, e.state())
            })
            .boxed();
        unary
            .clone()
            .then(binop.then(unary).repeated().collect::<Vec<_>>())
            .map_with(|(first, rest), e| {
                if rest.is_empty() {
                    first
                } else {
                    fold_binary(first, rest, e.state())
                }
            })
            .boxed()
    };
    expr.define(nested(build(postfix)));
    expr_nl.define(nested(build(postfix_nl)));

    // ---- Declarations (shared by files and statements) ----
    let const_spec = ident_list
        .clone()
        .then(ty.clone().or_not())
        .then(just(Tok::Assign).ignore_then(expr_list.clone()).or_not())
        .map_with(|((names, ty), values), e| {
            let values = values.unwrap_or_default();
            ConstSpec {
                names,
                ty,
                values,
                iota: 0,
                span: sp(e.span()),
            }
        });
    let const_decl = just(Tok::Const)
        .ignore_then(group(const_spec))
        .map(|mut specs| {
            for (i, s) in specs.iter_mut().enumerate() {
                s.iota = i as u32;
            }
            specs
        });
    let var_spec = ident_list
        .clone()
        .then(choice((
            just(Tok::Assign)
                .ignore_then(expr_list.clone())
                .map(|v| (None, v)),
            ty.clone()
                .then(just(Tok::Assign).ignore_then(expr_list.clone()).or_not())
                .map(|(t, v)| (Some(t), v.unwrap_or_default())),
        )))
        .map_with(|(names, (ty, values)), e| VarSpec {
            names,
            ty,
            values,
            span: sp(e.span()),
        });
    let var_decl = just(Tok::Var).ignore_then(group(var_spec));
    let type_spec = ident
        .clone()
        .then(choice((
            just(Tok::Assign)
                .or_not()
                .then(ty.clone())
                .try_map(|(a, t), span| match &t.kind {
                    ExprKind::ArrayType { len, .. } if a.is_none() && looks_like_tparam(len) => {
                        Err(Rich::custom(span, "type parameter list"))
                    }
                    _ => Ok((Vec::new(), a.is_some(), t)),
                }),
            tparams
                .clone()
                .then(just(Tok::Assign).or_not())
                .then(ty.clone())
                .map(|((tp, a), t)| (tp, a.is_some(), t)),
        )))
        .map_with(|(name, (tparams, alias, ty)), e| TypeSpec {
            name,
            tparams,
            alias,
            ty,
            span: sp(e.span()),
        });
    let type_decl = just(Tok::Type).ignore_then(group(type_spec));

    // ---- Statements ----
    let mut stmt =
        Recursive::<chumsky::recursive::Indirect<'src, 'src, I, Stmt, Extra<'src>>>::declare();
    // An empty statement sits at the next token: an explicit `;` is the
    // statement, anything else (`}`, a newline) only marks its place.
    let empty_stmt = any()
        .map_with(|t, e| {
            let s = sp(e.span());
            match t {
                Tok::Semi(SemiKind::Explicit) => s,
                _ => Span::new(s.lo, s.lo),
            }
        })
        .rewind()
        .or(end().map_with(|_, e| sp(e.span())))
        .map(|span| mk_stmt(StmtKind::Empty, span));
    let stmt_list = stmt
        .clone()
        .or(empty_stmt)
        .separated_by(semi)
        .collect::<Vec<_>>()
        .map(|v| {
            v.into_iter()
                .filter(|s| !matches!(s.kind, StmtKind::Empty))
                .collect::<Vec<_>>()
        })
        .boxed();
    block.define(
        stmt_list
            .clone()
            .delimited_by(just(Tok::LBrace), just(Tok::RBrace))
            .map_with(|stmts, e| Block {
                stmts,
                span: sp(e.span()),
            }),
    );

    let simple = |x: Recursive<chumsky::recursive::Indirect<'src, 'src, I, Expr, Extra<'src>>>| {
        let list = x
            .clone()
            .separated_by(comma)
            .at_least(1)
            .collect::<Vec<_>>();
        let range_rhs = just(Tok::Range).ignore_then(x.clone());
        #[derive(Clone)]
        enum Tail {
            Assign(AssignOp, Vec<Expr>),
            Range(bool, Expr),
            IncDec(bool),
            Send(Expr),
        }
        let tail = choice((
            just(Tok::Define).ignore_then(
                range_rhs
                    .clone()
                    .map(|x| Tail::Range(true, x))
                    .or(list.clone().map(|v| Tail::Assign(AssignOp::Define, v))),
            ),
            just(Tok::Assign).ignore_then(
                range_rhs
                    .clone()
                    .map(|x| Tail::Range(false, x))
                    .or(list.clone().map(|v| Tail::Assign(AssignOp::Assign, v))),
            ),
            select! { Tok::OpAssign(op) => op }
                .then(x.clone())
                .map(|(op, y)| Tail::Assign(AssignOp::Op(op), vec![y])),
            just(Tok::Inc).to(Tail::IncDec(true)),
            just(Tok::Dec).to(Tail::IncDec(false)),
            just(Tok::Arrow).ignore_then(x.clone()).map(Tail::Send),
        ));
        choice((
            range_rhs.map_with(|x, e| Simple::Range {
                key: None,
                value: None,
                define: false,
                x,
                span: sp(e.span()),
            }),
            list.then(tail.or_not()).validate(|(mut lhs, tail), e, emitter| {
                let cspan: SimpleSpan = e.span();
                let span = sp(cspan);
                let single = |lhs: &mut Vec<Expr>, emitter: &mut chumsky::input::Emitter<_>| {
                    if lhs.len() > 1 {
                        emitter.emit(Rich::custom(cspan, "syntax error: unexpected comma, expected := or = or comma"));
                    }
                    lhs.swap_remove(0)
                };
                let kind = match tail {
                    None => StmtKind::Expr(single(&mut lhs, emitter)),
                    Some(Tail::Assign(op, rhs)) => StmtKind::Assign { lhs, op, rhs },
                    Some(Tail::IncDec(inc)) => StmtKind::IncDec {
                        x: single(&mut lhs, emitter),
                        inc,
                    },
                    Some(Tail::Send(v)) => StmtKind::Send(single(&mut lhs, emitter), v),
                    Some(Tail::Range(define, x)) => {
                        if lhs.len() > 2 {
                            emitter.emit(Rich::custom(e.span(), "syntax error: range clause permits at most two iteration variables"));
                        }
                        let mut it = lhs.into_iter();
                        return Simple::Range {
                            key: it.next(),
                            value: it.next(),
                            define,
                            x,
                            span,
                        };
                    }
                };
                Simple::Stmt(mk_stmt(kind, span))
            }),
        ))
        .boxed()
    };
    let simple_full = simple(expr.clone());
    let simple_nl = simple(expr_nl.clone());
    let simple_stmt = simple_full
        .clone()
        .validate(|s, _, emitter| simple_stmt_only(s, emitter));
    let header_simple = simple_nl
        .clone()
        .validate(|s, _, emitter| simple_stmt_only(s, emitter))
        .boxed();

    let if_stmt = recursive(|if_stmt| {
        just(Tok::If)
            .ignore_then(header_simple.clone().or_not())
            .then(
                semi.map_with(|_, e| e.span())
                    .then(expr_nl.clone().or_not())
                    .or_not(),
            )
            .then(block.clone())
            .then(
                just(Tok::Else)
                    .ignore_then(choice((
                        if_stmt,
                        block.clone().map(|b| {
                            let span = b.span;
                            mk_stmt(StmtKind::Block(b), span)
                        }),
                    )))
                    .or_not(),
            )
            .validate(|(((first, second), then), els), e, emitter| {
                let (init, cond) = match (first, second) {
                    (init, Some((_, Some(cond)))) => (init, cond),
                    (Some(s), None) => (None, header_cond(s, "if statement", emitter, e.state())),
                    (init, second) => {
                        let at = match second {
                            Some((semi, _)) => semi,
                            None => SimpleSpan::from(then.span.lo as usize..then.span.lo as usize),
                        };
                        emitter.emit(Rich::custom(
                            at,
                            "syntax error: missing condition in if statement",
                        ));
                        (init, mk(ExprKind::Bad, sp(e.span()), e.state()))
                    }
                };
                mk_stmt(
                    StmtKind::If {
                        init: init.map(Box::new),
                        cond,
                        then,
                        els: els.map(Box::new),
                    },
                    sp(e.span()),
                )
            })
    })
    .boxed();

    let case_clause = choice((
        just(Tok::Case).ignore_then(expr_list.clone()).map(Some),
        just(Tok::Default).to(None),
    ))
    .then(just(Tok::Colon).map_with(|_, e| sp(e.span())))
    .then(stmt_list.clone())
    .map_with(|((exprs, colon), body), e| CaseClause {
        exprs,
        span: clause_span(sp(e.span()), colon, &body),
        body,
        implicit: None,
    });
    let switch_stmt = just(Tok::Switch)
        .ignore_then(header_simple.clone().or_not())
        .then(semi.ignore_then(header_simple.clone().or_not()).or_not())
        .then(
            case_clause
                .repeated()
                .collect::<Vec<_>>()
                .delimited_by(just(Tok::LBrace), just(Tok::RBrace))
                .map_with(|c, e| (c, sp(e.span()))),
        )
        .validate(|((first, second), (mut body, braces)), e, emitter| {
            let (init, tag) = match second {
                Some(tag) => (first, tag),
                None => (None, first),
            };
            let init = init.map(Box::new);
            let span = sp(e.span());
            let guard = |x: &Expr| matches!(&x.kind, ExprKind::TypeAssert { ty: None, .. });
            let kind = match tag.map(|s| s.kind) {
                None => StmtKind::Switch {
                    init,
                    tag: None,
                    body,
                    braces,
                },
                Some(StmtKind::Expr(x)) if guard(&x) => StmtKind::TypeSwitch {
                    init,
                    bind: None,
                    x: unguard(x),
                    body,
                    braces,
                },
                Some(StmtKind::Assign {
                    mut lhs,
                    op: AssignOp::Define,
                    mut rhs,
                }) if lhs.len() == 1
                    && rhs.len() == 1
                    && guard(&rhs[0])
                    && ident_of(&lhs[0]).is_some() =>
                {
                    let bind = ident_of(&lhs.remove(0));
                    if let Some(b) = &bind {
                        for c in body.iter_mut() {
                            c.implicit = Some(Ident {
                                id: fresh(e.state()),
                                ..b.clone()
                            });
                        }
                    }
                    StmtKind::TypeSwitch {
                        init,
                        bind,
                        x: unguard(rhs.remove(0)),
                        body,
                        braces,
                    }
                }
                Some(StmtKind::Expr(x)) => StmtKind::Switch {
                    init,
                    tag: Some(x),
                    body,
                    braces,
                },
                Some(other) => {
                    let s = mk_stmt(other, span);
                    let x = header_cond(s, "switch", emitter, e.state());
                    StmtKind::Switch {
                        init,
                        tag: Some(x),
                        body,
                        braces,
                    }
                }
            };
            mk_stmt(kind, span)
        })
        .boxed();

    let comm_clause = choice((
        just(Tok::Case)
            .ignore_then(simple_stmt.clone())
            .validate(|s, _, emitter| {
                if !is_comm(&s) {
                    let at = SimpleSpan::from(s.span.lo as usize..s.span.hi as usize);
                    let msg = "select case must be send or receive (possibly with assignment)";
                    emitter.emit(Rich::custom(at, msg));
                }
                Some(Box::new(s))
            }),
        just(Tok::Default).to(None),
    ))
    .then(just(Tok::Colon).map_with(|_, e| sp(e.span())))
    .then(stmt_list.clone())
    .map_with(|((comm, colon), body), e| CommClause {
        comm,
        span: clause_span(sp(e.span()), colon, &body),
        body,
    });
    let select_stmt = just(Tok::Select)
        .ignore_then(
            comm_clause
                .repeated()
                .collect::<Vec<_>>()
                .delimited_by(just(Tok::LBrace), just(Tok::RBrace)),
        )
        .map_with(|body, e| mk_stmt(StmtKind::Select { body }, sp(e.span())));

    let for_stmt = just(Tok::For)
        .ignore_then(simple_nl.clone().or_not())
        .then(
            semi.ignore_then(expr_nl.clone().or_not())
                .then_ignore(semi)
                .then(header_simple.clone().or_not())
                .or_not(),
        )
        .then(block.clone().labelled("{ after for clause"))
        .validate(|((first, clauses), body), e, emitter| {
            let span = sp(e.span());
            let kind = match (first, clauses) {
                (
                    Some(Simple::Range {
                        key,
                        value,
                        define,
                        x,
                        ..
                    }),
                    None,
                ) => StmtKind::Range {
                    key,
                    value,
                    define,
                    x,
                    body,
                },
                (Some(Simple::Stmt(s)), None) => StmtKind::For {
                    init: None,
                    cond: Some(header_cond(s, "for loop", emitter, e.state())),
                    post: None,
                    body,
                },
                (None, None) => StmtKind::For {
                    init: None,
                    cond: None,
                    post: None,
                    body,
                },
                (init, Some((cond, post))) => {
                    let init = init.map(|s| simple_stmt_only(s, emitter));
                    StmtKind::For {
                        init: init.map(Box::new),
                        cond,
                        post: post.map(Box::new),
                        body,
                    }
                }
            };
            mk_stmt(kind, span)
        })
        .boxed();

    let label = ident.clone().or_not();
    let branch = choice((
        just(Tok::Break).to(BranchKind::Break).then(label.clone()),
        just(Tok::Continue).to(BranchKind::Continue).then(label),
        just(Tok::Goto)
            .to(BranchKind::Goto)
            .then(ident.clone().map(Some)),
        just(Tok::Fallthrough)
            .to(BranchKind::Fallthrough)
            .then(empty().to(None)),
    ))
    .map_with(|(kind, label), e| mk_stmt(StmtKind::Branch { kind, label }, sp(e.span())));

    stmt.define(nested(
        choice((
            const_decl
                .clone()
                .map_with(|s, e| mk_stmt(StmtKind::Const(s), sp(e.span()))),
            var_decl
                .clone()
                .map_with(|s, e| mk_stmt(StmtKind::Var(s), sp(e.span()))),
            type_decl
                .clone()
                .map_with(|s, e| mk_stmt(StmtKind::Type(s), sp(e.span()))),
            ident
                .clone()
                .then_ignore(just(Tok::Colon))
                .then(stmt.clone().or(empty_stmt))
                .map(|(l, s)| {
                    let span = Span::new(l.span.lo, s.span.hi);
                    mk_stmt(StmtKind::Labeled(l, Box::new(s)), span)
                }),
            just(Tok::Go)
                .ignore_then(expr.clone())
                .validate(|x, e, emitter| {
                    check_call("go", &x, emitter);
                    mk_stmt(StmtKind::Go(x), sp(e.span()))
                }),
            just(Tok::Defer)
                .ignore_then(expr.clone())
                .validate(|x, e, emitter| {
                    check_call("defer", &x, emitter);
                    mk_stmt(StmtKind::Defer(x), sp(e.span()))
                }),
            just(Tok::Return)
                .ignore_then(expr_list.clone().or_not())
                .map_with(|x, e| mk_stmt(StmtKind::Return(x.unwrap_or_default()), sp(e.span()))),
            branch,
            block.clone().map(|b| {
                let span = b.span;
                mk_stmt(StmtKind::Block(b), span)
            }),
            if_stmt,
            switch_stmt,
            select_stmt,
            for_stmt,
            simple_stmt,
        ))
        .labelled("statement")
        .boxed(),
    ));

    // ---- Files ----
    let func_decl = just(Tok::Func)
        .ignore_then(params.clone().or_not())
        .then(ident.clone())
        .then(
            tparams
                .clone()
                .or(just(Tok::LBrack)
                    .ignore_then(just(Tok::RBrack).map_with(|_, e| e.span()))
                    .validate(|at, _, emitter| {
                        emitter.emit(Rich::custom(at, "syntax error: empty type parameter list"));
                        Vec::new()
                    }))
                .or_not(),
        )
        .then(signature.clone())
        .then(block.clone().map(Some).or(no_brace.to(None)))
        .validate(|((((recv, name), tparams), ty), body), e, emitter| {
            let recv = recv.and_then(|mut r| {
                let names: usize = r.iter().map(|f| f.names.len().max(1)).sum();
                match names {
                    0 => emitter.emit(Rich::custom(e.span(), RECV_NONE)),
                    1 => {}
                    _ => emitter.emit(Rich::custom(e.span(), RECV_MULTI)),
                }
                (!r.is_empty()).then(|| r.remove(0))
            });
            let mut recv = recv;
            if let Some(r) = recv.as_mut() {
                name_blank_receiver_params(&mut r.ty);
            }
            FuncDecl {
                recv,
                name,
                tparams: tparams.unwrap_or_default(),
                ty,
                body,
                pragmas: Default::default(),
                span: sp(e.span()),
            }
        });
    let top_decl = choice((
        const_decl.map(Decl::Const),
        var_decl.map(Decl::Var),
        type_decl.map(Decl::Type),
        func_decl.map(Decl::Func),
    ))
    .labelled("declaration")
    .then_ignore(semi.labelled("after top level declaration"))
    .map(Some)
    .recover_with(via_parser(skip_declaration()));
    let import_name = just(Tok::Period)
        .map_with(|_, e| Ident {
            name: ".".into(),
            span: sp(e.span()),
            id: fresh(e.state()),
        })
        .or(ident.clone());
    let import_spec = import_name
        .or_not()
        .then(select! { Tok::Lit(LitKind::String, raw) => raw }.labelled("import path"))
        .map_with(|(name, raw), e| ImportSpec {
            name,
            path: String::from_utf8_lossy(&lit::unquote_string(raw).unwrap_or_default())
                .into_owned(),
            span: sp(e.span()),
        });
    let import_decl = just(Tok::Import).ignore_then(group(import_spec));
    just(Tok::Package)
        .ignore_then(ident.clone())
        .then_ignore(semi)
        .then(
            import_decl
                .then_ignore(semi)
                .repeated()
                .collect::<Vec<_>>()
                .map(|v| v.into_iter().flatten().collect::<Vec<_>>()),
        )
        .then(
            top_decl
                .repeated()
                .collect::<Vec<_>>()
                .map(|v| v.into_iter().flatten().collect::<Vec<_>>()),
        )
        .then_ignore(end())
        .map(|((package, imports), decls)| File {
            file: 0,
            package,
            imports,
            decls,
            directives: Vec::new(),
        })
}

/// Error recovery at the top level: skips a broken declaration up to the
/// next `const`/`func`/`import`/`type`/`var` outside any brackets.
fn skip_declaration<'src, I>() -> impl Parser<'src, I, Option<Decl>, Extra<'src>> + Clone
where
    I: ValueInput<'src, Token = Tok<'src>, Span = SimpleSpan>,
{
    let balanced = recursive(|balanced| {
        let inner = balanced.repeated();
        choice((
            inner
                .clone()
                .delimited_by(just(Tok::LParen), just(Tok::RParen)),
            inner
                .clone()
                .delimited_by(just(Tok::LBrack), just(Tok::RBrack)),
            inner.delimited_by(just(Tok::LBrace), just(Tok::RBrace)),
            none_of([
                Tok::LParen,
                Tok::LBrack,
                Tok::LBrace,
                Tok::RParen,
                Tok::RBrack,
                Tok::RBrace,
            ])
            .ignored(),
        ))
    });
    let decl_start = one_of([Tok::Const, Tok::Func, Tok::Import, Tok::Type, Tok::Var]);
    any()
        .then(balanced.and_is(decl_start.not()).repeated())
        .to(None)
}

/// In `type T[P *C] ...` and `type T[P *C | D] ...` the brackets could hold
/// an array length or a type parameter list. Like gc, read them as type
/// parameters when the part after the name can only be a type element.
fn looks_like_tparam(len: &Expr) -> bool {
    match &len.kind {
        ExprKind::Binary(BinOp::Mul, x, y) => {
            matches!(x.kind, ExprKind::Name(_)) && is_type_elem(y)
        }
        ExprKind::Binary(BinOp::Or, x, y) => {
            looks_like_tparam(x) || (is_type_elem(y) && has_leading_name_product(x))
        }
        ExprKind::Call {
            fun,
            args,
            ellipsis: None,
        } => matches!(fun.kind, ExprKind::Name(_)) && args.len() == 1 && is_type_elem(&args[0]),
        _ => false,
    }
}

/// `P * X` with a name on the left, as the first term of a union.
fn has_leading_name_product(x: &Expr) -> bool {
    match &x.kind {
        ExprKind::Binary(BinOp::Mul, n, _) => matches!(n.kind, ExprKind::Name(_)),
        ExprKind::Binary(BinOp::Or, l, _) => has_leading_name_product(l),
        ExprKind::Call {
            fun,
            args,
            ellipsis: None,
        } => matches!(fun.kind, ExprKind::Name(_)) && args.len() == 1,
        _ => false,
    }
}

/// An expression that can only be a type (or a type-set term).
fn is_type_elem(x: &Expr) -> bool {
    match &x.kind {
        ExprKind::ArrayType { .. }
        | ExprKind::SliceType(_)
        | ExprKind::StructType(_)
        | ExprKind::FuncType(_)
        | ExprKind::InterfaceType(_)
        | ExprKind::MapType(..)
        | ExprKind::ChanType(..)
        | ExprKind::Unary(UnOp::Tilde, _) => true,
        ExprKind::Binary(_, a, b) => is_type_elem(a) || is_type_elem(b),
        ExprKind::Paren(x) | ExprKind::Star(x) | ExprKind::Unary(_, x) => is_type_elem(x),
        _ => false,
    }
}

/// The operand of a `.(type)` guard.
fn unguard(x: Expr) -> Expr {
    match x.kind {
        ExprKind::TypeAssert { x, ty: None } => *x,
        kind => Expr { kind, ..x },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(src: &str) -> (File, Vec<String>) {
        let mut sources = SourceMap::default();
        let f = sources.add("x.go".into(), src.into());
        let mut next = 0;
        let (file, diags) = parse_file(&sources, f, &mut next);
        (file, diags.iter().map(|d| d.render(&sources)).collect())
    }

    fn ok(src: &str) -> File {
        let (f, errs) = parse(src);
        assert!(errs.is_empty(), "{src}\n{errs:?}");
        f
    }

    /// The first error of `src`, without the file name.
    fn err(src: &str) -> String {
        let (_, errs) = parse(src);
        let e = errs.first().cloned().unwrap_or_default();
        e.strip_prefix("x.go:").unwrap_or(&e).to_string()
    }

    /// A compact rendering of an expression tree.
    fn sx(e: &Expr) -> String {
        use ExprKind::*;
        let opt = |o: &Option<Box<Expr>>| o.as_deref().map_or("_".to_string(), sx);
        let list = |v: &[Expr]| v.iter().map(sx).collect::<Vec<_>>().join(" ");
        match &e.kind {
            Name(n) => n.clone(),
            BasicLit { raw, .. } => raw.clone(),
            CompositeLit { ty, elts, .. } => {
                let elts: Vec<String> = elts
                    .iter()
                    .map(|el| match &el.key {
                        Some(k) => format!("{}:{}", sx(k), sx(&el.value)),
                        None => sx(&el.value),
                    })
                    .collect();
                format!("(lit {} {})", opt(ty), elts.join(" "))
            }
            FuncLit { ty, body } => format!("(funclit {} {})", ft(ty), body.stmts.len()),
            Paren(x) => format!("(paren {})", sx(x)),
            Selector(x, sel) => format!("(. {} {})", sx(x), sel.name),
            Index(x, idx) => format!("(index {} {})", sx(x), list(idx)),
            Slice {
                x,
                lo,
                hi,
                max,
                three,
            } => {
                format!(
                    "(slice{} {} {} {} {})",
                    if *three { "3" } else { "" },
                    sx(x),
                    opt(lo),
                    opt(hi),
                    opt(max)
                )
            }
            TypeAssert { x, ty } => format!(
                "(assert {} {})",
                sx(x),
                ty.as_deref().map_or("type".into(), sx)
            ),
            Call {
                fun,
                args,
                ellipsis,
            } => {
                format!(
                    "(call {} {}{})",
                    sx(fun),
                    list(args),
                    if ellipsis.is_some() { "..." } else { "" }
                )
            }
            Star(x) => format!("(* {})", sx(x)),
            Unary(op, x) => format!("({op:?} {})", sx(x)),
            Binary(op, x, y) => format!("({} {} {})", op.as_str(), sx(x), sx(y)),
            ArrayType { len, elem } => format!("(array {} {})", sx(len), sx(elem)),
            SliceType(x) => format!("([] {})", sx(x)),
            Ellipsis(x) => format!("(... {})", opt(x)),
            StructType(fields) => format!("(struct {})", fields_sx(fields)),
            FuncType(f) => ft(f),
            InterfaceType(elems) => {
                let elems: Vec<String> = elems
                    .iter()
                    .map(|el| match el {
                        InterfaceElem::Method { name, ty } => format!("{}{}", name.name, ft(ty)),
                        InterfaceElem::Embed(x) => sx(x),
                    })
                    .collect();
                format!("(interface {})", elems.join("; "))
            }
            MapType(k, v) => format!("(map {} {})", sx(k), sx(v)),
            ChanType(dir, x) => format!("(chan{dir:?} {})", sx(x)),
            Bad => "BAD".into(),
        }
    }

    fn fields_sx(fields: &[Field]) -> String {
        let f: Vec<String> = fields
            .iter()
            .map(|f| {
                let names: Vec<&str> = f.names.iter().map(|n| n.name.as_str()).collect();
                let tag = f.tag.as_ref().map_or(String::new(), |t| format!(" `{t}`"));
                format!(
                    "{}{}{tag}",
                    names.iter().map(|n| format!("{n} ")).collect::<String>(),
                    sx(&f.ty)
                )
            })
            .collect();
        f.join(", ")
    }

    fn ft(f: &FuncType) -> String {
        format!(
            "(func ({}) ({}))",
            fields_sx(&f.params),
            fields_sx(&f.results)
        )
    }

    /// Parses `src` as the initialiser of a package-level variable.
    fn expr(src: &str) -> String {
        let f = ok(&format!("package p\nvar _ = {src}\n"));
        match &f.decls[0] {
            Decl::Var(v) => sx(&v[0].values[0]),
            _ => unreachable!(),
        }
    }

    /// Parses `src` as the statements of a function body.
    fn stmts(src: &str) -> Vec<Stmt> {
        let f = ok(&format!("package p\nfunc f() {{\n{src}\n}}\n"));
        match &f.decls[0] {
            Decl::Func(fd) => fd.body.clone().map(|b| b.stmts).unwrap_or_default(),
            _ => unreachable!(),
        }
    }

    fn ty_of(src: &str) -> String {
        let f = ok(&format!("package p\ntype {src}\n"));
        match &f.decls[0] {
            Decl::Type(specs) => {
                let s = &specs[0];
                let tp = if s.tparams.is_empty() {
                    String::new()
                } else {
                    format!("[{}] ", fields_sx(&s.tparams))
                };
                format!("{}{}{}", tp, if s.alias { "= " } else { "" }, sx(&s.ty))
            }
            _ => unreachable!(),
        }
    }

    #[test]
    fn ordinary_program() {
        let f = ok(r#"package main

import (
	"fmt"
	str "strings"
)

type point struct {
	x, y int
}

func (p *point) add(q point) point { return point{p.x + q.x, p.y + q.y} }

func main() {
	s := []int{1, 2, 3}
	for i, v := range s {
		if v%2 == 0 && i > 0 {
			fmt.Println(i, v)
		} else if v > 2 {
			continue
		}
	}
	m := map[string]int{"a": 1}
	m["b"]++
	x := 1 + 2*3
	switch {
	case x > 3:
		fmt.Println(str.Repeat("x", x))
	default:
	}
}
"#);
        assert_eq!(f.package.name, "main");
        assert_eq!(f.imports.len(), 2);
        assert_eq!(f.decls.len(), 3);
    }

    #[test]
    fn blank_receiver_type_parameters_get_names_of_their_own() {
        let f = ok("package p\nfunc (p *Pair[_, V, _]) F() {}\nfunc (q Q[_]) G() {}\n");
        let recv = |i: usize| match &f.decls[i] {
            Decl::Func(d) => sx(&d.recv.as_ref().unwrap().ty),
            _ => panic!(),
        };
        let (r0, r1) = (recv(0), recv(1));
        assert!(
            r0.contains("_·0") && r0.contains(" V ") && r0.contains("_·2"),
            "{r0}"
        );
        assert!(r1.contains("_·0"), "{r1}");
    }

    #[test]
    fn parenthesised_receives_are_select_cases() {
        ok("package p\nfunc f(c chan int) {\n\tselect {\n\tcase x := (<-c):\n\t\t_ = x\n\tcase (<-c):\n\t}\n}\n");
    }

    #[test]
    fn imports() {
        let f = ok(
            "package p\nimport \"a\"\nimport (\n\tb \"x/b\"\n\t. \"c\"\n\t_ \"d\"\n)\nimport ()\n",
        );
        let got: Vec<(Option<&str>, &str)> = f
            .imports
            .iter()
            .map(|i| (i.name.as_ref().map(|n| n.name.as_str()), i.path.as_str()))
            .collect();
        assert_eq!(
            got,
            [
                (None, "a"),
                (Some("b"), "x/b"),
                (Some("."), "c"),
                (Some("_"), "d")
            ]
        );
    }

    #[test]
    fn const_groups_number_iota_and_repeat() {
        let f = ok("package p\nconst (\n\ta, b = iota, iota * 2\n\tc, d\n\t_\n\te int = 5\n)\nconst x = 1\n");
        let Decl::Const(specs) = &f.decls[0] else {
            panic!()
        };
        let got: Vec<(usize, u32, usize, bool)> = specs
            .iter()
            .map(|s| (s.names.len(), s.iota, s.values.len(), s.ty.is_some()))
            .collect();
        assert_eq!(
            got,
            [
                (2, 0, 2, false),
                (2, 1, 0, false),
                (1, 2, 0, false),
                (1, 3, 1, true)
            ]
        );
        assert!(matches!(&f.decls[1], Decl::Const(s) if s.len() == 1 && s[0].iota == 0));
    }

    #[test]
    fn var_forms() {
        let f =
            ok("package p\nvar a int\nvar b, c = 1, 2\nvar (\n\td []string = nil\n\te = f()\n)\n");
        let specs: Vec<&VarSpec> = f
            .decls
            .iter()
            .flat_map(|d| match d {
                Decl::Var(v) => v.iter(),
                _ => unreachable!(),
            })
            .collect();
        let got: Vec<(usize, bool, usize)> = specs
            .iter()
            .map(|s| (s.names.len(), s.ty.is_some(), s.values.len()))
            .collect();
        assert_eq!(
            got,
            [(1, true, 0), (2, false, 2), (1, true, 1), (1, false, 1)]
        );
    }

    #[test]
    fn type_declarations() {
        assert_eq!(ty_of("A = map[string][]*T"), "= (map string ([] (* T)))");
        assert_eq!(ty_of("A [N]int"), "(array N int)");
        assert_eq!(ty_of("A [N * M]int"), "(array (* N M) int)");
        assert_eq!(ty_of("A [...]int"), "(array (... _) int)");
        assert_eq!(
            ty_of("L[T any] struct{ next *L[T] }"),
            "[T any] (struct next (* (index L T)))"
        );
        assert_eq!(
            ty_of("M[K comparable, V any] map[K]V"),
            "[K comparable, V any] (map K V)"
        );
        assert_eq!(
            ty_of("S[E ~[]int | ~string] []E"),
            "[E (| (Tilde ([] int)) (Tilde string))] ([] E)"
        );
        assert_eq!(ty_of("P[T *C,] T"), "[T (* C)] T");
        assert_eq!(ty_of("P[T *struct{}] T"), "[T (* (struct ))] T");
        assert_eq!(ty_of("P[T *C | []int] T"), "[T (| (* C) ([] int))] T");
        assert_eq!(ty_of("P[T (*C)] T"), "(array (call T (* C)) T)");
        assert_eq!(ty_of("P[T *C | D] T"), "(array (| (* T C) D) T)");
        assert_eq!(ty_of("A[T any] = []T"), "[T any] = ([] T)");
        assert_eq!(
            ty_of("S struct {\n\ta, b int `json:\"a\"`\n\tio.Reader\n\t*T\n\tG[int]\n\t*G[int]\n\tc [4]int\n}"),
            "(struct a b int `json:\"a\"`, (. io Reader), (* T), (index G int), (* (index G int)), c (array 4 int))"
        );
        assert_eq!(
            ty_of("I interface {\n\tM(int) (string, error)\n\tfmt.Stringer\n\t~int | float64\n}"),
            "(interface M(func (int) (string, error)); (. fmt Stringer); (| (Tilde int) float64))"
        );
        assert_eq!(
            ty_of("C chan<- <-chan chan int"),
            "(chanSend (chanRecv (chanBoth int)))"
        );
        assert_eq!(
            ty_of("F func(a, b int, c ...string) (n int, err error)"),
            "(func (a b int, c (... string)) (n int, err error))"
        );
        assert_eq!(
            ty_of("F func(int, *T, ...[]byte) error"),
            "(func (int, (* T), (... ([] byte))) (error))"
        );
        assert_eq!(
            ty_of("F func(a [4]int, b G[int])"),
            "(func (a (array 4 int), b (index G int)) ())"
        );
        assert_eq!(
            ty_of("F func(G[int], m.T[K, V])"),
            "(func ((index G int), (index (. m T) K V)) ())"
        );
        assert_eq!(
            ty_of("F func(G[func(H[int])])"),
            "(func ((index G (func ((index H int)) ()))) ())"
        );
        assert_eq!(
            ty_of("F func(a, b []int, c map[K]V)"),
            "(func (a b ([] int), c (map K V)) ())"
        );
    }

    #[test]
    fn function_declarations() {
        let f = ok("package p\nfunc (r *R[T]) M(x int) {}\nfunc G[T any, U interface{ ~int }](t T) U\nfunc V(xs ...int) (a, b int) { return }\n");
        let fds: Vec<&FuncDecl> = f
            .decls
            .iter()
            .map(|d| match d {
                Decl::Func(fd) => fd,
                _ => unreachable!(),
            })
            .collect();
        let recv = fds[0].recv.as_ref().unwrap();
        assert_eq!(
            (recv.names[0].name.as_str(), sx(&recv.ty)),
            ("r", "(* (index R T))".into())
        );
        assert_eq!(fds[1].tparams.len(), 2);
        assert!(fds[1].body.is_none());
        assert_eq!(ft(&fds[2].ty), "(func (xs (... int)) (a b int))");
    }

    #[test]
    fn receiver_counts_are_reported() {
        assert_eq!(
            err("package p\nfunc () f() {}\n"),
            "2:1: method has no receiver"
        );
        assert_eq!(
            err("package p\nfunc (a, b T) f() {}\n"),
            "2:1: method has multiple receivers"
        );
    }

    #[test]
    fn expressions_and_precedence() {
        assert_eq!(expr("1 + 2*3 - 4"), "(- (+ 1 (* 2 3)) 4)");
        assert_eq!(expr("a || b && c == d"), "(|| a (&& b (== c d)))");
        assert_eq!(expr("-x.y[1]"), "(Neg (index (. x y) 1))");
        assert_eq!(expr("*p++"[..2].to_string().as_str()), "(* p)");
        assert_eq!(expr("<-ch"), "(Recv ch)");
        assert_eq!(expr("&T{1, 2}"), "(Addr (lit T 1 2))");
        assert_eq!(expr("a &^ b << 2 | c"), "(| (<< (&^ a b) 2) c)");
        assert_eq!(expr("f(a, b...)"), "(call f a b...)");
        assert_eq!(expr("f(a,\n)"), "(call f a)");
        assert_eq!(expr("x.(T)"), "(assert x T)");
        assert_eq!(expr("x.(*pkg.T)"), "(assert x (* (. pkg T)))");
        assert_eq!(expr("s[1:]"), "(slice s 1 _ _)");
        assert_eq!(expr("s[:]"), "(slice s _ _ _)");
        assert_eq!(expr("s[a:b:c]"), "(slice3 s a b c)");
        assert_eq!(expr("f[int]"), "(index f int)");
        assert_eq!(expr("m[K, V]"), "(index m K V)");
        assert_eq!(expr("T[int]{}"), "(lit (index T int) )");
        assert_eq!(expr("[]byte(s)"), "(call ([] byte) s)");
        assert_eq!(expr("(*T)(p)"), "(call (paren (* T)) p)");
        assert_eq!(expr("(<-chan int)(c)"), "(call (paren (chanRecv int)) c)");
        assert_eq!(
            expr("func(x int) int { return x }(1)"),
            "(call (funclit (func (x int) (int)) 1) 1)"
        );
        assert_eq!(
            expr("make(map[string]chan<- int, 3)"),
            "(call make (map string (chanSend int)) 3)"
        );
        assert_eq!(expr("new(struct{})"), "(call new (struct ))");
        assert_eq!(expr("interface{}(nil)"), "(call (interface ) nil)");
        assert_eq!(expr("'a' + 0x1p-2 + 1i"), "(+ (+ 'a' 0x1p-2) 1i)");
    }

    #[test]
    fn composite_literals() {
        assert_eq!(
            expr("[]T{{1, 2}, {3}}"),
            "(lit ([] T) (lit _ 1 2) (lit _ 3))"
        );
        assert_eq!(
            expr("map[string][]int{\"a\": {1}, \"b\": nil}"),
            "(lit (map string ([] int)) \"a\":(lit _ 1) \"b\":nil)"
        );
        assert_eq!(
            expr("[...]int{1, 5: 2,}"),
            "(lit (array (... _) int) 1 5:2)"
        );
        assert_eq!(expr("struct{ a int }{a: 1}"), "(lit (struct a int) a:1)");
        assert_eq!(expr("pkg.T{X: 1}"), "(lit (. pkg T) X:1)");
        assert_eq!(
            expr("map[P]Q{{1, 2}: {3}}"),
            "(lit (map P Q) (lit _ 1 2):(lit _ 3))"
        );
    }

    #[test]
    fn composite_literal_restriction_in_headers() {
        let s = stmts("if x == T {\n}\nfor _, v := range []T{{1}} {\n}\nif x == (T{}) {\n}\nswitch (T{}) {\n}\nfor x := range f(T{}) {\n}");
        let StmtKind::If { cond, then, .. } = &s[0].kind else {
            panic!()
        };
        assert_eq!((sx(cond), then.stmts.len()), ("(== x T)".into(), 0));
        let StmtKind::Range { x, .. } = &s[1].kind else {
            panic!()
        };
        assert_eq!(sx(x), "(lit ([] T) (lit _ 1))");
        let StmtKind::If { cond, .. } = &s[2].kind else {
            panic!()
        };
        assert_eq!(sx(cond), "(== x (paren (lit T )))");
        assert!(matches!(&s[3].kind, StmtKind::Switch { tag: Some(_), .. }));
        assert!(matches!(&s[4].kind, StmtKind::Range { .. }));
    }

    #[test]
    fn simple_statements() {
        let s = stmts("x := 1\na, b = b, a\nx += 2\nx <<= 1\ni++\nj--\nch <- v\nf()\n<-ch\n_ = x");
        let kinds: Vec<String> = s
            .iter()
            .map(|s| match &s.kind {
                StmtKind::Assign { lhs, op, rhs } => format!("{op:?} {} {}", lhs.len(), rhs.len()),
                StmtKind::IncDec { inc, .. } => format!("incdec {inc}"),
                StmtKind::Send(c, v) => format!("send {} {}", sx(c), sx(v)),
                StmtKind::Expr(e) => format!("expr {}", sx(e)),
                k => format!("{k:?}"),
            })
            .collect();
        assert_eq!(
            kinds,
            [
                "Define 1 1",
                "Assign 2 2",
                "Op(Add) 1 1",
                "Op(Shl) 1 1",
                "incdec true",
                "incdec false",
                "send ch v",
                "expr (call f )",
                "expr (Recv ch)",
                "Assign 1 1"
            ]
        );
    }

    #[test]
    fn control_flow_statements() {
        let s = stmts(
            "outer:\n\tfor i := 0; i < 10; i++ {\n\t\tbreak outer\n\t}\n\
             for {\n\t\tcontinue\n\t}\n\
             for x < 3 {\n\t}\n\
             for ;; {\n\t}\n\
             for range 10 {\n\t}\n\
             for i := range 10 {\n\t}\n\
             for k, v = range m {\n\t}\n\
             goto done\n\
             done:\n\
             if x := f(); x > 0 {\n\t} else {\n\t}\n\
             go f()\n\
             defer g()\n\
             return",
        );
        assert!(
            matches!(&s[0].kind, StmtKind::Labeled(l, b) if l.name == "outer" && matches!(b.kind, StmtKind::For { init: Some(_), cond: Some(_), post: Some(_), .. }))
        );
        assert!(matches!(
            &s[1].kind,
            StmtKind::For {
                init: None,
                cond: None,
                post: None,
                ..
            }
        ));
        assert!(matches!(
            &s[2].kind,
            StmtKind::For {
                init: None,
                cond: Some(_),
                post: None,
                ..
            }
        ));
        assert!(matches!(
            &s[3].kind,
            StmtKind::For {
                init: None,
                cond: None,
                post: None,
                ..
            }
        ));
        assert!(matches!(
            &s[4].kind,
            StmtKind::Range {
                key: None,
                value: None,
                define: false,
                ..
            }
        ));
        assert!(matches!(
            &s[5].kind,
            StmtKind::Range {
                key: Some(_),
                value: None,
                define: true,
                ..
            }
        ));
        assert!(matches!(
            &s[6].kind,
            StmtKind::Range {
                key: Some(_),
                value: Some(_),
                define: false,
                ..
            }
        ));
        assert!(matches!(
            &s[7].kind,
            StmtKind::Branch {
                kind: BranchKind::Goto,
                label: Some(_)
            }
        ));
        assert!(
            matches!(&s[8].kind, StmtKind::Labeled(_, b) if matches!(b.kind, StmtKind::If { init: Some(_), els: Some(_), .. }))
        );
        assert!(matches!(&s[9].kind, StmtKind::Go(_)));
        assert!(matches!(&s[10].kind, StmtKind::Defer(_)));
        assert!(matches!(&s[11].kind, StmtKind::Return(v) if v.is_empty()));
    }

    #[test]
    fn switches() {
        let s = stmts(
            "switch x := f(); x {\ncase 1, 2:\n\tfallthrough\ncase 3:\ndefault:\n}\n\
             switch v := y.(type) {\ncase int, []string:\ncase nil:\n}\n\
             switch y.(type) {\n}\n\
             switch {\ncase a > b:\n}",
        );
        let StmtKind::Switch {
            init: Some(_),
            tag: Some(t),
            body,
            ..
        } = &s[0].kind
        else {
            panic!()
        };
        assert_eq!(
            (sx(t), body.len(), body[2].exprs.is_none()),
            ("x".into(), 3, true)
        );
        assert!(matches!(
            body[0].body[0].kind,
            StmtKind::Branch {
                kind: BranchKind::Fallthrough,
                ..
            }
        ));
        let StmtKind::TypeSwitch {
            bind: Some(b),
            x,
            body,
            ..
        } = &s[1].kind
        else {
            panic!()
        };
        assert_eq!((b.name.as_str(), sx(x)), ("v", "y".into()));
        let implicit: Vec<_> = body
            .iter()
            .map(|c| c.implicit.as_ref().map(|i| i.name.clone()))
            .collect();
        assert_eq!(implicit, [Some("v".into()), Some("v".into())]);
        assert_ne!(
            body[0].implicit.as_ref().unwrap().id,
            body[1].implicit.as_ref().unwrap().id
        );
        assert_eq!(sx(&body[0].exprs.as_ref().unwrap()[1]), "([] string)");
        assert!(matches!(
            &s[2].kind,
            StmtKind::TypeSwitch { bind: None, .. }
        ));
        assert!(matches!(
            &s[3].kind,
            StmtKind::Switch {
                init: None,
                tag: None,
                ..
            }
        ));
    }

    #[test]
    fn selects() {
        let s = stmts("select {\ncase v := <-a:\n\tuse(v)\ncase v, ok = <-b:\ncase c <- 1:\ncase <-d:\ndefault:\n}");
        let StmtKind::Select { body } = &s[0].kind else {
            panic!()
        };
        let comms: Vec<String> = body
            .iter()
            .map(|c| match c.comm.as_deref().map(|s| &s.kind) {
                None => "default".into(),
                Some(StmtKind::Assign { op, .. }) => format!("{op:?}"),
                Some(StmtKind::Send(..)) => "send".into(),
                Some(StmtKind::Expr(e)) => sx(e),
                Some(k) => format!("{k:?}"),
            })
            .collect();
        assert_eq!(comms, ["Define", "Assign", "send", "(Recv d)", "default"]);
        assert_eq!(body[0].body.len(), 1);
    }

    #[test]
    fn local_declarations_and_blocks() {
        let s = stmts("const c = 1\nvar v int\ntype t struct{}\n{\n\tx := 1\n\t_ = x\n}\n;;\nL:\n");
        assert!(matches!(s[0].kind, StmtKind::Const(_)));
        assert!(matches!(s[1].kind, StmtKind::Var(_)));
        assert!(matches!(s[2].kind, StmtKind::Type(_)));
        assert!(matches!(&s[3].kind, StmtKind::Block(b) if b.stmts.len() == 2));
        assert!(matches!(&s[4].kind, StmtKind::Labeled(_, b) if matches!(b.kind, StmtKind::Empty)));
        assert_eq!(s.len(), 5);
    }

    #[test]
    fn spans_cover_source_text() {
        let src = "package p\nvar _ = f(a, b[1:2]) + 3\n";
        let f = ok(src);
        let Decl::Var(v) = &f.decls[0] else { panic!() };
        let e = &v[0].values[0];
        assert_eq!(
            &src[e.span.lo as usize..e.span.hi as usize],
            "f(a, b[1:2]) + 3"
        );
        let ExprKind::Binary(_, call, _) = &e.kind else {
            panic!()
        };
        assert_eq!(
            &src[call.span.lo as usize..call.span.hi as usize],
            "f(a, b[1:2])"
        );
        assert_eq!(
            &src[v[0].span.lo as usize..v[0].span.hi as usize],
            "_ = f(a, b[1:2]) + 3"
        );
        let f = ok("package p\nfunc f() {\n\tif x {\n\t}\n}\n");
        let Decl::Func(fd) = &f.decls[0] else {
            panic!()
        };
        let body = fd.body.as_ref().unwrap();
        assert_eq!((body.span.lo, body.span.hi), (19, 33));
    }

    #[test]
    fn node_ids_are_unique_and_continue_the_counter() {
        let mut sources = SourceMap::default();
        let a = sources.add(
            "a.go".into(),
            "package p\nvar x, y = f(1), g[int]{2}\n".into(),
        );
        let b = sources.add("b.go".into(), "package p\nfunc h(a int) { a++ }\n".into());
        let mut next = 100;
        let (fa, _) = parse_file(&sources, a, &mut next);
        let after_a = next;
        let (fb, _) = parse_file(&sources, b, &mut next);
        assert!(after_a > 100 && next > after_a);
        let mut ids = Vec::new();
        let Decl::Var(v) = &fa.decls[0] else { panic!() };
        ids.extend(v[0].names.iter().map(|n| n.id));
        fn walk(e: &Expr, ids: &mut Vec<NodeId>) {
            ids.push(e.id);
            match &e.kind {
                ExprKind::Call { fun, args, .. } => {
                    walk(fun, ids);
                    args.iter().for_each(|a| walk(a, ids));
                }
                ExprKind::CompositeLit { ty, elts, .. } => {
                    ty.iter().for_each(|t| walk(t, ids));
                    elts.iter().for_each(|el| walk(&el.value, ids));
                }
                ExprKind::Index(x, idx) => {
                    walk(x, ids);
                    idx.iter().for_each(|a| walk(a, ids));
                }
                _ => {}
            }
        }
        v[0].values.iter().for_each(|e| walk(e, &mut ids));
        let Decl::Func(fd) = &fb.decls[0] else {
            panic!()
        };
        ids.push(fd.name.id);
        ids.push(fd.ty.params[0].names[0].id);
        assert_eq!(ids.len(), 12);
        assert!(ids.iter().all(|id| id.0 >= 100 && id.0 < next));
        let mut sorted = ids.clone();
        sorted.sort();
        sorted.dedup();
        assert_eq!(sorted.len(), ids.len());
    }

    #[test]
    fn syntax_errors_read_like_gc() {
        let cases = [
            ("func main() { f(1, 2\n}", "2:21: syntax error: unexpected newline in argument list; possibly missing comma or )"),
            ("x := 1", "2:1: syntax error: non-declaration statement outside function body"),
            ("func main() { x := }", "2:20: syntax error: unexpected }, expected expression"),
            ("func main() { if x { }", "3:1: syntax error: unexpected EOF, expected }"),
            ("func main() { a b }", "2:17: syntax error: unexpected name b at end of statement"),
            ("var x = [3]int{1,2\n", "2:19: syntax error: unexpected newline in composite literal; possibly missing comma or }"),
            ("func f( { }", "2:9: syntax error: unexpected {, expected )"),
            ("type T struct { a int b int }", "2:23: syntax error: unexpected name b in struct type; possibly missing semicolon or newline or }"),
            ("func main() { x = = 2 }", "2:19: syntax error: unexpected =, expected expression"),
            ("func main() { f(a b) }", "2:19: syntax error: unexpected name b in argument list; possibly missing comma or )"),
            ("func main() { x := 1; }; }", "2:26: syntax error: non-declaration statement outside function body"),
            ("func main() { else {} }", "2:15: syntax error: unexpected keyword else, expected }"),
            ("func f() { return 1,\n}", "3:1: syntax error: unexpected }, expected expression"),
            ("func main() { goto }", "2:20: syntax error: unexpected }, expected name"),
            ("func main() { go 1 }", "2:18: expression in go must be function call"),
            ("func main() { var x int = 1 2 }", "2:29: syntax error: unexpected literal 2 at end of statement"),
            ("func main() { f(,) }", "2:17: syntax error: unexpected comma, expected expression"),
            ("func main() { a := b c }", "2:22: syntax error: unexpected name c at end of statement"),
            ("func main() { if x { } else if { } }", "2:32: syntax error: missing condition in if statement"),
            ("func main() { if x := 1; { } }", "2:24: syntax error: missing condition in if statement"),
            ("func f() int\n{\n}", "3:1: syntax error: unexpected semicolon or newline before {"),
            ("func main() { x := T{a: 1,, } }", "2:27: syntax error: unexpected comma, expected expression"),
            ("func main() { select { case x: } }", "2:29: select case must be send or receive (possibly with assignment)"),
            ("func main() { } }", "2:17: syntax error: unexpected } after top level declaration"),
            ("func g[](x T) {}", "2:8: syntax error: empty type parameter list"),
            ("func main() { x := T[] }", "2:22: syntax error: unexpected ], expected operand"),
            ("func main() { m := T{\n\t1: 1\n} }", "3:6: syntax error: unexpected newline in composite literal; possibly missing comma or }"),
            ("func main() { for x := 1 {} }", "2:21: syntax error: cannot use x := 1 as value"),
            ("func main() { if x = 1 {} }", "2:20: syntax error: cannot use assignment x = 1 as value"),
            ("func main() { if x++ {} }", "2:19: syntax error: cannot use x++ as value"),
            ("func main() { _ = s[1:2:] }", "2:25: final index required in 3-index slice"),
            ("func main() { _ = s[1::3] }", "2:23: middle index required in 3-index slice"),
            ("func main() { defer (f()) }", "2:21: expression in defer must not be parenthesized"),
        ];
        for (src, want) in cases {
            assert_eq!(err(&format!("package main\n{src}\n")), want, "{src}");
        }
    }

    #[test]
    fn errors_still_give_a_tree_and_never_panic() {
        let (f, errs) = parse("package p\nfunc f() {}\nfunc g( {}\n");
        assert_eq!(errs.len(), 1);
        assert_eq!(f.package.name, "p");
        for src in [
            "",
            "package",
            "package p; func",
            "package p\nvar x = ((((",
            "}}}",
            "package p\nfunc f() { x := [",
            "\u{feff}package p\n@",
        ] {
            let _ = parse(src);
        }
        let parens = |n| format!("package p\nvar x = {}1{}\n", "(".repeat(n), ")".repeat(n));
        assert_eq!(
            err(&parens(MAX_NESTING + 1)),
            format!("2:{}: syntax error: nesting too deep", MAX_NESTING + 9)
        );
        ok(&parens(5000));
        for chain in ["*", "[]", "chan ", "map[int]", "func() ", "<-chan "] {
            ok(&format!("package p\nvar x {}int\n", chain.repeat(5000)));
        }
    }

    #[test]
    fn lexer_errors_are_reported_first() {
        assert_eq!(err("package p\nvar s = \"abc\n"), "2:13: newline in string");
        let (_, errs) = parse("package p\nfunc f() {\n\tx := 1 @ 2\n\ty := \"a\n}\n");
        assert_eq!(
            errs,
            [
                "x.go:3:9: invalid character U+0040 '@'",
                "x.go:4:9: newline in string",
                "x.go:3:11: syntax error: unexpected literal 2 at end of statement"
            ]
        );
    }

    #[test]
    fn checks_on_well_formed_input_are_all_reported() {
        let (_, errs) = parse("package p\nfunc f() {\n\tgo 1\n\tdefer 2\n\t_ = s[1:2:]\n}\n");
        assert_eq!(errs.len(), 3, "{errs:?}");
    }
}
