//! The pc table and stack walks: program counter -> function, file, line,
//! and the return addresses of the current goroutine's frames.
//!
//! The compiler emits one record per compiled function (lower/pctab.rs,
//! rt/ABI.md "The pc table"); the linker gathers them between
//! `__golift_pctab_start` and `__golift_pctab_end`, and `golift.main` hands
//! that range to `runtime.pctabinit` before any Go code runs. The first
//! lookup builds an index of the records sorted by entry address (records
//! are read in place; the index is built once and never changes).
//!
//! Inlining: a call instruction's record lists the chain of logical frames
//! (outermost first) it belongs to. A walk reports one pc per logical frame:
//! the innermost as the return address `R`, the next ones as `R-1`, `R-2`,
//! ... inside the same call instruction, so that `pc-1` (what
//! CallersFrames looks up) still falls inside the call; a chain longer than
//! the call instruction keeps its innermost frames and its outermost one.
//!
//! Stack walks follow the frame-pointer chain (Cranelift's
//! `preserve_frame_pointers`; rt is built with frame pointers): `[fp]` is
//! the caller's fp, `[fp+8]` the return address. Frames whose pc is not in
//! the table (rt's own Rust frames) and hidden records (runtime thunks,
//! golift helpers) are not reported. The walk stays inside the goroutine's
//! stack and requires fp to grow strictly; when it ends, a walk reports
//! `runtime.goexit` (an empty compiled function) as Go does.

use std::sync::OnceLock;

use crate::sched::getg;

/// `[start, end)` of the records and the entry of `runtime.goexit`, set
/// once at start-up.
static RANGE: OnceLock<(usize, usize, usize)> = OnceLock::new();
/// `(entry, end, record)` sorted by entry.
static INDEX: OnceLock<Vec<(usize, usize, usize)>> = OnceLock::new();

const HIDDEN: u32 = 1;
const NOARGS: u32 = 2;
const HEADER: usize = 36;
const LOC_SIZE: usize = 8;
const NO_STRING: usize = 0xffff;

/// `runtime.pctabinit(start, end, goexit)`: the program's pc table and
/// the function that stands for Go's `runtime.goexit`, the outermost frame
/// of every goroutine (called by `golift.main`).
#[export_name = "runtime.pctabinit"]
pub extern "C" fn pctabinit(start: usize, end: usize, goexit: usize) {
    let _ = RANGE.set((start, end, goexit));
}

/// A record of the table, read in place.
#[derive(Clone, Copy)]
struct Rec(usize);

/// A logical frame: function, file, line.
#[derive(Clone, Copy)]
pub struct Loc {
    pub name: &'static [u8],
    pub file: &'static [u8],
    pub line: u32,
}

impl Rec {
    fn u32(self, off: usize) -> u32 {
        // SAFETY: `off` lies inside the record (the callers stay within
        // the counts of its header), which is static read-only data.
        unsafe { ((self.0 + off) as *const u32).read_unaligned() }
    }

    /// The address a PC-relative field at `off` refers to.
    fn rel(self, off: usize) -> usize {
        (self.0 + off).wrapping_add_signed(self.u32(off) as i32 as isize)
    }

    fn size(self) -> usize {
        self.u32(0) as usize
    }
    fn entry(self) -> usize {
        self.rel(4)
    }
    fn codelen(self) -> usize {
        self.u32(8) as usize
    }
    fn hidden(self) -> bool {
        self.u32(12) & HIDDEN != 0
    }
    fn noargs(self) -> bool {
        self.u32(12) & NOARGS != 0
    }
    fn nstrs(self) -> usize {
        self.u32(16) as usize
    }
    fn nlocs(self) -> usize {
        self.u32(20) as usize
    }
    fn nlines(self) -> usize {
        self.u32(24) as usize
    }
    fn ncalls(self) -> usize {
        self.u32(28) as usize
    }
    fn locs_at(self) -> usize {
        HEADER + self.nstrs() * 8
    }
    fn lines_at(self) -> usize {
        self.locs_at() + self.nlocs() * LOC_SIZE
    }
    fn calls_at(self) -> usize {
        self.lines_at() + self.nlines() * 8
    }
    fn chain_at(self) -> usize {
        self.calls_at() + self.ncalls() * 16
    }

    /// String `i` of the record's table.
    fn string(self, i: usize) -> &'static [u8] {
        if i >= self.nstrs() {
            return b"";
        }
        let off = HEADER + i * 8;
        let len = self.u32(off + 4) as usize;
        // SAFETY: the field points at `len` bytes of the object's string
        // section, static read-only data.
        unsafe { core::slice::from_raw_parts(self.rel(off) as *const u8, len) }
    }

    fn loc(self, i: usize) -> Loc {
        let at = self.locs_at() + i.min(self.nlocs().saturating_sub(1)) * LOC_SIZE;
        let strs = self.u32(at) as usize;
        let file = strs >> 16;
        Loc {
            name: self.string(strs & 0xffff),
            file: if file == NO_STRING {
                b""
            } else {
                self.string(file)
            },
            line: self.u32(at + 4),
        }
    }

    /// The loc of the line table at code offset `off`.
    fn line_loc(self, off: usize) -> usize {
        let base = self.lines_at();
        let (mut lo, mut hi) = (0, self.nlines());
        while lo < hi {
            let mid = (lo + hi) / 2;
            if self.u32(base + mid * 8) as usize <= off {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        if lo == 0 {
            return 0;
        }
        self.u32(base + (lo - 1) * 8 + 4) as usize
    }

    /// The call whose instruction holds code offset `off`: (return
    /// offset, instruction length, chain start, chain length).
    fn call_at(self, off: usize) -> Option<(usize, usize, usize, usize)> {
        let base = self.calls_at();
        let (mut lo, mut hi) = (0, self.ncalls());
        while lo < hi {
            let mid = (lo + hi) / 2;
            if self.u32(base + mid * 16) as usize <= off {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        if lo == self.ncalls() {
            return None;
        }
        let at = base + lo * 16;
        let c = [0, 4, 8, 12].map(|k| self.u32(at + k) as usize);
        (c[0] - c[1] <= off).then_some((c[0], c[1], c[2], c[3]))
    }

    fn chain(self, start: usize, k: usize) -> usize {
        self.u32(self.chain_at() + (start + k) * 4) as usize
    }
}

/// How many logical frames a walk reports for a call with a chain of `n`
/// and an instruction of `len` bytes.
fn reported(n: usize, len: usize) -> usize {
    n.min(len).max(1)
}

/// The chain index of the frame reported `d` bytes below the return
/// address (see the file comment).
fn chain_index(n: usize, len: usize, d: usize) -> usize {
    let k = reported(n, len);
    if d + 1 >= k {
        0
    } else {
        n - 1 - d
    }
}

fn index() -> &'static [(usize, usize, usize)] {
    INDEX.get_or_init(|| {
        let mut v = Vec::new();
        if let Some(&(start, end, _)) = RANGE.get() {
            let mut p = start;
            while p + HEADER <= end {
                let r = Rec(p);
                if r.size() == 0 {
                    p += 8;
                    continue;
                }
                v.push((r.entry(), r.entry() + r.codelen(), p));
                p += r.size();
            }
        }
        v.sort_unstable();
        v
    })
}

/// The record of the function holding `pc`.
fn find(pc: usize) -> Option<Rec> {
    let ix = index();
    let i = ix.partition_point(|&(entry, _, _)| entry <= pc);
    let &(entry, end, rec) = ix.get(i.checked_sub(1)?)?;
    (entry <= pc && pc < end).then_some(Rec(rec))
}

/// What the table says about `pc` (an address inside an instruction: a
/// return address minus one, or a pc of a frame reported below it).
pub struct PcInfo {
    pub loc: Loc,
    /// The entry of the (outermost, physical) function.
    pub entry: usize,
    /// Whether the frame is an inlined call's (it has no frame of its own).
    pub inlined: bool,
    /// Whether the (physical) function has no arguments.
    pub noargs: bool,
}

/// Looks `pc` up.
pub fn lookup(pc: usize) -> Option<PcInfo> {
    let r = find(pc)?;
    let off = pc - r.entry();
    let (loc, inlined) = match r.call_at(off) {
        Some((ret, len, start, n)) if n > 0 => {
            let d = ret - 1 - off;
            let i = chain_index(n, len, d);
            (r.loc_of_chain(start, i), i > 0)
        }
        _ => (r.loc(r.line_loc(off)), false),
    };
    Some(PcInfo {
        loc,
        entry: r.entry(),
        inlined,
        noargs: !inlined && r.noargs(),
    })
}

impl Rec {
    fn loc_of_chain(self, start: usize, i: usize) -> Loc {
        self.loc(self.chain(start, i))
    }
}

/// The physical function holding `pc`: its name and entry.
pub fn func_of(pc: usize) -> Option<(&'static [u8], usize)> {
    let r = find(pc)?;
    Some((r.loc(0).name, r.entry()))
}

/// The current frame pointer.
#[inline(always)]
fn getfp() -> usize {
    let fp: usize;
    // SAFETY: reads the frame-pointer register; nothing else is touched.
    unsafe {
        #[cfg(target_arch = "x86_64")]
        core::arch::asm!("mov {}, rbp", out(reg) fp, options(nomem, nostack, preserves_flags));
        #[cfg(target_arch = "aarch64")]
        core::arch::asm!("mov {}, x29", out(reg) fp, options(nomem, nostack, preserves_flags));
    }
    fp
}

/// Calls `f` with each logical frame's pc of the current goroutine, from
/// the caller of rt's entry outwards, until `f` returns false.
#[inline(never)]
pub fn walk(mut f: impl FnMut(usize) -> bool) {
    let gp = getg();
    let (lo, hi) = if gp.is_null() {
        (0, usize::MAX)
    } else {
        // SAFETY: the current g is live while it runs.
        let s = unsafe { (*gp).stack };
        (s.lo, s.hi)
    };
    let mut fp = getfp();
    while fp >= lo && fp < hi && fp.is_multiple_of(8) && fp != 0 {
        // SAFETY: fp lies inside the goroutine's stack and points at a
        // frame record (saved fp, return address).
        let (next, ret) = unsafe { (*(fp as *const usize), *((fp + 8) as *const usize)) };
        if let Some(r) = find(ret.wrapping_sub(1)).filter(|r| !r.hidden()) {
            let off = ret - 1 - r.entry();
            let k = match r.call_at(off) {
                Some((_, len, _, n)) => reported(n, len),
                None => 1,
            };
            for d in 0..k {
                if !f(ret - d) {
                    return;
                }
            }
        }
        if next <= fp {
            break;
        }
        fp = next;
    }
    if let Some(&(_, _, goexit)) = RANGE.get() {
        f(goexit + 1);
    }
}

/// `runtime.rtcallers(skip, buf, n) int`: fills `buf[:n]` with the pcs of
/// the logical frames of the current goroutine, skipping `skip` frames;
/// frame 0 is the Go function that called this entry (runtime.Callers).
///
/// # Safety
/// `buf` points at `n` writable words.
#[export_name = "runtime.rtcallers"]
pub unsafe extern "C" fn rtcallers(skip: isize, buf: *mut usize, n: isize) -> isize {
    let mut skip = skip.max(0) as usize;
    let mut i = 0;
    let n = n.max(0) as usize;
    walk(|pc| {
        if i >= n {
            return false;
        }
        if skip > 0 {
            skip -= 1;
            return true;
        }
        // SAFETY: i < n, guaranteed writable by the caller.
        unsafe { *buf.add(i) = pc };
        i += 1;
        true
    });
    i as isize
}

/// The result of `runtime.rtpcinfo`, Go's `pcInfo` in symtab.go.
#[repr(C)]
pub struct GoPcInfo {
    name: *const u8,
    name_len: isize,
    file: *const u8,
    file_len: isize,
    line: isize,
    entry: usize,
    inlined: bool,
    noargs: bool,
}

/// `runtime.rtpcinfo(pc, out) bool`: what the table knows about `pc`.
///
/// # Safety
/// `out` points at a writable `GoPcInfo`.
#[export_name = "runtime.rtpcinfo"]
pub unsafe extern "C" fn rtpcinfo(pc: usize, out: *mut GoPcInfo) -> bool {
    let Some(info) = lookup(pc) else {
        return false;
    };
    // SAFETY: guaranteed by the caller; the strings are static.
    unsafe {
        *out = GoPcInfo {
            name: info.loc.name.as_ptr(),
            name_len: info.loc.name.len() as isize,
            file: info.loc.file.as_ptr(),
            file_len: info.loc.file.len() as isize,
            line: info.loc.line as isize,
            entry: info.entry,
            inlined: info.inlined,
            noargs: info.noargs,
        };
    }
    true
}

/// `runtime.rtgoid() int64`: the current goroutine's id (Stack's header).
#[export_name = "runtime.rtgoid"]
pub extern "C" fn rtgoid() -> i64 {
    crate::sched::current_goid()
}

#[cfg(test)]
mod tests {
    use super::*;

    const NAMES: &[u8; 20] = b"main.fmain.g/x/a.go\0";

    /// A record as the compiler writes it (lower/pctab.rs) for a function
    /// `main.f` of 64 bytes in /x/a.go whose call returning at 20 has
    /// `main.g` (line 7) inlined at line 3, and whose line table says
    /// line 2 from offset 0 and line 4 from offset 30; its strings and its
    /// "code" follow it in the same allocation (PC-relative fields reach
    /// only 2 GiB). Returns the words and the code's index.
    fn record() -> (Vec<u32>, usize) {
        let strs = [(0usize, 6u32), (6, 6), (12, 7)];
        let locs = [
            (0u32, 2u32, 1u32),
            (0, 2, 2),
            (0, 2, 3),
            (1, 2, 7),
            (0, 2, 4),
        ];
        let mut r = vec![0, 0, 64, NOARGS, 3, 5, 2, 1, 2];
        let str_at = r.len();
        for &(_, len) in &strs {
            r.extend([0, len]);
        }
        for &(name, file, line) in &locs {
            r.extend([name | file << 16, line]);
        }
        r.extend([0, 1, 30, 4]);
        r.extend([20, 5, 0, 2]);
        r.extend([2, 3]);
        r[0] = (r.len() * 4) as u32;
        let names = r.len();
        r.extend(
            NAMES
                .chunks(4)
                .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]])),
        );
        let code = r.len();
        r.extend([0x9090_9090; 16]);
        // PC-relative fields: offsets within the words.
        r[1] = ((code as i64 - 1) * 4) as u32;
        for (i, &(off, _)) in strs.iter().enumerate() {
            let field = str_at + 2 * i;
            r[field] = ((names * 4 + off) as i64 - (field * 4) as i64) as u32;
        }
        (r, code)
    }

    #[test]
    fn records_read_as_written() {
        let (words, code) = record();
        let r = Rec(words.as_ptr() as usize);
        assert_eq!(r.entry(), words.as_ptr() as usize + code * 4);
        assert_eq!(r.codelen(), 64);
        assert!(r.noargs() && !r.hidden());
        assert_eq!(r.loc(0).name, b"main.f");
        assert_eq!(r.loc(0).file, b"/x/a.go");
        assert_eq!(r.loc(r.line_loc(10)).line, 2);
        assert_eq!(r.loc(r.line_loc(40)).line, 4);
        // The call's instruction is [15, 20): frames g (line 7) at 19 and
        // f (line 3) at 18; offset 14 is no call's.
        let (ret, len, start, n) = r.call_at(19).unwrap();
        assert_eq!((ret, len, n), (20, 5, 2));
        assert_eq!(r.loc_of_chain(start, chain_index(n, len, 0)).line, 7);
        assert_eq!(
            r.loc_of_chain(start, chain_index(n, len, 1)).name,
            b"main.f"
        );
        assert!(r.call_at(14).is_none());
        assert_eq!(r.size(), words.len() * 4 - 16 * 4 - NAMES.len());
    }

    #[test]
    fn chains_keep_the_outermost_frame() {
        // A 5-byte call in a chain of 3: inner, middle, outer.
        assert_eq!(reported(3, 5), 3);
        assert_eq!(chain_index(3, 5, 0), 2);
        assert_eq!(chain_index(3, 5, 1), 1);
        assert_eq!(chain_index(3, 5, 2), 0);
        // A 2-byte call in a chain of 3: inner and outer only.
        assert_eq!(reported(3, 2), 2);
        assert_eq!(chain_index(3, 2, 0), 2);
        assert_eq!(chain_index(3, 2, 1), 0);
        // No inlining.
        assert_eq!(chain_index(1, 5, 0), 0);
    }
}
