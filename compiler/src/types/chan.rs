//! Channel operations and the go statement: gc's typing rules and
//! diagnostics for `<-c`, `c <- v`, `close(c)`, `range c` and `go f(x)`.
//!
//! A receive is a value of the channel's element type (comma-ok in a
//! two-value assignment, recorded by the assignment checker); directional
//! channels reject the opposite operation with gc's messages, which spell
//! the channel's type before describing the operand.

use super::check::Checker;
use super::expr::Operand;
use super::ty::{Type, TypeId};
use crate::syntax::ast::{ChanDir, Expr};

impl Checker<'_> {
    /// The channel type of `x` and its direction, or None after reporting
    /// `cannot OP non-channel`.
    fn chan_operand(&mut self, e: &Expr, x: &Operand, op: &str) -> Option<(ChanDir, TypeId)> {
        if let Type::Chan(dir, elem) = self.pkg.types.under(x.ty).clone() {
            return Some((dir, elem));
        }
        let msg = format!(
            "invalid operation: cannot {op} non-channel {}",
            self.chan_describe(e, x, op != "close")
        );
        self.error(e.span, msg);
        None
    }

    /// gc's operand text in channel errors: send and receive errors spell
    /// the type first (`<-chan int r (variable of type <-chan int)`).
    fn chan_describe(&self, e: &Expr, x: &Operand, typed: bool) -> String {
        let d = self.describe(e, x);
        if typed {
            format!("{} {d}", self.type_str(x.ty))
        } else {
            d
        }
    }

    /// `<-x`.
    pub(super) fn recv(&mut self, xe: &Expr) -> Operand {
        let x = self.expr(xe);
        if x.is_bad() {
            return x;
        }
        let Some((dir, elem)) = self.chan_operand(xe, &x, "receive from") else {
            return Operand::invalid();
        };
        if dir == ChanDir::Send {
            let msg = format!(
                "invalid operation: cannot receive from send-only channel {}",
                self.chan_describe(xe, &x, true)
            );
            self.error(xe.span, msg);
            return Operand::invalid();
        }
        Operand::value(elem)
    }

    /// `ch <- v`.
    pub(super) fn send(&mut self, ch: &Expr, v: &Expr) {
        let c = self.expr(ch);
        let mut x = self.expr(v);
        if c.is_bad() {
            return;
        }
        let Some((dir, elem)) = self.chan_operand(ch, &c, "send to") else {
            return;
        };
        if dir == ChanDir::Recv {
            let msg = format!(
                "invalid operation: cannot send to receive-only channel {}",
                self.chan_describe(ch, &c, true)
            );
            self.error(ch.span, msg);
            return;
        }
        self.assignment(v, &mut x, Some(elem), "send");
    }

    /// `close(c)`.
    pub(super) fn close(&mut self, arg: &Expr) {
        let c = self.expr(arg);
        if c.is_bad() {
            return;
        }
        let Some((dir, _)) = self.chan_operand(arg, &c, "close") else {
            return;
        };
        if dir == ChanDir::Recv {
            let msg = format!(
                "invalid operation: cannot close receive-only channel {}",
                self.describe(arg, &c)
            );
            self.error(arg.span, msg);
        }
    }
}
