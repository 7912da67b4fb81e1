// args: 2
// Labelled blocks with break values and awaits; return from inside nested loops.
fn f(n: i64) -> i64 {
    let _g = Tracked::new("g");
    let x = 'blk: {
        let t = Tracked::new("in-blk");
        if ready("c", n).await > 1 {
            break 'blk t.len() * 10;
        }
        tick("fall").await;
        t.len()
    };
    for i in 0..3 {
        for j in 0..3 {
            let inner = Tracked::new("inner");
            tick("ij").await;
            if i * j == n {
                return x + inner.len() + i * 10 + j;
            }
        }
    }
    -1
}
