// args: 2
// std macros with inline format args naming homed / shadowed bindings: `format!("{t:?}")`, `write!`, `panic!` in a
// branch, `assert_eq!`, `debug_assert!`, `vec![x; n]`, `dbg!(&x)` (stderr) in a coroutine with homes.
fn f(k: i64) -> i64 {
    let t = Tracked::new("t");
    let r = &t;
    let n = k;
    let n = n + 1;
    tick("a").await;
    let s1 = format!("{n} {r:?} {}", t.name());
    let mut s2 = String::new();
    std::fmt::Write::write_fmt(&mut s2, format_args!("{n}-{k}")).unwrap();
    if n > 100 { panic!("n too big: {n} {r:?}"); }
    assert_eq!(n, k + 1, "n={n}");
    debug_assert!(r.len() == 1, "len {}", r.len());
    let w = vec![n; 2];
    let d = dbg!(&n);
    tick("b").await;
    log(format!("{s1} {s2} {d}"));
    s1.len() as i64 + s2.len() as i64 + w.len() as i64 + r.len()
}
