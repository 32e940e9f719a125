//! golift: an ahead-of-time Go compiler. Data flows one way:
//! `syntax` (tokens, AST) -> `types` (checked program) -> `lower` (Cranelift IR)
//! -> object file, linked by `driver` with the embedded runtime.
pub mod bigstack;
pub mod diag;
pub mod driver;
pub mod lower;
pub mod syntax;
pub mod typeinfo;
pub mod types;
