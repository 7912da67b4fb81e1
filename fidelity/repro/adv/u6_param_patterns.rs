// args: (Tracked::new("pa"), Tracked::new("pb")), Pair { a: Tracked::new("qa"), b: Tracked::new("qb") }, Tracked::new("z")
// Parameter patterns (tuple, struct) and an unused `_` parameter: drop order of params.
fn f((a, b): (Tracked, Tracked), Pair { a: qa, b: _ }: Pair, _: Tracked) -> i64 {
    let local = Tracked::new("local");
    tick("t").await;
    a.len() + qa.len() + local.len() + ready("b", b.len()).await
}
