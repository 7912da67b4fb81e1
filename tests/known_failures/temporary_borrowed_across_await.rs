//! Known failure (see tests/KNOWN_FAILURES.md#temporary-borrowed-across-await).
#[macro_use]
#[path = "../support/mod.rs"]
mod support;
use support::*;

pub fn consume(t: &Tracked, v: i32) -> i32 {
    log(format!("consume {} {v}", t.name()));
    v
}

twins! {
        fn temporary_across_await() -> i32 {
            consume(&Tracked::new("t"), ready("r", 1).await)
        }
        fn temporary_in_tail_expression() -> i32 {
            let v = {
                let _x = Tracked::new("x");
                consume(&Tracked::new("tail"), ready("r", 2).await)
            };
            tick("after").await;
            v
        }
        fn temporaries_in_condition(n: i32) -> i32 {
            if consume(&Tracked::new("cond"), ready("c", n).await) > 0 {
                tick("then").await;
                1
            } else {
                0
            }
        }
}

fn main() {
    assert_eq!(assert_twins!(temporary_across_await()), 1);
    assert_eq!(assert_twins!(temporary_in_tail_expression()), 2);
    assert_eq!(assert_twins!(temporaries_in_condition(1)), 1);
    assert_eq!(assert_twins!(temporaries_in_condition(0)), 0);
}
