//! Known limit (see ARCHITECTURE.md#partial-move): a field moved out before
//! an `.await` and another field used after it (E0382).
#[macro_use]
#[path = "../support/mod.rs"]
mod support;
use support::*;

pub struct Pair {
    pub a: Tracked,
    pub b: Tracked,
}

pub fn take(t: Tracked) -> &'static str {
    t.into_name()
}

twins! {
        fn partially_moved_struct() -> i32 {
            let p = Pair { a: Tracked::new("pa"), b: Tracked::new("pb") };
            log(take(p.a));
            tick("t").await;
            log(p.b.name());
            1
        }
}

fn main() {
    assert_eq!(assert_twins!(partially_moved_struct()), 1);
}
