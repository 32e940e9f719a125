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
use super::lexer::{lex, SemiKind, Tok};
use super::lit;
use super::source::SourceMap;
use crate::diag::Diagnostic;
use chumsky::error::RichPattern;
use chumsky::input::ValueInput;
use chumsky::prelude::*;

type State = extra::SimpleState<u32>;
type Extra<'src> = extra::Full<Rich<'src, Tok<'src>, SimpleSpan>, State, ()>;
type BoxedP<'src, I, O> = Boxed<'src, 'src, I, O, Extra<'src>>;

/// Parses file `file` of `sources`, numbering nodes from `*next_id`.
pub fn parse_file(sources: &SourceMap, file: u32, next_id: &mut u32) -> (File, Vec<Diagnostic>) {
    let text = &sources.file(file).text;
    let (toks, mut diags) = lex(text, file);
    let toks: Vec<(Tok, SimpleSpan)> = toks
        .into_iter()
        .map(|(t, s)| (t, SimpleSpan::from(s.lo as usize..s.hi as usize)))
        .collect();
    let eoi = SimpleSpan::from(text.len()..text.len());
    let input = toks.as_slice().map(eoi, |(t, s)| (t, s));
    let mut state = extra::SimpleState(*next_id);
    let (out, errs) = file_parser()
        .parse_with_state(input, &mut state)
        .into_output_errors();
    *next_id = state.0;
    let mut reported_syntax_error = !diags.is_empty();
    for err in &errs {
        let msg = message(err);
        let is_syntax = msg != RECV_NONE && msg != RECV_MULTI;
        if is_syntax && std::mem::replace(&mut reported_syntax_error, true) {
            continue;
        }
        diags.push(Diagnostic::new(file, sp(*err.span()), msg));
    }
    let file_ast = out.unwrap_or_else(|| File {
        file,
        package: Ident {
            name: String::new(),
            span: Span::default(),
            id: fresh(&mut state),
        },
        imports: Vec::new(),
        decls: Vec::new(),
    });
    *next_id = (*next_id).max(state.0);
    (File { file, ..file_ast }, diags)
}

/// The two checks gc's type checker makes on receiver lists, reported here
/// because the AST holds at most one receiver; they are not syntax errors.
pub const RECV_NONE: &str = "method has no receiver";
pub const RECV_MULTI: &str = "method has multiple receivers";

fn sp(s: SimpleSpan) -> Span {
    Span::new(s.start as u32, s.end as u32)
}

fn fresh(st: &mut State) -> NodeId {
    let id = st.0;
    st.0 += 1;
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
fn message(err: &Rich<'_, Tok<'_>, SimpleSpan>) -> String {
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
    let has = |t: Tok| toks.contains(&t);
    let has_label = |l: &str| labels.iter().any(|x| x == l);
    let semi = toks.iter().any(|t| matches!(t, Tok::Semi(_))) || has_label("semicolon");
    if has_label("declaration") && err.found().is_some() {
        return "syntax error: non-declaration statement outside function body".into();
    }
    if has_label("expression") && !has(Tok::RParen) && !has(Tok::RBrace) && !has(Tok::RBrack) {
        return format!("syntax error: unexpected {found}, expected expression");
    }
    let context = if has(Tok::Comma) && has(Tok::RParen) {
        Some("argument list; possibly missing comma or )")
    } else if has(Tok::Comma) && has(Tok::RBrace) {
        Some("composite literal; possibly missing comma or }")
    } else if has_label("field") {
        Some("struct type; possibly missing semicolon or newline or }")
    } else {
        None
    };
    if let Some(c) = context {
        return format!("syntax error: unexpected {found} in {c}");
    }
    if semi && has(Tok::RBrace) || has_label("statement end") {
        return format!("syntax error: unexpected {found} at end of statement");
    }
    let wanted = if has_label("name") {
        Some("name".to_string())
    } else if has(Tok::RBrace) {
        Some("}".into())
    } else if has(Tok::RParen) {
        Some(")".into())
    } else if has(Tok::RBrack) {
        Some("]".into())
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
                StmtKind::Assign {
                    op: AssignOp::Define,
                    ..
                }
                | StmtKind::Assign {
                    op: AssignOp::Assign,
                    ..
                } => {
                    format!("syntax error: cannot use assignment as value (missing condition in {what}?)")
                }
                _ => format!("syntax error: missing condition in {what}"),
            };
            emitter.emit(Rich::custom(at, msg));
            mk(ExprKind::Bad, s.span, st)
        }
    }
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
    let param_entry = ident
        .clone()
        .then(param_ty.clone())
        .map(|(n, t)| ParamEntry::Named(n, t))
        .or(param_ty.clone().map(ParamEntry::Anon));
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
    let results = params.clone().or(ty.clone().map(|t| {
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
        .map(|raw: &str| {
            String::from_utf8_lossy(&lit::unquote_string(raw).unwrap_or_default()).into_owned()
        })
        .or_not();
    let field_decl = choice((
        ident_list
            .clone()
            .then(ty.clone())
            .then(tag)
            .map_with(|((names, ty), tag), e| Field {
                names,
                ty,
                tag,
                span: sp(e.span()),
            }),
        just(Tok::Op(BinOp::Mul))
            .or_not()
            .then(type_name.clone())
            .map_with(|(star, t), e| match star {
                Some(_) => mk(ExprKind::Star(Box::new(t)), sp(e.span()), e.state()),
                None => t,
            })
            .then(tag)
            .map_with(|(ty, tag), e| Field {
                names: Vec::new(),
                ty,
                tag,
                span: sp(e.span()),
            }),
    ))
    .labelled("field");
    let struct_ty = just(Tok::Struct)
        .ignore_then(
            field_decl
                .separated_by(semi)
                .allow_trailing()
                .collect::<Vec<_>>()
                .delimited_by(just(Tok::LBrace), just(Tok::RBrace)),
        )
        .map(ExprKind::StructType);
    let iface_elem = ident
        .clone()
        .then(signature.clone())
        .map(|(name, ty)| InterfaceElem::Method { name, ty })
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
    ty.define(
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
    );

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
    lit_value.define(
        element
            .separated_by(comma)
            .allow_trailing()
            .collect::<Vec<_>>()
            .delimited_by(just(Tok::LBrace), just(Tok::RBrace))
            .map_with(|elts, e| (elts, sp(e.span()))),
    );

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
        .then(block.clone().or_not())
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
    let type_lit_operand =
        type_lit
            .clone()
            .then(lit_value.clone().or_not())
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
    let slice_tail = just(Tok::Colon)
        .ignore_then(expr.clone().or_not())
        .then(just(Tok::Colon).ignore_then(expr.clone().or_not()).or_not());
    let index_tail = comma
        .ignore_then(expr.clone())
        .repeated()
        .collect::<Vec<_>>()
        .then_ignore(comma.or_not());
    let bracket = expr
        .clone()
        .or_not()
        .then(slice_tail.map(Ok).or(index_tail.map(Err)))
        .delimited_by(just(Tok::LBrack), just(Tok::RBrack))
        .validate(|(first, tail), e, emitter| match tail {
            Ok((hi, max)) => {
                let three = max.is_some();
                if three && hi.is_none() {
                    emitter.emit(Rich::custom(
                        e.span(),
                        "syntax error: middle index required in 3-index slice",
                    ));
                }
                if matches!(max, Some(None)) {
                    emitter.emit(Rich::custom(
                        e.span(),
                        "syntax error: final index required in 3-index slice",
                    ));
                }
                Post::Slice(Box::new([first, hi, max.flatten()]), three)
            }
            Err(rest) => {
                let mut all = Vec::with_capacity(rest.len() + 1);
                match first {
                    Some(x) => all.push(x),
                    None => emitter.emit(Rich::custom(e.span(), "syntax error: expected operand")),
                }
                all.extend(rest);
                Post::Index(all)
            }
        });
    let args = expr
        .clone()
        .separated_by(comma)
        .allow_trailing()
        .collect::<Vec<_>>()
        .then(just(Tok::Ellipsis).map_with(|_, e| sp(e.span())).or_not())
        .then_ignore(comma.or_not())
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
    expr.define(build(postfix));
    expr_nl.define(build(postfix_nl));

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
                .map(|(a, t)| (Vec::new(), a.is_some(), t)),
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
    let empty_stmt = empty().map_with(|_, e| mk_stmt(StmtKind::Empty, sp(e.span())));
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
            .then(semi.ignore_then(expr_nl.clone().or_not()).or_not())
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
                    (init, Some(Some(cond))) => (init, cond),
                    (Some(s), None) => (None, header_cond(s, "if statement", emitter, e.state())),
                    (_, _) => {
                        emitter.emit(Rich::custom(
                            e.span(),
                            "syntax error: missing condition in if statement",
                        ));
                        (None, mk(ExprKind::Bad, sp(e.span()), e.state()))
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
    .then_ignore(just(Tok::Colon))
    .then(stmt_list.clone())
    .map_with(|(exprs, body), e| CaseClause {
        exprs,
        body,
        span: sp(e.span()),
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
            .map(|s| Some(Box::new(s))),
        just(Tok::Default).to(None),
    ))
    .then_ignore(just(Tok::Colon))
    .then(stmt_list.clone())
    .map_with(|(comm, body), e| CommClause {
        comm,
        body,
        span: sp(e.span()),
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

    stmt.define(
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
                .map_with(|(l, s), e| mk_stmt(StmtKind::Labeled(l, Box::new(s)), sp(e.span()))),
            just(Tok::Go)
                .ignore_then(expr.clone())
                .map_with(|x, e| mk_stmt(StmtKind::Go(x), sp(e.span()))),
            just(Tok::Defer)
                .ignore_then(expr.clone())
                .map_with(|x, e| mk_stmt(StmtKind::Defer(x), sp(e.span()))),
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
    );

    // ---- Files ----
    let func_decl = just(Tok::Func)
        .ignore_then(params.clone().or_not())
        .then(ident.clone())
        .then(tparams.clone().or_not())
        .then(signature.clone())
        .then(block.clone().or_not())
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
            FuncDecl {
                recv,
                name,
                tparams: tparams.unwrap_or_default(),
                ty,
                body,
                span: sp(e.span()),
            }
        });
    let top_decl = choice((
        const_decl.map(Decl::Const),
        var_decl.map(Decl::Var),
        type_decl.map(Decl::Type),
        func_decl.map(Decl::Func),
    ))
    .labelled("declaration");
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
        .then(top_decl.then_ignore(semi).repeated().collect::<Vec<_>>())
        .then_ignore(end())
        .map(|((package, imports), decls)| File {
            file: 0,
            package,
            imports,
            decls,
        })
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
}
