// args: 1
// Deferred initialisation `let t; .. await .. t = ..;` on both branches of an if, and a `let x: i64;` assigned in a match with awaits.
fn f(c: i64) -> i64 {
    let t: Tracked;
    let g = Tracked::new("g");
    tick("before").await;
    if c > 0 {
        t = ready("a", Tracked::new("then")).await;
    } else {
        tick("else").await;
        t = Tracked::new("else");
    }
    let x: i64;
    match ready("m", c).await {
        0 => x = 10,
        _ => { tick("arm").await; x = 20; }
    }
    tick("end").await;
    t.len() + x + g.len()
}
