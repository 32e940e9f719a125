//! golift's differential tester: a generator of random well-typed Go
//! programs whose output is compared with the real Go toolchain's (`diff`),
//! a mutator that feeds broken and odd variants of the corpus to the whole
//! pipeline looking for compiler crashes (`mutate`), and a minimiser for
//! what they find. The `difftest` binary runs campaigns of either.

pub mod diff;
pub mod exec;
pub mod gen;
pub mod minimise;
pub mod mutate;
pub mod rng;
pub mod types;
