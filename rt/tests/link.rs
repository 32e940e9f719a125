//! Links a C stand-in for compiler output (`c/runtime_test.c`, which defines
//! `golift.main`) against the runtime staticlib with `cc`, runs it in each
//! of its modes and compares what it prints (stderr, where `print` and
//! panics write) and its exit status with what gc-compiled Go prints.

mod common;

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

/// Builds the test program once.
fn program() -> &'static Path {
    static PROGRAM: OnceLock<PathBuf> = OnceLock::new();
    PROGRAM.get_or_init(|| common::link("runtime_test.c", "rt_runtime_test", &[]))
}

/// Runs the program in `mode`: (stdout + stderr, exit status).
fn run(mode: &str) -> (String, i32) {
    common::run(program(), mode, &[])
}

#[test]
fn prints_like_gc() {
    let (out, code) = run("print");
    let expected = "hello -42 18446744073709551615 true 0xff 0x0\n\
        1.5 1e+21 1e-07 1e+08 -0 0.1 1.23456789e+08 (1-2i)\n\
        g ok\n\
        1 2 4 8 16 32 64 128 256 512 848 1280 1792 2560 1999000\n\
        3 10 0\n\
        abc€😀 97 8364 65533 5 8\n";
    assert_eq!(out, expected);
    assert_eq!(code, 0);
}

#[test]
fn stack_grows_logically() {
    let (out, code) = run("deep");
    let sum: i64 = (0..1000).map(|n| n as i8 as i64).sum();
    assert_eq!(out, format!("start 2048\n{sum} 16777216\n"));
    assert_eq!(code, 0);
}

#[test]
fn stack_overflow_is_fatal() {
    let (out, code) = run("overflow");
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(
        lines[0],
        "runtime: goroutine stack exceeds 1000000000-byte limit"
    );
    let (sp, rest) = lines[1]
        .strip_prefix("runtime: sp=0x")
        .unwrap()
        .split_once(" stack=[0x")
        .unwrap();
    let (lo, hi) = rest.strip_suffix(']').unwrap().split_once(", 0x").unwrap();
    let hex = |s: &str| u64::from_str_radix(s, 16).unwrap();
    assert_eq!(
        hex(hi) - hex(lo),
        512 << 20,
        "the last logical size is 512 MiB, as in gc"
    );
    assert!(hex(sp) > hex(lo) - (16 << 10) && hex(sp) < hex(hi));
    assert_eq!(
        &lines[2..],
        ["fatal error: stack overflow", "", "goroutine 1 [running]:"]
    );
    assert_eq!(code, 2);
}

/// Faults print gc's texts, with the signal line (address and PC vary).
#[test]
fn faults_like_gc() {
    let (out, code) = run("nilfault");
    let (head, tail) = out.split_once(" pc=0x").unwrap();
    assert_eq!(
        head,
        "panic: runtime error: invalid memory address or nil pointer dereference\n\
         [signal SIGSEGV: segmentation violation code=0x1 addr=0x28"
    );
    assert!(tail.ends_with("]\n\ngoroutine 1 [running]:\n"), "{tail}");
    assert_eq!(code, 2);
    let (out, code) = run("fault");
    assert!(out.starts_with(
        "unexpected fault address 0xdead0000\nfatal error: fault\n\
         [signal SIGSEGV: segmentation violation code=0x1 addr=0xdead0000 pc=0x"
    ));
    assert_eq!(code, 2);
}

/// Panics print gc's text, a blank line and the goroutine header, and exit 2.
#[test]
fn panics_like_gc() {
    let cases = [
        (
            "index",
            "before\npanic: runtime error: index out of range [5] with length 0\n",
        ),
        (
            "slice3",
            "panic: runtime error: slice bounds out of range [:-1:]\n",
        ),
        ("divide", "panic: runtime error: integer divide by zero\n"),
        ("string", "panic: line1\n\tline2\n"),
        ("int", "panic: 42\n"),
        (
            "nil",
            "panic: runtime error: panic called with nil argument\n",
        ),
        (
            "makeslice",
            "panic: runtime error: makeslice: len out of range\n",
        ),
    ];
    for (mode, want) in cases {
        let (out, code) = run(mode);
        assert_eq!(out, format!("{want}\ngoroutine 1 [running]:\n"), "{mode}");
        assert_eq!(code, 2, "{mode}");
    }
}

/// A map through the C ABI: growth past 100k entries with deletes, then a
/// write to a nil map (fatal: nothing enabled the returning protocol).
#[test]
fn maps_through_the_abi() {
    let (out, code) = run("map");
    let sum: i64 = (1..200_000).step_by(2).sum();
    assert_eq!(
        out,
        format!(
            "100000 100000 100000 {sum}\npanic: assignment to entry in nil map\n\ngoroutine 1 [running]:\n"
        )
    );
    assert_eq!(code, 2);
}

/// The returning protocol: recover, panic again in the deferred call, and
/// the chained message gc prints (`panic: A [recovered]` + tab + `panic: B`).
#[test]
fn unwinding_panics_print_the_chain() {
    let (out, code) = run("unwind");
    assert_eq!(
        out,
        "A\nunwinding\npanic: A [recovered]\n\tpanic: B\n\ngoroutine 1 [running]:\n"
    );
    assert_eq!(code, 2);
}

/// A recovered value panicked again prints once, marked as gc marks it.
#[test]
fn repanics_print_like_gc() {
    let cases = [
        ("repanic-string", "panic: A"),
        (
            "repanic-index",
            "panic: runtime error: index out of range [5] with length 0",
        ),
        ("repanic-nilmap", "panic: assignment to entry in nil map"),
    ];
    for (mode, want) in cases {
        let (out, code) = run(mode);
        assert_eq!(
            out,
            format!("{want} [recovered, repanicked]\n\ngoroutine 1 [running]:\n"),
            "{mode}"
        );
        assert_eq!(code, 2, "{mode}");
    }
}
