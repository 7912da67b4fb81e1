// args: 3
// Awaits as loop heads and conditions: while cond.await, for over awaited vec, if on awaited bool.
fn f(n: i64) -> i64 {
    let mut i = 0;
    while ready("cond", i).await < n {
        i += 1;
    }
    let mut s = 0;
    for t in ready("items", vec![Tracked::new("a"), Tracked::new("bb")]).await {
        s += t.len();
        tick("it").await;
    }
    if ready("flag", s > 2).await {
        s *= 10;
    }
    let w = loop {
        break ready("brk", s + 1).await;
    };
    match ready("m", n).await {
        k if ready("guard", k > 2).await => w + k,
        k => w - k,
    }
}
