// args: 2
// Closure parameters / inner bindings inside std macro operands (`vec!`, `format!`, `assert!`, `matches!`) named
// like an outer binding that the coroutine renames (shadowed, held across awaits).
fn f(k: i64) -> i64 {
    let lim = 1;
    let lim = lim + k * 10;
    tick("a").await;
    let v = vec![(0..3).map(|lim| lim * 2).sum::<i64>(), lim];
    let s = format!("{}", (0..2).map(|lim| lim + 100).sum::<i64>());
    assert!((0..2).all(|lim| lim < 5), "{}", lim);
    let m = matches!(Some(7), Some(lim) if lim == 7);
    let b = vec![{ let lim = 1000; lim + 1 }];
    tick("b").await;
    log(format!("{v:?} {s} {m} {b:?}"));
    v[0] + v[1] + s.len() as i64 + m as i64 + b[0] + lim
}
