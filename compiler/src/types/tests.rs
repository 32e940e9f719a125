//! End-to-end tests of the checker: parse a source string, check it,
//! inspect the diagnostics (rendered like gc's) and the recorded types.

use super::*;
use crate::syntax::parser::parse_file;
use crate::syntax::source::SourceMap;

/// Parses and checks one file; returns the package and the rendered
/// diagnostics (parse errors included).
pub(crate) fn check_src(src: &str) -> (Package, Vec<String>) {
    let mut sources = SourceMap::default();
    let file = sources.add("x.go".into(), src.to_string());
    let mut next_id = 0;
    let (ast, mut diags) = parse_file(&sources, file, &mut next_id);
    let files = vec![ast];
    let (pkg, cdiags) = check_all("main", &files, &sources);
    diags.extend(cdiags);
    let rendered = diags.iter().map(|d| d.render(&sources)).collect();
    (pkg, rendered)
}

/// Checks a complete program and returns its rendered diagnostics.
fn errors(src: &str) -> Vec<String> {
    check_src(src).1
}

/// Checks `body` as the body of `func main` (with `import "unsafe"` and
/// `import "math"` available through `_ = unsafe.Sizeof(0)` etc. when used).
fn errors_in_main(body: &str) -> Vec<String> {
    errors(&format!("package main\n\nfunc main() {{\n{body}\n}}\n"))
}

#[test]
fn dump_file_from_env() {
    // Debugging aid: GOLIFT_CHECK=path cargo test dump_file -- --nocapture
    let Ok(path) = std::env::var("GOLIFT_CHECK") else {
        return;
    };
    let src = std::fs::read_to_string(path).unwrap_or_default();
    for d in errors(&src) {
        println!("{d}");
    }
}

#[test]
fn valid_program_has_no_errors() {
    let src = r#"package main

const (
	A = iota
	B
	C
)

type Point struct{ X, Y int }

var total = sum(1, 2, 3)

func sum(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func divmod(a, b int) (q, r int) {
	q = a / b
	r = a % b
	return
}

func main() {
	p := Point{1, 2}
	q, r := divmod(7, 2)
	s := []int{1, 2, 3}
	s = append(s, 4)
	var arr [4]byte
	copy(arr[:], "abcd")
	println(p.X, q, r, len(s), cap(s), total, A, B, C, string(rune(65)))
	for i := range 3 {
		if i == 1 {
			continue
		}
	}
}
"#;
    assert_eq!(errors(src), Vec::<String>::new());
}

/// Calls `f` on every expression of the file (not descending into the
/// keys of struct literals, which are field names, not expressions).
fn walk_exprs(file: &crate::syntax::ast::File, f: &mut dyn FnMut(&crate::syntax::ast::Expr)) {
    use crate::syntax::ast::*;
    fn expr(e: &Expr, f: &mut dyn FnMut(&Expr)) {
        f(e);
        match &e.kind {
            ExprKind::CompositeLit { ty, elts, .. } => {
                if let Some(t) = ty {
                    expr(t, f);
                }
                for el in elts {
                    if let Some(k) = &el.key {
                        if !matches!(k.kind, ExprKind::Name(_)) {
                            expr(k, f);
                        }
                    }
                    expr(&el.value, f);
                }
            }
            ExprKind::FuncLit { body, .. } => block(body, f),
            ExprKind::Paren(x)
            | ExprKind::Star(x)
            | ExprKind::Unary(_, x)
            | ExprKind::SliceType(x) => expr(x, f),
            ExprKind::Selector(x, _) if !matches!(&x.kind, ExprKind::Name(n) if n == "math" || n == "unsafe") => {
                expr(x, f)
            }
            ExprKind::Index(x, idx) => {
                expr(x, f);
                idx.iter().for_each(|i| expr(i, f));
            }
            ExprKind::Slice { x, lo, hi, max, .. } => {
                expr(x, f);
                for i in [lo, hi, max].into_iter().flatten() {
                    expr(i, f);
                }
            }
            ExprKind::Call { fun, args, .. } => {
                expr(fun, f);
                args.iter().for_each(|a| expr(a, f));
            }
            ExprKind::Binary(_, x, y) => {
                expr(x, f);
                expr(y, f);
            }
            ExprKind::ArrayType { len, elem } => {
                if !matches!(len.kind, ExprKind::Ellipsis(None)) {
                    expr(len, f);
                }
                expr(elem, f);
            }
            _ => {}
        }
    }
    fn stmt(s: &Stmt, f: &mut dyn FnMut(&Expr)) {
        match &s.kind {
            StmtKind::Var(specs) => {
                for sp in specs {
                    sp.ty.iter().chain(&sp.values).for_each(|e| expr(e, f));
                }
            }
            StmtKind::Labeled(_, s) => stmt(s, f),
            StmtKind::Expr(e) => expr(e, f),
            StmtKind::IncDec { x, .. } => expr(x, f),
            StmtKind::Assign { lhs, rhs, .. } => lhs.iter().chain(rhs).for_each(|e| expr(e, f)),
            StmtKind::Return(rs) => rs.iter().for_each(|e| expr(e, f)),
            StmtKind::Block(b) => block(b, f),
            StmtKind::If {
                init,
                cond,
                then,
                els,
            } => {
                init.iter().for_each(|s| stmt(s, f));
                expr(cond, f);
                block(then, f);
                els.iter().for_each(|s| stmt(s, f));
            }
            StmtKind::Switch {
                init, tag, body, ..
            } => {
                init.iter().for_each(|s| stmt(s, f));
                tag.iter().for_each(|e| expr(e, f));
                for c in body {
                    c.exprs.iter().flatten().for_each(|e| expr(e, f));
                    c.body.iter().for_each(|s| stmt(s, f));
                }
            }
            StmtKind::For {
                init,
                cond,
                post,
                body,
            } => {
                init.iter().for_each(|s| stmt(s, f));
                cond.iter().for_each(|e| expr(e, f));
                post.iter().for_each(|s| stmt(s, f));
                block(body, f);
            }
            StmtKind::Range {
                key,
                value,
                x,
                body,
                ..
            } => {
                key.iter().chain(value).for_each(|e| expr(e, f));
                expr(x, f);
                block(body, f);
            }
            _ => {}
        }
    }
    fn block(b: &Block, f: &mut dyn FnMut(&Expr)) {
        b.stmts.iter().for_each(|s| stmt(s, f));
    }
    for d in &file.decls {
        match d {
            Decl::Var(specs) => {
                for sp in specs {
                    sp.ty.iter().chain(&sp.values).for_each(|e| expr(e, f));
                }
            }
            Decl::Func(fd) => {
                if let Some(b) = &fd.body {
                    block(b, f);
                }
            }
            _ => {}
        }
    }
}

/// Every expression of a valid program has a final (typed) entry in
/// `Info::types`, except `_` on the left of assignments.
pub(crate) fn untyped_or_missing(src: &str) -> Vec<String> {
    let mut sources = SourceMap::default();
    let file = sources.add("x.go".into(), src.to_string());
    let mut next_id = 0;
    let (ast, _) = parse_file(&sources, file, &mut next_id);
    let files = vec![ast];
    let (pkg, _) = check_all("main", &files, &sources);
    let mut out = Vec::new();
    let mut n = 0;
    walk_exprs(&files[0], &mut |e| {
        n += 1;
        let what = crate::types::exprstring::expr_string(e);
        match pkg.info.types.get(&e.id) {
            None => out.push(format!(
                "{}: missing {what}",
                sources.position(file, e.span.lo)
            )),
            Some(tv)
                if what != "_"
                    && pkg.types.is_untyped(tv.ty)
                    && !matches!(tv.mode, Mode::Constant(_) | Mode::Nil) =>
            {
                out.push(format!(
                    "{}: untyped {what}",
                    sources.position(file, e.span.lo)
                ))
            }
            _ => {}
        }
    });
    out.push(format!("{n} expressions"));
    out
}

#[test]
fn dump_types_from_env() {
    let Ok(path) = std::env::var("GOLIFT_TYPES") else {
        return;
    };
    let src = std::fs::read_to_string(path).unwrap_or_default();
    for d in untyped_or_missing(&src) {
        println!("{d}");
    }
}

/// Asserts that checking `src` reports exactly `want` (rendered, in order).
#[track_caller]
fn expect(src: &str, want: &[&str]) {
    let got = errors(src);
    assert_eq!(got, want, "source:\n{src}");
}

/// Asserts that the body of `main` reports `want` (messages only, in order).
#[track_caller]
fn expect_msgs(body: &str, want: &[&str]) {
    let got: Vec<String> = errors_in_main(body)
        .into_iter()
        .map(|d| {
            d.splitn(4, ':')
                .nth(3)
                .unwrap_or("")
                .trim_start()
                .to_string()
        })
        .collect();
    assert_eq!(got, want, "body:\n{body}");
}

#[test]
fn constant_overflow_messages_match_gc() {
    expect_msgs(
        "var b byte = 300\n_ = b",
        &["cannot use 300 (untyped int constant) as byte value in variable declaration (overflows)"],
    );
    expect_msgs(
        "var i8 int8 = 127 + 1\n_ = i8",
        &["cannot use 127 + 1 (untyped int constant 128) as int8 value in variable declaration (overflows)"],
    );
    expect_msgs("_ = int8(200)", &["constant 200 overflows int8"]);
    expect_msgs("_ = byte(256)", &["constant 256 overflows byte"]);
    expect_msgs(
        "var r rune = 'a'\nvar s string = r\n_ = s",
        &["cannot use r (variable of type rune) as string value in variable declaration"],
    );
    expect_msgs(
        "var u uint8 = 1\n_ = u + 256",
        &["256 (untyped int constant) overflows uint8"],
    );
    expect_msgs(
        "var b byte = 1\n_ = b + 256",
        &["256 (untyped int constant) overflows byte"],
    );
    expect_msgs("_ = uint(-1)", &["constant -1 overflows uint"]);
    expect_msgs(
        "const a int8 = 100\n_ = a + 100",
        &["a + 100 (constant 200 of type int8) overflows int8"],
    );
    expect_msgs(
        "var u8 uint8 = 255\n_ = u8 + 256",
        &["256 (untyped int constant) overflows uint8"],
    );
    expect_msgs(
        "var x int = 1.5\n_ = x",
        &["cannot use 1.5 (untyped float constant) as int value in variable declaration (truncated)"],
    );
    expect_msgs(
        "var y float32 = 1e100\n_ = y",
        &["cannot use 1e100 (untyped float constant 1e+100) as float32 value in variable declaration (overflows)"],
    );
    expect_msgs("const c = 1 << 600", &["constant shift overflow"]);
    expect_msgs(
        "const c = 1 << 500\nconst d = c * c",
        &["constant multiplication overflow"],
    );
    expect_msgs(
        "x := 1 << 63\n_ = x",
        &["cannot use 1 << 63 (untyped int constant 9223372036854775808) as int value in assignment (overflows)"],
    );
}

#[test]
fn huge_intermediate_constants_are_exact() {
    let src = "package main\n\nconst big = 1 << 100\nconst small = big >> 98\nconst third = 1.0 / 3\nconst one = third * 3\nconst k int64 = 1 << 62\nvar _ = [small]int{}\nvar _ = [int(one)]int{}\n\nfunc main() {}\n";
    let (pkg, errs) = check_src(src);
    assert_eq!(errs, Vec::<String>::new());
    let val = |name: &str| {
        pkg.objects
            .iter()
            .find(|o| o.name == name)
            .map(|o| o.kind.clone())
    };
    match val("small") {
        Some(ObjKind::Const(ConstValue::Int(i))) => assert_eq!(i, 4.into()),
        other => panic!("small = {other:?}"),
    }
    match val("k") {
        Some(ObjKind::Const(ConstValue::Int(i))) => assert_eq!(i, (1i64 << 62).into()),
        other => panic!("k = {other:?}"),
    }
}

#[test]
fn division_and_shift_errors() {
    expect_msgs("_ = 1 / 0", &["invalid operation: division by zero"]);
    expect_msgs("var f float64 = 1\n_ = f / 0", &[]);
    expect_msgs(
        "var s uint = 2\nvar fl float64 = 1 << s\n_ = fl",
        &["invalid operation: shifted operand 1 (type float64) must be integer"],
    );
    expect_msgs(
        "_ = 1.5 << 2",
        &["invalid operation: shifted operand 1.5 (untyped float constant) must be integer"],
    );
    expect_msgs(
        "_ = 1 << 1000000",
        &["invalid operation: invalid shift count 1000000 (untyped int constant)"],
    );
    expect_msgs(
        "var ff float64 = 2\n_ = 1 << ff",
        &["invalid operation: shift count ff (variable of type float64) must be integer"],
    );
    expect_msgs("var s uint = 3\nvar x int64 = 1 << s\n_ = x", &[]);
}

#[test]
fn operator_and_assignment_errors() {
    expect_msgs(
        "_ = \"a\" + 1",
        &["invalid operation: \"a\" + 1 (mismatched types untyped string and untyped int)"],
    );
    expect_msgs(
        "_ = 10 % 0.5",
        &["invalid operation: operator % not defined on 10 (untyped float constant)"],
    );
    expect_msgs(
        "_ = !1",
        &["invalid operation: operator ! not defined on 1 (untyped int constant)"],
    );
    expect_msgs(
        "var s1, s2 []int\n_ = s1 == s2",
        &["invalid operation: s1 == s2 (slice can only be compared to nil)"],
    );
    expect_msgs(
        "var x int = \"s\"\n_ = x",
        &["cannot use \"s\" (untyped string constant) as int value in variable declaration"],
    );
    expect_msgs(
        "var p *int\nvar i int = p\n_ = i",
        &["cannot use p (variable of type *int) as int value in variable declaration"],
    );
    expect_msgs(
        "var q int = nil\n_ = q",
        &["cannot use nil as int value in variable declaration"],
    );
    expect_msgs(
        "var z = nil",
        &[
            "declared and not used: z",
            "use of untyped nil in variable declaration",
        ],
    );
    expect_msgs("_ = math.MaxInt64 + 1", &["undefined: math"]);
    expect_msgs(
        "var i int\ni.foo = 1",
        &["i.foo undefined (type int has no field or method foo)"],
    );
    expect_msgs(
        "var m int\nm()",
        &["invalid operation: cannot call m (variable of type int): int is not a function"],
    );
    expect_msgs(
        "var s string\ns++",
        &["invalid operation: s++ (non-numeric type string)"],
    );
    expect_msgs(
        "var x int\nx += \"a\"",
        &["invalid operation: x += \"a\" (mismatched types int and untyped string)"],
    );
}

#[test]
fn unused_variables_and_imports() {
    expect(
        "package main\n\nimport \"os\"\nimport m \"math\"\n\nfunc main() {\n\tx := 1\n\ty := 0\n\ty = 2\n\tz := 0\n\tz += 1\n\tw := 0\n\tw++\n}\n",
        &[
            "x.go:3:8: \"os\" imported and not used",
            "x.go:4:8: \"math\" imported as m and not used",
            "x.go:7:2: declared and not used: x",
            "x.go:8:2: declared and not used: y",
        ],
    );
    expect(
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println()\n}\n",
        &["x.go:3:8: golift: package fmt is not supported yet"],
    );
    expect(
        "package main\n\nimport _ \"fmt\"\n\nfunc main() {\n}\n",
        &["x.go:3:8: golift: package fmt is not supported yet"],
    );
    // gc's rule for //go:embed without the import.
    expect(
        "package main\n\n//go:embed x.txt\nvar s string\n\nfunc main() { print(s) }\n",
        &["x.go:3:3: go:embed requires import \"embed\" (or import _ \"embed\", if package is not used)"],
    );
}

#[test]
fn labels_and_branches() {
    expect(
        "package main\n\nfunc main() {\nL:\n\tfor {\n\t}\n}\n",
        &["x.go:4:1: label L defined and not used"],
    );
    expect_msgs(
        "break\ncontinue\ngoto M",
        &[
            "break is not in a loop, switch, or select",
            "continue is not in a loop",
            "label M not defined",
        ],
    );
    expect_msgs("for {\nbreak L\n}", &["break label not defined: L"]);
    expect_msgs("M:\nif true {\nbreak M\n}", &["invalid break label M"]);
    expect_msgs("L:\nfor {\ncontinue L\n}", &[]);
    expect_msgs(
        "for {\nfallthrough\n}",
        &["fallthrough statement out of place"],
    );
    expect_msgs(
        "switch {\ncase true:\nfallthrough\n}",
        &["cannot fallthrough final case in switch"],
    );
}

#[test]
fn missing_return_follows_terminating_statement_rules() {
    let src = "package main

func a() int {
	for i := 0; i < 3; i++ {
		return i
	}
}

func b(x int) int {
	switch x {
	case 1:
		return 1
	}
}

func c(x int) int {
	switch x {
	case 1:
		return 1
	default:
		panic(x)
	}
}

func d() int {
L:
	for {
		break L
	}
}

func e() int {
	for {
	}
}

func f(x bool) int {
	if x {
		return 1
	} else {
		return 2
	}
}

func main() { _, _, _, _, _, _ = a(), b(1), c(1), d(), e(), f(true) }
";
    expect(
        src,
        &[
            "x.go:7:1: missing return",
            "x.go:14:1: missing return",
            "x.go:30:1: missing return",
        ],
    );
}

#[test]
fn initialization_order_and_cycles() {
    let src = "package main

var a = b + c
var b = f()
var c = 1
var d = 2

func f() int { return d }

func main() {}
";
    let (pkg, errs) = check_src(src);
    assert_eq!(errs, Vec::<String>::new());
    let order: Vec<String> = pkg.packages[0]
        .init_order
        .iter()
        .map(|i| pkg.obj(i.lhs[0].unwrap()).name.clone())
        .collect();
    // c is ready before d (spec: earliest ready variable first).
    assert_eq!(order, ["c", "d", "b", "a"]);
    expect(
        "package main\n\nvar a = b\nvar b = a\n\nfunc main() {}\n",
        &["x.go:3:5: initialization cycle for a\n\tx.go:3:5: a refers to b\n\tx.go:4:5: b refers to a"],
    );
    expect(
        "package main\n\nfunc f() int { return c }\n\nvar c = f()\n\nfunc main() {}\n",
        &["x.go:5:5: initialization cycle for c\n\tx.go:5:5: c refers to f\n\tx.go:3:6: f refers to c"],
    );
    expect(
        "package main\n\nvar x = x\n\nconst c = c\n\nfunc main() {}\n",
        &[
            "x.go:3:5: initialization cycle: x refers to itself",
            "x.go:5:7: initialization cycle: c refers to itself",
        ],
    );
}

#[test]
fn recursive_types() {
    expect(
        "package main\n\nimport \"unsafe\"\n\ntype T struct{ a [2]T }\n\nvar n = unsafe.Sizeof(T{})\n\nfunc main() {\n\ttype L struct{ l L }\n\tvar x L\n\t_ = unsafe.Sizeof(x)\n}\n",
        &[
            "x.go:5:6: invalid recursive type: T refers to itself",
            "x.go:10:7: invalid recursive type: L refers to itself",
        ],
    );
    expect(
        "package main\n\ntype U struct{ u U }\ntype A B\ntype B A\ntype L struct{ next *L }\n\nfunc main() {}\n",
        &[
            "x.go:3:6: invalid recursive type: U refers to itself",
            "x.go:4:6: invalid recursive type A\n\tx.go:4:6: A refers to B\n\tx.go:5:6: B refers to A",
        ],
    );
    // A cycle through a pointer is valid even when it closes at the right
    // side of a defined type (image/png's EncoderBuffer); by value it is not.
    expect(
        "package main\n\ntype E struct{ p *P }\ntype P struct{ b *B }\ntype B E\n\ntype C struct{ d D }\ntype D C\n\nfunc main() { _ = P{}.b.p }\n",
        &["x.go:7:6: invalid recursive type C\n\tx.go:7:6: C refers to D\n\tx.go:8:6: D refers to C"],
    );
}

#[test]
fn unsafe_sizes_follow_gc_layout() {
    let src = "package main

import \"unsafe\"

type S struct {
	a bool
	b int64
	c bool
	d string
	e [3]int16
	f struct{}
}

const size = unsafe.Sizeof(S{})
const align = unsafe.Alignof(S{}.e)
const off = unsafe.Offsetof(S{}.d)
const ssize = unsafe.Sizeof([]int{})
const csize = unsafe.Sizeof(complex64(0))

func main() {}
";
    let (pkg, errs) = check_src(src);
    assert_eq!(errs, Vec::<String>::new());
    let val = |name: &str| match pkg.objects.iter().find(|o| o.name == name).map(|o| &o.kind) {
        Some(ObjKind::Const(ConstValue::Int(i))) => i.to_string(),
        other => format!("{other:?}"),
    };
    assert_eq!(val("size"), "48");
    assert_eq!(val("align"), "2");
    assert_eq!(val("off"), "24");
    assert_eq!(val("ssize"), "24");
    assert_eq!(val("csize"), "8");
}

#[test]
fn untyped_constants_get_their_context_type() {
    let src = "package main

func main() {
	var f float64 = 1 << 3
	var u uint8 = 'a' + 1
	x := 2.0 * 3
	println(f, u, x, 1<<2 == 4)
}
";
    assert_eq!(untyped_or_missing(src).len(), 1);
    let (pkg, errs) = check_src(src);
    assert!(errs.is_empty(), "{errs:?}");
    let consts: Vec<(String, String)> = pkg
        .info
        .types
        .values()
        .filter_map(|tv| match &tv.mode {
            Mode::Constant(v) => Some((
                crate::types::exprstring::type_string(&pkg.types, tv.ty),
                constant::format(v),
            )),
            _ => None,
        })
        .collect();
    assert!(consts.contains(&("float64".into(), "8".into())));
    assert!(consts.contains(&("uint8".into(), "98".into())));
    assert!(consts.contains(&("float64".into(), "6".into())));
}

#[test]
fn every_expression_of_a_program_is_typed() {
    let src = "package main

type P struct{ X, Y int }
type Q struct {
	P
	Name string
}

var table = [...]string{2: \"two\", 0: \"zero\"}

func sum(xs ...int) (t int) {
	for _, x := range xs {
		t += x
	}
	return
}

func main() {
	q := &Q{P{1, 2}, \"q\"}
	q.X++
	s := []P{{1, 2}, {Y: 3}}
	ps := []*P{{3, 4}}
	b := []byte(\"héllo\")
	r := []rune(string(b))
	var arr [4]int
	sl := arr[1:3]
	n := copy(sl, []int{7})
	for i := range 10 {
		n += i
	}
	var k uint = 2
	println(q.Name, len(s), ps[0].X, len(r), sum(1, 2, n), table[2], 1<<k, float32(n)/2)
}
";
    let bad = untyped_or_missing(src);
    assert_eq!(bad.len(), 1, "{bad:?}");
}

#[test]
fn packages_span_several_files_with_their_own_imports() {
    let mut sources = SourceMap::default();
    let a = sources.add(
        "a.go".into(),
        "package main\n\nimport \"math\"\n\nvar x = y + math.MaxInt8\n\nfunc main() { println(x, helper()) }\n".into(),
    );
    let b = sources.add(
        "b.go".into(),
        "package main\n\nimport \"unsafe\"\n\nvar y = 1\n\nfunc helper() int { return math.MaxInt8 }\n".into(),
    );
    let mut next_id = 0;
    let (fa, _) = parse_file(&sources, a, &mut next_id);
    let (fb, _) = parse_file(&sources, b, &mut next_id);
    let (pkg, diags) = check_all("main", &[fa, fb], &sources);
    let got: Vec<String> = diags.iter().map(|d| d.render(&sources)).collect();
    assert_eq!(
        got,
        [
            "b.go:3:8: \"unsafe\" imported and not used",
            "b.go:7:28: undefined: math",
        ]
    );
    let order: Vec<&str> = pkg.packages[0]
        .init_order
        .iter()
        .map(|i| pkg.obj(i.lhs[0].unwrap()).name.as_str())
        .collect();
    assert_eq!(order, ["y", "x"]);
}

#[test]
fn check_tree_from_env() {
    // Robustness aid: GOLIFT_CHECK_TREE=dir checks every .go file under dir
    // as its own package and reports files whose check panicked.
    let Ok(root) = std::env::var("GOLIFT_CHECK_TREE") else {
        return;
    };
    // The parser recurses deeply on long else-if chains: give it room.
    let t = std::thread::Builder::new().stack_size(1 << 30);
    let run = t.spawn(move || check_tree(root));
    assert!(run.is_ok_and(|h| h.join().is_ok()));
}

fn check_tree(root: String) {
    let mut stack = vec![std::path::PathBuf::from(root)];
    let (mut files, mut panics) = (0, Vec::new());
    while let Some(dir) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for ent in entries.flatten() {
            let p = ent.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|e| e == "go") {
                let Ok(src) = std::fs::read_to_string(&p) else {
                    continue;
                };
                files += 1;
                if std::env::var("GOLIFT_CHECK_TREE_VERBOSE").is_ok() {
                    eprintln!("{}", p.display());
                }
                if std::panic::catch_unwind(|| check_src(&src)).is_err() {
                    panics.push(p.display().to_string());
                }
            }
        }
    }
    println!("checked {files} files; panics: {panics:#?}");
    assert!(panics.is_empty());
}

#[test]
fn statement_errors_match_gc() {
    expect(
        "package main

func main() {
	goto skip
	x := 1
	println(x)
skip:
	goto inner
	{
	inner:
	}
}
",
        &[
            "x.go:4:7: goto skip jumps over declaration of x at x.go:5:4",
            "x.go:8:7: goto inner jumps into block starting at x.go:9:2",
        ],
    );
    expect(
        "package main\n\nfunc f() (x int) {\n\t{\n\t\tx := 2\n\t\t_ = x\n\t\treturn\n\t}\n}\n\nfunc main() { _ = f }\n",
        &["x.go:7:3: result parameter x not in scope at return\n\tx.go:5:3: inner declaration of var x int"],
    );
    expect_msgs(
        "x := 1\nswitch x {\ncase 1:\ncase 2, 1:\n}",
        &["duplicate case 1 (constant of type int) in expression switch\n\tx.go:6:6: previous case"],
    );
    // Boolean (and complex) duplicates are not reported, as gc's goVal.
    expect_msgs(
        "const s = \"a\"\nswitch {\ncase s == \"b\", s == \"c\":\ncase false:\n}\nswitch true {\ncase true, true:\n}",
        &[],
    );
    expect_msgs(
        "x := 1 > 0\nswitch {\ncase false, false:\n}\nswitch x {\ncase true, x, true:\n}",
        &[],
    );
    expect_msgs(
        "x := 1\nswitch x {\ncase \"a\":\n}\nswitch {\ncase x:\n}",
        &[
            "cannot convert \"a\" (untyped string constant) to type int",
            "invalid case x in switch on true (mismatched types int and bool)",
        ],
    );
    expect_msgs(
        "switch {\ndefault:\ndefault:\n}",
        &["multiple defaults (first at x.go:5:1)"],
    );
    expect_msgs(
        "var a, b = 1\nvar c int = 1, 2\nx, y := 1, 2, 3\n_, _, _, _, _ = a, b, c, x, y",
        &[
            "assignment mismatch: 2 variables but 1 value",
            "extra init expr 2",
            "assignment mismatch: 2 variables but 3 values",
        ],
    );
    expect_msgs(
        "for i := 0; i < 3; i++ {\ni := \"s\"\n}\nx := 1\nx := 2\n_ = x",
        &[
            "declared and not used: i",
            "no new variables on left side of :=",
        ],
    );
    expect_msgs(
        "len(\"a\")\n1 + 2",
        &[
            "len(\"a\") (constant 1 of type int) is not used",
            "1 + 2 (untyped int constant 3) is not used",
        ],
    );
}

#[test]
fn calls_and_conversions_match_gc() {
    let src = "package main

func f(a int, b string) int { return a }
func g() (int, string)      { return 1, \"a\" }
func v(xs ...int)           {}

func main() {
	_ = f(1)
	_ = f(1, \"a\", 3)
	_ = f(g())
	v(1, 2, \"a\")
	var s []int
	v(s...)
	_ = int(1.5)
	_ = []byte(5)
	_ = string(rune(65))
	_ = f
}
";
    expect(
        src,
        &[
            "x.go:8:8: not enough arguments in call to f\n\thave (number)\n\twant (int, string)",
            "x.go:9:16: too many arguments in call to f\n\thave (number, string, number)\n\twant (int, string)",
            "x.go:11:10: cannot use \"a\" (untyped string constant) as int value in argument to v",
            "x.go:14:10: cannot convert 1.5 (untyped float constant) to type int",
            "x.go:15:13: cannot convert 5 (untyped int constant) to type []byte",
        ],
    );
}

#[test]
fn method_calls_check_cleanly() {
    let src = "package main

type S struct{ x int }

func (s S) Get() int { return s.x }

func main() {
	var s S
	_ = s.Get()
}
";
    assert_eq!(errors(src), Vec::<String>::new());
}

#[test]
fn directional_channels_reject_the_other_direction() {
    expect(
        "package main\n\nfunc main() {\n\tvar r <-chan int\n\tr <- 1\n\tclose(r)\n\tvar c chan int = r\n\t_ = c\n}\n",
        &[
            "x.go:5:2: invalid operation: cannot send to receive-only channel <-chan int r (variable of type <-chan int)",
            "x.go:6:8: invalid operation: cannot close receive-only channel r (variable of type <-chan int)",
            "x.go:7:19: cannot use r (variable of type <-chan int) as chan int value in variable declaration",
        ],
    );
    assert_eq!(
        errors("package main\n\nfunc main() {\n\tc := make(chan int)\n\tvar s chan<- int = c\n\tgo func() { s <- 1 }()\n\tv, ok := <-c\n\t_, _ = v, ok\n}\n"),
        Vec::<String>::new()
    );
}

#[test]
fn tricky_valid_programs_have_no_errors() {
    let src = "package main

type Point struct{ X, Y float64 }
type PP *Point
type Alias = Point

const (
	_  = iota
	KB = 1 << (10 * iota)
	MB
)

const (
	a, b = iota, iota * 10
	c, d
)

func swap(a, b int) (int, int) { return b, a }

func main() {
	var al Alias = Point{2, 3}
	var pt Point = al
	var pp PP = &pt
	pp.X = 5
	x, y := swap(1, 2)
	x, z := swap(x, y)
	const huge = 1 << 100
	var fl float64 = huge
	var u8 uint8 = 200
	u8 += 100
	println(huge>>98, fl, u8, x, z, a, b, c, d, KB, MB)
}
";
    assert_eq!(errors(src), Vec::<String>::new());
}

#[test]
fn method_misuse_is_reported_like_gc() {
    let src = "package main

type S struct{ x int }

func (s S) Get() int   { return s.x }
func (s *S) Set(v int) { s.x = v }
func (s S) Get() int   { return 0 }

func main() {
	var s S
	s.Set(1)
	S{}.Set(2)
	_ = S.Nope
}
";
    let got: Vec<String> = errors(src)
        .into_iter()
        .filter(|d| !d.contains("not supported yet"))
        .collect();
    assert_eq!(
        got,
        [
            "x.go:7:12: method S.Get already declared at x.go:5:12",
            "x.go:12:6: cannot call pointer method Set on S",
            "x.go:13:8: S.Nope undefined (type S has no field or method Nope)",
        ]
    );
}

#[test]
fn interface_and_generic_programs_check_cleanly() {
    // Interfaces satisfied by methods (also through embedded interfaces),
    // comma-ok forms, generic bodies: checked without spurious errors.
    let src = "package main

type Logger interface{ Log(s string) string }

type base struct{ p string }

func (b base) Log(s string) string { return b.p + s }

type loud struct{ Logger }

type integer interface{ ~int | ~int64 }

func shiftAll[T integer](xs []T, k uint) {
	for i := range xs {
		xs[i] <<= k
	}
}

type tagged struct {
	N int `json:\"n\"`
}
type plain struct{ N int }

func main() {
	var lg Logger = loud{base{\"> \"}}
	println(lg.Log(\"hi\"))
	var x interface{} = 1
	v, ok := x.(int)
	println(v, ok)
	_ = plain(tagged{1})
	shiftAll([]int{1}, 2)
}
";
    let got: Vec<String> = errors(src)
        .into_iter()
        .filter(|d| !d.contains("not supported yet"))
        .collect();
    assert_eq!(got, Vec::<String>::new());
}

#[test]
fn at_most_ten_errors_in_discovery_order_like_gc() {
    let mut src = String::from("package main\n\nfunc main() {\n");
    for i in 1..=12 {
        src.push_str(&format!("\tvar v{i} int = \"s\"\n"));
    }
    src.push_str("}\n");
    let mut sources = SourceMap::default();
    let file = sources.add("x.go".into(), src);
    let mut next_id = 0;
    let (ast, _) = parse_file(&sources, file, &mut next_id);
    let (_, diags) = check_package("main", &[ast], &sources);
    let got: Vec<String> = diags.iter().map(|d| d.render(&sources)).collect();
    assert_eq!(got.len(), 11);
    // The unused variables are found after the body: beyond the limit.
    assert!(got[..10].iter().all(|d| d.contains("cannot use \"s\"")));
    assert_eq!(got[10], "x.go:13:16: too many errors");
}

#[test]
fn unimplemented_interface_messages_spell_methods_as_declared() {
    let src = "package main

type writer interface{ write(p []byte) int }

type file struct{}

func (file) write(p []byte, r rune) (n int) { return 0 }

type closer interface{ Close() }

type conn struct{}

func (*conn) close() {}

func main() {
	var w writer = file{}
	var c closer = &conn{}
	_, _ = w, c
}
";
    expect(
        src,
        &[
            "x.go:16:17: cannot use file{} (value of struct type file) as writer value in variable declaration: file does not implement writer (wrong type for method write)\n\t\thave write([]byte, rune) (int)\n\t\twant write([]byte) int",
            "x.go:17:17: cannot use &conn{} (value of type *conn) as closer value in variable declaration: *conn does not implement closer (missing method Close)\n\t\thave close()\n\t\twant Close()",
        ],
    );
}

#[test]
fn builtins_of_multi_value_calls_are_reported_unsupported() {
    let errs = errors(
        "package main\n\nfunc two() (int, int) { return 1, 2 }\n\nfunc pair() ([]int, []int) { return nil, nil }\n\nfunc main() {\n\tprintln(two())\n\t_ = copy(pair())\n\t_ = min(two())\n}\n",
    );
    assert_eq!(
        errs,
        [
            "x.go:9:6: golift: copy of a call with 2 results is not supported yet",
            "x.go:10:6: golift: min of a call with 2 results is not supported yet",
        ],
        "{errs:?}"
    );
}

#[test]
fn integer_literals_past_512_bits_overflow() {
    let big = format!("const c = 0x1{}", "0".repeat(130));
    expect_msgs(&big, &["constant overflow"]);
}
