// args: 2
// A match guard that is a block containing `continue 'outer` / `break 'outer`, with awaits in arms and the loop body.
fn f(k: i64) -> i64 {
    let mut n = 0;
    'outer: for i in 0..5 {
        let t = Tracked::new("loop");
        let v = ready("v", i).await;
        match v {
            x if { if x == k { continue 'outer; } x > 3 } => { tick("big").await; break 'outer; }
            x if x % 2 == 0 => { n += ready("even", x).await + t.len(); }
            _ => { tick("odd").await; }
        }
    }
    n
}
