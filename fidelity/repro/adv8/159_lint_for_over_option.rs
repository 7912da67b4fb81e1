// args:
// `for x in ready(..).await` over an Option (for_loops_over_fallibles) with an await in the body.
fn f() -> i64 {
    let mut n = 0;
    for x in ready("o", Some(3i64)).await {
        tick("x").await;
        n += x;
    }
    n
}
