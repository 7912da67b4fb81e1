// args: 2
// `let x;` initialised in branches with awaits; Tracked deferred bindings; loop that breaks after assigning.
fn f(k: i64) -> i64 {
    let t: Tracked;
    let n: i64;
    if k > 1 {
        t = ready("t", Tracked::new("big")).await;
        n = 1;
    } else {
        n = ready("n", 2).await;
        t = Tracked::new("small");
    }
    let u;
    match k {
        0 => u = Tracked::new("zero"),
        _ => { tick("u").await; u = Tracked::new("other"); }
    }
    let w: i64;
    loop {
        tick("loop").await;
        w = 5;
        break;
    }
    t.len() * 100 + u.len() * 10 + n + w
}
