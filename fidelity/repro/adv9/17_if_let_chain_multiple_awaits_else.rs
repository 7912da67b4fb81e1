// args: 4
// `if let` chain with two awaited `let`s and an else branch that awaits; bindings hold Tracked.
fn f(k: i64) -> i64 {
    let mut r = 0;
    for i in 0..3 {
        if let Some(t) = ready("a", opt_trk("one", i != 1)).await
            && let Ok(n) = ready("b", res_trk(k + i, "err")).await
            && n > 3
        {
            r += t.len() + n;
            tick("then").await;
        } else if i == 2 {
            r += ready("elif", 100).await;
        } else {
            let _e = Tracked::new("else");
            tick("else").await;
        }
    }
    r
}
