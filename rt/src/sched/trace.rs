//! `GODEBUG=schedtrace=N` (and `scheddetail=1`): every N ms sysmon prints
//! Go's `SCHED` line (Go's `schedtrace`, same fields in the same format) to
//! standard error, with the scheduler's real counts:
//!
//! ```text
//! SCHED 10ms: gomaxprocs=2 idleprocs=1 threads=4 spinningthreads=0 needspinning=0 idlethreads=2 runqueue=0 [ 0 0 ] schedticks=[ 3 5 ]
//! ```
//!
//! `threads` counts the Ms and sysmon's thread (Go's sysmon is an M);
//! `needspinning` is always 0 (golift's spinning protocol has no such
//! flag). With `scheddetail=1` the header carries Go's detail fields and
//! lines for every P, M (newest first) and goroutine follow. Fields golift
//! has no counterpart for (`mallocing`, `throwing`, `gcwaiting`,
//! `stopwait`, `timerslen`, ...) print Go's idle values. The counts are
//! read while the scheduler runs, as Go's are: each is a snapshot.

use core::sync::atomic::Ordering;
use std::time::{Duration, Instant};

use super::proc::{allm_allg, allp, counts, gomaxprocs};
use crate::print::Printer;

pub struct Trace {
    period: Duration,
    detailed: bool,
    start: Instant,
    last: core::cell::Cell<Option<Instant>>,
}

impl Trace {
    /// The trace `$GODEBUG` asks for, if any.
    pub fn from_env() -> Option<Trace> {
        let ms = super::godebug("schedtrace").filter(|&n| n > 0)?;
        Some(Trace {
            period: Duration::from_millis(ms as u64),
            detailed: super::godebug("scheddetail").is_some_and(|n| n > 0),
            start: Instant::now(),
            last: core::cell::Cell::new(None),
        })
    }

    /// Called by sysmon every round: prints when a period has passed.
    pub fn tick(&self, now: Instant) {
        if self.last.get().is_some_and(|l| now < l + self.period) {
            return;
        }
        self.last.set(Some(now));
        let mut p = Printer::new();
        let ms = now.duration_since(self.start).as_millis() as u64;
        schedtrace(&mut p, ms, self.detailed);
        p.flush();
    }
}

/// Writes Go's schedtrace text for the moment `ms` after start-up.
fn schedtrace(p: &mut Printer, ms: u64, detailed: bool) {
    let c = counts();
    p.str(b"SCHED ");
    p.uint(ms);
    p.str(b"ms: gomaxprocs=");
    p.uint(gomaxprocs() as u64);
    p.str(b" idleprocs=");
    p.int(c.idleprocs as i64);
    p.str(b" threads=");
    p.int(c.threads as i64 + 1);
    p.str(b" spinningthreads=");
    p.int(c.spinning as i64);
    p.str(b" needspinning=0 idlethreads=");
    p.int(c.idlethreads as i64);
    p.str(b" runqueue=");
    p.uint(c.runqueue as u64);
    if detailed {
        p.str(b" gcwaiting=false nmidlelocked=");
        p.int(c.nmidlelocked as i64);
        p.str(b" stopwait=0 sysmonwait=false\n");
    }
    let ps = &allp()[..gomaxprocs().min(allp().len())];
    for (i, &pp) in ps.iter().enumerate() {
        // SAFETY: Ps are never freed.
        let pp = unsafe { &*pp };
        if detailed {
            p_detail(p, i, pp);
            continue;
        }
        p.str(if i == 0 { b" [ " } else { b" " });
        p.uint(pp.runqsize() as u64);
        if i == ps.len() - 1 {
            p.str(b" ]");
        }
    }
    if !detailed {
        p.str(b" schedticks=[ ");
        for &pp in ps {
            // SAFETY: Ps are never freed.
            p.uint(unsafe { &*pp }.schedtick.load(Ordering::Relaxed) as u64);
            p.str(b" ");
        }
        p.str(b"]\n");
        return;
    }
    let (mut m, mut g) = allm_allg();
    // SAFETY: Ms and gs are never freed; their fields are read racily, as
    // Go's schedtrace reads them.
    unsafe {
        while let Some(mm) = m.as_ref() {
            m_detail(p, mm);
            m = mm.alllink;
        }
        let mut gs = Vec::new();
        while let Some(gg) = g.as_ref() {
            gs.push(gg);
            g = gg.alllink;
        }
        for gg in gs.into_iter().rev() {
            g_detail(p, gg);
        }
    }
}

fn p_detail(p: &mut Printer, i: usize, pp: &super::P) {
    p.str(b"  P");
    p.uint(i as u64);
    p.str(b": status=");
    p.uint(pp.status.load(Ordering::Relaxed) as u64);
    p.str(b" schedtick=");
    p.uint(pp.schedtick.load(Ordering::Relaxed) as u64);
    p.str(b" syscalltick=");
    p.uint(pp.syscalltick.load(Ordering::Relaxed) as u64);
    p.str(b" m=");
    // SAFETY: Ms are never freed.
    opt_id(
        p,
        unsafe { pp.m.load(Ordering::Relaxed).as_ref() }.map(|m| m.id),
    );
    p.str(b" runqsize=");
    p.uint(pp.runqsize() as u64);
    p.str(b" gfreecnt=");
    p.uint(pp.gfreecnt.load(Ordering::Relaxed) as u64);
    p.str(b" timerslen=0\n");
}

/// # Safety
/// `m`'s pointers are to Ps and gs, never freed.
unsafe fn m_detail(p: &mut Printer, m: &super::M) {
    // SAFETY: guaranteed by the caller.
    let (pp, curg, lockedg) = unsafe {
        (
            m.p.as_ref(),
            m.curg.load(Ordering::Relaxed).as_ref(),
            m.lockedg.as_ref(),
        )
    };
    p.str(b"  M");
    p.int(m.id);
    p.str(b": p=");
    opt_id(p, pp.map(|pp| pp.id as i64));
    p.str(b" curg=");
    opt_id(p, curg.map(|g| g.goid));
    p.str(b" mallocing=0 throwing=0 preemptoff= locks=");
    p.uint(m.locks.load(Ordering::Relaxed) as u64);
    p.str(b" dying=0 spinning=");
    p.str(if m.spinning { b"true" } else { b"false" });
    p.str(b" blocked=");
    p.str(if pp.is_none() && curg.is_none() {
        b"true"
    } else {
        b"false"
    });
    p.str(b" lockedg=");
    opt_id(p, lockedg.map(|g| g.goid));
    p.str(b"\n");
}

/// # Safety
/// `g`'s pointers are to Ms, never freed.
unsafe fn g_detail(p: &mut Printer, g: &super::G) {
    p.str(b"  G");
    p.int(g.goid);
    p.str(b": status=");
    p.uint(g.status.load(Ordering::Relaxed) as u64);
    p.str(b"(");
    p.str(g.waitreason.as_str().as_bytes());
    p.str(b") m=");
    // SAFETY: guaranteed by the caller.
    opt_id(p, unsafe { g.m.as_ref() }.map(|m| m.id));
    p.str(b" lockedm=");
    // SAFETY: as above.
    opt_id(p, unsafe { g.lockedm.as_ref() }.map(|m| m.id));
    p.str(b"\n");
}

/// An id, or `nil`.
fn opt_id(p: &mut Printer, id: Option<i64>) {
    match id {
        Some(id) => p.int(id),
        None => p.str(b"nil"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The line has Go's fields in Go's order, each with a number (other
    /// tests share the global run queue, so the values vary).
    #[test]
    fn header_has_gos_fields_in_order() {
        let mut p = Printer::capturing();
        schedtrace(&mut p, 12, false);
        let s = String::from_utf8(p.into_captured()).unwrap();
        let rest = s.strip_prefix("SCHED 12ms: ").expect(&s);
        let rest = rest.strip_suffix(" schedticks=[ ]\n").expect(&s);
        let names: Vec<&str> = rest
            .split(' ')
            .map(|kv| {
                let (k, v) = kv.split_once('=').expect(&s);
                assert!(v.parse::<u64>().is_ok(), "{s}");
                k
            })
            .collect();
        assert_eq!(
            names,
            [
                "gomaxprocs",
                "idleprocs",
                "threads",
                "spinningthreads",
                "needspinning",
                "idlethreads",
                "runqueue"
            ]
        );
    }
}
