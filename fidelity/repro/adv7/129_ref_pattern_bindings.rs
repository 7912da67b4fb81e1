// args:
// `let Pair { ref a, ref b } = p;` and `if let Some(x) = &mut opt` with awaits while the ref bindings are live; then `p` moved.
fn f() -> i64 {
    let p = pair_of("left", "right");
    let Pair { ref a, ref b } = p;
    let n = ready("a", a.len()).await + b.len();
    tick("mid").await;
    let mut opt = Some(Tracked::new("opt"));
    if let Some(x) = &mut opt {
        *x = ready("replace", Tracked::new("new")).await;
    }
    let m = opt.as_ref().map_or(0, |t| t.len());
    n * 100 + m * 10 + take(p.a)
}
