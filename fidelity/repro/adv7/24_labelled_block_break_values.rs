// args: 3
// Labelled blocks `'a: { if c { break 'a v; } ...await... }` with guards created before the break; nested labelled blocks.
fn f(n: i64) -> i64 {
    let mut total = 0;
    for i in 0..n {
        let v = 'a: {
            let _g = Tracked::new("blk");
            if i == 0 { break 'a 100; }
            let x = ready("x", i).await;
            let inner = 'b: {
                let _h = Tracked::new("inner");
                if x == 2 { break 'b ready("b", 20).await; }
                tick("inner").await;
                break 'a x * 1000;
            };
            inner + 1
        };
        total += v;
        tick("iter").await;
    }
    total
}
