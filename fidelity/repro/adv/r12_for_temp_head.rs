// args:
// Temporaries in loop heads: for x in make().iter() with awaits in the body.
fn f() -> i64 {
    let mut n = 0;
    for t in bag("a", "b").iter() {
        tick("x").await;
        n += t.len();
    }
    for (i, t) in bag("c", "dd").into_iter().enumerate() {
        tick("y").await;
        n += i as i64 * t.len();
    }
    n
}
