// args:
// A closure returning a tuple (Tracked, i64), destructured with `let (t, n) = mk(..)` across awaits; closure reused after.
fn f() -> i64 {
    let mut made = 0;
    let mut mk = |name: &'static str| { made += 1; (Tracked::new(name), made) };
    let (t1, n1) = mk("one");
    tick("a").await;
    let (_, n2) = mk("two");
    let (t3, _) = mk("three");
    tick("b").await;
    t1.len() * 1000 + n1 * 100 + n2 * 10 + t3.len()
}
