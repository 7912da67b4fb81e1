// args: 2
fn f(k: i64) -> i64 {
    let mut v = bag("a", "b");
    let mut n = 0;
    for _ in v.iter() {
        tick("body").await;
        n += 1;
    }
    for _ in v.drain(..) {
        tick("drain").await;
        n += k;
    }
    n
}
