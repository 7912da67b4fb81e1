// args: 2
// `match loop { .. tick().await; break v } { .. }` and `let x = loop { .. }` with a Tracked made in the loop and moved out by break.
fn f(k: i64) -> i64 {
    let mut i = 0;
    let r = match loop { i += 1; tick("spin").await; if i > k { break i * 2; } } {
        n if n > 4 => n * 10,
        n => n,
    };
    let t = loop {
        let c = Tracked::new("cand");
        if ready("ok", i).await > 1 { break c; }
        i += 1;
    };
    r * 10 + t.len()
}
