//! Coroutines in an edition 2021 crate against edition 2021's `async fn`:
//! the same body both ways, run to completion and dropped after every k
//! polls, logs compared. The bodies hold temporaries across `.await`s
//! where editions 2021 and 2024 agree (a statement's operands, an `if let`
//! without `else`, a `match` scrutinee), and keep the sites where they
//! differ free of held temporaries (a tail whose value is bound first).

use coro_edition2021::support::*;
use coro_edition2021::{assert_twins, twins};

twins! {
    fn operand_temporary_held_to_the_statement_end(n: usize) -> usize {
        let a = Tracked::new("a");
        let v = Tracked::new("tmp").name().len() + { tick("t").await; n };
        log("after");
        v + a.name().len()
    }
    fn if_let_without_else(n: usize) -> usize {
        let mut total = n;
        if let Some(k) = Tracked::new("s").name().bytes().next() {
            tick("t").await;
            total += usize::from(k);
        }
        log("after");
        total
    }
    fn match_scrutinee_temporary(n: usize) -> usize {
        let v = match Tracked::new("m").name().bytes().next() {
            Some(k) => {
                tick("t").await;
                usize::from(k) + n
            }
            None => 0,
        };
        log("after");
        v
    }
    fn tail_bound_first(n: usize) -> usize {
        let a = Tracked::new("a");
        let v = {
            let b = Tracked::new("b");
            let v = Tracked::new("tmp").name().len() + { tick("t").await; b.name().len() };
            v
        };
        v + a.name().len() + n
    }
    fn tail_temporary_before_the_suspension(n: usize) -> usize {
        let a = Tracked::new("a");
        let v = {
            let b = Tracked::new("b");
            Tracked::new("tmp").name().len() + b.name().len()
        };
        tick("t").await;
        v + a.name().len() + n
    }
    fn final_tail_in_a_constructor(n: usize) -> usize {
        let r: Result<usize, String> = Ok({
            log("in");
            Tracked::new("tmp").name().len() + { tick("t").await; n }
        });
        log("after");
        r.unwrap_or(0)
    }
    fn if_let_with_an_empty_else(n: usize) -> usize {
        let mut total = n;
        if let Some(k) = Tracked::new("s").name().bytes().next() {
            tick("t").await;
            total += usize::from(k);
        } else {
        }
        total
    }
    fn guard_reading_edition_2021_binding_modes(n: usize) -> usize {
        // `ref x` and `mut x` under a reference scrutinee (edition 2021
        // only): `ref` is a reference as without it; `mut` binds by value.
        let v = Some(n);
        let a = match &v {
            Some(ref x) if ready("g", *x).await > 1 => *x * 10,
            _ => 0,
        };
        let b = match &v {
            Some(mut x) if ready("h", x).await > 0 => {
                x += 1;
                x
            }
            _ => 0,
        };
        let t = Some(Tracked::new("t"));
        let c = match &t {
            Some(ref x) if ready("i", x.name().len()).await > 0 => x.name().len(),
            _ => 0,
        };
        a + b + c
    }
    fn mut_binding_of_a_reference_changed_after_await(n: usize) -> usize {
        // `mut x` under a reference scrutinee binds by value (edition
        // 2021); the branch's pattern binds it apart (for `unused_mut`),
        // under a name with the user's span, so still by value.
        let v = Some(n);
        let a = if let Some(mut x) = &v {
            x += ready("a", 1).await;
            x
        } else {
            0
        };
        let p = Some((n, Tracked::new("p")));
        let b = match &p {
            Some((mut x, _)) => {
                x += ready("b", 2).await;
                x
            }
            None => 0,
        };
        a + b
    }
    fn body_tail_beside_parameters(t: Tracked) -> usize {
        Tracked::new("tmp").name().len() + { tick("t").await; t.name().len() }
    }
    fn locals_and_arguments(t: Tracked) -> usize {
        let a = Tracked::new("a");
        tick("t").await;
        let b = Tracked::new("b");
        tick("u").await;
        a.name().len() + b.name().len() + t.name().len()
    }
}

#[test]
fn coroutines_run_as_edition_2021_async_fns() {
    assert_eq!(
        assert_twins!(operand_temporary_held_to_the_statement_end(2)),
        6
    );
    assert_eq!(assert_twins!(if_let_without_else(1)), 116);
    assert_eq!(assert_twins!(match_scrutinee_temporary(1)), 110);
    assert_eq!(assert_twins!(tail_bound_first(1)), 6);
    assert_eq!(assert_twins!(tail_temporary_before_the_suspension(1)), 6);
    assert_eq!(assert_twins!(locals_and_arguments(Tracked::new("t"))), 3);
    assert_eq!(assert_twins!(final_tail_in_a_constructor(2)), 5);
    assert_eq!(assert_twins!(if_let_with_an_empty_else(1)), 116);
    assert_eq!(
        assert_twins!(guard_reading_edition_2021_binding_modes(2)),
        24
    );
    assert_eq!(
        assert_twins!(mut_binding_of_a_reference_changed_after_await(2)),
        7
    );
    assert_eq!(
        assert_twins!(body_tail_beside_parameters(Tracked::new("t"))),
        4
    );
}

/// The probe the edition errors rest on reads this crate's edition.
#[test]
fn the_edition_probe_reads_2021() {
    let is_2024 = coro::__private::is_edition_2024(&|| panic!());
    assert!(!is_2024, "an edition 2021 crate read as 2024");
}
