//! Differential tests for lowering fixes found by the fidelity generator
//! (issue 11): each module pins one class of `fidelity/FAILING.md` that the
//! coroutine used to refuse or run differently.
#[macro_use]
mod support;
use support::*;

fn opt_len(o: &Option<Tracked>) -> i64 {
    o.as_ref().map_or(0, |t| t.name().len() as i64)
}

fn log_i(n: i64) {
    log(format!("i {n}"));
}

/// A join (the code after an `if`, a `match`, a block used as an operand)
/// whose value or bindings get their type only in the branches that
/// suspend: its arm must come after theirs, or rustc cannot type a method
/// call on the value (E0282, classes `block-in-operand`, `exit-in-operand`,
/// `await-call-arg`, `await-condition`, `await-loop-head`).
mod join_typed_by_its_branches {
    use super::*;
    twins! {
        fn if_value_in_scrutinee(c: bool) -> i64 {
            if let Some(t) = Some(if c {
                tick("then").await;
                Tracked::new("a")
            } else {
                log_i(ready("else", 0).await);
                Tracked::new("b")
            }) {
                log(t.name());
            }
            0
        }
        fn block_in_call_argument(o: Option<Tracked>) -> i64 {
            log_i({
                match opt_len(&o) {
                    n => log_i(n + ready("r", 1).await),
                }
                0
            });
            opt_len(&o)
        }
        fn match_value_in_literal(n: i64) -> usize {
            let pair = (
                match n {
                    0 => ready("zero", Tracked::new("z")).await,
                    _ => {
                        tick("other").await;
                        Tracked::new("o")
                    }
                },
                Tracked::new("second"),
            );
            pair.0.name().len() + pair.1.name().len()
        }
        fn loop_value_as_argument(n: i64) -> usize {
            let v = vec![
                loop {
                    if ready("cond", n > 0).await {
                        break Tracked::new("pos");
                    }
                    break ready("neg", Tracked::new("neg")).await;
                },
            ];
            v[0].name().len()
        }
    }

    #[test]
    fn a_join_is_typed_by_the_branches_that_reach_it() {
        assert_eq!(assert_twins!(if_value_in_scrutinee(true)), 0);
        assert_eq!(assert_twins!(if_value_in_scrutinee(false)), 0);
        assert_eq!(assert_twins!(block_in_call_argument(None)), 0);
        assert_eq!(
            assert_twins!(block_in_call_argument(Some(Tracked::new("arg")))),
            3
        );
        assert_eq!(assert_twins!(match_value_in_literal(0)), 7);
        assert_eq!(assert_twins!(match_value_in_literal(1)), 7);
        assert_eq!(assert_twins!(loop_value_as_argument(1)), 3);
        assert_eq!(assert_twins!(loop_value_as_argument(0)), 3);
    }
}
