// args:
// An unused inner helper fn and an unused inner struct in a block that suspends (dead_code warnings on hoisted items).
fn f() -> i64 {
    let v = {
        fn unused_helper() -> i64 { 1 }
        struct Unused;
        fn used(x: i64) -> i64 { x * 2 }
        tick("t").await;
        used(4)
    };
    v
}
