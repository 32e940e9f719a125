//! Range over functions (Go 1.23): which function types are iterators and
//! what they yield (gc's `rangeKeyVal` for signatures).
//!
//! An iterator is `func(yield func(...) bool)`: one parameter, no results,
//! the parameter a non-variadic function of at most two parameters whose
//! result is exactly the predeclared `bool`. Its key and value types are the
//! yield function's parameters, absent when it has fewer. The reasons a
//! function type is no iterator are gc's texts, reported after
//! `cannot range over X: `.

use super::check::Checker;
use super::ty::{BasicKind, Signature, Type, TypeId};

/// Key and value types of a range clause; `None` where the range permits no
/// such iteration variable.
pub type KeyVal = (Option<TypeId>, Option<TypeId>);

impl Checker<'_> {
    /// The key and value types iterator `sig` yields, or why it is no
    /// iterator.
    pub(super) fn range_func_kv(&self, sig: &Signature) -> Result<KeyVal, String> {
        const MUST: &str = "func must be func(yield func(...) bool)";
        if sig.params.len() != 1 {
            return Err(format!("{MUST}: wrong argument count"));
        }
        if !sig.results.is_empty() {
            return Err(format!("{MUST}: unexpected results"));
        }
        let yt = sig.params[0];
        let Type::Func(yield_sig) = self.pkg.types.under(yt) else {
            return Err(format!("{MUST}: argument is not func"));
        };
        if yield_sig.params.len() > 2 {
            return Err(format!("{MUST}: yield func has too many parameters"));
        }
        let bool_t = self.basic(BasicKind::Bool);
        match yield_sig.results.as_slice() {
            [r] if *r == bool_t => {}
            [r] if self.pkg.types.is_boolean(*r) => {
                return Err(format!(
                    "{MUST}: yield func returns user-defined boolean, not bool"
                ))
            }
            _ => return Err(format!("{MUST}: yield func does not return bool")),
        }
        if yield_sig.variadic {
            let s = self.type_str(yt);
            return Err(format!("yield func of type {s} cannot be variadic"));
        }
        Ok((
            yield_sig.params.first().copied(),
            yield_sig.params.get(1).copied(),
        ))
    }
}

#[cfg(test)]
mod tests {
    use crate::types::tests::check_src;

    /// The diagnostics of ranging over `iter` (declared as given) with
    /// iteration variables `vars`.
    fn range_errors(decl: &str, vars: &str) -> Vec<String> {
        let src = format!(
            "package main\n\n{decl}\n\nfunc main() {{\n\tfor {vars} range it {{\n\t}}\n}}\n"
        );
        check_src(&src).1
    }

    #[test]
    fn iterators_yield_zero_one_or_two_values() {
        assert!(range_errors("func it(yield func() bool) {}", "").is_empty());
        assert!(range_errors("func it(yield func(int) bool) {}", "_ :=").is_empty());
        assert!(range_errors("func it(yield func(int, string) bool) {}", "_, _ =").is_empty());
        assert!(range_errors("func it(yield func(int, string) bool) {}", "_ =").is_empty());
    }

    #[test]
    fn non_iterators_get_gcs_cause() {
        let e = range_errors("func it(yield func(int) int) {}", "");
        assert_eq!(e.len(), 1);
        assert!(
            e[0].ends_with("cannot range over it (value of type func(yield func(int) int)): func must be func(yield func(...) bool): yield func does not return bool"),
            "{e:?}"
        );
        let e = range_errors("func it(yield func(...int) bool) {}", "");
        assert!(
            e[0].ends_with("yield func of type func(...int) bool cannot be variadic"),
            "{e:?}"
        );
    }

    #[test]
    fn extra_iteration_variables_are_reported() {
        let e = range_errors("func it(yield func() bool) {}", "_ =");
        assert!(e[0].ends_with("permits no iteration variables"), "{e:?}");
        let e = range_errors("func it(yield func(int) bool) {}", "_, _ =");
        assert!(
            e[0].ends_with("permits only one iteration variable"),
            "{e:?}"
        );
    }
}
