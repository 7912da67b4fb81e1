//! Differential tests: a field taken from an awaited value. Rust moves the
//! field out of the awaited temporary and drops the rest at the end of the
//! statement (ARCHITECTURE known limit 2, "awaited-field").
#[macro_use]
mod support;
use support::*;

pub struct Pair {
    pub left: Tracked,
    pub right: Tracked,
}

pub fn pair(l: &'static str, r: &'static str) -> (Tracked, Tracked) {
    (Tracked::new(l), Tracked::new(r))
}

pub fn named(l: &'static str, r: &'static str) -> Pair {
    Pair {
        left: Tracked::new(l),
        right: Tracked::new(r),
    }
}

pub struct Triple {
    pub a: Tracked,
    pub b: Tracked,
    pub c: Tracked,
    pub n: usize,
}

pub fn triple() -> Triple {
    Triple {
        a: Tracked::new("a"),
        b: Tracked::new("b"),
        c: Tracked::new("c"),
        n: 3,
    }
}

pub fn nested() -> ((Tracked, Tracked), Tracked) {
    (pair("x", "y"), Tracked::new("z"))
}

pub fn ok_if(m: usize) -> Result<usize, String> {
    if m > 0 { Ok(m) } else { Err(format!("no {m}")) }
}

/// Logs the name it borrows and `n`.
pub fn consume(t: &Tracked, n: usize) -> usize {
    log(format!("consume {} {n}", t.name()));
    t.name().len() + n
}

/// Borrows its receiver (as `Tracked::name` does), logging.
pub trait Plus {
    fn plus(&self, n: usize) -> usize;
}

impl Plus for Tracked {
    fn plus(&self, n: usize) -> usize {
        log(format!("plus {} {n}", self.name()));
        n + 1
    }
}

pub fn take(t: Tracked, u: Tracked) -> usize {
    log(format!("take {} {}", t.name(), u.name()));
    t.name().len() + u.name().len()
}

mod fields {
    use super::*;

    fn logged_len(t: &Tracked) -> usize {
        log(format!("len {}", t.name()));
        t.name().len()
    }

    twins! {
        fn let_of_a_field() -> usize {
            let a = ready("r", pair("a", "rest")).await.0;
            log("after let");
            tick("next").await;
            a.name().len()
        }
        fn let_of_a_named_field() -> usize {
            let a = ready("r", named("rest", "b")).await.right;
            log("after let");
            tick("next").await;
            a.name().len()
        }
        fn field_borrowed_by_a_method() -> usize {
            let n = ready("r", pair("a", "rest")).await.0.name().len();
            log("after let");
            tick("next").await;
            n
        }
        fn field_as_an_argument() -> usize {
            let n = take(ready("r", pair("a", "rest")).await.0, Tracked::new("u"));
            log("after let");
            tick("next").await;
            n
        }
        fn field_before_a_later_await() -> usize {
            let n = take(ready("r", pair("a", "rest")).await.1, ready("s", Tracked::new("u")).await);
            log("after let");
            tick("next").await;
            n
        }
        fn field_borrowed_before_a_later_await() -> usize {
            let n = ready("r", pair("a", "rest")).await.0.name().len() + ready("s", 1).await;
            log("after let");
            tick("next").await;
            n
        }
        fn field_in_an_expression_statement() -> usize {
            drop(ready("r", pair("a", "rest")).await.1);
            log("after statement");
            tick("next").await;
            1
        }
        fn field_of_a_temporary_before_a_later_await() -> usize {
            let n = take(pair("a", "rest").1, ready("s", Tracked::new("u")).await);
            log("after let");
            tick("next").await;
            n
        }
        fn middle_field_before_a_later_await() -> usize {
            let n = take(ready("r", triple()).await.b, ready("s", Tracked::new("u")).await);
            tick("next").await;
            n
        }
        fn middle_field_of_a_temporary_before_a_later_await() -> usize {
            let n = take(triple().b, ready("s", Tracked::new("u")).await);
            tick("next").await;
            n
        }
        fn copy_field_before_a_later_await() -> usize {
            let n = ready("r", triple()).await.n + ready("s", 1).await;
            tick("next").await;
            n
        }
        fn nested_field() -> usize {
            let a = ready("r", nested()).await.0.1;
            log("after let");
            tick("next").await;
            a.name().len()
        }
        fn nested_field_before_a_later_await() -> usize {
            let n = take(ready("r", nested()).await.0.1, ready("s", Tracked::new("u")).await);
            tick("next").await;
            n
        }
        fn extended_reference_to_a_field() -> usize {
            let r = &ready("r", pair("a", "rest")).await.0;
            let n = r.name().len();
            log("after let");
            tick("next").await;
            n
        }
        fn reference_to_a_field_before_a_later_await() -> usize {
            let n = logged_len(&ready("r", pair("a", "rest")).await.0) + ready("s", 1).await;
            tick("next").await;
            n
        }
        fn consumed_field_before_a_later_await() -> usize {
            let n = ready("r", pair("a", "rest")).await.1.into_name().len() + ready("s", 1).await;
            log("after let");
            tick("next").await;
            n
        }
        fn consumed_field_of_a_temporary_before_a_later_await() -> usize {
            let n = pair("a", "rest").1.into_name().len() + ready("s", 1).await;
            log("after let");
            tick("next").await;
            n
        }
        fn consumed_field() -> usize {
            let n = ready("r", pair("a", "rest")).await.1.into_name().len();
            log("after let");
            tick("next").await;
            n
        }
        fn field_in_a_condition() -> usize {
            if ready("r", pair("a", "rest")).await.0.name().len() == 1 {
                log("then");
                tick("t").await;
            }
            1
        }
        fn field_in_a_scrutinee_with_awaiting_arms() -> usize {
            match ready("r", pair("a", "rest")).await.1 {
                t if t.name().len() > 1 => {
                    tick("arm").await;
                    t.name().len()
                }
                _ => 0,
            }
        }
        fn field_assigned_to_an_awaited_index() -> usize {
            let mut v = vec![Tracked::new("old")];
            v[ready("i", 0).await] = ready("r", pair("a", "rest")).await.1;
            log("after assign");
            tick("next").await;
            v.len()
        }
        fn field_of_a_box() -> usize {
            let n = take(ready("r", Box::new(pair("a", "rest"))).await.0, ready("s", Tracked::new("u")).await);
            tick("next").await;
            n
        }
        fn field_compared_before_a_later_await() -> usize {
            let b = ready("r", triple()).await.n == ready("s", 3).await;
            tick("next").await;
            usize::from(b)
        }
        fn field_as_a_for_head() -> usize {
            let mut n = 0;
            for t in ready("r", (vec![Tracked::new("i0"), Tracked::new("i1")], Tracked::new("rest"))).await.0 {
                tick("body").await;
                n += t.name().len();
            }
            log("after for");
            n
        }
        fn field_in_an_if_let() -> usize {
            if let Some(t) = ready("r", (Some(Tracked::new("s")), Tracked::new("rest"))).await.0 {
                tick("then").await;
                log(format!("got {}", t.name()));
            }
            log("after if");
            1
        }
        fn field_in_a_while_let() -> usize {
            let mut k = 0;
            while let Some(t) = ready("r", (Some(Tracked::new("s")), Tracked::new("rest"))).await.0 {
                tick("body").await;
                log(format!("got {}", t.name()));
                k += 1;
                if k == 2 {
                    break;
                }
            }
            k
        }
        fn field_of_a_temporary_as_a_for_head() -> usize {
            let mut n = 0;
            for t in (vec![Tracked::new("i0"), Tracked::new("i1")], Tracked::new("rest")).0 {
                tick("body").await;
                n += t.name().len();
            }
            log("after for");
            n
        }
        // Generated (program seed 5933195172417104479, CI seed 20261202):
        // the code after a block that may return (`?`) is built on two
        // paths, and so is the holder of a moved field: closures there
        // would be of two types (E0308).
        fn field_of_a_temporary_after_a_block_that_may_return(m: usize) -> Result<usize, String> {
            let n = vec![
                {
                    let t = ready("r", Tracked::new("t")).await;
                    let k = ok_if(m)?;
                    k + t.name().len()
                },
                ready("s", ok_if(take(pair("a", "rest").1, Tracked::new("u")))).await?,
            ]
            .len();
            Ok(n)
        }
        fn field_of_a_temporary_in_a_while_let() -> usize {
            let mut k = 0;
            while let Some(t) = (Some(Tracked::new("s")), Tracked::new("rest")).0 {
                tick("body").await;
                log(format!("got {}", t.name()));
                k += 1;
                if k == 2 {
                    break;
                }
            }
            k
        }
        fn extended_field_borrowed_across_an_await() -> usize {
            let r = &ready("r", pair("a", "rest")).await.0;
            tick("next").await;
            log(format!("r {}", r.name()));
            r.name().len()
        }
        fn extended_field_of_a_temporary_borrowed_across_an_await() -> usize {
            let r = &(Tracked::new("a"), Tracked::new("rest")).1;
            tick("next").await;
            r.name().len()
        }
        fn extended_awaited_value_borrowed_across_an_await() -> usize {
            let r = &ready("r", Tracked::new("v")).await;
            tick("next").await;
            r.name().len()
        }
        // Generated (program seed 17207893800785266823, the ninth
        // session's all-classes run): the reference was bound before the
        // later suspension beside the value it borrows (E0505).
        fn reference_to_a_field_as_an_argument_before_a_later_await() -> usize {
            consume(&ready("r", named("a", "b")).await.right, ready("s", 2).await)
        }
        fn reference_to_an_awaited_value_before_a_later_await() -> usize {
            consume(&ready("r", Tracked::new("v")).await, ready("s", 2).await)
        }
        // Generated (program seed 14060836191819950453): the borrowed field
        // receiver was moved into an operand binding (E0382).
        fn borrowed_field_receiver_of_a_literal_before_a_later_await() -> usize {
            (ready("r", Tracked::new("t")).await, 1).0.plus(ready("s", 0).await)
        }
        fn borrowed_field_receiver_before_a_later_await() -> usize {
            ready("r", pair("a", "rest")).await.1.plus(ready("s", 0).await)
        }
        // Generated (program seed 2188661968380121947): a literal of
        // values that is not a call was not bound, so its extended value
        // dropped at the next suspension.
        fn extended_field_of_a_literal_of_values() -> usize {
            let t = Tracked::new("t");
            let r = &(t, 0).0;
            log(format!("r {}", r.name()));
            tick("next").await;
            log("after");
            1
        }
        // Generated (program seed 2188661968380121947): the borrowed field
        // was moved out of its value, which then dropped its fields in
        // another order.
        fn reference_to_a_field_of_a_temporary_before_a_later_await() -> usize {
            consume(&pair("a", "b").1, ready("s", 2).await)
        }
        // Generated (program seed 14989807205016546924): `let _` moved the
        // field out (`identity`), dropping it before the rest.
        fn let_underscore_of_a_field() -> usize {
            let _ = ready("r", pair("a", "b")).await.1;
            log("after let");
            tick("next").await;
            1
        }
        fn let_underscore_of_a_field_of_a_literal() -> usize {
            let _ = (Tracked::new("a"), ready("r", Tracked::new("b")).await).1;
            log("after let");
            tick("next").await;
            1
        }
        fn statement_temporary_after_an_operand_on_cancel() -> usize {
            let p = (Tracked::new("t1"), ready("r", Tracked::new("x").name().len()).await);
            p.1
        }
        // Generated (program seed 5654172735667010941): cancelled at the
        // await, the rest of the temporary dropped before the operand
        // evaluated before it (Rust drops a statement's temporaries after
        // its operands).
        fn field_of_a_temporary_after_an_operand_on_cancel() -> usize {
            let p = (Tracked::new("t1"), ready("r", pair("a", "rest").0).await);
            p.1.name().len()
        }
        fn compared_temporary_after_an_operand_on_cancel() -> usize {
            let p = (Tracked::new("t1"), usize::from(Tracked::new("x").name() == ready("r", "y").await));
            p.1
        }
        // Generated (program seed 7340153547848120883): the borrowed field
        // receiver of a temporary was moved out of it and kept past the
        // statement.
        fn borrowed_field_receiver_of_a_temporary_before_a_later_await() -> usize {
            let n = pair("a", "b").1.plus(ready("s", 0).await);
            log("after let");
            tick("next").await;
            n
        }
        // The passing reproducer receiver_split_parens.rs: a condition's
        // temporary (a scope of its own) held across the condition's await
        // inside an operand drops before the operands evaluated before it.
        fn condition_temporary_inside_an_operand_on_cancel() -> usize {
            let p = (Tracked::new("t1"), if Tracked::new("c").name() == ready("r", "c").await { 1 } else { 2 });
            p.1
        }
        fn field_without_a_later_suspension() -> usize {
            tick("first").await;
            let a = ready("r", pair("a", "rest")).await.0;
            log("after let");
            a.name().len()
        }
    }

    #[test]
    fn let_of_a_field() {
        assert_twins!(let_of_a_field());
    }
    #[test]
    fn let_of_a_named_field() {
        assert_twins!(let_of_a_named_field());
    }
    #[test]
    fn field_borrowed_by_a_method() {
        assert_twins!(field_borrowed_by_a_method());
    }
    #[test]
    fn field_as_an_argument() {
        assert_twins!(field_as_an_argument());
    }
    #[test]
    fn field_before_a_later_await() {
        assert_twins!(field_before_a_later_await());
    }
    #[test]
    fn field_borrowed_before_a_later_await() {
        assert_twins!(field_borrowed_before_a_later_await());
    }
    #[test]
    fn field_in_an_expression_statement() {
        assert_twins!(field_in_an_expression_statement());
    }
    #[test]
    fn field_of_a_temporary_before_a_later_await() {
        assert_twins!(field_of_a_temporary_before_a_later_await());
    }
    #[test]
    fn field_without_a_later_suspension() {
        assert_twins!(field_without_a_later_suspension());
    }
    #[test]
    fn middle_field_before_a_later_await() {
        assert_twins!(middle_field_before_a_later_await());
    }
    #[test]
    fn middle_field_of_a_temporary_before_a_later_await() {
        assert_twins!(middle_field_of_a_temporary_before_a_later_await());
    }
    #[test]
    fn copy_field_before_a_later_await() {
        assert_twins!(copy_field_before_a_later_await());
    }
    #[test]
    fn nested_field() {
        assert_twins!(nested_field());
    }
    #[test]
    fn nested_field_before_a_later_await() {
        assert_twins!(nested_field_before_a_later_await());
    }
    #[test]
    fn extended_reference_to_a_field() {
        assert_twins!(extended_reference_to_a_field());
    }
    #[test]
    fn reference_to_a_field_before_a_later_await() {
        assert_twins!(reference_to_a_field_before_a_later_await());
    }
    #[test]
    fn consumed_field_before_a_later_await() {
        assert_twins!(consumed_field_before_a_later_await());
    }
    #[test]
    fn consumed_field_of_a_temporary_before_a_later_await() {
        assert_twins!(consumed_field_of_a_temporary_before_a_later_await());
    }
    #[test]
    fn consumed_field() {
        assert_twins!(consumed_field());
    }
    #[test]
    fn field_in_a_condition() {
        assert_twins!(field_in_a_condition());
    }
    #[test]
    fn field_in_a_scrutinee_with_awaiting_arms() {
        assert_twins!(field_in_a_scrutinee_with_awaiting_arms());
    }
    #[test]
    fn field_assigned_to_an_awaited_index() {
        assert_twins!(field_assigned_to_an_awaited_index());
    }
    #[test]
    fn field_of_a_box() {
        assert_twins!(field_of_a_box());
    }
    #[test]
    fn field_compared_before_a_later_await() {
        assert_twins!(field_compared_before_a_later_await());
    }
    #[test]
    fn field_as_a_for_head() {
        assert_twins!(field_as_a_for_head());
    }
    #[test]
    fn field_in_an_if_let() {
        assert_twins!(field_in_an_if_let());
    }
    #[test]
    fn field_in_a_while_let() {
        assert_twins!(field_in_a_while_let());
    }
    #[test]
    fn field_of_a_temporary_as_a_for_head() {
        assert_twins!(field_of_a_temporary_as_a_for_head());
    }
    #[test]
    fn field_of_a_temporary_after_a_block_that_may_return() {
        assert_eq!(
            assert_twins!(field_of_a_temporary_after_a_block_that_may_return(1)),
            Ok(2)
        );
        assert_eq!(
            assert_twins!(field_of_a_temporary_after_a_block_that_may_return(0)),
            Err("no 0".to_string())
        );
    }
    #[test]
    fn field_of_a_temporary_in_a_while_let() {
        assert_twins!(field_of_a_temporary_in_a_while_let());
    }
    #[test]
    fn extended_field_borrowed_across_an_await() {
        assert_twins!(extended_field_borrowed_across_an_await());
    }
    #[test]
    fn extended_field_of_a_temporary_borrowed_across_an_await() {
        assert_twins!(extended_field_of_a_temporary_borrowed_across_an_await());
    }
    #[test]
    fn extended_awaited_value_borrowed_across_an_await() {
        assert_twins!(extended_awaited_value_borrowed_across_an_await());
    }
    #[test]
    fn reference_to_a_field_as_an_argument_before_a_later_await() {
        assert_twins!(reference_to_a_field_as_an_argument_before_a_later_await());
    }
    #[test]
    fn reference_to_an_awaited_value_before_a_later_await() {
        assert_twins!(reference_to_an_awaited_value_before_a_later_await());
    }
    #[test]
    fn borrowed_field_receiver_of_a_literal_before_a_later_await() {
        assert_twins!(borrowed_field_receiver_of_a_literal_before_a_later_await());
    }
    #[test]
    fn borrowed_field_receiver_before_a_later_await() {
        assert_twins!(borrowed_field_receiver_before_a_later_await());
    }
    #[test]
    fn extended_field_of_a_literal_of_values() {
        assert_twins!(extended_field_of_a_literal_of_values());
    }
    #[test]
    fn reference_to_a_field_of_a_temporary_before_a_later_await() {
        assert_twins!(reference_to_a_field_of_a_temporary_before_a_later_await());
    }
    #[test]
    fn let_underscore_of_a_field() {
        assert_twins!(let_underscore_of_a_field());
    }
    #[test]
    fn let_underscore_of_a_field_of_a_literal() {
        assert_twins!(let_underscore_of_a_field_of_a_literal());
    }
    #[test]
    fn statement_temporary_after_an_operand_on_cancel() {
        assert_twins!(statement_temporary_after_an_operand_on_cancel());
    }
    #[test]
    fn field_of_a_temporary_after_an_operand_on_cancel() {
        assert_twins!(field_of_a_temporary_after_an_operand_on_cancel());
    }
    #[test]
    fn compared_temporary_after_an_operand_on_cancel() {
        assert_twins!(compared_temporary_after_an_operand_on_cancel());
    }
    #[test]
    fn borrowed_field_receiver_of_a_temporary_before_a_later_await() {
        assert_twins!(borrowed_field_receiver_of_a_temporary_before_a_later_await());
    }
    #[test]
    fn condition_temporary_inside_an_operand_on_cancel() {
        assert_twins!(condition_temporary_inside_an_operand_on_cancel());
    }
}
