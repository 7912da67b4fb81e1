// args: 2
// matches! with awaited scrutinees in several statement positions; Rust drops the scrutinee at the statement's end.
fn f(k: i64) -> i64 {
    let mut n = 0;
    let b = matches!(ready("m1", opt_trk("m1", k > 1)).await, Some(_));
    let t = Tracked::new("after1");
    tick("t1").await;
    n += b as i64;
    while !matches!(ready("m2", opt_trk("m2", n > 1)).await, Some(_)) {
        n += 1;
        tick("loop").await;
    }
    assert!(matches!(ready("m3", opt_trk("m3", true)).await, Some(_)));
    let u = Tracked::new("after3");
    tick("t3").await;
    n * 10 + t.len() + u.len()
}
