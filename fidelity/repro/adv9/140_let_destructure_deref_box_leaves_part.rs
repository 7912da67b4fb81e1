// args: 1
// `let (a, _) = *boxed;` and `let Pair { a, .. } = *boxed_pair;` moving one part out of a Box, then awaits: the
// part left stays in the box until the box drops (end of scope).
fn f(k: i64) -> i64 {
    let bt = Box::new((Tracked::new("t0"), Tracked::new("t1")));
    let (a, _) = *bt;
    tick("t").await;
    let bp = Box::new(Pair { a: Tracked::new("pa"), b: Tracked::new("pb") });
    let Pair { a: pa, .. } = *bp;
    let _after = Tracked::new("after");
    ready("r", a.len() + pa.len() + k).await
}
