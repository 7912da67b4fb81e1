// args: 3
// `while` conditions with awaited values and Tracked temporaries, `continue` paths, body awaits; the condition's
// temporaries drop at the end of the condition each turn.
fn f(k: i64) -> i64 {
    let mut i = 0;
    let mut n = 0;
    while ready("cond", Tracked::new("c")).await.len() + i < k + 1 {
        i += 1;
        if i % 2 == 0 { tick("skip").await; continue; }
        n += consume(&Tracked::new("body"), ready("b", i).await);
    }
    while i > 0 && Tracked::new("lhs").len() > 0 && ready("c2", i).await > 1 { i -= 1; }
    n * 10 + i
}
