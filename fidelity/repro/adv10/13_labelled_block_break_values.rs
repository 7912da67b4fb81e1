// args: 2
// Labelled blocks with `break 'l value` after awaits, nested; values are Tracked.
fn f(k: i64) -> i64 {
    let a = 'a: {
        let t = Tracked::new("t");
        if ready("c1", k > 1).await {
            break 'a Tracked::new("early");
        }
        let u = 'b: {
            let inner = Tracked::new("inner");
            if ready("c2", k == 0).await { break 'a inner; }
            tick("c3").await;
            break 'b t;
        };
        u
    };
    tick("after").await;
    let b = 'c: loop {
        let x = ready("x", k).await;
        if x > 0 { break 'c x * 2; }
        break 5;
    };
    a.len() * 10 + b
}
