//! Syntax: source files, tokens with Go's automatic semicolon insertion, the
//! chumsky parser and the AST. Depends on nothing else in the compiler.
pub mod ast;
pub mod buildexpr;
pub mod directive;
pub mod lexer;
pub mod lit;
pub mod parser;
pub mod source;
pub mod visit;
