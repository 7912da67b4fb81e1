//! Review (pre-existing, seen while probing homes): a temporary borrowed
//! across an `.await` through a `let` of a tuple or array literal (which
//! ARCHITECTURE.md "Known limits" 2 lists as extended) fails with E0716
//! "temporary value dropped while borrowed" from the generated code. An
//! `async fn` accepts each, and `let r = &make();` works. (The `for`,
//! `match` and `if let` heads of this case compile now, `borrowed_temps.rs`;
//! they are checked here and by `diff_temporaries::borrowed_by_the_head`.)
#[macro_use]
#[path = "../support/mod.rs"]
mod support;
use support::*;

fn make() -> Vec<u32> {
    vec![1, 2, 3]
}

twins! {
    fn for_over_borrowed_temporary() -> u32 {
        let mut t = 0;
        for x in &make() {
            tick("f").await;
            t += *x;
        }
        t
    }
    fn match_on_borrowed_temporary() -> u32 {
        match &make() {
            r => {
                tick("m").await;
                r[0]
            }
        }
    }
    fn if_let_on_borrowed_temporary() -> u32 {
        if let [x, ..] = &make()[..] {
            tick("i").await;
            *x
        } else {
            0
        }
    }
    fn tuple_literal_extends_temporary() -> u32 {
        let t = (&make(), 5u32);
        tick("t").await;
        t.0[1] + t.1
    }
    fn array_literal_extends_temporary() -> u32 {
        let p = [&make()];
        tick("t").await;
        p[0][2]
    }
}

fn main() {
    assert_eq!(assert_twins!(for_over_borrowed_temporary()), 6);
    assert_eq!(assert_twins!(match_on_borrowed_temporary()), 1);
    assert_eq!(assert_twins!(if_let_on_borrowed_temporary()), 1);
    assert_eq!(assert_twins!(tuple_literal_extends_temporary()), 7);
    assert_eq!(assert_twins!(array_literal_extends_temporary()), 3);
}
