// args: 0
// Let chains whose scrutinees make Tracked temporaries (not borrowed past the `let`): when do they drop relative to
// an `else` branch that awaits, and a failing later condition?
fn f(k: i64) -> i64 {
    let mut s = 0;
    for i in 0..3 {
        if let Some(n) = Tracked::new("scr1").len().checked_sub(i) && let 4 = Tracked::new("scr2").len() + n - k && ready("c", i != 1).await {
            s += n;
            tick("then").await;
        } else {
            let _e = Tracked::new("else");
            tick("else").await;
        }
    }
    s
}
