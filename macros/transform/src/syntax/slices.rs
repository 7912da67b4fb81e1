//! Slice patterns on arrays: where the coroutine's drop order of what a
//! pattern leaves of an array could differ from Rust's.

use super::pattern::{binds_by_value, binds_rest, has_wildcard};
use syn::Pat;

/// Whether a slice pattern in `pat` leaves elements in two or more runs
/// apart (`[_, b, _]`, `[_, (a, _)]`): Rust drops what is left of an array
/// one run at a time, the last run first (rustc's drop elaboration of an
/// array with moved elements), where the coroutine keeps the parts in the
/// pattern's order.
pub fn slice_leaves_split_runs(pat: &Pat) -> bool {
    struct Finder(bool);
    impl<'ast> syn::visit::Visit<'ast> for Finder {
        fn visit_pat_slice(&mut self, s: &'ast syn::PatSlice) {
            let (mut runs, mut in_run) = (0, false);
            for e in &s.elems {
                let left = match e {
                    Pat::Wild(_) | Pat::Rest(_) => true,
                    Pat::Ident(p) => p.by_ref.is_some() && p.subpat.is_none(),
                    _ => false,
                };
                if left {
                    runs += usize::from(!in_run);
                    in_run = true;
                } else {
                    // An element that leaves a part of its own is a run.
                    runs += usize::from(!binds_rest(e) && has_wildcard(e));
                    in_run = false;
                }
            }
            self.0 |= runs >= 2;
            syn::visit::visit_pat_slice(self, s);
        }
    }
    let mut f = Finder(false);
    syn::visit::Visit::visit_pat(&mut f, pat);
    f.0
}

/// Whether `pat` has a slice pattern that binds by value (it may move
/// elements out of an array).
pub fn has_slice_binding_by_value(pat: &Pat) -> bool {
    struct Finder(bool);
    impl<'ast> syn::visit::Visit<'ast> for Finder {
        fn visit_pat_slice(&mut self, s: &'ast syn::PatSlice) {
            self.0 |= binds_by_value(&Pat::Slice(s.clone()));
        }
    }
    let mut f = Finder(false);
    syn::visit::Visit::visit_pat(&mut f, pat);
    f.0
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pat(s: &str) -> Pat {
        syn::parse::Parser::parse_str(Pat::parse_multi, s).expect("a pattern")
    }

    #[test]
    fn runs_left_apart() {
        for p in [
            "[_, b, _]",
            "[_, b, .., _]",
            "[a, _, b, ..]",
            "Some([_, (a, _)])",
            "[ref a, b, _]",
        ] {
            assert!(slice_leaves_split_runs(&pat(p)), "{p}");
        }
        for p in [
            "[a, ..]",
            "[a, .., z]",
            "[_, _, c]",
            "[a, rest @ ..]",
            "[a, b]",
            "(_, [a, _])",
        ] {
            assert!(!slice_leaves_split_runs(&pat(p)), "{p}");
        }
    }

    #[test]
    fn binds_by_value_in_a_slice() {
        assert!(has_slice_binding_by_value(&pat("[a, ..]")));
        assert!(has_slice_binding_by_value(&pat("(x, [_, b])")));
        assert!(!has_slice_binding_by_value(&pat("[ref a, ..]")));
        assert!(!has_slice_binding_by_value(&pat("(a, b)")));
    }
}
