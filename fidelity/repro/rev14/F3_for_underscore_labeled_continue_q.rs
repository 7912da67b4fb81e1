// args: 2
fn f(k: i64) -> Option<i64> {
    let mut n = 0;
    'o: for _ in bag("a", "b") {
        for _ in [opt_trk("x", true), opt_trk("y", false)] {
            tick("in").await;
            n += 1;
            if n == k { continue 'o; }
        }
        opt_trk("z", n < 10)?;
    }
    Some(n)
}
